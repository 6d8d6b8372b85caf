import { formatBusinessDate } from '../../time';
import type { LapseOffer } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent } from '../events';
import type { LoanState } from '../state';
import { requireStatus } from '../rules/common';

/**
 * An offer not disbursed by its offerValidUntil lapses the day after (the
 * gestanddoeningstermijn has passed). Recorded by the offer-lapse processor from the clock,
 * whenever it runs: a lapse it missed while down is recorded late, dated when it happened.
 */
export function decideLapse(
  command: LapseOffer,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['approved']);
  const validUntil = state.offer!.offerValidUntil;
  const today = ctx.clock.today();
  const productCode = state.application!.productCode;
  new Violations()
    .check(
      !ctx.catalogue.offerLapses(productCode),
      'offer-does-not-lapse',
      () => `an approved ${productCode} loan does not lapse: it records a loan already contracted`,
    )
    .check(
      !today.isAfter(validUntil),
      'offer-still-valid',
      () =>
        `the offer holds until ${formatBusinessDate(validUntil)} (today is ${formatBusinessDate(today)}); it lapses only after that day`,
    )
    .throwIfAny();
  const lapsedOn = formatBusinessDate(validUntil.plusDays(1));
  return [
    {
      type: 'OfferLapsed',
      effectiveOn: lapsedOn,
      data: {
        loanId: command.loanId,
        lapsedOn,
        offerValidUntil: formatBusinessDate(validUntil),
      },
    },
  ];
}
