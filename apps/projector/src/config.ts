/** The projector's configuration, from the environment; every problem named with what to set. */
export interface ProjectorConfig {
  databaseUrl: string;
  databaseSchema: string;
  batchSize: number;
  pollIntervalMs: number;
  logLevel: string;
}

export class ProjectorConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ProjectorConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadProjectorConfig(env: NodeJS.ProcessEnv = process.env): ProjectorConfig {
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
      'EVENT_STORE=pglite: the embedded store belongs to the back office process, which runs the projections itself (PROJECTIONS=in-process); run the projector with EVENT_STORE=postgres',
    );
  } else if (store !== 'postgres') {
    problems.push(
      `EVENT_STORE=${store} is not supported by the projector: set EVENT_STORE=postgres`,
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

  if (problems.length > 0) throw new ProjectorConfigError(problems);
  return { databaseUrl, databaseSchema, batchSize, pollIntervalMs, logLevel };
}
