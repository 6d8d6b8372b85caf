import { exactReinvestmentFee, referenceCurve, type ReferenceCurve } from '../../fees';
import { Rate } from '../../money';
import { ProductCatalogue, type ProductVersion } from '../../products';
import { date, eur, rules } from '../../testing/loan-spec';
import type { RepayEarly } from '../commands';
import { RuleViolationError } from '../errors';
import type { LoanEvent } from '../events';
import { ledgerOf } from '../ledger';
import { foldLoan } from '../state';
import * as activeLoan from '../../testing/active-loan';

describe('early repayment of an Impulskrediet (RepayEarly: the six months’ interest cap)', () => {
  const { loanId, spec, recorded, active, pay, repayEarly, firstPaid, earlyRepaymentMade } =
    activeLoan;

  it('given instalment 1 paid, when 10,000.00 is repaid on 2018-05-01, then 11 days of interest on it and six months’ interest as fee (10,000.00 × 6 % / 2 = 300.00)', () => {
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-01', { amount: eur('10000.00') }))
      .then([
        {
          type: 'EarlyRepaymentMade',
          effectiveOn: '2018-05-01',
          data: {
            loanId,
            repaidOn: '2018-05-01',
            full: false,
            capitalRepaid: '10000.00',
            // 10,000.00 × 6 % × 11 / 365 = 18.0821…
            accruedInterest: '18.08',
            interestFrom: '2018-04-20',
            fee: '300.00',
            feeRegime: 'six-months-cap',
            total: '10318.08',
            outstandingPrincipal: '14641.68',
            lines: [
              { label: 'capital repaid early', value: '10,000.00' },
              { label: 'accrued interest: outstanding capital', value: '10,000.00' },
              { label: 'accrued interest: period', value: '2018-04-20 to 2018-05-01: 11 days' },
              { label: 'accrued interest: interest at 6 % for 11 days / 365', value: '18.08' },
              { label: 'product rule', value: 'the legal maximum' },
              { label: 'credit amount', value: '25,000.00' },
              { label: 'contract date', value: '2018-03-15' },
              {
                label: 'small-credit threshold',
                value:
                  'credits up to 2,000,000.00 for contracts from 2018-01-08 (code of conduct for SME credit, DOMAIN.md 4.3 (contracts from 8 January 2018))',
              },
              {
                label: 'fee scheme',
                value: 'six-months cap: the credit is not above 2,000,000.00',
              },
              { label: 'capital repaid early', value: '10,000.00' },
              { label: '6 months of interest at 6 %', value: '300.00' },
              { label: 'reinvestment fee', value: '300.00' },
              { label: 'total to pay', value: '10,318.08' },
            ],
          },
        },
      ]);
  });

  it('then the term is kept: the later instalments are computed again on 14,641.68', () => {
    const state = foldLoan(
      recorded(firstPaid, [repayEarly('2018-05-01', { amount: eur('10000.00') })]),
    );
    const ledger = ledgerOf(state);
    expect(state.status).toBe('active');
    expect(ledger.instalments).toHaveLength(60);
    expect(ledger.instalments[59].dueOn.toString()).toBe('2023-03-20');
    // Instalment 2's interest falls on the lower principal for its whole period.
    expect(ledger.instalments[1].interest.toString()).toBe('73.21');
    expect(ledger.outstandingPrincipal.toString()).toBe('14641.68');
  });

  it('given 25 days since the last due date, when 9,997.35 is repaid, then the accrued 41.085 is rounded half up to 41.09', () => {
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-15', { amount: eur('9997.35') }))
      .thenEvents(([e]) => {
        expect(e).toMatchObject(
          earlyRepaymentMade({
            repaidOn: '2018-05-15',
            full: false,
            capitalRepaid: '9997.35',
            accruedInterest: '41.09',
            interestFrom: '2018-04-20',
            // 9,997.35 × 3 % = 299.9205
            fee: '299.92',
            feeRegime: 'six-months-cap',
            total: '10338.36',
            outstandingPrincipal: '14644.33',
          }),
        );
      });
  });

  it('given instalment 1 paid, when all is repaid (full), then EarlyRepaymentMade of the 24,641.68 outstanding and LoanRepaid', () => {
    const expected = [
      earlyRepaymentMade({
        repaidOn: '2018-05-01',
        full: true,
        capitalRepaid: '24641.68',
        // 24,641.68 × 6 % × 11 / 365 = 44.558…
        accruedInterest: '44.56',
        interestFrom: '2018-04-20',
        // 24,641.68 × 3 % = 739.2504
        fee: '739.25',
        feeRegime: 'six-months-cap',
        total: '25425.49',
        outstandingPrincipal: '0.00',
      }),
      { type: 'LoanRepaid', effectiveOn: '2018-05-01', data: { loanId, repaidOn: '2018-05-01' } },
    ];
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-01', { full: true }))
      .thenEvents((events) => expect(events).toMatchObject(expected));
    // The whole outstanding given as an amount is a full repayment too.
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-01', { amount: eur('24641.68') }))
      .thenEvents((events) => expect(events).toMatchObject(expected));
  });

  it('given no due date passed yet, when repaid early, then interest runs from the disbursement', () => {
    spec
      .given(active)
      .when(repayEarly('2018-04-01', { amount: eur('5000.00') }))
      .thenEvents(([e]) =>
        // 5,000.00 × 6 % × 12 / 365 = 9.863…
        expect(e.data).toMatchObject({ interestFrom: '2018-03-20', accruedInterest: '9.86' }),
      );
  });

  it('given instalment 1 unpaid, when repaid early on its due date, then amount-due-unpaid; the day before, nothing is due yet', () => {
    spec
      .given(active)
      .when(repayEarly('2018-04-20', { amount: eur('5000.00') }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['amount-due-unpaid']);
        expect(e.violations[0].message).toContain('483.32');
      });
    spec
      .given(active)
      .when(repayEarly('2018-04-19', { amount: eur('5000.00') }))
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['EarlyRepaymentMade']));
  });

  it('given a payment on 2018-04-20, when repaid early the day before, then early-repayment-before-last-payment; on the day itself no interest has accrued', () => {
    spec
      .given(firstPaid)
      .when(repayEarly('2018-04-19', { amount: eur('5000.00') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['early-repayment-before-last-payment']),
      );
    spec
      .given(firstPaid)
      .when(repayEarly('2018-04-20', { amount: eur('5000.00') }))
      .thenEvents(([e]) =>
        expect(e.data).toMatchObject({
          interestFrom: '2018-04-20',
          accruedInterest: '0.00',
          fee: '150.00',
          total: '5150.00',
        }),
      );
  });

  it('given 24,641.68 outstanding, when 24,641.69 is repaid early, then early-repayment-above-outstanding', () => {
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-01', { amount: eur('24641.69') }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['early-repayment-above-outstanding']);
        expect(e.violations[0].message).toContain('24,641.68');
      });
  });

  it('then an amount and full together, neither, 0.00, a date before the disbursement or after today are refused', () => {
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-01', { amount: eur('100.00'), full: true }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['early-repayment-amount-or-full']),
      );
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-01'))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['early-repayment-amount-or-full']),
      );
    spec
      .given(firstPaid)
      .when(repayEarly('2018-05-01', { amount: eur('0.00') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['amount-not-positive']));
    spec
      .given(active)
      .when(repayEarly('2018-03-19', { amount: eur('100.00') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['early-repayment-before-disbursement']),
      );
    spec
      .given(firstPaid)
      .when(repayEarly('2026-11-22', { full: true }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toContain('date-in-future'));
  });

  it('given the first instalment paid in advance, when an early repayment is dated before its due date, then instalment-paid-in-advance', () => {
    spec
      .given(recorded(active, [pay('2018-04-10', '483.32')]))
      .when({ type: 'RepayEarly', loanId, repaidOn: date('2018-04-12'), full: true })
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['instalment-paid-in-advance']),
      );
  });
});

describe('early repayment of a win-win loan (only in full, no fee)', () => {
  const { loanId, spec, borrower, repayEarly, earlyRepaymentMade } = activeLoan;

  const registered: LoanEvent[] = [
    {
      type: 'LoanApplied',
      effectiveOn: '2021-03-10',
      data: {
        loanId,
        productCode: 'winwinlening',
        productVersion: 'winwinlening-2020-10-07',
        borrower,
        amount: '60000.00',
        termMonths: 60,
        purpose: 'brewing kettle',
        appliedOn: '2021-03-10',
        signedOn: '2021-03-01',
        lender: { id: 'lender-17', name: 'An Janssens', relationToBorrower: 'friend' },
        annualRate: '0.01',
        registeredBy: 'clerk-anna',
      },
    },
    {
      type: 'LoanApproved',
      effectiveOn: '2021-03-15',
      data: {
        loanId,
        approvedOn: '2021-03-15',
        productVersion: 'winwinlening-2020-10-07',
        offer: {
          amount: '60000.00',
          annualRate: '0.01',
          termMonths: 60,
          repayment: { method: 'annuity', frequency: 'monthly', capitalHolidayMonths: 0 },
          offerValidUntil: '2021-04-14',
        },
        approvedBy: ['officer-bart'],
      },
    },
    {
      type: 'LoanDisbursed',
      effectiveOn: '2021-03-20',
      data: { loanId, disbursedOn: '2021-03-20', amount: '60000.00' },
    },
  ];

  it('given an active win-win loan, when 10,000.00 is repaid early, then partial-early-repayment-not-allowed', () => {
    spec
      .given(registered)
      .when(repayEarly('2021-04-01', { amount: eur('10000.00') }))
      .thenThrows(RuleViolationError, (e) => {
        expect(rules(e)).toEqual(['partial-early-repayment-not-allowed']);
        expect(e.violations[0].message).toContain('60,000.00');
      });
  });

  it('given the same loan, when more than all of it or 0.00 is asked, then only that rule is named, not partial-early-repayment-not-allowed', () => {
    spec
      .given(registered)
      .when(repayEarly('2021-04-01', { amount: eur('60000.01') }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['early-repayment-above-outstanding']),
      );
    spec
      .given(registered)
      .when(repayEarly('2021-04-01', { amount: eur('0.00') }))
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['amount-not-positive']));
  });

  it('given the same loan, when all of it is repaid early, then no fee and LoanRepaid', () => {
    const expected = [
      earlyRepaymentMade({
        repaidOn: '2021-04-01',
        full: true,
        capitalRepaid: '60000.00',
        // 60,000.00 × 1 % × 12 / 365 = 19.726…
        accruedInterest: '19.73',
        interestFrom: '2021-03-20',
        fee: '0.00',
        feeRegime: 'none',
        total: '60019.73',
        outstandingPrincipal: '0.00',
      }),
      { type: 'LoanRepaid', effectiveOn: '2021-04-01', data: { loanId, repaidOn: '2021-04-01' } },
    ];
    spec
      .given(registered)
      .when(repayEarly('2021-04-01', { full: true }))
      .thenEvents((events) => {
        expect(events).toMatchObject(expected);
        if (events[0].type !== 'EarlyRepaymentMade') throw new Error(events[0].type);
        expect(events[0].data.lines).toContainEqual({
          label: 'reinvestment fee',
          value: '0.00 (the product charges no fee on early repayment)',
        });
      });
    spec
      .given(registered)
      .when(repayEarly('2021-04-01', { amount: eur('60000.00') }))
      .thenEvents((events) => expect(events).toMatchObject(expected));
  });
});

describe('early repayment of a credit above EUR 2 million (the standard scheme, DOMAIN.md 4.3)', () => {
  const { loanId, specAt, recorded, borrower, repayEarly } = activeLoan;

  // A lender's product for large credits, linear (fixed capital repayments), at a fixed 4 %:
  // configured under a product code of its own catalogue, alone.
  const large: ProductVersion = {
    productCode: 'impulskrediet',
    version: 'large-credit-2018',
    validFrom: date('2018-01-01'),
    name: 'Large credit',
    lender: 'a bank',
    minAmount: eur('100000.00'),
    maxAmount: eur('5000000.00'),
    minTermMonths: 12,
    maxTermMonths: 120,
    rate: { kind: 'fixed', annualRate: Rate.parse('0.04') },
    repaymentMethods: ['linear'],
    repaymentFrequencies: ['monthly'],
    defaultRepayment: { method: 'linear', frequency: 'monthly' },
    offerValidityDays: 30,
    maxCapitalHolidayMonths: 0,
  };
  const catalogue = new ProductCatalogue([large]);
  const largeSpec = specAt('2026-11-21T10:00:00Z', catalogue);
  /** Applied 2019-01-02, approved 2019-01-10 (after 2018-01-08: the EUR 2 million threshold), paid out 2019-01-15. */
  const credit = (amount: string) =>
    recorded(
      [],
      [
        {
          type: 'ApplyForLoan',
          loanId,
          productCode: 'impulskrediet',
          borrower,
          amount: eur(amount),
          termMonths: 60,
          purpose: 'new production hall',
          appliedOn: date('2019-01-02'),
          registeredBy: 'clerk-anna',
        },
        {
          type: 'ApproveLoan',
          loanId,
          approvedOn: date('2019-01-10'),
          officer: { id: 'officer-bart' },
        },
        { type: 'DisburseLoan', loanId, disbursedOn: date('2019-01-15') },
      ],
      catalogue,
    );
  const curve: ReferenceCurve = referenceCurve({
    recordedOn: date('2019-02-01'),
    points: [
      { tenorMonths: 3, kind: 'euribor', rate: Rate.parse('0.003') },
      { tenorMonths: 12, kind: 'euribor', rate: Rate.parse('0.005') },
      { tenorMonths: 24, kind: 'irs', rate: Rate.parse('0.008') },
      { tenorMonths: 36, kind: 'irs', rate: Rate.parse('0.011') },
      { tenorMonths: 60, kind: 'irs', rate: Rate.parse('0.015') },
    ],
  });
  const repay = (over: Partial<RepayEarly> = {}) =>
    repayEarly('2019-02-01', { amount: eur('1000000.00'), ...over });

  it('given a credit of 2,000,000.00, when 1,000,000.00 is repaid early, then the six months’ cap still applies: 20,000.00, no curve needed', () => {
    largeSpec
      .given(credit('2000000.00'))
      .when(repay())
      .thenEvents(([e]) =>
        expect(e.data).toMatchObject({ feeRegime: 'six-months-cap', fee: '20000.00' }),
      );
  });

  it('given a credit of 2,000,000.01, when repaid early without a reference curve, then reference-curve-missing', () => {
    largeSpec
      .given(credit('2000000.01'))
      .when(repay())
      .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['reference-curve-missing']));
  });

  it('given a credit of 3,000,000.00, when repaid early with the curve, then the exact fee is charged, lower than the approximate figure in the lines', () => {
    // 60 monthly capital repayments remain: average life (60 + 1) / 2 = 30.5 months, IRS
    // interpolated between 24 (0.8 %) and 36 months (1.1 %): 0.9625 %.
    const expected = exactReinvestmentFee({
      capital: eur('1000000.00'),
      contractRate: Rate.parse('0.04'),
      schedule: { amortisation: 'linear', periods: 60, periodMonths: 1 },
      reference: { curve },
    });
    largeSpec
      .given(credit('3000000.00'))
      .when(repay({ referenceCurve: curve }))
      .thenEvents(([e]) => {
        if (e.type !== 'EarlyRepaymentMade') throw new Error(e.type);
        expect(e.data).toMatchObject({
          full: false,
          capitalRepaid: '1000000.00',
          // 1,000,000.00 × 4 % × 17 / 365 = 1,863.013…
          accruedInterest: '1863.01',
          interestFrom: '2019-01-15',
          feeRegime: 'standard',
          fee: expected.fee.toString(),
          outstandingPrincipal: '2000000.00',
        });
        // Approximate: 1,000,000.00 × (4 % − 0.9625 %) × 30.5 / 12 = 77,203.125; the exact method
        // discounts each month's lost interest at 0.9625 % a year.
        expect(e.data.fee).toBe('75944.85');
        expect(e.data.lines).toContainEqual({
          label: 'for comparison, the approximate method gives',
          value: '77,203.13',
        });
        expect(eur(e.data.fee).lt(eur('77203.13'))).toBe(true);
        expect(e.data.total).toBe(
          eur('1000000.00').plus(eur('1863.01')).plus(eur(e.data.fee)).toString(),
        );
      });
  });
});
