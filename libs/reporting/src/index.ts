export * from './model';
export { assemblePortfolioReport } from './assemble/portfolio-report';
export type { PortfolioReportOptions } from './assemble/portfolio-report';
export * from './render';
export { writeReportFiles } from './write-files';
export type { ReportFiles } from './write-files';
export { dropKnownAt, readModelsKnownAt } from './assemble/known-at';
export { REPORT_TEXTS } from './i18n';
export type { ReportTexts } from './i18n';
