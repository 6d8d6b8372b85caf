import { isFlemishProvince } from '../../parties';
import { formatBusinessDate } from '../../time';
import type { ApplyForLoan } from '../commands';
import type { DecisionContext } from '../context';
import { LoanStateConflictError, Violations } from '../errors';
import type { LoanEvent } from '../events';
import type { LoanState } from '../state';
import { checkAmountAndTerm, checkNotInFuture } from './common';

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
  const version = ctx.catalogue.versionOn(command.productCode, command.appliedOn);
  if (!version) {
    v.add(
      'product-not-offered',
      `the product ${command.productCode} is not offered on ${formatBusinessDate(command.appliedOn)}`,
      'productCode',
    );
    v.throwIfAny();
    return [];
  }
  checkAmountAndTerm(v, version, command.amount, command.termMonths);
  // Every product in the catalogue today serves enterprises established in Flanders.
  v.check(
    !isFlemishProvince(command.borrower.province),
    'borrower-outside-flanders',
    () => `the ${version.name} is for enterprises in Flanders, not in ${command.borrower.province}`,
    'borrower.province',
  );
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
      },
    },
  ];
}
