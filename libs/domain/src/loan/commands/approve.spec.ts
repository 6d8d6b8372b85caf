import { Money, Rate } from '../../money';
import { defaultCatalogue, type DefaultCatalogueOptions } from '../../products';
import {
  bakery,
  date,
  eur,
  loanSpec,
  messages,
  NOTHING_REGISTERED,
  rules,
  specContext,
} from '../../testing/loan-spec';
import type { ApproveLoan, Officer, RefuseLoan, WithdrawApplication } from '../commands';
import type { WinwinExposure } from '../context';
import { decide } from '../decide';
import { LoanStateConflictError, RuleViolationError } from '../errors';
import type { LoanEvent, OfferData } from '../events';
import { evolve, foldLoan } from '../state';
import * as cofinancing from '../../testing/cofinancing-loan';
import * as guaranteed from '../../testing/guaranteed-loan';
import * as impulskrediet from '../../testing/impulskrediet-loan';
import * as obligations from '../../testing/obligations-loan';
import * as startlening from '../../testing/startlening-loan';
import * as winwin from '../../testing/winwin-loan';

// Four eyes (issue 4): the registrar of an application never approves it, and an officer
// approving more than their approval limit only proposes the offer, which a second officer
// (another one) confirms as it stands.
describe('four eyes', () => {
  const loanId = '3d0b5c43-8f0e-4d1e-a6a2-1b7f6f0c2e55';
  // Only a win-win approval reads it; nothing is registered for this borrower or lender yet.
  const ctx = () => specContext({ winwinExposure: NOTHING_REGISTERED });
  const spec = loanSpec({ winwinExposure: NOTHING_REGISTERED });

  const CLERK = 'clerk-anna';
  const bart: Officer = { id: 'officer-bart' };
  const junior = (limit = '20000.00'): Officer => ({
    id: 'officer-dirk',
    approvalLimit: eur(limit),
  });
  const chloe = (limit?: string): Officer => ({
    id: 'officer-chloe',
    ...(limit === undefined ? {} : { approvalLimit: eur(limit) }),
  });

  const borrower = bakery;

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

describe('approve', () => {
  const { spec, approve, applied, approved, evolveAll } = impulskrediet;

  it('given an application, when approved in 2018, then the offer carries the 2016 rate of 6 %', () => {
    spec.given([applied]).when(approve()).then([approved]);
  });

  it('given an application, when approved in 2022, then the offer carries 7 %', () => {
    spec
      .given([applied])
      .when(approve({ approvedOn: date('2022-05-02') }))
      .thenEvents(([e]) => {
        expect(e.type).toBe('LoanApproved');
        if (e.type !== 'LoanApproved') return;
        expect(e.data.offer.annualRate).toBe('0.07');
        expect(e.data.productVersion).toBe('impulskrediet-2021-02');
        expect(e.data.offer.offerValidUntil).toBe('2022-06-01');
      });
  });

  it('then the offer may lower the amount and shorten the term within the product limits', () => {
    spec
      .given([applied])
      .when(approve({ amount: Money.parse('20000.00'), termMonths: 48 }))
      .thenEvents(([e]) => {
        if (e.type !== 'LoanApproved') throw new Error(e.type);
        expect(e.data.offer).toMatchObject({ amount: '20000.00', termMonths: 48 });
      });
  });

  it('then a rate other than the fixed product rate is refused', () => {
    spec
      .given([applied])
      .when(approve({ annualRate: Rate.parse('0.05') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['rate-not-product-rate']));
    spec
      .given([applied])
      .when(approve({ annualRate: Rate.parse('0.060') }))
      .thenEvents((ev) => expect(ev).toHaveLength(1));
  });

  it('then repayment terms the product does not offer are refused', () => {
    spec
      .given([applied])
      .when(
        approve({
          repayment: { method: 'bullet', frequency: 'annual', capitalHolidayMonths: 6 },
        }),
      )
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual([
          'repayment-method-not-offered',
          'repayment-frequency-not-offered',
          'capital-holiday-too-long',
        ]),
      );
  });

  it('then an offer may hold at most the product’s longest validity (92 days): 9999-12-31 is offer-validity-too-long, day 92 is an offer', () => {
    spec
      .given([applied])
      .when(approve({ approvedOn: date('2018-03-15'), offerValidUntil: date('9999-12-31') }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['out-of-range']);
      });
    spec
      .given([applied])
      .when(approve({ approvedOn: date('2018-03-15'), offerValidUntil: date('2018-06-16') }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['offer-validity-too-long']);
        expect(e.violations[0].message).toContain('until 2018-06-15 at the latest (92 days');
      });
    spec
      .given([applied])
      .when(approve({ approvedOn: date('2018-03-15'), offerValidUntil: date('2018-06-15') }))
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['LoanApproved']));
  });

  it('then an approval dated before the application, or an offer validity before the approval, is refused', () => {
    spec
      .given([applied])
      .when(approve({ approvedOn: date('2018-02-28'), offerValidUntil: date('2018-02-01') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['approval-before-application', 'offer-validity-before-approval']),
      );
  });

  it('then an offer above the maximum is refused', () => {
    spec
      .given([applied])
      .when(approve({ amount: Money.parse('30000.00') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['amount-above-maximum']));
  });

  describe('evolve', () => {
    it('folds the offer into the state with exact money and rate', () => {
      const state = evolveAll([applied, approved]);
      expect(state.status).toBe('approved');
      expect(state.offer?.amount.toString()).toBe('25000.00');
      expect(state.offer?.annualRate.toString()).toBe('0.06');
      expect(state.application?.appliedOn.toString()).toBe('2018-03-01');
    });
  });
});

describe('guarantees asked for by the offer', () => {
  const { approvedWithGovernmentGuarantee } = guaranteed;

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
});

describe('KMO-cofinanciering: the approval, priced from the IRS curve', () => {
  const { clock, specWith, spec, apply, irsCurve, approve, appliedFor, applied, approvalOf } =
    cofinancing;

  it('given no curve recorded by the approval date then reference-curve-missing', () => {
    spec
      .given([applied])
      .when(approve({ referenceCurve: undefined }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['reference-curve-missing']);
        expect(messages(e)[0]).toContain('2021-03-15');
      });
  });

  it('given IRS 7 years 0.412 % then 0.412 % + 0.53 % = 0.942 % is below the floor: the offer carries 3 %, and says how', () => {
    spec
      .given([applied])
      .when(approve())
      .thenEvents((events) => {
        const data = approvalOf(events);
        expect(data.productVersion).toBe('cofinanciering-2018-01');
        expect(data.offer).toEqual({
          amount: '140000.00',
          annualRate: '0.03',
          termMonths: 84,
          repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 12 },
          offerValidUntil: '2021-04-14',
          pricing: {
            kind: 'reference-rate',
            curveRecordedOn: '2021-03-10',
            irsTenorMonths: 84,
            irsPoints: [{ tenorMonths: 84, rate: '0.00412' }],
            irsRate: '0.00412',
            margin: '0.0053',
            floor: '0.03',
            decimals: 4,
            floorApplied: true,
            rate: '0.03',
          },
        });
      });
  });

  it('given IRS between two tenors then it is interpolated linearly and the sum is the rate above the floor', () => {
    // 84 months between 60 (2.5 %) and 120 (3 %): 2.5 % + 0.5 % × 24/60 = 2.7 %; + 0.53 % = 3.23 %.
    const curve = irsCurve('2023-06-30', [
      [60, '0.025'],
      [120, '0.03'],
    ]);
    spec
      .given([applied])
      .when(approve({ approvedOn: date('2023-07-03'), referenceCurve: curve }))
      .thenEvents((events) => {
        const { offer } = approvalOf(events);
        expect(offer.annualRate).toBe('0.0323');
        expect(offer.pricing).toMatchObject({
          kind: 'reference-rate',
          irsPoints: [
            { tenorMonths: 60, rate: '0.025' },
            { tenorMonths: 120, rate: '0.03' },
          ],
          irsRate: '0.027',
          floorApplied: false,
          rate: '0.0323',
        });
      });
  });

  it.each([
    // IRS + 0.53 % on each side of the floor, and the rounding half up to 4 decimals.
    ['0.02464', '0.03', true],
    ['0.02469', '0.03', false],
    ['0.0247', '0.03', false],
    ['0.02471', '0.03', false],
    ['0.02476', '0.0301', false],
    ['0.02535', '0.0307', false],
    ['0.02534', '0.0306', false],
  ])(
    'given IRS 84 months %s then the rate is %s (floor applied: %s)',
    (irs, rate, floorApplied) => {
      const curve = irsCurve('2023-06-30', [[84, irs]]);
      spec
        .given([applied])
        .when(approve({ approvedOn: date('2023-07-03'), referenceCurve: curve }))
        .thenEvents((events) => {
          const { offer } = approvalOf(events);
          expect(offer.annualRate).toBe(rate);
          expect(offer.pricing).toMatchObject({ floorApplied, rate });
        });
    },
  );

  it("given an officer's rate other than the priced one then rate-not-product-rate naming IRS, margin and floor", () => {
    spec
      .given([applied])
      .when(approve({ annualRate: Rate.parse('0.025') }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['rate-not-product-rate']);
        expect(messages(e)[0]).toBe(
          'the KMO-cofinanciering approved on 2021-03-15 carries 3 %, not 2.5 %: IRS 84 months 0.412 % (curve recorded on 2021-03-10) + margin 0.53 % = 0.942 %, rounded 0.94 %, below the floor of 3 %, so the floor applies',
        );
      });
  });

  it("given the officer's rate equal to the priced one then it is accepted", () => {
    spec
      .given([applied])
      .when(approve({ annualRate: Rate.parse('0.0300') }))
      .thenEvents((events) => expect(approvalOf(events).offer.annualRate).toBe('0.03'));
  });

  it('given a curve whose IRS points do not reach the term then reference-curve-tenor-missing', () => {
    const short = irsCurve('2021-03-10', [
      [12, '-0.005'],
      [24, '0.001'],
      [60, '0.002'],
    ]);
    spec
      .given([applied])
      .when(approve({ referenceCurve: short }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['reference-curve-tenor-missing']);
        expect(messages(e)[0]).toContain('IRS rates from 24 to 60 months');
      });
  });

  describe('dated: a new margin starts a new version, priced by the approval date', () => {
    const margins: DefaultCatalogueOptions = {
      cofinancingMargins: [
        { validFrom: date('2018-01-01'), margin: Rate.parse('0.0053') },
        { validFrom: date('2024-01-01'), margin: Rate.parse('0.006') },
      ],
    };
    const curve = irsCurve('2023-12-29', [[84, '0.028']]);
    const withMargins = specWith({}, margins);

    it.each([
      ['2023-12-31', 'cofinanciering-2018-01', '0.0333'],
      ['2024-01-01', 'cofinanciering-2024-01', '0.034'],
    ])('given an approval on %s then %s prices %s', (approvedOn, version, rate) => {
      withMargins
        .given([applied])
        .when(approve({ approvedOn: date(approvedOn), referenceCurve: curve }))
        .thenEvents((events) => {
          const data = approvalOf(events);
          expect(data.productVersion).toBe(version);
          expect(data.offer.annualRate).toBe(rate);
        });
    });
  });

  describe('every rule again when the officer changes the amount or the term', () => {
    it('given an amount above 50 % of the need then amount-above-investment-share', () => {
      spec
        .given([applied])
        .when(approve({ amount: eur('200000.01') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['amount-above-investment-share']),
        );
    });

    it('given a longer term that leaves the co-financier 3 years shorter then cofinancing-term-too-short', () => {
      spec
        .given([applied])
        .when(approve({ termMonths: 120 }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['cofinancing-term-too-short']),
        );
    });

    it('given a lower amount within every ratio then it is offered', () => {
      spec
        .given([applied])
        .when(approve({ amount: eur('100000.00'), termMonths: 96 }))
        .thenEvents((events) =>
          expect(approvalOf(events).offer).toMatchObject({ amount: '100000.00', termMonths: 96 }),
        );
    });
  });

  describe('a capital holiday of 1 or 2 years, no other', () => {
    it.each([12, 24])('given %i months then it is offered', (months) => {
      spec
        .given([applied])
        .when(approve({ repayment: { capitalHolidayMonths: months } }))
        .thenEvents((events) =>
          expect(approvalOf(events).offer.repayment.capitalHolidayMonths).toBe(months),
        );
    });

    it.each([0, 6, 36])('given %i months then capital-holiday-not-offered', (months) => {
      spec
        .given([applied])
        .when(approve({ repayment: { capitalHolidayMonths: months } }))
        .thenThrows(RuleViolationError, (e) => {
          expect(rules(e)).toEqual(['capital-holiday-not-offered']);
          expect(messages(e)[0]).toBe(
            `the KMO-cofinanciering comes with a capital holiday of 12 or 24 months, not ${months}`,
          );
        });
    });
  });

  it('given quarterly instalments on a term that is no whole number of quarters then term-not-whole-periods', () => {
    const odd = appliedFor(
      apply({
        termMonths: 85,
        coFinancing: {
          amount: eur('160000.00'),
          termMonths: 85,
          partner: { kind: 'bank', name: 'KBC Bank' },
        },
      }),
    );
    spec
      .given([odd])
      .when(
        approve({
          repayment: { frequency: 'quarterly' },
          referenceCurve: irsCurve('2021-03-10', [
            [60, '0.002'],
            [120, '0.007'],
          ]),
        }),
      )
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['term-not-whole-periods']));
  });

  it('given a bullet repayment then repayment-method-not-offered', () => {
    spec
      .given([applied])
      .when(approve({ repayment: { method: 'bullet' } }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['repayment-method-not-offered']),
      );
  });

  it('given a capital holiday justification then capital-holiday-justification-not-needed', () => {
    spec
      .given([applied])
      .when(approve({ capitalHolidayJustification: 'slow start' }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['capital-holiday-justification-not-needed']),
      );
  });

  it('given an officer above their limit, then the proposal is priced, and the second approval confirms that price whatever curve it is given', () => {
    const junior = { id: 'officer-dirk', approvalLimit: eur('50000.00') };
    const [proposed] = decide(approve({ officer: junior }), foldLoan([applied]), {
      catalogue: defaultCatalogue(),
      clock,
    });
    expect(proposed.type).toBe('LoanApprovalProposed');
    if (proposed.type !== 'LoanApprovalProposed') return;
    expect(proposed.data.offer.pricing).toMatchObject({ kind: 'reference-rate', rate: '0.03' });
    const later = irsCurve('2021-03-20', [[84, '0.03']]);
    spec
      .given([applied, proposed])
      .when(approve({ approvedOn: date('2021-03-22'), referenceCurve: later }))
      .thenEvents((events) => {
        expect(events.map((e) => e.type)).toEqual(['LoanApprovalSeconded', 'LoanApproved']);
        const data = approvalOf(events);
        expect(data.approvedBy).toEqual(['officer-dirk', 'officer-bart']);
        expect(data.offer.annualRate).toBe('0.03');
        expect(data.offer.pricing).toEqual(proposed.data.offer.pricing);
        const state = foldLoan([applied, proposed, ...events]);
        expect(state.offer?.pricing).toEqual(proposed.data.offer.pricing);
      });
  });
});

describe('KMO-cofinanciering combined with a Startlening applied for at the same time', () => {
  const { approve, appliedFor, approvalOf, combinedApplication, startLoan, withStart } =
    cofinancing;

  it('given the approval, when the start loan was approved for more meanwhile, then the total is checked again', () => {
    const appliedCombined = appliedFor(
      combinedApplication({ amount: eur('240000.00'), ownContribution: eur('70000.00') }),
      {
        combinedLoan: startLoan({ amount: eur('100000.00') }),
      },
    );
    withStart({ status: 'approved', amount: eur('110000.01') })
      .given([appliedCombined])
      .when(approve())
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['combination-above-maximum']),
      );
    withStart({ status: 'approved', amount: eur('110000.01') })
      .given([appliedCombined])
      .when(approve({ amount: eur('240000.00').minus(eur('10000.00')) }))
      .thenEvents((events) => expect(approvalOf(events).offer.amount).toBe('230000.00'));
  });
});

describe('Startlening: the approval', () => {
  const { spec, approve, applied, offerOf } = startlening;

  it('given no repayment terms then the offer has the 1-year holiday at 3 %, and says so', () => {
    spec
      .given([applied])
      .when(approve())
      .thenEvents((events) =>
        expect(offerOf(events)).toEqual({
          amount: '80000.00',
          annualRate: '0.03',
          termMonths: 84,
          repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 12 },
          offerValidUntil: '2021-04-14',
          pricing: { kind: 'capital-holiday-rate', capitalHolidayMonths: 12, rate: '0.03' },
        }),
      );
  });

  it('given a 2-year holiday with its written justification then 3.25 %, the justification recorded', () => {
    spec
      .given([applied])
      .when(
        approve({
          repayment: { capitalHolidayMonths: 24 },
          capitalHolidayJustification: '  the shop opens after an 18-month renovation  ',
        }),
      )
      .thenEvents((events) => {
        const offer = offerOf(events);
        expect(offer.annualRate).toBe('0.0325');
        expect(offer.pricing).toEqual({
          kind: 'capital-holiday-rate',
          capitalHolidayMonths: 24,
          rate: '0.0325',
          justification: 'the shop opens after an 18-month renovation',
        });
      });
  });

  it('given a 2-year holiday without justification then capital-holiday-justification-missing', () => {
    spec
      .given([applied])
      .when(approve({ repayment: { capitalHolidayMonths: 24 } }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['capital-holiday-justification-missing']);
        expect(messages(e)[0]).toBe(
          'a capital holiday of 24 months of the Startlening needs a written justification (capitalHolidayJustification); it comes at 3.25 % instead of 3 %',
        );
      });
  });

  it('given a justification with the 1-year holiday then capital-holiday-justification-not-needed', () => {
    spec
      .given([applied])
      .when(approve({ capitalHolidayJustification: 'just in case' }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['capital-holiday-justification-not-needed']),
      );
  });

  it.each([
    [12, '0.0325'],
    [24, '0.03'],
  ])(
    'given a holiday of %i months and an officer rate of %s then rate-not-product-rate',
    (months, rate) => {
      spec
        .given([applied])
        .when(
          approve({
            repayment: { capitalHolidayMonths: months },
            annualRate: Rate.parse(rate),
            ...(months === 24 ? { capitalHolidayJustification: 'renovation' } : {}),
          }),
        )
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['rate-not-product-rate']));
    },
  );

  it('given the officer states 3.25 % with the 2-year holiday and justification then it is accepted', () => {
    spec
      .given([applied])
      .when(
        approve({
          repayment: { capitalHolidayMonths: 24 },
          annualRate: Rate.parse('0.0325'),
          capitalHolidayJustification: 'renovation',
        }),
      )
      .thenEvents((events) => expect(offerOf(events).annualRate).toBe('0.0325'));
  });

  it.each([0, 6, 36])('given a holiday of %i months then capital-holiday-not-offered', (months) => {
    spec
      .given([applied])
      .when(approve({ repayment: { capitalHolidayMonths: months } }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['capital-holiday-not-offered']),
      );
  });

  it('given the officer raises the amount above 4 times the own contribution then amount-above-own-contribution-multiple', () => {
    spec
      .given([applied])
      .when(approve({ amount: eur('80000.01') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['amount-above-own-contribution-multiple']),
      );
  });

  it('given a quarterly schedule then the holiday and term are whole quarters', () => {
    spec
      .given([applied])
      .when(approve({ repayment: { frequency: 'quarterly', method: 'linear' } }))
      .thenEvents((events) =>
        expect(offerOf(events).repayment).toEqual({
          method: 'linear',
          frequency: 'quarterly',
          capitalHolidayMonths: 12,
        }),
      );
  });
});

describe('win-win loan: the registration (ApproveLoan)', () => {
  const {
    loanId,
    exposure,
    specWith,
    spec,
    borrower,
    signed,
    approve,
    appliedFor,
    applied,
    registered,
  } = winwin;

  it('given a registration request, when registered, then LoanApproved at the agreed rate on the terms of the signing date', () => {
    spec.given([applied]).when(approve()).then([registered]);
  });

  it('then a registration in 2022 keeps the version of the signing date (2021)', () => {
    spec
      .given([applied])
      .when(approve({ approvedOn: date('2022-02-01') }))
      .thenEvents(([e]) => {
        if (e.type !== 'LoanApproved') throw new Error(e.type);
        expect(e.data.productVersion).toBe('winwinlening-2020-10-07');
        expect(e.data.offer.annualRate).toBe('0.01');
      });
  });

  it('then the approval may give the rate, still held to the band', () => {
    spec
      .given([applied])
      .when(approve({ annualRate: Rate.parse('0.015') }))
      .thenEvents(([e]) => {
        if (e.type !== 'LoanApproved') throw new Error(e.type);
        expect(e.data.offer.annualRate).toBe('0.015');
      });
    spec
      .given([applied])
      .when(approve({ annualRate: Rate.parse('0.0151') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['rate-above-band']));
  });

  it('then the product-version checks hold for the offer values', () => {
    spec
      .given([applied])
      .when(approve({ amount: eur('75000.01'), termMonths: 66 }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['term-not-whole-years', 'amount-above-lender-limit']),
      );
  });

  it('then any of the repayment methods and frequencies is accepted, one payment at the end included', () => {
    spec
      .given([applied])
      .when(approve({ repayment: { method: 'bullet', frequency: 'annual' } }))
      .thenEvents(([e]) => {
        if (e.type !== 'LoanApproved') throw new Error(e.type);
        expect(e.data.offer.repayment).toEqual({
          method: 'bullet',
          frequency: 'annual',
          capitalHolidayMonths: 0,
        });
      });
  });

  describe('limits counted over the loans already registered', () => {
    it.each<[string, WinwinExposure, string[]]>([
      ['borrower 240,000.00 + 60,000.00', exposure('240000.00'), []],
      ['borrower 240,000.01 + 60,000.00', exposure('240000.01'), ['borrower-limit-exceeded']],
      ['lender 15,000.00 + 60,000.00', exposure('0.00', '15000.00'), []],
      ['lender 15,000.01 + 60,000.00', exposure('0.00', '15000.01'), ['lender-limit-exceeded']],
      [
        'both over',
        exposure('250000.00', '20000.00'),
        ['borrower-limit-exceeded', 'lender-limit-exceeded'],
      ],
    ])('given %s registered: %j', (_label, registeredAlready, expected) => {
      const when = specWith(registeredAlready).given([applied]).when(approve());
      if (expected.length === 0) when.thenEvents((ev) => expect(ev).toHaveLength(1));
      else when.thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(expected));
    });

    it('then an offer of 60,000.01 on 240,000.00 registered is refused', () => {
      specWith(exposure('240000.00'))
        .given([applied])
        .when(approve({ amount: eur('60000.01') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['borrower-limit-exceeded']),
        );
    });

    it('then the messages name the figures', () => {
      specWith(exposure('260000.00', '15000.01'))
        .given([applied])
        .when(approve())
        .thenThrows(RuleViolationError, (e) =>
          expect(e.violations.map((v) => v.message)).toEqual([
            'registering EUR 60,000.00 would bring the win-win loans of 0403.170.701 (Brouwerij De Klok) to EUR 320,000.00, above the limit of EUR 300,000.00 per borrowing enterprise',
            'registering EUR 60,000.00 would bring the win-win loans of lender lender-17 (An Janssens) to EUR 75,000.01, above the limit of EUR 75,000.00 per lender',
          ]),
        );
    });

    it('given a deed signed before the reform, then 200,000.00 per enterprise and 50,000.00 per lender', () => {
      const old = appliedFor(signed('2020-10-06', { amount: eur('50000.00') }));
      specWith(exposure('150000.00'))
        .given([old])
        .when(approve({ approvedOn: date('2020-10-20') }))
        .thenEvents((ev) => expect(ev).toHaveLength(1));
      specWith(exposure('150000.01'))
        .given([old])
        .when(approve({ approvedOn: date('2020-10-20') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['borrower-limit-exceeded']),
        );
      specWith(exposure('0.00', '0.01'))
        .given([old])
        .when(approve({ approvedOn: date('2020-10-20') }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['lender-limit-exceeded']));
    });

    it('then a loan over the lender limit on its own is reported once, as amount-above-lender-limit', () => {
      specWith(exposure('0.00', '10000.00'))
        .given([applied])
        .when(approve({ amount: eur('75000.01') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['amount-above-lender-limit']),
        );
    });

    it("given the 'per-loan' reading, then the lender's other loans do not count, the loan itself does", () => {
      const perLoan = (registeredAlready: WinwinExposure) =>
        specWith(registeredAlready, { winwinLenderLimit: 'per-loan' });
      perLoan(exposure('0.00', '70000.00'))
        .given([applied])
        .when(approve({ amount: eur('75000.00') }))
        .thenEvents((ev) => expect(ev).toHaveLength(1));
      perLoan(exposure('0.00', '70000.00'))
        .given([applied])
        .when(approve({ amount: eur('75000.01') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['amount-above-lender-limit']),
        );
      perLoan(exposure('240000.01', '0.00'))
        .given([applied])
        .when(approve())
        .thenThrows(RuleViolationError, (e) =>
          expect(rules(e)).toEqual(['borrower-limit-exceeded']),
        );
    });

    it('given no exposure figures, then a plain Error: the application service must supply them', () => {
      specWith(null)
        .given([applied])
        .when(approve())
        .thenThrows(Error, (e) => {
          expect(e).not.toBeInstanceOf(RuleViolationError);
          expect(e.message).toContain('winwinExposure');
        });
    });

    it('given no exposure figures for an Impulskrediet, then it is approved as before', () => {
      const impuls = appliedFor({
        type: 'ApplyForLoan',
        loanId,
        productCode: 'impulskrediet',
        borrower,
        amount: eur('25000.00'),
        termMonths: 60,
        purpose: 'oven',
        appliedOn: date('2021-03-10'),
        registeredBy: 'clerk-anna',
      });
      specWith(null)
        .given([impuls])
        .when(approve())
        .thenEvents((ev) => expect(ev.map((e) => e.type)).toEqual(['LoanApproved']));
    });
  });
});

describe('the responsible credit maximum on approval (DOMAIN.md 3.5)', () => {
  const { spec, recorded, applied, household, approve } = obligations;

  // A single renter: 2,400.00 − norm (1,302 + 10 % × 1,098 = 1,411.80) − rent 650.00
  // = 338.20 a month; × 50 = 16,910.00.
  const assessed = recorded(applied, [household()]);

  it('given the assessment, when an offer of exactly the maximum is approved, then no override is needed', () => {
    spec
      .given(assessed)
      .when(approve('16910.00'))
      .thenEvents((events) => expect(events[0].type).toBe('LoanApproved'));
  });

  it('given the assessment, when an offer one cent above the maximum is approved without a justification, then 422 naming both figures', () => {
    spec
      .given(assessed)
      .when(approve('16910.01'))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['amount-above-responsible-maximum']);
        expect(e.violations[0].message).toContain(
          'the offer of EUR 16,910.01 is more than the responsible credit maximum of EUR 16,910.00 assessed on 2018-03-20',
        );
      });
  });

  it('given the assessment, when the officer overrides it with a written justification, then the offer records it with the figures', () => {
    spec
      .given(assessed)
      .when(approve('20000.00', 'the partner starts a salaried job in May, contract signed'))
      .thenEvents((events) =>
        expect(events[0]).toMatchObject({
          type: 'LoanApproved',
          data: {
            offer: {
              responsibleMaximumOverride: {
                justification: 'the partner starts a salaried job in May, contract signed',
                overriddenBy: 'officer-bart',
                amount: '20000.00',
                maximumCredit: '16910.00',
                assessedOn: '2018-03-20',
                knockOuts: [],
              },
            },
          },
        }),
      );
    spec
      .given(assessed)
      .when(approve('20000.00', 'too short'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['override-justification-too-short']),
      );
  });

  it('given a knock-out (wage garnishment), then the maximum is 0.00 and any offer needs the override', () => {
    const knockedOut = recorded(applied, [household({ wageGarnishment: true })]);
    expect(foldLoan(knockedOut).creditAssessment).toMatchObject({
      knockOuts: ['wage-garnishment'],
    });
    spec
      .given(knockedOut)
      .when(approve('2500.00'))
      .thenThrows(RuleViolationError, (e) =>
        expect(e.violations[0].message).toContain('(knock-outs: wage-garnishment)'),
      );
  });

  it('given no assessment, or an offer within it, when an override is sent, then 422: there is nothing to override', () => {
    spec
      .given(applied)
      .when(approve('20000.00', 'the partner starts a salaried job in May, contract signed'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['responsible-maximum-override-not-needed']),
      );
    spec
      .given(assessed)
      .when(approve('10000.00', 'the partner starts a salaried job in May, contract signed'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['responsible-maximum-override-not-needed']),
      );
  });
});
