import { Logger } from '@nestjs/common';
import { ProjectionRunner, type ProjectionStatus } from '@loanbook/projections';
import { READ_MODEL_PROJECTIONS } from '@loanbook/projections/read-models';
import type { EventStore, SqlDatabase } from '@loanbook/event-store';
import type { AppConfig } from '../../../back-office/src/config/config';
import { EVENT_STORE, READ_MODEL_DATABASE } from '../../../back-office/src/infrastructure/tokens';
import { ReadModelsService } from '../../../back-office/src/read-models/read-models.service';
import {
  CliInterruptedError,
  describeStore,
  loadCliConfig,
  withBackOffice,
  type CliIo,
} from '../cli-context';

/**
 * The projection commands open the back office without its in-process runner (as with
 * PROJECTIONS=external): a status is read as it stands, and a rebuild runs its own runner.
 * A back office or projector running at the same time is no harm: runners share the work.
 */
function projectionsConfig(io: CliIo): AppConfig {
  return { ...loadCliConfig(io.env), projections: 'external' };
}

/** `loanbook projections status`: each projection's live generations, checkpoint and lag. */
export async function runProjectionsStatus(io: CliIo, options: { json?: boolean }): Promise<void> {
  const config = projectionsConfig(io);
  const status = await withBackOffice(config, io, (context) =>
    context.get(ReadModelsService).models.status(),
  );
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
  const known = READ_MODEL_PROJECTIONS.map((p) => p.name);
  if (!known.includes(name)) {
    throw new Error(
      `there is no projection ${JSON.stringify(name)}: choose one of ${known.join(', ')}`,
    );
  }
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

/** The status as an aligned table. */
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
    'events',
    'lag',
    'caught up at',
  ];
  const cells = rows.map((r) => [
    r.name,
    String(r.version),
    String(r.generation),
    r.status,
    `${r.checkpoint.transactionId}/${r.checkpoint.globalPosition}`,
    String(r.eventsProcessed),
    String(r.lag),
    r.caughtUpAt ?? '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (values: string[]) =>
    `  ${values.map((v, i) => v.padEnd(widths[i])).join('  ')}`.trimEnd();
  return [line(header), ...cells.map(line)].join('\n');
}
