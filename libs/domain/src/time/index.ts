export {
  DateFormatError,
  MonthFormatError,
  addMonthsClamped,
  formatBusinessDate,
  formatMonth,
  isBusinessDate,
  isMonth,
  parseBusinessDate,
  parseMonth,
} from './business-date';
export { BUSINESS_TIME_ZONE, businessDateAt, fixedClock, systemClock } from './clock';
export type { Clock } from './clock';
export {
  DEFAULT_DUE_DATE_CONVENTION,
  DUE_DATE_CONVENTIONS,
  dueDateShiftOf,
  holidaysMovingDueDates,
  isWeekend,
  shiftDueDate,
} from './due-date-shift';
export type { DueDateConvention, DueDateShift, HolidayCalendar } from './due-date-shift';
