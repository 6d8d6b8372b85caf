import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PRODUCT_CODES } from '@loanbook/domain';
import { REPORT_LANGUAGES, type ReportLanguage } from '@loanbook/reporting';
import { IsBusinessDate, IsInstant, IsMonth, IsWholeNumberText } from '../http/validators';

/** Shared by every read-model query: read-your-writes and the as-of business date. */
export class ReadModelQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'Wait (a few seconds) until the read model has reached this global position',
  })
  @IsOptional()
  @IsWholeNumberText()
  minPosition?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Business date the figures are as of (default: today)',
  })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}

export class MonthRangeQueryDto extends ReadModelQueryDto {
  @ApiPropertyOptional({ example: '2021-01', description: 'First month (YYYY-MM)' })
  @IsOptional()
  @IsMonth()
  from?: string;

  @ApiPropertyOptional({ example: '2021-05', description: 'Last month, included (YYYY-MM)' })
  @IsOptional()
  @IsMonth()
  to?: string;
}

export class ApprovalRatesQueryDto extends ReadModelQueryDto {
  @ApiPropertyOptional({ enum: PRODUCT_CODES })
  @IsOptional()
  @IsIn(PRODUCT_CODES)
  productCode?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Applications (and inquiries) from this date',
  })
  @IsOptional()
  @IsBusinessDate()
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Applications (and inquiries) up to this date, included',
  })
  @IsOptional()
  @IsBusinessDate()
  to?: string;
}

export class PortfolioReportQueryDto extends ReadModelQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'First day of the period for flows (default: 1 January of the as-of year)',
  })
  @IsOptional()
  @IsBusinessDate()
  from?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'As the portfolio was known at this instant: only events recorded by then count (the read models are replayed for it)',
  })
  @IsOptional()
  @IsInstant()
  knownAt?: string;

  @ApiPropertyOptional({
    enum: REPORT_LANGUAGES,
    default: 'nl',
    description:
      "The report's language: its texts and the formats of its figures and dates; Dutch by default for the page and the workbook, English for /reports/portfolio's JSON and CSV, whose keys and headers never change",
  })
  @IsOptional()
  @IsIn(REPORT_LANGUAGES)
  lang?: ReportLanguage;
}
