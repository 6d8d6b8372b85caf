import {
  assessCreditMaximum,
  defaultCreditAssessmentRuleBook,
  serializeCreditAssessment,
  serializeCreditAssessmentInput,
} from '../../credit-assessment';
import { formatBusinessDate } from '../../time';
import type { RecordCreditAssessment } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent } from '../events';
import type { LoanState } from '../state';
import { checkNotBefore, checkNotInFuture, requireStatus } from '../rules/common';

/**
 * Assesses the household behind the application (DOMAIN.md 3.5) on the rules in force on the
 * signing date and records the outcome; a later assessment replaces an earlier one. The amount
 * assessed is the one applied for unless the clerk names another.
 */
export function decideRecordCreditAssessment(
  command: RecordCreditAssessment,
  state: LoanState,
  ctx: DecisionContext,
): LoanEvent[] {
  requireStatus(state, command.loanId, command.type, ['applied']);
  const v = new Violations();
  checkNotInFuture(v, ctx, command.assessedOn, 'assessedOn');
  checkNotBefore(
    v,
    command.assessedOn,
    state.application!.appliedOn,
    'assessment-before-application',
    'the assessment date',
    'assessedOn',
  );
  v.throwIfAny();
  const input = {
    ...command.input,
    requestedAmount: command.input.requestedAmount ?? state.application!.amount,
  };
  const result = assessCreditMaximum(
    input,
    ctx.creditAssessmentRules ?? defaultCreditAssessmentRuleBook(),
  );
  const assessedOn = formatBusinessDate(command.assessedOn);
  return [
    {
      type: 'CreditAssessmentRecorded',
      effectiveOn: assessedOn,
      data: {
        loanId: command.loanId,
        enterpriseNumber: state.application!.borrower.enterpriseNumber,
        assessedOn,
        assessedBy: command.assessedBy,
        rulesVersion: result.rules.version,
        requestedAmount: input.requestedAmount.toString(),
        monthlyCapacity: result.monthlyCapacity.toString(),
        maximumCredit: result.maximumCredit.toString(),
        withinMaximum: result.withinMaximum ?? true,
        knockOuts: result.knockOuts.map((k) => k.code),
        assessment: JSON.stringify({
          input: serializeCreditAssessmentInput(input),
          result: serializeCreditAssessment(result),
        }),
      },
    },
  ];
}
