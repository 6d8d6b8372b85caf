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
