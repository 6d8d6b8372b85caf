import type { LocalDate } from '@js-joda/core';
import { formatBusinessDate } from '@loanbook/domain';
import type { SqlExecutor } from '@loanbook/event-store';

/**
 * Offers still open (status approved) whose validity ended before `today`: those the
 * offer-lapse processor lapses, the longest overdue first. `loans` is the active generation's
 * loans table (ReadModelTables.loans).
 */
export async function offersPastValidity(
  db: SqlExecutor,
  loans: string,
  today: LocalDate,
  /** Only these products' offers lapse (a win-win registration does not). */
  productCodes: readonly string[],
): Promise<string[]> {
  const rows = await db.query<{ loan_id: string }>(
    `SELECT loan_id::text FROM ${loans}
      WHERE status = 'approved' AND offer_valid_until < $1::date
        AND product_code = ANY($2::text[])
      ORDER BY offer_valid_until, loan_id`,
    [formatBusinessDate(today), [...productCodes]],
  );
  return rows.map((r) => r.loan_id);
}

/**
 * The borrower's other open applications and offers (applied or approved) of one product: a
 * second one is accepted, but worth a warning (a double registration?). A company is matched by
 * its number, a sole trader by their person; a win-win loan only with the same lender, since one
 * enterprise borrows from several lenders by design.
 */
export async function otherOpenApplications(
  db: SqlExecutor,
  loans: string,
  q: {
    loanId: string;
    productCode: string;
    enterpriseNumber?: string;
    borrowerPersonId?: string;
    lenderPersonId?: string;
  },
): Promise<string[]> {
  if (q.enterpriseNumber === undefined && q.borrowerPersonId === undefined) return [];
  const rows = await db.query<{ loan_id: string }>(
    `SELECT loan_id::text FROM ${loans}
      WHERE product_code = $1 AND status IN ('applied', 'approved') AND loan_id <> $2::uuid
        AND (enterprise_number = $3::text OR borrower_person_id = $4::uuid)
        AND ($5::uuid IS NULL OR lender_person_id = $5::uuid)
      ORDER BY applied_on, loan_id`,
    [
      q.productCode,
      q.loanId,
      q.enterpriseNumber ?? null,
      q.borrowerPersonId ?? null,
      q.lenderPersonId ?? null,
    ],
  );
  return rows.map((r) => r.loan_id);
}
