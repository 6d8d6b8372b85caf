import {
  Money,
  Rate,
  type ApplyForLoan,
  type LoanCommand,
  type RegisterInquiry,
} from '@loanbook/domain';
import { LocalDate } from '@js-joda/core';
import {
  DEMO_REFERENCE_CURVES,
  generatePmvLoans,
  generateWinwin2022,
  type DemoPmvLoan,
} from './extras';
import { generateImpulskredietIntake, type ImpulskredietDemoApplication } from './intake';
import { DEMO_TODAY, type DemoStory } from './lifecycle';
import { impulskredietStories, winwinStories, type ImpulskredietStory } from './stories';
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
  /** What happens after the decision, up to DEMO_TODAY (lifecycle.ts turns it into commands). */
  story?: DemoStory;
}

export interface DemoCurvePlan {
  recordedOn: LocalDate;
  points: [number, string][];
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

/** The demo's lifecycle, for its closing summary. */
export interface DemoLifecycleCounts {
  today: string;
  /** Loans with commands after their decision. */
  loans: number;
  /** Every loan of the demo, the seed's and the others (co-financing, start loans, 2022 win-win). */
  allLoans: number;
}

export interface DemoPortfolio {
  inquiries: DemoInquiryPlan[];
  curves: DemoCurvePlan[];
  /** In the order the applications are sent: each draws the next file number of its product and year. */
  loans: DemoLoanPlan[];
  counts: DemoPortfolioCounts;
  lifecycle: DemoLifecycleCounts;
}

export function winwinPlan(loan: WinwinDemoLoan, story?: DemoStory): DemoLoanPlan {
  return {
    ...(story ? { story } : {}),
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

export function impulskredietPlan(
  app: ImpulskredietDemoApplication,
  lifecycle?: ImpulskredietStory,
): DemoLoanPlan {
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
          ...(lifecycle?.guarantees ? { guarantees: lifecycle.guarantees } : {}),
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
  return {
    key: app.key,
    loanId: app.loanId,
    apply,
    decision,
    ...(lifecycle ? { story: lifecycle.story } : {}),
  };
}

/** A co-financing or start loan: applied for, approved with its capital holiday. */
export function pmvPlan(loan: DemoPmvLoan): DemoLoanPlan {
  return {
    key: loan.key,
    loanId: loan.loanId,
    apply: {
      type: 'ApplyForLoan',
      loanId: loan.loanId,
      productCode: loan.productCode,
      borrower: { ...loan.borrower },
      amount: loan.amount,
      termMonths: loan.termMonths,
      purpose: loan.purpose,
      appliedOn: loan.appliedOn,
      ownContribution: loan.ownContribution,
      ...(loan.investmentNeed ? { investmentNeed: loan.investmentNeed } : {}),
      ...(loan.ownContributionItems
        ? { ownContributionItems: loan.ownContributionItems.map((i) => ({ ...i })) }
        : {}),
      ...(loan.coFinancing ? { coFinancing: loan.coFinancing } : {}),
      ...(loan.selfEmployment ? { selfEmployment: loan.selfEmployment } : {}),
      registeredBy: DEMO_CLERK,
    },
    decision: {
      type: 'ApproveLoan',
      loanId: loan.loanId,
      approvedOn: loan.approvedOn,
      repayment: { capitalHolidayMonths: loan.capitalHolidayMonths },
      ...(loan.capitalHolidayJustification
        ? { capitalHolidayJustification: loan.capitalHolidayJustification }
        : {}),
      officer: { id: DEMO_OFFICER },
    },
    story: loan.story,
  };
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
  const impulsStories = impulskredietStories(intake.applications);
  const winwinStory = winwinStories(winwin);
  const winwin2022 = generateWinwin2022();
  const loans = [
    ...intake.applications.map((a) => impulskredietPlan(a, impulsStories.get(a.key))),
    ...winwin.map((l) => winwinPlan(l, winwinStory.get(l.key))),
    ...generatePmvLoans().map(pmvPlan),
    ...winwin2022.loans.map((l) => winwinPlan(l, winwin2022.stories.get(l.key))),
  ];
  return {
    inquiries,
    curves: DEMO_REFERENCE_CURVES.map((c) => ({ recordedOn: c.recordedOn, points: [...c.points] })),
    loans,
    lifecycle: {
      today: DEMO_TODAY.toString(),
      loans: loans.filter((l) => l.story).length,
      allLoans: loans.length,
    },
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
