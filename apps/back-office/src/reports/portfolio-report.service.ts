import { Inject, Injectable } from '@nestjs/common';
import type { LocalDate } from '@js-joda/core';
import type { Clock, ProductCatalogue } from '@loanbook/domain';
import {
  assemblePortfolioReport,
  dropKnownAt,
  readModelsKnownAt,
  type PortfolioReport,
  type ReportLanguage,
} from '@loanbook/reporting';
import { type EventStore, hasSqlDatabase } from '@loanbook/event-store';
import { ValidationProblem } from '../http/problem';
import { CATALOGUE, CLOCK, EVENT_STORE } from '../infrastructure/tokens';
import { ReadModelsService } from '../read-models/read-models.service';

/** The read models the portfolio report reads. */
export const PORTFOLIO_REPORT_PROJECTIONS = ['loans', 'inquiries', 'loan_schedules'];

export interface PortfolioReportRequest {
  asOf: LocalDate;
  /** Default: 1 January of the as-of year. */
  from?: LocalDate;
  /** Read-your-writes: wait until the read models have reached this position. */
  minPosition?: number;
  /** As the portfolio was known at this instant (ISO): only events recorded by then count. */
  knownAt?: string;
  /** Default: Dutch. */
  language?: ReportLanguage;
}

/** The analysts' portfolio report (libs/reporting) on the back office's read models. */
@Injectable()
export class PortfolioReportService {
  constructor(
    private readonly readModels: ReadModelsService,
    @Inject(CATALOGUE) private readonly catalogue: ProductCatalogue,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async build(request: PortfolioReportRequest): Promise<PortfolioReport> {
    if (request.knownAt !== undefined) {
      // The replay reads the events table next to the read models, which KurrentDB has not.
      if (!hasSqlDatabase(this.store)) {
        throw new ValidationProblem([
          {
            field: 'knownAt',
            code: 'unsupported',
            message: `knownAt needs the events in SQL: not available with the ${this.store.adapter} event store`,
          },
        ]);
      }
      return this.buildKnownAt(request, request.knownAt);
    }
    await this.readModels.reached(PORTFOLIO_REPORT_PROJECTIONS, request.minPosition);
    // The position every read model had reached before reading: the report holds at least that.
    const position = await this.readModels.models.position(PORTFOLIO_REPORT_PROJECTIONS);
    const tables = await this.readModels.tables(
      'loans',
      'inquiries',
      'payments',
      'guarantees',
      'guaranteeMoves',
      'schedules',
    );
    const generatedAt = this.clock.now().toISOString();
    // One snapshot for every query, so that the tables of the report agree with each other
    // while the projections go on writing.
    return this.readModels.db.transaction(async (tx) => {
      await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      return assemblePortfolioReport(tx, tables, {
        asOf: request.asOf,
        from: request.from,
        generatedAt,
        position,
        catalogue: this.catalogue,
        language: request.language,
      });
    });
  }

  /** The read models rebuilt in temporary tables from the events recorded by `knownAt`. */
  private buildKnownAt(request: PortfolioReportRequest, knownAt: string): Promise<PortfolioReport> {
    const generatedAt = this.clock.now().toISOString();
    // Not READ ONLY: the temporary tables are written.
    return this.readModels.db.transaction(async (tx) => {
      await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const { tables, position } = await readModelsKnownAt(tx, knownAt);
      const report = await assemblePortfolioReport(tx, tables, {
        asOf: request.asOf,
        from: request.from,
        knownAt,
        generatedAt,
        position,
        catalogue: this.catalogue,
        language: request.language,
      });
      await dropKnownAt(tx);
      return report;
    });
  }
}
