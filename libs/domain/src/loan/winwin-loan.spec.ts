import { LocalDate } from '@js-joda/core';
import { Money, Rate } from '../money';
import { LENDER_RELATIONS, type LenderRelation } from '../parties';
import { type DefaultCatalogueOptions, defaultCatalogue } from '../products';
import { DeciderSpecification } from '../testing/decider-specification';
import { fixedClock } from '../time';
import type { ApplyForLoan, ApproveLoan, LoanCommand } from './commands';
import type { DecisionContext, WinwinExposure } from './context';
import { decide } from './decide';
import { RuleViolationError } from './errors';
import type { LoanEvent } from './events';
import { type LoanState, evolve, foldLoan, initialLoanState } from './state';
import { needsWinwinExposure, winwinLimitsFor } from './winwin-registration';

// The win-win loan (DOMAIN.md 3.2): the application is the registration request
// (appliedOn: the registrar received the deed), the approval is the registration.

const loanId = '0b7e8c1e-5d0a-4f55-9a53-2d4f3c6a9e01';
const clock = fixedClock('2026-11-21T10:00:00Z');
const date = (s: string) => LocalDate.parse(s);
const eur = (s: string) => Money.parse(s);
const rules = (e: RuleViolationError) => e.violations.map((v) => v.rule);

const noneRegistered: WinwinExposure = {
  borrowerRegistered: Money.zero(),
  lenderRegistered: Money.zero(),
};
const exposure = (borrower: string, lender = '0.00'): WinwinExposure => ({
  borrowerRegistered: eur(borrower),
  lenderRegistered: eur(lender),
});

/** null: the context carries no exposure figures. */
function specWith(
  winwinExposure: WinwinExposure | null = noneRegistered,
  options: DefaultCatalogueOptions = {},
) {
  const catalogue = defaultCatalogue(options);
  return new DeciderSpecification<LoanCommand, LoanEvent, LoanState, DecisionContext>(
    { decide, evolve, initialState: initialLoanState },
    () => ({ catalogue, clock, ...(winwinExposure ? { winwinExposure } : {}) }),
  );
}
const spec = specWith();

const borrower = {
  enterpriseNumber: '0403.170.701',
  name: 'Brouwerij De Klok',
  province: 'Limburg',
};
const lender = { id: 'lender-17', name: 'An Janssens', relationToBorrower: 'friend' as const };

/** A deed signed on 2021-03-01 (the 2020-10-07 rules, the 2021 rate band), received on 2021-03-10. */
const register = (over: Partial<ApplyForLoan> = {}): ApplyForLoan => ({
  type: 'ApplyForLoan',
  loanId,
  productCode: 'winwinlening',
  borrower,
  amount: eur('60000.00'),
  termMonths: 60,
  purpose: 'brewing kettle',
  appliedOn: date('2021-03-10'),
  signedOn: date('2021-03-01'),
  lender,
  annualRate: Rate.parse('0.01'),
  registeredBy: 'clerk-anna',
  ...over,
});
/** A deed of 40,000.00 signed on the given day and received 9 days later; 8 years before the reform. */
const signed = (iso: string, over: Partial<ApplyForLoan> = {}): ApplyForLoan =>
  register({
    amount: eur('40000.00'),
    signedOn: date(iso),
    appliedOn: date(iso).plusDays(9),
    termMonths: date(iso).isBefore(date('2020-10-07')) ? 96 : 60,
    ...over,
  });
const approve = (over: Partial<ApproveLoan> = {}): ApproveLoan => ({
  type: 'ApproveLoan',
  loanId,
  approvedOn: date('2021-03-15'),
  officer: { id: 'officer-bart' },
  ...over,
});

/** The LoanApplied event of an accepted application, for given(...). */
function appliedFor(command: ApplyForLoan): LoanEvent {
  const [event] = decide(command, initialLoanState, { catalogue: defaultCatalogue(), clock });
  return event;
}

const applied: LoanEvent = {
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
    lender,
    annualRate: '0.01',
    registeredBy: 'clerk-anna',
  },
};
const registered: LoanEvent = {
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
};

describe('win-win loan: the registration request (ApplyForLoan)', () => {
  it('given nothing, when a deed signed on 2021-03-01 is received on 2021-03-10, then LoanApplied with the deed data', () => {
    spec.given([]).when(register()).then([applied]);
  });

  it('then the state carries signedOn, lender and the agreed rate, parsed', () => {
    const state = foldLoan([applied]);
    expect(state.application?.signedOn?.toString()).toBe('2021-03-01');
    expect(state.application?.lender).toEqual(lender);
    expect(state.application?.annualRate?.toString()).toBe('0.01');
  });

  it.each(['signedOn', 'lender', 'annualRate'] as const)(
    'then an application without %s is refused, naming the field',
    (field) => {
      spec
        .given([])
        .when(register({ [field]: undefined }))
        .thenThrows(RuleViolationError, (e) => {
          expect(e.violations).toEqual([
            expect.objectContaining({ rule: 'winwin-field-required', field }),
          ]);
          expect(e.violations[0].message).toContain(field);
        });
    },
  );

  it('then every missing field is reported at once', () => {
    spec
      .given([])
      .when(register({ signedOn: undefined, lender: undefined, annualRate: undefined }))
      .thenThrows(RuleViolationError, (e) =>
        expect(e.violations.map((v) => [v.rule, v.field])).toEqual([
          ['winwin-field-required', 'signedOn'],
          ['winwin-field-required', 'lender'],
          ['winwin-field-required', 'annualRate'],
        ]),
      );
  });

  it('given an Impulskrediet, when it carries a win-win field, then field-not-for-product; left undefined it is fine', () => {
    const impuls: ApplyForLoan = {
      type: 'ApplyForLoan',
      loanId,
      productCode: 'impulskrediet',
      borrower,
      amount: eur('25000.00'),
      termMonths: 60,
      purpose: 'oven',
      appliedOn: date('2021-03-10'),
      registeredBy: 'clerk-anna',
    };
    spec
      .given([])
      .when({ ...impuls, signedOn: date('2021-03-01'), lender, annualRate: Rate.parse('0.07') })
      .thenThrows(RuleViolationError, (e) =>
        expect(e.violations.map((v) => [v.rule, v.field])).toEqual([
          ['field-not-for-product', 'signedOn'],
          ['field-not-for-product', 'lender'],
          ['field-not-for-product', 'annualRate'],
        ]),
      );
    spec
      .given([])
      .when({ ...impuls, signedOn: undefined, lender: undefined, annualRate: undefined })
      .thenEvents(([e]) => {
        expect(e.type).toBe('LoanApplied');
        if (e.type !== 'LoanApplied') return;
        expect(Object.keys(e.data)).not.toEqual(
          expect.arrayContaining(['signedOn', 'lender', 'annualRate']),
        );
        expect(e.data).not.toHaveProperty('signedOn');
      });
  });

  describe('the version is chosen by the signing date (the contract date), not the receipt', () => {
    it('given a deed signed on 2020-10-06 and received on 2020-10-20, then the pre-reform version applies', () => {
      spec
        .given([])
        .when(signed('2020-10-06', { appliedOn: date('2020-10-20'), termMonths: 96 }))
        .thenEvents(([e]) => {
          if (e.type !== 'LoanApplied') throw new Error(e.type);
          expect(e.data.productVersion).toBe('winwinlening-2020-03-15');
        });
      spec
        .given([])
        .when(signed('2020-10-06', { appliedOn: date('2020-10-20'), termMonths: 60 }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['term-below-minimum']));
    });

    it('given a deed signed before the first version (2017-01-01), then product-not-offered', () => {
      spec
        .given([])
        .when(signed('2016-12-31'))
        .thenThrows(RuleViolationError, (e) => {
          expect(e.violations).toEqual([
            expect.objectContaining({ rule: 'product-not-offered', field: 'productCode' }),
          ]);
          expect(e.violations[0].message).toContain('signed on 2016-12-31');
        });
    });
  });

  describe('limit per lender, on the loan itself', () => {
    it.each([
      ['2020-10-06', '50000.00', '50000.01'],
      ['2020-10-07', '75000.00', '75000.01'],
    ])('given a deed signed on %s, then %s is accepted and %s refused', (day, ok, tooMuch) => {
      spec
        .given([])
        .when(signed(day, { amount: eur(ok) }))
        .thenEvents((ev) => expect(ev).toHaveLength(1));
      spec
        .given([])
        .when(signed(day, { amount: eur(tooMuch) }))
        .thenThrows(RuleViolationError, (e) => {
          expect(e.violations).toEqual([
            expect.objectContaining({ rule: 'amount-above-lender-limit', field: 'amount' }),
          ]);
          expect(e.violations[0].message).toContain(eur(tooMuch).format('en'));
          expect(e.violations[0].message).toContain(eur(ok).format('en'));
        });
    });

    it('then an amount below EUR 1.00 is refused', () => {
      spec
        .given([])
        .when(register({ amount: eur('0.99') }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['amount-below-minimum']));
    });
  });

  describe('term', () => {
    it.each<[string, number, string[]]>([
      ['2020-10-06', 96, []],
      ['2020-10-06', 60, ['term-below-minimum']],
      ['2020-10-06', 120, ['term-above-maximum']],
      ['2020-10-06', 90, ['term-below-minimum', 'term-not-whole-years']],
      ['2020-10-07', 59, ['term-below-minimum', 'term-not-whole-years']],
      ['2020-10-07', 60, []],
      ['2020-10-07', 66, ['term-not-whole-years']],
      ['2020-10-07', 96, []],
      ['2020-10-07', 120, []],
      ['2020-10-07', 132, ['term-above-maximum']],
    ])('given a deed signed on %s, a term of %i months: %j', (day, termMonths, expected) => {
      const when = spec.given([]).when(signed(day, { termMonths }));
      if (expected.length === 0) when.thenEvents((ev) => expect(ev).toHaveLength(1));
      else when.thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(expected));
    });

    it('then a term other than 8 years before the reform says so', () => {
      spec
        .given([])
        .when(signed('2020-10-06', { termMonths: 60 }))
        .thenThrows(RuleViolationError, (e) =>
          expect(e.violations[0].message).toBe(
            'a term of 60 months is not allowed: the Win-winlening for contracts dated 2020-03-15 to 2020-10-06 runs exactly 96 months (8 years)',
          ),
        );
    });
  });

  describe('excluded lenders', () => {
    const excludedBefore: LenderRelation[] = [
      'employee',
      'spouse-or-cohabitant',
      'director-or-manager',
      'shareholder-over-5-percent',
    ];
    const excludedAfter: LenderRelation[] = [
      'spouse-or-cohabitant',
      'director-or-manager',
      'shareholder-over-5-percent',
    ];
    for (const [day, excluded] of [
      ['2020-10-06', excludedBefore],
      ['2020-10-07', excludedAfter],
    ] as const) {
      for (const relation of LENDER_RELATIONS) {
        const refused = (excluded as readonly LenderRelation[]).includes(relation);
        it(`given a deed signed on ${day}, a lender who is ${relation} is ${refused ? 'refused' : 'accepted'}`, () => {
          const when = spec
            .given([])
            .when(signed(day, { lender: { ...lender, relationToBorrower: relation } }));
          if (!refused) when.thenEvents((ev) => expect(ev).toHaveLength(1));
          else
            when.thenThrows(RuleViolationError, (e) => {
              expect(e.violations).toEqual([
                expect.objectContaining({
                  rule: 'lender-relation-excluded',
                  field: 'lender.relationToBorrower',
                }),
              ]);
              expect(e.violations[0].message).toContain(relation);
              expect(e.violations[0].message).toContain(day);
            });
        });
      }
    }
  });

  describe('rate band of the contract year', () => {
    it.each<[string, string[]]>([
      ['0.0074', ['rate-below-band']],
      ['0.0075', []],
      ['0.015', []],
      ['0.0151', ['rate-above-band']],
    ])('given a deed of 2021 at %s: %j', (rate, expected) => {
      const when = spec.given([]).when(register({ annualRate: Rate.parse(rate) }));
      if (expected.length === 0) when.thenEvents((ev) => expect(ev).toHaveLength(1));
      else
        when.thenThrows(RuleViolationError, (e) => {
          expect(rules(e)).toEqual(expected);
          expect(e.violations[0].message).toContain('0.75 % to 1.5 %');
        });
    });

    it('takes the year of signing, not of receipt: a deed of 2020-12-20 received in 2021 is held to the 2020 band', () => {
      spec
        .given([])
        .when(register({ signedOn: date('2020-12-20'), annualRate: Rate.parse('0.0175') }))
        .thenEvents((ev) => expect(ev).toHaveLength(1));
      spec
        .given([])
        .when(register({ signedOn: date('2020-12-20'), annualRate: Rate.parse('0.0080') }))
        .thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(['rate-below-band']));
    });

    it.each(['2019-06-01', '2023-06-01'])(
      'given a deed signed on %s, a year missing from the table, then rate-band-unknown',
      (day) => {
        const year = day.slice(0, 4);
        spec
          .given([])
          .when(signed(day))
          .thenThrows(RuleViolationError, (e) => {
            expect(e.violations).toEqual([
              expect.objectContaining({ rule: 'rate-band-unknown', field: 'annualRate' }),
            ]);
            expect(e.violations[0].message).toContain(`legal interest rate of ${year}`);
            expect(e.violations[0].message).toContain('must be added');
          });
      },
    );
  });

  describe('deed received within 3 months of signing', () => {
    it.each<[string, string, string[]]>([
      ['2021-03-01', '2021-06-01', []],
      ['2021-03-01', '2021-06-02', ['deed-received-too-late']],
      // 30 November + 3 months is 28 February.
      ['2020-11-30', '2021-02-28', []],
      ['2020-11-30', '2021-03-01', ['deed-received-too-late']],
      ['2021-03-01', '2021-03-01', []],
      ['2021-03-11', '2021-03-10', ['signed-after-application']],
    ])('given a deed signed on %s and received on %s: %j', (signedOn, appliedOn, expected) => {
      const when = spec
        .given([])
        .when(register({ signedOn: date(signedOn), appliedOn: date(appliedOn) }));
      if (expected.length === 0) when.thenEvents((ev) => expect(ev).toHaveLength(1));
      else when.thenThrows(RuleViolationError, (e) => expect(rules(e)).toEqual(expected));
    });

    it('then the message names the deadline', () => {
      spec
        .given([])
        .when(register({ appliedOn: date('2021-06-02') }))
        .thenThrows(RuleViolationError, (e) =>
          expect(e.violations[0].message).toBe(
            'the deed signed on 2021-03-01 was received on 2021-06-02, after the deadline of 2021-06-01 (3 months after signing)',
          ),
        );
    });
  });

  it('then a borrower outside Flanders is refused', () => {
    spec
      .given([])
      .when(register({ borrower: { ...borrower, province: 'Luik' } }))
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual(['borrower-outside-flanders']),
      );
  });

  it('then every broken rule is reported at once', () => {
    spec
      .given([])
      .when(
        register({
          amount: eur('80000.00'),
          termMonths: 66,
          lender: { ...lender, relationToBorrower: 'spouse-or-cohabitant' },
          annualRate: Rate.parse('0.02'),
          appliedOn: date('2021-07-01'),
        }),
      )
      .thenThrows(RuleViolationError, (e) =>
        expect(rules(e)).toEqual([
          'term-not-whole-years',
          'amount-above-lender-limit',
          'lender-relation-excluded',
          'rate-above-band',
          'deed-received-too-late',
        ]),
      );
  });
});

describe('win-win loan: the registration (ApproveLoan)', () => {
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

describe('helpers for the application service', () => {
  it('needsWinwinExposure: only for an open win-win application', () => {
    expect(needsWinwinExposure(initialLoanState)).toBe(false);
    expect(needsWinwinExposure(foldLoan([applied]))).toBe(true);
    expect(needsWinwinExposure(foldLoan([applied, registered]))).toBe(false);
    const impuls = foldLoan([
      {
        ...applied,
        data: {
          ...applied.data,
          productCode: 'impulskrediet',
          productVersion: 'impulskrediet-2021-02',
        },
      } as LoanEvent,
    ]);
    expect(needsWinwinExposure(impuls)).toBe(false);
  });

  it('winwinLimitsFor: the limits of the version of the signing date', () => {
    const limits = winwinLimitsFor(foldLoan([applied]), defaultCatalogue());
    expect(limits?.productVersion).toBe('winwinlening-2020-10-07');
    expect(limits?.maxPerBorrower.toString()).toBe('300000.00');
    expect(limits?.maxPerLender.toString()).toBe('75000.00');
    expect(limits?.lenderLimit).toBe('total');
    const old = foldLoan([appliedFor(signed('2020-10-06'))]);
    expect(winwinLimitsFor(old, defaultCatalogue({ winwinLenderLimit: 'per-loan' }))).toEqual({
      productVersion: 'winwinlening-2020-03-15',
      maxPerBorrower: eur('200000.00'),
      maxPerLender: eur('50000.00'),
      lenderLimit: 'per-loan',
    });
    expect(winwinLimitsFor(initialLoanState, defaultCatalogue())).toBeUndefined();
  });
});
