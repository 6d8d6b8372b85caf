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
