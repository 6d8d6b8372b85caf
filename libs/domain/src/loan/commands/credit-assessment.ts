import {
  assessCreditMaximum,
  defaultCreditAssessmentRuleBook,
  serializeCreditAssessment,
  serializeCreditAssessmentInput,
} from '../../credit-assessment';
import type { Money } from '../../money';
import { formatBusinessDate } from '../../time';
import type { ApproveLoan, RecordCreditAssessment } from '../commands';
import type { DecisionContext } from '../context';
import { Violations } from '../errors';
import type { LoanEvent, ResponsibleMaximumOverrideData } from '../events';
import type { LoanState } from '../state';
import { checkNotBefore, checkNotInFuture, formatAmount, requireStatus } from '../rules/common';

export const MAX_OVERRIDE_JUSTIFICATION_LENGTH = 4000;
/** A justification a reviewer can follow, not a tick in a box. */
export const MIN_OVERRIDE_JUSTIFICATION_LENGTH = 20;

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

/**
 * An offer above the household's responsible maximum (or after a knock-out, whose maximum is
 * 0.00) is a 422 unless the credit officer overrides it with a written justification, which the
 * approval records with the figures it overrode. An override that overrides nothing is refused
 * too: the record must not show a decision that was never needed.
 */
export function responsibleMaximumOverride(
  v: Violations,
  state: LoanState,
  command: Pick<ApproveLoan, 'responsibleMaximumOverride' | 'officer'>,
  amount: Money,
): ResponsibleMaximumOverrideData | undefined {
  const assessment = state.creditAssessment;
  const override = command.responsibleMaximumOverride;
  const above = assessment !== undefined && amount.gt(assessment.maximumCredit);
  if (!above) {
    v.check(
      override !== undefined,
      'responsible-maximum-override-not-needed',
      () =>
        assessment === undefined
          ? 'no responsible credit maximum was assessed for this application: there is nothing to override'
          : `the offer of ${formatAmount(amount)} is within the responsible credit maximum of ${formatAmount(assessment.maximumCredit)}: there is nothing to override`,
      'responsibleMaximumOverride',
    );
    return undefined;
  }
  const knockOuts =
    assessment.knockOuts.length > 0 ? ` (knock-outs: ${assessment.knockOuts.join(', ')})` : '';
  if (override === undefined) {
    v.add(
      'amount-above-responsible-maximum',
      `the offer of ${formatAmount(amount)} is more than the responsible credit maximum of ${formatAmount(assessment.maximumCredit)} assessed on ${formatBusinessDate(assessment.assessedOn)}${knockOuts}; a credit officer may still approve it with a written justification (responsibleMaximumOverride)`,
      'amount',
    );
    return undefined;
  }
  const justification = override.justification.trim();
  v.check(
    justification.length < MIN_OVERRIDE_JUSTIFICATION_LENGTH,
    'override-justification-too-short',
    () =>
      `a justification for approving above the responsible credit maximum needs at least ${MIN_OVERRIDE_JUSTIFICATION_LENGTH} characters`,
    'responsibleMaximumOverride.justification',
  );
  return {
    justification,
    overriddenBy: command.officer.id,
    amount: amount.toString(),
    maximumCredit: assessment.maximumCredit.toString(),
    assessedOn: formatBusinessDate(assessment.assessedOn),
    knockOuts: [...assessment.knockOuts],
  };
}
