import { formatMonths } from './format';

// Amounts, percentages and dates: libs/locale/src/*.spec.ts.
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
