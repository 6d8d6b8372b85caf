import { stringify, type Options } from 'csv-stringify/sync';

/**
 * The project's one writer of tabular text (CSV) and of spreadsheet text cells. Every export goes
 * through it, so that none can forget OWASP's CSV-injection rule: a spreadsheet reads a cell that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula (`=HYPERLINK(…)`,
 * `@SUM(…)`), so such a text cell gets a leading apostrophe. Numbers stay numbers: a negative
 * amount ("-12.30") is not text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** Records to CSV (csv-stringify: comma, "\n", quoting as needed), every text cell neutralised. */
export function writeCsv(records: readonly unknown[][], options: Options = {}): string {
  return stringify(records as unknown[][], {
    ...options,
    cast: { ...options.cast, string: (value: string) => neutraliseFormula(value) },
  });
}
