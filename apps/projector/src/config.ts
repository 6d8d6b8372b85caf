import { type KafkaRelaySettings, loadKafkaRelaySettings } from '@loanbook/messaging';

/** The projector's configuration, from the environment; every problem named with what to set. */
export interface ProjectorConfig {
  /** Where the events are: postgres (DATABASE_URL) or kurrentdb (KURRENTDB_URL). */
  eventStore: 'postgres' | 'kurrentdb';
  kurrentdbUrl?: string;
  /** The read models' PostgreSQL (and, with postgres, the events'). */
  databaseUrl: string;
  databaseSchema: string;
  batchSize: number;
  pollIntervalMs: number;
  logLevel: string;
  /** The projections this process keeps (PROJECTOR_PROJECTIONS); undefined: all of them. */
  projections?: string[];
  /** The Kafka relay, when KAFKA_BROKERS is set and RELAY is not off. */
  relay?: KafkaRelaySettings;
}

export class ProjectorConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ProjectorConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadProjectorConfig(
  env: NodeJS.ProcessEnv = process.env,
  known: readonly string[] = [],
): ProjectorConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === '' ? undefined : v;
  };
  const positive = (name: string, fallback: number, max: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < 1 || n > max) {
      problems.push(
        `${name}=${raw} is not valid: set it to a whole number from 1 to ${max} (default ${fallback})`,
      );
      return fallback;
    }
    return n;
  };

  const store = value('EVENT_STORE') ?? 'postgres';
  if (store === 'pglite') {
    problems.push(
      'EVENT_STORE=pglite: the embedded store belongs to the back office process, which runs the projections itself (PROJECTIONS=in-process); run the projector with EVENT_STORE=postgres or kurrentdb',
    );
  } else if (store !== 'postgres' && store !== 'kurrentdb') {
    problems.push(
      `EVENT_STORE=${store} is not supported by the projector: set EVENT_STORE=postgres or kurrentdb`,
    );
  }
  const kurrentdbUrl = value('KURRENTDB_URL');
  if (
    store === 'kurrentdb' &&
    !/^(kurrentdb|kdb|esdb)(\+discover)?:\/\//.test(kurrentdbUrl ?? '')
  ) {
    problems.push(
      'EVENT_STORE=kurrentdb needs KURRENTDB_URL, a KurrentDB connection string like kurrentdb://host:2113?tls=false',
    );
  }

  const databaseUrl = value('DATABASE_URL') ?? '';
  if (!databaseUrl) {
    problems.push('DATABASE_URL is required, e.g. postgres://postgres@127.0.0.1:5432/loanbook');
  } else if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(
      'DATABASE_URL is not a PostgreSQL URL: set it like postgres://user:password@host:5432/database',
    );
  }

  const databaseSchema = value('DATABASE_SCHEMA') ?? 'loanbook';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema) || databaseSchema.startsWith('pg_')) {
    problems.push(
      `DATABASE_SCHEMA=${databaseSchema} is not a plain lower-case SQL identifier: set it like loanbook`,
    );
  }

  const logLevel = value('LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL=${logLevel} is not a level: use one of ${LOG_LEVELS.join(', ')}`);
  }

  // Larger than the runner's default: a projector has PostgreSQL and the process to itself.
  const batchSize = positive('PROJECTOR_BATCH_SIZE', 5000, 50_000);
  const pollIntervalMs = positive('PROJECTOR_POLL_INTERVAL_MS', 500, 60_000);

  // Several projector processes can share the work: each keeps some projections, one relays.
  let projections: string[] | undefined;
  const rawProjections = value('PROJECTOR_PROJECTIONS');
  if (rawProjections === 'none') projections = [];
  else if (rawProjections !== undefined) {
    projections = [...new Set(rawProjections.split(',').map((p) => p.trim()))];
    const unknown = projections.filter((p) => !known.includes(p));
    if (unknown.length > 0 || projections.length === 0) {
      problems.push(
        `PROJECTOR_PROJECTIONS=${rawProjections} names unknown projections: use a comma-separated list of ${known.join(', ')}, or none`,
      );
    }
  }

  const rawRelay = value('RELAY') ?? 'on';
  if (rawRelay !== 'on' && rawRelay !== 'off') {
    problems.push(`RELAY=${rawRelay} must be on or off: whether this projector publishes to Kafka`);
  }
  const kafka = loadKafkaRelaySettings(env, problems);
  const relay = rawRelay === 'off' ? undefined : kafka;
  if (projections?.length === 0 && !relay) {
    problems.push(
      'PROJECTOR_PROJECTIONS=none and no relay (KAFKA_BROKERS unset or RELAY=off): this projector would do nothing',
    );
  }

  if (problems.length > 0) throw new ProjectorConfigError(problems);
  return {
    eventStore: store === 'kurrentdb' ? 'kurrentdb' : 'postgres',
    kurrentdbUrl: store === 'kurrentdb' ? kurrentdbUrl : undefined,
    databaseUrl,
    databaseSchema,
    batchSize,
    pollIntervalMs,
    logLevel,
    projections,
    relay,
  };
}
