import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import defaultChart from './default-chart.json';
import {
  ACCOUNT_ROLES,
  accountFor,
  ChartOfAccountsError,
  defaultChartOfAccounts,
  isBalanceSheetProduct,
  loadChartOfAccounts,
  parseChartOfAccounts,
} from './chart';

describe('the chart of accounts', () => {
  it('given the default chart, every role has an account named in nl, fr and en', () => {
    const chart = defaultChartOfAccounts();
    for (const role of ACCOUNT_ROLES)
      expect(accountFor(chart, 'impulskrediet', role)).toMatch(/^\d+$/);
    expect(accountFor(chart, 'impulskrediet', 'bank')).toBe('550');
    expect(accountFor(chart, 'impulskrediet', 'interest-income')).toBe('751');
    expect(isBalanceSheetProduct(chart, 'winwinlening')).toBe(false);
    expect(isBalanceSheetProduct(chart, 'startlening')).toBe(true);
  });

  it('when a product maps a role to an account of its own, that product books on it', () => {
    const json = structuredClone(defaultChart) as unknown as {
      accounts: Array<Record<string, unknown>>;
      products: Record<string, unknown>;
    };
    json.accounts.push({
      number: '2911',
      role: 'loans-receivable',
      name: { nl: 'Startleningen', fr: 'Prêts de démarrage', en: 'Start loans' },
    });
    json.products.startlening = { balanceSheet: true, accounts: { 'loans-receivable': '2911' } };
    const chart = parseChartOfAccounts(json);
    expect(accountFor(chart, 'startlening', 'loans-receivable')).toBe('2911');
    expect(accountFor(chart, 'impulskrediet', 'loans-receivable')).toBe('2910');
  });

  it('when a file overrides the numbers, it is read; a bad chart is refused naming every problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chart-'));
    const json = structuredClone(defaultChart);
    json.accounts.find((a) => a.role === 'bank')!.number = '5501';
    writeFileSync(join(dir, 'chart.json'), JSON.stringify(json));
    expect(accountFor(loadChartOfAccounts(join(dir, 'chart.json')), 'impulskrediet', 'bank')).toBe(
      '5501',
    );

    const bad = structuredClone(defaultChart) as { accounts: Array<Record<string, unknown>> };
    bad.accounts[0].number = '29.10';
    bad.accounts = bad.accounts.filter((a) => a.role !== 'fee-income');
    expect(() => parseChartOfAccounts(bad)).toThrow(ChartOfAccountsError);
    expect(() => parseChartOfAccounts(bad)).toThrow(
      /accounts\[0\]\.number[\s\S]*no account has role fee-income/,
    );
    expect(() => loadChartOfAccounts(join(dir, 'missing.json'))).toThrow(
      /cannot read the chart of accounts/,
    );
  });
});
