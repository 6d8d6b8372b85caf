import type { LocalDate } from '@js-joda/core';
import type { GuaranteeKind, Money, Province, RefusalReasonCode } from '@loanbook/domain';
import type { PluralForms } from '@loanbook/locale';
import type { ReportLanguage } from '../model';

/**
 * What the report's texts are written with: the figures of one language, already in its formats
 * (amounts exact, from their decimal strings), and its plurals.
 */
export interface Fmt {
  readonly language: ReportLanguage;
  /** "62.589,31 EUR" / "62 589,31 EUR" / "EUR 62,589.31". */
  amount(value: Money | string): string;
  /** "3.393" */
  number(n: number): string;
  /** "1 lening", "2 leningen". */
  count(n: number, noun: PluralForms): string;
  /** "48,70 %", or the language's "not applicable" for a ratio without a denominator. */
  percent(ratio: string | null): string;
  /** "31 mei 2021" */
  date(day: LocalDate | string): string;
  /** "mei 2021", from "2021-05". */
  month(month: string): string;
  /** "van 1 januari 2021 tot en met 31 mei 2021": a period, both days included. */
  period(from: LocalDate | string, to: LocalDate | string): string;
}

/** The columns of the three portfolio tables, by key. */
export type PortfolioColumn =
  | 'product'
  | 'activeLoans'
  | 'outstanding'
  | 'disbursedLoans'
  | 'disbursed'
  | 'principalRepaid'
  | 'interestPaid'
  | 'current'
  | 'late1to30'
  | 'late31to90'
  | 'lateOver90'
  | 'overdue'
  | 'par30'
  | 'par30Ratio'
  | 'par30Loans'
  | 'par90'
  | 'par90Ratio'
  | 'par90Loans'
  | 'defaultedLoans'
  | 'defaultedPrincipal'
  | 'defaultedOpenLoans'
  | 'defaultedOutstanding'
  | 'writtenOffLoans'
  | 'writtenOff'
  | 'recovered'
  | 'governmentExposure'
  | 'governmentClaims'
  | 'governmentClaimed';

/** The labels of the workbook's summary sheet, one per figure the summary speaks of. */
export interface FigureLabels {
  activeLoans: string;
  outstanding: string;
  par30Ratio: string;
  par90Ratio: string;
  winwinLoans: string;
  winwinPrincipal: string;
  winwinAverage: string;
  winwinFiveYears: string;
  topProvince: string;
  topProvinceLoans: string;
  highestAverageProvince: string;
  highestAverage: string;
  inquiries(product: string): string;
  applications(product: string): string;
  approved(product: string): string;
  refused(product: string): string;
  withdrawn(product: string): string;
  pending(product: string): string;
  approvalRate(product: string): string;
  disbursed: string;
  disbursedLoans: string;
  principalRepaid: string;
  defaultedLoans: string;
  governmentClaimed: string;
  governmentExposure: string;
  fees(fromYear: number): string;
}

/**
 * Every text of the report in one language: nl.ts, fr.ts and en.ts each write all of it, or the
 * build fails. Sentences are functions of the figures, so that each language orders its words
 * and chooses its plurals itself.
 */
export interface ReportTexts {
  /** A ratio without a denominator. */
  notApplicable: string;
  /** A period between two formatted days, both included. */
  period(from: string, to: string): string;
  /** The label of a totals row. */
  total: string;
  title(f: Fmt, asOf: LocalDate): string;

  headlines: {
    outstanding: string;
    outstandingNote(f: Fmt, loans: number): string;
    par30: string;
    par30Note(f: Fmt, amount: Money, loans: number): string;
    winwin: string;
    winwinNote(f: Fmt, principal: string, average: string): string;
    approvalRate(product: string): string;
    approvalRateNote(f: Fmt, approved: number, applications: number): string;
    exposure: string;
    exposureNote(f: Fmt, claimed: Money): string;
  };

  figures: FigureLabels;

  summary: {
    noneOutstanding(f: Fmt, asOf: LocalDate): string;
    outstanding(
      f: Fmt,
      p: {
        asOf: LocalDate;
        loans: number;
        principal: Money;
        par30: string | null;
        par90: string | null;
      },
    ): string;
    winwin(
      f: Fmt,
      p: {
        from: LocalDate;
        asOf: LocalDate;
        loans: number;
        principal: string;
        average: string;
        fiveYears: number;
        top: { province: string; loans: number };
        highest: { province: string; average: string };
      },
    ): string;
    noWinwin(f: Fmt, from: LocalDate, asOf: LocalDate): string;
    funnel(
      f: Fmt,
      p: {
        product: string;
        asOf: LocalDate;
        inquiries: number;
        applications: number;
        approved: number;
        refused: number;
        withdrawn: number;
        pending: number;
        rate: string | null;
      },
    ): string;
    flows(
      f: Fmt,
      p: {
        disbursed: Money;
        disbursedLoans: number;
        repaid: Money;
        defaulted: number;
        claimed: Money;
        feesFrom: number;
        fees: Money;
      },
    ): string;
  };

  portfolio: {
    title: string;
    intro(f: Fmt, asOf: LocalDate, from: LocalDate): string;
    outstandingChart(f: Fmt, asOf: LocalDate): string;
    outstandingSeries: string;
    outstandingNoData(f: Fmt, asOf: LocalDate): string;
    arrearsChart(f: Fmt, asOf: LocalDate): string;
    arrearsNoData(f: Fmt, asOf: LocalDate): string;
    byProduct: { title: string; description(f: Fmt, asOf: LocalDate, from: LocalDate): string };
    arrears: { title: string; description(f: Fmt, asOf: LocalDate): string };
    defaults: { title: string; description(f: Fmt, asOf: LocalDate, from: LocalDate): string };
    columns: Readonly<Record<PortfolioColumn, string>>;
  };

  winwin: {
    title: string;
    intro(f: Fmt, firstMonth: string | undefined, lastMonth: string | undefined): string;
    principalChart: string;
    principalNoData(f: Fmt, from: LocalDate, asOf: LocalDate): string;
    years(f: Fmt, term: number): string;
    provinceChart: string;
    provinceNoData(f: Fmt, from: LocalDate, asOf: LocalDate): string;
    loansAxis: string;
    loansSeries: string;
    byMonthAndTerm: { title: string; description: string };
    byMonth: { title: string; description: string };
    byProvince: { title: string; description: string };
    columns: {
      month: string;
      termYears: string;
      province: string;
      loans: string;
      principal: string;
      averagePrincipal: string;
    };
  };

  intake: {
    title(product: string): string;
    intro(f: Fmt, product: string, asOf: LocalDate): string;
    funnelChart(product: string): string;
    funnelAxis: string;
    funnelSeries: string;
    funnelNoData(f: Fmt, product: string, asOf: LocalDate): string;
    rateChart(product: string): string;
    rateSeries: string;
    rateNoData(f: Fmt, product: string, asOf: LocalDate): string;
    stages: {
      inquiries: string;
      applications: string;
      approved: string;
      refused: string;
      withdrawn: string;
      pending: string;
    };
    funnelTable: { title(product: string): string; description: string };
    byYear: { title(product: string): string; description: string };
    /** The by-year table's other columns are the stages. */
    columns: {
      stage: string;
      count: string;
      shareOfApplications: string;
      year: string;
      approvalRate: string;
    };
  };

  refusals: {
    title: string;
    intro: string;
    chart: string;
    axis: string;
    series: string;
    noData(f: Fmt, asOf: LocalDate): string;
    table: { title: string; description: string };
    /** The totals row's label: the applications refused, not the reasons given. */
    totalLabel: string;
    columns: { code: string; reason: string; total: string; shareOfRefusals: string };
    reasons: Readonly<Record<RefusalReasonCode, string>>;
  };

  earlyRepayments: {
    title: string;
    intro: string;
    chart: string;
    series: string;
    noData(f: Fmt, asOf: LocalDate): string;
    table: { title: string; description: string };
    columns: {
      year: string;
      product: string;
      repayments: string;
      full: string;
      capital: string;
      interest: string;
      fees: string;
    };
  };

  securities: {
    title: string;
    intro: string;
    table: { title: string; description: string };
    columns: {
      kind: string;
      guarantees: string;
      amount: string;
      released: string;
      called: string;
      remaining: string;
      releaseRefusals: string;
    };
    kinds: Readonly<Record<GuaranteeKind, string>>;
  };

  /** Province names as the language writes them (the data holds the Dutch ones). */
  provinces: Readonly<Record<Province, string>>;

  /** The HTML page around the report. */
  page: {
    summary: string;
    contents: string;
    /** Before the as-of date, which the page sets in bold. */
    asOf: string;
    /** Before the period ("van … tot en met …"). */
    period: string;
    allEvents: string;
    knownAt(instant: string): string;
    generated(instant: string): string;
    position(position: string): string;
  };

  /** The workbook around the tables. */
  workbook: {
    summarySheet: string;
    asOf: string;
    periodFrom: string;
    periodTo: string;
    knownAt: string;
    allEvents: string;
    generatedAt: string;
    position: string;
    keyFigures: string;
    figure: string;
    value: string;
    /** The right of each sheet's print header. */
    printAsOf(date: string): string;
    /** The right of each sheet's print footer, with Excel's &P and &N. */
    printPage: string;
  };
}

/** A sentence that starts with a phrase written for the middle of one ("van 1 januari …"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
