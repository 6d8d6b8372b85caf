import { measureCatchUp } from '../support/catch-up';
import { EVENTS_PER_LOAN } from '../support/loan-events';
import type { Benchmark, Measurement } from './types';

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Projection catch-up from zero (issue 9, item 3): the engine with a per-loan summary projection
 * over 1,000,000 generated events (quick: 100,000), against a sequential scan of the events table
 * through the same driver, in the same run.
 */
export const projectionCatchUp: Benchmark = async (ctx) => {
  const events = ctx.quick ? 100_000 : 1_000_000;
  const f = await measureCatchUp(
    { events: events - (events % EVENTS_PER_LOAN), batchSize: 5000, databaseUrl: ctx.databaseUrl },
    ctx.log,
  );
  const scan = {
    subject: 'sequential scan of the events table',
    value: f.scanPerSecond,
    unit: 'rows/s',
  };
  const ratio = f.runnerPerSecond / f.scanPerSecond;
  const rows: Measurement[] = [
    {
      section: 'Projection catch-up',
      subject: 'ProjectionRunner from zero, one projection (per-loan summary)',
      store: 'PostgreSQL',
      value: f.runnerPerSecond,
      unit: 'events/s',
      baseline: scan,
      ratio,
      aim: {
        description: '≥ 0.2 × the scan and ≥ 100,000 events/s',
        met: ratio >= 0.2 && f.runnerPerSecond >= 100_000,
      },
      note: `${fmt(f.events)} events, batches of ${fmt(f.batchSize)}`,
    },
    {
      section: 'Projection catch-up',
      subject: 'readAll alone (the runner’s read path)',
      store: 'PostgreSQL',
      value: f.readAllPerSecond,
      unit: 'events/s',
      baseline: scan,
      ratio: f.readAllPerSecond / f.scanPerSecond,
      note: 'ordered by (transaction_id, global_position) below the oldest running transaction',
    },
  ];
  return rows;
};
