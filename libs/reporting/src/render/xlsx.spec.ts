import ExcelJS from 'exceljs';
import { Dec } from '@loanbook/domain';
import { reportTables } from '../model';
import type { PortfolioReport, ReportTable } from '../model';
import { sampleReport } from '../testing/sample-report';
import { formatCell } from './format';
import { SheetNames, exactNumber, renderXlsx, xlsxFormats } from './xlsx';

const XLSX_FORMATS = xlsxFormats('en');

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (note === undefined || typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

describe('renderXlsx', () => {
  const report = sampleReport();
  const tables = reportTables(report);
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await load(await renderXlsx(report));
  });

  it('given the sample report then the workbook has a Summary sheet and one sheet per table, in order', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Summary',
      'Win-win registrations by month',
      'Approval funnel by month filed',
      'Approval funnel by product',
      'Outstanding portfolio by',
      'Largest outstanding loans',
      'Defaults and recoveries by',
    ]);
    expect(workbook.creator).toBe('Loanbook');
    expect(workbook.created.toISOString()).toBe('2021-06-01T08:15:42.000Z');
  });

  it('then the Summary sheet has the title, typed dates and every figure of the summary on a labelled row, not its sentences', () => {
    const ws = workbook.getWorksheet('Summary')!;
    expect(ws.getCell('A1').value).toBe('Portfolio report – 31 May 2021');
    const byLabel = new Map<string, ExcelJS.Row>();
    ws.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === 'string' && !byLabel.has(label)) byLabel.set(label, row);
    });

    const asOf = byLabel.get('As of')!.getCell(2);
    expect(asOf.value).toEqual(new Date(Date.UTC(2021, 4, 31)));
    expect(asOf.numFmt).toBe(XLSX_FORMATS.date);
    expect(byLabel.get('Period from')!.getCell(2).value).toEqual(new Date(Date.UTC(2021, 0, 1)));
    // Brussels' wall clock (UTC+2 in June): a spreadsheet has no zones.
    expect(byLabel.get('Events recorded up to (Brussels time)')!.getCell(2).value).toEqual(
      new Date('2021-06-01T08:00:00Z'),
    );
    const generated = byLabel.get('Generated at (Brussels time)')!.getCell(2);
    expect(generated.value).toEqual(new Date('2021-06-01T10:15:42Z'));
    expect(generated.numFmt).toBe(XLSX_FORMATS.instant);
    expect(byLabel.get('Log position')!.getCell(2).value).toBe(48213);

    for (const sentence of report.summary) expect(byLabel.has(sentence)).toBe(false);

    const value = (label: string) => byLabel.get(label)!.getCell(2);
    expect(new Dec(value('Outstanding principal').value as number).toFixed(2)).toBe('63679942.23');
    expect(value('Outstanding principal').numFmt).toBe(XLSX_FORMATS.money);
    expect([value('Approval rate').value, value('Approval rate').numFmt]).toEqual([
      0.6017,
      XLSX_FORMATS.ratio,
    ]);
    expect([value('Loans outstanding').value, value('Loans outstanding').numFmt]).toEqual([
      3393,
      XLSX_FORMATS.integer,
    ]);
    expect(value('Recovered after default').value).toBe('–');
    expect(value('Province with the most loans').value).toBe('Antwerpen');
    expect(value('First month of the period').value).toEqual(new Date(Date.UTC(2021, 0, 1)));
    expect(value('First month of the period').numFmt).toBe(XLSX_FORMATS.month);
    expect(value('Figures as of').numFmt).toBe(XLSX_FORMATS.date);
    expect(byLabel.size).toBe(1 + 6 + 2 + report.figures.length);
  });

  it('then the Summary sheet’s columns fit its longest label and its widest value', () => {
    const ws = workbook.getWorksheet('Summary')!;
    const longest = Math.max(...report.figures.map((f) => f.label.length));
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(longest);
    // "63,679,942.23 EUR", and the generated instant as the reader's Excel writes it.
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual('1 June 2021 at 10:15:42 CEST'.length);
  });

  it.each([
    [
      'nl',
      'Samenvatting',
      '[$-813]mmmm yyyy',
      '#,##0.00 "EUR"',
      'Stand op 31 mei 2021',
      'Pagina &P van &N',
    ],
    [
      'fr',
      'Résumé',
      '[$-80C]mmmm yyyy',
      '#,##0.00 "EUR"',
      'Situation au 31 mai 2021',
      'Page &P sur &N',
    ],
  ] as const)(
    'given the report in %s, then its sheet, its formats and its print header are in that language',
    async (language, summary, month, money, printAsOf, printPage) => {
      const wb = await load(await renderXlsx(sampleReport(language)));
      expect(wb.worksheets[0].name).toBe(summary);
      const ws = wb.worksheets[1];
      expect(ws.getCell('A2').numFmt).toBe(month);
      expect(ws.getCell('D2').numFmt).toBe(money);
      expect(ws.headerFooter.oddHeader).toContain(printAsOf);
      expect(ws.headerFooter.oddFooter).toContain(printPage);
    },
  );

  it('given the report in English, then amounts put EUR first, as the English page does', () => {
    expect(XLSX_FORMATS.money).toBe('"EUR "#,##0.00;"EUR "-#,##0.00');
  });

  it('given no knownAt then the Summary says all recorded events count', async () => {
    const wb = await load(await renderXlsx({ ...sampleReport(), knownAt: null }));
    const ws = wb.getWorksheet('Summary')!;
    const values: unknown[] = [];
    ws.eachRow((row) => values.push(row.getCell(2).value));
    expect(values).toContain('all events recorded so far');
  });

  describe.each(tables.map((t, i) => [t.id, t, i + 1] as [string, ReportTable, number]))(
    'then the sheet of table %s',
    (_id, table, index) => {
      let ws: ExcelJS.Worksheet;
      beforeAll(() => {
        ws = workbook.worksheets[index];
      });

      it('has the column titles in a bold, filled header row 1, frozen, with an autofilter', () => {
        expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        const header = ws.getRow(1);
        table.columns.forEach((column, c) => {
          const cell = header.getCell(c + 1);
          expect(cell.value).toBe(column.title);
          expect(cell.font?.bold).toBe(true);
          expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
        });
        const lastColumn = ws.getColumn(table.columns.length).letter;
        expect(ws.autoFilter).toBe(`A1:${lastColumn}${1 + table.rows.length}`);
        expect(noteText(ws.getCell('A1').note)).toBe(table.description);
      });

      it('has every cell typed by its column: exact numbers with formats, dates, text, empty for null', () => {
        const rows = [...table.rows, ...(table.total ? [table.total] : [])];
        expect(ws.rowCount).toBe(1 + rows.length);
        rows.forEach((row, r) => {
          const isTotal = table.total !== undefined && r === rows.length - 1;
          table.columns.forEach((column, c) => {
            const value = row[column.key];
            const cell = ws.getRow(r + 2).getCell(c + 1);
            if (isTotal && c === 0) {
              expect(cell.value).toBe(value);
              return;
            }
            if (value === null) {
              expect(cell.value).toBeNull();
              return;
            }
            switch (column.kind) {
              case 'money':
                expect(typeof cell.value).toBe('number');
                expect(new Dec(cell.value as number).toFixed(2)).toBe(value);
                expect(cell.numFmt).toBe(XLSX_FORMATS.money);
                break;
              case 'ratio':
                expect(typeof cell.value).toBe('number');
                expect(new Dec(cell.value as number).toFixed(4)).toBe(value);
                expect(cell.numFmt).toBe(XLSX_FORMATS.ratio);
                break;
              case 'integer':
                expect(cell.value).toBe(value);
                expect(cell.numFmt).toBe(XLSX_FORMATS.integer);
                break;
              case 'date':
                expect(cell.value).toBeInstanceOf(Date);
                expect((cell.value as Date).toISOString()).toBe(`${value as string}T00:00:00.000Z`);
                expect(cell.numFmt).toBe(XLSX_FORMATS.date);
                break;
              case 'month':
                // The month's first day, a real date, shown as the month.
                expect((cell.value as Date).toISOString()).toBe(
                  `${value as string}-01T00:00:00.000Z`,
                );
                expect(cell.numFmt).toBe(XLSX_FORMATS.month);
                break;
              case 'text':
                expect(cell.value).toBe(value);
                break;
              case 'label-number':
                expect(cell.value).toBe(value);
                break;
            }
          });
        });
      });

      it('has the totals row last and bold, when the table has one', () => {
        if (table.total === undefined) {
          expect(ws.getRow(ws.rowCount).getCell(1).value).toBe(
            table.rows[table.rows.length - 1][table.columns[0].key],
          );
          return;
        }
        const last = ws.getRow(ws.rowCount);
        expect(last.getCell(1).value).toBe('Total');
        expect(last.getCell(1).font?.bold).toBe(true);
        expect(last.getCell(table.columns.length).font?.bold).toBe(true);
      });

      it('has columns wide enough for every figure and the header’s longest word, the header wrapped onto its lines', () => {
        const rows = [...table.rows, ...(table.total ? [table.total] : [])];
        table.columns.forEach((column, c) => {
          const width = ws.getColumn(c + 1).width!;
          const words = column.title.split(' ').map((w) => w.length);
          expect(width).toBeGreaterThanOrEqual(Math.max(...words));
          for (const row of rows.slice(0, table.total ? -1 : undefined)) {
            const text = formatCell(column.kind, row[column.key] ?? null, 'en');
            expect(width).toBeGreaterThanOrEqual(text.length + (column.kind === 'money' ? 4 : 0));
          }
          // A title longer than its column takes more than one line of the header row.
          if (column.title.length > width) expect(ws.getRow(1).height).toBeGreaterThan(18);
        });
      });
    },
  );

  it('given an amount a spreadsheet number cannot hold exactly then it throws, never a cent off', async () => {
    const base = sampleReport();
    const table = base.sections[2].tables[0];
    const huge: PortfolioReport = {
      ...base,
      sections: [
        {
          ...base.sections[2],
          tables: [{ ...table, rows: [{ ...table.rows[0], outstanding: '90071992547409.93' }] }],
        },
      ],
    };
    await expect(renderXlsx(huge)).rejects.toThrow(
      /cannot be written as an exact spreadsheet number/,
    );
  });
});

describe('exactNumber', () => {
  it.each([
    ['1234.50', 1234.5],
    ['63679942.23', 63679942.23],
    ['-412300.18', -412300.18],
    ['0.0374', 0.0374],
    ['0.00', 0],
    ['-0.00', 0],
    ['9999999999999.99', 9999999999999.99],
  ])('given %s then it is the number %d', (decimal, number) => {
    expect(Object.is(exactNumber(decimal), number)).toBe(true);
  });

  it.each(['90071992547409.93', '0.12345678901234567891', '1e3', 'NaN', '1,5'])(
    'given %s then it throws',
    (decimal) => {
      expect(() => exactNumber(decimal)).toThrow(RangeError);
    },
  );
});

describe('SheetNames', () => {
  it('given titles Excel refuses then names are cleaned, cut to 31 and made unique', () => {
    const names = new SheetNames();
    expect(names.take('Summary')).toBe('Summary');
    expect(names.take('summary')).toBe('summary (2)');
    expect(names.take('Loans [2021]: a/b\\c*d?')).toBe('Loans 2021 a b c d');
    expect(names.take("'Quoted'")).toBe('Quoted');
    expect(names.take('History')).toBe('History (2)');
    expect(names.take('')).toBe('Table');
    const long = 'Outstanding portfolio by product and province';
    expect(names.take(long)).toBe('Outstanding portfolio by');
    expect(names.take(long)).toBe('Outstanding portfolio by (2)');
    expect(names.take('x'.repeat(40))).toBe('x'.repeat(31));
    expect(names.take('x'.repeat(40))).toBe(`${'x'.repeat(27)} (2)`);
  });
});
