import type { LoanState } from '@loanbook/domain';
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
    borrower: app.borrower,
    purpose: app.purpose,
    amount: (offer?.amount ?? app.amount).toString(),
    amountApplied: app.amount.toString(),
    annualRate: offer?.annualRate.toString() ?? null,
    termMonths: offer?.termMonths ?? app.termMonths,
    repayment: offer?.repayment ?? null,
    // Nothing is disbursed before issue 5's disbursement; the figure is already part of the contract.
    outstandingPrincipal: '0.00',
    appliedOn: app.appliedOn.toString(),
    signedOn: app.signedOn?.toString() ?? null,
    lender: app.lender ?? null,
    approvedOn: offer?.approvedOn.toString() ?? null,
    offerValidUntil: offer?.offerValidUntil.toString() ?? null,
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
