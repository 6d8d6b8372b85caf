/** The code of conduct's documents (DOMAIN.md 4.2, 4.4, 4.5), the reminder letters and the repayment schedule (issue 22) as HTML, PDF and text. Pure: no I/O. */
export { LANGUAGES, isLanguage } from './language';
export type { Language, Translations } from './language';
export { DocumentInputError } from './errors';
export { formatAmount, formatDate, formatMonths, formatPercent, monthName } from './format';
export type { DateInput, MoneyInput, RateInput } from './format';
export { link, list, paragraph, row, rows, sectionTitle, table } from './model';
export type { AddressBlock, Block, DocumentModel, Row, Section, TableColumn } from './model';
export { renderHtml } from './render-html';
export { renderPdf } from './render-pdf';
export { renderText } from './render-text';
export { renderDocument } from './render';
export type { RenderedDocument } from './render';
export type { BorrowerDetails, LenderDetails } from './parties';
export {
  GUARANTEE_KIND_LABELS,
  GUARANTEE_RELEASE_REFUSAL_SENTENCES,
  REFUSAL_REASON_SENTENCES,
  guaranteeReleaseRefusalSentence,
  refusalReasonSentence,
} from './reason-texts';
export {
  DEFAULT_SECURITIES_INFO_URL,
  SUMMARY_INFORMATION_HEADINGS,
  summaryInformationDocument,
} from './summary-information';
export type {
  CostItem,
  EarlyRepaymentTerms,
  OfferScheduleFigures,
  SecurityItem,
  SummaryInformationInput,
  SummaryInformationRate,
} from './summary-information';
export { writtenRefusalStatement } from './refusal-statement';
export type { WrittenRefusalInput } from './refusal-statement';
export { guaranteeReleaseRefusalNotice } from './guarantee-release-refusal';
export type { GuaranteeReleaseRefusalInput } from './guarantee-release-refusal';
export {
  DEFAULT_PAYMENT_DAYS,
  REMINDER_LETTER_LEVELS,
  reminderLetter,
  reminderLetterTitle,
} from './reminder-letter';
export type { ReminderLetterInput, ReminderLetterLevel } from './reminder-letter';
export { repaymentSchedule, repaymentScheduleTitle, scheduleRows } from './repayment-schedule';
export type { RepaymentScheduleInput } from './repayment-schedule';
