import { LocalDate } from '@js-joda/core';
import { Money, Rate } from '../../money';
import { defaultCatalogue } from '../../products';
import { DeciderSpecification } from '../../testing/decider-specification';
import { recordedHistory } from '../../testing/loan-history';
import { fixedClock } from '../../time';
import type {
  ApplyForLoan,
  CallGuarantee,
  ClaimGovernmentGuarantee,
  DeclareDefault,
  LoanCommand,
  RecordRecovery,
  RefuseGuaranteeRelease,
  ReleaseGuarantee,
} from '../commands';
import type { DecisionContext } from '../context';
import { decide } from '../decide';
import { RuleViolationError } from '../errors';
import type { LoanEvent } from '../events';
import type { DefaultCause } from '../lifecycle-codes';
import { evolve, foldLoan, initialLoanState, type LoanState } from '../state';

// Guarantees (DOMAIN.md 4.1, 4.5), default (§2), the win-win government guarantee (3.2),
// recoveries and write-off.

const loanId = '2c4e6a80-1b3d-4f5a-8c7e-9d0f1a2b3c4d';
const clock = fixedClock('2026-11-21T10:00:00Z');
const ctx = (): DecisionContext => ({
  catalogue: defaultCatalogue(),
  clock,
  winwinExposure: { borrowerRegistered: Money.zero(), lenderRegistered: Money.zero() },
});
const spec = new DeciderSpecification<LoanCommand, LoanEvent, LoanState, DecisionContext>(
  { decide, evolve, initialState: initialLoanState },
  ctx,
);
const date = (s: string) => LocalDate.parse(s);
const eur = (s: string) => Money.parse(s);
const rules = (e: RuleViolationError) => e.violations.map((v) => v.rule);

/** The decider's own events for commands on top of a history. */
function recorded(given: LoanEvent[], commands: LoanCommand[]): LoanEvent[] {
  return recordedHistory(given, commands, ctx());
}

const borrower = {
  enterpriseNumber: '0403.170.701',
  name: 'Bakkerij Peeters',
  province: 'Antwerpen',
};

/** An Impulskrediet of 25,000.00 (6 %, 60 months, 483.32 a month from 2018-04-20) with a surety and a mortgage. */
const apply = (over: Partial<ApplyForLoan> = {}): ApplyForLoan => ({
  type: 'ApplyForLoan',
  loanId,
  productCode: 'impulskrediet',
  borrower,
  amount: eur('25000.00'),
  termMonths: 60,
  purpose: 'oven and working capital',
  appliedOn: date('2018-03-01'),
  registeredBy: 'clerk-anna',
  guarantees: [
    { kind: 'personal', guarantor: 'Jan Peeters', amount: eur('5000.00') },
    { kind: 'real', guarantor: 'mortgage on Kerkstraat 1, Lier', amount: eur('20000.00') },
  ],
  ...over,
});
const applied = recorded([], [apply()]);
const approvedWithGovernmentGuarantee = recorded(applied, [
  {
    type: 'ApproveLoan',
    loanId,
    approvedOn: date('2018-03-15'),
    officer: { id: 'officer-bart' },
    guarantees: [{ kind: 'government', guarantor: 'PMV', amount: eur('10000.00') }],
  },
]);
const active = recorded(approvedWithGovernmentGuarantee, [
  { type: 'DisburseLoan', loanId, disbursedOn: date('2018-03-20') },
]);
const pay = (paidOn: string, amount: string): LoanCommand => ({
  type: 'RepayInstalment',
  loanId,
  paidOn: date(paidOn),
  amount: eur(amount),
});
const declareDefault = (
  defaultedOn: string,
  cause: DefaultCause = 'bankruptcy',
  id = loanId,
): DeclareDefault => ({
  type: 'DeclareDefault',
  loanId: id,
  defaultedOn: date(defaultedOn),
  cause,
});
const defaulted = recorded(active, [declareDefault('2018-05-01')]);

const release = (over: Partial<ReleaseGuarantee> = {}): ReleaseGuarantee => ({
  type: 'ReleaseGuarantee',
  loanId,
  guaranteeId: 'g1',
  releasedOn: date('2019-06-01'),
  ...over,
});
const refuseRelease = (over: Partial<RefuseGuaranteeRelease> = {}): RefuseGuaranteeRelease => ({
  type: 'RefuseGuaranteeRelease',
  loanId,
  guaranteeId: 'g1',
  refusedOn: date('2019-06-01'),
  reasons: ['open-commitments-covered'],
  explanation: 'the surety still covers the overdraft',
  ...over,
});
const call = (over: Partial<CallGuarantee> = {}): CallGuarantee => ({
  type: 'CallGuarantee',
  loanId,
  guaranteeId: 'g1',
  calledOn: date('2018-06-01'),
  ...over,
});
const recover = (amount: string, over: Partial<RecordRecovery> = {}): RecordRecovery => ({
  type: 'RecordRecovery',
  loanId,
  receivedOn: date('2018-09-01'),
  amount: eur(amount),
  source: 'liquidation',
  ...over,
});

describe('guarantees given with the application and the offer', () => {
  it('given nothing, when applied for with a surety and a mortgage, then they are g1 and g2', () => {
    spec
      .given([])
      .when(apply())
      .thenEvents(([e]) => {
        if (e.type !== 'LoanApplied') throw new Error(e.type);
        expect(e.data.guarantees).toEqual([
          { guaranteeId: 'g1', kind: 'personal', guarantor: 'Jan Peeters', amount: '5000.00' },
          {
            guaranteeId: 'g2',
            kind: 'real',
            guarantor: 'mortgage on Kerkstraat 1, Lier',
            amount: '20000.00',
          },
        ]);
      });
  });

  it('given the application, when the offer asks for a government guarantee, then it is g3', () => {
    const [, approvedEvent] = approvedWithGovernmentGuarantee;
    expect(approvedEvent.type).toBe('LoanApproved');
    expect(approvedEvent.data).toMatchObject({
      guarantees: [{ guaranteeId: 'g3', kind: 'government', guarantor: 'PMV', amount: '10000.00' }],
    });
    const state = foldLoan(approvedWithGovernmentGuarantee);
    expect(state.guarantees.map((g) => [g.guaranteeId, g.givenAt, g.remaining.toString()])).toEqual(
      [
        ['g1', 'application', '5000.00'],
        ['g2', 'application', '20000.00'],
        ['g3', 'approval', '10000.00'],
      ],
    );
  });

  it('then a guarantee of 0.00 is refused, naming which one', () => {
    spec
      .given([])
      .when(
        apply({
          guarantees: [
            { kind: 'personal', guarantor: 'Jan Peeters', amount: eur('5000.00') },
            { kind: 'personal', guarantor: 'Els Peeters', amount: eur('0.00') },
          ],
        }),
      )
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['guarantee-amount-not-positive']);
        expect(e.violations[0].field).toBe('guarantees[1].amount');
      });
  });
});

describe('releasing a guarantee (ReleaseGuarantee)', () => {
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

describe('refusing to release a guarantee (RefuseGuaranteeRelease, DOMAIN.md 4.5)', () => {
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

describe('calling a guarantee (CallGuarantee)', () => {
  it('given a defaulted loan, when the surety is called for 1,000.00, then GuaranteeCalled and 4,000.00 remains', () => {
    spec
      .given(defaulted)
      .when(call({ amount: eur('1000.00') }))
      .then([
        {
          type: 'GuaranteeCalled',
          effectiveOn: '2018-06-01',
          data: { loanId, guaranteeId: 'g1', calledOn: '2018-06-01', amount: '1000.00' },
        },
      ]);
    const g1 = foldLoan(recorded(defaulted, [call({ amount: eur('1000.00') })])).guarantees[0];
    expect([g1.called.toString(), g1.remaining.toString()]).toEqual(['1000.00', '4000.00']);
  });

  it('given 4,000.00 remaining, when called without an amount, then the 4,000.00; 4,000.01 is call-above-guarantee', () => {
    const given = recorded(defaulted, [call({ amount: eur('1000.00') })]);
    spec
      .given(given)
      .when(call())
      .thenEvents(([e]) => expect(e.data).toMatchObject({ amount: '4000.00' }));
    spec
      .given(given)
      .when(call({ amount: eur('4000.01') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['call-above-guarantee']));
  });

  it('then a call before the default is refused', () => {
    spec
      .given(defaulted)
      .when(call({ calledOn: date('2018-04-30') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['call-before-default']));
  });
});

describe('declaring a default (DeclareDefault)', () => {
  // Nothing paid: instalments due 2018-04-20, 05-20, 06-20, 07-20 (interest 125.00, 123.21,
  // 121.41, 119.60; principal 358.32, 360.11, 361.91, 363.72).
  it('given the oldest unpaid instalment due 2018-04-20, when declared for arrears on 2018-07-20 (exactly 3 months), then arrears-not-over-three-months', () => {
    spec
      .given(active)
      .when(declareDefault('2018-07-20', 'arrears'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['arrears-not-over-three-months']);
        expect(e.violations[0].message).toContain('91 days late');
      });
  });

  it('given the same loan, when declared for arrears on 2018-07-21, then LoanDefaulted with the arrears and 92 days past due', () => {
    spec
      .given(active)
      .when(declareDefault('2018-07-21', 'arrears'))
      .then([
        {
          type: 'LoanDefaulted',
          effectiveOn: '2018-07-21',
          data: {
            loanId,
            defaultedOn: '2018-07-21',
            cause: 'arrears',
            outstandingPrincipal: '25000.00',
            arrearsInterest: '489.22',
            arrearsPrincipal: '1444.06',
            daysPastDue: 92,
          },
        },
      ]);
  });

  it('given every instalment paid, when declared for arrears, then the loan has no arrears', () => {
    spec
      .given(recorded(active, [pay('2018-04-20', '483.32')]))
      .when(declareDefault('2018-05-01', 'arrears'))
      .thenThrows(RuleViolationError, (e) =>
        expect(e.violations[0].message).toContain('has no arrears on 2018-05-01'),
      );
  });

  it('given instalment 1 paid, when declared for bankruptcy, then no arrears are needed and the outstanding principal is kept', () => {
    spec
      .given(recorded(active, [pay('2018-04-20', '483.32')]))
      .when(declareDefault('2018-05-01', 'bankruptcy'))
      .thenEvents(([e]) =>
        expect(e.data).toEqual({
          loanId,
          defaultedOn: '2018-05-01',
          cause: 'bankruptcy',
          outstandingPrincipal: '24641.68',
          arrearsInterest: '0.00',
          arrearsPrincipal: '0.00',
          daysPastDue: 0,
        }),
      );
  });

  it('then a default before the last payment, before the disbursement or after today is refused', () => {
    spec
      .given(recorded(active, [pay('2018-04-20', '483.32')]))
      .when(declareDefault('2018-04-19'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['default-before-last-payment']),
      );
    spec
      .given(active)
      .when(declareDefault('2018-03-19'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['default-before-disbursement']),
      );
    spec
      .given(active)
      .when(declareDefault('2026-11-22'))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['date-in-future']));
  });
});

describe('the win-win government guarantee (ClaimGovernmentGuarantee, DOMAIN.md 3.2)', () => {
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

describe('recoveries and write-off (RecordRecovery, WriteOffLoan)', () => {
  it('given 25,000.00 outstanding at the default, when 10,000.00 is recovered, then RecoveryRecorded with 15,000.00 outstanding', () => {
    spec
      .given(defaulted)
      .when(recover('10000.00'))
      .then([
        {
          type: 'RecoveryRecorded',
          effectiveOn: '2018-09-01',
          data: {
            loanId,
            receivedOn: '2018-09-01',
            amount: '10000.00',
            source: 'liquidation',
            outstandingPrincipal: '15000.00',
          },
        },
      ]);
  });

  it('given 15,000.00 left to recover, when 15,000.01 is recovered, then recovery-above-outstanding; 15,000.00 leaves 0.00', () => {
    const given = recorded(defaulted, [recover('10000.00')]);
    spec
      .given(given)
      .when(recover('15000.01'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['recovery-above-outstanding']);
        expect(e.violations[0].message).toContain('15,000.00');
      });
    spec
      .given(given)
      .when(recover('15000.00'))
      .thenEvents(([e]) => expect(e.data).toMatchObject({ outstandingPrincipal: '0.00' }));
    spec
      .given(defaulted)
      .when(recover('25000.01'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['recovery-above-outstanding']),
      );
  });

  it('then a recovery before the default or of 0.00 is refused', () => {
    spec
      .given(defaulted)
      .when(recover('0.00', { receivedOn: date('2018-04-30') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['recovery-before-default', 'amount-not-positive']),
      );
  });

  it('given 15,000.00 outstanding after a recovery, when written off, then LoanWrittenOff of 15,000.00', () => {
    spec
      .given(recorded(defaulted, [recover('10000.00')]))
      .when({
        type: 'WriteOffLoan',
        loanId,
        writtenOffOn: date('2019-01-10'),
        reason: '  liquidation closed  ',
      })
      .then([
        {
          type: 'LoanWrittenOff',
          effectiveOn: '2019-01-10',
          data: {
            loanId,
            writtenOffOn: '2019-01-10',
            amount: '15000.00',
            reason: 'liquidation closed',
          },
        },
      ]);
  });

  it('given a written-off loan, when money still comes in, then it is recorded within what was not yet recovered, the outstanding staying 0.00', () => {
    const writtenOff = recorded(defaulted, [
      recover('10000.00'),
      { type: 'WriteOffLoan', loanId, writtenOffOn: date('2019-01-10'), reason: 'closed' },
    ]);
    const state = foldLoan(writtenOff);
    expect(state.status).toBe('written-off');
    expect(state.outstandingPrincipal.toString()).toBe('0.00');
    expect(state.writeOff?.amount.toString()).toBe('15000.00');
    spec
      .given(writtenOff)
      .when(recover('1000.00', { receivedOn: date('2020-02-01'), source: 'guarantor' }))
      .thenEvents(([e]) => expect(e.data).toMatchObject({ outstandingPrincipal: '0.00' }));
    spec
      .given(writtenOff)
      .when(recover('15000.01', { receivedOn: date('2020-02-01') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['recovery-above-outstanding']),
      );
  });

  it('then a write-off dated before the default is refused', () => {
    spec
      .given(defaulted)
      .when({ type: 'WriteOffLoan', loanId, writtenOffOn: date('2018-04-30'), reason: 'closed' })
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['write-off-before-default']),
      );
  });
});
