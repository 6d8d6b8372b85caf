import { reportTables } from '../model';
import type { PortfolioReport, ReportTable } from '../model';
import { sampleReport } from '../testing/sample-report';
import { renderCsv, renderCsvFile } from './csv';

/** RFC 4180 as csv-stringify writes it: quoted fields, doubled quotes, "\n" between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) throw new Error('the CSV does not end with a line end');
  return records;
}

function tableById(report: PortfolioReport, id: string): ReportTable {
  const table = reportTables(report).find((t) => t.id === id);
  if (!table) throw new Error(`no table ${id}`);
  return table;
}

describe('renderCsv', () => {
  const report = sampleReport();
  const files = renderCsv(report);

  it('given the sample report then there is one file per table, named by its id, in order', () => {
    expect(files.map((f) => f.filename)).toEqual([
      'winwin-by-month-term.csv',
      'funnel-by-month.csv',
      'funnel-by-product.csv',
      'portfolio-by-product.csv',
      'largest-loans.csv',
      'defaults-by-month.csv',
    ]);
  });

  it('then each file has the column titles as its header, in the report’s language, and one record per row, plus the total', () => {
    for (const file of files) {
      const table = tableById(report, file.filename.replace(/\.csv$/, ''));
      const records = parseCsv(file.content);
      expect(records[0]).toEqual(table.columns.map((c) => c.title));
      expect(records).toHaveLength(1 + table.rows.length + (table.total ? 1 : 0));
      for (const record of records) expect(record).toHaveLength(table.columns.length);
    }
  });

  it('then every cell is the raw value of the model: money and ratios exact, null empty', () => {
    for (const file of files) {
      const table = tableById(report, file.filename.replace(/\.csv$/, ''));
      const records = parseCsv(file.content).slice(1);
      const rows = [...table.rows, ...(table.total ? [table.total] : [])];
      rows.forEach((row, r) =>
        table.columns.forEach((column, c) => {
          const value = row[column.key];
          expect(records[r][c]).toBe(value === null ? '' : String(value));
        }),
      );
    }
  });

  it('then the portfolio reads exactly as the analyst would check it', () => {
    const records = parseCsv(files[3].content);
    expect(records[1]).toEqual([
      'Impulskrediet',
      '1450',
      '21450311.87',
      '803114.20',
      '0.0374',
      '0.0520',
      '1250400.00',
    ]);
    expect(records[5]).toEqual([`Other <b>&"' loans`, '3', '0.00', '0.00', '', '', '-15000.00']);
    expect(records[records.length - 1]).toEqual([
      'Total',
      '3393',
      '63679942.23',
      '1467291.55',
      '0.0230',
      '0.0342',
      '3855857.07',
    ]);
  });

  it('then a text with a quote is quoted and its quote doubled, and lines end with "\\n" only', () => {
    const content = files[3].content;
    expect(content).toContain(`"Other <b>&""' loans",3,`);
    expect(content).not.toContain('\r');
    expect(content.endsWith('\n')).toBe(true);
  });

  it('given a table id that cannot be a file name then it throws', () => {
    const bad = sampleReport();
    const table = { ...bad.sections[0].tables[0], id: '../etc/passwd' };
    const report2 = { ...bad, sections: [{ ...bad.sections[0], tables: [table] }] };
    expect(() => renderCsv(report2)).toThrow(/cannot be a file name/);
  });

  it('given two tables with the same id then it throws rather than overwrite one file', () => {
    const base = sampleReport();
    const table = base.sections[0].tables[0];
    const twice = { ...base, sections: [{ ...base.sections[0], tables: [table, table] }] };
    expect(() => renderCsv(twice)).toThrow(/used twice/);
  });
});

describe('renderCsvFile', () => {
  it('given a table without a total then the last record is its last row', () => {
    const table = tableById(sampleReport(), 'largest-loans');
    const records = parseCsv(renderCsvFile(table));
    expect(records).toHaveLength(1 + table.rows.length);
    expect(records[records.length - 1]).toEqual([
      'LB-2020-00716',
      'Impulskrediet',
      '2020-04-30',
      '2025-04-30',
      '301234.56',
      '0.0495',
    ]);
  });

  it('given a row without a key then the cell is empty, not "undefined"', () => {
    const table: ReportTable = {
      id: 't',
      title: 'T',
      description: '',
      columns: [
        { key: 'a', title: 'A', kind: 'text' },
        { key: 'b', title: 'B', kind: 'money' },
      ],
      rows: [{ a: 'x' }],
    };
    expect(renderCsvFile(table)).toBe('A,B\nx,\n');
  });
});
