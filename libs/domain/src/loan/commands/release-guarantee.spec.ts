import { date, eur, rules } from '../../testing/loan-spec';
import { RuleViolationError } from '../errors';
import { foldLoan } from '../state';
import * as guaranteed from '../../testing/guaranteed-loan';

describe('releasing a guarantee (ReleaseGuarantee)', () => {
  const { loanId, spec, recorded, applied, active, release, refuseRelease } = guaranteed;

  it('given a surety of 5,000.00, when 2,000.00 is released, then GuaranteeReleased with 3,000.00 remaining', () => {
    spec
      .given(active)
      .when(release({ amount: eur('2000.00') }))
      .then([
        {
          type: 'GuaranteeReleased',
          effectiveOn: '2019-06-01',
          data: {
            loanId,
            guaranteeId: 'g1',
            releasedOn: '2019-06-01',
            amount: '2000.00',
            remaining: '3000.00',
          },
        },
      ]);
  });

  it('given 3,000.00 remaining, when released without an amount, then the whole rest: 0.00 remaining; a further release or refusal finds nothing to release', () => {
    const partly = recorded(active, [release({ amount: eur('2000.00') })]);
    spec
      .given(partly)
      .when(release({ releasedOn: date('2019-07-01') }))
      .thenEvents(([e]) => expect(e.data).toMatchObject({ amount: '3000.00', remaining: '0.00' }));
    const wholly = recorded(partly, [release({ releasedOn: date('2019-07-01') })]);
    const g1 = foldLoan(wholly).guarantees[0];
    expect([g1.released.toString(), g1.remaining.toString()]).toEqual(['5000.00', '0.00']);
    spec
      .given(wholly)
      .when(release())
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['guarantee-already-released']);
        expect(e.violations[0].message).toContain('5,000.00 released');
      });
    spec
      .given(wholly)
      .when(release({ amount: eur('1.00') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['guarantee-already-released']),
      );
    spec
      .given(wholly)
      .when(refuseRelease())
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['guarantee-already-released']),
      );
  });

  it('given a surety of 5,000.00, when 5,000.01 is released, then release-above-guarantee; 5,000.00 leaves 0.00', () => {
    spec
      .given(active)
      .when(release({ amount: eur('5000.01') }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['release-above-guarantee']);
        expect(e.violations[0].field).toBe('amount');
      });
    spec
      .given(active)
      .when(release({ amount: eur('5000.00') }))
      .thenEvents(([e]) => expect(e.data).toMatchObject({ amount: '5000.00', remaining: '0.00' }));
  });

  it('then a release of 0.00, dated before the application or after today is refused', () => {
    spec
      .given(active)
      .when(release({ amount: eur('0.00') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['amount-not-positive']));
    spec
      .given(active)
      .when(release({ releasedOn: date('2018-02-28') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['release-before-application']),
      );
    spec
      .given(active)
      .when(release({ releasedOn: date('2026-11-22') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['date-in-future']));
  });

  it('given a loan still an application, when a guarantee is released on the application date, then it is released', () => {
    spec
      .given(applied)
      .when(release({ guaranteeId: 'g2', releasedOn: date('2018-03-01') }))
      .thenEvents(([e]) =>
        expect(e.data).toMatchObject({ guaranteeId: 'g2', amount: '20000.00', remaining: '0.00' }),
      );
  });
});
