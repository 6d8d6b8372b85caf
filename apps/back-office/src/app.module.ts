import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import { defaultCatalogue, systemClock, type Clock } from '@loanbook/domain';
import { createEventStore, type EventStore } from '@loanbook/event-store';
import type { AppConfig } from './config/config';
import { HealthController } from './health/health.controller';
import { EventStoreLifecycle } from './infrastructure/event-store.lifecycle';
import { APP_CONFIG, CATALOGUE, CLOCK, EVENT_STORE } from './infrastructure/tokens';
import { ExecuteLoanCommandHandler } from './loans/execute-loan-command';
import { LoanRepository } from './loans/loan-repository';
import { LoansController } from './loans/loans.controller';

export interface AppOverrides {
  /** A store built by the caller (tests); otherwise one is made from the configuration. */
  eventStore?: EventStore;
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, overrides: AppOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        LoggerModule.forRoot({
          // Nest 11's path syntax; the default '*' draws a deprecation warning at every start.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req) => {
              const given = req.headers['x-request-id'];
              return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given)
                ? given
                : randomUUID();
            },
            // Request bodies may hold personal data: log the route and outcome only.
            serializers: {
              req: (req: { id: unknown; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                url: req.url,
              }),
            },
          },
        }),
      ],
      controllers: [LoansController, HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: EVENT_STORE, useFactory: () => overrides.eventStore ?? eventStoreFor(config) },
        { provide: CLOCK, useValue: overrides.clock ?? systemClock },
        {
          provide: CATALOGUE,
          useFactory: () => defaultCatalogue({ impulskrediet675From: config.impulskrediet675From }),
        },
        EventStoreLifecycle,
        LoanRepository,
        ExecuteLoanCommandHandler,
      ],
    };
  }
}

function eventStoreFor(config: AppConfig): EventStore {
  return config.eventStore === 'postgres'
    ? createEventStore({
        kind: 'postgres',
        connectionString: config.databaseUrl!,
        schema: config.databaseSchema,
      })
    : createEventStore({
        kind: 'pglite',
        dataDir: join(config.dataDir, 'event-store'),
        schema: config.databaseSchema,
      });
}
