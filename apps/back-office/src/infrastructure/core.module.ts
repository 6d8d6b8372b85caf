import { join } from 'node:path';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { defaultCatalogue, systemClock, type Clock } from '@loanbook/domain';
import {
  createEventStore,
  hasSqlDatabase,
  PostgresEventStore,
  type EventStore,
  type SqlDatabase,
  type SqlEventStore,
} from '@loanbook/event-store';
import type { AppConfig } from '../config/config';
import { loadPersonalDataKeys } from '../people/master-key';
import { EventStoreLifecycle } from './event-store.lifecycle';
import {
  APP_CONFIG,
  CATALOGUE,
  CLOCK,
  EVENT_STORE,
  PERSONAL_DATA_KEYS,
  READ_MODEL_DATABASE,
  READ_SIDE,
} from './tokens';

export interface CoreOverrides {
  /** A store built by the caller (tests); otherwise one is made from the configuration. */
  eventStore?: EventStore;
  clock?: Clock;
  /** Who opens the embedded store, for the message a second process gets (data-dir-lock.ts). */
  storeOwner?: string;
}

const TOKENS = [
  APP_CONFIG,
  EVENT_STORE,
  CLOCK,
  CATALOGUE,
  READ_SIDE,
  READ_MODEL_DATABASE,
  PERSONAL_DATA_KEYS,
];

/**
 * What every feature needs and none owns: the configuration, the event store and the database
 * of the read models, the clock, the product catalogue, the personal data keys. Global, so that
 * a feature module imports features, not plumbing.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, overrides: CoreOverrides = {}): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        {
          provide: EVENT_STORE,
          useFactory: () => overrides.eventStore ?? eventStoreFor(config, overrides.storeOwner),
        },
        { provide: CLOCK, useValue: overrides.clock ?? systemClock },
        {
          provide: CATALOGUE,
          useFactory: () => defaultCatalogue({ impulskrediet675From: config.impulskrediet675From }),
        },
        {
          provide: READ_SIDE,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore): SqlEventStore =>
            hasSqlDatabase(store) ? store : readSideFor(config, store),
        },
        {
          // Read models live in the event store's own database (in PGlite, the same instance).
          provide: READ_MODEL_DATABASE,
          inject: [READ_SIDE],
          useFactory: (side: SqlEventStore): SqlDatabase => side.database(),
        },
        {
          // Read (or, embedded, made) at start-up: a bad key file fails the start, not a request.
          provide: PERSONAL_DATA_KEYS,
          useFactory: () => loadPersonalDataKeys(config.personalDataKey),
        },
        EventStoreLifecycle,
      ],
      exports: TOKENS,
    };
  }
}

function eventStoreFor(config: AppConfig, purpose = 'the back office'): EventStore {
  switch (config.eventStore) {
    case 'postgres':
      return createEventStore({
        kind: 'postgres',
        connectionString: config.databaseUrl!,
        schema: config.databaseSchema,
      });
    case 'kurrentdb':
      return createEventStore({ kind: 'kurrentdb', connectionString: config.kurrentdbUrl! });
    case 'pglite':
      return createEventStore({
        kind: 'pglite',
        dataDir: join(config.dataDir, 'event-store'),
        schema: config.databaseSchema,
        owner: {
          purpose,
          // Another process has the directory now: writing on would corrupt it. Stop at once.
          onLost: (error) => {
            process.stderr.write(`FATAL: ${error.message}\n`);
            process.exit(1);
          },
        },
      });
  }
}

/**
 * A store without SQL (KurrentDB) keeps the read models in PostgreSQL: the same schema and
 * migrations, whose events table stays empty.
 */
function readSideFor(config: AppConfig, store: EventStore): SqlEventStore {
  if (!config.databaseUrl) {
    throw new Error(`the ${store.adapter} event store needs DATABASE_URL for its read models`);
  }
  return new PostgresEventStore({
    connectionString: config.databaseUrl,
    schema: config.databaseSchema,
    applicationName: 'loanbook-read-models',
  });
}
