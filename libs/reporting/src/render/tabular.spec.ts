import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { reportTables } from '../model';
import { sampleReport } from '../testing/sample-report';
import { renderCsvFile } from './csv';
import { neutraliseFormula, writeCsv } from './tabular';
import { renderXlsx } from './xlsx';

// OWASP's CSV-injection rule in the one writer every export uses.

describe('the tabular writer neutralises formulas in text cells', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+32 2 123 45 67', `'+32 2 123 45 67`],
    ['-cmd|calc', `'-cmd|calc`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\tTab', `'\tTab`],
    ['\rReturn', `'\rReturn`],
  ])('given the text %j, when written, then it starts with an apostrophe', (text, safe) => {
    expect(neutraliseFormula(text)).toBe(safe);
    expect(writeCsv([[text]])).toContain(safe.replace(/"/g, '""'));
  });

  it('given numbers, a negative amount among them, when written, then they stay as they are', () => {
    expect(writeCsv([['-12.30', '1234.50', 7, null, 'Bakkerij Peeters']])).toBe(
      '-12.30,1234.50,7,,Bakkerij Peeters\n',
    );
  });

  it('no written text cell begins with a formula character (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = neutraliseFormula(text);
        expect(/^[=+\-@\t\r]/.test(safe) && !/^-?\d+(\.\d+)?$/.test(safe)).toBe(false);
        expect(safe.endsWith(text)).toBe(true);
      }),
    );
  });

  it("the report's CSV files go through it", () => {
    const csv = renderCsvFile({
      id: 'refusal-reasons',
      title: 'Refusal reasons',
      columns: [
        { key: 'reason', title: 'Reason', kind: 'text' },
        { key: 'amount', title: '=Amount', kind: 'money' },
      ],
      rows: [{ reason: '=1+1', amount: '-5.00' }],
    } as unknown as Parameters<typeof renderCsvFile>[0]);
    // The header too: a title is text the analyst's spreadsheet reads.
    expect(csv).toBe("Reason,'=Amount\n'=1+1,-5.00\n");
  });

  it("the report's workbook writes its text cells through it", async () => {
    const report = sampleReport();
    const table = reportTables(report)[0] as unknown as {
      columns: { key: string; title: string; kind: string }[];
      rows: Record<string, unknown>[];
    };
    table.columns.push({ key: 'note', title: 'Note', kind: 'text' });
    table.rows[0].note = '=HYPERLINK("http://evil.example")';
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(report)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets.find((ws) =>
      (ws.getRow(1).values as unknown[]).includes('Note'),
    )!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('Note');
    expect(sheet.getRow(2).getCell(column).value).toBe(`'=HYPERLINK("http://evil.example")`);
  });
});
