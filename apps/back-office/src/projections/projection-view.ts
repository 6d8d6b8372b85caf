import type { ProjectionFailure, ProjectionStatus } from '@loanbook/projections';

/**
 * One live generation of a projection as the API shows it. `status` is `degraded` while the
 * generation is stopped at an event it cannot apply (`failure`), whatever its place:
 * `generationStatus` tells whether it is the one serving reads (`active`) or a build.
 */
export interface ProjectionView {
  name: string;
  version: number;
  generation: number;
  status: 'active' | 'building' | 'degraded';
  generationStatus: 'active' | 'building';
  /** The last event read: (transactionId, globalPosition) in the global log. */
  checkpoint: { transactionId: string; globalPosition: number };
  eventsProcessed: number;
  /** Events in the log after the checkpoint: how far behind the head it is. */
  lag: number;
  /** The event store's last event. */
  head: { transactionId: string; globalPosition: number };
  /** Nothing left to read and not stopped: its reads are as current as the log. */
  caughtUp: boolean;
  createdAt: string;
  updatedAt: string;
  caughtUpAt: string | null;
  failure: ProjectionFailure | null;
}

export function toProjectionView(s: ProjectionStatus): ProjectionView {
  return {
    name: s.name,
    version: s.version,
    generation: s.generation,
    status: s.failure ? 'degraded' : s.status,
    generationStatus: s.status,
    checkpoint: s.checkpoint,
    eventsProcessed: s.eventsProcessed,
    lag: s.lag,
    head: s.head,
    caughtUp: s.lag === 0 && s.failure === null,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    caughtUpAt: s.caughtUpAt,
    failure: s.failure,
  };
}
