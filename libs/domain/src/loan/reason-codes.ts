/** Refusal reasons of the code of conduct (DOMAIN.md 4.4), with the wording used in letters. */
export const REFUSAL_REASONS = {
  'insufficient-information-financial-position':
    'insufficient information about the financial position',
  'insufficient-information-project': 'insufficient information about the project',
  'insufficient-information-repayment-capacity':
    'insufficient information about the repayment capacity',
  'negative-credit-register-information': 'negative information in the credit register',
  'insufficient-securities-or-equity': 'insufficient securities or equity',
  'known-payment-arrears': 'known payment arrears',
  'formal-notices-other-credits': 'formal notices for other credits',
  'unconvincing-financial-position-or-plan': 'unconvincing financial position or financial plan',
  'outside-lender-policy': "outside the lender's credit policy",
  'history-of-enterprise-or-representatives': 'history of the enterprise or its representatives',
  'management-and-governance': 'management and governance',
  'lack-of-training-experience-competence': 'lack of training, experience or competence',
} as const;

export type RefusalReasonCode = keyof typeof REFUSAL_REASONS;
export const REFUSAL_REASON_CODES = Object.keys(REFUSAL_REASONS) as RefusalReasonCode[];

export function isRefusalReasonCode(code: unknown): code is RefusalReasonCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(REFUSAL_REASONS, code);
}

/** Reasons for refusing to release a security or guarantee (DOMAIN.md 4.5), with their wording. */
export const GUARANTEE_RELEASE_REFUSAL_REASONS = {
  'open-commitments-covered': 'the guarantee still covers open commitments',
  'adverse-financial-figures': 'adverse financial figures',
  'negative-credit-register-information': 'negative information in the credit register',
  'known-payment-arrears': 'known payment arrears',
  'formal-notices-other-credits': 'formal notices for other credits',
  'deteriorating-economic-environment': 'a deteriorating economic environment',
  'judicial-reorganisation-pending': 'a judicial reorganisation is pending',
  'needed-after-loss-of-other-guarantees': 'needed after the loss of other guarantees',
  'no-equivalent-alternative-security': 'no equivalent alternative security is offered',
} as const;

export type GuaranteeReleaseRefusalReasonCode = keyof typeof GUARANTEE_RELEASE_REFUSAL_REASONS;
export const GUARANTEE_RELEASE_REFUSAL_REASON_CODES = Object.keys(
  GUARANTEE_RELEASE_REFUSAL_REASONS,
) as GuaranteeReleaseRefusalReasonCode[];

export function isGuaranteeReleaseRefusalReasonCode(
  code: unknown,
): code is GuaranteeReleaseRefusalReasonCode {
  return (
    typeof code === 'string' &&
    Object.prototype.hasOwnProperty.call(GUARANTEE_RELEASE_REFUSAL_REASONS, code)
  );
}
