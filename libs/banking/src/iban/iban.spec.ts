import { formatIban, isIban, IbanError, parseIban, parseIbanList } from './iban';

// BE68 5390 0754 7034 is the example IBAN of the Belgian banks' documentation; the others are
// computed (mod 97 of the BBAN, then ISO 7064 for the IBAN's own check digits).
describe('parseIban', () => {
  it.each([
    ['BE68539007547034', 'BE68539007547034'],
    ['BE68 5390 0754 7034', 'BE68539007547034'],
    ['be68 5390 0754 7034', 'BE68539007547034'],
    [' BE71 0961 2345 6769 ', 'BE71096123456769'],
    ['NL91ABNA0417164300', 'NL91ABNA0417164300'],
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
  ])('reads %j as %s', (text, iban) => {
    expect(parseIban(text)).toBe(iban);
    expect(isIban(text)).toBe(true);
  });

  it.each([
    ['BE68539007547035', /check digits do not match/],
    ['BE69539007547034', /check digits do not match/],
    ['BE6853900754703', /wrong length/],
    ['XX68539007547034', /country code/],
    ['', /empty|country/],
    ['BE6853900754703A', /not shaped|check digits|not valid/],
  ])('refuses %j, saying why', (text, why) => {
    expect(() => parseIban(text)).toThrow(IbanError);
    expect(() => parseIban(text)).toThrow(why);
    expect(isIban(text)).toBe(false);
  });

  it('writes it in groups of four for people', () => {
    expect(formatIban(parseIban('BE68539007547034'))).toBe('BE68 5390 0754 7034');
  });
});

describe('parseIbanList (LENDER_IBAN)', () => {
  it('reads one IBAN or several, comma-separated, with spaces', () => {
    expect(parseIbanList('BE68 5390 0754 7034')).toEqual(['BE68539007547034']);
    expect(parseIbanList('BE68539007547034, be71 0961 2345 6769')).toEqual([
      'BE68539007547034',
      'BE71096123456769',
    ]);
  });

  it('names every bad entry in one error', () => {
    let error: Error | undefined;
    try {
      parseIbanList('BE68539007547034,BE68539007547035,,NL00ABNA0417164300');
    } catch (e) {
      error = e as Error;
    }
    expect(error).toBeInstanceOf(IbanError);
    expect(error!.message).toMatch(/^LENDER_IBAN must be IBANs/);
    expect(error!.message).toContain('"BE68539007547035"');
    expect(error!.message).toContain('entry 3 is empty');
    expect(error!.message).toContain('"NL00ABNA0417164300"');
    expect(error!.message).not.toContain('"BE68539007547034"');
  });

  it('refuses an empty setting and the same account twice', () => {
    expect(() => parseIbanList(' ')).toThrow(/LENDER_IBAN is empty/);
    expect(() => parseIbanList('BE68539007547034, BE68 5390 0754 7034')).toThrow(/given twice/);
  });
});
