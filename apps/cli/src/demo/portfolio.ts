import {
  Money,
  Rate,
  type ApplyForLoan,
  type LoanCommand,
  type RegisterInquiry,
} from '@loanbook/domain';
import { generateImpulskredietIntake, type ImpulskredietDemoApplication } from './intake';
import { generateWinwinLoans, type WinwinDemoLoan } from './winwin';

/** Written into every event's metadata as the correlation id, and into the marker. */
export const DEMO_PORTFOLIO_VERSION = 'demo-portfolio-v1';
/** The demo's users: a clerk registers, another person, a credit officer without a limit, decides. */
export const DEMO_CLERK = 'demo-clerk';
export const DEMO_OFFICER = 'demo-officer';

/** One loan of the demo and the commands that bring it to its final state, in order. */
/** The decisions the demo portfolio makes on its applications. */
export type DemoDecision = Extract<
  LoanCommand,
  { type: 'ApproveLoan' | 'RefuseLoan' | 'WithdrawApplication' | 'DisburseLoan' }
>;

export interface DemoLoanPlan {
  key: string;
  loanId: string;
  /** The application: the first command. */
  apply: ApplyForLoan;
  /** The decision, if any: approval (registration), refusal or withdrawal. */
  decision?: DemoDecision;
}

export interface DemoInquiryPlan {
  key: string;
  inquiryId: string;
  command: RegisterInquiry;
}

/** What the demo holds, for the marker and the final report. */
export interface DemoPortfolioCounts {
  winwinLoans: number;
  winwinPrincipal: string;
  winwinMonths: { from: string; to: string };
  impulskredietInquiries: number;
  impulskredietApplications: number;
  impulskredietApproved: number;
  impulskredietRefused: number;
  impulskredietWithdrawn: number;
}

export interface DemoPortfolio {
  inquiries: DemoInquiryPlan[];
  loans: DemoLoanPlan[];
  counts: DemoPortfolioCounts;
}

export function winwinPlan(loan: WinwinDemoLoan): DemoLoanPlan {
  return {
    key: loan.key,
    loanId: loan.loanId,
    apply: {
      type: 'ApplyForLoan',
      loanId: loan.loanId,
      productCode: 'winwinlening',
      borrower: { ...loan.borrower },
      amount: loan.amount,
      termMonths: loan.termMonths,
      purpose: loan.purpose,
      appliedOn: loan.appliedOn,
      signedOn: loan.signedOn,
      lender: { ...loan.lender },
      annualRate: Rate.parse(loan.annualRate),
      registeredBy: DEMO_CLERK,
    },
    decision: {
      type: 'ApproveLoan',
      loanId: loan.loanId,
      approvedOn: loan.registeredOn,
      repayment: { ...loan.repayment },
      officer: { id: DEMO_OFFICER },
    },
  };
}

export function impulskredietPlan(app: ImpulskredietDemoApplication): DemoLoanPlan {
  const apply: ApplyForLoan = {
    type: 'ApplyForLoan',
    loanId: app.loanId,
    productCode: 'impulskrediet',
    borrower: { ...app.borrower },
    amount: app.amount,
    termMonths: app.termMonths,
    purpose: app.purpose,
    appliedOn: app.appliedOn,
    registeredBy: DEMO_CLERK,
  };
  const d = app.decision;
  const decision: DemoLoanPlan['decision'] =
    d.kind === 'approved'
      ? {
          type: 'ApproveLoan',
          loanId: app.loanId,
          approvedOn: d.approvedOn,
          officer: { id: DEMO_OFFICER },
        }
      : d.kind === 'refused'
        ? {
            type: 'RefuseLoan',
            loanId: app.loanId,
            refusedOn: d.refusedOn,
            reasons: [...d.reasons],
            explanation: d.explanation,
          }
        : {
            type: 'WithdrawApplication',
            loanId: app.loanId,
            withdrawnOn: d.withdrawnOn,
            reason: d.reason,
          };
  return { key: app.key, loanId: app.loanId, apply, decision };
}

/**
 * The whole demo portfolio as commands, in the order the loader sends them: the Impulskrediet
 * inquiries, its applications and decisions (2016–2020), then the win-win registrations (2021).
 * Pure and deterministic.
 */
export function buildDemoPortfolio(): DemoPortfolio {
  const intake = generateImpulskredietIntake();
  const winwin = generateWinwinLoans();
  const inquiries = intake.inquiries.map((q): DemoInquiryPlan => ({
    key: q.key,
    inquiryId: q.inquiryId,
    command: {
      type: 'RegisterInquiry',
      inquiryId: q.inquiryId,
      productCode: 'impulskrediet',
      contactedOn: q.contactedOn,
      channel: q.channel,
      ...(q.enterpriseNumber !== undefined ? { enterpriseNumber: q.enterpriseNumber } : {}),
    },
  }));
  const outcome = (kind: string) =>
    intake.applications.filter((a) => a.decision.kind === kind).length;
  const months = winwin.map((l) => l.month).sort();
  return {
    inquiries,
    loans: [...intake.applications.map(impulskredietPlan), ...winwin.map(winwinPlan)],
    counts: {
      winwinLoans: winwin.length,
      winwinPrincipal: Money.sum(winwin.map((l) => l.amount)).toString(),
      winwinMonths: { from: months[0] ?? '', to: months.at(-1) ?? '' },
      impulskredietInquiries: intake.inquiries.length,
      impulskredietApplications: intake.applications.length,
      impulskredietApproved: outcome('approved'),
      impulskredietRefused: outcome('refused'),
      impulskredietWithdrawn: outcome('withdrawn'),
    },
  };
}
