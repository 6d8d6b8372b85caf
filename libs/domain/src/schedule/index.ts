export { DEFAULT_SCHEDULE_CONVENTIONS, computeSchedule, periodsPerYear } from './schedule';
export type {
  Instalment,
  Schedule,
  ScheduleConventions,
  ScheduleTerms,
  ScheduleTotals,
} from './schedule';
