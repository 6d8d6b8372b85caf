import fc from 'fast-check';
import { loanIdRange, MAX_TOKEN_LENGTH, queryTokens, searchTokens } from './search';

/** Whether a name is found by a query, as the read model's `@>` answers it. */
const finds = (name: string, query: string) => {
  const tokens = new Set(searchTokens(name));
  const wanted = queryTokens(query);
  return wanted.length > 0 && wanted.every((t) => tokens.has(t));
};

describe('searching loans by the borrower’s name', () => {
  it('finds a name by the start of each of its words, whatever the case and accents', () => {
    // given a company's name as registered
    const name = 'Bakkerij Jansens BV';
    // when a clerk types parts of it, then it is found
    expect(finds(name, 'bakk')).toBe(true);
    expect(finds(name, 'BAKKERIJ jan')).toBe(true);
    expect(finds(name, 'jansens bv')).toBe(true);
    // and not by the middle of a word or a word it does not have
    expect(finds(name, 'kkerij')).toBe(false);
    expect(finds(name, 'bakkerij peeters')).toBe(false);
  });

  it('folds accents and ligatures both ways', () => {
    expect(finds('Café De Kroon', 'cafe kroon')).toBe(true);
    expect(finds('Cafe De Kroon', 'café')).toBe(true);
    expect(finds('ＡＢＣ Consult', 'abc')).toBe(true); // full-width forms
    expect(finds('Straße GmbH', 'strasse')).toBe(true); // full case folding: ß is ss
    expect(finds('Strasse GmbH', 'straße')).toBe(true);
  });

  it('keeps each token once and long words by their first characters', () => {
    const tokens = searchTokens('Aa aa Supercalifragilisticexpialidocious');
    expect(tokens.filter((t) => t === 'aa')).toHaveLength(1);
    expect(Math.max(...tokens.map((t) => [...t].length))).toBe(MAX_TOKEN_LENGTH);
    expect(finds('Supercalifragilisticexpialidocious NV', 'supercalifragilisticexpi')).toBe(true);
  });

  it('finds nothing for a query without a word', () => {
    expect(queryTokens(' .,- ')).toEqual([]);
    expect(finds('Bakkerij Jansens BV', '')).toBe(false);
  });

  it('finds every name by any prefix of any of its words (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-zÀ-ÿ0-9]{1,25}$/), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.integer({ min: 1, max: 30 }),
        (words, pick, length) => {
          const word = words[pick % words.length];
          return finds(words.join(' '), word.slice(0, length));
        },
      ),
    );
  });
});

describe('searching loans by a loan id prefix', () => {
  it('gives the range of ids that start with it', () => {
    expect(loanIdRange('d3743642-08')).toEqual([
      'd3743642-0800-0000-0000-000000000000',
      'd3743642-08ff-ffff-ffff-ffffffffffff',
    ]);
    expect(loanIdRange('D374')).toEqual([
      'd3740000-0000-0000-0000-000000000000',
      'd374ffff-ffff-ffff-ffff-ffffffffffff',
    ]);
  });

  it('is no range for text that is not a hexadecimal prefix of at least 4 digits', () => {
    expect(loanIdRange('d37')).toBeUndefined();
    expect(loanIdRange('bakkerij')).toBeUndefined();
    expect(loanIdRange('0403.170.701')).toBeUndefined();
  });

  it('holds every id that starts with the prefix (property)', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.integer({ min: 4, max: 36 }), (id, length) => {
        const prefix = id.slice(0, length);
        const range = loanIdRange(prefix);
        if (prefix.replace(/-/g, '').length < 4) return range === undefined;
        return range !== undefined && range[0] <= id && id <= range[1];
      }),
    );
  });
});
