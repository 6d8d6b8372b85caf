import { LOCALE_LANGUAGES, type LocaleLanguage } from '@loanbook/locale';

/**
 * The portfolio report as data: what the assembly (`assemble/`) produces from the read models
 * and every renderer (HTML, CSV, XLSX) reads. Its texts (titles, sentences, labels) are written
 * in the report's language; its figures are not formatted: amounts stay exact decimal strings
 * ("63679942.23"), dates and months ISO, until a renderer formats them for that language, so the
 * three formats cannot disagree by a cent.
 */

/** The report's languages: Dutch (the default), French, English. */
export const REPORT_LANGUAGES = LOCALE_LANGUAGES;
export type ReportLanguage = LocaleLanguage;
export const DEFAULT_REPORT_LANGUAGE: ReportLanguage = 'nl';

/** How a column's cells are typed, and so formatted and stored by each renderer. */
export type ColumnKind =
  /** Free text. */
  | 'text'
  /** A count: a JavaScript integer. */
  | 'integer'
  /** EUR, a decimal string with exactly 2 places ("1234.50", "-3.00"). */
  | 'money'
  /** A fraction, a decimal string with 4 places ("0.4900" = 49.00 %). */
  | 'ratio'
  /** An ISO business date, "2021-05-31". */
  | 'date'
  /** A month, "2021-05". */
  | 'month'
  /** A year or another whole label that is not a count ("2021", a term of 5 years). */
  | 'label-number';

export interface ReportColumn {
  /** The key of the cell in each row: stable, whatever the language (JSON, the API's CSV). */
  readonly key: string;
  /** What a reader sees as the header (HTML, XLSX, the report's CSV files). */
  readonly title: string;
  readonly kind: ColumnKind;
}

/** A cell: a string for text, money, ratio, date and month; a number for integers and labels; null when there is no value (a ratio without a denominator). */
export type ReportCell = string | number | null;

export type ReportRow = Readonly<Record<string, ReportCell>>;

export interface ReportTable {
  /** Stable, file-name safe: the CSV file is `<id>.csv`, the XLSX sheet is named from `title`. */
  readonly id: string;
  readonly title: string;
  /** One or two sentences: what is counted, which dates decide. */
  readonly description: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportRow[];
  /** A totals row, shown and exported after the rows (in CSV as a last row). */
  readonly total?: ReportRow;
}

/** `horizontal-bar`: categories down the side, for long labels or many of them. */
export type ChartKind = 'stacked-bar' | 'bar' | 'horizontal-bar' | 'line';

/** The unit of a chart's values, for its axis ticks and the labels on its bars and points. */
export type ChartUnit = 'EUR' | 'count' | 'ratio';

export interface ChartSeries {
  readonly name: string;
  /** One value per category, as exact decimal strings (money, ratio) or integer strings (counts); null: no value. */
  readonly values: readonly (string | null)[];
}

export interface ReportChart {
  /** Stable, HTML id safe: the SVG is drawn inside an element with `data-chart="<id>"`. */
  readonly id: string;
  readonly title: string;
  readonly kind: ChartKind;
  readonly unit: ChartUnit;
  /** The value axis's name, with its unit: "EUR", "Aantal leningen", "%". */
  readonly axisTitle: string;
  /** What the categories are: text as it is, or months ("2021-05") the renderer names. */
  readonly categoryKind: 'text' | 'month';
  /** The category axis, in order. */
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** The sentence shown instead of the chart when it has nothing to draw. */
  readonly noData: string;
}

/** A figure the summary speaks of, labelled: a row of the workbook's summary sheet. */
export interface ReportFigure {
  readonly id: string;
  readonly label: string;
  readonly kind: ColumnKind;
  readonly value: ReportCell;
}

/** A headline figure shown at the top of the page. */
export interface HeadlineFigure {
  readonly id: string;
  readonly label: string;
  readonly kind: ColumnKind;
  readonly value: ReportCell;
  /** A short line under the figure, e.g. "3,393 loans, average EUR 18,768.03". */
  readonly note?: string;
}

export interface ReportSection {
  readonly id: string;
  readonly title: string;
  /** Sentences that say what the section shows. */
  readonly intro: string;
  readonly charts: readonly ReportChart[];
  readonly tables: readonly ReportTable[];
}

export interface PortfolioReport {
  /** The language of its texts, and so of every renderer's formats. */
  readonly language: ReportLanguage;
  readonly title: string;
  /** Events effective on or before this business date count. */
  readonly asOf: string;
  /** Only events recorded at or before this instant count (ISO instant); null: all recorded so far. */
  readonly knownAt: string | null;
  /** The period for flows (registrations, disbursements, repayments, defaults): from this date to asOf, both included. */
  readonly period: { readonly from: string; readonly to: string };
  /** When the report was made (ISO instant). */
  readonly generatedAt: string;
  /** The global log position the read models had reached. */
  readonly position: number;
  /** The text summary at the top: a few sentences with the headline figures. */
  readonly summary: readonly string[];
  /** Every figure of the summary, labelled (the workbook shows these, not the sentences). */
  readonly figures: readonly ReportFigure[];
  readonly headlines: readonly HeadlineFigure[];
  readonly sections: readonly ReportSection[];
}

/** Every table of the report, in the order of its sections. */
export function reportTables(report: PortfolioReport): ReportTable[] {
  return report.sections.flatMap((s) => [...s.tables]);
}

/** Every chart of the report, in the order of its sections. */
export function reportCharts(report: PortfolioReport): ReportChart[] {
  return report.sections.flatMap((s) => [...s.charts]);
}
