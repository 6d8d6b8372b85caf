import { Dec, type LoanEvent } from '@loanbook/domain';
import { accountFor, isBalanceSheetProduct, type AccountRole, type ChartOfAccounts } from './chart';

/**
 * Posting rules: one loan event → its journal entries, pure. A rule needs what the loan's
 * earlier events booked (the split of each payment, what sits on doubtful loans and on the
 * guarantor), so the rules fold a small state, JSON only, which a projection can store per loan.
 *
 * Every entry is dated on the business date of what it books: a payment recorded late is booked
 * on its own day, and the payments it moved are reversed and booked again on theirs (the
 * reallocation's entries), never edited. Amounts are decimal strings with two decimals.
 */

export interface JournalLine {
  account: string;
  role: AccountRole;
  debit: string;
  credit: string;
}

export interface EntryDraft {
  businessDate: string;
  /** What the entry books, e.g. `disbursement`, `reallocation-reversal`. */
  kind: string;
  lines: JournalLine[];
}

export interface LoanBooks {
  productCode: string;
  balanceSheet: boolean;
  status: 'active' | 'defaulted' | 'written-off';
  /** Each payment's split as booked. */
  payments: Record<string, { paidOn: string; principal: string; interest: string }>;
  /** Balances of this loan's principal on doubtful loans and the guarantors (after default). */
  doubtful: string;
  guarantee: string;
  /** Win-win: the principal on the memorandum exposure account. */
  exposure: string;
  governmentClaimed: boolean;
}

const ZERO = '0.00';
const d = (s: string) => new Dec(s);
const fmt = (x: InstanceType<typeof Dec>) => x.toFixed(2);
const sum = (...xs: string[]) => fmt(xs.reduce((a, x) => a.plus(x), new Dec(0)));
const minus = (a: string, b: string) => fmt(d(a).minus(b));
const min = (a: string, b: string) => (d(a).lte(b) ? a : b);

/** The state before a loan's first event. */
export function emptyBooks(productCode: string, chart: ChartOfAccounts): LoanBooks {
  return {
    productCode,
    balanceSheet: isBalanceSheetProduct(chart, productCode),
    status: 'active',
    payments: {},
    doubtful: ZERO,
    guarantee: ZERO,
    exposure: ZERO,
    governmentClaimed: false,
  };
}

class EntryBuilder {
  readonly lines: JournalLine[] = [];
  constructor(
    private readonly chart: ChartOfAccounts,
    private readonly productCode: string,
  ) {}
  dr(role: AccountRole, amount: string): this {
    return this.add(role, amount, 'debit');
  }
  cr(role: AccountRole, amount: string): this {
    return this.add(role, amount, 'credit');
  }
  private add(role: AccountRole, amount: string, side: 'debit' | 'credit'): this {
    const a = d(amount);
    if (a.isZero()) return this;
    // A negative amount on one side is the same amount on the other.
    const debit = (side === 'debit') === a.isPositive();
    this.lines.push({
      account: accountFor(this.chart, this.productCode, role),
      role,
      debit: debit ? fmt(a.abs()) : ZERO,
      credit: debit ? ZERO : fmt(a.abs()),
    });
    return this;
  }
}

/** The books' state after `event` and the entries it posts. */
export function postLoanEvent(
  books: LoanBooks,
  event: LoanEvent,
  chart: ChartOfAccounts,
): { books: LoanBooks; entries: EntryDraft[] } {
  const b: LoanBooks = { ...books, payments: { ...books.payments } };
  const entries: EntryDraft[] = [];
  const entry = (businessDate: string, kind: string, build: (e: EntryBuilder) => void) => {
    const e = new EntryBuilder(chart, b.productCode);
    build(e);
    if (e.lines.length > 0) entries.push({ businessDate, kind, lines: e.lines });
  };
  const on = event.effectiveOn;
  // The win-win loan: only the government guarantee's exposure, off balance.
  const memo = (kind: string, date: string, delta: string) => {
    b.exposure = sum(b.exposure, delta);
    entry(date, kind, (e) =>
      e.dr('memorandum-guarantee-exposure', delta).cr('memorandum-contra', delta),
    );
  };
  const covered = () => b.status !== 'written-off' && !b.governmentClaimed;
  switch (event.type) {
    case 'LoanDisbursed': {
      const { amount } = event.data;
      if (!b.balanceSheet) memo('guarantee-exposure', on, amount);
      else entry(on, 'disbursement', (e) => e.dr('loans-receivable', amount).cr('bank', amount));
      break;
    }
    case 'InstalmentPaid': {
      const { paymentId, paidOn, principalPaid, interestPaid, amount } = event.data;
      b.payments[paymentId] = { paidOn, principal: principalPaid, interest: interestPaid };
      if (!b.balanceSheet) memo('guarantee-exposure', paidOn, `-${principalPaid}`);
      else
        entry(paidOn, 'instalment', (e) =>
          e
            .dr('bank', amount)
            .cr('loans-receivable', principalPaid)
            .cr('interest-income', interestPaid),
        );
      break;
    }
    case 'RepaymentsReallocated': {
      for (const p of event.data.payments) {
        const old = b.payments[p.paymentId];
        if (!old) continue;
        b.payments[p.paymentId] = { ...old, principal: p.principalPaid, interest: p.interestPaid };
        if (old.principal === p.principalPaid && old.interest === p.interestPaid) continue;
        if (!b.balanceSheet) {
          memo('guarantee-exposure', old.paidOn, minus(old.principal, p.principalPaid));
          continue;
        }
        const total = sum(old.principal, old.interest);
        entry(old.paidOn, 'reallocation-reversal', (e) =>
          e
            .dr('loans-receivable', old.principal)
            .dr('interest-income', old.interest)
            .cr('bank', total),
        );
        entry(old.paidOn, 'reallocation-repost', (e) =>
          e
            .dr('bank', total)
            .cr('loans-receivable', p.principalPaid)
            .cr('interest-income', p.interestPaid),
        );
      }
      break;
    }
    case 'EarlyRepaymentMade': {
      const { repaidOn, capitalRepaid, accruedInterest, fee, total } = event.data;
      if (!b.balanceSheet) memo('guarantee-exposure', repaidOn, `-${capitalRepaid}`);
      else
        entry(repaidOn, 'early-repayment', (e) =>
          e
            .dr('bank', total)
            .cr('loans-receivable', capitalRepaid)
            .cr('interest-income', accruedInterest)
            .cr('fee-income', fee),
        );
      break;
    }
    case 'LoanDefaulted': {
      b.status = 'defaulted';
      if (!b.balanceSheet) break;
      const { outstandingPrincipal } = event.data;
      b.doubtful = outstandingPrincipal;
      entry(on, 'default', (e) =>
        e
          .dr('doubtful-loans-receivable', outstandingPrincipal)
          .cr('loans-receivable', outstandingPrincipal),
      );
      break;
    }
    case 'GuaranteeCalled':
    case 'GovernmentGuaranteeClaimed': {
      if (event.type === 'GovernmentGuaranteeClaimed') b.governmentClaimed = true;
      if (!b.balanceSheet) {
        // The claim is the state's debt to the private lender: the exposure is settled.
        if (b.exposure !== ZERO) memo('guarantee-claim', on, `-${b.exposure}`);
        break;
      }
      const claimed = event.type === 'GuaranteeCalled' ? event.data.amount : event.data.claim;
      // The guarantor owes what it is called for, at most the principal still on doubtful loans.
      const moved = min(claimed, b.doubtful);
      b.doubtful = minus(b.doubtful, moved);
      b.guarantee = sum(b.guarantee, moved);
      entry(on, 'guarantee-call', (e) =>
        e.dr('guarantee-receivable', moved).cr('doubtful-loans-receivable', moved),
      );
      break;
    }
    case 'RecoveryRecorded': {
      const { amount, source, receivedOn } = event.data;
      if (!b.balanceSheet) {
        if (covered()) memo('guarantee-exposure', receivedOn, `-${min(amount, b.exposure)}`);
        break;
      }
      if (b.status === 'written-off') {
        entry(receivedOn, 'recovery-after-write-off', (e) =>
          e.dr('bank', amount).cr('recovery-income', amount),
        );
        break;
      }
      const fromGuarantor = source === 'guarantor' || source === 'government-guarantee';
      const onGuarantee = fromGuarantor ? min(amount, b.guarantee) : ZERO;
      const onDoubtful = min(minus(amount, onGuarantee), b.doubtful);
      // Anything left: a borrower's payment of a part already called from the guarantor.
      const rest = minus(minus(amount, onGuarantee), onDoubtful);
      b.guarantee = minus(minus(b.guarantee, onGuarantee), rest);
      b.doubtful = minus(b.doubtful, onDoubtful);
      entry(receivedOn, 'recovery', (e) =>
        e
          .dr('bank', amount)
          .cr('guarantee-receivable', sum(onGuarantee, rest))
          .cr('doubtful-loans-receivable', onDoubtful),
      );
      break;
    }
    case 'LoanWrittenOff': {
      const { writtenOffOn } = event.data;
      const wasCovered = covered();
      b.status = 'written-off';
      if (!b.balanceSheet) {
        if (wasCovered && b.exposure !== ZERO)
          memo('guarantee-exposure', writtenOffOn, `-${b.exposure}`);
        break;
      }
      const loss = sum(b.doubtful, b.guarantee);
      entry(writtenOffOn, 'write-off', (e) =>
        e
          .dr('write-off-loss', loss)
          .cr('doubtful-loans-receivable', b.doubtful)
          .cr('guarantee-receivable', b.guarantee),
      );
      b.doubtful = ZERO;
      b.guarantee = ZERO;
      break;
    }
    default:
      break;
  }
  return { books: b, entries };
}

/** Whether an entry's debits equal its credits (every rule's entries do). */
export function isBalanced(entry: Pick<EntryDraft, 'lines'>): boolean {
  const debit = entry.lines.reduce((a, l) => a.plus(l.debit), new Dec(0));
  const credit = entry.lines.reduce((a, l) => a.plus(l.credit), new Dec(0));
  return debit.eq(credit);
}

/** A loan's whole history posted in recording order. */
export function postLoanHistory(
  events: readonly LoanEvent[],
  chart: ChartOfAccounts,
): { books: LoanBooks | undefined; entries: EntryDraft[] } {
  let books: LoanBooks | undefined;
  const entries: EntryDraft[] = [];
  for (const e of events) {
    if (e.type === 'LoanApplied') books = emptyBooks(e.data.productCode, chart);
    if (!books) continue;
    const posted = postLoanEvent(books, e, chart);
    books = posted.books;
    entries.push(...posted.entries);
  }
  return { books, entries };
}
