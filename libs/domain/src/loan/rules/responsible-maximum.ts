import type { Money } from '../../money';
import { formatBusinessDate } from '../../time';
import type { ApproveLoan } from '../commands';
import type { Violations } from '../errors';
import type { ResponsibleMaximumOverrideData } from '../events';
import type { LoanState } from '../state';
import { formatAmount } from './common';

export const MAX_OVERRIDE_JUSTIFICATION_LENGTH = 4000;
/** A justification a reviewer can follow, not a tick in a box. */
export const MIN_OVERRIDE_JUSTIFICATION_LENGTH = 20;

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
