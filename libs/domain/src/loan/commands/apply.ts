import type { LocalDate } from '@js-joda/core';
import { isFlemishProvince } from '../../parties';
import type { ApplicationField, ProductIntake, ProductVersion } from '../../products';
import { formatBusinessDate } from '../../time';
import type { ApplyForLoan } from '../commands';
import type { DecisionContext } from '../context';
import { LoanStateConflictError, Violations } from '../errors';
import type { LoanAppliedData, LoanEvent } from '../events';
import type { LoanState } from '../state';
import { checkCombination, checkCofinancingTerms } from '../rules/cofinancing-terms';
import { checkAmountAndTerm, checkNotInFuture } from '../rules/common';
import { guaranteesToRecord } from '../rules/guarantees';
import { checkStartleningTerms } from '../rules/startlening-terms';
import { checkWinwinTerms } from '../rules/winwin-terms';
import { fileNumberSeries, formatFileNumber } from '../file-number';

const FIELD_DESCRIPTIONS: Readonly<Record<ApplicationField, string>> = {
  signedOn: 'the date the loan contract (deed) was signed',
  lender: 'the lender (id, name and relation to the borrower)',
  annualRate: 'the annual rate agreed in the contract (deed)',
  investmentNeed: "the whole project's investment need (tangible, intangible and working capital)",
  ownContribution: 'the own contribution that counts (own funds, win-win loans, subsidies granted)',
  ownContributionItems: 'what the own contribution is made of',
  coFinancing: "the partner's co-financing (amount, term and partner)",
  selfEmployment: 'since when the applicant is self-employed, and whether in main occupation',
  startAttest: 'the start-loan attest (number and validity)',
  combinedWithLoanId: 'the Startlening applied for at the same time',
};

export function decideApply(
  command: ApplyForLoan,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  if (state.status !== 'none') {
    throw new LoanStateConflictError(
      state.status,
      command.type,
      `loan ${command.loanId} already exists`,
    );
  }
  const v = new Violations();
  checkNotInFuture(v, ctx, command.appliedOn, 'appliedOn');
  const intake = ctx.catalogue.intake(command.productCode);
  // The date that picks the version: the signing date (win-win) or the application date.
  const contractDate: LocalDate | undefined =
    intake.contractDate === 'signedOn' ? command.signedOn : command.appliedOn;
  if (!contractDate) {
    checkApplicationFields(
      v,
      intake,
      command,
      ctx.catalogue.versions(command.productCode)[0]?.name,
    );
    v.throwIfAny(); // the missing signedOn is reported there
    return [];
  }
  const version = ctx.catalogue.versionOn(command.productCode, contractDate);
  // A product not offered that day is the answer: its fields are not checked.
  if (!version) {
    v.add(
      'product-not-offered',
      intake.contractDate === 'signedOn'
        ? `the product ${command.productCode} is not offered for contracts signed on ${formatBusinessDate(contractDate)}`
        : `the product ${command.productCode} is not offered on ${formatBusinessDate(contractDate)}`,
      'productCode',
    );
    v.throwIfAny();
    return [];
  }
  checkApplicationFields(v, intake, command, version.name);
  checkAmountAndTerm(v, version, command.amount, command.termMonths);
  checkProductTerms(v, version, intake, command, ctx);
  const winwin = version.rules?.winwin;
  if (winwin && command.signedOn && command.lender && command.annualRate) {
    checkWinwinTerms(v, version, winwin, {
      amount: command.amount,
      annualRate: command.annualRate,
      signedOn: command.signedOn,
      appliedOn: command.appliedOn,
      lender: command.lender,
    });
  }
  // Every product in the catalogue today serves enterprises established in Flanders.
  v.check(
    !isFlemishProvince(command.borrower.province),
    'borrower-outside-flanders',
    () => `the ${version.name} is for enterprises in Flanders, not in ${command.borrower.province}`,
    'borrower.province',
  );
  const guarantees = guaranteesToRecord(v, command.guarantees, 0);
  v.throwIfAny();
  const appliedOn = formatBusinessDate(command.appliedOn);
  return [
    {
      type: 'LoanApplied',
      effectiveOn: appliedOn,
      data: {
        loanId: command.loanId,
        productCode: command.productCode,
        productVersion: version.version,
        borrower: { ...command.borrower },
        amount: command.amount.toString(),
        termMonths: command.termMonths,
        purpose: command.purpose,
        appliedOn,
        ...(command.signedOn ? { signedOn: formatBusinessDate(command.signedOn) } : {}),
        ...(command.lender ? { lender: { ...command.lender } } : {}),
        ...(command.annualRate ? { annualRate: command.annualRate.toString() } : {}),
        ...productFieldsData(command),
        registeredBy: command.registeredBy,
        ...(guarantees ? { guarantees } : {}),
        ...(ctx.fileSequence !== undefined
          ? {
              fileNumber: formatFileNumber(
                fileNumberSeries(command.productCode, command.appliedOn.year()),
                ctx.fileSequence,
              ),
            }
          : {}),
      },
    },
  ];
}

/**
 * The product's own fields: each required one present, an optional one present or not, every
 * other one left out.
 */
function checkApplicationFields(
  v: Violations,
  intake: ProductIntake,
  command: ApplyForLoan,
  productName: string | undefined,
): void {
  const product = productName ?? command.productCode;
  const given: Record<ApplicationField, boolean> = {
    signedOn: command.signedOn !== undefined,
    lender: command.lender !== undefined,
    annualRate: command.annualRate !== undefined,
    investmentNeed: command.investmentNeed !== undefined,
    ownContribution: command.ownContribution !== undefined,
    ownContributionItems: command.ownContributionItems !== undefined,
    coFinancing: command.coFinancing !== undefined,
    selfEmployment: command.selfEmployment !== undefined,
    startAttest: command.startAttest !== undefined,
    combinedWithLoanId: command.combinedWithLoanId !== undefined,
  };
  const optional = intake.optionalFields ?? [];
  for (const field of Object.keys(given) as ApplicationField[]) {
    const required = intake.requiredFields.includes(field);
    v.check(
      required && !given[field],
      intake.missingFieldRule,
      () => `an application for the ${product} needs ${field}: ${FIELD_DESCRIPTIONS[field]}`,
      field,
    );
    v.check(
      !required && !optional.includes(field) && given[field],
      'field-not-for-product',
      () =>
        `${field} (${FIELD_DESCRIPTIONS[field]}) is not part of an application for the ${product}`,
      field,
    );
  }
}

/** The co-financing's and the start loan's own rules (DOMAIN.md 3.3, 3.4). */
function checkProductTerms(
  v: Violations,
  version: ProductVersion,
  intake: ProductIntake,
  command: ApplyForLoan,
  ctx: DecisionContext,
): void {
  const cofinancing = version.rules?.cofinancing;
  if (cofinancing && command.investmentNeed && command.ownContribution && command.coFinancing) {
    checkCofinancingTerms(
      v,
      version,
      cofinancing,
      {
        amount: command.amount,
        termMonths: command.termMonths,
        investmentNeed: command.investmentNeed,
        ownContribution: command.ownContribution,
        ownContributionItems: command.ownContributionItems,
        coFinancing: command.coFinancing,
        borrower: command.borrower,
        selfEmployment: command.selfEmployment,
        combined: command.combinedWithLoanId !== undefined,
      },
      intake.missingFieldRule,
    );
    if (command.combinedWithLoanId !== undefined) {
      if (!ctx.combinedLoan || ctx.combinedLoan.loanId !== command.combinedWithLoanId) {
        throw new Error(
          `applying for loan ${command.loanId} combined with ${command.combinedWithLoanId} needs ctx.combinedLoan: the application service must read the combined loan (combinedLoanIdFor)`,
        );
      }
      checkCombination(
        v,
        cofinancing,
        {
          amount: command.amount,
          ownContribution: command.ownContribution,
          investmentNeed: command.investmentNeed,
          appliedOn: command.appliedOn,
        },
        ctx.combinedLoan,
        ctx.catalogue,
      );
    }
  }
  const start = version.rules?.startlening;
  if (start && command.ownContribution && command.selfEmployment) {
    checkStartleningTerms(v, version, start, {
      amount: command.amount,
      ownContribution: command.ownContribution,
      ownContributionItems: command.ownContributionItems,
      selfEmployment: command.selfEmployment,
      appliedOn: command.appliedOn,
    });
  }
}

/** The co-financing and start-loan fields as LoanApplied stores them; none for other products. */
function productFieldsData(c: ApplyForLoan): Partial<LoanAppliedData> {
  return {
    ...(c.investmentNeed ? { investmentNeed: c.investmentNeed.toString() } : {}),
    ...(c.ownContribution ? { ownContribution: c.ownContribution.toString() } : {}),
    ...(c.ownContributionItems
      ? {
          ownContributionItems: c.ownContributionItems.map((i) => ({
            kind: i.kind,
            amount: i.amount.toString(),
            ...(i.description ? { description: i.description } : {}),
          })),
        }
      : {}),
    ...(c.coFinancing
      ? {
          coFinancing: {
            amount: c.coFinancing.amount.toString(),
            termMonths: c.coFinancing.termMonths,
            partner: { kind: c.coFinancing.partner.kind, name: c.coFinancing.partner.name },
          },
        }
      : {}),
    ...(c.selfEmployment
      ? {
          selfEmployment: {
            ...(c.selfEmployment.since
              ? { since: formatBusinessDate(c.selfEmployment.since) }
              : {}),
            mainOccupation: c.selfEmployment.mainOccupation,
          },
        }
      : {}),
    ...(c.startAttest
      ? {
          startAttest: {
            number: c.startAttest.number,
            validUntil: formatBusinessDate(c.startAttest.validUntil),
          },
        }
      : {}),
    ...(c.combinedWithLoanId !== undefined ? { combinedWithLoanId: c.combinedWithLoanId } : {}),
  };
}
