import ExcelJS from 'exceljs';
import { Dec } from '@loanbook/domain';
import { reportTables } from '../model';
import type { PortfolioReport, ReportTable } from '../model';
import { sampleReport } from '../testing/sample-report';
import { SheetNames, XLSX_FORMATS, exactNumber, renderXlsx } from './xlsx';

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

  it('then the Summary sheet has the title, typed dates, the sentences and the headline figures', () => {
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
    expect(byLabel.get('Known at')!.getCell(2).value).toEqual(new Date('2021-06-01T06:00:00Z'));
    expect(byLabel.get('Generated at')!.getCell(2).numFmt).toBe(XLSX_FORMATS.instant);
    expect(byLabel.get('Log position')!.getCell(2).value).toBe(48213);

    for (const sentence of report.summary) expect(byLabel.has(sentence)).toBe(true);

    const outstanding = byLabel.get('Outstanding principal')!;
    expect(new Dec(outstanding.getCell(2).value as number).toFixed(2)).toBe('63679942.23');
    expect(outstanding.getCell(2).numFmt).toBe(XLSX_FORMATS.money);
    expect(outstanding.getCell(3).value).toBe('3,393 loans, average EUR 18,768.03');
    const approval = byLabel.get('Approval rate')!.getCell(2);
    expect([approval.value, approval.numFmt]).toEqual([0.6017, XLSX_FORMATS.ratio]);
    expect(byLabel.get('Win-win loans registered')!.getCell(2).value).toBe(361);
    expect(byLabel.get('Recovered after default')!.getCell(2).value).toBe('–');
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

      it('has columns wide enough for their header', () => {
        table.columns.forEach((column, c) => {
          expect(ws.getColumn(c + 1).width).toBeGreaterThanOrEqual(
            Math.min(column.title.length, 58),
          );
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
