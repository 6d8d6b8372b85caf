/**
 * The input of `libs/messaging/scripts/generate-schemas.ts`: the Kafka message envelope and every
 * event type's `data` as it is STORED, which is what the relay publishes (never upcast).
 *
 * Where the store holds the domain's type as it is, the domain's type is re-exported, and the
 * types of the events written outside the domain come from `../src/stored-event-types.ts`. Where
 * it does not, the stored shape is described here: personal data sealed by `LoanRepository.sealedData`
 * (apps/back-office/src/loans/loan-repository.ts), shapes of older schema versions, and data
 * that the writers build inline. The types the generator names, and those they refer to, become
 * the schemas' definitions, their JSDoc the descriptions; the generator adds string formats.
 */
import type {
  AddressData,
  ApplicationInformationRecordedData,
  BorrowerData,
  CreditAssessmentRecordedData,
  GuaranteeData,
  GuaranteeKind,
  InformationItem,
  InformationStatus,
  LenderData,
  LoanAppliedData,
  LoanApprovalProposedData,
  LoanApprovedData,
  OfferData,
} from '@loanbook/domain';
import type { EventMetadata } from '@loanbook/event-store';
import type { ERASED, ErasableField } from '../src/stored-event-types';

// ---- stored as the domain (or its writer) types them ------------------------------------------

export type {
  ApplicationWithdrawnData,
  EarlyRepaymentMadeData,
  GovernmentGuaranteeClaimedData,
  GuaranteeCalledData,
  GuaranteeReleaseRefusedData,
  GuaranteeReleasedData,
  InquiryRegisteredData,
  InstalmentPaidData,
  LoanApprovalSecondedData,
  LoanDefaultedData,
  LoanDisbursedData,
  LoanFileNumberAssignedData,
  LoanRefusedData,
  LoanRepaidData,
  LoanWrittenOffData,
  OfferLapsedData,
  RecoveryRecordedData,
  ReminderIssuedData,
  RepaymentsReallocatedData,
  StructuredCommunicationAssignedData,
  WrittenRefusalRequestedData,
} from '@loanbook/domain';
export type {
  BankStatementImportedData,
  BankStatementLineBookedData,
  BankStatementLineSuspendedData,
  BankStatementListedData,
  StatementLineData,
  SuspenseItemAssignedData,
  SuspenseItemRefundedData,
  UnappliedCreditHeldData,
} from '@loanbook/banking';
export type {
  DemoMarkerData,
  PersonForgottenData,
  ReferenceCurveRecordedData,
} from '../src/stored-event-types';

// ---- the envelope ------------------------------------------------------------------------------

/**
 * One message of topic loanbook.loan-events.v1: a stored event as the event store holds it. Key:
 * the stream id; headers `event-type`, `event-id`, `schema-version`, `content-type`.
 * At least once: deduplicate by `eventId`.
 */
export interface EventMessage {
  /** Unique per event; the same id is the same event (a redelivery). */
  eventId: string;
  /** The event type: which schema `data` follows. */
  type: string;
  /**
   * The version of this type's data shape; the same as `metadata.schemaVersion`.
   * @minimum 1
   */
  schemaVersion: number;
  /** The stream the event belongs to (the message key): per-stream order is kept. */
  streamId: string;
  /**
   * The event's place in its stream: 1 for the stream's first event, then consecutive.
   * @minimum 1
   */
  streamVersion: number;
  /**
   * The event store's global position: unique and increasing, with gaps, not in commit order.
   * @minimum 1
   */
  globalPosition: number;
  /** The event's data as stored: money and rates as decimal strings, dates as ISO dates. */
  data: Record<string, unknown>;
  metadata: EventMessageMetadata;
}

/** Who recorded the event, when, and in which request; writers may add fields. */
export interface EventMessageMetadata extends EventMetadata {
  /**
   * The version of the event type's data shape.
   * @minimum 1
   */
  schemaVersion: number;
  /** The client's Idempotency-Key, when the command was sent with one. */
  idempotencyKey?: string;
  /** HMAC of the request the Idempotency-Key came with (not a plain hash: personal data). */
  requestHash?: string;
  /** The actor's display name, from their token's `name` claim: it signs the documents. */
  actorName?: string;
}

// ---- personal data -----------------------------------------------------------------------------

/**
 * A natural person's field, sealed (AES-256-GCM) under that person's own key, which is destroyed
 * when the person is forgotten: consumers cannot open it. `person` is the person's id.
 */
export type SealedField = ErasableField;

/** An enterprise that is a company: its name is no personal data and stays in clear. */
export interface StoredCompanyBorrower extends Omit<BorrowerData, 'naturalPerson' | 'personId'> {
  naturalPerson?: false;
}

/** A sole trader's address: each part sealed under their key. */
export interface StoredSealedAddress {
  street: SealedField;
  postalCode: SealedField;
  municipality: SealedField;
}

/** An address in clear: a company's (no personal data). */
export type StoredClearAddress = AddressData;

/** A sole trader: a natural person, whose name, enterprise number and address are sealed. */
export interface StoredSoleTraderBorrower extends Omit<
  BorrowerData,
  'enterpriseNumber' | 'name' | 'naturalPerson' | 'personId' | 'address'
> {
  /** Sealed part by part; absent when the application gave none. */
  address?: StoredSealedAddress;
  naturalPerson: true;
  /** The person registered for the enterprise number: one person per number. */
  personId: string;
  /**
   * The person's own register number: sealed; in clear in applications stored before it was
   * sealed (same schema version).
   */
  enterpriseNumber: SealedField | string;
  name: SealedField;
}

export type StoredBorrower = StoredCompanyBorrower | StoredSoleTraderBorrower;

/** A win-win lender (a natural person): identifying number and name sealed. */
export interface StoredSealedLender extends Omit<LenderData, 'id' | 'name' | 'personId'> {
  /** The lender's id in the people registry. */
  personId: string;
  id: SealedField;
  name: SealedField;
}

/** A win-win lender as written before personal data were sealed: in clear, without personId. */
export type StoredClearLender = Omit<LenderData, 'personId'>;

export type StoredLender = StoredSealedLender | StoredClearLender;

/** A personal guarantee: the guarantor is a natural person, one person per guarantee. */
export interface StoredPersonalGuarantee extends Omit<
  GuaranteeData,
  'kind' | 'guarantor' | 'guarantorPersonId'
> {
  kind: 'personal';
  /**
   * Sealed; "[erased]" when the guarantor was forgotten between an officer's proposal and the
   * second officer's approval, which records the proposed guarantees again.
   */
  guarantor: SealedField | typeof ERASED;
  /** The guarantor's id in the people registry. */
  guarantorPersonId: string;
}

/** A real or government guarantee: the guarantor in clear. */
export interface StoredOtherGuarantee extends Omit<GuaranteeData, 'kind' | 'guarantorPersonId'> {
  kind: Exclude<GuaranteeKind, 'personal'>;
}

export type StoredGuarantee = StoredPersonalGuarantee | StoredOtherGuarantee;

// ---- loan events whose stored data differs from the domain's -----------------------------------

/** An application registered (schema version 2): personal data sealed. */
export interface StoredLoanAppliedData extends Omit<
  LoanAppliedData,
  'borrower' | 'lender' | 'guarantees'
> {
  borrower: StoredBorrower;
  /** Win-win only. */
  lender?: StoredLender;
  /** Securities offered with the application; absent in events written before guarantees. */
  guarantees?: StoredGuarantee[];
}

/** The borrower as schema version 1 stored it. */
export type BorrowerDataV1 = Pick<BorrowerData, 'enterpriseNumber' | 'name' | 'province'>;

/**
 * An application registered, schema version 1 (before four eyes): no `registeredBy` (the
 * metadata's actor registered it), personal data in clear.
 */
export interface LoanAppliedDataV1 extends Pick<
  LoanAppliedData,
  | 'loanId'
  | 'productCode'
  | 'productVersion'
  | 'amount'
  | 'termMonths'
  | 'purpose'
  | 'appliedOn'
  | 'signedOn'
  | 'annualRate'
> {
  borrower: BorrowerDataV1;
  /** Win-win only. */
  lender?: StoredClearLender;
}

/** The offer: personal guarantors sealed. */
export interface StoredLoanApprovedData extends Omit<LoanApprovedData, 'guarantees'> {
  /** Securities the offer asks for beyond those given at application. */
  guarantees?: StoredGuarantee[];
}

/** The offer as schema version 1 stored it. */
export type OfferDataV1 = Pick<
  OfferData,
  'amount' | 'annualRate' | 'termMonths' | 'repayment' | 'offerValidUntil'
>;

/**
 * The offer, schema version 1 (before four eyes): no `approvedBy` (the metadata's actor
 * approved it).
 */
export interface LoanApprovedDataV1 extends Pick<
  LoanApprovedData,
  'loanId' | 'approvedOn' | 'productVersion'
> {
  offer: OfferDataV1;
}

/**
 * An approval above the officer's limit, waiting for a second officer: personal guarantors
 * sealed.
 */
export interface StoredLoanApprovalProposedData extends Omit<
  LoanApprovalProposedData,
  'guarantees'
> {
  guarantees?: StoredGuarantee[];
}

/**
 * The responsible credit maximum assessed (DOMAIN.md 3.5): the decision figures in clear, the
 * household's incomes and charges sealed under the person registered for the enterprise.
 */
export interface StoredCreditAssessmentRecordedData extends Omit<
  CreditAssessmentRecordedData,
  'enterpriseNumber' | 'assessment'
> {
  /** The person registered for the borrowing enterprise (a sole trader: the borrower). */
  personId: string;
  /**
   * A company's in clear; a sole trader's sealed (in clear in assessments stored before it was
   * sealed), or "[erased]" when the sole trader was forgotten before the assessment.
   */
  enterpriseNumber: string | SealedField | typeof ERASED;
  /**
   * The input and the whole computation (JSON text), sealed; "[erased]" when the sole trader
   * was forgotten before the assessment.
   */
  assessment: SealedField | typeof ERASED;
}

/** One information item of DOMAIN.md 4.1 as recorded: the codes are stable. */
export interface StoredInformationItem {
  item: InformationItem;
  /** Guarantor items: the personal guarantee they belong to. */
  guaranteeId?: string;
  status: InformationStatus;
  note?: string;
}

/** Information items received for an application (DOMAIN.md 4.1). */
export interface StoredApplicationInformationRecordedData extends Omit<
  ApplicationInformationRecordedData,
  'items'
> {
  items: StoredInformationItem[];
}

/**
 * A win-win registration counted in a guard stream (per borrowing enterprise and per lender),
 * in the transaction of its LoanApproved; the limits are summed from these, once per loan (a
 * company's registration is also counted in the stream of the person registered for its number).
 */
/**
 * An application's file number taken from its counter stream (per product prefix and year), in
 * the transaction of its LoanApplied: the stream's events are the series' numbers, in order.
 */
export interface FileNumberAssignedData {
  loanId: string;
  /** "IK-2022-0042", as the LoanApplied records it. */
  fileNumber: string;
  /**
   * The place in the series: the counter stream's version after it.
   * @minimum 1
   */
  sequence: number;
}

/**
 * A loan's structured communication reserved in that communication's stream, in the transaction
 * of its LoanDisbursed or StructuredCommunicationAssigned: the one loan that holds it.
 */
export interface StructuredCommunicationReservedData {
  loanId: string;
  /** "+++123/4567/89002+++" */
  structuredCommunication: string;
  /** @minimum 0 */
  communicationAttempt: number;
}

export interface WinWinRegistrationCountedData {
  loanId: string;
  /** The amount registered: the offer's. */
  amount: string;
  /** The registration (approval) date. */
  registeredOn: string;
}
