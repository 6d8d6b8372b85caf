import type { LocalDate } from '@js-joda/core';
import { LocalDate as Day } from '@js-joda/core';
import {
  computeSchedule,
  type InstalmentPaidData,
  type LoanApprovalProposedData,
  type LoanState,
} from '@loanbook/domain';
import type { StoredEvent } from '@loanbook/event-store';
import type { LoadedLoan } from './loan-repository';
import type { CommandWarning } from './loan-warnings';
import { toArrearsView, toLoanView } from './loan-view';

/**
 * What every loan command answers: where the loan is now (`version` for If-Match, `position`
 * for `minPosition`), what the command recorded, and the loan as `GET /loans/{id}` would show
 * it, so that the clerk's next step needs no second request. Made from the events alone (the
 * loan before the command and the command's own events), so a repeat with the same
 * Idempotency-Key gets the same reply.
 */
export function commandReply(
  loanId: string,
  after: LoadedLoan,
  /** The command's own events, as `after.events` holds them (personal data opened). */
  recorded: readonly StoredEvent[],
  today: LocalDate,
  warnings: readonly CommandWarning[] = [],
) {
  const s = after.state;
  return {
    loanId,
    version: after.version,
    position: after.events.at(-1)?.globalPosition ?? 0,
    status: s.status,
    ...approvalOutcome(recorded, s.application?.registeredBy),
    ...(s.offer && recorded.some((e) => e.type === 'LoanApproved')
      ? { offerSchedule: offerSchedule(s) }
      : {}),
    ...stillDue(loanId, after, recorded),
    recorded: recorded.map((e) => ({ type: e.type, streamVersion: e.streamVersion, data: e.data })),
    loan: toLoanView(loanId, after, today, warnings),
    warnings: [...warnings],
  };
}

export type LoanCommandReply = ReturnType<typeof commandReply>;

/**
 * What an approval came to: the offer, or a proposal that waits for a second officer (four
 * eyes), who may be any credit officer but those named.
 */
function approvalOutcome(recorded: readonly StoredEvent[], registeredBy: string | undefined) {
  if (recorded.some((e) => e.type === 'LoanApproved')) return { outcome: 'approved' as const };
  const proposal = recorded.find((e) => e.type === 'LoanApprovalProposed');
  if (!proposal) return {};
  const data = proposal.data as unknown as LoanApprovalProposedData;
  return {
    outcome: 'proposed' as const,
    secondApproval: {
      amount: data.offer.amount,
      proposedBy: data.proposedBy,
      notBy: [...new Set([data.proposedBy, ...(registeredBy ? [registeredBy] : [])])],
    },
  };
}

/**
 * The offer's schedule as it would run if the loan were paid out on the approval day: the
 * borrower's figures to discuss before disbursement (the real one starts on the disbursement
 * date, see GET /loans/{id}/schedule).
 */
function offerSchedule(s: LoanState) {
  const offer = s.offer!;
  const schedule = computeSchedule({
    principal: offer.amount,
    annualRate: offer.annualRate,
    termMonths: offer.termMonths,
    repayment: offer.repayment,
    disbursedOn: offer.approvedOn,
  });
  const first = schedule.instalments[0];
  const last = schedule.instalments.at(-1)!;
  return {
    assumedDisbursedOn: offer.approvedOn.toString(),
    instalments: schedule.instalments.length,
    firstDueOn: first.dueOn.toString(),
    lastDueOn: last.dueOn.toString(),
    firstInstalment: first.total.toString(),
    lastInstalment: last.total.toString(),
    totalInterest: schedule.totals.interest.toString(),
    totalToRepay: schedule.totals.total.toString(),
  };
}

/**
 * After a payment towards the schedule: what is still due at the end of its payment day
 * (arrears, due that day, the next instalment), as the arrears endpoint shows it then.
 */
function stillDue(loanId: string, after: LoadedLoan, recorded: readonly StoredEvent[]) {
  const paid = recorded.find((e) => e.type === 'InstalmentPaid');
  if (!paid || !after.state.disbursement) return {};
  const { paidOn } = paid.data as unknown as InstalmentPaidData;
  const {
    loanId: _id,
    status: _status,
    version: _version,
    ...due
  } = toArrearsView(loanId, after, Day.parse(paidOn));
  return { stillDue: due };
}
