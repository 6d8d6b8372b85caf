import { Money } from '../../money';
import { addMonthsClamped, formatBusinessDate } from '../../time';
import type { ClaimGovernmentGuarantee } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent } from '../events';
import type { LoanState } from '../state';
import { GOVERNMENT_GUARANTEE_CAUSES } from '../lifecycle-codes';
import { checkNotBefore, checkNotInFuture, formatAmount, requireStatus } from '../rules/common';

/** The win-win government guarantee covers a cause during the term or within this many months. */
export const GOVERNMENT_GUARANTEE_MONTHS_AFTER_TERM = 6;

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
