import { isAbsolute, resolve } from 'node:path';
import { parseBusinessDate } from '@loanbook/domain';
import type { LocalDate } from '@js-joda/core';

export type EventStoreKind = 'pglite' | 'postgres';

export interface AppConfig {
  port: number;
  eventStore: EventStoreKind;
  /** Where the embedded store keeps its files. */
  dataDir: string;
  databaseUrl?: string;
  /** PostgreSQL schema holding Loanbook's tables (one database can host several installations). */
  databaseSchema: string;
  logLevel: string;
  /** `in-process`: the back office keeps its read models; `external`: apps/projector does. */
  projections: 'in-process' | 'external';
  /** Start of the Impulskrediet's 6.75 % rate, unknown in the sources (DOMAIN.md 3.1). */
  impulskrediet675From?: LocalDate;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and checks the configuration; every problem is named with what to set. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === '' ? undefined : v;
  };

  let port = 3000;
  const rawPort = value('PORT');
  if (rawPort !== undefined) {
    port = Number(rawPort);
    if (!/^\d+$/.test(rawPort) || port < 1 || port > 65535) {
      problems.push(
        `PORT=${rawPort} is not a port: set PORT to a whole number from 1 to 65535 (default 3000)`,
      );
    }
  }

  const rawStore = value('EVENT_STORE') ?? 'pglite';
  if (rawStore !== 'pglite' && rawStore !== 'postgres') {
    problems.push(
      `EVENT_STORE=${rawStore} is not supported: set EVENT_STORE to pglite (embedded, the default) or postgres (with DATABASE_URL)`,
    );
  }
  const eventStore = rawStore as EventStoreKind;

  const rawDataDir = value('DATA_DIR') ?? './data';
  const dataDir = isAbsolute(rawDataDir) ? rawDataDir : resolve(process.cwd(), rawDataDir);

  const databaseUrl = value('DATABASE_URL');
  if (eventStore === 'postgres') {
    if (databaseUrl === undefined) {
      problems.push(
        'EVENT_STORE=postgres needs DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/loanbook',
      );
    } else if (!isPostgresUrl(databaseUrl)) {
      problems.push(
        `DATABASE_URL is not a PostgreSQL URL: set it like postgres://user:password@host:5432/database`,
      );
    }
  }

  const databaseSchema = value('DATABASE_SCHEMA') ?? 'loanbook';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) {
    problems.push(
      `DATABASE_SCHEMA=${databaseSchema} is not a plain lower-case SQL identifier: set it like loanbook`,
    );
  }

  const logLevel = value('LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(
      `LOG_LEVEL=${logLevel} is not a level: set it to one of ${LOG_LEVELS.join(', ')}`,
    );
  }

  const projections = value('PROJECTIONS') ?? 'in-process';
  if (projections !== 'in-process' && projections !== 'external') {
    problems.push(
      `PROJECTIONS=${projections} is not valid: set it to in-process (the default) or external (a separate projector process keeps the read models)`,
    );
  }

  let impulskrediet675From: LocalDate | undefined;
  const raw675 = value('IMPULSKREDIET_675_FROM');
  if (raw675 !== undefined) {
    try {
      impulskrediet675From = parseBusinessDate(raw675);
    } catch {
      problems.push(
        `IMPULSKREDIET_675_FROM=${raw675} is not a date: set it as YYYY-MM-DD, before 2021-02-01`,
      );
    }
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    eventStore,
    dataDir,
    databaseUrl,
    databaseSchema,
    logLevel,
    projections: projections as AppConfig['projections'],
    impulskrediet675From,
  };
}

function isPostgresUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'postgres:' || u.protocol === 'postgresql:';
  } catch {
    return false;
  }
}
