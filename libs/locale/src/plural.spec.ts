import { countOf, pluralForm } from './plural';

const LOAN = {
  nl: { one: 'lening', other: 'leningen' },
  fr: { one: 'prêt', other: 'prêts' },
  en: { one: 'loan', other: 'loans' },
} as const;

describe('countOf', () => {
  it.each([
    [0, '0 leningen', '0 prêt', '0 loans'],
    [1, '1 lening', '1 prêt', '1 loan'],
    [2, '2 leningen', '2 prêts', '2 loans'],
    [3393, '3.393 leningen', '3\u202f393 prêts', '3,393 loans'],
    // French has a "many" form for millions; the noun is then the plural one.
    [1_000_000, '1.000.000 leningen', '1\u202f000\u202f000 prêts', '1,000,000 loans'],
  ])('given %d loans, then %j / %j / %j', (n, nl, fr, en) => {
    expect(countOf(n, LOAN.nl, 'nl')).toBe(nl);
    expect(countOf(n, LOAN.fr, 'fr')).toBe(fr);
    expect(countOf(n, LOAN.en, 'en')).toBe(en);
  });

  it('given one, then the singular in every language', () => {
    for (const language of ['nl', 'fr', 'en'] as const) {
      expect(pluralForm(1, LOAN[language], language)).toBe(LOAN[language].one);
    }
  });
});
