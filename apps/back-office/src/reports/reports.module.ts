import { Module } from '@nestjs/common';
import { ReadModelsModule } from '../read-models/read-models.module';
import { PortfolioReportService } from './portfolio-report.service';
import { ReportsController } from './reports.controller';

/** GET /reports/*: the analysts' statistics and the portfolio report. */
@Module({
  imports: [ReadModelsModule],
  controllers: [ReportsController],
  providers: [PortfolioReportService],
  exports: [PortfolioReportService],
})
export class ReportsModule {}
