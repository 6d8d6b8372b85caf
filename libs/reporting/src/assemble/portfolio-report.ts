import { LocalDate, YearMonth } from '@js-joda/core';
import {
  Dec,
  formatBusinessDate,
  GUARANTEE_KINDS,
  type GuaranteeKind,
  isProductCode,
  isProvince,
  isRefusalReasonCode,
  Money,
  type ProductCatalogue,
} from '@loanbook/domain';
import type { SqlExecutor } from '@loanbook/event-store';
import {
  approvalRates,
  winwinByProvince,
  winwinMonthly,
  type ReadModelTables,
} from '@loanbook/projections/read-models';
import { fmtFor, REPORT_TEXTS, type Fmt, type ReportTexts } from '../i18n';
import type { PortfolioColumn } from '../i18n/texts';
import {
  DEFAULT_REPORT_LANGUAGE,
  type ColumnKind,
  type HeadlineFigure,
  type PortfolioReport,
  type ReportColumn,
  type ReportFigure,
  type ReportLanguage,
  type ReportRow,
  type ReportSection,
  type ReportTable,
} from '../model';
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
  /** The language of its texts and formats; default Dutch. */
  language?: ReportLanguage;
}

/** The microcredit whose intake funnel the report follows (DOMAIN.md 3.1). */
const FUNNEL_PRODUCT = 'impulskrediet';

/** The texts of one language and its figures, handed to every section. */
interface Words {
  t: ReportTexts;
  f: Fmt;
}

/**
 * The analysts' portfolio report from the read models (see model.ts): the portfolio, arrears,
 * defaults and the government guarantee on the as-of day; the win-win registrations, flows and
 * defaults over the period; the Impulskrediet funnel, refusal reasons and early repayments over
 * the whole history up to the day. Every query is dated, so a past day's report does not change
 * with what happened after it. Its texts are written in `options.language` (i18n/).
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
  const language = options.language ?? DEFAULT_REPORT_LANGUAGE;
  const words: Words = { t: REPORT_TEXTS[language], f: fmtFor(language) };
  const { t, f } = words;
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
  const total = sumFigures(products, t.total);
  const productName = (code: string) => nameOf(options.catalogue, code);
  const funnelName = productName(FUNNEL_PRODUCT);
  const province = (name: string) => (isProvince(name) ? t.provinces[name] : name);

  const period = { from: formatBusinessDate(from), to: formatBusinessDate(asOf) };
  const headlines: HeadlineFigure[] = [
    {
      id: 'outstanding',
      label: t.headlines.outstanding,
      kind: 'money',
      value: total.figures.outstanding.toString(),
      note: t.headlines.outstandingNote(f, total.figures.activeLoans),
    },
    {
      id: 'par30',
      label: t.headlines.par30,
      kind: 'ratio',
      value: total.par30Ratio,
      note: t.headlines.par30Note(f, total.par30, total.figures.par30Loans),
    },
    {
      id: 'winwin-registrations',
      label: t.headlines.winwin,
      kind: 'integer',
      value: monthly.total.loans,
      note: t.headlines.winwinNote(f, monthly.total.principal, monthly.total.averagePrincipal),
    },
    {
      id: 'approval-rate',
      label: t.headlines.approvalRate(funnelName),
      kind: 'ratio',
      value: funnel.approvalRate,
      note: t.headlines.approvalRateNote(f, funnel.approved, funnel.applications),
    },
    {
      id: 'guarantee-exposure',
      label: t.headlines.exposure,
      kind: 'money',
      value: total.exposure.toString(),
      note: t.headlines.exposureNote(f, total.figures.governmentClaimed),
    },
  ];
  const brief = summary(words, {
    asOf,
    from,
    total,
    monthly,
    provinces: provinces.rows.map((r) => ({ ...r, province: province(r.province) })),
    funnel,
    early,
    funnelName,
  });

  return {
    language,
    title: t.title(f, asOf),
    asOf: formatBusinessDate(asOf),
    knownAt: options.knownAt ?? null,
    period,
    generatedAt: options.generatedAt,
    position: options.position,
    summary: brief.sentences,
    figures: brief.figures,
    headlines,
    sections: [
      portfolioSection(words, products, total, asOf, from),
      winwinSection(words, monthly, provinces, province, from, asOf),
      intakeSection(words, funnel, years, funnelName),
      refusalSection(words, reasons, refusedByYear, asOf),
      earlyRepaymentSection(words, early, productName, asOf),
      securitySection(words, securities),
    ],
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

function sumFigures(lines: ProductLine[], label: string): Totals {
  return withRatios({
    productCode: '',
    name: label,
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
  { t, f }: Words,
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
  const column = (key: PortfolioColumn, kind: ColumnKind): ReportColumn => ({
    key,
    title: t.portfolio.columns[key],
    kind,
  });
  const table = (
    id: string,
    title: string,
    description: string,
    columns: [PortfolioColumn, ColumnKind][],
    row: (p: Totals) => ReportRow,
  ): ReportTable => ({
    id,
    title,
    description,
    columns: [column('product', 'text'), ...columns.map(([key, kind]) => column(key, kind))],
    rows: products.map((p) => line(p, row)),
    total: line(total, row),
  });
  const names = products.map((p) => p.name);
  const bucket = t.portfolio.columns;
  return {
    id: 'portfolio',
    title: t.portfolio.title,
    intro: t.portfolio.intro(f, asOf, from),
    charts: [
      {
        id: 'outstanding-by-product',
        title: t.portfolio.outstandingChart(f, asOf),
        kind: 'bar',
        unit: 'EUR',
        axisTitle: 'EUR',
        categoryKind: 'text',
        categories: names,
        series: [
          {
            name: t.portfolio.outstandingSeries,
            values: products.map((p) => p.figures.outstanding.toString()),
          },
        ],
        noData: t.portfolio.outstandingNoData(f, asOf),
      },
      {
        id: 'arrears-by-product',
        title: t.portfolio.arrearsChart(f, asOf),
        kind: 'stacked-bar',
        unit: 'EUR',
        axisTitle: 'EUR',
        categoryKind: 'text',
        categories: names,
        series: [
          { name: bucket.current, values: products.map((p) => p.figures.current.toString()) },
          { name: bucket.late1to30, values: products.map((p) => p.figures.late1to30.toString()) },
          {
            name: bucket.late31to90,
            values: products.map((p) => p.figures.late31to90.toString()),
          },
          {
            name: bucket.lateOver90,
            values: products.map((p) => p.figures.lateOver90.toString()),
          },
        ],
        noData: t.portfolio.arrearsNoData(f, asOf),
      },
    ],
    tables: [
      table(
        'portfolio-by-product',
        t.portfolio.byProduct.title,
        t.portfolio.byProduct.description(f, asOf, from),
        [
          ['activeLoans', 'integer'],
          ['outstanding', 'money'],
          ['disbursedLoans', 'integer'],
          ['disbursed', 'money'],
          ['principalRepaid', 'money'],
          ['interestPaid', 'money'],
        ],
        book,
      ),
      table(
        'arrears-by-product',
        t.portfolio.arrears.title,
        t.portfolio.arrears.description(f, asOf),
        [
          ['outstanding', 'money'],
          ['current', 'money'],
          ['late1to30', 'money'],
          ['late31to90', 'money'],
          ['lateOver90', 'money'],
          ['overdue', 'money'],
          ['par30', 'money'],
          ['par30Ratio', 'ratio'],
          ['par30Loans', 'integer'],
          ['par90', 'money'],
          ['par90Ratio', 'ratio'],
          ['par90Loans', 'integer'],
        ],
        arrears,
      ),
      table(
        'defaults-and-guarantee',
        t.portfolio.defaults.title,
        t.portfolio.defaults.description(f, asOf, from),
        [
          ['defaultedLoans', 'integer'],
          ['defaultedPrincipal', 'money'],
          ['defaultedOpenLoans', 'integer'],
          ['defaultedOutstanding', 'money'],
          ['writtenOffLoans', 'integer'],
          ['writtenOff', 'money'],
          ['recovered', 'money'],
          ['governmentExposure', 'money'],
          ['governmentClaims', 'integer'],
          ['governmentClaimed', 'money'],
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

function winwinSection(
  { t, f }: Words,
  monthly: Monthly,
  provinces: Provinces,
  province: (name: string) => string,
  from: LocalDate,
  asOf: LocalDate,
): ReportSection {
  const months = monthly.monthTotals.map((m) => m.month);
  const terms = [...new Set(monthly.rows.map((r) => r.termYears))].sort((a, b) => a - b);
  const cell = (month: string, term: number) =>
    monthly.rows.find((r) => r.month === month && r.termYears === term);
  const c = t.winwin.columns;
  const byProvince = provinces.rows.map((r) => ({ ...r, province: province(r.province) }));
  return {
    id: 'winwin',
    title: t.winwin.title,
    intro: t.winwin.intro(f, months[0], months.at(-1)),
    charts: [
      {
        id: 'winwin-principal-by-month-and-term',
        title: t.winwin.principalChart,
        kind: 'stacked-bar',
        unit: 'EUR',
        axisTitle: 'EUR',
        categoryKind: 'month',
        categories: months,
        series: terms.map((term) => ({
          name: t.winwin.years(f, term),
          values: months.map((m) => cell(m, term)?.principal ?? '0.00'),
        })),
        noData: t.winwin.principalNoData(f, from, asOf),
      },
      {
        id: 'winwin-loans-by-province',
        title: t.winwin.provinceChart,
        kind: 'horizontal-bar',
        unit: 'count',
        axisTitle: t.winwin.loansAxis,
        categoryKind: 'text',
        categories: byProvince.map((r) => r.province),
        series: [{ name: t.winwin.loansSeries, values: byProvince.map((r) => String(r.loans)) }],
        noData: t.winwin.provinceNoData(f, from, asOf),
      },
    ],
    tables: [
      {
        id: 'winwin-by-month-and-term',
        title: t.winwin.byMonthAndTerm.title,
        description: t.winwin.byMonthAndTerm.description,
        columns: [
          { key: 'month', title: c.month, kind: 'month' },
          { key: 'termYears', title: c.termYears, kind: 'label-number' },
          { key: 'loans', title: c.loans, kind: 'integer' },
          { key: 'principal', title: c.principal, kind: 'money' },
        ],
        rows: monthly.rows.map((r) => ({
          month: r.month,
          termYears: r.termYears,
          loans: r.loans,
          principal: r.principal,
        })),
        total: {
          month: t.total,
          termYears: null,
          loans: monthly.total.loans,
          principal: monthly.total.principal,
        },
      },
      {
        id: 'winwin-by-month',
        title: t.winwin.byMonth.title,
        description: t.winwin.byMonth.description,
        columns: [
          { key: 'month', title: c.month, kind: 'month' },
          { key: 'loans', title: c.loans, kind: 'integer' },
          { key: 'principal', title: c.principal, kind: 'money' },
          { key: 'averagePrincipal', title: c.averagePrincipal, kind: 'money' },
        ],
        rows: monthly.monthTotals.map((m) => ({
          month: m.month,
          loans: m.loans,
          principal: m.principal,
          averagePrincipal: average(m.principal, m.loans),
        })),
        total: {
          month: t.total,
          loans: monthly.total.loans,
          principal: monthly.total.principal,
          averagePrincipal: monthly.total.averagePrincipal,
        },
      },
      {
        id: 'winwin-by-province',
        title: t.winwin.byProvince.title,
        description: t.winwin.byProvince.description,
        columns: [
          { key: 'province', title: c.province, kind: 'text' },
          { key: 'loans', title: c.loans, kind: 'integer' },
          { key: 'principal', title: c.principal, kind: 'money' },
          { key: 'averagePrincipal', title: c.averagePrincipal, kind: 'money' },
        ],
        rows: byProvince,
        total: {
          province: t.total,
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

function intakeSection(
  { t, f }: Words,
  funnel: Funnel,
  years: IntakeYears,
  name: string,
): ReportSection {
  const share = (n: number) => ratio(new Dec(n), new Dec(funnel.applications));
  const s = t.intake.stages;
  const stages: [string, number][] = [
    [s.applications, funnel.applications],
    [s.approved, funnel.approved],
    [s.refused, funnel.refused],
    [s.withdrawn, funnel.withdrawn],
    [s.pending, funnel.pending],
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
  const asOf = LocalDate.parse(funnel.asOf);
  const c = t.intake.columns;
  return {
    id: 'intake',
    title: t.intake.title(name),
    intro: t.intake.intro(f, name, asOf),
    charts: [
      {
        id: 'intake-funnel',
        title: t.intake.funnelChart(name),
        // A funnel reads top down, and its stages' names are long in French.
        kind: 'horizontal-bar',
        unit: 'count',
        axisTitle: t.intake.funnelAxis,
        categoryKind: 'text',
        categories: [s.inquiries, ...stages.map(([stage]) => stage)],
        series: [
          {
            name: t.intake.funnelSeries,
            values: [String(funnel.inquiries), ...stages.map(([, n]) => String(n))],
          },
        ],
        noData: t.intake.funnelNoData(f, name, asOf),
      },
      {
        id: 'approval-rate-by-year',
        title: t.intake.rateChart(name),
        kind: 'line',
        unit: 'ratio',
        axisTitle: '%',
        categoryKind: 'text',
        categories: yearRows.map((y) => String(y.year)),
        series: [{ name: t.intake.rateSeries, values: yearRows.map((y) => y.approvalRate) }],
        noData: t.intake.rateNoData(f, name, asOf),
      },
    ],
    tables: [
      {
        id: 'intake-funnel',
        title: t.intake.funnelTable.title(name),
        description: t.intake.funnelTable.description,
        columns: [
          { key: 'stage', title: c.stage, kind: 'text' },
          { key: 'count', title: c.count, kind: 'integer' },
          { key: 'shareOfApplications', title: c.shareOfApplications, kind: 'ratio' },
        ],
        rows: [
          { stage: s.inquiries, count: funnel.inquiries, shareOfApplications: null },
          ...stages.map(([stage, n]) => ({ stage, count: n, shareOfApplications: share(n) })),
        ],
      },
      {
        id: 'intake-by-year',
        title: t.intake.byYear.title(name),
        description: t.intake.byYear.description,
        columns: [
          { key: 'year', title: c.year, kind: 'label-number' },
          { key: 'inquiries', title: s.inquiries, kind: 'integer' },
          { key: 'applications', title: s.applications, kind: 'integer' },
          { key: 'approved', title: s.approved, kind: 'integer' },
          { key: 'refused', title: s.refused, kind: 'integer' },
          { key: 'withdrawn', title: s.withdrawn, kind: 'integer' },
          { key: 'pending', title: s.pending, kind: 'integer' },
          { key: 'approvalRate', title: c.approvalRate, kind: 'ratio' },
        ],
        rows: yearRows,
        total: {
          year: t.total,
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
  { t, f }: Words,
  reasons: Reasons,
  byYear: { year: number; refusals: number }[],
  asOf: LocalDate,
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
        reason: isRefusalReasonCode(code) ? t.refusals.reasons[code] : code,
        ...perYear,
        total,
        shareOfRefusals: ratio(new Dec(total), new Dec(refusals)),
      };
    })
    .sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  const c = t.refusals.columns;
  return {
    id: 'refusals',
    title: t.refusals.title,
    intro: t.refusals.intro,
    charts: [
      {
        id: 'refusal-reasons',
        title: t.refusals.chart,
        // Twelve reasons of up to sixty letters: only a bar per line gives each its label.
        kind: 'horizontal-bar',
        unit: 'count',
        axisTitle: t.refusals.axis,
        categoryKind: 'text',
        categories: rows.map((r) => r.reason),
        series: [{ name: t.refusals.series, values: rows.map((r) => String(r.total)) }],
        noData: t.refusals.noData(f, asOf),
      },
    ],
    tables: [
      {
        id: 'refusal-reasons',
        title: t.refusals.table.title,
        description: t.refusals.table.description,
        columns: [
          { key: 'code', title: c.code, kind: 'text' },
          { key: 'reason', title: c.reason, kind: 'text' },
          ...years.map((y): ReportColumn => ({ key: `y${y}`, title: String(y), kind: 'integer' })),
          { key: 'total', title: c.total, kind: 'integer' },
          { key: 'shareOfRefusals', title: c.shareOfRefusals, kind: 'ratio' },
        ],
        rows,
        total: {
          code: t.refusals.totalLabel,
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

function earlyRepaymentSection(
  { t, f }: Words,
  early: Early,
  productName: (code: string) => string,
  asOf: LocalDate,
): ReportSection {
  const years = [...new Set(early.map((e) => e.year))];
  const feesByYear = years.map((y) =>
    Money.sum(early.filter((e) => e.year === y).map((e) => money(e.fees))).toString(),
  );
  const sum = (pick: (e: Early[number]) => string) =>
    Money.sum(early.map((e) => money(pick(e)))).toString();
  const c = t.earlyRepayments.columns;
  return {
    id: 'early-repayments',
    title: t.earlyRepayments.title,
    intro: t.earlyRepayments.intro,
    charts: [
      {
        id: 'early-repayment-fees-by-year',
        title: t.earlyRepayments.chart,
        kind: 'bar',
        unit: 'EUR',
        axisTitle: 'EUR',
        categoryKind: 'text',
        categories: years.map(String),
        series: [{ name: t.earlyRepayments.series, values: feesByYear }],
        noData: t.earlyRepayments.noData(f, asOf),
      },
    ],
    tables: [
      {
        id: 'early-repayments',
        title: t.earlyRepayments.table.title,
        description: t.earlyRepayments.table.description,
        columns: [
          { key: 'year', title: c.year, kind: 'label-number' },
          { key: 'product', title: c.product, kind: 'text' },
          { key: 'repayments', title: c.repayments, kind: 'integer' },
          { key: 'full', title: c.full, kind: 'integer' },
          { key: 'capital', title: c.capital, kind: 'money' },
          { key: 'interest', title: c.interest, kind: 'money' },
          { key: 'fees', title: c.fees, kind: 'money' },
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
          year: t.total,
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

function securitySection({ t }: Words, securities: Securities): ReportSection {
  const sum = (pick: (s: Securities[number]) => string) =>
    Money.sum(securities.map((s) => money(pick(s)))).toString();
  const isKind = (kind: string): kind is GuaranteeKind =>
    (GUARANTEE_KINDS as readonly string[]).includes(kind);
  const c = t.securities.columns;
  return {
    id: 'securities',
    title: t.securities.title,
    intro: t.securities.intro,
    charts: [],
    tables: [
      {
        id: 'securities',
        title: t.securities.table.title,
        description: t.securities.table.description,
        columns: [
          { key: 'kind', title: c.kind, kind: 'text' },
          { key: 'guarantees', title: c.guarantees, kind: 'integer' },
          { key: 'amount', title: c.amount, kind: 'money' },
          { key: 'released', title: c.released, kind: 'money' },
          { key: 'called', title: c.called, kind: 'money' },
          { key: 'remaining', title: c.remaining, kind: 'money' },
          { key: 'releaseRefusals', title: c.releaseRefusals, kind: 'integer' },
        ],
        rows: securities.map((s) => ({
          kind: isKind(s.kind) ? t.securities.kinds[s.kind] : s.kind,
          guarantees: s.guarantees,
          amount: money(s.amount).toString(),
          released: money(s.released).toString(),
          called: money(s.called).toString(),
          remaining: money(s.remaining).toString(),
          releaseRefusals: s.releaseRefusals,
        })),
        total: {
          kind: t.total,
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
// The summary at the top: its sentences, and its figures labelled for the workbook.

function summary(
  { t, f }: Words,
  s: {
    asOf: LocalDate;
    from: LocalDate;
    total: Totals;
    monthly: Monthly;
    /** Named in the report's language. */
    provinces: Provinces['rows'];
    funnel: Funnel;
    early: Early;
    funnelName: string;
  },
): { sentences: string[]; figures: ReportFigure[] } {
  const l = t.figures;
  const tot = s.total.figures;
  const sentences: string[] = [];
  const figures: ReportFigure[] = [];
  const figure = (id: string, label: string, kind: ColumnKind, value: ReportFigure['value']) =>
    figures.push({ id, label, kind, value });

  figure('active-loans', l.activeLoans, 'integer', tot.activeLoans);
  figure('outstanding', l.outstanding, 'money', tot.outstanding.toString());
  figure('par30-ratio', l.par30Ratio, 'ratio', s.total.par30Ratio);
  figure('par90-ratio', l.par90Ratio, 'ratio', s.total.par90Ratio);
  sentences.push(
    tot.activeLoans === 0
      ? t.summary.noneOutstanding(f, s.asOf)
      : t.summary.outstanding(f, {
          asOf: s.asOf,
          loans: tot.activeLoans,
          principal: tot.outstanding,
          par30: s.total.par30Ratio,
          par90: s.total.par90Ratio,
        }),
  );

  const m = s.monthly.total;
  figure('winwin-loans', l.winwinLoans, 'integer', m.loans);
  figure('winwin-principal', l.winwinPrincipal, 'money', m.principal);
  figure('winwin-average', l.winwinAverage, 'money', m.averagePrincipal);
  if (m.loans > 0) {
    const fiveYears = s.monthly.rows
      .filter((r) => r.termYears === 5)
      .reduce((n, r) => n + r.loans, 0);
    const mostLoans = [...s.provinces].sort((a, b) => b.loans - a.loans)[0];
    const highestAverage = [...s.provinces].sort((a, b) =>
      new Dec(b.averagePrincipal).comparedTo(a.averagePrincipal),
    )[0];
    figure('winwin-five-years', l.winwinFiveYears, 'integer', fiveYears);
    figure('top-province', l.topProvince, 'text', mostLoans.province);
    figure('top-province-loans', l.topProvinceLoans, 'integer', mostLoans.loans);
    figure('highest-average-province', l.highestAverageProvince, 'text', highestAverage.province);
    figure('highest-average', l.highestAverage, 'money', highestAverage.averagePrincipal);
    sentences.push(
      t.summary.winwin(f, {
        from: s.from,
        asOf: s.asOf,
        loans: m.loans,
        principal: m.principal,
        average: m.averagePrincipal,
        fiveYears,
        top: { province: mostLoans.province, loans: mostLoans.loans },
        highest: { province: highestAverage.province, average: highestAverage.averagePrincipal },
      }),
    );
  } else {
    sentences.push(t.summary.noWinwin(f, s.from, s.asOf));
  }

  const q = s.funnel;
  const name = s.funnelName;
  figure('inquiries', l.inquiries(name), 'integer', q.inquiries);
  figure('applications', l.applications(name), 'integer', q.applications);
  figure('approved', l.approved(name), 'integer', q.approved);
  figure('refused', l.refused(name), 'integer', q.refused);
  figure('withdrawn', l.withdrawn(name), 'integer', q.withdrawn);
  figure('pending', l.pending(name), 'integer', q.pending);
  figure('approval-rate', l.approvalRate(name), 'ratio', q.approvalRate);
  sentences.push(
    t.summary.funnel(f, {
      product: name,
      asOf: s.asOf,
      inquiries: q.inquiries,
      applications: q.applications,
      approved: q.approved,
      refused: q.refused,
      withdrawn: q.withdrawn,
      pending: q.pending,
      rate: q.approvalRate,
    }),
  );

  const fees = Money.sum(s.early.filter((e) => e.year >= s.from.year()).map((e) => money(e.fees)));
  figure('disbursed', l.disbursed, 'money', tot.disbursed.toString());
  figure('disbursed-loans', l.disbursedLoans, 'integer', tot.disbursedLoans);
  figure('principal-repaid', l.principalRepaid, 'money', tot.principalRepaid.toString());
  figure('defaulted-loans', l.defaultedLoans, 'integer', tot.defaultedLoans);
  figure('government-claimed', l.governmentClaimed, 'money', tot.governmentClaimed.toString());
  figure('government-exposure', l.governmentExposure, 'money', s.total.exposure.toString());
  figure('reinvestment-fees', l.fees(s.from.year()), 'money', fees.toString());
  sentences.push(
    t.summary.flows(f, {
      disbursed: tot.disbursed,
      disbursedLoans: tot.disbursedLoans,
      repaid: tot.principalRepaid,
      defaulted: tot.defaultedLoans,
      claimed: tot.governmentClaimed,
      feesFrom: s.from.year(),
      fees,
    }),
  );
  return { sentences, figures };
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
