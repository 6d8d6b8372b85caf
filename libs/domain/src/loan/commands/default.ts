import { Money } from '../../money';
import { addMonthsClamped, formatBusinessDate } from '../../time';
import type {
  ClaimGovernmentGuarantee,
  DeclareDefault,
  RecordRecovery,
  WriteOffLoan,
} from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent } from '../events';
import { arrearsOf, ledgerOf } from '../ledger';
import { GOVERNMENT_GUARANTEE_CAUSES } from '../lifecycle-codes';
import type { LoanState } from '../state';
import { checkNotBefore, checkNotInFuture, formatAmount, requireStatus } from '../rules/common';

/** Arrears count as a cause of default once the oldest unpaid instalment is over 3 months late. */
export const DEFAULT_ARREARS_MONTHS = 3;

/** The win-win government guarantee covers a cause during the term or within this many months. */
export const GOVERNMENT_GUARANTEE_MONTHS_AFTER_TERM = 6;

/**
 * DOMAIN.md 2: an active loan is declared in default with its cause. The day is not before the
 * last payment (the ledger up to it is final); the event keeps the principal outstanding and
 * the arrears on that day, which the guarantee claim and the reports start from.
 */
export function decideDefault(
  command: DeclareDefault,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['active']);
  const on = command.defaultedOn;
  const v = new Violations();
  checkNotInFuture(v, ctx, on, 'on');
  checkNotBefore(
    v,
    on,
    state.disbursement!.disbursedOn,
    'default-before-disbursement',
    'the default date',
    'on',
  );
  for (const m of state.movements) {
    checkNotBefore(v, on, m.date, 'default-before-last-payment', 'the default date', 'on');
    if (!v.isEmpty) break;
  }
  v.throwIfAny();
  const ledger = ledgerOf(state, on);
  const arrears = arrearsOf(ledger, on);
  if (command.cause === 'arrears') {
    const oldest = arrears.oldestDueOn;
    v.check(
      !oldest || !addMonthsClamped(oldest, DEFAULT_ARREARS_MONTHS).isBefore(on),
      'arrears-not-over-three-months',
      () =>
        oldest
          ? `on ${formatBusinessDate(on)} the oldest unpaid instalment (due ${formatBusinessDate(oldest)}) is ${arrears.daysPastDue} days late, not over ${DEFAULT_ARREARS_MONTHS} months`
          : `the loan has no arrears on ${formatBusinessDate(on)}`,
      'cause',
    );
    v.throwIfAny();
  }
  const defaultedOn = formatBusinessDate(on);
  return [
    {
      type: 'LoanDefaulted',
      effectiveOn: defaultedOn,
      data: {
        loanId: command.loanId,
        defaultedOn,
        cause: command.cause,
        outstandingPrincipal: ledger.outstandingPrincipal.toString(),
        arrearsInterest: arrears.interest.toString(),
        arrearsPrincipal: arrears.principal.toString(),
        daysPastDue: arrears.daysPastDue,
      },
    },
  ];
}

/**
 * The win-win loan's government guarantee (DOMAIN.md 3.2): the product version's share (30 %,
 * 40 % for contracts from 15 March 2020 to 31 December 2021) of the principal definitively
 * lost, interest excluded, rounded half up to the cent; only for bankruptcy, manifest
 * insolvency, dissolution or liquidation during the term or within 6 months after it; once.
 */
export function decideGovernmentGuaranteeClaim(
  command: ClaimGovernmentGuarantee,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['defaulted', 'written-off']);
  const offer = state.offer!;
  const dflt = state.default!;
  const version = ctx.catalogue.version(offer.productVersion);
  const share = version?.rules?.winwin?.governmentGuaranteeShare;
  const v = new Violations();
  if (!share) {
    v.add(
      'no-government-guarantee',
      `the ${version?.name ?? offer.productVersion} carries no government guarantee on the lender's loss`,
    );
    v.throwIfAny();
  }
  checkNotInFuture(v, ctx, command.claimedOn, 'claimedOn');
  checkNotBefore(
    v,
    command.claimedOn,
    dflt.defaultedOn,
    'claim-before-default',
    'the claim date',
    'claimedOn',
  );
  v.check(
    state.governmentClaim !== undefined,
    'government-guarantee-already-claimed',
    () =>
      `the government guarantee was claimed on ${formatBusinessDate(state.governmentClaim!.claimedOn)} for ${formatAmount(state.governmentClaim!.claim)}`,
  );
  v.check(
    !GOVERNMENT_GUARANTEE_CAUSES.includes(dflt.cause),
    'guarantee-cause-not-covered',
    () =>
      `the government guarantee covers bankruptcy, manifest insolvency, dissolution or liquidation, not a default for ${dflt.cause}`,
  );
  const maturity = addMonthsClamped(state.disbursement!.disbursedOn, offer.termMonths);
  const coverEnds = addMonthsClamped(maturity, GOVERNMENT_GUARANTEE_MONTHS_AFTER_TERM);
  v.check(
    dflt.defaultedOn.isAfter(coverEnds),
    'default-after-guarantee-period',
    () =>
      `the default of ${formatBusinessDate(dflt.defaultedOn)} came after the term (to ${formatBusinessDate(maturity)}) and the ${GOVERNMENT_GUARANTEE_MONTHS_AFTER_TERM} months after it (to ${formatBusinessDate(coverEnds)})`,
  );
  v.check(
    !command.principalLost.isPositive(),
    'amount-not-positive',
    () =>
      `a loss of ${formatAmount(command.principalLost)} gives no claim: it must be more than 0.00`,
    'principalLost',
  );
  // The loss is what is left once the borrower, guarantors and liquidation have paid.
  const lossCap = dflt.outstandingPrincipal.minus(state.recoveredBeforeGuarantee);
  v.check(
    command.principalLost.gt(lossCap),
    'loss-above-outstanding',
    () =>
      state.recoveredBeforeGuarantee.isPositive()
        ? `the principal lost (${formatAmount(command.principalLost)}) cannot exceed the ${formatAmount(dflt.outstandingPrincipal)} outstanding at the default less the ${formatAmount(state.recoveredBeforeGuarantee)} recovered since: ${formatAmount(lossCap)}; interest is not covered`
        : `the principal lost (${formatAmount(command.principalLost)}) cannot exceed the ${formatAmount(dflt.outstandingPrincipal)} outstanding at the default; interest is not covered`,
    'principalLost',
  );
  v.throwIfAny();
  const claim = Money.fromDecimal(command.principalLost.times(share!.toDecimal()));
  const claimedOn = formatBusinessDate(command.claimedOn);
  return [
    {
      type: 'GovernmentGuaranteeClaimed',
      effectiveOn: claimedOn,
      data: {
        loanId: command.loanId,
        claimedOn,
        principalLost: command.principalLost.toString(),
        share: share!.toString(),
        claim: claim.toString(),
        lines: [
          {
            label: 'cause of default',
            value: `${dflt.cause} on ${formatBusinessDate(dflt.defaultedOn)}`,
          },
          {
            label: 'guarantee period',
            value: `the term to ${formatBusinessDate(maturity)} and ${GOVERNMENT_GUARANTEE_MONTHS_AFTER_TERM} months after, to ${formatBusinessDate(coverEnds)}`,
          },
          {
            label: 'principal definitively lost (interest excluded)',
            value: command.principalLost.format('en'),
          },
          {
            label: `share guaranteed (product version ${offer.productVersion})`,
            value: share!.toPercentString(),
          },
          { label: 'claim', value: claim.format('en') },
        ],
      },
    },
  ];
}

/** Money received on a defaulted (or written-off) loan, at most the principal still unpaid. */
export function decideRecovery(
  command: RecordRecovery,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['defaulted', 'written-off']);
  const dflt = state.default!;
  const v = new Violations();
  checkNotInFuture(v, ctx, command.receivedOn, 'receivedOn');
  checkNotBefore(
    v,
    command.receivedOn,
    dflt.defaultedOn,
    'recovery-before-default',
    'the recovery date',
    'receivedOn',
  );
  const recoverable = dflt.outstandingPrincipal.minus(state.recovered);
  v.check(
    !command.amount.isPositive(),
    'amount-not-positive',
    () => `a recovery of ${formatAmount(command.amount)} must be more than 0.00`,
    'amount',
  );
  v.check(
    command.amount.gt(recoverable),
    'recovery-above-outstanding',
    () =>
      `a recovery of ${formatAmount(command.amount)} is more than the ${formatAmount(recoverable)} of principal not yet recovered (${formatAmount(dflt.outstandingPrincipal)} at the default)`,
    'amount',
  );
  v.throwIfAny();
  const receivedOn = formatBusinessDate(command.receivedOn);
  const outstanding =
    state.status === 'written-off'
      ? Money.zero()
      : state.outstandingPrincipal.minus(command.amount);
  return [
    {
      type: 'RecoveryRecorded',
      effectiveOn: receivedOn,
      data: {
        loanId: command.loanId,
        receivedOn,
        amount: command.amount.toString(),
        source: command.source,
        outstandingPrincipal: Money.max(outstanding, Money.zero()).toString(),
      },
    },
  ];
}

/** The principal still unpaid is given up; recoveries may still come in afterwards. */
export function decideWriteOff(
  command: WriteOffLoan,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['defaulted']);
  const v = new Violations();
  checkNotInFuture(v, ctx, command.writtenOffOn, 'writtenOffOn');
  checkNotBefore(
    v,
    command.writtenOffOn,
    state.default!.defaultedOn,
    'write-off-before-default',
    'the write-off date',
    'writtenOffOn',
  );
  v.throwIfAny();
  const writtenOffOn = formatBusinessDate(command.writtenOffOn);
  return [
    {
      type: 'LoanWrittenOff',
      effectiveOn: writtenOffOn,
      data: {
        loanId: command.loanId,
        writtenOffOn,
        amount: state.outstandingPrincipal.toString(),
        reason: command.reason.trim(),
      },
    },
  ];
}
