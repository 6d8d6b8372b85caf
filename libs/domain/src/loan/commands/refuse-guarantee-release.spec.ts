import { date, eur, rules } from '../../testing/loan-spec';
import { RuleViolationError } from '../errors';
import { foldLoan } from '../state';
import * as guaranteed from '../../testing/guaranteed-loan';

describe('refusing to release a guarantee (RefuseGuaranteeRelease, DOMAIN.md 4.5)', () => {
  const { loanId, spec, recorded, active, refuseRelease } = guaranteed;

  it('given a surety, when its release is refused with reasons, then GuaranteeReleaseRefused: each reason once, the explanation trimmed, the guarantee unchanged', () => {
    spec
      .given(active)
      .when(
        refuseRelease({
          amountRequested: eur('2000.00'),
          reasons: ['known-payment-arrears', 'adverse-financial-figures', 'known-payment-arrears'],
          explanation: '  two instalments late; losses in 2018  ',
        }),
      )
      .then([
        {
          type: 'GuaranteeReleaseRefused',
          effectiveOn: '2019-06-01',
          data: {
            loanId,
            guaranteeId: 'g1',
            refusedOn: '2019-06-01',
            amountRequested: '2000.00',
            reasons: ['known-payment-arrears', 'adverse-financial-figures'],
            explanation: 'two instalments late; losses in 2018',
          },
        },
      ]);
    const state = foldLoan(recorded(active, [refuseRelease()]));
    expect(state.guarantees[0]).toMatchObject({ releaseRefusals: 1 });
    expect(state.guarantees[0].remaining.toString()).toBe('5000.00');
  });

  it('then a refusal without a reason and without an explanation names both', () => {
    spec
      .given(active)
      .when(refuseRelease({ reasons: [], explanation: '   ' }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual([
          'release-refusal-reason-required',
          'release-refusal-explanation-required',
        ]);
        expect(e.violations.map((v) => v.field)).toEqual(['reasons', 'explanation']);
      });
  });

  it('then a reason that is not a code of DOMAIN.md 4.5 is refused: it could not be worded in the letter', () => {
    spec
      .given(active)
      .when(refuseRelease({ reasons: ['open-commitments-covered', 'bad-weather' as never] }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['unknown-release-refusal-reason']);
        expect(e.violations[0]).toMatchObject({ field: 'reasons' });
        expect(e.violations[0].message).toContain('bad-weather');
      });
  });

  it('then an amount requested above what the guarantee covers is refused; the whole 5,000.00 is accepted', () => {
    spec
      .given(active)
      .when(refuseRelease({ amountRequested: eur('5000.01') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['release-above-guarantee']));
    spec
      .given(active)
      .when(refuseRelease({ amountRequested: eur('5000.00') }))
      .thenEvents(([e]) => expect(e.data).toMatchObject({ amountRequested: '5000.00' }));
  });

  it('then a refusal dated before the application is refused', () => {
    spec
      .given(active)
      .when(refuseRelease({ refusedOn: date('2018-02-01') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['release-refusal-before-application']),
      );
  });
});
