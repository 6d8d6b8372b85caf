import type { CreditAssessmentInput } from '../credit-assessment';
import type { InformationItem, InformationStatus } from './information-items';
import type { LocalDate } from '@js-joda/core';
import type { Money, Rate } from '../money';
import type {
  CofinancingPartnerKind,
  OwnContributionKind,
  ProductCode,
  RepaymentFrequency,
  RepaymentMethod,
} from '../products';
import type { BorrowerData, LenderData } from './events';
import type { DefaultCause, GuaranteeKind, RecoverySource } from './lifecycle-codes';
import type { GuaranteeReleaseRefusalReasonCode, RefusalReasonCode } from './reason-codes';
import type { ReferenceCurve } from '../fees';

/** Commands carry parsed values: the edge has already turned strings into Money, Rate and dates. */

/** A security given with an application or asked for by an offer; the decider gives it its id. */
export interface GuaranteeInput {
  kind: GuaranteeKind;
  guarantor: string;
  amount: Money;
}

/** One part of the own contribution as the clerk states it (DOMAIN.md 3.3). */
export interface OwnContributionItemInput {
  kind: OwnContributionKind;
  amount: Money;
  description?: string;
}

/** The partner's financing a KMO-cofinanciering goes with. */
export interface CoFinancingInput {
  amount: Money;
  termMonths: number;
  partner: { kind: CofinancingPartnerKind; name: string };
}

/**
 * The applicant's self-employment: since when (absent: not yet, a starter about to start) and
 * whether in main occupation (or, not yet started, will be).
 */
export interface SelfEmploymentInput {
  since?: LocalDate;
  mainOccupation: boolean;
}

/** The start-loan attest the starter presents. */
export interface StartAttestInput {
  number: string;
  validUntil: LocalDate;
}

export interface ApplyForLoan {
  type: 'ApplyForLoan';
  loanId: string;
  productCode: ProductCode;
  borrower: BorrowerData;
  amount: Money;
  termMonths: number;
  purpose: string;
  /** For a win-win loan: the day the registrar received the deed. */
  appliedOn: LocalDate;
  // Product-specific fields (the product's `intake.requiredFields` and
  // `optionalFields`): each product takes its own, the others are left out (undefined).
  /** The day the loan contract (the win-win deed) was signed: the contract date. */
  signedOn?: LocalDate;
  /** The private lender (win-win). */
  lender?: LenderData;
  /** The rate agreed in the contract (the win-win deed). */
  annualRate?: Rate;
  /** Co-financing (and optionally start loan): the whole project's investment need. */
  investmentNeed?: Money;
  /** Co-financing, start loan: the own contribution that counts (DOMAIN.md 3.3). */
  ownContribution?: Money;
  /** What the own contribution is made of; the counted kinds must add up to ownContribution. */
  ownContributionItems?: OwnContributionItemInput[];
  /** Co-financing: the partner's financing. */
  coFinancing?: CoFinancingInput;
  /** Start loan (required), co-financing by a natural person. */
  selfEmployment?: SelfEmploymentInput;
  /** Start loan: the start-loan attest, needed when a co-financing is combined with it. */
  startAttest?: StartAttestInput;
  /** Co-financing: the Startlening applied for at the same time (DOMAIN.md 3.3 cumulation). */
  combinedWithLoanId?: string;
  /** Who registers the application: four eyes forbid them to approve it. */
  registeredBy: string;
  guarantees?: GuaranteeInput[];
}

/** The credit officer deciding; without an approval limit they may approve any amount alone. */
export interface Officer {
  id: string;
  approvalLimit?: Money;
}

export interface RepaymentTerms {
  method?: RepaymentMethod;
  frequency?: RepaymentFrequency;
  capitalHolidayMonths?: number;
}

export interface ApproveLoan {
  type: 'ApproveLoan';
  loanId: string;
  approvedOn: LocalDate;
  /** Defaults to the amount applied for. */
  amount?: Money;
  /** Defaults to the rate agreed in the application (win-win), else the product's rate. */
  annualRate?: Rate;
  /** Defaults to the term applied for. */
  termMonths?: number;
  repayment?: RepaymentTerms;
  /** Defaults to the approval date plus the product's offer validity. */
  offerValidUntil?: LocalDate;
  /**
   * The reference curve in force on approvedOn: a product priced from it (KMO-cofinanciering)
   * cannot be approved without it. The application service loads it.
   */
  referenceCurve?: ReferenceCurve;
  /** The written justification a longer capital holiday needs (Startlening: 2 years). */
  capitalHolidayJustification?: string;
  officer: Officer;
  /** Securities the offer asks for beyond those given with the application. */
  guarantees?: GuaranteeInput[];
  /** Approves above the assessed responsible credit maximum, with the officer's reasons. */
  responsibleMaximumOverride?: { justification: string };
}

export interface RefuseLoan {
  type: 'RefuseLoan';
  loanId: string;
  refusedOn: LocalDate;
  reasons: RefusalReasonCode[];
  explanation?: string;
}

export interface WithdrawApplication {
  type: 'WithdrawApplication';
  loanId: string;
  withdrawnOn: LocalDate;
  reason?: string;
}

export interface DisburseLoan {
  type: 'DisburseLoan';
  loanId: string;
  disbursedOn: LocalDate;
}

/** Recorded by the offer-lapse processor once the offer's validity has passed. */
export interface LapseOffer {
  type: 'LapseOffer';
  loanId: string;
}

export interface RepayInstalment {
  type: 'RepayInstalment';
  loanId: string;
  paidOn: LocalDate;
  amount: Money;
}

/** Either `amount` (capital to repay early) or `full`. */
export interface RepayEarly {
  type: 'RepayEarly';
  loanId: string;
  repaidOn: LocalDate;
  amount?: Money;
  full?: boolean;
  /** The reference curve in force on repaidOn, for credits under the standard scheme. */
  referenceCurve?: ReferenceCurve;
}

export interface ReleaseGuarantee {
  type: 'ReleaseGuarantee';
  loanId: string;
  guaranteeId: string;
  releasedOn: LocalDate;
  /** Absent: all that the guarantee still covers. */
  amount?: Money;
}

export interface RefuseGuaranteeRelease {
  type: 'RefuseGuaranteeRelease';
  loanId: string;
  guaranteeId: string;
  refusedOn: LocalDate;
  amountRequested?: Money;
  reasons: GuaranteeReleaseRefusalReasonCode[];
  explanation: string;
}

export interface DeclareDefault {
  type: 'DeclareDefault';
  loanId: string;
  defaultedOn: LocalDate;
  cause: DefaultCause;
}

export interface CallGuarantee {
  type: 'CallGuarantee';
  loanId: string;
  guaranteeId: string;
  calledOn: LocalDate;
  amount?: Money;
}

export interface ClaimGovernmentGuarantee {
  type: 'ClaimGovernmentGuarantee';
  loanId: string;
  claimedOn: LocalDate;
  /** The principal definitively lost, interest excluded. */
  principalLost: Money;
}

export interface RecordRecovery {
  type: 'RecordRecovery';
  loanId: string;
  receivedOn: LocalDate;
  amount: Money;
  source: RecoverySource;
}

export interface WriteOffLoan {
  type: 'WriteOffLoan';
  loanId: string;
  writtenOffOn: LocalDate;
  reason: string;
}

/** The enterprise asks for the written refusal statement (DOMAIN.md 4.4). */
export interface RequestWrittenRefusal {
  type: 'RequestWrittenRefusal';
  loanId: string;
  requestedOn: LocalDate;
}

export interface InformationItemInput {
  item: InformationItem;
  /** For a guarantor item: the personal guarantee whose guarantor it concerns. */
  guaranteeId?: string;
  status: InformationStatus;
  note?: string;
}

/** The household's responsible credit maximum, assessed for the application (DOMAIN.md 3.5). */
export interface RecordCreditAssessment {
  type: 'RecordCreditAssessment';
  loanId: string;
  assessedOn: LocalDate;
  assessedBy: string;
  input: CreditAssessmentInput;
}

/** Information items of DOMAIN.md 4.1 received (or found not to apply) for an application. */
export interface RecordApplicationInformation {
  type: 'RecordApplicationInformation';
  loanId: string;
  recordedOn: LocalDate;
  recordedBy: string;
  items: InformationItemInput[];
}

/** The reminder letters of a loan in arrears, in the order they escalate. */
export const REMINDER_LEVELS = ['first', 'second', 'formal-notice'] as const;
export type ReminderLevel = (typeof REMINDER_LEVELS)[number];

/**
 * A reminder letter (aanmaning; the last one the ingebrekestelling) for a loan in arrears,
 * sent by the reminder processor when the loan's days past due reach the level's threshold.
 */
export interface IssueReminder {
  type: 'IssueReminder';
  loanId: string;
  level: ReminderLevel;
}

export type LoanCommand =
  | ApplyForLoan
  | ApproveLoan
  | RefuseLoan
  | WithdrawApplication
  | DisburseLoan
  | LapseOffer
  | RepayInstalment
  | RepayEarly
  | ReleaseGuarantee
  | RefuseGuaranteeRelease
  | DeclareDefault
  | CallGuarantee
  | ClaimGovernmentGuarantee
  | RecordRecovery
  | WriteOffLoan
  | RequestWrittenRefusal
  | RecordApplicationInformation
  | RecordCreditAssessment
  | IssueReminder;
