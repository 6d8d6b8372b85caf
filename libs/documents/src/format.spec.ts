import { LocalDate } from '@js-joda/core';
import { Money, MoneyFormatError, Rate } from '@loanbook/domain';
import { formatAmount, formatDate, formatMonths, formatPercent } from './format';

describe('formatAmount', () => {
  it.each([
    ['25000.00', '25.000,00 EUR', 'EUR 25,000.00'],
    ['875.00', '875,00 EUR', 'EUR 875.00'],
    ['0.05', '0,05 EUR', 'EUR 0.05'],
    ['1000.00', '1.000,00 EUR', 'EUR 1,000.00'],
    ['999.99', '999,99 EUR', 'EUR 999.99'],
  ])('given %s, writes it the Belgian way in Dutch and in English', (amount, nl, en) => {
    expect(formatAmount(amount, 'nl')).toBe(nl);
    expect(formatAmount(Money.parse(amount), 'en')).toBe(en);
  });

  it('given an amount beyond a float’s precision, keeps every digit', () => {
    // 2^53 is about 9.0e15: as a JavaScript number the last digits would change.
    expect(formatAmount('12345678901234567.89', 'nl')).toBe('12.345.678.901.234.567,89 EUR');
    expect(formatAmount('12345678901234567.89', 'en')).toBe('EUR 12,345,678,901,234,567.89');
  });

  it('given text that is not an amount, refuses it', () => {
    expect(() => formatAmount('25.000,00', 'nl')).toThrow(MoneyFormatError);
  });
});

describe('formatPercent', () => {
  it.each([
    ['0.07', 2, '7,00 %', '7.00 %'],
    ['0.0675', 2, '6,75 %', '6.75 %'],
    ['0.00412', 2, '0,412 %', '0.412 %'],
    ['0.00875', 2, '0,875 %', '0.875 %'],
    ['0.30', 0, '30 %', '30 %'],
    ['0.4', 0, '40 %', '40 %'],
  ])('given %s with at least %i decimals, writes %s / %s', (rate, decimals, nl, en) => {
    expect(formatPercent(rate, 'nl', decimals)).toBe(nl);
    expect(formatPercent(Rate.parse(rate), 'en', decimals)).toBe(en);
  });
});

describe('formatDate', () => {
  const nl = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus'];
  const nlEnd = ['september', 'oktober', 'november', 'december'];
  const en = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'];
  const enEnd = ['September', 'October', 'November', 'December'];

  it.each([...nl, ...nlEnd].map((name, index) => [index + 1, name, [...en, ...enEnd][index]]))(
    'given month %i, writes "%s" in Dutch and "%s" in English',
    (month, dutch, english) => {
      const date = LocalDate.of(2018, month as number, 5);
      expect(formatDate(date, 'nl')).toBe(`5 ${dutch} 2018`);
      expect(formatDate(date, 'en')).toBe(`5 ${english} 2018`);
    },
  );

  it('given an ISO string, reads it as a business date', () => {
    expect(formatDate('2018-03-15', 'nl')).toBe('15 maart 2018');
    expect(formatDate('2018-03-15', 'en')).toBe('15 March 2018');
  });

  it('given a day that does not exist, refuses it', () => {
    expect(() => formatDate('2018-02-30', 'nl')).toThrow(/does not exist/);
  });
});

describe('formatMonths', () => {
  it.each([
    [1, '1 maand', '1 month'],
    [11, '11 maanden', '11 months'],
    [12, '12 maanden (1 jaar)', '12 months (1 year)'],
    [57, '57 maanden', '57 months'],
    [60, '60 maanden (5 jaar)', '60 months (5 years)'],
  ])('given %i months, writes "%s" / "%s"', (months, nl, en) => {
    expect(formatMonths(months, 'nl')).toBe(nl);
    expect(formatMonths(months, 'en')).toBe(en);
  });
});
