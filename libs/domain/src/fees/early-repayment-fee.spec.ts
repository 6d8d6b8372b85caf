import { LocalDate } from '@js-joda/core';
import fc from 'fast-check';
import { Dec } from '../money/decimal';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import { FeeComputationError, earlyRepaymentFee } from './index';

const d = (iso: string): LocalDate => LocalDate.parse(iso);
const m = (text: string): Money => Money.parse(text);

describe('earlyRepaymentFee', () => {
  it('given a small credit under the legal maximum then 6 months of interest on the capital repaid', () => {
    const result = earlyRepaymentFee({
      rule: 'legal-maximum',
      creditAmount: m('250000'),
      contractDate: d('2021-03-01'),
      capitalRepaid: m('100000'),
      contractRate: Rate.parse('0.06'),
    });
    expect(result.regime).toBe('six-months-cap');
    expect(result.fee.toString()).toBe('3000.00');
    expect(result.lines[0]).toEqual({ label: 'product rule', value: 'the legal maximum' });
    expect(result.lines).toContainEqual({
      label: '6 months of interest at 6 %',
      value: '3,000.00',
    });
    expect(result.lines[result.lines.length - 1]).toEqual({
      label: 'reinvestment fee',
      value: '3,000.00',
    });
  });

  it('given the worked example (a credit above the threshold) then the standard scheme: 51,492.75', () => {
    const result = earlyRepaymentFee({
      rule: 'legal-maximum',
      creditAmount: m('3000000'),
      contractDate: d('2010-01-04'),
      capitalRepaid: m('1205684.00'),
      contractRate: Rate.parse('0.0259'),
      standard: {
        method: 'approximate',
        averageRemainingLifeMonths: 25,
        reference: { override: Rate.parse('0.0054') },
      },
    });
    expect(result.regime).toBe('standard');
    expect(result.fee.toString()).toBe('51492.75');
    expect(result.lines).toContainEqual({
      label: 'fee scheme',
      value: 'standard: no small-credit cap rule applies to contracts before 2014-01-10',
    });
  });

  it('given the exact method then the discounted figure', () => {
    const result = earlyRepaymentFee({
      rule: 'legal-maximum',
      creditAmount: m('2000000.01'),
      contractDate: d('2018-01-08'),
      capitalRepaid: m('1205684.00'),
      contractRate: Rate.parse('0.0259'),
      standard: {
        method: 'exact',
        schedule: { amortisation: 'linear', periods: 49, periodMonths: 1 },
        reference: { override: Rate.parse('0.0054') },
      },
    });
    expect(result.regime).toBe('standard');
    expect(result.fee.toString()).toBe('51102.09');
  });

  it('given the product charges nothing then 0.00 with a line saying so', () => {
    const result = earlyRepaymentFee({
      rule: 'none',
      creditAmount: m('3000000'),
      contractDate: d('2020-01-01'),
      capitalRepaid: m('1000000'),
      contractRate: Rate.parse('0.05'),
    });
    expect(result).toEqual({
      fee: Money.zero(),
      regime: 'none',
      lines: [
        {
          label: 'reinvestment fee',
          value: '0.00 (the product charges no fee on early repayment)',
        },
      ],
    });
  });

  it('given a standard-scheme credit without its figures then it says what is missing', () => {
    let caught: unknown;
    try {
      earlyRepaymentFee({
        rule: 'legal-maximum',
        creditAmount: m('2500000'),
        contractDate: d('2020-01-01'),
        capitalRepaid: m('1000000'),
        contractRate: Rate.parse('0.05'),
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(FeeComputationError);
    expect((caught as FeeComputationError).code).toBe('fee-input-invalid');
    expect((caught as Error).message).toMatch(/2,500,000\.00 falls under the standard scheme/);
  });
});

// ---- properties ---------------------------------------------------------------

const cents = (max: bigint) => fc.bigInt({ min: 0n, max }).map((c) => Money.ofCents(c));
const rate = fc
  .bigInt({ min: 0n, max: 300_000n })
  .map((millionths) => Rate.of(new Dec(millionths.toString()).dividedBy(1_000_000)));
const contractDate = fc
  .integer({
    min: LocalDate.of(2014, 1, 10).toEpochDay(),
    max: LocalDate.of(2035, 12, 31).toEpochDay(),
  })
  .map((day) => LocalDate.ofEpochDay(day));

describe('earlyRepaymentFee properties', () => {
  it('a small credit never pays more than 6 months of interest on the capital repaid', () => {
    fc.assert(
      fc.property(cents(100_000_000n), cents(100_000_000n), rate, contractDate, (a, b, r, date) => {
        // capital repaid ≤ credit amount ≤ EUR 1 million: small under every row of the table
        const [capitalRepaid, creditAmount] = a.lte(b) ? [a, b] : [b, a];
        const result = earlyRepaymentFee({
          rule: 'legal-maximum',
          creditAmount,
          contractDate: date,
          capitalRepaid,
          contractRate: r,
        });
        expect(result.regime).toBe('six-months-cap');
        const sixMonths = capitalRepaid.times(r.toDecimal()).times(6).dividedBy(12);
        // rounding half up can add at most half a cent
        expect(result.fee.toDecimal().lte(sixMonths.plus('0.005'))).toBe(true);
        expect(result.fee).toEqual(Money.fromDecimal(sixMonths));
      }),
    );
  });

  it('the fee is never negative, whatever the rule, scheme and rates', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('legal-maximum' as const, 'none' as const),
        cents(1_000_000_000n),
        cents(1_000_000_000n),
        rate,
        rate,
        contractDate,
        fc.integer({ min: 1, max: 120 }),
        (rule, creditAmount, capitalRepaid, contract, reference, date, life) => {
          const result = earlyRepaymentFee({
            rule,
            creditAmount,
            contractDate: date,
            capitalRepaid,
            contractRate: contract,
            standard: {
              method: 'approximate',
              averageRemainingLifeMonths: life,
              reference: { override: reference },
            },
          });
          expect(result.fee.isNegative()).toBe(false);
          if (rule === 'none') expect(result.fee.isZero()).toBe(true);
        },
      ),
    );
  });
});
