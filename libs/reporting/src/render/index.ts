export { renderHtml, escapeHtml } from './html';
export { renderCsv, renderCsvFile } from './csv';
export type { CsvFile } from './csv';
export { renderXlsx, exactNumber, SheetNames, xlsxFormats } from './xlsx';
export type { XlsxFormats } from './xlsx';
export {
  renderChartSvg,
  chartIsEmpty,
  CHART_PALETTE,
  DEFAULT_CHART_WIDTH,
  DEFAULT_CHART_HEIGHT,
} from './charts';
export type { ChartSvgOptions } from './charts';
export { NO_VALUE, formatCell, formatFigure, isMoneyText, isNumericKind } from './format';
export { neutraliseFormula, writeCsv } from './tabular';
