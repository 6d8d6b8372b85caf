import { Rate } from '../../money';
import { date, eur, rules } from '../../testing/loan-spec';
import type { ClaimGovernmentGuarantee } from '../commands';
import { RuleViolationError } from '../errors';
import type { LoanEvent } from '../events';
import type { DefaultCause } from '../lifecycle-codes';
import { foldLoan } from '../state';
import * as guaranteed from '../../testing/guaranteed-loan';

describe('the win-win government guarantee (ClaimGovernmentGuarantee, DOMAIN.md 3.2)', () => {
  const { loanId, spec, recorded, borrower, declareDefault, defaulted, recover } = guaranteed;

  const lender = { id: 'lender-17', name: 'An Janssens', relationToBorrower: 'friend' as const };
  /** A win-win loan of 40,000.00 at 1 % signed on `signedOn`, registered and paid out within days. */
  function winwinLoan(signedOn: string, id = loanId): LoanEvent[] {
    const signed = date(signedOn);
    return recorded(
      [],
      [
        {
          type: 'ApplyForLoan',
          loanId: id,
          productCode: 'winwinlening',
          borrower,
          amount: eur('40000.00'),
          // Exactly 8 years before 2020-10-07, 5 to 10 years from then.
          termMonths: signed.isBefore(date('2020-10-07')) ? 96 : 60,
          purpose: 'delivery van',
          appliedOn: signed.plusDays(5),
          signedOn: signed,
          lender,
          annualRate: Rate.parse('0.01'),
          registeredBy: 'clerk-anna',
        },
        {
          type: 'ApproveLoan',
          loanId: id,
          approvedOn: signed.plusDays(7),
          officer: { id: 'officer-bart' },
        },
        { type: 'DisburseLoan', loanId: id, disbursedOn: signed.plusDays(10) },
      ],
    );
  }
  const claim = (principalLost: string, claimedOn = '2024-01-10'): ClaimGovernmentGuarantee => ({
    type: 'ClaimGovernmentGuarantee',
    loanId,
    claimedOn: date(claimedOn),
    principalLost: eur(principalLost),
  });
  const bankrupt = (signedOn: string, defaultedOn = '2023-06-01') =>
    recorded(winwinLoan(signedOn), [declareDefault(defaultedOn, 'bankruptcy')]);

  it.each([
    ['2020-03-14', 'winwinlening-2017-01', '0.30', '30 %', '3703.70'],
    ['2020-03-15', 'winwinlening-2020-03-15', '0.40', '40 %', '4938.27'],
    ['2021-12-31', 'winwinlening-2020-10-07', '0.40', '40 %', '4938.27'],
    ['2022-01-01', 'winwinlening-2022-01', '0.30', '30 %', '3703.70'],
  ])(
    'given a deed signed on %s (%s), when 12,345.67 of principal is lost, then %s of it, rounded half up: %s',
    (signedOn, version, share, percent, amount) => {
      const given = bankrupt(signedOn);
      expect(foldLoan(given).offer?.productVersion).toBe(version);
      spec
        .given(given)
        .when(claim('12345.67'))
        .thenEvents(([e]) => {
          expect(e.type).toBe('GovernmentGuaranteeClaimed');
          expect(e.data).toMatchObject({ principalLost: '12345.67', share, claim: amount });
          if (e.type !== 'GovernmentGuaranteeClaimed') return;
          expect(e.data.lines).toContainEqual({
            label: `share guaranteed (product version ${version})`,
            value: percent,
          });
        });
    },
  );

  it('given a 2021 deed in default for bankruptcy, when claimed, then GovernmentGuaranteeClaimed with its computation', () => {
    // Signed 2021-03-01, paid out 2021-03-11, 60 months: term to 2026-03-11, covered to 2026-09-11.
    spec
      .given(bankrupt('2021-03-01'))
      .when(claim('40000.00'))
      .then([
        {
          type: 'GovernmentGuaranteeClaimed',
          effectiveOn: '2024-01-10',
          data: {
            loanId,
            claimedOn: '2024-01-10',
            principalLost: '40000.00',
            share: '0.40',
            claim: '16000.00',
            lines: [
              { label: 'cause of default', value: 'bankruptcy on 2023-06-01' },
              {
                label: 'guarantee period',
                value: 'the term to 2026-03-11 and 6 months after, to 2026-09-11',
              },
              { label: 'principal definitively lost (interest excluded)', value: '40,000.00' },
              {
                label: 'share guaranteed (product version winwinlening-2020-10-07)',
                value: '40 %',
              },
              { label: 'claim', value: '16,000.00' },
            ],
          },
        },
      ]);
  });

  it.each<[DefaultCause, boolean]>([
    ['bankruptcy', true],
    ['insolvency', true],
    ['dissolution', true],
    ['death', false],
    ['cessation', false],
  ])('given a default for %s, when claimed, then covered: %s', (cause, covered) => {
    const when = spec
      .given(recorded(winwinLoan('2021-03-01'), [declareDefault('2023-06-01', cause)]))
      .when(claim('1000.00'));
    if (covered) when.thenEvents(([e]) => expect(e.type).toBe('GovernmentGuaranteeClaimed'));
    else
      when.thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['guarantee-cause-not-covered']),
      );
  });

  it('given a default for arrears (over 3 months), when claimed, then guarantee-cause-not-covered', () => {
    spec
      .given(recorded(winwinLoan('2021-03-01'), [declareDefault('2021-08-01', 'arrears')]))
      .when(claim('1000.00'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['guarantee-cause-not-covered']),
      );
  });

  it('given a default on the last day of the 6 months after the term, then covered; the day after, default-after-guarantee-period', () => {
    spec
      .given(bankrupt('2021-03-01', '2026-09-11'))
      .when(claim('1000.00', '2026-10-01'))
      .thenEvents(([e]) => expect(e.data).toMatchObject({ claim: '400.00' }));
    spec
      .given(bankrupt('2021-03-01', '2026-09-12'))
      .when(claim('1000.00', '2026-10-01'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['default-after-guarantee-period']);
        expect(e.violations[0].message).toContain('2026-09-11');
      });
  });

  it('given 40,000.00 outstanding at the default, when 40,000.01 is claimed as lost, then loss-above-outstanding', () => {
    spec
      .given(bankrupt('2021-03-01'))
      .when(claim('40000.01'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['loss-above-outstanding']);
        expect(e.violations[0].field).toBe('principalLost');
      });
  });

  it('given 15,000.00 recovered from a guarantor, when more than the rest is claimed as lost, then loss-above-outstanding; the rest itself is accepted', () => {
    const given = recorded(bankrupt('2021-03-01'), [
      recover('15000.00', { source: 'guarantor', receivedOn: date('2023-07-01') }),
      recover('1000.00', { source: 'government-guarantee', receivedOn: date('2023-07-02') }),
    ]);
    spec
      .given(given)
      .when(claim('25000.01'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['loss-above-outstanding']);
        expect(e.violations[0].message).toContain('15,000.00 recovered since: EUR 25,000.00');
      });
    spec
      .given(given)
      .when(claim('25000.00'))
      .thenEvents((events) => expect(events[0]).toMatchObject({ data: { claim: '10000.00' } }));
  });

  it('given a claim made, when claimed again, then government-guarantee-already-claimed', () => {
    const given = recorded(bankrupt('2021-03-01'), [claim('10000.00')]);
    expect(foldLoan(given).governmentClaim?.claim.toString()).toBe('4000.00');
    spec
      .given(given)
      .when(claim('10000.00', '2024-02-01'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['government-guarantee-already-claimed']);
        expect(e.violations[0].message).toContain('2024-01-10');
      });
  });

  it('then a claim before the default, or of a loss of 0.00, is refused', () => {
    spec
      .given(bankrupt('2021-03-01'))
      .when(claim('0.00', '2023-05-31'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['claim-before-default', 'amount-not-positive']),
      );
  });

  it('given a written-off win-win loan, when claimed, then the claim is still made', () => {
    spec
      .given(
        recorded(bankrupt('2021-03-01'), [
          { type: 'WriteOffLoan', loanId, writtenOffOn: date('2023-12-01'), reason: 'closed' },
        ]),
      )
      .when(claim('40000.00'))
      .thenEvents(([e]) => expect(e.data).toMatchObject({ claim: '16000.00' }));
  });

  it('given a defaulted Impulskrediet, when claimed, then no-government-guarantee', () => {
    spec
      .given(defaulted)
      .when({ ...claim('1000.00'), claimedOn: date('2018-06-01') })
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['no-government-guarantee']));
  });
});
