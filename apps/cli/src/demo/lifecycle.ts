import { LocalDate } from '@js-joda/core';
import {
  addMonthsClamped,
  amountDue,
  computeSchedule,
  defaultCatalogue,
  dueDateShiftOf,
  holidaysMovingDueDates,
  Money,
  replayLedger,
  type DefaultCause,
  type GuaranteeReleaseRefusalReasonCode,
  type LoanCommand,
  type LoanState,
  type Movement,
  type RecoverySource,
  type ScheduleTerms,
} from '@loanbook/domain';
import { WorkingDayCalendar } from '@loanbook/banking';
import { isWorkingDay } from './calendar';

/**
 * The back office's calendar without bank holidays of the lender's own (BANK_HOLIDAYS): the
 * disbursement moves the demo loans' due dates off the same days, so the demo pays on them.
 */
const CALENDAR = new WorkingDayCalendar();
const CATALOGUE = defaultCatalogue();

/**
 * The demo's "today": every lifecycle step of the demo (disbursements, repayments, defaults) is
 * dated on or before it, so the portfolio has lived up to this day and every run is the same.
 */
export const DEMO_TODAY = LocalDate.of(2022, 6, 30);

/** What happens to a loan after its decision, as dates and choices; the amounts follow from its ledger. */
export interface DemoStory {
  /** Paid out on this day; absent: not disbursed (lapse, or a registration not paid out yet). */
  disburseOn?: LocalDate;
  /** The offer is recorded as lapsed (by the demo, not left to the back office's first start). */
  lapse?: boolean;
  /** How instalments are paid (absent: not disbursed, nothing paid). */
  payments?: PaymentPlan;
  earlyPartial?: { after: LocalDate; percent: number };
  earlyFull?: { after: LocalDate };
  default?: DefaultPlan;
  /** Release every guarantee this many days after the loan is repaid (regular or early). */
  releaseAfterRepaidDays?: number;
  refuseRelease?: {
    on: LocalDate;
    reasons: GuaranteeReleaseRefusalReasonCode[];
    explanation: string;
  };
  /** A refused application's enterprise asks for the written refusal statement. */
  writtenRefusalOn?: LocalDate;
}

export interface PaymentPlan {
  /**
   * `monthly`: every instalment on its due date (`delayDays` later); `lumps`: only on the dates
   * in `lumpsOn`, each paying everything due by then.
   */
  mode: 'instalments' | 'lumps';
  lumpsOn?: LocalDate[];
  delayDays?: number;
  /** Instalments due from `from` up to `catchUpOn` are not paid on time but all at once on `catchUpOn`. */
  gaps?: { from: LocalDate; catchUpOn: LocalDate }[];
  /** No payment from this day on (arrears, then perhaps a default). */
  stopOn?: LocalDate;
  /** The payment of the first instalment due on or after this day is recorded after the next one (back-dated). */
  backDatedFrom?: LocalDate;
}

export interface DefaultPlan {
  cause: DefaultCause;
  /** The day of default; for `arrears`, the payments stop and it follows 3 months and `afterDays` later. */
  on?: LocalDate;
  afterDays?: number;
  /** Call every guarantee this many days after the default. */
  callAfterDays?: number;
  /** Recoveries: days after the default, source, percent of what is left to recover. */
  recoveries?: { afterDays: number; source: RecoverySource; percent: number }[];
  /** Win-win: the government guarantee is claimed this many days after the default. */
  claimAfterDays?: number;
  writeOffAfterDays?: number;
}

/** One command of a loan's lifecycle, with who sends it. */
export interface DemoStep {
  command: LoanCommand;
  actor: 'clerk' | 'officer';
}

const ZERO = Money.zero();

/** The working day on or after `date`. */
export function workingDayFrom(date: LocalDate): LocalDate {
  let d = date;
  while (!isWorkingDay(d)) d = d.plusDays(1);
  return d;
}

const min = (a: LocalDate, b: LocalDate) => (a.isBefore(b) ? a : b);

/**
 * The commands that bring an approved (or refused) loan from its decision to DEMO_TODAY, from
 * its story and its offer (the loan state after the decision). Pure and deterministic: the same
 * story and offer give the same commands, so an interrupted load finds where it stopped by
 * counting the steps already recorded.
 */
export function lifecycleSteps(loanId: string, story: DemoStory, state: LoanState): DemoStep[] {
  const steps: DemoStep[] = [];
  if (story.writtenRefusalOn && !story.writtenRefusalOn.isAfter(DEMO_TODAY)) {
    steps.push({
      actor: 'clerk',
      command: { type: 'RequestWrittenRefusal', loanId, requestedOn: story.writtenRefusalOn },
    });
  }
  if (story.lapse) steps.push({ actor: 'officer', command: { type: 'LapseOffer', loanId } });
  if (!story.disburseOn || !state.offer || story.disburseOn.isAfter(DEMO_TODAY)) return steps;

  const disbursedOn = story.disburseOn;
  steps.push({ actor: 'officer', command: { type: 'DisburseLoan', loanId, disbursedOn } });
  const contractual: ScheduleTerms = {
    principal: state.offer.amount,
    annualRate: state.offer.annualRate,
    termMonths: state.offer.termMonths,
    repayment: state.offer.repayment,
    disbursedOn,
  };
  // The schedule as the disbursement will fix it: due dates off weekends and holidays.
  const terms: ScheduleTerms =
    CATALOGUE.dueDateConvention(state.offer.productVersion) === 'following'
      ? {
          ...contractual,
          dueDateShift: dueDateShiftOf({
            convention: 'following',
            holidays: holidaysMovingDueDates(
              computeSchedule(contractual).instalments.map((i) => i.dueOn),
              CALENDAR,
            ),
          }),
        }
      : contractual;
  const dueDates = computeSchedule(terms).instalments.map((i) => i.dueOn);
  const guarantees = state.guarantees.map((g) => ({ id: g.guaranteeId, amount: g.amount }));
  const movements: Movement[] = [];
  let paymentNo = 0;
  const ledger = () => replayLedger(terms, movements);
  const pay = (on: LocalDate, amount?: Money) => {
    const value = amount ?? amountDue(ledger(), on).total;
    if (!value.isPositive()) return;
    movements.push({ kind: 'payment', paymentId: `p${++paymentNo}`, date: on, amount: value });
    steps.push({
      actor: 'clerk',
      command: { type: 'RepayInstalment', loanId, paidOn: on, amount: value },
    });
  };

  // The day the story ends the regular payments: a default, a full early repayment, today.
  const plan = story.payments ?? { mode: 'instalments' };
  const d = story.default;
  let defaultOn: LocalDate | undefined = d?.on;
  if (d && d.cause === 'arrears') {
    // Payments stop; the default follows when the oldest unpaid instalment is over 3 months late.
    const firstUnpaid =
      dueDates.find((x) => !x.isBefore(plan.stopOn ?? disbursedOn)) ?? dueDates[0];
    defaultOn = addMonthsClamped(firstUnpaid, 3).plusDays(d.afterDays ?? 10);
  }
  let end = DEMO_TODAY;
  if (plan.stopOn) end = min(end, plan.stopOn.minusDays(1));
  if (defaultOn) end = min(end, defaultOn.minusDays(1));

  let earlyPartialDone = !story.earlyPartial;
  let repaidOn: LocalDate | undefined;
  const earlyAfter = (after: LocalDate) => (due: LocalDate) => !due.isBefore(after);

  if (plan.mode === 'lumps') {
    const full = story.earlyFull?.after;
    for (const on of plan.lumpsOn ?? []) {
      if (full && !full.isAfter(on)) break;
      if (!on.isAfter(end)) pay(on);
    }
    if (full && !full.isAfter(end) && amountDue(ledger(), full).total.isZero()) {
      repaidOn = full;
      steps.push({
        actor: 'clerk',
        command: { type: 'RepayEarly', loanId, repaidOn: full, full: true },
      });
    }
  } else {
    let held: { on: LocalDate; amount: Money } | undefined;
    let backDatedDone = !plan.backDatedFrom;
    for (let i = 0; i < dueDates.length; i++) {
      const due = dueDates[i];
      if (due.isAfter(end)) break;
      const gap = plan.gaps?.find((g) => !due.isBefore(g.from) && due.isBefore(g.catchUpOn));
      if (gap) {
        const next = dueDates[i + 1];
        // The catch-up comes before the next instalment outside the gap: pay everything due then.
        if (!gap.catchUpOn.isAfter(end) && (!next || !next.isBefore(gap.catchUpOn))) {
          pay(gap.catchUpOn);
          if (ledger().settled) {
            repaidOn = gap.catchUpOn;
            break;
          }
        }
        continue;
      }
      const on = due.plusDays(plan.delayDays ?? 0);
      if (on.isAfter(end)) break;
      if (!backDatedDone && !due.isBefore(plan.backDatedFrom!) && i + 1 < dueDates.length) {
        // Recorded late: this instalment's payment is entered after the next one's.
        const next = dueDates[i + 1];
        if (!next.isAfter(end)) {
          held = { on, amount: ledger().instalments[i].total };
          backDatedDone = true;
          continue;
        }
      }
      // After a held payment, only this instalment's own amount: the held one pays the older.
      pay(on, held ? ledger().instalments[i].total : undefined);
      if (held) {
        pay(held.on, held.amount);
        held = undefined;
      }
      if (ledger().settled) {
        repaidOn = on;
        break;
      }
      if (!earlyPartialDone && earlyAfter(story.earlyPartial!.after)(due)) {
        const early = on.plusDays(1);
        const next = dueDates[i + 1];
        if (
          next &&
          early.isBefore(next) &&
          !early.isAfter(end) &&
          amountDue(ledger(), early).total.isZero()
        ) {
          const outstanding = ledger().outstandingPrincipal;
          const capital = Money.ofCents(
            ((outstanding.cents * BigInt(story.earlyPartial!.percent)) / 100n / 10000n) * 10000n,
          );
          if (capital.isPositive() && capital.lt(outstanding)) {
            movements.push({ kind: 'early', date: early, capital, full: false });
            steps.push({
              actor: 'clerk',
              command: { type: 'RepayEarly', loanId, repaidOn: early, amount: capital },
            });
          }
          earlyPartialDone = true;
        }
      }
      if (story.earlyFull && earlyAfter(story.earlyFull.after)(due)) {
        const early = on.plusDays(1);
        const next = dueDates[i + 1];
        if (
          next &&
          early.isBefore(next) &&
          !early.isAfter(end) &&
          amountDue(ledger(), early).total.isZero()
        ) {
          repaidOn = early;
          steps.push({
            actor: 'clerk',
            command: { type: 'RepayEarly', loanId, repaidOn: early, full: true },
          });
          break;
        }
      }
    }
  }

  if (repaidOn && story.releaseAfterRepaidDays !== undefined) {
    const on = workingDayFrom(repaidOn.plusDays(story.releaseAfterRepaidDays));
    if (!on.isAfter(DEMO_TODAY)) {
      for (const g of guarantees) {
        steps.push({
          actor: 'officer',
          command: { type: 'ReleaseGuarantee', loanId, guaranteeId: g.id, releasedOn: on },
        });
      }
    }
  }
  if (story.refuseRelease && guarantees.length > 0 && !story.refuseRelease.on.isAfter(DEMO_TODAY)) {
    // Dated among the payments: any status may be asked; the refusal changes nothing.
    const r = story.refuseRelease;
    const at = steps.findIndex(
      (s) => s.command.type === 'RepayInstalment' && s.command.paidOn.isAfter(r.on),
    );
    const step: DemoStep = {
      actor: 'officer',
      command: {
        type: 'RefuseGuaranteeRelease',
        loanId,
        guaranteeId: guarantees[0].id,
        refusedOn: r.on,
        amountRequested: guarantees[0].amount,
        reasons: r.reasons,
        explanation: r.explanation,
      },
    };
    if (at < 0) steps.push(step);
    else steps.splice(at, 0, step);
  }

  if (d && defaultOn && !repaidOn && !defaultOn.isAfter(DEMO_TODAY)) {
    const last = movements.reduce((m, x) => (x.date.isAfter(m) ? x.date : m), disbursedOn);
    const on = defaultOn.isBefore(last) ? last : defaultOn;
    steps.push({
      actor: 'officer',
      command: { type: 'DeclareDefault', loanId, defaultedOn: on, cause: d.cause },
    });
    const atDefault = replayLedger(terms, movements).outstandingPrincipal;
    let recovered = ZERO;
    let recoveredBefore = ZERO;
    const later: { on: LocalDate; order: number; step: () => DemoStep | undefined }[] = [];
    if (d.callAfterDays !== undefined) {
      for (const g of guarantees) {
        later.push({
          on: workingDayFrom(on.plusDays(d.callAfterDays)),
          order: 0,
          step: () => ({
            actor: 'officer',
            command: {
              type: 'CallGuarantee',
              loanId,
              guaranteeId: g.id,
              calledOn: workingDayFrom(on.plusDays(d.callAfterDays!)),
            },
          }),
        });
      }
    }
    for (const r of d.recoveries ?? []) {
      const day = workingDayFrom(on.plusDays(r.afterDays));
      later.push({
        on: day,
        order: 1,
        step: () => {
          const left = atDefault.minus(recovered);
          const amount = Money.ofCents((left.cents * BigInt(r.percent)) / 100n);
          if (!amount.isPositive()) return undefined;
          recovered = recovered.plus(amount);
          if (r.source !== 'government-guarantee') recoveredBefore = recoveredBefore.plus(amount);
          return {
            actor: 'clerk',
            command: { type: 'RecordRecovery', loanId, receivedOn: day, amount, source: r.source },
          };
        },
      });
    }
    if (d.claimAfterDays !== undefined) {
      const day = workingDayFrom(on.plusDays(d.claimAfterDays));
      later.push({
        on: day,
        order: 2,
        step: () => {
          const lost = atDefault.minus(recoveredBefore);
          return lost.isPositive()
            ? {
                actor: 'officer',
                command: {
                  type: 'ClaimGovernmentGuarantee',
                  loanId,
                  claimedOn: day,
                  principalLost: lost,
                },
              }
            : undefined;
        },
      });
    }
    if (d.writeOffAfterDays !== undefined) {
      const day = workingDayFrom(on.plusDays(d.writeOffAfterDays));
      later.push({
        on: day,
        order: 3,
        step: () => ({
          actor: 'officer',
          command: {
            type: 'WriteOffLoan',
            loanId,
            writtenOffOn: day,
            reason: `nothing more to recover after the ${d.cause} of ${on.toString()}`,
          },
        }),
      });
    }
    later
      .filter((x) => !x.on.isAfter(DEMO_TODAY))
      .sort((a, b) => a.on.compareTo(b.on) || a.order - b.order)
      .forEach((x) => {
        const step = x.step();
        if (step) steps.push(step);
      });
  }
  return steps;
}
