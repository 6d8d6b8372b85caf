export { renderHtml, escapeHtml } from './html';
export { renderCsv, renderCsvFile } from './csv';
export type { CsvFile } from './csv';
export { renderXlsx, exactNumber, SheetNames, XLSX_FORMATS } from './xlsx';
export {
  renderChartSvg,
  chartIsEmpty,
  CHART_PALETTE,
  DEFAULT_CHART_WIDTH,
  DEFAULT_CHART_HEIGHT,
} from './charts';
export type { ChartSvgOptions } from './charts';
export {
  NO_VALUE,
  formatCell,
  formatFigure,
  formatInstant,
  formatInteger,
  formatIsoDate,
  formatLongDate,
  formatLongMonth,
  formatMoney,
  formatMonth,
  formatRatio,
  isMoneyText,
  isNumericKind,
} from './format';
export { neutraliseFormula, writeCsv } from './tabular';
