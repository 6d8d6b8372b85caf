import type { LocalDate, YearMonth } from '@js-joda/core';
import { Dec, formatBusinessDate, formatMonth, Money } from '@loanbook/domain';
import type { SqlExecutor } from '@loanbook/event-store';
import { approvalFunnelCounts } from './approval-funnel';

/** Physical names of the read-model tables a query reads (from the active projection versions). */
export interface ReadModelTables {
  loans: string;
  inquiries: string;
  /** The loans projection's payments, guarantees and their dated moves. */
  payments: string;
  guarantees: string;
  guaranteeMoves: string;
  /** The loan_schedules projection's due dates and running totals. */
  schedules: string;
}

const average = (total: Money, count: number): string =>
  count === 0 ? '0.00' : Money.fromDecimal(total.dividedBy(count)).toString();

// ---------------------------------------------------------------------------------------------
// Win-win registrations by month and term (DOMAIN.md 3.2). A registration is the approval of a
// win-win application; its month is the approval (registration) date's.

export interface WinwinMonthlyQuery {
  from: YearMonth;
  to: YearMonth;
  asOf: LocalDate;
}

export interface WinwinMonthlyReport {
  from: string;
  to: string;
  asOf: string;
  rows: { month: string; termYears: number; principal: string; loans: number }[];
  monthTotals: { month: string; principal: string; loans: number }[];
  total: { principal: string; loans: number; averagePrincipal: string };
}

export async function winwinMonthly(
  db: SqlExecutor,
  t: Pick<ReadModelTables, 'loans'>,
  q: WinwinMonthlyQuery,
): Promise<WinwinMonthlyReport> {
  const rows = await db.query<{
    month: string;
    term_years: number;
    principal: string;
    loans: number;
  }>(
    `SELECT to_char(approved_on, 'YYYY-MM') AS month, (term_months / 12)::int AS term_years,
            sum(amount)::text AS principal, count(*)::int AS loans
       FROM ${t.loans}
      WHERE product_code = 'winwinlening' AND approved_on >= $1::date AND approved_on < $2::date
        AND approved_on <= $3::date
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [
      formatBusinessDate(q.from.atDay(1)),
      formatBusinessDate(q.to.plusMonths(1).atDay(1)),
      formatBusinessDate(q.asOf),
    ],
  );
  const cells = rows.map((r) => ({
    month: r.month,
    termYears: r.term_years,
    principal: Money.parse(r.principal),
    loans: r.loans,
  }));
  const months = [...new Set(cells.map((c) => c.month))];
  const monthTotals = months.map((month) => {
    const inMonth = cells.filter((c) => c.month === month);
    return {
      month,
      principal: Money.sum(inMonth.map((c) => c.principal)).toString(),
      loans: inMonth.reduce((n, c) => n + c.loans, 0),
    };
  });
  const total = Money.sum(cells.map((c) => c.principal));
  const loans = cells.reduce((n, c) => n + c.loans, 0);
  return {
    from: formatMonth(q.from),
    to: formatMonth(q.to),
    asOf: formatBusinessDate(q.asOf),
    rows: cells.map((c) => ({ ...c, principal: c.principal.toString() })),
    monthTotals,
    total: { principal: total.toString(), loans, averagePrincipal: average(total, loans) },
  };
}

// ---------------------------------------------------------------------------------------------
// Win-win registrations by the borrower's province.

export interface WinwinByProvinceReport {
  from: string;
  to: string;
  asOf: string;
  rows: { province: string; loans: number; principal: string; averagePrincipal: string }[];
  total: { principal: string; loans: number; averagePrincipal: string };
}

export async function winwinByProvince(
  db: SqlExecutor,
  t: Pick<ReadModelTables, 'loans'>,
  q: WinwinMonthlyQuery,
): Promise<WinwinByProvinceReport> {
  const rows = await db.query<{ province: string; principal: string; loans: number }>(
    `SELECT province, sum(amount)::text AS principal, count(*)::int AS loans
       FROM ${t.loans}
      WHERE product_code = 'winwinlening' AND approved_on >= $1::date AND approved_on < $2::date
        AND approved_on <= $3::date
      GROUP BY province ORDER BY count(*) DESC, province`,
    [
      formatBusinessDate(q.from.atDay(1)),
      formatBusinessDate(q.to.plusMonths(1).atDay(1)),
      formatBusinessDate(q.asOf),
    ],
  );
  const total = Money.sum(rows.map((r) => Money.parse(r.principal)));
  const loans = rows.reduce((n, r) => n + r.loans, 0);
  return {
    from: formatMonth(q.from),
    to: formatMonth(q.to),
    asOf: formatBusinessDate(q.asOf),
    rows: rows.map((r) => ({
      province: r.province,
      loans: r.loans,
      principal: Money.parse(r.principal).toString(),
      averagePrincipal: average(Money.parse(r.principal), r.loans),
    })),
    total: { principal: total.toString(), loans, averagePrincipal: average(total, loans) },
  };
}

// ---------------------------------------------------------------------------------------------
// The intake funnel: inquiries contacted, applications filed in the period, and what had become
// of those applications on the as-of date. An offer withdrawn after approval still counts as
// approved: the lender said yes.

export interface ApprovalRatesQuery {
  productCode?: string;
  from?: LocalDate;
  to?: LocalDate;
  asOf: LocalDate;
}

export interface ApprovalRatesReport {
  productCode: string | null;
  from: string | null;
  to: string | null;
  asOf: string;
  inquiries: number;
  applications: number;
  approved: number;
  refused: number;
  withdrawn: number;
  pending: number;
  /** approved / applications, 4 decimals, half up; null without applications. */
  approvalRate: string | null;
}

export async function approvalRates(
  db: SqlExecutor,
  t: Pick<ReadModelTables, 'loans' | 'inquiries'>,
  q: ApprovalRatesQuery,
): Promise<ApprovalRatesReport> {
  const asOf = formatBusinessDate(q.asOf);
  const from = q.from ? formatBusinessDate(q.from) : null;
  const to = q.to ? formatBusinessDate(q.to) : null;
  const params = [q.productCode ?? null, from, to, asOf];
  const [funnel] = await db.query<{
    applications: number;
    approved: number;
    refused: number;
    withdrawn: number;
  }>(
    `SELECT ${approvalFunnelCounts('$4')}
       FROM ${t.loans}
      WHERE ($1::text IS NULL OR product_code = $1::text)
        AND ($2::date IS NULL OR applied_on >= $2::date)
        AND ($3::date IS NULL OR applied_on <= $3::date)
        AND applied_on <= $4::date`,
    params,
  );
  const [{ inquiries }] = await db.query<{ inquiries: number }>(
    `SELECT count(*)::int AS inquiries FROM ${t.inquiries}
      WHERE ($1::text IS NULL OR product_code = $1::text)
        AND ($2::date IS NULL OR contacted_on >= $2::date)
        AND ($3::date IS NULL OR contacted_on <= $3::date)
        AND contacted_on <= $4::date`,
    params,
  );
  const { applications, approved, refused, withdrawn } = funnel;
  return {
    productCode: q.productCode ?? null,
    from,
    to,
    asOf,
    inquiries,
    applications,
    approved,
    refused,
    withdrawn,
    pending: applications - approved - refused - withdrawn,
    approvalRate:
      applications === 0
        ? null
        : new Dec(approved)
            .dividedBy(applications)
            .toDecimalPlaces(4, Dec.ROUND_HALF_UP)
            .toFixed(4),
  };
}

// ---------------------------------------------------------------------------------------------
// The loan list, newest application first, in cursor pages.

export interface LoanListQuery {
  productCode?: string;
  status?: string;
  /** The borrower: a company by its number, a sole trader by their person (whose number is sealed). */
  borrower?: BorrowerMatch;
  /** A search box's text: a company name's words, a loan id prefix, or an enterprise number. */
  search?: LoanSearch;
  /** Only applications whose approval waits for a second officer that this actor may give. */
  awaitingSecondApproval?: { notByActorKey?: string };
  /** Only loans this credit officer (actorKey) proposed, approved or refused. */
  officerKey?: string;
  /** Only active loans this many days past due at the end of `asOf` (the portfolio's buckets). */
  arrears?: { bucket: ArrearsBucket; asOf: string };
  limit: number;
  cursor?: string;
}

/** The portfolio report's buckets of days past due; `any` is 1 day or more. */
export const ARREARS_BUCKETS = ['any', '1-30', '31-90', 'over-90'] as const;
export type ArrearsBucket = (typeof ARREARS_BUCKETS)[number];
const BUCKET_DAYS: Record<ArrearsBucket, [number, number]> = {
  any: [1, 2 ** 31 - 1],
  '1-30': [1, 30],
  '31-90': [31, 90],
  'over-90': [91, 2 ** 31 - 1],
};

export interface BorrowerMatch {
  /** Formatted as stored: 0403.170.701. */
  enterpriseNumber: string;
  /** The sole trader registered for that number, if any. */
  personId?: string;
}

export interface LoanSearch {
  /** Every one must be a token of the name (search.ts queryTokens); empty: no name match. */
  tokens: string[];
  /** A whole file number ("IK-2022-0042"): that loan only, not the words' matches. */
  fileNumber?: string;
  /** A whole structured communication ("+++123/4567/89002+++"): that loan only. */
  structuredCommunication?: string;
  loanIdRange?: [from: string, to: string];
  borrower?: BorrowerMatch;
}

export interface LoanListItem {
  loanId: string;
  /** "IK-2022-0042"; null for applications registered before file numbers. */
  fileNumber: string | null;
  /** "+++123/4567/89002+++" from disbursement on; null before. */
  structuredCommunication: string | null;
  productCode: string;
  status: string;
  borrower: {
    /** A company's; null for a natural person, whose enterprise number is only kept sealed. */
    enterpriseNumber: string | null;
    /** An enterprise's name; null for a natural person, whose name is only kept sealed. */
    name: string | null;
    province: string;
    naturalPerson: boolean;
    personId: string | null;
  };
  /**
   * A natural person's name as the event stores it, sealed under their key: for the back
   * office to open (or show as erased), never to hand out as it is.
   */
  sealedBorrowerName: unknown;
  /** A sole trader's enterprise number as the event stores it, sealed: like the name. */
  sealedEnterpriseNumber: unknown;
  amount: string;
  annualRate: string | null;
  termMonths: number;
  appliedOn: string;
  approvedOn: string | null;
  /** `second-approval`: proposed above the first officer's limit, waiting for a second one. */
  awaiting: 'second-approval' | null;
  /** Days past due at the end of the arrears filter's `asOf`; only when the list is so filtered. */
  daysPastDue?: number;
  /** The proposal that waits, while it does. */
  secondApproval: { proposedBy: string; proposedOn: string; amount: string } | null;
  version: number;
}

export class InvalidCursorError extends Error {}

/**
 * A loan's days past due at the end of `day` (a query parameter), as the portfolio report counts
 * them: from the oldest instalment due before the day that the instalment payments up to that
 * day have not covered (payments pay oldest first). NULL without arrears.
 */
function daysPastDueSql(
  t: Pick<ReadModelTables, 'loans' | 'schedules' | 'payments'>,
  day: string,
): string {
  return `(SELECT ${day}::date - min(x.due)
        FROM ${t.schedules} AS s, unnest(s.due_on, s.cumulative_due) AS x(due, cum)
       WHERE s.loan_id = ${t.loans}.loan_id AND x.due < ${day}::date
         AND x.cum > (SELECT coalesce(sum(pay.principal + pay.interest), 0) FROM ${t.payments} AS pay
                       WHERE pay.loan_id = ${t.loans}.loan_id AND pay.kind = 'instalment'
                         AND pay.paid_on <= ${day}::date))`;
}

/**
 * The active loans at least `minDays` past due at the end of `day`, the longest overdue first:
 * those the reminder processor looks at (it decides each on the loan's own events).
 */
export async function loansPastDue(
  db: SqlExecutor,
  t: Pick<ReadModelTables, 'loans' | 'schedules' | 'payments'>,
  day: string,
  minDays: number,
  /** Only these products' loans. */
  productCodes: readonly string[],
): Promise<{ loanId: string; daysPastDue: number }[]> {
  const dpd = daysPastDueSql(t, '$1');
  const rows = await db.query<{ loan_id: string; days_past_due: number }>(
    `SELECT loan_id::text, days_past_due FROM (
       SELECT loan_id, ${dpd} AS days_past_due FROM ${t.loans}
        WHERE status = 'active' AND disbursed_on <= $1::date
          AND product_code = ANY($3::text[])) AS due
      WHERE days_past_due >= $2
      ORDER BY days_past_due DESC, loan_id`,
    [day, minDays, [...productCodes]],
  );
  return rows.map((r) => ({ loanId: r.loan_id, daysPastDue: Number(r.days_past_due) }));
}

export async function listLoans(
  db: SqlExecutor,
  /** `schedules` and `payments` only for the arrears filter. */
  t: Pick<ReadModelTables, 'loans'> & Partial<Pick<ReadModelTables, 'schedules' | 'payments'>>,
  q: LoanListQuery,
): Promise<{ items: LoanListItem[]; nextCursor: string | null }> {
  const after = q.cursor === undefined ? null : decodeCursor(q.cursor);
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  if (q.productCode !== undefined) where.push(`product_code = ${p(q.productCode)}::text`);
  if (q.status !== undefined) where.push(`status = ${p(q.status)}::text`);
  if (q.borrower) where.push(borrowerIs(q.borrower, p));
  if (q.search) {
    const { tokens, fileNumber, structuredCommunication, loanIdRange, borrower } = q.search;
    const any = [
      ...(structuredCommunication !== undefined
        ? [`structured_communication = ${p(structuredCommunication)}::text`]
        : []),
      ...(fileNumber !== undefined
        ? [`file_number = ${p(fileNumber)}::text`]
        : tokens.length > 0
          ? [`search_tokens @> ${p(tokens)}::text[]`]
          : []),
      ...(loanIdRange
        ? [`loan_id BETWEEN ${p(loanIdRange[0])}::uuid AND ${p(loanIdRange[1])}::uuid`]
        : []),
      ...(borrower ? [borrowerIs(borrower, p)] : []),
    ];
    where.push(any.length > 0 ? `(${any.join(' OR ')})` : 'false');
  }
  if (q.awaitingSecondApproval) {
    where.push(`status = 'applied' AND proposed_by IS NOT NULL`);
    const me = q.awaitingSecondApproval.notByActorKey;
    // Four eyes: neither the proposer nor the registrar may second it.
    if (me !== undefined) {
      where.push(
        `proposed_by_key IS DISTINCT FROM ${p(me)} AND registered_by_key IS DISTINCT FROM ${p(me)}`,
      );
    }
  }
  if (q.officerKey !== undefined) where.push(`officer_keys @> ARRAY[${p(q.officerKey)}::text]`);
  let daysPastDue = '';
  if (q.arrears) {
    if (!t.schedules || !t.payments)
      throw new Error('the arrears filter reads schedules and payments');
    const day = p(q.arrears.asOf);
    daysPastDue = daysPastDueSql(
      { loans: t.loans, schedules: t.schedules, payments: t.payments },
      day,
    );
    const [from, to] = BUCKET_DAYS[q.arrears.bucket];
    where.push(
      `status = 'active' AND disbursed_on <= ${day}::date AND ${daysPastDue} BETWEEN ${p(from)} AND ${p(to)}`,
    );
  }
  if (after) where.push(`(applied_on, loan_id) < (${p(after[0])}::date, ${p(after[1])}::uuid)`);
  const rows = await db.query<Record<string, unknown>>(
    `SELECT loan_id::text, file_number, structured_communication, product_code, status, enterprise_number, enterprise_number_sealed,
            natural_person, borrower_name,
            borrower_name_sealed, borrower_person_id::text, province, amount::text,
            annual_rate::text, term_months, applied_on::text, approved_on::text,
            proposed_by, proposed_on::text, proposed_amount::text, version
            ${daysPastDue === '' ? '' : `, ${daysPastDue} AS days_past_due`}
       FROM ${t.loans}
      ${where.length > 0 ? `WHERE ${where.join('\n        AND ')}` : ''}
      ORDER BY applied_on DESC, loan_id DESC
      LIMIT ${p(q.limit + 1)}`,
    params,
  );
  const page = rows.slice(0, q.limit);
  const items = page.map((r): LoanListItem => ({
    loanId: String(r.loan_id),
    fileNumber: r.file_number === null ? null : String(r.file_number),
    structuredCommunication:
      r.structured_communication === null ? null : String(r.structured_communication),
    productCode: String(r.product_code),
    status: String(r.status),
    borrower: {
      enterpriseNumber: r.enterprise_number === null ? null : String(r.enterprise_number),
      name: r.borrower_name === null ? null : String(r.borrower_name),
      province: String(r.province),
      naturalPerson: r.natural_person === true,
      personId: r.borrower_person_id === null ? null : String(r.borrower_person_id),
    },
    sealedBorrowerName: r.borrower_name_sealed,
    sealedEnterpriseNumber: r.enterprise_number_sealed,
    amount: Money.parse(String(r.amount)).toString(),
    annualRate: r.annual_rate === null ? null : new Dec(String(r.annual_rate)).toString(),
    termMonths: Number(r.term_months),
    appliedOn: String(r.applied_on),
    approvedOn: r.approved_on === null ? null : String(r.approved_on),
    awaiting: r.proposed_by === null ? null : 'second-approval',
    ...(r.days_past_due === undefined ? {} : { daysPastDue: Number(r.days_past_due) }),
    secondApproval:
      r.proposed_by === null
        ? null
        : {
            proposedBy: String(r.proposed_by),
            proposedOn: String(r.proposed_on),
            amount: Money.parse(String(r.proposed_amount)).toString(),
          },
    version: Number(r.version),
  }));
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.appliedOn, last.loanId]) : null,
  };
}

/** A company by its number in clear; a sole trader by their person, their number being sealed. */
function borrowerIs(b: BorrowerMatch, p: (value: unknown) => string): string {
  const company = `enterprise_number = ${p(b.enterpriseNumber)}::text`;
  return b.personId === undefined
    ? company
    : `(${company} OR borrower_person_id = ${p(b.personId)}::uuid)`;
}

function encodeCursor(key: [string, string]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === 2 &&
      /^\d{4}-\d{2}-\d{2}$/.test(String(key[0])) &&
      /^[0-9a-f-]{36}$/.test(String(key[1]))
    ) {
      return [String(key[0]), String(key[1])];
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError('the cursor is not one this API gave out');
}
