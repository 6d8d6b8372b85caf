import type { ColumnKind } from '../model';
import { NO_VALUE, formatCell, formatFigure } from './format';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

// The formats themselves (every digit kept, plurals, dates): libs/locale/src/*.spec.ts.
describe('formatCell and formatFigure', () => {
  const kinds: ColumnKind[] = [
    'text',
    'integer',
    'money',
    'ratio',
    'date',
    'month',
    'label-number',
  ];

  it.each(kinds)('given null in a %s cell, then it reads "–" in every language', (kind) => {
    for (const language of ['nl', 'fr', 'en'] as const) {
      expect(formatCell(kind, null, language)).toBe(NO_VALUE);
      expect(formatFigure(kind, null, language)).toBe('–');
    }
  });

  it.each([
    ['integer', 3393, '3.393', `3${NNBSP}393`, '3,393'],
    ['label-number', 2021, '2021', '2021', '2021'],
    ['money', '-412300.18', '-412.300,18', `-412${NNBSP}300,18`, '-412,300.18'],
    ['ratio', '0.0230', '2,30 %', `2,30${NBSP}%`, '2.30 %'],
    ['date', '2021-05-31', '31 mei 2021', '31 mai 2021', '31 May 2021'],
    ['month', '2021-05', 'mei 2021', 'mai 2021', 'May 2021'],
    ['text', 'Impulskrediet', 'Impulskrediet', 'Impulskrediet', 'Impulskrediet'],
  ] as const)(
    'given a %s cell %j, when formatted for a table, then %j / %j / %j',
    (kind, value, nl, fr, en) => {
      expect(formatCell(kind, value, 'nl')).toBe(nl);
      expect(formatCell(kind, value, 'fr')).toBe(fr);
      expect(formatCell(kind, value, 'en')).toBe(en);
    },
  );

  it('given money standing alone, then it carries its currency where the language puts it', () => {
    expect(formatFigure('money', '63679942.23', 'nl')).toBe('63.679.942,23 EUR');
    expect(formatFigure('money', '63679942.23', 'fr')).toBe(
      `63${NNBSP}679${NNBSP}942,23${NBSP}EUR`,
    );
    expect(formatFigure('money', '63679942.23', 'en')).toBe('EUR 63,679,942.23');
    expect(formatFigure('integer', 361, 'nl')).toBe('361');
    expect(formatFigure('date', '2021-01-01', 'fr')).toBe('1er janvier 2021');
  });

  it('given a cell of the wrong type or shape for its column, then it throws', () => {
    expect(() => formatCell('money', 1234.5, 'nl')).toThrow(RangeError);
    expect(() => formatCell('money', '1234.5', 'nl')).toThrow(RangeError);
    expect(() => formatCell('integer', '3393', 'fr')).toThrow(RangeError);
    expect(() => formatCell('ratio', 0.49, 'en')).toThrow(RangeError);
    expect(() => formatCell('date', '2021-02-30', 'en')).toThrow();
    expect(() => formatCell('month', '2021-13', 'en')).toThrow();
  });
});
