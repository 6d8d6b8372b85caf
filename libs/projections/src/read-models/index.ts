import type { Projection } from '../engine';
import { inquiriesProjection } from './inquiries/inquiries.projection';
import { journalProjection } from './journal/journal.projection';
import { loansProjection } from './loans/loans.projection';
import { remindersProjection } from './reminders/reminders.projection';
import { schedulesProjection } from './schedules/schedules.projection';
import { suspenseProjection } from './suspense/suspense.projection';

export * from './approval-funnel';
export * from './inquiries/inquiries.projection';
export * from './journal/journal.projection';
export * from './journal/journal.queries';
export * from './loans/loans.projection';
export * from './loans/loans.queries';
export * from './loans/search';
export * from './reminders/reminders.projection';
export * from './reports';
export * from './schedules/schedules.projection';
export * from './suspense/suspense.projection';

/** Every read model the back office and the projector keep up to date. */
export const READ_MODEL_PROJECTIONS: readonly Projection[] = [
  loansProjection,
  inquiriesProjection,
  schedulesProjection,
  remindersProjection,
  journalProjection(),
  suspenseProjection,
];
