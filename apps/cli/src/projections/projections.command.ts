import { Logger } from '@nestjs/common';
import {
  describeFailure,
  type ProjectionFailure,
  ProjectionRunner,
  type ProjectionStatus,
  ProjectionStoppedError,
} from '@loanbook/projections';
import { READ_MODEL_PROJECTIONS } from '@loanbook/projections/read-models';
import type { EventStore, SqlDatabase } from '@loanbook/event-store';
import type { AppConfig } from '../../../back-office/src/config/config';
import { EVENT_STORE, READ_MODEL_DATABASE } from '../../../back-office/src/infrastructure/tokens';
import { ReadModelsService } from '../../../back-office/src/read-models/read-models.service';
import type { ProjectionView } from '../../../back-office/src/projections/projection-view';
import {
  askBackOffice,
  CliInterruptedError,
  describeStore,
  loadCliConfig,
  runningBackOffice,
  withBackOffice,
  type CliIo,
} from '../cli-context';

/** What GET /projections answers, as the runner's own status. */
async function statusFromServer(
  config: AppConfig,
  server: NonNullable<ReturnType<typeof runningBackOffice>>,
): Promise<ProjectionStatus[]> {
  const answer = await askBackOffice<{ projections: ProjectionView[] }>(config, server, {
    path: '/projections',
    roles: ['admin'],
  });
  return answer.projections.map(({ generationStatus, caughtUp: _caughtUp, ...view }) => ({
    ...view,
    status: generationStatus,
  }));
}

/**
 * The projection commands open the back office without its in-process runner (as with
 * PROJECTIONS=external): a status is read as it stands, and a rebuild runs its own runner.
 * A back office or projector running at the same time is no harm: runners share the work.
 */
function projectionsConfig(io: CliIo): AppConfig {
  return { ...loadCliConfig(io.env), projections: 'external' };
}

/**
 * `loanbook projections status`: each projection's live generations, checkpoint and lag, and
 * the event a degraded one is stopped at.
 */
export async function runProjectionsStatus(io: CliIo, options: { json?: boolean }): Promise<void> {
  const config = projectionsConfig(io);
  // The embedded store has one owner: while the back office holds it, ask the back office.
  const server = runningBackOffice(config);
  const status = server
    ? await statusFromServer(config, server)
    : await withBackOffice(config, io, (context) => context.get(ReadModelsService).models.status());
  if (options.json) {
    io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    return;
  }
  io.stdout.write(`Projections in ${describeStore(config)}:\n${formatStatus(status)}\n`);
}

/**
 * `loanbook projections rebuild <name>`: a new generation is filled from the start of the log
 * while the active one keeps serving, then takes over; the command ends when it has.
 */
export async function runProjectionsRebuild(io: CliIo, name: string): Promise<void> {
  assertKnown(name);
  const config = projectionsConfig(io);
  io.stderr.write(`Rebuilding the projection ${name} in ${describeStore(config)}...\n`);
  const started = Date.now();
  const { generation, events, status } = await withBackOffice(
    config,
    io,
    async (context, signal) => {
      const runner = new ProjectionRunner({
        store: context.get<EventStore>(EVENT_STORE),
        database: context.get<SqlDatabase>(READ_MODEL_DATABASE),
        projections: READ_MODEL_PROJECTIONS,
        logger: new Logger('projections'),
      });
      const rebuilt = await runner.rebuild(name);
      // Ctrl-C: the runner stops after the batch in progress; the new generation stays building.
      const stop = () => void runner.stop();
      signal.addEventListener('abort', stop);
      const caughtUp = await runner
        .catchUp()
        .catch((error: unknown) => {
          // Stopped at an event it cannot apply: the status below says which.
          if (error instanceof ProjectionStoppedError) return { events: 0 };
          throw error;
        })
        .finally(() => signal.removeEventListener('abort', stop));
      if (signal.aborted) {
        throw new CliInterruptedError(
          `interrupted: generation ${rebuilt.generation} of ${name} is left building; the active generation keeps serving, and a back office or projector running the projections will finish it`,
        );
      }
      return { ...rebuilt, events: caughtUp.events, status: await runner.status() };
    },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const now = status.find((s) => s.name === name && s.status === 'active');
  if (now?.generation !== generation) {
    throw new Error(
      `generation ${generation} of ${name} was started but is not active yet (${formatStatus(status.filter((s) => s.name === name)).trim()}); a running back office or projector will finish it`,
    );
  }
  io.stdout.write(
    `Rebuilt the projection ${name} as generation ${generation} in ${seconds} s (${events.toLocaleString('en')} events read); it now serves the read models.\n${formatStatus(status)}\n`,
  );
}

/**
 * `loanbook projections retry <name>`: after a fix, forgets the event the projection is
 * stopped at and catches it up now; a running back office or projector goes on with it too.
 * Exits 1 (the failure recorded again) when the event still cannot be applied.
 */
export async function runProjectionsRetry(io: CliIo, name: string): Promise<void> {
  assertKnown(name);
  const config = projectionsConfig(io);
  const server = runningBackOffice(config);
  if (server) return retryOnServer(io, config, server, name);
  const { cleared, stopped, events, status } = await withBackOffice(
    config,
    io,
    async (context, signal) => {
      const runner = new ProjectionRunner({
        store: context.get<EventStore>(EVENT_STORE),
        database: context.get<SqlDatabase>(READ_MODEL_DATABASE),
        projections: READ_MODEL_PROJECTIONS.filter((p) => p.name === name),
        logger: new Logger('projections'),
      });
      const cleared = await runner.retry(name);
      if (cleared.length === 0) return { cleared, events: 0, status: await runner.status() };
      io.stderr.write(
        `Retrying the projection ${name} in ${describeStore(config)} from ${cleared.map((f) => `event ${f.event.id} (${f.event.type})`).join(', ')}...
`,
      );
      const stop = () => void runner.stop();
      signal.addEventListener('abort', stop);
      let stopped: readonly ProjectionFailure[] | undefined;
      let events = 0;
      try {
        events = (await runner.catchUp()).events;
      } catch (error) {
        if (!(error instanceof ProjectionStoppedError)) throw error;
        stopped = error.failures;
      } finally {
        signal.removeEventListener('abort', stop);
      }
      if (signal.aborted) {
        throw new CliInterruptedError(
          `interrupted: the projection ${name} is no longer marked as stopped; a back office or projector running the projections goes on with it`,
        );
      }
      return { cleared, stopped, events, status: await runner.status() };
    },
  );
  if (cleared.length === 0) {
    io.stdout.write(
      `The projection ${name} is not stopped at any event: nothing to retry.
${formatStatus(status)}
`,
    );
    return;
  }
  if (stopped) {
    throw new Error(
      `the projection ${name} still cannot go on: ${stopped.map(describeFailure).join('; ')}. Fix the cause (or ship a new version of the projection and rebuild it), then retry`,
    );
  }
  io.stdout.write(
    `The projection ${name} went past ${cleared.map((f) => `event ${f.event.id}`).join(', ')} and caught up (${events.toLocaleString('en')} events read).
${formatStatus(status)}
`,
  );
}

/**
 * Retry through the running back office that holds the embedded store: its runner tries the
 * event at once; the command waits (up to a minute) until the projection went past it or
 * stopped at an event again.
 */
async function retryOnServer(
  io: CliIo,
  config: AppConfig,
  server: NonNullable<ReturnType<typeof runningBackOffice>>,
  name: string,
): Promise<void> {
  const { cleared } = await askBackOffice<{ cleared: ProjectionFailure[] }>(config, server, {
    method: 'POST',
    path: `/projections/${encodeURIComponent(name)}/retry`,
    roles: ['admin'],
  });
  if (cleared.length === 0) {
    io.stdout.write(
      `The projection ${name} is not stopped at any event: nothing to retry.\n${formatStatus(await statusFromServer(config, server))}\n`,
    );
    return;
  }
  io.stderr.write(
    `Retrying the projection ${name} in the back office at ${server.url} from ${cleared.map((f) => `event ${f.event.id} (${f.event.type})`).join(', ')}...\n`,
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    const mine = (await statusFromServer(config, server)).filter((s) => s.name === name);
    const stopped = mine.flatMap((s) => (s.failure ? [s.failure] : []));
    if (stopped.length > 0) {
      throw new Error(
        `the projection ${name} still cannot go on: ${stopped.map(describeFailure).join('; ')}. Fix the cause (or ship a new version of the projection and rebuild it), then retry`,
      );
    }
    if (mine.every((s) => s.lag === 0) || Date.now() > deadline) {
      io.stdout.write(
        `The projection ${name} went past ${cleared.map((f) => `event ${f.event.id}`).join(', ')}${mine.every((s) => s.lag === 0) ? ' and caught up' : '; the back office is still catching up'}.\n${formatStatus(mine)}\n`,
      );
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function assertKnown(name: string): void {
  const known = READ_MODEL_PROJECTIONS.map((p) => p.name);
  if (!known.includes(name)) {
    throw new Error(
      `there is no projection ${JSON.stringify(name)}: choose one of ${known.join(', ')}`,
    );
  }
}

/** The status as an aligned table, then the events degraded projections are stopped at. */
export function formatStatus(rows: readonly ProjectionStatus[]): string {
  if (rows.length === 0) {
    return '  (no projections yet: the back office or the projector creates them when it first runs)';
  }
  const header = [
    'projection',
    'version',
    'generation',
    'status',
    'checkpoint',
    'head',
    'events',
    'lag',
    'caught up at',
  ];
  const cells = rows.map((r) => [
    r.name,
    String(r.version),
    String(r.generation),
    r.failure ? `degraded (${r.status})` : r.status,
    `${r.checkpoint.transactionId}/${r.checkpoint.globalPosition}`,
    `${r.head.transactionId}/${r.head.globalPosition}`,
    String(r.eventsProcessed),
    String(r.lag),
    r.caughtUpAt ?? '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (values: string[]) =>
    `  ${values.map((v, i) => v.padEnd(widths[i])).join('  ')}`.trimEnd();
  const failures = rows.flatMap((r) => (r.failure ? [r.failure] : []));
  const stopped = failures.map(
    (f) =>
      `  ${describeFailure(f)}\n    failing since ${f.firstFailedAt}, ${f.attempts} attempt(s), last at ${f.lastRetriedAt}; after a fix: npm run cli -- projections retry ${f.name}`,
  );
  return [
    line(header),
    ...cells.map(line),
    ...(stopped.length > 0
      ? ['', 'Degraded: stopped at an event they cannot apply', ...stopped]
      : []),
  ].join('\n');
}
