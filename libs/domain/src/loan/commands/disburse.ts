import type { LocalDate } from '@js-joda/core';
import { computeSchedule } from '../../schedule/schedule';
import { formatBusinessDate, holidaysMovingDueDates, type HolidayCalendar } from '../../time';
import type { DisburseLoan } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { DueDateShiftData, LoanEvent } from '../events';
import type { LoanState } from '../state';
import { checkNotBefore, checkNotInFuture, requireStatus } from '../rules/common';

/**
 * Paying out the offer makes the loan active. Only within the offer's validity
 * (gestanddoeningstermijn): an offer not disbursed by then has lapsed, whether or not the lapse
 * has been recorded yet.
 */
export function decideDisburse(
  command: DisburseLoan,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['approved']);
  const offer = state.offer!;
  const v = new Violations();
  checkNotInFuture(v, ctx, command.disbursedOn, 'disbursedOn');
  checkNotBefore(
    v,
    command.disbursedOn,
    offer.approvedOn,
    'disbursement-before-approval',
    'the disbursement date',
    'disbursedOn',
  );
  v.check(
    ctx.catalogue.offerLapses(state.application!.productCode) &&
      command.disbursedOn.isAfter(offer.offerValidUntil),
    'offer-lapsed',
    () =>
      `the offer held until ${formatBusinessDate(offer.offerValidUntil)}; it cannot be disbursed on ${formatBusinessDate(command.disbursedOn)}`,
    'disbursedOn',
  );
  v.throwIfAny();
  const disbursedOn = formatBusinessDate(command.disbursedOn);
  const convention = ctx.catalogue.dueDateConvention(offer.productVersion);
  return [
    {
      type: 'LoanDisbursed',
      effectiveOn: disbursedOn,
      data: {
        loanId: command.loanId,
        disbursedOn,
        amount: offer.amount.toString(),
        ...(ctx.structuredCommunication
          ? {
              structuredCommunication: ctx.structuredCommunication.communication,
              communicationAttempt: ctx.structuredCommunication.attempt,
            }
          : {}),
        ...(convention === 'following' && ctx.holidays
          ? { dueDateShift: dueDateShiftAt(offer, command.disbursedOn, ctx.holidays) }
          : {}),
      },
    },
  ];
}

/**
 * The shift the schedule keeps for ever: the holidays of the lender's calendar today that its
 * contractual due dates meet (an early repayment recomputes amounts, never dates).
 */
function dueDateShiftAt(
  offer: NonNullable<LoanState['offer']>,
  disbursedOn: LocalDate,
  holidays: HolidayCalendar,
): DueDateShiftData {
  const contractual = computeSchedule({
    principal: offer.amount,
    annualRate: offer.annualRate,
    termMonths: offer.termMonths,
    repayment: offer.repayment,
    disbursedOn,
  }).instalments.map((i) => i.dueOn);
  return { convention: 'following', holidays: holidaysMovingDueDates(contractual, holidays) };
}
