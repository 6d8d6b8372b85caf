import type { LocalDate } from '@js-joda/core';
import { formatBusinessDate } from '@loanbook/domain';
import type { SqlExecutor } from '@loanbook/event-store';
import { approvalFunnelCounts, type ReadModelTables } from '@loanbook/projections/read-models';

/**
 * The portfolio on a business date, from the loans read model, its payments and the loan
 * schedules. Every figure is as of the end of `asOf`: steps dated later are ignored, so the
 * report for a past day is the same whenever it is made (for what was recorded by then).
 *
 * A loan's state on the day: not disbursed, active, repaid, defaulted or written off, by the
 * first of those dates on or before it. Its principal outstanding: the disbursed amount less
 * the principal repaid (instalments and early repayments) and the recoveries up to that day;
 * nothing once written off.
 *
 * Arrears (PAR) count active loans only: the unpaid parts of the instalments due before the day
 * (an instalment due that day is not late yet), paid oldest first as the ledger pays them. The
 * days past due run from the oldest instalment not fully paid; PAR30 and PAR90 are the principal
 * outstanding of the loans more than 30 and more than 90 days past due. Defaulted loans are
 * counted apart.
 */
export interface PortfolioWindow {
  asOf: LocalDate;
  /** First day of the period for flows (disbursed, repaid, defaults, claims). */
  from: LocalDate;
}

/** One product version's figures; amounts as exact decimal strings from numeric. */
export interface ProductVersionFigures {
  productCode: string;
  productVersion: string;
  activeLoans: number;
  outstanding: string;
  /** Outstanding principal of active loans by days past due. */
  current: string;
  late1to30: string;
  late31to90: string;
  lateOver90: string;
  par30Loans: number;
  par90Loans: number;
  /** Unpaid parts of instalments past due (interest and principal). */
  overdue: string;
  disbursedLoans: number;
  disbursed: string;
  principalRepaid: string;
  interestPaid: string;
  defaultedLoans: number;
  /** Principal outstanding on the day of default, of the loans defaulted in the period. */
  defaultedPrincipal: string;
  /** Defaulted and not written off on the day: their principal still outstanding. */
  defaultedOpenLoans: number;
  defaultedOutstanding: string;
  writtenOffLoans: number;
  writtenOff: string;
  recovered: string;
  governmentClaims: number;
  governmentClaimed: string;
  /** Win-win principal still at risk for the government guarantee: active, or defaulted and not yet claimed. */
  guaranteeBase: string;
}

export async function portfolioByProductVersion(
  db: SqlExecutor,
  t: ReadModelTables,
  w: PortfolioWindow,
): Promise<ProductVersionFigures[]> {
  const rows = await db.query<Record<string, string | number>>(
    `WITH paid AS (
       SELECT loan_id,
              coalesce(sum(principal) FILTER (WHERE kind <> 'recovery'), 0) AS principal_repaid,
              coalesce(sum(principal + interest) FILTER (WHERE kind = 'instalment'), 0) AS instalments_paid,
              coalesce(sum(amount) FILTER (WHERE kind = 'recovery'), 0) AS recovered,
              coalesce(sum(principal) FILTER (WHERE kind <> 'recovery' AND paid_on >= $2::date), 0) AS principal_in_period,
              coalesce(sum(interest) FILTER (WHERE kind <> 'recovery' AND paid_on >= $2::date), 0) AS interest_in_period,
              coalesce(sum(amount) FILTER (WHERE kind = 'recovery' AND paid_on >= $2::date), 0) AS recovered_in_period
         FROM ${t.payments} WHERE paid_on <= $1::date GROUP BY loan_id
     ), book AS (
       SELECT l.loan_id, l.product_code, l.product_version, l.disbursed_on, l.disbursed_amount,
              l.defaulted_on, l.default_outstanding, l.written_off_on, l.written_off_amount,
              l.government_claimed_on, l.government_claim,
              coalesce(p.instalments_paid, 0) AS instalments_paid,
              coalesce(p.principal_in_period, 0) AS principal_in_period,
              coalesce(p.interest_in_period, 0) AS interest_in_period,
              coalesce(p.recovered_in_period, 0) AS recovered_in_period,
              CASE WHEN l.written_off_on <= $1::date THEN 'written-off'
                   WHEN l.defaulted_on <= $1::date THEN 'defaulted'
                   WHEN l.repaid_on <= $1::date THEN 'repaid'
                   ELSE 'active' END AS state,
              CASE WHEN l.written_off_on <= $1::date THEN 0
                   ELSE l.disbursed_amount - coalesce(p.principal_repaid, 0) - coalesce(p.recovered, 0)
              END AS outstanding
         FROM ${t.loans} AS l LEFT JOIN paid AS p ON p.loan_id = l.loan_id
        WHERE l.disbursed_on <= $1::date
     ), late AS (
       SELECT b.*, a.oldest_unpaid, coalesce(a.overdue, 0) AS overdue,
              coalesce($1::date - a.oldest_unpaid, 0) AS days_past_due
         FROM book AS b
         LEFT JOIN ${t.schedules} AS s ON s.loan_id = b.loan_id AND b.state = 'active'
         LEFT JOIN LATERAL (
           SELECT min(x.due) FILTER (WHERE x.cum > b.instalments_paid) AS oldest_unpaid,
                  greatest(max(x.cum) - b.instalments_paid, 0) AS overdue
             FROM unnest(s.due_on, s.cumulative_due) AS x(due, cum)
            WHERE x.due < $1::date
         ) AS a ON true
     )
     SELECT product_code, product_version,
            count(*) FILTER (WHERE state = 'active')::int AS active_loans,
            coalesce(sum(outstanding) FILTER (WHERE state = 'active'), 0)::text AS outstanding,
            coalesce(sum(outstanding) FILTER (WHERE state = 'active' AND days_past_due = 0), 0)::text AS current,
            coalesce(sum(outstanding) FILTER (WHERE state = 'active' AND days_past_due BETWEEN 1 AND 30), 0)::text AS late_1_30,
            coalesce(sum(outstanding) FILTER (WHERE state = 'active' AND days_past_due BETWEEN 31 AND 90), 0)::text AS late_31_90,
            coalesce(sum(outstanding) FILTER (WHERE state = 'active' AND days_past_due > 90), 0)::text AS late_over_90,
            count(*) FILTER (WHERE state = 'active' AND days_past_due > 30)::int AS par30_loans,
            count(*) FILTER (WHERE state = 'active' AND days_past_due > 90)::int AS par90_loans,
            coalesce(sum(overdue) FILTER (WHERE state = 'active'), 0)::text AS overdue,
            count(*) FILTER (WHERE disbursed_on >= $2::date)::int AS disbursed_loans,
            coalesce(sum(disbursed_amount) FILTER (WHERE disbursed_on >= $2::date), 0)::text AS disbursed,
            coalesce(sum(principal_in_period), 0)::text AS principal_repaid,
            coalesce(sum(interest_in_period), 0)::text AS interest_paid,
            count(*) FILTER (WHERE defaulted_on BETWEEN $2::date AND $1::date)::int AS defaulted_loans,
            coalesce(sum(default_outstanding) FILTER (WHERE defaulted_on BETWEEN $2::date AND $1::date), 0)::text AS defaulted_principal,
            count(*) FILTER (WHERE state = 'defaulted')::int AS defaulted_open_loans,
            coalesce(sum(outstanding) FILTER (WHERE state = 'defaulted'), 0)::text AS defaulted_outstanding,
            count(*) FILTER (WHERE written_off_on BETWEEN $2::date AND $1::date)::int AS written_off_loans,
            coalesce(sum(written_off_amount) FILTER (WHERE written_off_on BETWEEN $2::date AND $1::date), 0)::text AS written_off,
            coalesce(sum(recovered_in_period), 0)::text AS recovered,
            count(*) FILTER (WHERE government_claimed_on BETWEEN $2::date AND $1::date)::int AS government_claims,
            coalesce(sum(government_claim) FILTER (WHERE government_claimed_on BETWEEN $2::date AND $1::date), 0)::text AS government_claimed,
            coalesce(sum(outstanding) FILTER (
              WHERE product_code = 'winwinlening'
                AND (state = 'active' OR (state = 'defaulted'
                     AND (government_claimed_on IS NULL OR government_claimed_on > $1::date)))), 0)::text AS guarantee_base
       FROM late
      GROUP BY product_code, product_version
      ORDER BY product_code, product_version`,
    [formatBusinessDate(w.asOf), formatBusinessDate(w.from)],
  );
  return rows.map((r) => ({
    productCode: String(r.product_code),
    productVersion: String(r.product_version),
    activeLoans: Number(r.active_loans),
    outstanding: String(r.outstanding),
    current: String(r.current),
    late1to30: String(r.late_1_30),
    late31to90: String(r.late_31_90),
    lateOver90: String(r.late_over_90),
    par30Loans: Number(r.par30_loans),
    par90Loans: Number(r.par90_loans),
    overdue: String(r.overdue),
    disbursedLoans: Number(r.disbursed_loans),
    disbursed: String(r.disbursed),
    principalRepaid: String(r.principal_repaid),
    interestPaid: String(r.interest_paid),
    defaultedLoans: Number(r.defaulted_loans),
    defaultedPrincipal: String(r.defaulted_principal),
    defaultedOpenLoans: Number(r.defaulted_open_loans),
    defaultedOutstanding: String(r.defaulted_outstanding),
    writtenOffLoans: Number(r.written_off_loans),
    writtenOff: String(r.written_off),
    recovered: String(r.recovered),
    governmentClaims: Number(r.government_claims),
    governmentClaimed: String(r.government_claimed),
    guaranteeBase: String(r.guarantee_base),
  }));
}

/** Refusals by reason code and year of refusal, up to the day (a refusal may give several reasons). */
export async function refusalsByReason(
  db: SqlExecutor,
  t: Pick<ReadModelTables, 'loans'>,
  asOf: LocalDate,
): Promise<{ productCode: string; reason: string; year: number; refusals: number }[]> {
  const rows = await db.query<{ product_code: string; reason: string; year: number; n: number }>(
    `SELECT product_code, r.reason, extract(year FROM refused_on)::int AS year, count(*)::int AS n
       FROM ${t.loans}, unnest(refusal_reasons) AS r(reason)
      WHERE refused_on <= $1::date
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    [formatBusinessDate(asOf)],
  );
  return rows.map((r) => ({
    productCode: r.product_code,
    reason: r.reason,
    year: Number(r.year),
    refusals: Number(r.n),
  }));
}

/** Refused applications (not reasons) per year, for the shares of each reason. */
export async function refusalsByYear(
  db: SqlExecutor,
  t: Pick<ReadModelTables, 'loans'>,
  asOf: LocalDate,
): Promise<{ year: number; refusals: number }[]> {
  const rows = await db.query<{ year: number; n: number }>(
    `SELECT extract(year FROM refused_on)::int AS year, count(*)::int AS n
       FROM ${t.loans} WHERE refused_on <= $1::date GROUP BY 1 ORDER BY 1`,
    [formatBusinessDate(asOf)],
  );
  return rows.map((r) => ({ year: Number(r.year), refusals: Number(r.n) }));
}

export interface EarlyRepaymentFigures {
  year: number;
  productCode: string;
  repayments: number;
  /** Of which the whole remaining principal. */
  full: number;
  capital: string;
  interest: string;
  fees: string;
}

/**
 * Early repayments by year and product up to the day. A full one is the one after which the
 * loan owed no principal: the loan was repaid on that day.
 */
export async function earlyRepayments(
  db: SqlExecutor,
  t: Pick<ReadModelTables, 'loans' | 'payments'>,
  asOf: LocalDate,
): Promise<EarlyRepaymentFigures[]> {
  const rows = await db.query<Record<string, string | number>>(
    `SELECT extract(year FROM p.paid_on)::int AS year, l.product_code, count(*)::int AS repayments,
            count(*) FILTER (WHERE l.repaid_on = p.paid_on)::int AS full_repayments,
            sum(p.principal)::text AS capital, sum(p.interest)::text AS interest, sum(p.fee)::text AS fees
       FROM ${t.payments} AS p JOIN ${t.loans} AS l ON l.loan_id = p.loan_id
      WHERE p.kind = 'early' AND p.paid_on <= $1::date
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [formatBusinessDate(asOf)],
  );
  return rows.map((r) => ({
    year: Number(r.year),
    productCode: String(r.product_code),
    repayments: Number(r.repayments),
    full: Number(r.full_repayments),
    capital: String(r.capital),
    interest: String(r.interest),
    fees: String(r.fees),
  }));
}

export interface SecurityFigures {
  kind: string;
  guarantees: number;
  amount: string;
  released: string;
  called: string;
  /** What the securities still cover on the day. */
  remaining: string;
  releaseRefusals: number;
}

/** The securities held for loans disbursed by the day, by kind, with their moves up to it. */
export async function securitiesHeld(
  db: SqlExecutor,
  t: Pick<ReadModelTables, 'loans' | 'guarantees' | 'guaranteeMoves'>,
  asOf: LocalDate,
): Promise<SecurityFigures[]> {
  const rows = await db.query<Record<string, string | number>>(
    `WITH moves AS (
       SELECT loan_id, guarantee_id,
              coalesce(sum(amount) FILTER (WHERE kind = 'release'), 0) AS released,
              coalesce(sum(amount) FILTER (WHERE kind = 'call'), 0) AS called,
              count(*) FILTER (WHERE kind = 'release-refused')::int AS refusals
         FROM ${t.guaranteeMoves} WHERE moved_on <= $1::date GROUP BY 1, 2
     )
     SELECT g.kind, count(*)::int AS guarantees, sum(g.amount)::text AS amount,
            coalesce(sum(m.released), 0)::text AS released, coalesce(sum(m.called), 0)::text AS called,
            sum(g.amount - coalesce(m.released, 0) - coalesce(m.called, 0))::text AS remaining,
            coalesce(sum(m.refusals), 0)::int AS refusals
       FROM ${t.guarantees} AS g
       JOIN ${t.loans} AS l ON l.loan_id = g.loan_id
       LEFT JOIN moves AS m ON m.loan_id = g.loan_id AND m.guarantee_id = g.guarantee_id
      WHERE l.disbursed_on <= $1::date AND g.given_on <= $1::date
      GROUP BY g.kind ORDER BY g.kind`,
    [formatBusinessDate(asOf)],
  );
  return rows.map((r) => ({
    kind: String(r.kind),
    guarantees: Number(r.guarantees),
    amount: String(r.amount),
    released: String(r.released),
    called: String(r.called),
    remaining: String(r.remaining),
    releaseRefusals: Number(r.refusals),
  }));
}

/** Applications, approvals, refusals and withdrawals of a product by year of application. */
export async function intakeByYear(
  db: SqlExecutor,
  t: Pick<ReadModelTables, 'loans' | 'inquiries'>,
  productCode: string,
  asOf: LocalDate,
): Promise<
  {
    year: number;
    inquiries: number;
    applications: number;
    approved: number;
    refused: number;
    withdrawn: number;
  }[]
> {
  const rows = await db.query<Record<string, number>>(
    `WITH apps AS (
       SELECT extract(year FROM applied_on)::int AS year, ${approvalFunnelCounts('$2')}
         FROM ${t.loans} WHERE product_code = $1 AND applied_on <= $2::date GROUP BY 1
     ), asks AS (
       SELECT extract(year FROM contacted_on)::int AS year, count(*)::int AS inquiries
         FROM ${t.inquiries} WHERE product_code = $1 AND contacted_on <= $2::date GROUP BY 1
     )
     SELECT coalesce(a.year, q.year) AS year, coalesce(q.inquiries, 0) AS inquiries,
            coalesce(a.applications, 0) AS applications, coalesce(a.approved, 0) AS approved,
            coalesce(a.refused, 0) AS refused, coalesce(a.withdrawn, 0) AS withdrawn
       FROM apps AS a FULL JOIN asks AS q ON q.year = a.year
      ORDER BY 1`,
    [productCode, formatBusinessDate(asOf)],
  );
  return rows.map((r) => ({
    year: Number(r.year),
    inquiries: Number(r.inquiries),
    applications: Number(r.applications),
    approved: Number(r.approved),
    refused: Number(r.refused),
    withdrawn: Number(r.withdrawn),
  }));
}
