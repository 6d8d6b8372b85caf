import type { LocalDate } from '@js-joda/core';
import type { Money } from '../../money';
import {
  DEFAULT_OFFER_VALIDITY_MAX_DAYS,
  MONTHS_PER_PERIOD,
  type ProductVersion,
} from '../../products';
import { formatBusinessDate } from '../../time';
import type { ApproveLoan, Officer } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent, RepaymentTermsData } from '../events';
import type { Application, LoanState, ProposedApproval } from '../state';
import {
  checkCombination,
  checkCofinancingTerms,
  cofinancingTermsOf,
} from '../rules/cofinancing-terms';
import {
  checkAmountAndTerm,
  checkNotBefore,
  checkNotInFuture,
  requireStatus,
} from '../rules/common';
import { sameActor } from '../rules/four-eyes';
import { guaranteesToRecord } from '../rules/guarantees';
import { offeredRate } from '../rules/pricing';
import { responsibleMaximumOverride } from '../rules/responsible-maximum';
import { checkStartleningTerms, startleningTermsOf } from '../rules/startlening-terms';
import { checkWinwinExposure, checkWinwinTerms } from '../rules/winwin-terms';
import { needsWinwinExposure } from '../winwin-registration';

/**
 * Four eyes: whoever registered the application cannot approve it, and an officer approving an
 * amount above their limit only proposes the offer; a second officer's approval makes it.
 *
 * Approval makes an offer on the terms of the product version in force on the
 * contract date: the approval date, or, for a product whose contract is signed
 * before the application (win-win), the signing date. A win-win loan's approval
 * is its registration, and its limits are counted over the loans registered
 * already (ctx.winwinExposure).
 *
 * Every product rule of the application is checked again on the offer's amount and term. The
 * KMO-cofinanciering is priced from the reference curve in force on the approval date
 * (command.referenceCurve); the Startlening's rate follows its capital holiday. How the rate was
 * set is recorded with the offer (`pricing`).
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
    sameActor(officer.id, application.registeredBy),
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
  // Every product rule again: the officer may have changed the amount or the term.
  checkProductTermsAgain(v, version, application, amount, termMonths, ctx, command.loanId);
  const repayment = repaymentTerms(v, version, command, termMonths);
  // A proposed offer's pricing stands: the second officer confirms the offer as proposed.
  const { annualRate, pricing } = proposal?.pricing
    ? { annualRate: proposal.annualRate, pricing: proposal.pricing }
    : offeredRate(v, version, {
        // The rate agreed in the application (win-win: in the deed) unless the approval gives one.
        asked: command.annualRate ?? application.annualRate,
        approvedOn: command.approvedOn,
        termMonths,
        capitalHolidayMonths: repayment.capitalHolidayMonths,
        referenceCurve: command.referenceCurve,
        justification: command.capitalHolidayJustification,
      });
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
  const longest = command.approvedOn.plusDays(
    version.offerValidityMaxDays ?? DEFAULT_OFFER_VALIDITY_MAX_DAYS,
  );
  v.check(
    offerValidUntil.isAfter(longest),
    'offer-validity-too-long',
    () =>
      `an offer of ${formatBusinessDate(command.approvedOn)} may hold until ${formatBusinessDate(longest)} at the latest (${version.offerValidityMaxDays ?? DEFAULT_OFFER_VALIDITY_MAX_DAYS} days, the ${version.name}'s longest validity), not until ${formatBusinessDate(offerValidUntil)}`,
    'offerValidUntil',
  );
  const guarantees = proposal
    ? proposal.guarantees
    : guaranteesToRecord(v, command.guarantees, state.guarantees.length);
  // The first officer decided on the responsible maximum; the second confirms it as proposed.
  const override = proposal
    ? proposal.responsibleMaximumOverride
    : responsibleMaximumOverride(v, state, command, amount);
  v.throwIfAny();

  const approvedOn = formatBusinessDate(command.approvedOn);
  const offer = {
    amount: amount.toString(),
    annualRate: annualRate.toString(),
    termMonths,
    repayment,
    offerValidUntil: formatBusinessDate(offerValidUntil as LocalDate),
    ...(pricing ? { pricing } : {}),
    ...(override ? { responsibleMaximumOverride: override } : {}),
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
    sameActor(officer.id, proposal.proposedBy),
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
    command.capitalHolidayJustification !== undefined,
    'second-approval-terms-differ',
    () =>
      `the offer proposed by ${proposal.proposedBy} stands as proposed, its capital holiday's justification included; the second approval cannot give another`,
    'capitalHolidayJustification',
  );
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

/** The co-financing's and the start loan's rules on the offer's amount and term. */
function checkProductTermsAgain(
  v: Violations,
  version: ProductVersion,
  application: Application,
  amount: Money,
  termMonths: number,
  ctx: DecisionContext,
  loanId: string,
): void {
  const cofinancing = version.rules?.cofinancing;
  const terms = cofinancing ? cofinancingTermsOf(application, amount, termMonths) : undefined;
  if (cofinancing && terms) {
    const missingFieldRule = ctx.catalogue.intake(application.productCode).missingFieldRule;
    checkCofinancingTerms(v, version, cofinancing, terms, missingFieldRule);
    const combinedWith = application.combinedWithLoanId;
    if (combinedWith !== undefined) {
      if (!ctx.combinedLoan || ctx.combinedLoan.loanId !== combinedWith) {
        throw new Error(
          `approving loan ${loanId} combined with ${combinedWith} needs ctx.combinedLoan: the application service must read the combined loan (combinedLoanIdFor)`,
        );
      }
      checkCombination(
        v,
        cofinancing,
        {
          amount,
          ownContribution: terms.ownContribution,
          investmentNeed: terms.investmentNeed,
          appliedOn: application.appliedOn,
        },
        ctx.combinedLoan,
        ctx.catalogue,
      );
    }
  }
  const start = version.rules?.startlening;
  const startTerms = start ? startleningTermsOf(application, amount) : undefined;
  if (start && startTerms) checkStartleningTerms(v, version, start, startTerms);
}

function repaymentTerms(
  v: Violations,
  version: ProductVersion,
  command: ApproveLoan,
  termMonths: number,
): RepaymentTermsData {
  const method = command.repayment?.method ?? version.defaultRepayment.method;
  const frequency = command.repayment?.frequency ?? version.defaultRepayment.frequency;
  const capitalHolidayMonths =
    command.repayment?.capitalHolidayMonths ?? version.defaultRepayment.capitalHolidayMonths ?? 0;
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
  const choices = version.capitalHolidayChoices;
  v.check(
    choices !== undefined && !choices.includes(capitalHolidayMonths),
    'capital-holiday-not-offered',
    () =>
      `the ${version.name} comes with a capital holiday of ${choices!.join(' or ')} months, not ${capitalHolidayMonths}`,
    'repayment.capitalHolidayMonths',
  );
  v.check(
    choices === undefined && capitalHolidayMonths > version.maxCapitalHolidayMonths,
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
  // Whole periods only for terms that are otherwise offered: one refusal per wrong choice.
  const perPeriod = MONTHS_PER_PERIOD[frequency];
  if (version.repaymentFrequencies.includes(frequency) && perPeriod !== undefined) {
    v.check(
      termMonths % perPeriod !== 0,
      'term-not-whole-periods',
      () =>
        `a term of ${termMonths} months is not a whole number of ${frequency} periods of ${perPeriod} months`,
      'termMonths',
    );
    v.check(
      capitalHolidayMonths <= version.maxCapitalHolidayMonths &&
        capitalHolidayMonths % perPeriod !== 0,
      'capital-holiday-not-whole-periods',
      () =>
        `a capital holiday of ${capitalHolidayMonths} months is not a whole number of ${frequency} periods of ${perPeriod} months`,
      'repayment.capitalHolidayMonths',
    );
  }
  return { method, frequency, capitalHolidayMonths };
}
