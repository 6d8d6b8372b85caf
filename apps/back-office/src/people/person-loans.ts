import { HttpException, HttpStatus } from '@nestjs/common';
import type { SqlExecutor } from '@loanbook/event-store';
import type { ReadModelTables } from '@loanbook/projections/read-models';
import { PROBLEM_BASE, type ProblemDetails } from '../http/problem';
import { isErasable, openField } from './field-crypto';

/** A loan that names a person, and as whom. */
export interface PersonLoan {
  loanId: string;
  role: 'borrower' | 'lender' | 'guarantor';
  productCode: string;
  appliedOn: string;
  /** The borrower's name as the read model keeps it (sealed), when the person is the borrower. */
  sealedName: unknown;
}

/**
 * The loans of the loans read model that name the person as borrower (a sole trader), lender or
 * personal guarantor: what forgetting them erases. Oldest application first.
 */
export async function loansNamingPerson(
  db: SqlExecutor,
  t: Pick<ReadModelTables, 'loans' | 'guarantees'>,
  personId: string,
): Promise<PersonLoan[]> {
  const rows = await db.query<{
    loan_id: string;
    role: PersonLoan['role'];
    product_code: string;
    applied_on: string;
    sealed_name: unknown;
  }>(
    `SELECT l.loan_id::text, r.role, l.product_code, l.applied_on::text,
            CASE WHEN r.role = 'borrower' THEN l.borrower_name_sealed END AS sealed_name
       FROM (SELECT loan_id, 'borrower' AS role FROM ${t.loans} WHERE borrower_person_id = $1::uuid
             UNION SELECT loan_id, 'lender' FROM ${t.loans} WHERE lender_person_id = $1::uuid
             UNION SELECT loan_id, 'guarantor' FROM ${t.guarantees} WHERE guarantor_person_id = $1::uuid
            ) AS r
       JOIN ${t.loans} AS l USING (loan_id)
      ORDER BY l.applied_on, l.loan_id, r.role`,
    [personId],
  );
  return rows.map((r) => ({
    loanId: r.loan_id,
    role: r.role,
    productCode: r.product_code,
    appliedOn: r.applied_on,
    sealedName: r.sealed_name,
  }));
}

/** One name, one spelling: Unicode forms, case and spacing do not make another name. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').toUpperCase().replace(/\s+/g, ' ').trim();
}

/**
 * The distinct names (normalised) the loans give the person as their borrower, opened with the
 * person's key. More than one: the same enterprise number was probably given for someone else.
 */
export function borrowerNames(loans: PersonLoan[], dataKey: Buffer): Set<string> {
  const names = new Set<string>();
  for (const l of loans) {
    if (l.role === 'borrower' && isErasable(l.sealedName)) {
      names.add(normaliseName(openField(dataKey, l.sealedName)));
    }
  }
  return names;
}

/** The loan ids, once each, in the order given. */
export function loanIdsOf(loans: PersonLoan[]): string[] {
  return [...new Set(loans.map((l) => l.loanId))];
}

/** Whether `confirmed` names exactly these loans (in any order, any case). */
export function confirmsLoans(confirmed: readonly string[] | undefined, loanIds: string[]) {
  if (confirmed === undefined) return false;
  const given = new Set(confirmed.map((id) => id.toLowerCase()));
  return given.size === loanIds.length && loanIds.every((id) => given.has(id));
}

/**
 * 409: the person's loans give their borrower different names, so forgetting could erase
 * another person's data with theirs. No name in the answer (problems may be logged): the loans,
 * which an admin opens to check, and how to confirm.
 */
export class PersonNamedDifferentlyProblem extends HttpException {
  constructor(personId: string, loans: PersonLoan[], names: number) {
    super(
      {
        type: `${PROBLEM_BASE}person-named-differently`,
        title: 'The loans name this person differently',
        status: HttpStatus.CONFLICT,
        detail: `the loans of person ${personId} give their borrower ${names} different names: the same enterprise number may have been given for another person. Check these loans; to forget the person on all of them, send "confirmLoans" with exactly these loan ids`,
        personId,
        loans: loans.map(({ loanId, role, productCode, appliedOn }) => ({
          loanId,
          role,
          productCode,
          appliedOn,
        })),
      } satisfies ProblemDetails,
      HttpStatus.CONFLICT,
    );
  }
}
