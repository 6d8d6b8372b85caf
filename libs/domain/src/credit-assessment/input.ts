import type { LocalDate } from '@js-joda/core';
import type { Money } from '../money/money';
import type {
  AgencyPhase,
  DefencePhase,
  EmploymentIncomeKind,
  HouseholdType,
  PlainIncomeKind,
  StudentDebtSystem,
} from './codes';

/**
 * What the household tells us, typed. Every amount is a monthly net amount in
 * EUR unless its name says otherwise; all are 0 or more.
 */
export interface CreditAssessmentInput {
  readonly householdType: HouseholdType;
  readonly housing: Housing;
  readonly applicantBirthDate: LocalDate;
  /** The (planned) signing date: the age checks and the rule set in force use it. */
  readonly signingDate: LocalDate;
  /** The credit's term; the loan is taken to be repaid signingDate + termMonths. */
  readonly termMonths: number;
  readonly incomes: readonly IncomeItem[];
  readonly obligations: readonly Obligation[];
  readonly wageGarnishment: boolean;
  readonly divorceInProgress: boolean;
  readonly requestedAmount?: Money;
}

export type Housing =
  | {
      readonly tenure: 'renter';
      /** Rent including service costs is rent + serviceCosts; utilities are not included. */
      readonly rent: Money;
      readonly serviceCosts?: Money;
      readonly rentAllowance?: Money;
    }
  | {
      readonly tenure: 'owner';
      /** Gross mortgage charge, repayment and insurance included (0.00 without a mortgage). */
      readonly mortgageGrossCharge: Money;
    }
  | { readonly tenure: 'living-with-others' };

/**
 * The earner has another nationality than the country of the rules: the income
 * counts only after enough months of work here and of credit registered here
 * (the months needed depend on whether the household owns its home).
 */
export interface ForeignNational {
  readonly monthsWorkedHere: number;
  readonly monthsCreditRegistered: number;
}

interface IncomeCommon {
  /** Free text for the clerk, e.g. "partner's salary"; shown in the lines. */
  readonly description?: string;
  readonly foreignNational?: ForeignNational;
}

interface Employment {
  /** Income during a probation period is not counted. */
  readonly inProbation?: boolean;
}

type MaybeEmployment<K> = K extends EmploymentIncomeKind ? Employment : unknown;

export type PlainIncome = {
  [K in PlainIncomeKind]: IncomeCommon &
    MaybeEmployment<K> & { readonly kind: K; readonly monthlyNet: Money };
}[PlainIncomeKind];

export interface StructuralAllowanceIncome extends IncomeCommon, Employment {
  readonly kind: 'shift-allowance' | 'overtime-allowance';
  readonly monthlyNet: Money;
  readonly structural: boolean;
}

export interface CommissionIncome extends IncomeCommon, Employment {
  readonly kind: 'commission';
  readonly monthlyNet: Money;
  /** Months of the last 12 over which the commission is shown to be structural. */
  readonly structuralMonths: number;
}

export interface AlimonyReceivedIncome extends IncomeCommon {
  readonly kind: 'alimony-received';
  readonly monthlyNet: Money;
  /** The last day it is paid; absent when it has no end date. */
  readonly endsOn?: LocalDate;
}

export interface SelfEmployedIncome extends IncomeCommon {
  readonly kind: 'self-employed';
  /** Yearly profit of the last years, oldest first; the average of the last ones counts. */
  readonly yearlyProfits: readonly Money[];
  /** Of those years, how many are documented (annual accounts, returns and assessments). */
  readonly documentedYears: number;
}

export interface DefenceIncome extends IncomeCommon, Employment {
  readonly kind: 'defence';
  readonly monthlyNet: Money;
  readonly phase: DefencePhase;
}

export interface TemporaryContractIncome extends IncomeCommon, Employment {
  readonly kind: 'temporary-contract';
  readonly monthlyNet: Money;
  readonly remainingContractMonths: number;
  readonly declarationOfIntent?: boolean;
}

export interface AgencyWorkIncome extends IncomeCommon, Employment {
  readonly kind: 'agency-work';
  readonly monthlyNet: Money;
  readonly phase: AgencyPhase;
  /** Phase B only: 6+ months remaining or a declaration of intent count in full. */
  readonly remainingContractMonths?: number;
  readonly declarationOfIntent?: boolean;
}

export interface SickPayIncome extends IncomeCommon, Employment {
  readonly kind: 'sick-pay';
  readonly monthlyNet: Money;
  readonly daysSick: number;
}

export type IncomeItem =
  | PlainIncome
  | StructuralAllowanceIncome
  | CommissionIncome
  | AlimonyReceivedIncome
  | SelfEmployedIncome
  | DefenceIncome
  | TemporaryContractIncome
  | AgencyWorkIncome
  | SickPayIncome;

interface ObligationCommon {
  /** Free text for the clerk, e.g. "car loan at Bank X"; shown in the lines. */
  readonly description?: string;
}

export type Obligation = ObligationCommon &
  (
    | { readonly kind: 'revolving-credit' | 'second-mortgage'; readonly limit: Money }
    | {
        readonly kind: 'personal-loan' | 'student-debt-repaying' | 'alimony-paid' | 'car-costs';
        readonly monthlyAmount: Money;
      }
    | {
        readonly kind: 'student-debt-not-repaying';
        readonly debt: Money;
        readonly system: StudentDebtSystem;
      }
    | { readonly kind: 'child-care'; readonly monthlyAmount: Money; readonly allowance?: Money }
  );
