import { LocalDate, YearMonth } from '@js-joda/core';
import {
  Dec,
  formatBusinessDate,
  isProductCode,
  Money,
  REFUSAL_REASONS,
  type ProductCatalogue,
} from '@loanbook/domain';
import type { SqlExecutor } from '@loanbook/event-store';
import {
  approvalRates,
  winwinByProvince,
  winwinMonthly,
  type ReadModelTables,
} from '@loanbook/projections/read-models';
import type {
  HeadlineFigure,
  PortfolioReport,
  ReportColumn,
  ReportRow,
  ReportSection,
  ReportTable,
} from '../model';
import { formatInteger, formatLongDate, formatMoney, formatRatio } from '../render/format';
import {
  earlyRepayments,
  intakeByYear,
  portfolioByProductVersion,
  refusalsByReason,
  refusalsByYear,
  securitiesHeld,
  type ProductVersionFigures,
} from './portfolio-queries';

export interface PortfolioReportOptions {
  /** Events effective on or before this day count. */
  asOf: LocalDate;
  /** The period for flows starts here; default 1 January of the as-of year. */
  from?: LocalDate;
  /** The instant the read models were built up to, when the report is "as known at" (null: now). */
  knownAt?: string | null;
  /** When the report is made (ISO instant). */
  generatedAt: string;
  /** The global log position the read models had reached. */
  position: number;
  /** Product names and each version's government guarantee share. */
  catalogue: ProductCatalogue;
}

/** The microcredit whose intake funnel the report follows (DOMAIN.md 3.1). */
const FUNNEL_PRODUCT = 'impulskrediet';

/**
 * The analysts' portfolio report from the read models (see model.ts): the portfolio, arrears,
 * defaults and the government guarantee on the as-of day; the win-win registrations, flows and
 * defaults over the period; the Impulskrediet funnel, refusal reasons and early repayments over
 * the whole history up to the day. Every query is dated, so a past day's report does not change
 * with what happened after it.
 */
export async function assemblePortfolioReport(
  db: SqlExecutor,
  tables: ReadModelTables,
  options: PortfolioReportOptions,
): Promise<PortfolioReport> {
  const asOf = options.asOf;
  const from = options.from ?? LocalDate.of(asOf.year(), 1, 1);
  if (from.isAfter(asOf)) {
    throw new RangeError(
      `the period starts on ${formatBusinessDate(from)}, after the as-of date ${formatBusinessDate(asOf)}`,
    );
  }
  // Win-win registrations are counted by whole months: those of the period's first and last day.
  const months = { from: YearMonth.from(from), to: YearMonth.from(asOf), asOf };
  // One after the other: a transaction's session runs one statement at a time anyway, and
  // pg (from version 9) refuses a query while another is running on the same client.
  const byVersion = await portfolioByProductVersion(db, tables, { asOf, from });
  const monthly = await winwinMonthly(db, tables, months);
  const provinces = await winwinByProvince(db, tables, months);
  const funnel = await approvalRates(db, tables, { productCode: FUNNEL_PRODUCT, asOf });
  const years = await intakeByYear(db, tables, FUNNEL_PRODUCT, asOf);
  const reasons = await refusalsByReason(db, tables, asOf);
  const refusedByYear = await refusalsByYear(db, tables, asOf);
  const early = await earlyRepayments(db, tables, asOf);
  const securities = await securitiesHeld(db, tables, asOf);
  const products = productFigures(byVersion, options.catalogue);
  const total = sumFigures(products);
  const productName = (code: string) => nameOf(options.catalogue, code);

  const portfolio = portfolioSection(products, total, asOf, from);
  const winwin = winwinSection(monthly, provinces);
  const intake = intakeSection(funnel, years, productName(FUNNEL_PRODUCT));
  const refusals = refusalSection(reasons, refusedByYear);
  const repayments = earlyRepaymentSection(early, productName);
  const held = securitySection(securities);

  const period = { from: formatBusinessDate(from), to: formatBusinessDate(asOf) };
  const headlines: HeadlineFigure[] = [
    {
      id: 'outstanding',
      label: 'Outstanding principal',
      kind: 'money',
      value: total.figures.outstanding.toString(),
      note: `${count(total.figures.activeLoans)} loans outstanding`,
    },
    {
      id: 'par30',
      label: 'Portfolio at risk > 30 days',
      kind: 'ratio',
      value: total.par30Ratio,
      note: `EUR ${total.par30.format('en')} in ${count(total.figures.par30Loans)} loans`,
    },
    {
      id: 'winwin-registrations',
      label: 'Win-win loans registered',
      kind: 'integer',
      value: monthly.total.loans,
      note: `EUR ${eur(monthly.total.principal)}, average EUR ${eur(monthly.total.averagePrincipal)}`,
    },
    {
      id: 'approval-rate',
      label: `${productName(FUNNEL_PRODUCT)} approval rate`,
      kind: 'ratio',
      value: funnel.approvalRate,
      note: `${count(funnel.approved)} of ${count(funnel.applications)} applications approved`,
    },
    {
      id: 'guarantee-exposure',
      label: 'Government guarantee exposure',
      kind: 'money',
      value: total.exposure.toString(),
      note: `EUR ${total.figures.governmentClaimed.format('en')} claimed in the period`,
    },
  ];

  return {
    title: `Loanbook portfolio report as of ${longDate(asOf)}`,
    asOf: formatBusinessDate(asOf),
    knownAt: options.knownAt ?? null,
    period,
    generatedAt: options.generatedAt,
    position: options.position,
    summary: summary({
      asOf,
      from,
      total,
      monthly,
      provinces,
      funnel,
      early,
      funnelName: productName(FUNNEL_PRODUCT),
    }),
    headlines,
    sections: [portfolio, winwin, intake, refusals, repayments, held],
  };
}

// ---------------------------------------------------------------------------------------------
// The portfolio by product.

interface Figures {
  activeLoans: number;
  outstanding: Money;
  current: Money;
  late1to30: Money;
  late31to90: Money;
  lateOver90: Money;
  par30Loans: number;
  par90Loans: number;
  overdue: Money;
  disbursedLoans: number;
  disbursed: Money;
  principalRepaid: Money;
  interestPaid: Money;
  defaultedLoans: number;
  defaultedPrincipal: Money;
  defaultedOpenLoans: number;
  defaultedOutstanding: Money;
  writtenOffLoans: number;
  writtenOff: Money;
  recovered: Money;
  governmentClaims: number;
  governmentClaimed: Money;
}

interface ProductLine {
  productCode: string;
  name: string;
  figures: Figures;
  /** The government guarantee share times the principal at risk, per version, rounded half up. */
  exposure: Money;
}

interface Totals extends ProductLine {
  par30: Money;
  par90: Money;
  par30Ratio: string | null;
  par90Ratio: string | null;
}

function productFigures(rows: ProductVersionFigures[], catalogue: ProductCatalogue): Totals[] {
  // Every product of the catalogue has a row, with or without loans.
  const byProduct = new Map<string, { figures: Figures[]; exposure: Money[] }>(
    catalogue.products().map((code) => [code, { figures: [], exposure: [] }]),
  );
  for (const r of rows) {
    const entry = byProduct.get(r.productCode) ?? { figures: [], exposure: [] };
    entry.figures.push(parseFigures(r));
    const share = catalogue.version(r.productVersion)?.rules?.winwin?.governmentGuaranteeShare;
    entry.exposure.push(
      share ? Money.fromDecimal(money(r.guaranteeBase).times(share.toString())) : Money.zero(),
    );
    byProduct.set(r.productCode, entry);
  }
  return [...byProduct.entries()].map(([code, e]) =>
    withRatios({
      productCode: code,
      name: nameOf(catalogue, code),
      figures: addFigures(e.figures),
      exposure: Money.sum(e.exposure),
    }),
  );
}

function sumFigures(lines: ProductLine[]): Totals {
  return withRatios({
    productCode: '',
    name: 'Total',
    figures: addFigures(lines.map((l) => l.figures)),
    exposure: Money.sum(lines.map((l) => l.exposure)),
  });
}

function withRatios(line: ProductLine): Totals {
  const f = line.figures;
  const par30 = f.late31to90.plus(f.lateOver90);
  const par90 = f.lateOver90;
  return {
    ...line,
    par30,
    par90,
    par30Ratio: ratio(par30.toDecimal(), f.outstanding.toDecimal()),
    par90Ratio: ratio(par90.toDecimal(), f.outstanding.toDecimal()),
  };
}

const FIGURE_KEYS = [
  'activeLoans',
  'outstanding',
  'current',
  'late1to30',
  'late31to90',
  'lateOver90',
  'par30Loans',
  'par90Loans',
  'overdue',
  'disbursedLoans',
  'disbursed',
  'principalRepaid',
  'interestPaid',
  'defaultedLoans',
  'defaultedPrincipal',
  'defaultedOpenLoans',
  'defaultedOutstanding',
  'writtenOffLoans',
  'writtenOff',
  'recovered',
  'governmentClaims',
  'governmentClaimed',
] as const satisfies readonly (keyof Figures)[];

function parseFigures(r: ProductVersionFigures): Figures {
  const f = {} as Record<keyof Figures, Money | number>;
  for (const key of FIGURE_KEYS) {
    const value = r[key];
    f[key] = typeof value === 'number' ? value : money(value);
  }
  return f as unknown as Figures;
}

function addFigures(lines: Figures[]): Figures {
  const f = {} as Record<keyof Figures, Money | number>;
  for (const key of FIGURE_KEYS) {
    const values = lines.map((l) => l[key]);
    f[key] = COUNT_KEYS.has(key)
      ? (values as number[]).reduce((a, b) => a + b, 0)
      : Money.sum(values as Money[]);
  }
  return f as unknown as Figures;
}

const COUNT_KEYS = new Set<keyof Figures>([
  'activeLoans',
  'par30Loans',
  'par90Loans',
  'disbursedLoans',
  'defaultedLoans',
  'defaultedOpenLoans',
  'writtenOffLoans',
  'governmentClaims',
]);

function portfolioSection(
  products: Totals[],
  total: Totals,
  asOf: LocalDate,
  from: LocalDate,
): ReportSection {
  const line = (p: Totals, row: (p: Totals) => ReportRow): ReportRow => ({
    product: p.name,
    ...row(p),
  });
  const book = (p: Totals): ReportRow => ({
    activeLoans: p.figures.activeLoans,
    outstanding: p.figures.outstanding.toString(),
    disbursedLoans: p.figures.disbursedLoans,
    disbursed: p.figures.disbursed.toString(),
    principalRepaid: p.figures.principalRepaid.toString(),
    interestPaid: p.figures.interestPaid.toString(),
  });
  const arrears = (p: Totals): ReportRow => ({
    outstanding: p.figures.outstanding.toString(),
    current: p.figures.current.toString(),
    late1to30: p.figures.late1to30.toString(),
    late31to90: p.figures.late31to90.toString(),
    lateOver90: p.figures.lateOver90.toString(),
    overdue: p.figures.overdue.toString(),
    par30: p.par30.toString(),
    par30Ratio: p.par30Ratio,
    par30Loans: p.figures.par30Loans,
    par90: p.par90.toString(),
    par90Ratio: p.par90Ratio,
    par90Loans: p.figures.par90Loans,
  });
  const defaults = (p: Totals): ReportRow => ({
    defaultedLoans: p.figures.defaultedLoans,
    defaultedPrincipal: p.figures.defaultedPrincipal.toString(),
    defaultedOpenLoans: p.figures.defaultedOpenLoans,
    defaultedOutstanding: p.figures.defaultedOutstanding.toString(),
    writtenOffLoans: p.figures.writtenOffLoans,
    writtenOff: p.figures.writtenOff.toString(),
    recovered: p.figures.recovered.toString(),
    governmentExposure: p.exposure.toString(),
    governmentClaims: p.figures.governmentClaims,
    governmentClaimed: p.figures.governmentClaimed.toString(),
  });
  const table = (
    id: string,
    title: string,
    description: string,
    columns: ReportColumn[],
    row: (p: Totals) => ReportRow,
  ): ReportTable => ({
    id,
    title,
    description,
    columns: [{ key: 'product', title: 'Product', kind: 'text' }, ...columns],
    rows: products.map((p) => line(p, row)),
    total: line(total, row),
  });
  const day = longDate(asOf);
  const period = `${longDate(from)} to ${day}`;
  const names = products.map((p) => p.name);
  return {
    id: 'portfolio',
    title: 'Portfolio',
    intro: `Loans disbursed on or before ${day}, by product. Outstanding: principal still owed on ${day} by loans neither repaid, defaulted nor written off. Flows (disbursed, repaid, defaulted, claimed) are those dated from ${period}.`,
    charts: [
      {
        id: 'outstanding-by-product',
        title: `Outstanding principal by product on ${day}`,
        kind: 'bar',
        unit: 'EUR',
        categories: names,
        series: [
          { name: 'Outstanding', values: products.map((p) => p.figures.outstanding.toString()) },
        ],
      },
      {
        id: 'arrears-by-product',
        title: `Outstanding principal by days past due on ${day}`,
        kind: 'stacked-bar',
        unit: 'EUR',
        categories: names,
        series: [
          { name: 'Current', values: products.map((p) => p.figures.current.toString()) },
          { name: '1–30 days', values: products.map((p) => p.figures.late1to30.toString()) },
          { name: '31–90 days', values: products.map((p) => p.figures.late31to90.toString()) },
          { name: 'Over 90 days', values: products.map((p) => p.figures.lateOver90.toString()) },
        ],
      },
    ],
    tables: [
      table(
        'portfolio-by-product',
        'Portfolio by product',
        `Loans outstanding and principal on ${day}; loans disbursed, principal repaid (instalments and early repayments) and interest paid from ${period}.`,
        [
          { key: 'activeLoans', title: 'Loans outstanding', kind: 'integer' },
          { key: 'outstanding', title: 'Outstanding principal', kind: 'money' },
          { key: 'disbursedLoans', title: 'Loans disbursed', kind: 'integer' },
          { key: 'disbursed', title: 'Disbursed', kind: 'money' },
          { key: 'principalRepaid', title: 'Principal repaid', kind: 'money' },
          { key: 'interestPaid', title: 'Interest paid', kind: 'money' },
        ],
        book,
      ),
      table(
        'arrears-by-product',
        'Arrears by product',
        `Outstanding principal of the loans outstanding on ${day} by days past due (from the oldest instalment not fully paid; one due that day is not late). PAR30 and PAR90: the principal of loans more than 30 and more than 90 days past due, and its share of the outstanding principal. Overdue: the unpaid instalment amounts (interest and principal) past due.`,
        [
          { key: 'outstanding', title: 'Outstanding principal', kind: 'money' },
          { key: 'current', title: 'Current', kind: 'money' },
          { key: 'late1to30', title: '1–30 days', kind: 'money' },
          { key: 'late31to90', title: '31–90 days', kind: 'money' },
          { key: 'lateOver90', title: 'Over 90 days', kind: 'money' },
          { key: 'overdue', title: 'Overdue instalments', kind: 'money' },
          { key: 'par30', title: 'PAR30', kind: 'money' },
          { key: 'par30Ratio', title: 'PAR30 ratio', kind: 'ratio' },
          { key: 'par30Loans', title: 'PAR30 loans', kind: 'integer' },
          { key: 'par90', title: 'PAR90', kind: 'money' },
          { key: 'par90Ratio', title: 'PAR90 ratio', kind: 'ratio' },
          { key: 'par90Loans', title: 'PAR90 loans', kind: 'integer' },
        ],
        arrears,
      ),
      table(
        'defaults-and-guarantee',
        'Defaults and guarantee',
        `Loans defaulted and written off from ${period} (principal outstanding on the day of default), recoveries in the period, and loans in default on ${day}. Government guarantee exposure: the guaranteed share (30 % or 40 % by contract date) of the win-win principal still at risk on ${day} (outstanding, or defaulted and not yet claimed); claims made in the period.`,
        [
          { key: 'defaultedLoans', title: 'Defaults', kind: 'integer' },
          { key: 'defaultedPrincipal', title: 'Principal at default', kind: 'money' },
          { key: 'defaultedOpenLoans', title: 'In default on the day', kind: 'integer' },
          { key: 'defaultedOutstanding', title: 'Principal in default', kind: 'money' },
          { key: 'writtenOffLoans', title: 'Written off', kind: 'integer' },
          { key: 'writtenOff', title: 'Amount written off', kind: 'money' },
          { key: 'recovered', title: 'Recovered', kind: 'money' },
          { key: 'governmentExposure', title: 'Government guarantee exposure', kind: 'money' },
          { key: 'governmentClaims', title: 'Claims', kind: 'integer' },
          { key: 'governmentClaimed', title: 'Claimed', kind: 'money' },
        ],
        defaults,
      ),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Win-win registrations (DOMAIN.md 3.2).

type Monthly = Awaited<ReturnType<typeof winwinMonthly>>;
type Provinces = Awaited<ReturnType<typeof winwinByProvince>>;

function winwinSection(monthly: Monthly, provinces: Provinces): ReportSection {
  const months = monthly.monthTotals.map((m) => m.month);
  const terms = [...new Set(monthly.rows.map((r) => r.termYears))].sort((a, b) => a - b);
  const cell = (month: string, term: number) =>
    monthly.rows.find((r) => r.month === month && r.termYears === term);
  const span = months.length > 0 ? `${months[0]} to ${months.at(-1)}` : 'the period';
  return {
    id: 'winwin',
    title: 'Win-win loan registrations',
    intro: `Win-win loans registered with the registrar (the approval of the registration) by month of registration and term in whole years, ${span}, and by the borrower's province.`,
    charts: [
      {
        id: 'winwin-principal-by-month-and-term',
        title: 'Principal registered by month and term',
        kind: 'stacked-bar',
        unit: 'EUR',
        categories: months,
        series: terms.map((term) => ({
          name: `${term} years`,
          values: months.map((m) => cell(m, term)?.principal ?? '0.00'),
        })),
      },
      {
        id: 'winwin-loans-by-province',
        title: 'Loans registered by province',
        kind: 'bar',
        unit: 'loans',
        categories: provinces.rows.map((r) => r.province),
        series: [{ name: 'Loans', values: provinces.rows.map((r) => String(r.loans)) }],
      },
    ],
    tables: [
      {
        id: 'winwin-by-month-and-term',
        title: 'Win-win by month and term',
        description:
          'Loans and principal registered per month (the registration date) and term in whole years.',
        columns: [
          { key: 'month', title: 'Month', kind: 'month' },
          { key: 'termYears', title: 'Term (years)', kind: 'label-number' },
          { key: 'loans', title: 'Loans', kind: 'integer' },
          { key: 'principal', title: 'Principal', kind: 'money' },
        ],
        rows: monthly.rows.map((r) => ({
          month: r.month,
          termYears: r.termYears,
          loans: r.loans,
          principal: r.principal,
        })),
        total: {
          month: 'Total',
          termYears: null,
          loans: monthly.total.loans,
          principal: monthly.total.principal,
        },
      },
      {
        id: 'winwin-by-month',
        title: 'Win-win by month',
        description: 'Loans, principal and average principal registered per month.',
        columns: [
          { key: 'month', title: 'Month', kind: 'month' },
          { key: 'loans', title: 'Loans', kind: 'integer' },
          { key: 'principal', title: 'Principal', kind: 'money' },
          { key: 'averagePrincipal', title: 'Average', kind: 'money' },
        ],
        rows: monthly.monthTotals.map((m) => ({
          month: m.month,
          loans: m.loans,
          principal: m.principal,
          averagePrincipal: average(m.principal, m.loans),
        })),
        total: {
          month: 'Total',
          loans: monthly.total.loans,
          principal: monthly.total.principal,
          averagePrincipal: monthly.total.averagePrincipal,
        },
      },
      {
        id: 'winwin-by-province',
        title: 'Win-win by province',
        description: "Loans, principal and average principal by the borrower's province.",
        columns: [
          { key: 'province', title: 'Province', kind: 'text' },
          { key: 'loans', title: 'Loans', kind: 'integer' },
          { key: 'principal', title: 'Principal', kind: 'money' },
          { key: 'averagePrincipal', title: 'Average', kind: 'money' },
        ],
        rows: provinces.rows.map((r) => ({ ...r })),
        total: {
          province: 'Total',
          loans: provinces.total.loans,
          principal: provinces.total.principal,
          averagePrincipal: provinces.total.averagePrincipal,
        },
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The Impulskrediet intake funnel (DOMAIN.md 3.1).

type Funnel = Awaited<ReturnType<typeof approvalRates>>;
type IntakeYears = Awaited<ReturnType<typeof intakeByYear>>;

function intakeSection(funnel: Funnel, years: IntakeYears, name: string): ReportSection {
  const share = (n: number) => ratio(new Dec(n), new Dec(funnel.applications));
  const stages: [string, number][] = [
    ['Applications', funnel.applications],
    ['Approved', funnel.approved],
    ['Refused', funnel.refused],
    ['Withdrawn', funnel.withdrawn],
    ['Pending', funnel.pending],
  ];
  const yearRows = years.map((y) => ({
    year: y.year,
    inquiries: y.inquiries,
    applications: y.applications,
    approved: y.approved,
    refused: y.refused,
    withdrawn: y.withdrawn,
    pending: y.applications - y.approved - y.refused - y.withdrawn,
    approvalRate: ratio(new Dec(y.approved), new Dec(y.applications)),
  }));
  return {
    id: 'intake',
    title: `${name}: intake and approval rate`,
    intro: `Everyone who contacted the lender about the ${name} (inquiries), the applications filed, and what had become of them on ${longDate(LocalDate.parse(funnel.asOf))}. The approval rate is approved / applications; an offer withdrawn after approval counts as approved.`,
    charts: [
      {
        id: 'intake-funnel',
        title: `${name} intake funnel`,
        kind: 'bar',
        unit: 'loans',
        categories: ['Inquiries', ...stages.map(([s]) => s)],
        series: [
          {
            name: 'People or applications',
            values: [String(funnel.inquiries), ...stages.map(([, n]) => String(n))],
          },
        ],
      },
      {
        id: 'approval-rate-by-year',
        title: `${name} approval rate by year of application`,
        kind: 'line',
        unit: 'ratio',
        categories: yearRows.map((y) => String(y.year)),
        series: [{ name: 'Approval rate', values: yearRows.map((y) => y.approvalRate) }],
      },
    ],
    tables: [
      {
        id: 'intake-funnel',
        title: `${name} intake funnel`,
        description:
          'Inquiries (contacts) and applications up to the as-of day; each stage with its share of the applications.',
        columns: [
          { key: 'stage', title: 'Stage', kind: 'text' },
          { key: 'count', title: 'Count', kind: 'integer' },
          { key: 'shareOfApplications', title: 'Share of applications', kind: 'ratio' },
        ],
        rows: [
          { stage: 'Inquiries', count: funnel.inquiries, shareOfApplications: null },
          ...stages.map(([stage, n]) => ({ stage, count: n, shareOfApplications: share(n) })),
        ],
      },
      {
        id: 'intake-by-year',
        title: `${name} by year`,
        description:
          'Inquiries by year of contact; applications by year of filing, with what became of them by the as-of day.',
        columns: [
          { key: 'year', title: 'Year', kind: 'label-number' },
          { key: 'inquiries', title: 'Inquiries', kind: 'integer' },
          { key: 'applications', title: 'Applications', kind: 'integer' },
          { key: 'approved', title: 'Approved', kind: 'integer' },
          { key: 'refused', title: 'Refused', kind: 'integer' },
          { key: 'withdrawn', title: 'Withdrawn', kind: 'integer' },
          { key: 'pending', title: 'Pending', kind: 'integer' },
          { key: 'approvalRate', title: 'Approval rate', kind: 'ratio' },
        ],
        rows: yearRows,
        total: {
          year: 'Total',
          inquiries: funnel.inquiries,
          applications: funnel.applications,
          approved: funnel.approved,
          refused: funnel.refused,
          withdrawn: funnel.withdrawn,
          pending: funnel.pending,
          approvalRate: funnel.approvalRate,
        },
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Refusal reasons (DOMAIN.md 4.4), early repayments (4.3), securities.

type Reasons = Awaited<ReturnType<typeof refusalsByReason>>;

function refusalSection(
  reasons: Reasons,
  byYear: { year: number; refusals: number }[],
): ReportSection {
  const years = byYear.map((y) => y.year);
  const refusals = byYear.reduce((n, y) => n + y.refusals, 0);
  const codes = [...new Set(reasons.map((r) => r.reason))];
  const rows = codes
    .map((code) => {
      const of = reasons.filter((r) => r.reason === code);
      const perYear = Object.fromEntries(
        years.map((y) => [
          `y${y}`,
          of.filter((r) => r.year === y).reduce((n, r) => n + r.refusals, 0),
        ]),
      );
      const total = of.reduce((n, r) => n + r.refusals, 0);
      return {
        code,
        reason: (REFUSAL_REASONS as Record<string, string>)[code] ?? code,
        ...perYear,
        total,
        shareOfRefusals: ratio(new Dec(total), new Dec(refusals)),
      };
    })
    .sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  return {
    id: 'refusals',
    title: 'Refusal reasons',
    intro:
      "The reasons given in refusals, by the code of conduct's codes and the year of refusal, up to the as-of day. A refusal may give several reasons, so the reasons add up to more than the refusals; the share is of refused applications.",
    charts: [
      {
        id: 'refusal-reasons',
        title: 'Refusals by reason',
        kind: 'bar',
        unit: 'loans',
        categories: rows.map((r) => r.reason),
        series: [{ name: 'Refusals', values: rows.map((r) => String(r.total)) }],
      },
    ],
    tables: [
      {
        id: 'refusal-reasons',
        title: 'Refusal reasons by year',
        description:
          'Refusals giving each reason, by year of refusal; the share is of all refused applications.',
        columns: [
          { key: 'code', title: 'Code', kind: 'text' },
          { key: 'reason', title: 'Reason', kind: 'text' },
          ...years.map((y): ReportColumn => ({ key: `y${y}`, title: String(y), kind: 'integer' })),
          { key: 'total', title: 'Total', kind: 'integer' },
          { key: 'shareOfRefusals', title: 'Share of refusals', kind: 'ratio' },
        ],
        rows,
        total: {
          code: 'Refused applications',
          reason: null,
          ...Object.fromEntries(byYear.map((y) => [`y${y.year}`, y.refusals])),
          total: refusals,
          shareOfRefusals: null,
        },
      },
    ],
  };
}

type Early = Awaited<ReturnType<typeof earlyRepayments>>;

function earlyRepaymentSection(early: Early, productName: (code: string) => string): ReportSection {
  const years = [...new Set(early.map((e) => e.year))];
  const feesByYear = years.map((y) =>
    Money.sum(early.filter((e) => e.year === y).map((e) => money(e.fees))).toString(),
  );
  const sum = (pick: (e: Early[number]) => string) =>
    Money.sum(early.map((e) => money(pick(e)))).toString();
  return {
    id: 'early-repayments',
    title: 'Early repayments and reinvestment fees',
    intro:
      'Principal repaid before its schedule, with the interest accrued on it and the reinvestment fee charged (capped by the code of conduct), by year of repayment and product, up to the as-of day.',
    charts: [
      {
        id: 'early-repayment-fees-by-year',
        title: 'Reinvestment fees charged by year',
        kind: 'bar',
        unit: 'EUR',
        categories: years.map(String),
        series: [{ name: 'Fees', values: feesByYear }],
      },
    ],
    tables: [
      {
        id: 'early-repayments',
        title: 'Early repayments',
        description:
          'Early repayments (of which full: the loan was repaid that day), the capital repaid, accrued interest and reinvestment fees.',
        columns: [
          { key: 'year', title: 'Year', kind: 'label-number' },
          { key: 'product', title: 'Product', kind: 'text' },
          { key: 'repayments', title: 'Repayments', kind: 'integer' },
          { key: 'full', title: 'Of which full', kind: 'integer' },
          { key: 'capital', title: 'Capital repaid', kind: 'money' },
          { key: 'interest', title: 'Accrued interest', kind: 'money' },
          { key: 'fees', title: 'Fees charged', kind: 'money' },
        ],
        rows: early.map((e) => ({
          year: e.year,
          product: productName(e.productCode),
          repayments: e.repayments,
          full: e.full,
          capital: money(e.capital).toString(),
          interest: money(e.interest).toString(),
          fees: money(e.fees).toString(),
        })),
        total: {
          year: 'Total',
          product: null,
          repayments: early.reduce((n, e) => n + e.repayments, 0),
          full: early.reduce((n, e) => n + e.full, 0),
          capital: sum((e) => e.capital),
          interest: sum((e) => e.interest),
          fees: sum((e) => e.fees),
        },
      },
    ],
  };
}

type Securities = Awaited<ReturnType<typeof securitiesHeld>>;

function securitySection(securities: Securities): ReportSection {
  const sum = (pick: (s: Securities[number]) => string) =>
    Money.sum(securities.map((s) => money(pick(s)))).toString();
  return {
    id: 'securities',
    title: 'Securities held',
    intro:
      'Guarantees and other securities given for loans disbursed by the as-of day, by kind: the amount given, released and called up to that day, what they still cover, and how many releases were refused.',
    charts: [],
    tables: [
      {
        id: 'securities',
        title: 'Securities by kind',
        description:
          'Remaining: the amount given less what was released or called on or before the as-of day.',
        columns: [
          { key: 'kind', title: 'Kind', kind: 'text' },
          { key: 'guarantees', title: 'Securities', kind: 'integer' },
          { key: 'amount', title: 'Amount given', kind: 'money' },
          { key: 'released', title: 'Released', kind: 'money' },
          { key: 'called', title: 'Called', kind: 'money' },
          { key: 'remaining', title: 'Remaining', kind: 'money' },
          { key: 'releaseRefusals', title: 'Releases refused', kind: 'integer' },
        ],
        rows: securities.map((s) => ({
          kind: s.kind,
          guarantees: s.guarantees,
          amount: money(s.amount).toString(),
          released: money(s.released).toString(),
          called: money(s.called).toString(),
          remaining: money(s.remaining).toString(),
          releaseRefusals: s.releaseRefusals,
        })),
        total: {
          kind: 'Total',
          guarantees: securities.reduce((n, s) => n + s.guarantees, 0),
          amount: sum((s) => s.amount),
          released: sum((s) => s.released),
          called: sum((s) => s.called),
          remaining: sum((s) => s.remaining),
          releaseRefusals: securities.reduce((n, s) => n + s.releaseRefusals, 0),
        },
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The summary at the top.

function summary(s: {
  asOf: LocalDate;
  from: LocalDate;
  total: Totals;
  monthly: Monthly;
  provinces: Provinces;
  funnel: Funnel;
  early: Early;
  funnelName: string;
}): string[] {
  const day = longDate(s.asOf);
  const f = s.total.figures;
  const lines: string[] = [];
  lines.push(
    f.activeLoans === 0
      ? `On ${day} no loan is outstanding.`
      : `On ${day}, ${count(f.activeLoans)} loans are outstanding for EUR ${f.outstanding.format('en')} of principal; ${percent(s.total.par30Ratio)} of it is more than 30 days past due (PAR30) and ${percent(s.total.par90Ratio)} more than 90 days (PAR90).`,
  );
  const m = s.monthly.total;
  if (m.loans > 0) {
    const fiveYears = s.monthly.rows
      .filter((r) => r.termYears === 5)
      .reduce((n, r) => n + r.loans, 0);
    const mostLoans = [...s.provinces.rows].sort((a, b) => b.loans - a.loans)[0];
    const highestAverage = [...s.provinces.rows].sort((a, b) =>
      new Dec(b.averagePrincipal).comparedTo(a.averagePrincipal),
    )[0];
    lines.push(
      `From ${longDate(s.from)} to ${day}, ${count(m.loans)} win-win loans were registered for EUR ${eur(m.principal)} (average EUR ${eur(m.averagePrincipal)}); ${count(fiveYears)} of them run 5 years. ${mostLoans.province} registered the most loans (${count(mostLoans.loans)}); ${highestAverage.province} has the highest average (EUR ${eur(highestAverage.averagePrincipal)}).`,
    );
  } else {
    lines.push(`No win-win loan was registered from ${longDate(s.from)} to ${day}.`);
  }
  const q = s.funnel;
  lines.push(
    `${s.funnelName}: ${count(q.inquiries)} inquiries and ${count(q.applications)} applications up to ${day}; ${count(q.approved)} approved, ${count(q.refused)} refused, ${count(q.withdrawn)} withdrawn and ${count(q.pending)} pending: an approval rate of ${percent(q.approvalRate)}.`,
  );
  const fees = Money.sum(s.early.filter((e) => e.year >= s.from.year()).map((e) => money(e.fees)));
  lines.push(
    `In the period, EUR ${f.disbursed.format('en')} was disbursed in ${count(f.disbursedLoans)} loans, EUR ${f.principalRepaid.format('en')} of principal was repaid, ${count(f.defaultedLoans)} loans defaulted and EUR ${f.governmentClaimed.format('en')} was claimed under the government guarantee; early repayments since ${s.from.year()} paid EUR ${fees.format('en')} in reinvestment fees.`,
  );
  return lines;
}

// ---------------------------------------------------------------------------------------------

/** numeric text from SQL ("0", "12.5", "1234.56") as Money; exact, no float. */
function money(text: string): Money {
  return Money.fromDecimal(new Dec(text));
}

/** numerator / denominator, 4 decimals half up; null without a denominator. */
function ratio(numerator: Dec, denominator: Dec): string | null {
  if (denominator.isZero()) return null;
  return numerator.dividedBy(denominator).toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed(4);
}

function average(total: string, loans: number): string {
  return loans === 0 ? '0.00' : Money.fromDecimal(money(total).dividedBy(loans)).toString();
}

function nameOf(catalogue: ProductCatalogue, code: string): string {
  if (!isProductCode(code)) return code;
  return catalogue.versions(code)[0]?.name ?? code;
}

const count = formatInteger;
const eur = (amount: string) => formatMoney(money(amount).toString());
const percent = (r: string | null) => (r === null ? 'n/a' : formatRatio(r));
const longDate = (d: LocalDate) => formatLongDate(formatBusinessDate(d));
