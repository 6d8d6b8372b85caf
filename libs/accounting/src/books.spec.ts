import { LocalDate } from '@js-joda/core';
import { defaultChartOfAccounts, parseChartOfAccounts } from './chart';
import {
  accrualEntry,
  asOfDays,
  monthEndsBetween,
  previousMonthEnd,
  trialBalanceRows,
} from './books';
import { isBalanced } from './posting';
import defaultChartJson from './default-chart.json';

const d = (s: string) => LocalDate.parse(s);
const chart = defaultChartOfAccounts();

describe('the books as of a day', () => {
  it('given a range, then its as-of days are its month-ends and its last day (a leap February too)', () => {
    expect(asOfDays(d('2024-01-15'), d('2024-03-10')).map(String)).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-10',
    ]);
    expect(asOfDays(d('2023-02-01'), d('2023-02-28')).map(String)).toEqual(['2023-02-28']);
    expect(monthEndsBetween(d('2022-06-30'), d('2022-06-30')).map(String)).toEqual(['2022-06-30']);
    expect(monthEndsBetween(d('2022-06-01'), d('2022-06-29'))).toEqual([]);
  });

  it('given a day, then the previous month-end lies strictly before it', () => {
    expect(previousMonthEnd(d('2022-03-31')).toString()).toBe('2022-02-28');
    expect(previousMonthEnd(d('2022-03-01')).toString()).toBe('2022-02-28');
    expect(previousMonthEnd(d('2022-01-15')).toString()).toBe('2021-12-31');
  });

  it('given interest accrued, then the accrual debits accrued interest and its reversal credits it; nothing for zero', () => {
    const accrual = accrualEntry('2022-06-30', '42.5', chart, 'impulskrediet')!;
    expect(accrual).toEqual({
      businessDate: '2022-06-30',
      kind: 'accrual',
      lines: [
        { account: '4040', role: 'accrued-interest-receivable', debit: '42.50', credit: '0.00' },
        { account: '751', role: 'interest-income', debit: '0.00', credit: '42.50' },
      ],
    });
    const reversal = accrualEntry('2022-07-01', '42.50', chart, 'impulskrediet', true)!;
    expect(reversal.kind).toBe('accrual-reversal');
    expect(reversal.lines.map((l) => [l.account, l.debit, l.credit])).toEqual([
      ['751', '42.50', '0.00'],
      ['4040', '0.00', '42.50'],
    ]);
    expect(isBalanced(accrual) && isBalanced(reversal)).toBe(true);
    expect(accrualEntry('2022-06-30', '0.00', chart, 'impulskrediet')).toBeUndefined();
  });

  it('given totals by product and role, then a row per account of the chart, a product on its own account', () => {
    const own = parseChartOfAccounts({
      ...structuredClone(defaultChartJson),
      accounts: [
        ...defaultChartJson.accounts,
        { number: '2912', role: 'loans-receivable', name: { nl: 'S', fr: 'S', en: 'S' } },
      ],
      products: {
        ...defaultChartJson.products,
        startlening: { balanceSheet: true, accounts: { 'loans-receivable': '2912' } },
      },
    });
    const rows = trialBalanceRows(
      [
        {
          productCode: 'impulskrediet',
          role: 'loans-receivable',
          debit: '1000.00',
          credit: '250.10',
        },
        { productCode: 'startlening', role: 'loans-receivable', debit: '500.00', credit: '0.00' },
        { productCode: 'impulskrediet', role: 'bank', debit: '250.10', credit: '1000.00' },
        { productCode: 'startlening', role: 'bank', debit: '0.00', credit: '500.00' },
      ],
      own,
    );
    expect(rows.map((r) => r.account)).toEqual(own.accounts.map((a) => a.number));
    const row = (n: string) => rows.find((r) => r.account === n)!;
    expect(row('2910')).toMatchObject({ debit: '1000.00', credit: '250.10', balance: '749.90' });
    expect(row('2912')).toMatchObject({ debit: '500.00', credit: '0.00', balance: '500.00' });
    expect(row('550')).toMatchObject({ debit: '250.10', credit: '1500.00', balance: '-1249.90' });
    expect(row('751')).toMatchObject({ debit: '0.00', credit: '0.00', balance: '0.00' });
  });
});
