import { randomUUID } from 'node:crypto';
import { Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { AccountingModule } from './accounting/accounting.module';
import { AuthModule } from './auth/auth.module';
import { DevSignInModule } from './auth/dev-sign-in.controller';
import type { AppConfig } from './config/config';
import { DocumentsModule } from './documents/documents.module';
import { LOG_REDACT_PATHS, requestForLog } from './http/log-redaction';
import { CoreModule, type CoreOverrides } from './infrastructure/core.module';
import { InquiriesModule } from './inquiries/inquiries.module';
import { LoansModule } from './loans/loans.module';
import { BankStatementsModule } from './bank-statements/bank-statements.module';
import { MessagingModule } from './messaging/messaging.module';
import { OffersModule } from './offers/offers.module';
import { RemindersModule } from './reminders/reminders.module';
import { PeopleModule } from './people/people.module';
import { ProductsModule } from './products/products.module';
import { OperationsModule } from './projections/operations.module';
import { ReferenceCurvesModule } from './reference-curves/reference-curves.module';
import { ReportsModule } from './reports/reports.module';

export interface AppOverrides extends CoreOverrides {
  /** The CLI logs to stderr so that a command's own output on stdout stays clean. */
  logTo?: 'stdout' | 'stderr';
}

/**
 * The back office: the core (store, clock, catalogue, keys), the cross-cutting edge (logging,
 * rate limits, authentication), and one module per feature, each importing what it uses.
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, overrides: AppOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, overrides),
        CqrsModule.forRoot(),
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
        AuthModule,
        ProductsModule,
        LoansModule,
        BankStatementsModule,
        PeopleModule,
        InquiriesModule,
        ReferenceCurvesModule,
        DocumentsModule,
        ReportsModule,
        AccountingModule,
        OffersModule,
        RemindersModule,
        OperationsModule,
        MessagingModule,
        // POST /api/v1/dev/sign-in exists only in development mode (the embedded store, no
        // provider, not production): elsewhere it is a 404 like any unknown route.
        ...(config.auth.mode === 'development' && process.env.NODE_ENV !== 'production'
          ? [DevSignInModule]
          : []),
      ],
    };
  }
}
