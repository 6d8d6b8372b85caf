import { readFileSync } from 'node:fs';
import defaultChartJson from './default-chart.json';

/** What an account is for, whatever number the lender gives it: reports and checks find accounts by role. */
export const ACCOUNT_ROLES = [
  'loans-receivable',
  'doubtful-loans-receivable',
  'guarantee-receivable',
  'bank',
  'interest-income',
  'fee-income',
  'impairment-expense',
  'impairment-allowance',
  'write-off-loss',
  'recovery-income',
  'accrued-interest-receivable',
  'memorandum-guarantee-exposure',
  'memorandum-contra',
] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export interface Account {
  number: string;
  role: AccountRole;
  name: { nl: string; fr: string; en: string };
}

export interface ProductAccounting {
  /**
   * False for a loan the lender does not fund (the win-win loan: a private person lends, the
   * registrar books only the government guarantee's exposure, off balance).
   */
  balanceSheet: boolean;
  /** Account numbers of this product that differ from the chart's account for the role. */
  accounts?: Partial<Record<AccountRole, string>>;
}

export interface ChartOfAccounts {
  version: string;
  accounts: Account[];
  products: Record<string, ProductAccounting>;
}

export class ChartOfAccountsError extends Error {}

const NUMBER = /^[0-9]{1,10}$/;

/** Checks a chart read from JSON; every problem named with its path. */
export function parseChartOfAccounts(json: unknown): ChartOfAccounts {
  const problems: string[] = [];
  const obj = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!obj(json)) throw new ChartOfAccountsError('the chart of accounts must be a JSON object');
  if (typeof json.version !== 'string' || !json.version)
    problems.push('version: a non-empty string');
  const accounts: Account[] = [];
  if (!Array.isArray(json.accounts)) problems.push('accounts: a list');
  else {
    json.accounts.forEach((a: unknown, i) => {
      const at = `accounts[${i}]`;
      if (!obj(a)) return problems.push(`${at}: an object`);
      if (typeof a.number !== 'string' || !NUMBER.test(a.number))
        problems.push(`${at}.number: 1 to 10 digits`);
      if (!(ACCOUNT_ROLES as readonly unknown[]).includes(a.role))
        problems.push(`${at}.role: one of ${ACCOUNT_ROLES.join(', ')}`);
      const name = a.name;
      if (!obj(name) || !['nl', 'fr', 'en'].every((l) => typeof name[l] === 'string' && name[l]))
        problems.push(`${at}.name: nl, fr and en texts`);
      accounts.push(a as unknown as Account);
    });
  }
  const numbers = new Set<string>();
  for (const a of accounts) {
    if (numbers.has(a.number)) problems.push(`account ${a.number} is listed twice`);
    numbers.add(a.number);
  }
  for (const role of ACCOUNT_ROLES) {
    if (!accounts.some((a) => a.role === role)) problems.push(`no account has role ${role}`);
  }
  const products: Record<string, ProductAccounting> = {};
  if (!obj(json.products)) problems.push('products: an object by product code');
  else {
    for (const [code, p] of Object.entries(json.products)) {
      const at = `products.${code}`;
      if (!obj(p) || typeof p.balanceSheet !== 'boolean') {
        problems.push(`${at}.balanceSheet: true or false`);
        continue;
      }
      if (p.accounts !== undefined) {
        if (!obj(p.accounts)) problems.push(`${at}.accounts: an object by role`);
        else
          for (const [role, n] of Object.entries(p.accounts)) {
            const account = accounts.find((a) => a.number === n);
            if (!account) problems.push(`${at}.accounts.${role}: ${String(n)} is not in accounts`);
            else if (account.role !== role)
              problems.push(
                `${at}.accounts.${role}: account ${String(n)} has role ${account.role}`,
              );
          }
      }
      products[code] = p as unknown as ProductAccounting;
    }
  }
  if (problems.length > 0) {
    throw new ChartOfAccountsError(`invalid chart of accounts:\n  ${problems.join('\n  ')}`);
  }
  return { version: json.version as string, accounts, products };
}

/** The default chart (MAR/PCMN numbers, default-chart.json). */
export function defaultChartOfAccounts(): ChartOfAccounts {
  return parseChartOfAccounts(structuredClone(defaultChartJson));
}

/** The chart in a JSON file (ACCOUNTING_CHART_FILE), or the default. */
export function loadChartOfAccounts(path?: string): ChartOfAccounts {
  if (!path) return defaultChartOfAccounts();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ChartOfAccountsError(
      `cannot read the chart of accounts ${path}: ${(e as Error).message}`,
    );
  }
  return parseChartOfAccounts(json);
}

/** The account number a product books a role on. */
export function accountFor(chart: ChartOfAccounts, productCode: string, role: AccountRole): string {
  const own = chart.products[productCode]?.accounts?.[role];
  if (own) return own;
  const account = chart.accounts.find((a) => a.role === role);
  if (!account) throw new ChartOfAccountsError(`no account has role ${role}`);
  return account.number;
}

export function isBalanceSheetProduct(chart: ChartOfAccounts, productCode: string): boolean {
  return chart.products[productCode]?.balanceSheet ?? true;
}
