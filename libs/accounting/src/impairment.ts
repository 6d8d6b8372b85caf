import { Dec } from '@loanbook/domain';
import { accountFor, type ChartOfAccounts } from './chart';
import type { EntryDraft, JournalLine } from './posting';

/**
 * Impairment (provisioning) by delinquency bucket, as of a day: each loan's principal on the
 * books times the rate of its days-past-due bucket (a defaulted loan: `defaultedRate`), half up
 * to the cent per loan. Pure: the caller gives the loans' positions on the day.
 */
export interface ImpairmentBucket {
  /** The bucket holds loans at least this many days past due (the first bucket: 0). */
  fromDays: number;
  /** A decimal string, 0 to 1: "0.10" is 10 %. */
  rate: string;
}

export interface ImpairmentPolicy {
  buckets: ImpairmentBucket[];
  defaultedRate: string;
}

/** 0 % current, 10 % from 31 days, 50 % from 91, 100 % from 181 days past due and in default. */
export const DEFAULT_IMPAIRMENT_POLICY: ImpairmentPolicy = {
  buckets: [
    { fromDays: 0, rate: '0' },
    { fromDays: 31, rate: '0.10' },
    { fromDays: 91, rate: '0.50' },
    { fromDays: 181, rate: '1' },
  ],
  defaultedRate: '1',
};

export interface LoanPosition {
  loanId: string;
  productCode: string;
  /** Principal on the books (loans receivable, doubtful loans and guarantors for the loan). */
  principal: string;
  daysPastDue: number;
  defaulted: boolean;
}

export function checkImpairmentPolicy(policy: ImpairmentPolicy): void {
  const problems: string[] = [];
  const rateOk = (r: string) => /^\d+(\.\d+)?$/.test(r) && new Dec(r).lte(1);
  if (policy.buckets.length === 0 || policy.buckets[0].fromDays !== 0)
    problems.push('buckets: the first starts at 0 days');
  policy.buckets.forEach((b, i) => {
    if (!Number.isSafeInteger(b.fromDays) || b.fromDays < 0)
      problems.push(`buckets[${i}].fromDays: a whole number ≥ 0`);
    if (i > 0 && b.fromDays <= policy.buckets[i - 1].fromDays)
      problems.push(`buckets[${i}].fromDays: more than the bucket before`);
    if (!rateOk(b.rate)) problems.push(`buckets[${i}].rate: a decimal from 0 to 1`);
  });
  if (!rateOk(policy.defaultedRate)) problems.push('defaultedRate: a decimal from 0 to 1');
  if (problems.length > 0)
    throw new RangeError(`invalid impairment policy:\n  ${problems.join('\n  ')}`);
}

/** Each loan's allowance on the day (loans with none left out). */
export function impairmentAsOf(
  positions: readonly LoanPosition[],
  policy: ImpairmentPolicy,
): Map<string, string> {
  checkImpairmentPolicy(policy);
  const allowances = new Map<string, string>();
  for (const p of positions) {
    const rate = p.defaulted
      ? policy.defaultedRate
      : [...policy.buckets].reverse().find((b) => p.daysPastDue >= b.fromDays)!.rate;
    const allowance = new Dec(p.principal).times(rate).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
    if (!allowance.isZero()) allowances.set(p.loanId, allowance.toFixed(2));
  }
  return allowances;
}

const total = (m: ReadonlyMap<string, string>) =>
  [...m.values()].reduce((a, x) => a.plus(x), new Dec(0));

/**
 * The entries that take the allowance from what it was at the previous month-end to what it is
 * on `businessDate`: for each loan written off since, the use of its allowance against the loss
 * (Dr allowance / Cr write-off loss), then the movement (Dr expense / Cr allowance, or the
 * reverse for a release). Afterwards the allowance account holds exactly `current`'s total.
 */
export function impairmentEntries(
  businessDate: string,
  previous: ReadonlyMap<string, string>,
  current: ReadonlyMap<string, string>,
  writtenOffSince: ReadonlySet<string>,
  chart: ChartOfAccounts,
  productCode = 'impulskrediet',
): EntryDraft[] {
  const line = (
    role: JournalLine['role'],
    debit: InstanceType<typeof Dec>,
    credit: InstanceType<typeof Dec>,
  ): JournalLine => ({
    account: accountFor(chart, productCode, role),
    role,
    debit: debit.toFixed(2),
    credit: credit.toFixed(2),
  });
  const zero = new Dec(0);
  const entries: EntryDraft[] = [];
  const used = [...writtenOffSince].reduce((a, id) => a.plus(previous.get(id) ?? '0'), new Dec(0));
  if (!used.isZero()) {
    entries.push({
      businessDate,
      kind: 'impairment-use',
      lines: [line('impairment-allowance', used, zero), line('write-off-loss', zero, used)],
    });
  }
  const movement = total(current).minus(total(previous).minus(used));
  if (!movement.isZero()) {
    const up = movement.isPositive();
    const a = movement.abs();
    entries.push({
      businessDate,
      kind: up ? 'impairment' : 'impairment-release',
      lines: up
        ? [line('impairment-expense', a, zero), line('impairment-allowance', zero, a)]
        : [line('impairment-allowance', a, zero), line('impairment-expense', zero, a)],
    });
  }
  return entries;
}
