import { LocalDate } from '@js-joda/core';
import { Money, Rate } from '../money';
import { dueDateShiftOf, type DueDateShift } from '../time/due-date-shift';
import type { CofinancingPartnerKind, OwnContributionKind, ProductCode } from '../products';
import type {
  ResponsibleMaximumOverrideData,
  AllocationData,
  BorrowerData,
  GuaranteeData,
  LenderData,
  LoanAppliedData,
  LoanEvent,
  OfferPricingData,
  ReminderIssuedData,
  RepaymentTermsData,
} from './events';
import type { DefaultCause, GuaranteeKind } from './lifecycle-codes';
import type { RefusalReasonCode } from './reason-codes';
import {
  informationKey,
  type InformationItem,
  type InformationRecord,
  type InformationStatus,
} from './information-items';

export type LoanStatus =
  | 'none'
  | 'applied'
  | 'approved'
  | 'refused'
  | 'withdrawn'
  | 'lapsed'
  | 'active'
  | 'repaid'
  | 'defaulted'
  | 'written-off';

/** A security and what is left of it after releases and calls. */
export interface Guarantee {
  guaranteeId: string;
  kind: GuaranteeKind;
  guarantor: string;
  guarantorPersonId?: string;
  amount: Money;
  /** What the guarantee still covers: the amount less what was released or called. */
  remaining: Money;
  givenAt: 'application' | 'approval';
  released: Money;
  called: Money;
  releaseRefusals: number;
}

/** A money movement on an active loan, in recording order; the ledger sorts by business date. */
export type Movement =
  | { kind: 'payment'; paymentId: string; date: LocalDate; amount: Money }
  | { kind: 'early'; date: LocalDate; capital: Money; full: boolean };

export interface DefaultRecord {
  defaultedOn: LocalDate;
  cause: DefaultCause;
  /** Principal outstanding on the day of default. */
  outstandingPrincipal: Money;
}

export interface Offer {
  amount: Money;
  annualRate: Rate;
  termMonths: number;
  repayment: RepaymentTermsData;
  offerValidUntil: LocalDate;
  approvedOn: LocalDate;
  productVersion: string;
  approvedBy: string[];
  /** How the rate was set (co-financing, start loan). */
  pricing?: OfferPricingData;
}

/** An own contribution's part (co-financing, start loan). */
export interface OwnContributionItem {
  kind: OwnContributionKind;
  amount: Money;
  description?: string;
}

export interface Application {
  productCode: ProductCode;
  productVersion: string;
  borrower: BorrowerData;
  amount: Money;
  termMonths: number;
  purpose: string;
  appliedOn: LocalDate;
  /** Win-win only: the day the deed was signed (the contract date). */
  signedOn?: LocalDate;
  /** Win-win only. */
  lender?: LenderData;
  /** Win-win only: the rate agreed in the deed. */
  annualRate?: Rate;
  // Co-financing and start loan (DOMAIN.md 3.3, 3.4).
  investmentNeed?: Money;
  ownContribution?: Money;
  ownContributionItems?: OwnContributionItem[];
  coFinancing?: {
    amount: Money;
    termMonths: number;
    partner: { kind: CofinancingPartnerKind; name: string };
  };
  selfEmployment?: { since?: LocalDate; mainOccupation: boolean };
  startAttest?: { number: string; validUntil: LocalDate };
  combinedWithLoanId?: string;
  registeredBy: string;
  /** "IK-2022-0042"; absent for applications registered before file numbers. */
  fileNumber?: string;
}

/** An offer approved by one officer above their limit, waiting for a second officer. */
export interface ProposedApproval {
  proposedBy: string;
  approvalLimit: Money;
  approvedOn: LocalDate;
  amount: Money;
  annualRate: Rate;
  termMonths: number;
  repayment: RepaymentTermsData;
  offerValidUntil: LocalDate;
  /** Securities the proposed offer asks for; the seconded LoanApproved carries them. */
  guarantees?: GuaranteeData[];
  /** How the proposed rate was set; the second approval confirms it as it stands. */
  pricing?: OfferPricingData;
  /** The first officer's override of the responsible credit maximum, confirmed with the offer. */
  responsibleMaximumOverride?: ResponsibleMaximumOverrideData;
}

export interface LoanState {
  status: LoanStatus;
  loanId?: string;
  application?: Application;
  offer?: Offer;
  proposedApproval?: ProposedApproval;
  /** The offer's amount paid out: the loan is active from then on. */
  disbursement?: { disbursedOn: LocalDate; amount: Money; dueDateShift?: DueDateShift };
  /** The structured communication the borrower repays with (given at disbursement). */
  structuredCommunication?: string;
  refusal?: { refusedOn: LocalDate; reasons: RefusalReasonCode[]; explanation: string };
  withdrawal?: { withdrawnOn: LocalDate; reason: string };
  lapse?: { lapsedOn: LocalDate };
  /** Securities by id, in the order they were given. */
  guarantees: Guarantee[];
  /** Payments and early repayments in recording order (the ledger replays them by date). */
  movements: Movement[];
  /** Each payment's allocation as last recorded (InstalmentPaid, RepaymentsReallocated). */
  allocations: Record<string, AllocationData[]>;
  /** Principal owed now: disbursed, less repaid, recovered or written off. */
  outstandingPrincipal: Money;
  repaidOn?: LocalDate;
  default?: DefaultRecord;
  governmentClaim?: { claimedOn: LocalDate; principalLost: Money; claim: Money };
  recovered: Money;
  /** Recovered from others than the government guarantee: lowers the loss it covers. */
  recoveredBeforeGuarantee: Money;
  writeOff?: { writtenOffOn: LocalDate; amount: Money };
  /** The reminder letters sent, one per level at most, in the order they were sent. */
  reminders: { level: ReminderIssuedData['level']; issuedOn: LocalDate }[];
  /** The enterprise asked for the written refusal statement (DOMAIN.md 4.4). */
  writtenRefusal?: { requestedOn: LocalDate };
  /** The latest responsible credit maximum assessed for the application (DOMAIN.md 3.5). */
  creditAssessment?: {
    assessedOn: LocalDate;
    maximumCredit: Money;
    knockOuts: string[];
    rulesVersion: string;
  };
  /** DOMAIN.md 4.1 items recorded for the application, by informationKey. */
  information?: Record<string, InformationRecord>;
}

export const initialLoanState: LoanState = {
  status: 'none',
  guarantees: [],
  movements: [],
  allocations: {},
  reminders: [],
  outstandingPrincipal: Money.zero(),
  recovered: Money.zero(),
  recoveredBeforeGuarantee: Money.zero(),
};

/** Folds one event into the state. Pure; never validates (events are facts). */
export function evolve(state: LoanState, event: LoanEvent): LoanState {
  switch (event.type) {
    case 'LoanApplied': {
      const d = event.data;
      return {
        ...initialLoanState,
        guarantees: guaranteesOf(d.guarantees, 'application'),
        status: 'applied',
        loanId: d.loanId,
        application: {
          productCode: d.productCode,
          productVersion: d.productVersion,
          borrower: d.borrower,
          amount: Money.parse(d.amount),
          termMonths: d.termMonths,
          purpose: d.purpose,
          appliedOn: LocalDate.parse(d.appliedOn),
          ...(d.signedOn !== undefined ? { signedOn: LocalDate.parse(d.signedOn) } : {}),
          ...(d.lender !== undefined ? { lender: d.lender } : {}),
          ...(d.annualRate !== undefined ? { annualRate: Rate.parse(d.annualRate) } : {}),
          ...productApplicationFields(d),
          registeredBy: d.registeredBy,
          ...(d.fileNumber !== undefined ? { fileNumber: d.fileNumber } : {}),
        },
      };
    }
    case 'LoanApprovalProposed': {
      const o = event.data.offer;
      return {
        ...state,
        proposedApproval: {
          proposedBy: event.data.proposedBy,
          approvalLimit: Money.parse(event.data.approvalLimit),
          approvedOn: LocalDate.parse(event.data.approvedOn),
          amount: Money.parse(o.amount),
          annualRate: Rate.parse(o.annualRate),
          termMonths: o.termMonths,
          repayment: o.repayment,
          offerValidUntil: LocalDate.parse(o.offerValidUntil),
          ...(event.data.guarantees ? { guarantees: event.data.guarantees } : {}),
          ...(o.pricing ? { pricing: o.pricing } : {}),
          ...(o.responsibleMaximumOverride
            ? { responsibleMaximumOverride: o.responsibleMaximumOverride }
            : {}),
        },
      };
    }
    case 'LoanApprovalSeconded':
      // The offer itself arrives with the LoanApproved of the same commit.
      return state;
    case 'LoanApproved': {
      const o = event.data.offer;
      return {
        ...withoutProposal(state),
        status: 'approved',
        guarantees: [...state.guarantees, ...guaranteesOf(event.data.guarantees, 'approval')],
        offer: {
          amount: Money.parse(o.amount),
          annualRate: Rate.parse(o.annualRate),
          termMonths: o.termMonths,
          repayment: o.repayment,
          offerValidUntil: LocalDate.parse(o.offerValidUntil),
          approvedOn: LocalDate.parse(event.data.approvedOn),
          productVersion: event.data.productVersion,
          approvedBy: event.data.approvedBy,
          ...(o.pricing ? { pricing: o.pricing } : {}),
        },
      };
    }
    case 'LoanDisbursed':
      return {
        ...state,
        status: 'active',
        disbursement: {
          disbursedOn: LocalDate.parse(event.data.disbursedOn),
          amount: Money.parse(event.data.amount),
          ...(event.data.dueDateShift
            ? { dueDateShift: dueDateShiftOf(event.data.dueDateShift) }
            : {}),
        },
        outstandingPrincipal: Money.parse(event.data.amount),
        ...(event.data.structuredCommunication !== undefined
          ? { structuredCommunication: event.data.structuredCommunication }
          : {}),
      };
    case 'StructuredCommunicationAssigned':
      return { ...state, structuredCommunication: event.data.structuredCommunication };
    case 'LoanFileNumberAssigned':
      return state.application
        ? { ...state, application: { ...state.application, fileNumber: event.data.fileNumber } }
        : state;
    case 'OfferLapsed':
      return {
        ...state,
        status: 'lapsed',
        lapse: { lapsedOn: LocalDate.parse(event.data.lapsedOn) },
      };
    case 'InstalmentPaid': {
      const d = event.data;
      return {
        ...state,
        movements: [
          ...state.movements,
          {
            kind: 'payment',
            paymentId: d.paymentId,
            date: LocalDate.parse(d.paidOn),
            amount: Money.parse(d.amount),
          },
        ],
        allocations: { ...state.allocations, [d.paymentId]: d.allocation },
        outstandingPrincipal: Money.parse(d.outstandingPrincipal),
      };
    }
    case 'RepaymentsReallocated': {
      const allocations = { ...state.allocations };
      for (const p of event.data.payments) allocations[p.paymentId] = p.allocation;
      return { ...state, allocations };
    }
    case 'EarlyRepaymentMade': {
      const d = event.data;
      return {
        ...state,
        movements: [
          ...state.movements,
          {
            kind: 'early',
            date: LocalDate.parse(d.repaidOn),
            capital: Money.parse(d.capitalRepaid),
            full: d.full,
          },
        ],
        outstandingPrincipal: Money.parse(d.outstandingPrincipal),
      };
    }
    case 'LoanRepaid':
      return { ...state, status: 'repaid', repaidOn: LocalDate.parse(event.data.repaidOn) };
    case 'GuaranteeReleased':
      return updateGuarantee(state, event.data.guaranteeId, (g) => ({
        ...g,
        released: g.released.plus(Money.parse(event.data.amount)),
        remaining: Money.parse(event.data.remaining),
      }));
    case 'GuaranteeReleaseRefused':
      return updateGuarantee(state, event.data.guaranteeId, (g) => ({
        ...g,
        releaseRefusals: g.releaseRefusals + 1,
      }));
    case 'GuaranteeCalled':
      return updateGuarantee(state, event.data.guaranteeId, (g) => {
        const amount = Money.parse(event.data.amount);
        return { ...g, called: g.called.plus(amount), remaining: g.remaining.minus(amount) };
      });
    case 'LoanDefaulted':
      return {
        ...state,
        status: 'defaulted',
        default: {
          defaultedOn: LocalDate.parse(event.data.defaultedOn),
          cause: event.data.cause,
          outstandingPrincipal: Money.parse(event.data.outstandingPrincipal),
        },
      };
    case 'GovernmentGuaranteeClaimed':
      return {
        ...state,
        governmentClaim: {
          claimedOn: LocalDate.parse(event.data.claimedOn),
          principalLost: Money.parse(event.data.principalLost),
          claim: Money.parse(event.data.claim),
        },
      };
    case 'RecoveryRecorded':
      return {
        ...state,
        recovered: state.recovered.plus(Money.parse(event.data.amount)),
        recoveredBeforeGuarantee:
          event.data.source === 'government-guarantee'
            ? state.recoveredBeforeGuarantee
            : state.recoveredBeforeGuarantee.plus(Money.parse(event.data.amount)),
        outstandingPrincipal: Money.parse(event.data.outstandingPrincipal),
      };
    case 'LoanWrittenOff':
      return {
        ...state,
        status: 'written-off',
        writeOff: {
          writtenOffOn: LocalDate.parse(event.data.writtenOffOn),
          amount: Money.parse(event.data.amount),
        },
        outstandingPrincipal: Money.zero(),
      };
    case 'LoanRefused':
      // A refusal or withdrawal ends a waiting proposal with the application.
      return {
        ...withoutProposal(state),
        status: 'refused',
        refusal: {
          refusedOn: LocalDate.parse(event.data.refusedOn),
          reasons: event.data.reasons,
          explanation: event.data.explanation,
        },
      };
    case 'ApplicationWithdrawn':
      return {
        ...withoutProposal(state),
        status: 'withdrawn',
        withdrawal: {
          withdrawnOn: LocalDate.parse(event.data.withdrawnOn),
          reason: event.data.reason,
        },
      };
    case 'ReminderIssued':
      return {
        ...state,
        reminders: [
          ...state.reminders,
          { level: event.data.level, issuedOn: LocalDate.parse(event.data.issuedOn) },
        ],
      };
    case 'WrittenRefusalRequested':
      return {
        ...state,
        writtenRefusal: { requestedOn: LocalDate.parse(event.data.requestedOn) },
      };
    case 'CreditAssessmentRecorded':
      return {
        ...state,
        creditAssessment: {
          assessedOn: LocalDate.parse(event.data.assessedOn),
          maximumCredit: Money.parse(event.data.maximumCredit),
          knockOuts: event.data.knockOuts,
          rulesVersion: event.data.rulesVersion,
        },
      };
    case 'ApplicationInformationRecorded': {
      const information = { ...state.information };
      const recordedOn = LocalDate.parse(event.data.recordedOn);
      for (const i of event.data.items) {
        information[informationKey(i.item as InformationItem, i.guaranteeId)] = {
          status: i.status as InformationStatus,
          recordedOn,
          recordedBy: event.data.recordedBy,
          ...(i.note !== undefined ? { note: i.note } : {}),
        };
      }
      return { ...state, information };
    }
  }
}

/** The co-financing and start-loan fields of an application, parsed; none for other products. */
function productApplicationFields(d: LoanAppliedData): Partial<Application> {
  return {
    ...(d.investmentNeed !== undefined ? { investmentNeed: Money.parse(d.investmentNeed) } : {}),
    ...(d.ownContribution !== undefined ? { ownContribution: Money.parse(d.ownContribution) } : {}),
    ...(d.ownContributionItems !== undefined
      ? {
          ownContributionItems: d.ownContributionItems.map((i) => ({
            kind: i.kind,
            amount: Money.parse(i.amount),
            ...(i.description !== undefined ? { description: i.description } : {}),
          })),
        }
      : {}),
    ...(d.coFinancing !== undefined
      ? {
          coFinancing: {
            amount: Money.parse(d.coFinancing.amount),
            termMonths: d.coFinancing.termMonths,
            partner: d.coFinancing.partner,
          },
        }
      : {}),
    ...(d.selfEmployment !== undefined
      ? {
          selfEmployment: {
            ...(d.selfEmployment.since !== undefined
              ? { since: LocalDate.parse(d.selfEmployment.since) }
              : {}),
            mainOccupation: d.selfEmployment.mainOccupation,
          },
        }
      : {}),
    ...(d.startAttest !== undefined
      ? {
          startAttest: {
            number: d.startAttest.number,
            validUntil: LocalDate.parse(d.startAttest.validUntil),
          },
        }
      : {}),
    ...(d.combinedWithLoanId !== undefined ? { combinedWithLoanId: d.combinedWithLoanId } : {}),
  };
}

function guaranteesOf(
  given: GuaranteeData[] | undefined,
  givenAt: Guarantee['givenAt'],
): Guarantee[] {
  return (given ?? []).map((g) => ({
    guaranteeId: g.guaranteeId,
    kind: g.kind,
    guarantor: g.guarantor,
    ...(g.guarantorPersonId !== undefined ? { guarantorPersonId: g.guarantorPersonId } : {}),
    amount: Money.parse(g.amount),
    remaining: Money.parse(g.amount),
    givenAt,
    released: Money.zero(),
    called: Money.zero(),
    releaseRefusals: 0,
  }));
}

function updateGuarantee(
  state: LoanState,
  guaranteeId: string,
  change: (g: Guarantee) => Guarantee,
): LoanState {
  return {
    ...state,
    guarantees: state.guarantees.map((g) => (g.guaranteeId === guaranteeId ? change(g) : g)),
  };
}

function withoutProposal(state: LoanState): LoanState {
  const { proposedApproval: _ended, ...rest } = state;
  return rest;
}

export function foldLoan(
  events: readonly LoanEvent[],
  from: LoanState = initialLoanState,
): LoanState {
  return events.reduce(evolve, from);
}
