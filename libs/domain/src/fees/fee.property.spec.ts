import { LocalDate } from '@js-joda/core';
import fc from 'fast-check';
import type { LoanCommand, LoanEvent } from '../loan';
import { decide, foldLoan, type DecisionContext, type LoanState } from '../loan';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import { defaultCatalogue } from '../products';
import { fixedClock } from '../time';
import {
  FeeComputationError,
  approximateReinvestmentFee,
  averageLifeOf,
  earlyRepaymentFee,
  exactReinvestmentFee,
  referenceCurve,
  smallCreditFeeCap,
  type ReferenceCurve,
} from './index';

// Properties of the money the fees and claims charge, checked against an oracle in whole
// cents (bigint), never through a JavaScript number. early-repayment-fee.spec.ts and
// standard-scheme.spec.ts hold the properties on credits up to 1 million and on a stated
// reference rate; these add the 2018 threshold, reference curves, and the deciders.

const RUNS = { numRuns: 200 };

/** a / b rounded half up, a ≥ 0, b > 0. */
const halfUp = (a: bigint, b: bigint): bigint => (2n * a + b) / (2n * b);
const rateText = (millionths: number): string =>
  `0.${millionths.toString().padStart(6, '0')}`.replace(/0+$/, '').replace(/\.$/, '.0');
const millionths = fc.oneof(
  fc.integer({ min: 0, max: 250_000 }),
  fc.constantFrom(0, 1, 60_000, 250_000),
);
const day = (from: string, to: string) =>
  fc
    .integer({ min: LocalDate.parse(from).toEpochDay(), max: LocalDate.parse(to).toEpochDay() })
    .map((d) => LocalDate.ofEpochDay(d));
const cents = (min: bigint, max: bigint) => fc.bigInt({ min, max });

describe('the six months’ interest cap (DOMAIN.md 4.3, small credits)', () => {
  it('the cap is capital × rate / 2, rounded half up to the cent: never more', () => {
    fc.assert(
      fc.property(cents(0n, 10_000_000_00n), millionths, (c, m) => {
        const cap = smallCreditFeeCap({
          capitalRepaid: Money.ofCents(c),
          annualRate: Rate.parse(rateText(m)),
        });
        // c cents × m / 10^6 × 6 / 12
        expect(cap.fee.cents).toBe(halfUp(c * BigInt(m), 2_000_000n));
        // Rounding adds at most half a cent: 2 × fee ≤ capital × rate + 1 cent.
        expect(2n * cap.fee.cents * 1_000_000n <= c * BigInt(m) + 1_000_000n).toBe(true);
      }),
      RUNS,
    );
  });

  it('earlyRepaymentFee (legal maximum) charges exactly the cap for credits up to 2 million from 2018-01-08', () => {
    fc.assert(
      fc.property(
        cents(1n, 2_000_000_00n),
        fc.bigInt({ min: 0n, max: 1000n }),
        millionths,
        day('2018-01-08', '2040-12-31'),
        (credit, share, m, contractDate) => {
          const capital = (credit * share) / 1000n;
          const rate = Rate.parse(rateText(m));
          const result = earlyRepaymentFee({
            rule: 'legal-maximum',
            creditAmount: Money.ofCents(credit),
            contractDate,
            capitalRepaid: Money.ofCents(capital),
            contractRate: rate,
          });
          expect(result.regime).toBe('six-months-cap');
          expect(result.fee).toEqual(
            smallCreditFeeCap({ capitalRepaid: Money.ofCents(capital), annualRate: rate }).fee,
          );
          expect(result.fee.cents).toBe(halfUp(capital * BigInt(m), 2_000_000n));
        },
      ),
      RUNS,
    );
  });

  it('a credit above 1 million signed from 2014-01-10 to 2018-01-07 is not small: the standard scheme needs its input', () => {
    fc.assert(
      fc.property(
        cents(1_000_000_01n, 2_000_000_00n),
        day('2014-01-10', '2018-01-07'),
        (credit, contractDate) => {
          let caught: unknown;
          try {
            earlyRepaymentFee({
              rule: 'legal-maximum',
              creditAmount: Money.ofCents(credit),
              contractDate,
              capitalRepaid: Money.ofCents(credit),
              contractRate: Rate.parse('0.04'),
            });
          } catch (e) {
            caught = e;
          }
          expect(caught).toBeInstanceOf(FeeComputationError);
        },
      ),
      { numRuns: 50 },
    );
  });
});

/** A recorded curve: Euribor up to 12 months, IRS beyond, 0 to 10 % at random tenors. */
const curveArb: fc.Arbitrary<ReferenceCurve> = fc
  .uniqueArray(fc.integer({ min: 1, max: 360 }), { minLength: 1, maxLength: 8 })
  .chain((tenors) =>
    fc
      .array(fc.integer({ min: 0, max: 100_000 }), {
        minLength: tenors.length,
        maxLength: tenors.length,
      })
      .map((rates) =>
        referenceCurve({
          recordedOn: LocalDate.of(2019, 2, 1),
          points: [...tenors]
            .sort((a, b) => a - b)
            .map((tenorMonths, i) => ({
              tenorMonths,
              kind: tenorMonths <= 12 ? ('euribor' as const) : ('irs' as const),
              rate: Rate.parse(rateText(rates[i])),
            })),
        }),
      ),
  );
const remaining = fc.record({
  amortisation: fc.constantFrom('linear' as const, 'bullet' as const),
  periods: fc.integer({ min: 1, max: 60 }),
  periodMonths: fc.constantFrom(1, 3, 6, 12),
});

describe('the standard scheme on a reference curve (DOMAIN.md 4.3, credits above the threshold)', () => {
  it('the fee is never negative, and the exact (discounted) fee never exceeds the approximate one over the same average life', () => {
    fc.assert(
      fc.property(
        cents(0n, 10_000_000_00n),
        millionths,
        remaining,
        curveArb,
        (c, m, schedule, curve) => {
          const input = {
            capital: Money.ofCents(c),
            contractRate: Rate.parse(rateText(m)),
            reference: { curve },
          };
          const approximate = approximateReinvestmentFee({
            ...input,
            averageRemainingLifeMonths: averageLifeOf(schedule),
          });
          const exact = exactReinvestmentFee({ ...input, schedule });
          expect(approximate.fee.isNegative()).toBe(false);
          expect(exact.fee.isNegative()).toBe(false);
          // Both read the curve at the same tenor: one reference rate, 0 % or more.
          expect(exact.referenceRate.eq(approximate.referenceRate)).toBe(true);
          expect(exact.fee.lte(approximate.fee)).toBe(true);
          // Undiscounted, the exact model gives the approximate figure back: the gap is the
          // discounting alone.
          if (approximate.fee.isPositive()) {
            expect(Money.fromDecimal(exact.undiscounted)).toEqual(approximate.fee);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('through earlyRepaymentFee, a credit above 2 million is charged the standard fee, never negative', () => {
    fc.assert(
      fc.property(
        cents(2_000_000_01n, 10_000_000_00n),
        fc.bigInt({ min: 0n, max: 1000n }),
        millionths,
        remaining,
        curveArb,
        fc.constantFrom('exact' as const, 'approximate' as const),
        (credit, share, m, schedule, curve, method) => {
          const capital = Money.ofCents((credit * share) / 1000n);
          const contractRate = Rate.parse(rateText(m));
          const reference = { curve };
          const result = earlyRepaymentFee({
            rule: 'legal-maximum',
            creditAmount: Money.ofCents(credit),
            contractDate: LocalDate.of(2019, 1, 10),
            capitalRepaid: capital,
            contractRate,
            standard:
              method === 'exact'
                ? { method, schedule, reference }
                : { method, averageRemainingLifeMonths: averageLifeOf(schedule), reference },
          });
          expect(result.regime).toBe('standard');
          expect(result.fee.isNegative()).toBe(false);
          // The figure is the scheme's own, not capped at six months' interest.
          const direct =
            method === 'exact'
              ? exactReinvestmentFee({ capital, contractRate, schedule, reference })
              : approximateReinvestmentFee({
                  capital,
                  contractRate,
                  averageRemainingLifeMonths: averageLifeOf(schedule),
                  reference,
                });
          expect(result.fee).toEqual(direct.fee);
        },
      ),
      { numRuns: 100 },
    );
  });
});

// ---- the deciders' money ---------------------------------------------------------

const loanId = '4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a';
const ctx: DecisionContext = {
  catalogue: defaultCatalogue(),
  clock: fixedClock('2026-11-21T10:00:00Z'),
  winwinExposure: { borrowerRegistered: Money.zero(), lenderRegistered: Money.zero() },
};
const borrower = {
  enterpriseNumber: '0403.170.701',
  name: 'Brouwerij De Klok',
  province: 'Limburg',
};

function run(commands: LoanCommand[]): LoanState {
  return commands.reduce<LoanState>((state, command) => {
    const events: LoanEvent[] = decide(command, state, ctx);
    return foldLoan(events, state);
  }, foldLoan([]));
}

describe('the fee an Impulskrediet is charged on early repayment', () => {
  // 25,000.00 at 6 % over 60 months (approved 2018-03-15), paid out 2018-03-20.
  const active = run([
    {
      type: 'ApplyForLoan',
      loanId,
      productCode: 'impulskrediet',
      borrower,
      amount: Money.parse('25000.00'),
      termMonths: 60,
      purpose: 'oven',
      appliedOn: LocalDate.of(2018, 3, 1),
      registeredBy: 'clerk-anna',
    },
    {
      type: 'ApproveLoan',
      loanId,
      approvedOn: LocalDate.of(2018, 3, 15),
      officer: { id: 'officer-bart' },
    },
    { type: 'DisburseLoan', loanId, disbursedOn: LocalDate.of(2018, 3, 20) },
  ]);

  it('is the six months’ cap on the capital repaid, whatever the amount', () => {
    fc.assert(
      fc.property(cents(1n, 25_000_00n), day('2018-03-20', '2018-04-19'), (c, on) => {
        const [made] = decide(
          { type: 'RepayEarly', loanId, repaidOn: on, amount: Money.ofCents(c) },
          active,
          ctx,
        );
        if (made.type !== 'EarlyRepaymentMade') throw new Error(made.type);
        expect(made.data.feeRegime).toBe('six-months-cap');
        // c × 6 % / 2 = c × 3 / 100
        expect(Money.parse(made.data.fee).cents).toBe(halfUp(c * 3n, 100n));
      }),
      RUNS,
    );
  });
});

describe('the win-win government guarantee claim (DOMAIN.md 3.2)', () => {
  /** A win-win loan of 50,000.00 signed on `signedOn`, in default for bankruptcy in 2023. */
  const bankrupt = (signedOn: string) => {
    const signed = LocalDate.parse(signedOn);
    return run([
      {
        type: 'ApplyForLoan',
        loanId,
        productCode: 'winwinlening',
        borrower,
        amount: Money.parse('50000.00'),
        termMonths: signed.isBefore(LocalDate.of(2020, 10, 7)) ? 96 : 60,
        purpose: 'delivery van',
        appliedOn: signed.plusDays(5),
        signedOn: signed,
        lender: { id: 'lender-17', name: 'An Janssens', relationToBorrower: 'friend' },
        annualRate: Rate.parse('0.01'),
        registeredBy: 'clerk-anna',
      },
      {
        type: 'ApproveLoan',
        loanId,
        approvedOn: signed.plusDays(7),
        officer: { id: 'officer-bart' },
      },
      { type: 'DisburseLoan', loanId, disbursedOn: signed.plusDays(10) },
      {
        type: 'DeclareDefault',
        loanId,
        defaultedOn: LocalDate.of(2023, 6, 1),
        cause: 'bankruptcy',
      },
    ]);
  };
  const byShare = [
    { state: bankrupt('2020-03-14'), percent: 30n },
    { state: bankrupt('2020-03-15'), percent: 40n },
    { state: bankrupt('2021-12-31'), percent: 40n },
    { state: bankrupt('2022-01-01'), percent: 30n },
  ];

  it('is the version’s share of the loss, rounded half up, and never more than 40 % of it (plus at most half a cent)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...byShare),
        cents(1n, 50_000_00n),
        ({ state, percent }, lost) => {
          const [claimed] = decide(
            {
              type: 'ClaimGovernmentGuarantee',
              loanId,
              claimedOn: LocalDate.of(2024, 1, 10),
              principalLost: Money.ofCents(lost),
            },
            state,
            ctx,
          );
          if (claimed.type !== 'GovernmentGuaranteeClaimed') throw new Error(claimed.type);
          const claim = Money.parse(claimed.data.claim).cents;
          expect(claim).toBe(halfUp(lost * percent, 100n));
          // 100 × claim ≤ 40 × loss + 50: at most half a cent above 40 % of the loss.
          expect(100n * claim <= 40n * lost + 50n).toBe(true);
          expect(claim <= lost).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
