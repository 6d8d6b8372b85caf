import type { LenderRelation } from '../parties';
import type {
  CofinancingPartnerKind,
  OwnContributionKind,
  ProductCode,
  RepaymentFrequency,
  RepaymentMethod,
} from '../products';
import type { DefaultCause, GuaranteeKind, RecoverySource } from './lifecycle-codes';
import type { GuaranteeReleaseRefusalReasonCode, RefusalReasonCode } from './reason-codes';

/**
 * Loan events as stored: JSON only, money and rates as decimal strings, dates as ISO dates.
 * `effectiveOn` is the business date the event takes effect; the store's envelope carries it
 * in the metadata too.
 */

/**
 * Names and identifying numbers of natural persons are personal data: the back office stores
 * them encrypted per person and may erase them (they then read as "[erased]"); the person's
 * `personId`, given by the back office when it stores the application, stays.
 */
export interface BorrowerData {
  /**
   * Personal data when the borrower is a natural person (their own register number): sealed by
   * the back office; the win-win limits count a sole trader by their person id.
   */
  enterpriseNumber: string;
  /** Personal data when the borrower is a natural person. */
  name: string;
  province: string;
  /** A sole trader: the enterprise is a natural person. Absent means false. */
  naturalPerson?: boolean;
  /** The natural person's id in the back office's people registry. */
  personId?: string;
  /**
   * Where the enterprise is established (a sole trader: personal data, sealed by the back
   * office). Absent in applications registered without one (optional since issue 21).
   */
  address?: AddressData;
}

/** A Belgian postal address: street with number, four-digit postal code, municipality. */
export interface AddressData {
  /** Street and number (and box): "Veldstraat 12 bus 3". */
  street: string;
  /** Four digits, 1000 to 9999. */
  postalCode: string;
  municipality: string;
}

/** The private lender of a win-win loan: always a natural person. */
export interface LenderData {
  /** Personal data: the lender's identifying number. */
  id: string;
  /** Personal data. */
  name: string;
  relationToBorrower: LenderRelation;
  /** The lender's id in the back office's people registry (absent in events written before it). */
  personId?: string;
}

export interface RepaymentTermsData {
  method: RepaymentMethod;
  frequency: RepaymentFrequency;
  capitalHolidayMonths: number;
}

export interface OfferData {
  amount: string;
  annualRate: string;
  termMonths: number;
  repayment: RepaymentTermsData;
  offerValidUntil: string;
  /** How the rate was set, for products whose rate is not simply the product's (absent before). */
  pricing?: OfferPricingData;
  /** Approved above the responsible credit maximum, and why (DOMAIN.md 3.5). */
  responsibleMaximumOverride?: ResponsibleMaximumOverrideData;
}

/**
 * How an offer's rate was set, so that the summary information document can explain it.
 * - reference-rate (KMO-cofinanciering): IRS at the term from the curve in force on the approval
 *   date (the points used, interpolated linearly) + margin, rounded half up to `decimals`
 *   decimals, at least the floor.
 * - capital-holiday-rate (Startlening): the product's rate for the capital holiday offered, with
 *   the written justification a longer holiday needs.
 */
export type OfferPricingData =
  | {
      kind: 'reference-rate';
      curveRecordedOn: string;
      irsTenorMonths: number;
      irsPoints: Array<{ tenorMonths: number; rate: string }>;
      /** IRS at the term, unrounded (to 10 decimals when longer). */
      irsRate: string;
      margin: string;
      floor: string;
      decimals: number;
      floorApplied: boolean;
      rate: string;
    }
  | {
      kind: 'capital-holiday-rate';
      capitalHolidayMonths: number;
      rate: string;
      justification?: string;
    };

/** One part of an own contribution; `kind` one of OWN_CONTRIBUTION_KINDS. */
export interface OwnContributionItemData {
  kind: OwnContributionKind;
  amount: string;
  description?: string;
}

export interface CoFinancingData {
  amount: string;
  termMonths: number;
  partner: { kind: CofinancingPartnerKind; name: string };
}

export interface SelfEmploymentData {
  /** Absent: not self-employed yet (a starter about to start). */
  since?: string;
  mainOccupation: boolean;
}

export interface StartAttestData {
  number: string;
  validUntil: string;
}

/**
 * A security given for the loan (DOMAIN.md 4.1, 4.2 ix): at application or with the offer.
 * A personal guarantor is a natural person: their name is personal data, sealed like the
 * lender's, with their personId beside it.
 */
export interface GuaranteeData {
  /** Unique within the loan: g1, g2, ... in the order they were given. */
  guaranteeId: string;
  kind: GuaranteeKind;
  guarantor: string;
  amount: string;
  /** The guarantor's id in the people registry (personal guarantees). */
  guarantorPersonId?: string;
}

export interface LoanAppliedData {
  loanId: string;
  productCode: ProductCode;
  /**
   * The product version in force on the application date, or, for a product
   * whose contract date is signedOn (win-win), on the signing date.
   */
  productVersion: string;
  borrower: BorrowerData;
  amount: string;
  termMonths: number;
  purpose: string;
  /** For a win-win loan: the day the registrar received the deed. */
  appliedOn: string;
  /** Win-win only: the day the loan deed was signed (the contract date). */
  signedOn?: string;
  /** Win-win only. */
  lender?: LenderData;
  /** Win-win only: the rate agreed in the deed, a decimal string. */
  annualRate?: string;
  // Co-financing and start loan (DOMAIN.md 3.3, 3.4); absent for the other products and in
  // events written before them.
  investmentNeed?: string;
  ownContribution?: string;
  ownContributionItems?: OwnContributionItemData[];
  coFinancing?: CoFinancingData;
  selfEmployment?: SelfEmploymentData;
  startAttest?: StartAttestData;
  /** Co-financing: the Startlening applied for at the same time. */
  combinedWithLoanId?: string;
  /** The user who registered the application (upcast from the metadata's actor for old events). */
  registeredBy: string;
  /**
   * The short file number ("IK-2022-0042", file-number.ts); absent in applications registered
   * before file numbers.
   */
  fileNumber?: string;
  /** Securities offered with the application; absent in events written before guarantees. */
  guarantees?: GuaranteeData[];
}

export interface LoanApprovedData {
  loanId: string;
  approvedOn: string;
  /**
   * The product version in force on the contract date, which sets the terms:
   * the approval date, or the signing date for a win-win loan (whose
   * approval is its registration).
   */
  productVersion: string;
  offer: OfferData;
  /** The credit officers whose approval made the offer: one, or two above the first one's limit. */
  approvedBy: string[];
  /** Securities the offer asks for beyond those given at application. */
  guarantees?: GuaranteeData[];
}

/**
 * A credit officer approved an amount above their approval limit: the offer waits for a second
 * officer's approval (LoanApprovalSeconded), and the loan stays an application until then.
 */
export interface LoanApprovalProposedData {
  loanId: string;
  approvedOn: string;
  productVersion: string;
  offer: OfferData;
  proposedBy: string;
  approvalLimit: string;
  guarantees?: GuaranteeData[];
}

/** The second officer's approval of a proposed offer; LoanApproved follows in the same commit. */
export interface LoanApprovalSecondedData {
  loanId: string;
  approvedOn: string;
  secondedBy: string;
  proposedBy: string;
}

/** The offer's amount paid out to the borrower: the loan becomes active and its schedule starts. */
export interface LoanDisbursedData {
  loanId: string;
  disbursedOn: string;
  amount: string;
  /**
   * The loan's structured communication (OGM/VCS, "+++123/4567/89002+++") its borrower repays
   * with, derived from the loan id (libs/banking); absent on loans disbursed before it was given
   * at disbursement (those get a StructuredCommunicationAssigned).
   */
  structuredCommunication?: string;
  /** Which derivation of the loan id gave it: 0, or the next one after a collision. */
  communicationAttempt?: number;
  /**
   * How the schedule's due dates move off non-working days, fixed here for the loan's life
   * (a holiday configured later moves nothing). Absent (loans disbursed before working days,
   * products with the convention `none`): due dates are the contractual ones.
   */
  dueDateShift?: DueDateShiftData;
}

/**
 * `following`: a due date on a Saturday, Sunday or one of `holidays` is due on the next day that
 * is none of them. `holidays` are those of the lender's calendar at disbursement (Belgian public
 * holidays and its extra bank holidays) that a due date of the schedule met: enough to compute
 * the same dates again from the event alone.
 */
export interface DueDateShiftData {
  convention: 'following';
  /** YYYY-MM-DD, ascending. */
  holidays: string[];
}

/** A structured communication given to a loan disbursed before they were given at disbursement. */
export interface StructuredCommunicationAssignedData {
  loanId: string;
  /** "+++123/4567/89002+++" */
  structuredCommunication: string;
  /** Which derivation of the loan id gave it: 0, or the next one after a collision. */
  communicationAttempt: number;
}

/** A file number given to a loan applied for before file numbers were given at application. */
export interface LoanFileNumberAssignedData {
  loanId: string;
  /** "IK-2021-0042": the series of the application's product and year, drawn like an application's. */
  fileNumber: string;
}

export interface LoanRefusedData {
  loanId: string;
  refusedOn: string;
  reasons: RefusalReasonCode[];
  explanation: string;
}

export interface ApplicationWithdrawnData {
  loanId: string;
  withdrawnOn: string;
  reason: string;
  /** The status the loan had: an application or an offer can be withdrawn. */
  withdrawnFrom: 'applied' | 'approved';
}

/** The offer's validity (gestanddoeningstermijn) passed without disbursement. */
export interface OfferLapsedData {
  loanId: string;
  /** The day after offerValidUntil. */
  lapsedOn: string;
  offerValidUntil: string;
}

/** What one payment paid of one instalment. */
export interface AllocationData {
  instalment: number;
  dueOn: string;
  interest: string;
  principal: string;
}

/**
 * A payment towards the schedule, allocated in business-date order to the oldest instalment
 * due, interest before principal. `outstandingPrincipal` is the loan's principal after every
 * payment known when this one was recorded.
 */
export interface InstalmentPaidData {
  loanId: string;
  /** p1, p2, ... in the order payments were recorded. */
  paymentId: string;
  paidOn: string;
  amount: string;
  allocation: AllocationData[];
  interestPaid: string;
  principalPaid: string;
  outstandingPrincipal: string;
}

/**
 * A back-dated payment moved earlier payments to other instalments (payments are applied in
 * business-date order): their allocation as it is now. Totals do not change, the split may.
 */
export interface RepaymentsReallocatedData {
  loanId: string;
  /** The payment whose recording caused it. */
  causedBy: string;
  payments: Array<{
    paymentId: string;
    allocation: AllocationData[];
    interestPaid: string;
    principalPaid: string;
  }>;
}

/** One line of a fee or early-repayment computation, for people to read. */
export interface ComputationLineData {
  label: string;
  value: string;
}

/**
 * Capital repaid before its schedule, with the interest accrued on it since the last due date
 * and the reinvestment fee (DOMAIN.md 4.3). A partial repayment keeps the term: the instalments
 * after it are computed again on the lower principal.
 */
export interface EarlyRepaymentMadeData {
  loanId: string;
  repaidOn: string;
  full: boolean;
  capitalRepaid: string;
  accruedInterest: string;
  /** The day interest ran from: the last due date, or the disbursement. */
  interestFrom: string;
  fee: string;
  feeRegime: 'six-months-cap' | 'standard' | 'none';
  /** capitalRepaid + accruedInterest + fee: what the borrower pays. */
  total: string;
  outstandingPrincipal: string;
  lines: ComputationLineData[];
}

/** Nothing is outstanding any more: the last instalment or a full early repayment. */
export interface LoanRepaidData {
  loanId: string;
  repaidOn: string;
}

export interface GuaranteeReleasedData {
  loanId: string;
  guaranteeId: string;
  releasedOn: string;
  amount: string;
  /** What the guarantee still covers; 0.00 when released wholly. */
  remaining: string;
}

/** DOMAIN.md 4.5: the enterprise and the guarantor are told in writing, with the reasons. */
export interface GuaranteeReleaseRefusedData {
  loanId: string;
  guaranteeId: string;
  refusedOn: string;
  /** The amount whose release was asked for; absent: the whole guarantee. */
  amountRequested?: string;
  reasons: GuaranteeReleaseRefusalReasonCode[];
  explanation: string;
}

export interface LoanDefaultedData {
  loanId: string;
  defaultedOn: string;
  cause: DefaultCause;
  outstandingPrincipal: string;
  /** Instalments past due and unpaid on that day. */
  arrearsInterest: string;
  arrearsPrincipal: string;
  daysPastDue: number;
}

/** A guarantor called upon to pay under a recorded guarantee. */
export interface GuaranteeCalledData {
  loanId: string;
  guaranteeId: string;
  calledOn: string;
  amount: string;
}

/**
 * The government guarantee of a win-win loan (DOMAIN.md 3.2): a share of the principal
 * definitively lost, interest excluded, rounded half up to the cent.
 */
export interface GovernmentGuaranteeClaimedData {
  loanId: string;
  claimedOn: string;
  principalLost: string;
  share: string;
  claim: string;
  lines: ComputationLineData[];
}

export interface RecoveryRecordedData {
  loanId: string;
  receivedOn: string;
  amount: string;
  source: RecoverySource;
  /** Principal still owed after it. */
  outstandingPrincipal: string;
}

export interface LoanWrittenOffData {
  loanId: string;
  writtenOffOn: string;
  /** The principal given up: what was outstanding. */
  amount: string;
  reason: string;
}

/** The enterprise asked for the written refusal statement in time; the documents processor writes it. */
export interface WrittenRefusalRequestedData {
  loanId: string;
  requestedOn: string;
  /** The last day a request obliges the lender: 6 months after the application. */
  requestDeadline: string;
}

/** One instalment a reminder asks for: what of it is unpaid on the reminder's day. */
export interface ReminderInstalmentData {
  instalment: number;
  dueOn: string;
  interest: string;
  principal: string;
  total: string;
}

export interface ReminderIssuedData {
  loanId: string;
  level: 'first' | 'second' | 'formal-notice';
  issuedOn: string;
  /** Calendar days since the oldest unpaid instalment fell due, on issuedOn. */
  daysPastDue: number;
  /** The instalments past due and unpaid, oldest first, and their sum. */
  instalments: ReminderInstalmentData[];
  totalDue: string;
}

export interface ApplicationInformationRecordedData {
  loanId: string;
  recordedOn: string;
  recordedBy: string;
  items: { item: string; guaranteeId?: string; status: string; note?: string }[];
}

/**
 * The responsible credit maximum assessed (DOMAIN.md 3.5). The figures a decision needs are
 * plain; the household's incomes and charges (`assessment`: the input and the whole computation,
 * JSON) are personal data, sealed under the borrower by the repository.
 */
export interface CreditAssessmentRecordedData {
  loanId: string;
  /** The borrower's: the assessment is sealed under the person registered for it. */
  enterpriseNumber: string;
  assessedOn: string;
  assessedBy: string;
  rulesVersion: string;
  requestedAmount: string;
  monthlyCapacity: string;
  maximumCredit: string;
  withinMaximum: boolean;
  knockOuts: string[];
  assessment: string;
}

/** An offer approved above the responsible credit maximum, and why (DOMAIN.md 3.5). */
export interface ResponsibleMaximumOverrideData {
  justification: string;
  overriddenBy: string;
  amount: string;
  maximumCredit: string;
  assessedOn: string;
  knockOuts: string[];
}

export type LoanEvent =
  | { type: 'LoanApplied'; effectiveOn: string; data: LoanAppliedData }
  | { type: 'LoanApproved'; effectiveOn: string; data: LoanApprovedData }
  | { type: 'LoanApprovalProposed'; effectiveOn: string; data: LoanApprovalProposedData }
  | { type: 'LoanApprovalSeconded'; effectiveOn: string; data: LoanApprovalSecondedData }
  | { type: 'LoanDisbursed'; effectiveOn: string; data: LoanDisbursedData }
  | { type: 'LoanRefused'; effectiveOn: string; data: LoanRefusedData }
  | { type: 'ApplicationWithdrawn'; effectiveOn: string; data: ApplicationWithdrawnData }
  | { type: 'OfferLapsed'; effectiveOn: string; data: OfferLapsedData }
  | { type: 'InstalmentPaid'; effectiveOn: string; data: InstalmentPaidData }
  | { type: 'RepaymentsReallocated'; effectiveOn: string; data: RepaymentsReallocatedData }
  | { type: 'EarlyRepaymentMade'; effectiveOn: string; data: EarlyRepaymentMadeData }
  | { type: 'LoanRepaid'; effectiveOn: string; data: LoanRepaidData }
  | { type: 'GuaranteeReleased'; effectiveOn: string; data: GuaranteeReleasedData }
  | { type: 'GuaranteeReleaseRefused'; effectiveOn: string; data: GuaranteeReleaseRefusedData }
  | { type: 'LoanDefaulted'; effectiveOn: string; data: LoanDefaultedData }
  | { type: 'GuaranteeCalled'; effectiveOn: string; data: GuaranteeCalledData }
  | {
      type: 'GovernmentGuaranteeClaimed';
      effectiveOn: string;
      data: GovernmentGuaranteeClaimedData;
    }
  | { type: 'RecoveryRecorded'; effectiveOn: string; data: RecoveryRecordedData }
  | { type: 'LoanWrittenOff'; effectiveOn: string; data: LoanWrittenOffData }
  | { type: 'WrittenRefusalRequested'; effectiveOn: string; data: WrittenRefusalRequestedData }
  | { type: 'ReminderIssued'; effectiveOn: string; data: ReminderIssuedData }
  | {
      type: 'ApplicationInformationRecorded';
      effectiveOn: string;
      data: ApplicationInformationRecordedData;
    }
  | { type: 'CreditAssessmentRecorded'; effectiveOn: string; data: CreditAssessmentRecordedData }
  | {
      type: 'StructuredCommunicationAssigned';
      effectiveOn: string;
      data: StructuredCommunicationAssignedData;
    }
  | { type: 'LoanFileNumberAssigned'; effectiveOn: string; data: LoanFileNumberAssignedData };

export type LoanEventType = LoanEvent['type'];

export const LOAN_EVENT_TYPES: readonly LoanEventType[] = [
  'LoanApplied',
  'LoanApproved',
  'LoanApprovalProposed',
  'LoanApprovalSeconded',
  'LoanDisbursed',
  'LoanRefused',
  'ApplicationWithdrawn',
  'OfferLapsed',
  'InstalmentPaid',
  'RepaymentsReallocated',
  'EarlyRepaymentMade',
  'LoanRepaid',
  'GuaranteeReleased',
  'GuaranteeReleaseRefused',
  'LoanDefaulted',
  'GuaranteeCalled',
  'GovernmentGuaranteeClaimed',
  'RecoveryRecorded',
  'LoanWrittenOff',
  'WrittenRefusalRequested',
  'ApplicationInformationRecorded',
  'CreditAssessmentRecorded',
  'ReminderIssued',
  'StructuredCommunicationAssigned',
  'LoanFileNumberAssigned',
];

/** Schema version written into each event's metadata; bump it with an upcaster when a shape changes. */
export const LOAN_EVENT_SCHEMA_VERSION = 2;

export function isLoanEventType(type: string): type is LoanEventType {
  return (LOAN_EVENT_TYPES as readonly string[]).includes(type);
}
