import { computeSchedule, LoanStateConflictError, Money, type LoanState } from '@loanbook/domain';
import type { StoredEvent } from '@loanbook/event-store';
import type { LoadedLoan } from './loan-repository';

/** The loan as `GET /loans/{id}` shows it, folded from its own stream. */
export function toLoanView(loanId: string, loan: LoadedLoan) {
  const s: LoanState = loan.state;
  const app = s.application!;
  const offer = s.offer;
  return {
    loanId,
    productCode: app.productCode,
    productVersion: offer?.productVersion ?? app.productVersion,
    status: s.status,
    // Personal data opened or "[erased]"; the person ids are what an admin forgets by.
    borrower: {
      enterpriseNumber: app.borrower.enterpriseNumber,
      name: app.borrower.name,
      province: app.borrower.province,
      naturalPerson: app.borrower.naturalPerson ?? false,
      personId: app.borrower.personId ?? null,
    },
    purpose: app.purpose,
    amount: (offer?.amount ?? app.amount).toString(),
    amountApplied: app.amount.toString(),
    annualRate: offer?.annualRate.toString() ?? null,
    termMonths: offer?.termMonths ?? app.termMonths,
    repayment: offer?.repayment ?? null,
    // Repayments (issue 5) will lower it; until then an active loan owes what was paid out.
    outstandingPrincipal: (s.disbursement?.amount ?? Money.zero()).toString(),
    disbursedOn: s.disbursement?.disbursedOn.toString() ?? null,
    appliedOn: app.appliedOn.toString(),
    signedOn: app.signedOn?.toString() ?? null,
    lender: app.lender
      ? {
          personId: app.lender.personId ?? null,
          id: app.lender.id,
          name: app.lender.name,
          relationToBorrower: app.lender.relationToBorrower,
        }
      : null,
    registeredBy: app.registeredBy,
    approvedOn: offer?.approvedOn.toString() ?? null,
    approvedBy: offer?.approvedBy ?? null,
    offerValidUntil: offer?.offerValidUntil.toString() ?? null,
    // An approval above the first officer's limit, waiting for a second officer.
    proposedApproval: s.proposedApproval
      ? {
          proposedBy: s.proposedApproval.proposedBy,
          approvalLimit: s.proposedApproval.approvalLimit.toString(),
          approvedOn: s.proposedApproval.approvedOn.toString(),
          amount: s.proposedApproval.amount.toString(),
          annualRate: s.proposedApproval.annualRate.toString(),
          termMonths: s.proposedApproval.termMonths,
          repayment: s.proposedApproval.repayment,
          offerValidUntil: s.proposedApproval.offerValidUntil.toString(),
        }
      : null,
    refusal: s.refusal
      ? {
          refusedOn: s.refusal.refusedOn.toString(),
          reasons: s.refusal.reasons,
          explanation: s.refusal.explanation,
        }
      : null,
    withdrawal: s.withdrawal
      ? { withdrawnOn: s.withdrawal.withdrawnOn.toString(), reason: s.withdrawal.reason }
      : null,
    version: loan.version,
    position: loan.events.at(-1)!.globalPosition,
  };
}

/** An event of `LoanRepository.load`, whose personal data is already opened or erased. */
export function toEventView(e: StoredEvent) {
  return {
    eventId: e.eventId,
    type: e.type,
    streamId: e.streamId,
    streamVersion: e.streamVersion,
    globalPosition: e.globalPosition,
    data: e.data,
    metadata: e.metadata,
  };
}

/**
 * `GET /loans/{id}/schedule`: the instalments of an active loan, computed from the offer's terms
 * and the disbursement date (libs/domain/src/schedule). Before disbursement there is no first
 * due date, so no schedule: a 409.
 */
export function toScheduleView(loanId: string, loan: LoadedLoan) {
  const s: LoanState = loan.state;
  if (!s.disbursement || !s.offer) {
    throw new LoanStateConflictError(
      s.status,
      'schedule',
      `a loan that is ${s.status} has no schedule yet: it starts on the disbursement date`,
    );
  }
  const offer = s.offer;
  const schedule = computeSchedule({
    principal: s.disbursement.amount,
    annualRate: offer.annualRate,
    termMonths: offer.termMonths,
    repayment: offer.repayment,
    disbursedOn: s.disbursement.disbursedOn,
  });
  return {
    loanId,
    principal: s.disbursement.amount.toString(),
    annualRate: offer.annualRate.toString(),
    termMonths: offer.termMonths,
    repayment: offer.repayment,
    disbursedOn: s.disbursement.disbursedOn.toString(),
    instalments: schedule.instalments.map((i) => ({
      number: i.number,
      dueOn: i.dueOn.toString(),
      principal: i.principal.toString(),
      interest: i.interest.toString(),
      total: i.total.toString(),
      outstandingAfter: i.outstandingAfter.toString(),
    })),
    totals: {
      principal: schedule.totals.principal.toString(),
      interest: schedule.totals.interest.toString(),
      total: schedule.totals.total.toString(),
    },
    version: loan.version,
  };
}
