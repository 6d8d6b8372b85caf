import { ChronoUnit, type LocalDate } from '@js-joda/core';
import { Dec } from '../../money/decimal';
import { Money } from '../../money';
import {
  accruedInterest,
  approximateReinvestmentFee,
  averageLifeOf,
  earlyRepaymentFee,
  exactReinvestmentFee,
  FeeComputationError,
  feeRegime,
  type FeeLine,
  type ReferenceCurve,
  type RemainingSchedule,
  type StandardSchemeInput,
} from '../../fees';
import { DEFAULT_EARLY_REPAYMENT_POLICY, MONTHS_PER_PERIOD } from '../../products';
import { formatBusinessDate } from '../../time';
import type { RepayEarly } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { EarlyRepaymentMadeData, LoanEvent } from '../events';
import { amountDue, lastDueOnOrBefore, ledgerOf, type Ledger } from '../ledger';
import type { LoanState } from '../state';
import { checkNotBefore, checkNotInFuture, formatAmount, requireStatus } from '../rules/common';

/** What an early repayment on a day would cost: the quote, and the event's figures. */
export interface EarlyRepaymentQuote {
  readonly repaidOn: LocalDate;
  readonly full: boolean;
  readonly outstandingBefore: Money;
  readonly capitalRepaid: Money;
  readonly interestFrom: LocalDate;
  readonly accruedInterest: Money;
  readonly fee: Money;
  readonly feeRegime: EarlyRepaymentMadeData['feeRegime'];
  readonly total: Money;
  readonly outstandingAfter: Money;
  /** The whole computation, line by line: accrued interest, then the fee. */
  readonly lines: readonly FeeLine[];
}

export interface EarlyRepaymentRequest {
  readonly repaidOn: LocalDate;
  readonly amount?: Money;
  readonly full?: boolean;
  readonly referenceCurve?: ReferenceCurve;
}

/**
 * The early repayment of `request` on an active loan, computed and checked; records nothing.
 * The rules (422 each, all reported at once):
 * - everything due on the day is paid first (the fee and the new schedule start from a loan
 *   without arrears), and no later instalment has been paid in advance;
 * - the day is not before the last payment (the ledger is settled up to it);
 * - a product that allows only a full early repayment (the win-win loan) refuses a partial one;
 * - the capital is more than 0.00 and at most the principal outstanding (all of it is a full
 *   repayment).
 * Interest accrued on the capital repaid since the last due date (or the disbursement):
 * capital × annual rate × days / 365, rounded half up. For a full repayment the capital is the
 * outstanding principal, so this is DOMAIN.md's "outstanding × rate × days / 365". For a partial
 * one the next instalment's interest falls on the lower principal for its whole period, so only
 * the repaid capital's interest is settled now. The fee follows the product's policy
 * (DOMAIN.md 4.3, fees/).
 */
export function quoteEarlyRepayment(
  state: LoanState,
  request: EarlyRepaymentRequest,
  ctx: DecisionContext,
  options: { allowFutureDate?: boolean } = {},
): EarlyRepaymentQuote {
  requireStatus(state, state.loanId ?? '?', 'RepayEarly', ['active']);
  const offer = state.offer!;
  const application = state.application!;
  const version = ctx.catalogue.version(offer.productVersion);
  if (!version) throw new Error(`product version ${offer.productVersion} is not in the catalogue`);
  const policy = version.earlyRepayment ?? DEFAULT_EARLY_REPAYMENT_POLICY;
  const on = request.repaidOn;
  const v = new Violations();
  if (!options.allowFutureDate) checkNotInFuture(v, ctx, on, 'repaidOn');
  checkNotBefore(
    v,
    on,
    state.disbursement!.disbursedOn,
    'early-repayment-before-disbursement',
    'the early repayment date',
    'repaidOn',
  );
  const lastPayment = state.movements.reduce<LocalDate | undefined>(
    (max, m) => (max === undefined || m.date.isAfter(max) ? m.date : max),
    undefined,
  );
  if (lastPayment) {
    checkNotBefore(
      v,
      on,
      lastPayment,
      'early-repayment-before-last-payment',
      'the early repayment date',
      'repaidOn',
    );
  }
  v.throwIfAny();

  const ledger = ledgerOf(state);
  const due = amountDue(ledger, on);
  v.check(
    due.total.isPositive(),
    'amount-due-unpaid',
    () =>
      `${formatAmount(due.total)} is due and unpaid on ${formatBusinessDate(on)} (the oldest instalment due ${formatBusinessDate(due.oldestDueOn!)}); record that payment before repaying early`,
    'repaidOn',
  );
  // The new schedule after an early repayment starts from instalments not yet paid; one paid in
  // advance (in part) keeps the repayment until its due date.
  const paidAhead = ledger.instalments.find(
    (i) => i.dueOn.isAfter(on) && (i.paidInterest.isPositive() || i.paidPrincipal.isPositive()),
  );
  v.check(
    paidAhead !== undefined,
    'instalment-paid-in-advance',
    () =>
      `the instalment due ${formatBusinessDate(paidAhead!.dueOn)} has been paid in advance (${formatAmount(paidAhead!.paidInterest.plus(paidAhead!.paidPrincipal))}); an early repayment can be made from that day on`,
    'repaidOn',
  );
  const outstanding = ledger.outstandingPrincipal;
  if (request.full === true && request.amount !== undefined) {
    v.add(
      'early-repayment-amount-or-full',
      'give either the capital to repay early or full: true, not both',
      'amount',
    );
  } else if (request.full !== true && request.amount === undefined) {
    v.add(
      'early-repayment-amount-or-full',
      'give the capital to repay early, or full: true for all of it',
      'amount',
    );
  }
  const amount = request.amount;
  if (amount) {
    v.check(
      !amount.isPositive(),
      'amount-not-positive',
      () => `an early repayment of ${formatAmount(amount)} must be more than 0.00`,
      'amount',
    );
    v.check(
      amount.gt(outstanding),
      'early-repayment-above-outstanding',
      () =>
        `an early repayment of ${formatAmount(amount)} is more than the ${formatAmount(outstanding)} of principal outstanding`,
      'amount',
    );
  }
  const full = request.full === true || (amount !== undefined && amount.equals(outstanding));
  // Only a real part of the principal is a partial repayment: 0.00 or more than is outstanding
  // is already named above.
  const partial = amount !== undefined && amount.isPositive() && amount.lt(outstanding);
  v.check(
    !full && !policy.partial && partial,
    'partial-early-repayment-not-allowed',
    () =>
      `the ${version.name} can only be repaid early in full: all ${formatAmount(outstanding)} of principal outstanding at once, not ${formatAmount(amount!)}`,
    'amount',
  );
  v.throwIfAny();

  const capital = full ? outstanding : amount!;
  const interestFrom = lastDueOnOrBefore(ledger, on) ?? state.disbursement!.disbursedOn;
  const accrued = accruedInterest(capital, offer.annualRate, interestFrom, on);
  const bySigning = ctx.catalogue.intake(application.productCode).contractDate === 'signedOn';
  const contractDate = (bySigning ? application.signedOn : offer.approvedOn)!;
  const underStandard =
    policy.fee === 'legal-maximum' && feeRegime(offer.amount, contractDate).regime === 'standard';
  if (underStandard && !request.referenceCurve) {
    v.add(
      'reference-curve-missing',
      `the credit of ${formatAmount(offer.amount)} falls under the standard reinvestment-fee scheme, which needs a reference curve recorded on or before ${formatBusinessDate(on)}; none is`,
      'repaidOn',
    );
    v.throwIfAny();
  }
  let fee;
  try {
    fee = earlyRepaymentFee({
      rule: policy.fee,
      creditAmount: offer.amount,
      contractDate,
      capitalRepaid: capital,
      contractRate: offer.annualRate,
      ...(underStandard
        ? {
            standard: standardInput(
              state,
              ledger,
              on,
              policy.standardMethod,
              request.referenceCurve!,
            ),
          }
        : {}),
    });
  } catch (error) {
    if (error instanceof FeeComputationError) {
      v.add(error.code, error.message, 'repaidOn');
      v.throwIfAny();
    }
    throw error;
  }
  const comparison = underStandard
    ? comparisonLines(state, ledger, on, capital, policy.standardMethod, request.referenceCurve!)
    : [];
  const total = capital.plus(accrued.interest).plus(fee.fee);
  return {
    repaidOn: on,
    full,
    outstandingBefore: outstanding,
    capitalRepaid: capital,
    interestFrom,
    accruedInterest: accrued.interest,
    fee: fee.fee,
    feeRegime: fee.regime,
    total,
    outstandingAfter: outstanding.minus(capital),
    lines: [
      { label: 'capital repaid early', value: capital.format('en') },
      ...accrued.lines.map((l) => ({ label: `accrued interest: ${l.label}`, value: l.value })),
      ...fee.lines,
      ...comparison,
      { label: 'total to pay', value: total.format('en') },
    ],
  };
}

export function decideRepayEarly(
  command: RepayEarly,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['active']);
  const q = quoteEarlyRepayment(state, command, ctx);
  const repaidOn = formatBusinessDate(q.repaidOn);
  const events: LoanEvent[] = [
    {
      type: 'EarlyRepaymentMade',
      effectiveOn: repaidOn,
      data: {
        loanId: command.loanId,
        repaidOn,
        full: q.full,
        capitalRepaid: q.capitalRepaid.toString(),
        accruedInterest: q.accruedInterest.toString(),
        interestFrom: formatBusinessDate(q.interestFrom),
        fee: q.fee.toString(),
        feeRegime: q.feeRegime,
        total: q.total.toString(),
        outstandingPrincipal: q.outstandingAfter.toString(),
        lines: q.lines.map((l) => ({ label: l.label, value: l.value })),
      },
    },
  ];
  if (q.full) {
    events.push({
      type: 'LoanRepaid',
      effectiveOn: repaidOn,
      data: { loanId: command.loanId, repaidOn },
    });
  }
  return events;
}

/**
 * The remaining schedule as the standard scheme models it. The exact method needs equal
 * periods of fixed capital repayments (linear) or one repayment at the end (bullet), with no
 * capital holiday left; otherwise the approximate method runs on the average life of the
 * remaining principal flows, each weighted by its time from the repayment date
 * (days × 12 / 365 months).
 */
function standardInput(
  state: LoanState,
  ledger: Ledger,
  on: LocalDate,
  method: 'exact' | 'approximate',
  curve: ReferenceCurve,
): StandardSchemeInput {
  const schedule = remainingSchedule(state, ledger, on);
  const reference = { curve };
  if (method === 'exact' && schedule) return { method: 'exact', schedule, reference };
  return {
    method: 'approximate',
    averageRemainingLifeMonths: schedule ? averageLifeOf(schedule) : flowWeightedLife(ledger, on),
    reference,
  };
}

function comparisonLines(
  state: LoanState,
  ledger: Ledger,
  on: LocalDate,
  capital: Money,
  charged: 'exact' | 'approximate',
  curve: ReferenceCurve,
): FeeLine[] {
  const schedule = remainingSchedule(state, ledger, on);
  const contractRate = state.offer!.annualRate;
  if (charged === 'exact' && schedule) {
    const other = approximateReinvestmentFee({
      capital,
      contractRate,
      averageRemainingLifeMonths: averageLifeOf(schedule),
      reference: { curve },
    });
    return [
      { label: 'for comparison, the approximate method gives', value: other.fee.format('en') },
    ];
  }
  if (schedule) {
    const other = exactReinvestmentFee({ capital, contractRate, schedule, reference: { curve } });
    return [{ label: 'for comparison, the exact method gives', value: other.fee.format('en') }];
  }
  return [];
}

function remainingSchedule(
  state: LoanState,
  ledger: Ledger,
  on: LocalDate,
): RemainingSchedule | undefined {
  const { method, frequency, capitalHolidayMonths } = state.offer!.repayment;
  if (method === 'annuity') return undefined;
  const future = ledger.instalments.filter((i) => i.dueOn.isAfter(on));
  const periodMonths = MONTHS_PER_PERIOD[frequency];
  const holidayLeft =
    capitalHolidayMonths / periodMonths - (ledger.instalments.length - future.length);
  if (future.length === 0 || holidayLeft > 0) return undefined;
  return { amortisation: method, periods: future.length, periodMonths };
}

function flowWeightedLife(ledger: Ledger, on: LocalDate): Dec {
  const future = ledger.instalments.filter((i) => i.dueOn.isAfter(on) && i.principal.isPositive());
  const principal = Money.sum(future.map((i) => i.principal));
  const weighted = future.reduce(
    (sum, i) =>
      sum.plus(
        i.principal.toDecimal().times(on.until(i.dueOn, ChronoUnit.DAYS)).times(12).dividedBy(365),
      ),
    new Dec(0),
  );
  return weighted.dividedBy(principal.toDecimal());
}
