import { REFUSAL_REASONS } from '@loanbook/domain';
import { capitalise, type ReportTexts } from './texts';

const LOAN = { one: 'loan', other: 'loans' };
const APPLICATION = { one: 'application', other: 'applications' };
const INQUIRY = { one: 'inquiry', other: 'inquiries' };

/** The report in English. */
export const EN: ReportTexts = {
  notApplicable: 'n/a',
  period: (from, to) => `from ${from} to ${to}`,
  total: 'Total',
  title: (f, asOf) => `Loanbook portfolio report as of ${f.date(asOf)}`,

  headlines: {
    outstanding: 'Outstanding principal',
    outstandingNote: (f, loans) => `${f.count(loans, LOAN)} outstanding`,
    par30: 'Portfolio at risk > 30 days',
    par30Note: (f, amount, loans) => `${f.amount(amount)} in ${f.count(loans, LOAN)}`,
    winwin: 'Win-win loans registered',
    winwinNote: (f, principal, average) => `${f.amount(principal)}, average ${f.amount(average)}`,
    approvalRate: (product) => `${product} approval rate`,
    approvalRateNote: (f, approved, applications) =>
      `${f.number(approved)} of ${f.count(applications, APPLICATION)} approved`,
    exposure: 'Government guarantee exposure',
    exposureNote: (f, claimed) => `${f.amount(claimed)} claimed in the period`,
  },

  figures: {
    activeLoans: 'Loans outstanding',
    outstanding: 'Outstanding principal',
    par30Ratio: 'PAR30: share more than 30 days past due',
    par90Ratio: 'PAR90: share more than 90 days past due',
    winwinLoans: 'Win-win loans registered in the period',
    winwinPrincipal: 'Win-win principal registered',
    winwinAverage: 'Average win-win principal',
    winwinFiveYears: 'Win-win loans of 5 years',
    topProvince: 'Province with the most win-win loans',
    topProvinceLoans: 'Win-win loans in that province',
    highestAverageProvince: 'Province with the highest average',
    highestAverage: 'Highest average win-win principal',
    inquiries: (product) => `${product}: inquiries`,
    applications: (product) => `${product}: applications`,
    approved: (product) => `${product}: approved`,
    refused: (product) => `${product}: refused`,
    withdrawn: (product) => `${product}: withdrawn`,
    pending: (product) => `${product}: pending`,
    approvalRate: (product) => `${product}: approval rate`,
    disbursed: 'Disbursed in the period',
    disbursedLoans: 'Loans disbursed in the period',
    principalRepaid: 'Principal repaid in the period',
    defaultedLoans: 'Loans defaulted in the period',
    governmentClaimed: 'Claimed under the government guarantee in the period',
    governmentExposure: 'Government guarantee exposure',
    fees: (year) => `Reinvestment fees since ${year}`,
  },

  summary: {
    noneOutstanding: (f, asOf) => `On ${f.date(asOf)} no loan is outstanding.`,
    outstanding: (f, p) =>
      `On ${f.date(p.asOf)}, ${f.count(p.loans, LOAN)} ${p.loans === 1 ? 'is' : 'are'} outstanding for ${f.amount(p.principal)} of principal; ${f.percent(p.par30)} of it is more than 30 days past due (PAR30) and ${f.percent(p.par90)} more than 90 days (PAR90).`,
    winwin: (f, p) =>
      `${capitalise(f.period(p.from, p.asOf))}, ${f.count(p.loans, { one: 'win-win loan was', other: 'win-win loans were' })} registered for ${f.amount(p.principal)} (average ${f.amount(p.average)}); ${f.number(p.fiveYears)} of them run 5 years. ${p.top.province} registered the most loans (${f.number(p.top.loans)}); ${p.highest.province} has the highest average (${f.amount(p.highest.average)}).`,
    noWinwin: (f, from, asOf) => `No win-win loan was registered ${f.period(from, asOf)}.`,
    funnel: (f, p) =>
      `${p.product}: ${f.count(p.inquiries, INQUIRY)} and ${f.count(p.applications, APPLICATION)} up to ${f.date(p.asOf)}; ${f.number(p.approved)} approved, ${f.number(p.refused)} refused, ${f.number(p.withdrawn)} withdrawn and ${f.number(p.pending)} pending${p.rate === null ? '' : `: an approval rate of ${f.percent(p.rate)}`}.`,
    flows: (f, p) =>
      `In the period, ${f.amount(p.disbursed)} was disbursed in ${f.count(p.disbursedLoans, LOAN)}, ${f.amount(p.repaid)} of principal was repaid, ${f.count(p.defaulted, LOAN)} defaulted and ${f.amount(p.claimed)} was claimed under the government guarantee; early repayments since ${p.feesFrom} paid ${f.amount(p.fees)} in reinvestment fees.`,
  },

  portfolio: {
    title: 'Portfolio',
    intro: (f, asOf, from) =>
      `Loans disbursed on or before ${f.date(asOf)}, by product. Outstanding: principal still owed on ${f.date(asOf)} by loans neither repaid, defaulted nor written off. Flows (disbursed, repaid, defaulted, claimed) are those dated ${f.period(from, asOf)}.`,
    outstandingChart: (f, asOf) => `Outstanding principal by product on ${f.date(asOf)}`,
    outstandingSeries: 'Outstanding',
    outstandingNoData: (f, asOf) => `No loan is outstanding on ${f.date(asOf)}.`,
    arrearsChart: (f, asOf) => `Outstanding principal by days past due on ${f.date(asOf)}`,
    arrearsNoData: (f, asOf) =>
      `No loan is outstanding on ${f.date(asOf)}, so none is past due either.`,
    byProduct: {
      title: 'Portfolio by product',
      description: (f, asOf, from) =>
        `Loans outstanding and principal on ${f.date(asOf)}; loans disbursed, principal repaid (instalments and early repayments) and interest paid ${f.period(from, asOf)}.`,
    },
    arrears: {
      title: 'Arrears by product',
      description: (f, asOf) =>
        `Outstanding principal of the loans outstanding on ${f.date(asOf)} by days past due (from the oldest instalment not fully paid; one due that day is not late). PAR30 and PAR90: the principal of loans more than 30 and more than 90 days past due, and its share of the outstanding principal. Overdue: the unpaid instalment amounts (interest and principal) past due.`,
    },
    defaults: {
      title: 'Defaults and guarantee',
      description: (f, asOf, from) =>
        `Loans defaulted and written off ${f.period(from, asOf)} (principal outstanding on the day of default), recoveries in the period, and loans in default on ${f.date(asOf)}. Government guarantee exposure: the guaranteed share (30 % or 40 % by contract date) of the win-win principal still at risk on ${f.date(asOf)} (outstanding, or defaulted and not yet claimed); claims made in the period.`,
    },
    columns: {
      product: 'Product',
      activeLoans: 'Loans outstanding',
      outstanding: 'Outstanding principal',
      disbursedLoans: 'Loans disbursed',
      disbursed: 'Disbursed',
      principalRepaid: 'Principal repaid',
      interestPaid: 'Interest paid',
      current: 'Current',
      late1to30: '1–30 days',
      late31to90: '31–90 days',
      lateOver90: 'Over 90 days',
      overdue: 'Overdue instalments',
      par30: 'PAR30',
      par30Ratio: 'PAR30 ratio',
      par30Loans: 'PAR30 loans',
      par90: 'PAR90',
      par90Ratio: 'PAR90 ratio',
      par90Loans: 'PAR90 loans',
      defaultedLoans: 'Defaults',
      defaultedPrincipal: 'Principal at default',
      defaultedOpenLoans: 'In default on the day',
      defaultedOutstanding: 'Principal in default',
      writtenOffLoans: 'Written off',
      writtenOff: 'Amount written off',
      recovered: 'Recovered',
      governmentExposure: 'Government guarantee exposure',
      governmentClaims: 'Claims',
      governmentClaimed: 'Claimed',
    },
  },

  winwin: {
    title: 'Win-win loan registrations',
    intro: (f, first, last) =>
      `Win-win loans registered with the registrar (the approval of the registration) by month of registration and term in whole years, ${first && last ? (first === last ? `in ${f.month(first)}` : `from ${f.month(first)} to ${f.month(last)}`) : 'in the period'}, and by the borrower's province.`,
    principalChart: 'Principal registered by month and term',
    principalNoData: (f, from, asOf) => `No win-win loan was registered ${f.period(from, asOf)}.`,
    years: (f, term) => f.count(term, { one: 'year', other: 'years' }),
    provinceChart: 'Loans registered by province',
    provinceNoData: (f, from, asOf) => `No win-win loan was registered ${f.period(from, asOf)}.`,
    loansAxis: 'Loans',
    loansSeries: 'Loans',
    byMonthAndTerm: {
      title: 'Win-win by month and term',
      description:
        'Loans and principal registered per month (the registration date) and term in whole years.',
    },
    byMonth: {
      title: 'Win-win by month',
      description: 'Loans, principal and average principal registered per month.',
    },
    byProvince: {
      title: 'Win-win by province',
      description: "Loans, principal and average principal by the borrower's province.",
    },
    columns: {
      month: 'Month',
      termYears: 'Term (years)',
      province: 'Province',
      loans: 'Loans',
      principal: 'Principal',
      averagePrincipal: 'Average',
    },
  },

  intake: {
    title: (product) => `${product}: intake and approval rate`,
    intro: (f, product, asOf) =>
      `Everyone who contacted the lender about the ${product} (inquiries), the applications filed, and what had become of them on ${f.date(asOf)}. The approval rate is approved / applications; an offer withdrawn after approval counts as approved.`,
    funnelChart: (product) => `${product} intake funnel`,
    funnelAxis: 'Number',
    funnelSeries: 'People or applications',
    funnelNoData: (f, product, asOf) =>
      `Nobody inquired about or applied for the ${product} up to ${f.date(asOf)}.`,
    rateChart: (product) => `${product} approval rate by year of application`,
    rateSeries: 'Approval rate',
    rateNoData: (f, product, asOf) => `No ${product} application up to ${f.date(asOf)}.`,
    stages: {
      inquiries: 'Inquiries',
      applications: 'Applications',
      approved: 'Approved',
      refused: 'Refused',
      withdrawn: 'Withdrawn',
      pending: 'Pending',
    },
    funnelTable: {
      title: (product) => `${product} intake funnel`,
      description:
        'Inquiries (contacts) and applications up to the as-of day; each stage with its share of the applications.',
    },
    byYear: {
      title: (product) => `${product} by year`,
      description:
        'Inquiries by year of contact; applications by year of filing, with what became of them by the as-of day.',
    },
    columns: {
      stage: 'Stage',
      count: 'Count',
      shareOfApplications: 'Share of applications',
      year: 'Year',
      approvalRate: 'Approval rate',
    },
  },

  refusals: {
    title: 'Refusal reasons',
    intro:
      "The reasons given in refusals, by the code of conduct's codes and the year of refusal, up to the as-of day. A refusal may give several reasons, so the reasons add up to more than the refusals; the share is of refused applications.",
    chart: 'Refusals by reason',
    axis: 'Refusals',
    series: 'Refusals',
    noData: (f, asOf) => `No application was refused up to ${f.date(asOf)}.`,
    table: {
      title: 'Refusal reasons by year',
      description:
        'Refusals giving each reason, by year of refusal; the share is of all refused applications.',
    },
    totalLabel: 'Refused applications',
    columns: {
      code: 'Code',
      reason: 'Reason',
      total: 'Total',
      shareOfRefusals: 'Share of refusals',
    },
    reasons: REFUSAL_REASONS,
  },

  earlyRepayments: {
    title: 'Early repayments and reinvestment fees',
    intro:
      'Principal repaid before its schedule, with the interest accrued on it and the reinvestment fee charged (capped by the code of conduct), by year of repayment and product, up to the as-of day.',
    chart: 'Reinvestment fees charged by year',
    series: 'Fees',
    noData: (f, asOf) => `No loan was repaid early up to ${f.date(asOf)}.`,
    table: {
      title: 'Early repayments',
      description:
        'Early repayments (of which full: the loan was repaid that day), the capital repaid, accrued interest and reinvestment fees.',
    },
    columns: {
      year: 'Year',
      product: 'Product',
      repayments: 'Repayments',
      full: 'Of which full',
      capital: 'Capital repaid',
      interest: 'Accrued interest',
      fees: 'Fees charged',
    },
  },

  securities: {
    title: 'Securities held',
    intro:
      'Guarantees and other securities given for loans disbursed by the as-of day, by kind: the amount given, released and called up to that day, what they still cover, and how many releases were refused.',
    table: {
      title: 'Securities by kind',
      description:
        'Remaining: the amount given less what was released or called on or before the as-of day.',
    },
    columns: {
      kind: 'Kind',
      guarantees: 'Securities',
      amount: 'Amount given',
      released: 'Released',
      called: 'Called',
      remaining: 'Remaining',
      releaseRefusals: 'Releases refused',
    },
    kinds: {
      personal: 'Personal security (surety)',
      real: 'Real security (pledge or mortgage)',
      government: 'Public guarantee',
    },
  },

  provinces: {
    Antwerpen: 'Antwerp',
    Limburg: 'Limburg',
    'Oost-Vlaanderen': 'East Flanders',
    'West-Vlaanderen': 'West Flanders',
    'Vlaams-Brabant': 'Flemish Brabant',
    Brussel: 'Brussels',
    Henegouwen: 'Hainaut',
    Luik: 'Liège',
    Luxemburg: 'Luxembourg',
    Namen: 'Namur',
    'Waals-Brabant': 'Walloon Brabant',
  },

  page: {
    summary: 'Summary',
    contents: 'Contents',
    asOf: 'As of',
    period: 'period',
    allEvents: 'all events recorded so far',
    knownAt: (instant) => `events recorded up to ${instant}`,
    generated: (instant) => `generated ${instant}`,
    position: (position) => `log position ${position}`,
  },

  workbook: {
    summarySheet: 'Summary',
    asOf: 'As of',
    periodFrom: 'Period from',
    periodTo: 'Period to',
    knownAt: 'Events recorded up to (Brussels time)',
    allEvents: 'all events recorded so far',
    generatedAt: 'Generated at (Brussels time)',
    position: 'Log position',
    keyFigures: 'Key figures',
    figure: 'Figure',
    value: 'Value',
    printAsOf: (date) => `As of ${date}`,
    printPage: 'Page &P of &N',
  },
};
