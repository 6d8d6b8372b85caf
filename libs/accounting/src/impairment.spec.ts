import { Dec } from '@loanbook/domain';
import fc from 'fast-check';
import { defaultChartOfAccounts } from './chart';
import {
  DEFAULT_IMPAIRMENT_POLICY,
  impairmentAsOf,
  impairmentEntries,
  type LoanPosition,
} from './impairment';
import { isBalanced } from './posting';

const chart = defaultChartOfAccounts();
const pos = (
  loanId: string,
  principal: string,
  daysPastDue: number,
  defaulted = false,
): LoanPosition => ({
  loanId,
  productCode: 'impulskrediet',
  principal,
  daysPastDue,
  defaulted,
});

describe('impairment by delinquency bucket (0 / 10 / 50 / 100 %)', () => {
  it('given loans in each bucket, when assessed, then each gets its bucket rate of its principal, half up', () => {
    const a = impairmentAsOf(
      [
        pos('a', '1000.00', 0),
        pos('b', '1000.05', 31),
        pos('c', '2000.00', 91),
        pos('d', '300.00', 181),
        pos('e', '50.00', 2, true),
      ],
      DEFAULT_IMPAIRMENT_POLICY,
    );
    expect(Object.fromEntries(a)).toEqual({ b: '100.01', c: '1000.00', d: '300.00', e: '50.00' });
  });

  it('given the previous month-end, when a loan was written off since, then its allowance is used and the rest moves', () => {
    const previous = new Map([
      ['a', '100.00'],
      ['b', '500.00'],
    ]);
    const current = new Map([['a', '1000.00']]);
    const entries = impairmentEntries('2024-02-15', previous, current, new Set(['b']), chart);
    expect(
      entries.map((e) => [e.kind, ...e.lines.map((l) => [l.account, l.debit, l.credit])]),
    ).toEqual([
      ['impairment-use', ['2979', '500.00', '0.00'], ['6410', '0.00', '500.00']],
      ['impairment', ['6340', '900.00', '0.00'], ['2979', '0.00', '900.00']],
    ]);
  });

  it('a bad policy is refused', () => {
    expect(() =>
      impairmentAsOf([], { buckets: [{ fromDays: 5, rate: '1.5' }], defaultedRate: '1' }),
    ).toThrow(/first starts at 0[\s\S]*rate/);
  });

  it('property: the entries balance, and the allowance account ends at the new total', () => {
    const allowances = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'd'),
      fc.bigInt({ min: 1n, max: 10_000_000n }).map((c) => c.toString()),
    );
    fc.assert(
      fc.property(allowances, allowances, fc.subarray(['a', 'b', 'c', 'd']), (p, c, off) => {
        const cents = (m: Record<string, string>) =>
          new Map(Object.entries(m).map(([k, v]) => [k, new Dec(v).div(100).toFixed(2)]));
        const previous = cents(p);
        const current = cents(c);
        for (const id of off) current.delete(id);
        const entries = impairmentEntries('2024-03-31', previous, current, new Set(off), chart);
        for (const e of entries) expect(isBalanced(e)).toBe(true);
        const before = [...previous.values()].reduce((a, x) => a.plus(x), new Dec(0));
        const moved = entries
          .flatMap((e) => e.lines)
          .filter((l) => l.role === 'impairment-allowance')
          .reduce((a, l) => a.plus(l.credit).minus(l.debit), new Dec(0));
        const after = [...current.values()].reduce((a, x) => a.plus(x), new Dec(0));
        expect(before.plus(moved).toFixed(2)).toBe(after.toFixed(2));
      }),
    );
  });
});
