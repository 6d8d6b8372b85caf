import { LocalDate } from '@js-joda/core';
import { Money } from '../money/money';
import { Rate } from '../money/rate';
import { FeeComputationError, accruedInterest } from './index';

const d = (iso: string): LocalDate => LocalDate.parse(iso);

describe('accruedInterest', () => {
  it.each([
    ['10000.00', '0.06', '2021-01-01', '2021-01-31', 30, '49.32'], // 49.3150…
    ['10000.00', '0.06', '2021-01-01', '2022-01-01', 365, '600.00'],
    ['10000.00', '0.06', '2024-01-01', '2025-01-01', 366, '601.64'], // leap year: 366/365
    ['1205684.00', '0.0259', '2013-11-08', '2014-01-01', 54, '4619.92'], // 4619.9168…
    ['73.00', '0.05', '2021-03-01', '2021-03-02', 1, '0.01'], // 0.01 exactly
    ['36.50', '0.05', '2021-03-01', '2021-03-02', 1, '0.01'], // 0.005 → half up
    ['10000.00', '0.06', '2021-05-05', '2021-05-05', 0, '0.00'],
  ])(
    'given %s at %s from %s to %s then %i days and %s',
    (outstanding, rate, from, to, days, expected) => {
      const result = accruedInterest(Money.parse(outstanding), Rate.parse(rate), d(from), d(to));
      expect(result.days).toBe(days);
      expect(result.interest.toString()).toBe(expected);
    },
  );

  it('gives its lines', () => {
    const result = accruedInterest(
      Money.parse('10000'),
      Rate.parse('0.06'),
      d('2021-01-01'),
      d('2021-01-31'),
    );
    expect(result.lines).toEqual([
      { label: 'outstanding capital', value: '10,000.00' },
      { label: 'period', value: '2021-01-01 to 2021-01-31: 30 days' },
      { label: 'interest at 6 % for 30 days / 365', value: '49.32' },
    ]);
  });

  it('given an end before the start then it refuses', () => {
    expect(() =>
      accruedInterest(Money.parse('1'), Rate.parse('0.06'), d('2021-02-01'), d('2021-01-31')),
    ).toThrow(FeeComputationError);
  });
});
