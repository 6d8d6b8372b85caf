import { cpus } from 'node:os';
import { type CatchUpFigures, measureCatchUp } from '../support/catch-up';
import { EVENTS_PER_LOAN } from '../support/loan-events';
import { listShares, pct } from './profile';
import type { Benchmark, Measurement } from './types';

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const fmt1 = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** Why the runner misses its aim, from the CPU it used and a profile of a second catch-up. */
export function whereTheTimeGoes(f: CatchUpFigures): string {
  const cores = cpus().length;
  const parts: string[] = [];
  if (f.runnerCpu) {
    const perEvent = f.runnerCpu.serverUs + f.runnerCpu.clientUs;
    const ceiling = (cores * 1e6) / perEvent;
    parts.push(
      `Aim missed: at ${fmt1(perEvent)} µs of CPU an event, ${cores} cores allow about ` +
        `${fmt(ceiling)} events/s, and the runner reaches ${pct(f.runnerPerSecond / ceiling)} of ` +
        `that. PostgreSQL's share is two sessions: the read (readAll alone: ` +
        `${fmt(f.readAllPerSecond)} events/s, sorted by (transaction_id, global_position), data ` +
        `and metadata sent as JSON) and the apply (the batch as one jsonb document, folded per ` +
        `loan and upserted).`,
    );
  }
  const p = f.runnerProfile;
  if (p) {
    parts.push(
      `A CPU profile of this process during a second catch-up (a rebuild, untimed): idle ` +
        `${pct(p.idle)} (waiting for PostgreSQL; the next batch is read while one is applied), ` +
        `garbage collection ${pct(p.garbageCollector)}, ${listShares(p.components)}; by ` +
        `function: ${listShares(p.functions.slice(0, 4))} (parseRow is the driver's JSON.parse ` +
        `of each row's data and metadata).`,
    );
  }
  parts.push(
    'What would close the gap: less work per event on both sides: read only the event types ' +
      'a projection handles (a type filter in readAll; here one event in ten is a type it ' +
      'skips), and hand the apply the JSON as read instead of parsing it into objects and ' +
      'serialising it again; or more cores, as the read, the apply and this process each ' +
      'keep one busy.',
  );
  return parts.join(' ');
}

/**
 * Projection catch-up from zero (issue 9, item 3): the engine with a per-loan summary projection
 * over 1,000,000 generated events (quick: 100,000), against a sequential scan of the events table
 * through the same driver, in the same run.
 */
export const projectionCatchUp: Benchmark = async (ctx) => {
  const events = ctx.quick ? 100_000 : 1_000_000;
  const f = await measureCatchUp(
    {
      events: events - (events % EVENTS_PER_LOAN),
      batchSize: 5000,
      databaseUrl: ctx.databaseUrl,
      profile: true,
    },
    ctx.log,
  );
  const scan = {
    subject: 'sequential scan of the events table',
    value: f.scanPerSecond,
    unit: 'rows/s',
  };
  const ratio = f.runnerPerSecond / f.scanPerSecond;
  const met = ratio >= 0.2 && f.runnerPerSecond >= 100_000;
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
        met,
      },
      note:
        `${fmt(f.events)} events, batches of ${fmt(f.batchSize)}` +
        (f.runnerCpu
          ? `; CPU per event: PostgreSQL ${fmt1(f.runnerCpu.serverUs)} µs, this process ${fmt1(f.runnerCpu.clientUs)} µs`
          : '') +
        (met ? '' : `. ${whereTheTimeGoes(f)}`),
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
