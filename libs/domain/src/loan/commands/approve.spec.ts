import { LocalDate } from '@js-joda/core';
import { Money, Rate } from '../../money';
import { defaultCatalogue } from '../../products';
import { DeciderSpecification } from '../../testing/decider-specification';
import { fixedClock } from '../../time';
import type {
  ApproveLoan,
  LoanCommand,
  Officer,
  RefuseLoan,
  WithdrawApplication,
} from '../commands';
import type { DecisionContext } from '../context';
import { decide } from '../decide';
import { LoanStateConflictError, RuleViolationError } from '../errors';
import type { LoanEvent, OfferData } from '../events';
import { evolve, foldLoan, initialLoanState, type LoanState } from '../state';

// Four eyes (issue 4): the registrar of an application never approves it, and an officer
// approving more than their approval limit only proposes the offer, which a second officer
// (another one) confirms as it stands.

const loanId = '3d0b5c43-8f0e-4d1e-a6a2-1b7f6f0c2e55';
const clock = fixedClock('2026-11-21T10:00:00Z');
const ctx = (): DecisionContext => ({
  catalogue: defaultCatalogue(),
  clock,
  // Only a win-win approval reads it; nothing is registered for this borrower or lender yet.
  winwinExposure: { borrowerRegistered: Money.zero(), lenderRegistered: Money.zero() },
});
const spec = new DeciderSpecification<LoanCommand, LoanEvent, LoanState, DecisionContext>(
  { decide, evolve, initialState: initialLoanState },
  ctx,
);

const date = (s: string) => LocalDate.parse(s);
const eur = (s: string) => Money.parse(s);
const rules = (e: RuleViolationError) => e.violations.map((v) => v.rule);

const CLERK = 'clerk-anna';
const bart: Officer = { id: 'officer-bart' };
const junior = (limit = '20000.00'): Officer => ({ id: 'officer-dirk', approvalLimit: eur(limit) });
const chloe = (limit?: string): Officer => ({
  id: 'officer-chloe',
  ...(limit === undefined ? {} : { approvalLimit: eur(limit) }),
});

const borrower = {
  enterpriseNumber: '0403.170.701',
  name: 'Bakkerij Peeters',
  province: 'Antwerpen',
};

/** An Impulskrediet of 25,000.00 over 60 months (2018: fixed 6 %, offers valid 30 days). */
const applied = (amount = '25000.00', registeredBy = CLERK): LoanEvent => ({
  type: 'LoanApplied',
  effectiveOn: '2018-03-01',
  data: {
    loanId,
    productCode: 'impulskrediet',
    productVersion: 'impulskrediet-2016-01',
    borrower,
    amount,
    termMonths: 60,
    purpose: 'oven and working capital',
    appliedOn: '2018-03-01',
    registeredBy,
  },
});

const offer = (amount = '25000.00', offerValidUntil = '2018-04-14'): OfferData => ({
  amount,
  annualRate: '0.06',
  termMonths: 60,
  repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 0 },
  offerValidUntil,
});

const approve = (officer: Officer, over: Partial<ApproveLoan> = {}): ApproveLoan => ({
  type: 'ApproveLoan',
  loanId,
  approvedOn: date('2018-03-15'),
  officer,
  ...over,
});

const approved = (
  approvedBy: string[],
  over: Partial<OfferData> = {},
  on = '2018-03-15',
): LoanEvent => ({
  type: 'LoanApproved',
  effectiveOn: on,
  data: {
    loanId,
    approvedOn: on,
    productVersion: 'impulskrediet-2016-01',
    offer: { ...offer(), ...over },
    approvedBy,
  },
});

/** officer-dirk (limit 20,000.00) approved 25,000.00 on 2018-03-15: a proposal. */
const proposed = (limit = '20000.00', amount = '25000.00'): LoanEvent => ({
  type: 'LoanApprovalProposed',
  effectiveOn: '2018-03-15',
  data: {
    loanId,
    approvedOn: '2018-03-15',
    productVersion: 'impulskrediet-2016-01',
    offer: offer(amount),
    proposedBy: 'officer-dirk',
    approvalLimit: limit,
  },
});

const seconded = (secondedBy: string, on = '2018-03-16'): LoanEvent => ({
  type: 'LoanApprovalSeconded',
  effectiveOn: on,
  data: { loanId, approvedOn: on, secondedBy, proposedBy: 'officer-dirk' },
});

const refuse: RefuseLoan = {
  type: 'RefuseLoan',
  loanId,
  refusedOn: date('2018-03-20'),
  reasons: ['known-payment-arrears'],
  explanation: 'arrears with two suppliers',
};
const withdraw: WithdrawApplication = {
  type: 'WithdrawApplication',
  loanId,
  withdrawnOn: date('2018-03-25'),
  reason: 'found other financing',
};

describe('four eyes', () => {
  describe('the registrar', () => {
    it('given an application registered by clerk-anna, when clerk-anna approves it, then 422 four-eyes-registrar', () => {
      spec
        .given([applied()])
        .when(approve({ id: CLERK }))
        .thenThrows(RuleViolationError, (e) => {
          expect(rules(e)).toEqual(['four-eyes-registrar']);
          expect(e.violations[0].message).toContain(CLERK);
        });
    });

    it('is refused even with no approval limit and an amount far below any limit', () => {
      spec
        .given([applied('10000.00')])
        .when(approve({ id: CLERK }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['four-eyes-registrar']));
    });

    it('is refused as the second officer of a proposal too', () => {
      spec
        .given([applied(), proposed()])
        .when(approve({ id: CLERK }, { approvedOn: date('2018-03-16') }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['four-eyes-registrar']));
    });

    it('reports the registrar together with every other broken rule', () => {
      spec
        .given([applied()])
        .when(approve({ id: CLERK }, { approvedOn: date('2018-02-01') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['four-eyes-registrar', 'approval-before-application']),
        );
    });

    it('does not stop any other officer', () => {
      spec
        .given([applied()])
        .when(approve(bart))
        .then([approved(['officer-bart'])]);
    });
  });

  describe('approval limits', () => {
    it('given an officer with no limit, when they approve 25,000.00, then LoanApproved alone', () => {
      spec
        .given([applied()])
        .when(approve(bart))
        .then([approved(['officer-bart'])]);
    });

    it('given a limit equal to the amount (25,000.00), then LoanApproved alone', () => {
      spec
        .given([applied()])
        .when(approve(junior('25000.00')))
        .then([approved(['officer-dirk'])]);
    });

    it('given a limit above the amount, then LoanApproved alone', () => {
      spec
        .given([applied()])
        .when(approve(junior('1000000.00')))
        .then([approved(['officer-dirk'])]);
    });

    it('given a limit one cent below the amount (24,999.99), then LoanApprovalProposed only', () => {
      spec
        .given([applied()])
        .when(approve(junior('24999.99')))
        .then([proposed('24999.99')]);
    });

    it('compares the offered amount, not the amount applied for', () => {
      spec
        .given([applied()])
        .when(approve(junior('20000.00'), { amount: eur('20000.00') }))
        .then([approved(['officer-dirk'], { amount: '20000.00' })]);
      spec
        .given([applied()])
        .when(approve(junior('20000.00'), { amount: eur('20000.01') }))
        .thenEvents((events) => {
          expect(events.map((e) => e.type)).toEqual(['LoanApprovalProposed']);
          expect(events[0].data).toMatchObject({
            offer: { amount: '20000.01' },
            proposedBy: 'officer-dirk',
            approvalLimit: '20000.00',
          });
        });
    });

    it('proposes the full offer: rate, term, repayment and validity as a LoanApproved would carry them', () => {
      spec.given([applied()]).when(approve(junior())).then([proposed()]);
    });

    it('checks the product rules before proposing: a broken rule is a 422, not a proposal', () => {
      spec
        .given([applied()])
        .when(approve(junior(), { annualRate: Rate.parse('0.07') }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['rate-not-product-rate']));
    });
  });

  describe('the second approval', () => {
    it('given a proposal, when the same officer approves again, then 422 four-eyes-second-approval', () => {
      spec
        .given([applied(), proposed()])
        .when(approve(junior(), { approvedOn: date('2018-03-16') }))
        .thenThrows(RuleViolationError, (e) => {
          expect(rules(e)).toEqual(['four-eyes-second-approval']);
          expect(e.violations[0].message).toContain('officer-dirk');
        });
    });

    it('is refused to the same officer even if their limit has been raised since', () => {
      spec
        .given([applied(), proposed()])
        .when(approve(junior('1000000.00'), { approvedOn: date('2018-03-16') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['four-eyes-second-approval']),
        );
    });

    it('given a proposal, when another officer approves, then LoanApprovalSeconded and LoanApproved by both', () => {
      spec
        .given([applied(), proposed()])
        .when(approve(chloe(), { approvedOn: date('2018-03-16') }))
        .then([
          seconded('officer-chloe'),
          // The offer as proposed (valid until the proposal's date), made on the second approval's day.
          approved(['officer-dirk', 'officer-chloe'], {}, '2018-03-16'),
        ]);
    });

    it('seconds (never proposes again) whatever the second officer’s own limit', () => {
      spec
        .given([applied(), proposed()])
        .when(approve(chloe('10000.00'), { approvedOn: date('2018-03-16') }))
        .thenEvents((events) =>
          expect(events.map((e) => e.type)).toEqual(['LoanApprovalSeconded', 'LoanApproved']),
        );
    });

    it('accepts the proposed terms given again explicitly', () => {
      spec
        .given([applied(), proposed()])
        .when(
          approve(chloe(), {
            approvedOn: date('2018-03-16'),
            amount: eur('25000.00'),
            annualRate: Rate.parse('0.06'),
            termMonths: 60,
            repayment: { method: 'annuity', frequency: 'monthly' },
            offerValidUntil: date('2018-04-14'),
          }),
        )
        .then([
          seconded('officer-chloe'),
          approved(['officer-dirk', 'officer-chloe'], {}, '2018-03-16'),
        ]);
    });

    it.each([
      ['amount', { amount: eur('24000.00') }],
      ['annualRate', { annualRate: Rate.parse('0.05') }],
      ['termMonths', { termMonths: 48 }],
      ['offerValidUntil', { offerValidUntil: date('2018-04-30') }],
    ] as const)(
      'given a proposal, when another officer approves with another %s, then 422 second-approval-terms-differ',
      (field, change) => {
        spec
          .given([applied(), proposed()])
          .when(approve(chloe(), { approvedOn: date('2018-03-16'), ...change }))
          .thenThrows(RuleViolationError, (e) =>
            expect(e.violations).toEqual([
              expect.objectContaining({ rule: 'second-approval-terms-differ', field }),
            ]),
          );
      },
    );

    it('names every differing term at once, with the same officer named too', () => {
      spec
        .given([applied(), proposed()])
        .when(
          approve(junior(), {
            approvedOn: date('2018-03-16'),
            amount: eur('24000.00'),
            termMonths: 48,
          }),
        )
        .thenThrows(RuleViolationError, (e) =>
          expect(e.violations.map((v) => [v.rule, v.field])).toEqual([
            ['four-eyes-second-approval', undefined],
            ['second-approval-terms-differ', 'amount'],
            ['second-approval-terms-differ', 'termMonths'],
          ]),
        );
    });

    it('refuses a second approval dated before the proposal: approval-before-proposal', () => {
      spec
        .given([applied(), proposed()])
        .when(approve(chloe(), { approvedOn: date('2018-03-14') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['approval-before-proposal']),
        );
    });

    it('refuses a second approval after the proposed offer has lapsed', () => {
      spec
        .given([applied(), proposed()])
        .when(approve(chloe(), { approvedOn: date('2018-04-20') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['offer-validity-before-approval']),
        );
    });

    it('given a seconded approval, when anyone approves again, then 409 (the loan is approved)', () => {
      spec
        .given([
          applied(),
          proposed(),
          seconded('officer-chloe'),
          approved(['officer-dirk', 'officer-chloe'], {}, '2018-03-16'),
        ])
        .when(approve(bart, { approvedOn: date('2018-03-17') }))
        .thenThrows(LoanStateConflictError, (e) => expect(e.currentState).toBe('approved'));
    });
  });

  describe('while a proposal waits', () => {
    it('the application can still be refused', () => {
      spec
        .given([applied(), proposed()])
        .when(refuse)
        .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['LoanRefused']));
    });

    it('the application can still be withdrawn, as an application (not an offer)', () => {
      spec
        .given([applied(), proposed()])
        .when(withdraw)
        .thenEvents((events) => {
          expect(events.map((e) => e.type)).toEqual(['ApplicationWithdrawn']);
          expect(events[0].data).toMatchObject({ withdrawnFrom: 'applied' });
        });
    });

    it('a refused proposal cannot be seconded: 409', () => {
      const [refusal] = decide(refuse, foldLoan([applied(), proposed()]), ctx());
      spec
        .given([applied(), proposed(), refusal])
        .when(approve(chloe(), { approvedOn: date('2018-03-21') }))
        .thenThrows(LoanStateConflictError, (e) => expect(e.currentState).toBe('refused'));
    });

    it('a withdrawn proposal cannot be seconded: 409', () => {
      const [withdrawal] = decide(withdraw, foldLoan([applied(), proposed()]), ctx());
      spec
        .given([applied(), proposed(), withdrawal])
        .when(approve(chloe(), { approvedOn: date('2018-03-26') }))
        .thenThrows(LoanStateConflictError, (e) => expect(e.currentState).toBe('withdrawn'));
    });
  });

  describe('a win-win registration above the limit', () => {
    const winwin: LoanEvent = {
      type: 'LoanApplied',
      effectiveOn: '2021-03-10',
      data: {
        loanId,
        productCode: 'winwinlening',
        productVersion: 'winwinlening-2020-10-07',
        borrower: { ...borrower, name: 'Brouwerij De Klok', province: 'Limburg' },
        amount: '60000.00',
        termMonths: 60,
        purpose: 'brewing kettle',
        appliedOn: '2021-03-10',
        signedOn: '2021-03-01',
        lender: { id: 'lender-17', name: 'An Janssens', relationToBorrower: 'friend' },
        annualRate: '0.01',
        registeredBy: CLERK,
      },
    };
    const propose = approve(junior('50000.00'), { approvedOn: date('2021-03-15') });

    it('is proposed by a junior officer (limit 50,000.00), then registered by a second officer', () => {
      const [proposal] = decide(propose, foldLoan([winwin]), ctx());
      expect(proposal).toMatchObject({
        type: 'LoanApprovalProposed',
        data: {
          proposedBy: 'officer-dirk',
          approvalLimit: '50000.00',
          productVersion: 'winwinlening-2020-10-07',
          offer: { amount: '60000.00', annualRate: '0.01', termMonths: 60 },
        },
      });
      spec
        .given([winwin, proposal])
        .when(approve(chloe(), { approvedOn: date('2021-03-16') }))
        .thenEvents((events) => {
          expect(events.map((e) => e.type)).toEqual(['LoanApprovalSeconded', 'LoanApproved']);
          expect(events[1].data).toMatchObject({
            approvedBy: ['officer-dirk', 'officer-chloe'],
            offer: proposal.type === 'LoanApprovalProposed' ? proposal.data.offer : {},
          });
        });
    });

    it('refuses another repayment than the one proposed: second-approval-terms-differ', () => {
      const [proposal] = decide(propose, foldLoan([winwin]), ctx());
      spec
        .given([winwin, proposal])
        .when(approve(chloe(), { approvedOn: date('2021-03-16'), repayment: { method: 'linear' } }))
        .thenThrows(RuleViolationError, (e) =>
          expect(e.violations).toEqual([
            expect.objectContaining({ rule: 'second-approval-terms-differ', field: 'repayment' }),
          ]),
        );
    });
  });

  describe('identities, compared as identity providers compare user names (issue 17)', () => {
    it.each([
      ['Clerk-Anna', 'another case'],
      ['CLERK-ANNA', 'upper case'],
      ['\uff43\uff4c\uff45\uff52\uff4b-\uff41\uff4e\uff4e\uff41', 'full-width letters'],
    ])(
      'given an application registered by clerk-anna, when %s (%s) approves it, then 422 four-eyes-registrar',
      (id) => {
        spec
          .given([applied()])
          .when(approve({ id }))
          .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['four-eyes-registrar']));
      },
    );

    it('given an application registered by Anna, when anna approves it, then 422 four-eyes-registrar', () => {
      spec
        .given([applied('25000.00', 'Anna')])
        .when(approve({ id: 'anna' }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['four-eyes-registrar']));
    });

    it('given a registrar Strauß, when STRAUSS approves, then 422 four-eyes-registrar (ß folds to ss)', () => {
      spec
        .given([applied('25000.00', 'Strauß')])
        .when(approve({ id: 'STRAUSS' }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['four-eyes-registrar']));
    });

    it('given a proposal by officer-dirk, when Officer-Dirk seconds it, then 422 four-eyes-second-approval', () => {
      spec
        .given([applied(), proposed()])
        .when(approve({ id: 'Officer-Dirk' }, { approvedOn: date('2018-03-16') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['four-eyes-second-approval']),
        );
    });

    it('records the actor as the token names them: Officer-Bart approves as Officer-Bart', () => {
      spec
        .given([applied()])
        .when(approve({ id: 'Officer-Bart' }))
        .then([approved(['Officer-Bart'])]);
    });
  });

  describe('evolve', () => {
    it('LoanApprovalProposed keeps the loan an application and holds the proposed offer', () => {
      const state = foldLoan([applied(), proposed()]);
      expect(state.status).toBe('applied');
      expect(state.offer).toBeUndefined();
      const p = state.proposedApproval!;
      expect(p.proposedBy).toBe('officer-dirk');
      expect(p.approvalLimit.equals(eur('20000.00'))).toBe(true);
      expect(p.amount.equals(eur('25000.00'))).toBe(true);
      expect(p.annualRate.equals(Rate.parse('0.06'))).toBe(true);
      expect(p.termMonths).toBe(60);
      expect(p.repayment).toEqual({
        method: 'annuity',
        frequency: 'monthly',
        capitalHolidayMonths: 0,
      });
      expect(p.approvedOn.equals(date('2018-03-15'))).toBe(true);
      expect(p.offerValidUntil.equals(date('2018-04-14'))).toBe(true);
    });

    it('LoanApprovalSeconded changes nothing by itself: the offer comes with LoanApproved', () => {
      const before = foldLoan([applied(), proposed()]);
      expect(evolve(before, seconded('officer-chloe'))).toEqual(before);
    });

    it('LoanApproved after a second approval makes the offer, by both officers, and clears the proposal', () => {
      const state = foldLoan([
        applied(),
        proposed(),
        seconded('officer-chloe'),
        approved(['officer-dirk', 'officer-chloe'], {}, '2018-03-16'),
      ]);
      expect(state.status).toBe('approved');
      expect(state.proposedApproval).toBeUndefined();
      expect(state.offer?.approvedBy).toEqual(['officer-dirk', 'officer-chloe']);
      expect(state.offer?.approvedOn.equals(date('2018-03-16'))).toBe(true);
      expect(state.offer?.amount.equals(eur('25000.00'))).toBe(true);
    });
  });
});
