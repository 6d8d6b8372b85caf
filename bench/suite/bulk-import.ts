import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { type NewEvent, PostgresEventStore, type StreamAppend } from '@loanbook/event-store';
import { EVENTS_PER_LOAN, generateLoanEvents } from '../support/loan-events';
import { type Benchmark, type Measurement, secondsSince } from './types';

/** Streams per appendToStreams (one transaction) and appends in flight: as the report bench loads. */
const STREAMS_PER_APPEND = 250;
const CONCURRENCY = 2;
/** Streams read back at a time from the generated log. */
const READ_STREAMS = 2_000;
const COPY_COLUMNS = 'event_id, stream_id, stream_version, type, data, metadata';

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

/**
 * Bulk import (issue 9, item 2): events/s appending a generated log of 1,000,000 events (quick:
 * 50,000) with appendToStreams, against COPY of the same rows into a table of the same shape and
 * indexes. The demo portfolio through the command handler is the Demo section's (demo.ts).
 */
export const bulkImport: Benchmark = async (ctx) => {
  const admin = new Client({ connectionString: ctx.databaseUrl });
  await admin.connect();
  const tag = randomBytes(4).toString('hex');
  const made: string[] = [];
  const schema = (name: string) => {
    const s = `bench_${name}_${tag}`;
    made.push(s);
    return s;
  };
  try {
    const rows: Measurement[] = [];
    const events = ctx.quick ? 50_000 : 1_000_000;
    rows.push(...(await generatedLog(ctx.databaseUrl, admin, schema, events, ctx.log)));
    return rows;
  } finally {
    for (const s of made)
      await admin.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`).catch(() => undefined);
    await admin.end();
  }
};

async function generatedLog(
  url: string,
  admin: Client,
  schema: (name: string) => string,
  events: number,
  log: (line: string) => void,
): Promise<Measurement[]> {
  const total = events - (events % EVENTS_PER_LOAN);
  const source = new PostgresEventStore({ connectionString: url, schema: schema('bulk_src') });
  const target = new PostgresEventStore({
    connectionString: url,
    schema: schema('bulk'),
    poolSize: CONCURRENCY + 1,
    applicationName: 'loanbook-bench',
  });
  try {
    await source.init();
    await target.init();
    log(`bulk import: generating ${fmt(total)} events`);
    await generateLoanEvents(admin, source.schema, total);
    log("bulk import: appending them with appendToStreams, each loan's history at once");
    const versions = new Map<string, number>();
    let appendSeconds = 0;
    let appended = 0;
    // Read back per stream (setup, untimed): a portfolio is imported loan by loan, whole.
    for (let after = ''; ;) {
      const { rows } = await admin.query<{
        event_id: string;
        stream_id: string;
        type: string;
        data: Record<string, unknown>;
        metadata: NewEvent['metadata'];
      }>(
        `SELECT event_id, stream_id, type, data, metadata FROM "${source.schema}".events
          WHERE stream_id > $1 AND stream_id IN (
            SELECT DISTINCT stream_id FROM "${source.schema}".events WHERE stream_id > $1
             ORDER BY stream_id LIMIT ${READ_STREAMS})
          ORDER BY stream_id, stream_version`,
        [after],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].stream_id;
      const byStream = new Map<string, StreamAppend>();
      for (const r of rows) {
        let append = byStream.get(r.stream_id);
        if (!append) {
          append = {
            streamId: r.stream_id,
            events: [],
            expectedVersion: versions.get(r.stream_id) ?? 0,
          };
          byStream.set(r.stream_id, append);
        }
        append.events.push({
          eventId: r.event_id,
          type: r.type,
          data: r.data,
          metadata: r.metadata,
        });
      }
      const appends = [...byStream.values()];
      for (const a of appends) {
        versions.set(a.streamId, (a.expectedVersion as number) + a.events.length);
      }
      const started = process.hrtime.bigint();
      const chunks: StreamAppend[][] = [];
      for (let i = 0; i < appends.length; i += STREAMS_PER_APPEND) {
        chunks.push(appends.slice(i, i + STREAMS_PER_APPEND));
      }
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
            await target.appendToStreams(chunk);
          }
        }),
      );
      appendSeconds += secondsSince(started);
      appended += rows.length;
    }
    if (appended !== total) throw new Error(`appended ${appended} events, not ${total}`);
    const copy = await copyBaseline(url, admin, target.schema, log);
    const value = Math.floor(total / appendSeconds);
    return [
      {
        section: 'Bulk import',
        subject:
          'generated log: appendToStreams, whole loan histories, 250 streams a transaction, 2 in flight',
        store: 'PostgreSQL',
        value,
        unit: 'events/s',
        baseline: copy,
        ratio: value / copy.value,
        aim: { description: '≥ 0.3 × COPY', met: value / copy.value >= 0.3 },
        note:
          `${fmt(total)} events of ${fmt(total / EVENTS_PER_LOAN)} loans. Where the time goes: each stream is one ` +
          `append_to_stream call (a round trip, its advisory lock, the id and version checks, the streams row) inside ` +
          `the batch's transaction: ${(((appendSeconds * 1000) / (total / EVENTS_PER_LOAN)) * CONCURRENCY).toFixed(2)} ms ` +
          `per loan of ${EVENTS_PER_LOAN} events, where COPY only writes rows. What would close the gap: one ` +
          'set-based statement per batch for all its streams (versions checked with one UPDATE … FROM unnest, ' +
          'events inserted from arrays)',
      },
    ];
  } finally {
    await source.close();
    await target.close();
  }
}

/**
 * COPY of the same rows (the log as appended, exported to a file first, untimed) into a table
 * like `events` with its indexes and defaults, through the same driver: rows/s.
 */
async function copyBaseline(
  url: string,
  admin: Client,
  schema: string,
  log: (line: string) => void,
): Promise<{ subject: string; value: number; unit: string }> {
  const file = join(tmpdir(), `loanbook-bench-copy-${schema}.tsv`);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await pipeline(
      client.query(
        copyTo(
          `COPY (SELECT ${COPY_COLUMNS} FROM "${schema}".events ORDER BY global_position) TO STDOUT`,
        ),
      ),
      createWriteStream(file),
    );
    await admin.query(
      `CREATE TABLE "${schema}".copied_events (LIKE "${schema}".events INCLUDING ALL)`,
    );
    const [{ n }] = (
      await admin.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}".events`)
    ).rows;
    log(`bulk import: COPY of the same ${fmt(Number(n))} rows`);
    const started = process.hrtime.bigint();
    await pipeline(
      createReadStream(file),
      client.query(copyFrom(`COPY "${schema}".copied_events (${COPY_COLUMNS}) FROM STDIN`)),
    );
    const seconds = secondsSince(started);
    return {
      subject: 'COPY of the same rows',
      value: Math.floor(Number(n) / seconds),
      unit: 'rows/s',
    };
  } finally {
    await client.end();
    await rm(file, { force: true });
  }
}
