import { formatMonths } from './format';

// Amounts, percentages and dates: libs/locale/src/*.spec.ts.
describe('formatMonths', () => {
  it.each([
    [1, '1 maand', '1 month', '1 mois'],
    [11, '11 maanden', '11 months', '11 mois'],
    [12, '12 maanden (1 jaar)', '12 months (1 year)', '12 mois (1 an)'],
    [57, '57 maanden', '57 months', '57 mois'],
    [60, '60 maanden (5 jaar)', '60 months (5 years)', '60 mois (5 ans)'],
  ])('given %i months, writes "%s" / "%s" / "%s"', (months, nl, en, fr) => {
    expect(formatMonths(months, 'nl')).toBe(nl);
    expect(formatMonths(months, 'fr')).toBe(fr);
    expect(formatMonths(months, 'en')).toBe(en);
  });
});
