import { LocalDate } from '@js-joda/core';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import {
  FeeComputationError,
  SMALL_CREDIT_THRESHOLDS,
  feeRegime,
  smallCreditFeeCap,
} from './index';

const d = (iso: string): LocalDate => LocalDate.parse(iso);
const m = (text: string): Money => Money.parse(text);

describe('feeRegime', () => {
  it.each([
    // contracts from 8 January 2018: up to EUR 2 million
    ['2000000.00', '2018-01-08', 'six-months-cap'],
    ['2000000.01', '2018-01-08', 'standard'],
    ['1500000.00', '2018-01-08', 'six-months-cap'],
    ['1500000.00', '2025-06-30', 'six-months-cap'],
    // contracts from 10 January 2014 to 7 January 2018: up to EUR 1 million
    ['1000000.00', '2017-06-01', 'six-months-cap'],
    ['1000000.01', '2017-06-01', 'standard'],
    ['1500000.00', '2018-01-07', 'standard'],
    ['1000000.00', '2018-01-07', 'six-months-cap'],
    ['1000000.00', '2014-01-10', 'six-months-cap'],
    ['1000000.01', '2014-01-10', 'standard'],
    // before 10 January 2014: DOMAIN.md gives no cap rule
    ['25000.00', '2014-01-09', 'standard'],
    ['25000.00', '2010-01-01', 'standard'],
  ])('given a credit of %s signed on %s then %s', (amount, date, regime) => {
    expect(feeRegime(m(amount), d(date)).regime).toBe(regime);
  });

  it('given a contract before the first row then the lines say no cap rule applies', () => {
    const decision = feeRegime(m('25000'), d('2014-01-09'));
    expect(decision.threshold).toBeUndefined();
    expect(decision.lines).toContainEqual({
      label: 'fee scheme',
      value: 'standard: no small-credit cap rule applies to contracts before 2014-01-10',
    });
  });

  it('names the threshold row in force', () => {
    const decision = feeRegime(m('2000000.01'), d('2018-01-08'));
    expect(decision.threshold?.maxCreditAmount.toString()).toBe('2000000.00');
    expect(decision.lines).toContainEqual({
      label: 'fee scheme',
      value: 'standard: the credit is above 2,000,000.00',
    });
  });

  it('takes the thresholds as data: another table changes the answer', () => {
    const table = [
      ...SMALL_CREDIT_THRESHOLDS,
      { validFrom: d('2030-01-01'), maxCreditAmount: m('3000000'), source: 'a future rule' },
    ];
    expect(feeRegime(m('2500000'), d('2030-01-01'), table).regime).toBe('six-months-cap');
    expect(feeRegime(m('2500000'), d('2029-12-31'), table).regime).toBe('standard');
  });

  it('given an unsorted table then it refuses', () => {
    expect(() =>
      feeRegime(m('1'), d('2020-01-01'), [...SMALL_CREDIT_THRESHOLDS].reverse()),
    ).toThrow(FeeComputationError);
  });
});

describe('smallCreditFeeCap', () => {
  it.each([
    ['100000.00', '0.06', '3000.00'],
    ['1205684.00', '0.0259', '15613.61'], // 15613.6078
    ['10000.00', '0.0333', '166.50'],
    ['0.01', '0.06', '0.00'],
    ['0.17', '0.06', '0.01'], // 0.0051 → 0.01
    ['0.00', '0.06', '0.00'],
  ])('given %s repaid at %s then at most %s', (capital, rate, expected) => {
    expect(
      smallCreditFeeCap({ capitalRepaid: m(capital), annualRate: Rate.parse(rate) }).fee.toString(),
    ).toBe(expected);
  });

  it('gives its lines', () => {
    expect(
      smallCreditFeeCap({ capitalRepaid: m('1205684'), annualRate: Rate.parse('0.0259') }).lines,
    ).toEqual([
      { label: 'capital repaid early', value: '1,205,684.00' },
      { label: '6 months of interest at 2.59 %', value: '15,613.61' },
    ]);
  });

  it('given a negative capital then it refuses', () => {
    expect(() =>
      smallCreditFeeCap({ capitalRepaid: m('-1'), annualRate: Rate.parse('0.06') }),
    ).toThrow(/cannot be negative/);
  });
});
