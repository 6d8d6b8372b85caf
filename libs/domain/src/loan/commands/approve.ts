import { guaranteesToRecord } from './guarantees';
import type { LocalDate } from '@js-joda/core';
import type { Rate } from '../../money';
import type { ProductVersion } from '../../products';
import { formatBusinessDate } from '../../time';
import type { ApproveLoan, Officer } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent, RepaymentTermsData } from '../events';
import type { LoanState, ProposedApproval } from '../state';
import { needsWinwinExposure } from '../winwin';
import { checkAmountAndTerm, checkNotBefore, checkNotInFuture, requireStatus } from './common';
import { checkWinwinExposure, checkWinwinTerms } from './winwin';

/**
 * Four eyes: whoever registered the application cannot approve it, and an officer approving an
 * amount above their limit only proposes the offer; a second officer's approval makes it.
 *
 * Approval makes an offer on the terms of the product version in force on the
 * contract date: the approval date, or, for a product whose contract is signed
 * before the application (win-win), the signing date. A win-win loan's approval
 * is its registration, and its limits are counted over the loans registered
 * already (ctx.winwinExposure).
 */
export function decideApprove(
  command: ApproveLoan,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['applied']);
  const application = state.application!;
  const proposal = state.proposedApproval;
  const officer = command.officer;
  if (needsWinwinExposure(state) && !ctx.winwinExposure) {
    throw new Error(
      `approving win-win loan ${command.loanId} needs ctx.winwinExposure: the application service must give the win-win loans registered already for the borrower and the lender`,
    );
  }
  const v = new Violations();
  v.check(
    officer.id === application.registeredBy,
    'four-eyes-registrar',
    () =>
      `${officer.id} registered this application and so cannot approve it; another credit officer must`,
  );
  if (proposal) {
    checkSecondApproval(v, command, officer, proposal);
    v.check(
      command.guarantees !== undefined && command.guarantees.length > 0,
      'second-approval-terms-differ',
      () =>
        `the offer proposed by ${proposal.proposedBy} asks for its own guarantees; the second approval can only confirm the proposed terms`,
      'guarantees',
    );
    // The second officer approves the proposed offer as it stands.
    command = {
      ...command,
      amount: proposal.amount,
      annualRate: proposal.annualRate,
      termMonths: proposal.termMonths,
      repayment: proposal.repayment,
      offerValidUntil: proposal.offerValidUntil,
    };
  }
  checkNotInFuture(v, ctx, command.approvedOn, 'approvedOn');
  checkNotBefore(
    v,
    command.approvedOn,
    application.appliedOn,
    'approval-before-application',
    'the approval date',
    'approvedOn',
  );
  const bySigning = ctx.catalogue.intake(application.productCode).contractDate === 'signedOn';
  const contractDate = bySigning ? application.signedOn : command.approvedOn;
  if (!contractDate) {
    throw new Error(
      `loan ${command.loanId} was applied for without the signedOn its product needs`,
    );
  }
  const version = ctx.catalogue.versionOn(application.productCode, contractDate);
  if (!version) {
    v.add(
      'product-not-offered',
      bySigning
        ? `the product ${application.productCode} is not offered for contracts signed on ${formatBusinessDate(contractDate)}`
        : `the product ${application.productCode} is not offered on ${formatBusinessDate(contractDate)}`,
      'approvedOn',
    );
    v.throwIfAny();
    return [];
  }
  const amount = command.amount ?? application.amount;
  const termMonths = command.termMonths ?? application.termMonths;
  checkAmountAndTerm(v, version, amount, termMonths);
  // The rate agreed in the application (win-win: in the deed) unless the approval gives one.
  const annualRate = offeredRate(v, version, command.annualRate ?? application.annualRate);
  const winwin = version.rules?.winwin;
  if (winwin) {
    const lender = application.lender!;
    checkWinwinTerms(v, version, winwin, {
      amount,
      annualRate,
      signedOn: application.signedOn!,
      appliedOn: application.appliedOn,
      lender,
    });
    checkWinwinExposure(v, winwin, amount, ctx.winwinExposure!, application.borrower, lender);
  }
  const repayment = repaymentTerms(v, version, command, termMonths);
  const offerValidUntil =
    command.offerValidUntil ?? command.approvedOn.plusDays(version.offerValidityDays);
  checkNotBefore(
    v,
    offerValidUntil,
    command.approvedOn,
    'offer-validity-before-approval',
    'the offer validity',
    'offerValidUntil',
  );
  const guarantees = proposal
    ? proposal.guarantees
    : guaranteesToRecord(v, command.guarantees, state.guarantees.length);
  v.throwIfAny();

  const approvedOn = formatBusinessDate(command.approvedOn);
  const offer = {
    amount: amount.toString(),
    annualRate: annualRate.toString(),
    termMonths,
    repayment,
    offerValidUntil: formatBusinessDate(offerValidUntil as LocalDate),
  };
  const approved = (approvedBy: string[]): LoanEvent => ({
    type: 'LoanApproved',
    effectiveOn: approvedOn,
    data: {
      loanId: command.loanId,
      approvedOn,
      productVersion: version.version,
      offer,
      approvedBy,
      ...(guarantees ? { guarantees } : {}),
    },
  });
  if (proposal) {
    return [
      {
        type: 'LoanApprovalSeconded',
        effectiveOn: approvedOn,
        data: {
          loanId: command.loanId,
          approvedOn,
          secondedBy: officer.id,
          proposedBy: proposal.proposedBy,
        },
      },
      approved([proposal.proposedBy, officer.id]),
    ];
  }
  if (officer.approvalLimit && amount.gt(officer.approvalLimit)) {
    return [
      {
        type: 'LoanApprovalProposed',
        effectiveOn: approvedOn,
        data: {
          loanId: command.loanId,
          approvedOn,
          productVersion: version.version,
          offer,
          proposedBy: officer.id,
          approvalLimit: officer.approvalLimit.toString(),
          ...(guarantees ? { guarantees } : {}),
        },
      },
    ];
  }
  return [approved([officer.id])];
}

/**
 * The second approval of a proposed offer: another officer than the first, on the same terms
 * (a change of terms is a new decision: refuse, or have the application withdrawn and filed again).
 */
function checkSecondApproval(
  v: Violations,
  command: ApproveLoan,
  officer: Officer,
  proposal: ProposedApproval,
): void {
  v.check(
    officer.id === proposal.proposedBy,
    'four-eyes-second-approval',
    () =>
      `${officer.id} already approved this offer of ${proposal.amount.format('en')}, above their approval limit of ${proposal.approvalLimit.format('en')}; the second approval must come from another credit officer`,
  );
  const differs = (
    asked: { equals(other: never): boolean } | number | undefined,
    proposed: unknown,
  ) =>
    asked !== undefined &&
    (typeof asked === 'number' ? asked !== proposed : !asked.equals(proposed as never));
  for (const [field, asked, proposed] of [
    ['amount', command.amount, proposal.amount],
    ['annualRate', command.annualRate, proposal.annualRate],
    ['termMonths', command.termMonths, proposal.termMonths],
    ['offerValidUntil', command.offerValidUntil, proposal.offerValidUntil],
  ] as const) {
    v.check(
      differs(asked as never, proposed),
      'second-approval-terms-differ',
      () =>
        `the offer proposed by ${proposal.proposedBy} has ${field} ${String(proposed)}; the second approval can only confirm the proposed terms`,
      field,
    );
  }
  v.check(
    command.repayment !== undefined &&
      JSON.stringify({ ...proposal.repayment, ...command.repayment }) !==
        JSON.stringify(proposal.repayment),
    'second-approval-terms-differ',
    () =>
      `the offer proposed by ${proposal.proposedBy} is repaid ${proposal.repayment.method}, ${proposal.repayment.frequency}; the second approval can only confirm the proposed terms`,
    'repayment',
  );
  checkNotBefore(
    v,
    command.approvedOn,
    proposal.approvedOn,
    'approval-before-proposal',
    'the second approval date',
    'approvedOn',
  );
}

function offeredRate(v: Violations, version: ProductVersion, asked: Rate | undefined): Rate {
  const rate = version.rate;
  if (rate.kind === 'fixed') {
    v.check(
      asked !== undefined && !asked.equals(rate.annualRate),
      'rate-not-product-rate',
      () =>
        `the ${version.name} carries a fixed rate of ${rate.annualRate.toPercentString()}, not ${asked!.toPercentString()}`,
      'annualRate',
    );
    return rate.annualRate;
  }
  if (asked === undefined) {
    v.add(
      'rate-required',
      `the ${version.name} has no standard rate: give the agreed annual rate`,
      'annualRate',
    );
    return rate.min ?? rate.max!;
  }
  v.check(
    rate.min !== undefined && asked.toDecimal().lt(rate.min.toDecimal()),
    'rate-below-minimum',
    () =>
      `a rate of ${asked.toPercentString()} is below the ${version.name} minimum of ${rate.min!.toPercentString()}`,
    'annualRate',
  );
  v.check(
    rate.max !== undefined && asked.toDecimal().gt(rate.max.toDecimal()),
    'rate-above-maximum',
    () =>
      `a rate of ${asked.toPercentString()} is above the ${version.name} maximum of ${rate.max!.toPercentString()}`,
    'annualRate',
  );
  return asked;
}

function repaymentTerms(
  v: Violations,
  version: ProductVersion,
  command: ApproveLoan,
  termMonths: number,
): RepaymentTermsData {
  const method = command.repayment?.method ?? version.defaultRepayment.method;
  const frequency = command.repayment?.frequency ?? version.defaultRepayment.frequency;
  const capitalHolidayMonths = command.repayment?.capitalHolidayMonths ?? 0;
  v.check(
    !version.repaymentMethods.includes(method),
    'repayment-method-not-offered',
    () =>
      `the ${version.name} is not repaid by ${method} (only ${version.repaymentMethods.join(', ')})`,
    'repayment.method',
  );
  v.check(
    !version.repaymentFrequencies.includes(frequency),
    'repayment-frequency-not-offered',
    () =>
      `the ${version.name} is not repaid ${frequency} (only ${version.repaymentFrequencies.join(', ')})`,
    'repayment.frequency',
  );
  v.check(
    capitalHolidayMonths > version.maxCapitalHolidayMonths,
    'capital-holiday-too-long',
    () =>
      `a capital holiday of ${capitalHolidayMonths} months is longer than the ${version.name} allows (${version.maxCapitalHolidayMonths} months)`,
    'repayment.capitalHolidayMonths',
  );
  v.check(
    capitalHolidayMonths > 0 && capitalHolidayMonths >= termMonths,
    'capital-holiday-not-within-term',
    () =>
      `a capital holiday of ${capitalHolidayMonths} months leaves nothing of a ${termMonths}-month term to repay`,
    'repayment.capitalHolidayMonths',
  );
  return { method, frequency, capitalHolidayMonths };
}
