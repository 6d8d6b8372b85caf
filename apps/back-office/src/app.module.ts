import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { LOG_REDACT_PATHS, requestForLog } from './http/log-redaction';
import { defaultCatalogue, systemClock, type Clock } from '@loanbook/domain';
import {
  createEventStore,
  hasSqlDatabase,
  type EventStore,
  PostgresEventStore,
  type SqlDatabase,
  type SqlEventStore,
} from '@loanbook/event-store';
import { AuthGuard } from './auth/auth.guard';
import { DevSignInController } from './auth/dev-sign-in.controller';
import { RateLimitGuard } from './auth/rate-limit.guard';
import { TokenVerifier } from './auth/token-verifier';
import type { AppConfig } from './config/config';
import { IdempotencyService } from './idempotency/idempotency.service';
import { HealthController } from './health/health.controller';
import { ProjectionsController } from './projections/projections.controller';
import { EventStoreLifecycle } from './infrastructure/event-store.lifecycle';
import {
  APP_CONFIG,
  CATALOGUE,
  CLOCK,
  EVENT_STORE,
  PERSONAL_DATA_KEYS,
  READ_MODEL_DATABASE,
  READ_SIDE,
} from './infrastructure/tokens';
import { KafkaRelayService } from './messaging/kafka-relay.service';
import { WakeProjectionsOnCommit } from './read-models/events-committed';
import { ReadModelsService } from './read-models/read-models.service';
import { PortfolioReportService } from './reports/portfolio-report.service';
import { ReportsController } from './reports/reports.controller';
import { InquiriesController } from './inquiries/inquiries.controller';
import { InquiriesService } from './inquiries/inquiries.service';
import { ExecuteLoanCommandHandler } from './loans/execute-loan-command';
import { LoanWarnings } from './loans/loan-warnings';
import { LoanRepository } from './loans/loan-repository';
import { LoansController } from './loans/loans.controller';
import { ApplicationObligationsController } from './loans/application-obligations.controller';
import { DocumentFactory } from './documents/document-factory';
import { DocumentsController } from './documents/documents.controller';
import { DocumentsProcessor } from './documents/documents.processor';
import { WinwinExposureGuard } from './loans/winwin-exposure';
import { OfferLapseProcessor } from './offers/offer-lapse.processor';
import { loadPersonalDataKeys } from './people/master-key';
import { PeopleController } from './people/people.controller';
import { PeopleService } from './people/people.service';
import { ProductsModule } from './products/products.module';
import { ReferenceCurvesController } from './reference-curves/reference-curves.controller';
import { ReferenceCurvesService } from './reference-curves/reference-curves.service';

export interface AppOverrides {
  /** A store built by the caller (tests); otherwise one is made from the configuration. */
  eventStore?: EventStore;
  clock?: Clock;
  /** The CLI logs to stderr so that a command's own output on stdout stays clean. */
  logTo?: 'stdout' | 'stderr';
  /** Who opens the embedded store, for the message a second process gets (data-dir-lock.ts). */
  storeOwner?: string;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, overrides: AppOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        ProductsModule,
        ThrottlerModule.forRoot([
          { name: 'client', ttl: 60_000, limit: config.rateLimitPerMinute },
        ]),
        LoggerModule.forRoot({
          // Nest 11's path syntax; the default '*' draws a deprecation warning at every start.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: [
            {
              level: config.logLevel,
              genReqId: (req) => {
                const given = req.headers['x-request-id'];
                return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given)
                  ? given
                  : randomUUID();
              },
              // Request bodies may hold personal data: log the route and outcome only. Never a
              // credential: no headers, and the URL without its query's secrets (log-redaction).
              serializers: { req: requestForLog },
              redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
            },
            pino.destination(overrides.logTo === 'stderr' ? 2 : 1),
          ],
        }),
      ],
      controllers: [
        LoansController,
        ApplicationObligationsController,
        DocumentsController,
        InquiriesController,
        ReportsController,
        HealthController,
        ProjectionsController,
        PeopleController,
        ReferenceCurvesController,
        // POST /api/v1/dev/sign-in exists only in development mode (the embedded store, no
        // provider, not production): elsewhere it is a 404 like any unknown route.
        ...(config.auth.mode === 'development' && process.env.NODE_ENV !== 'production'
          ? [DevSignInController]
          : []),
      ],
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
        PeopleService,
        TokenVerifier,
        AuthGuard,
        // Guards run in this order: who is it (401/403), then how often (429).
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        IdempotencyService,
        EventStoreLifecycle,
        ReadModelsService,
        PortfolioReportService,
        InquiriesService,
        ReferenceCurvesService,
        WakeProjectionsOnCommit,
        LoanRepository,
        WinwinExposureGuard,
        ExecuteLoanCommandHandler,
        LoanWarnings,
        OfferLapseProcessor,
        DocumentFactory,
        DocumentsProcessor,
        KafkaRelayService,
      ],
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
