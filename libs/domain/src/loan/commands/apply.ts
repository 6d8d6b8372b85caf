import { guaranteesToRecord } from './guarantees';
import type { LocalDate } from '@js-joda/core';
import { isFlemishProvince } from '../../parties';
import type { ApplicationField, ProductIntake } from '../../products';
import { formatBusinessDate } from '../../time';
import type { ApplyForLoan } from '../commands';
import type { DecisionContext } from '../context';
import { LoanStateConflictError, Violations } from '../errors';
import type { LoanEvent } from '../events';
import type { LoanState } from '../state';
import { checkAmountAndTerm, checkNotInFuture } from './common';
import { checkWinwinTerms } from './winwin';

const FIELD_DESCRIPTIONS: Readonly<Record<ApplicationField, string>> = {
  signedOn: 'the date the loan contract (deed) was signed',
  lender: 'the lender (id, name and relation to the borrower)',
  annualRate: 'the annual rate agreed in the contract (deed)',
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
  checkApplicationFields(v, intake, command, ctx.catalogue.versions(command.productCode)[0]?.name);
  // The date that picks the version: the signing date (win-win) or the application date.
  const contractDate: LocalDate | undefined =
    intake.contractDate === 'signedOn' ? command.signedOn : command.appliedOn;
  if (!contractDate) {
    v.throwIfAny(); // the missing signedOn is reported above
    return [];
  }
  const version = ctx.catalogue.versionOn(command.productCode, contractDate);
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
  checkAmountAndTerm(v, version, command.amount, command.termMonths);
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
        registeredBy: command.registeredBy,
        ...(guarantees ? { guarantees } : {}),
      },
    },
  ];
}

/** The product's own fields: each required one present, every other one left out. */
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
  };
  for (const field of Object.keys(given) as ApplicationField[]) {
    const required = intake.requiredFields.includes(field);
    v.check(
      required && !given[field],
      intake.missingFieldRule,
      () => `an application for the ${product} needs ${field}: ${FIELD_DESCRIPTIONS[field]}`,
      field,
    );
    v.check(
      !required && given[field],
      'field-not-for-product',
      () =>
        `${field} (${FIELD_DESCRIPTIONS[field]}) is not part of an application for the ${product}`,
      field,
    );
  }
}
