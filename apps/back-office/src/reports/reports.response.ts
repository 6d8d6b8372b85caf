import { ApiProperty, ApiPropertyOptional, type SchemaObject } from '@nestjs/swagger';
import { PRODUCT_CODES, PROVINCES } from '@loanbook/domain';
import { REPORT_LANGUAGES } from '@loanbook/reporting';
import { DATE, DECIMAL, INSTANT, MONEY, MONTH } from '../http/api-docs';

// The reports' JSON (reports.controller.ts; read-models/reports.ts; libs/reporting model.ts).

const COUNT = { type: 'integer', example: 3 } as const;
const RATIO = { ...DECIMAL, example: '0.4900', nullable: true } as const;

export class ReportPeriodDto {
  @ApiProperty(DATE)
  from!: string;

  @ApiProperty(DATE)
  to!: string;
}

/** One product's line of GET /reports/portfolio: the report's three portfolio tables merged. */
export class PortfolioProductRowDto {
  @ApiProperty({ example: 'Impulskrediet', description: 'The product’s name; Total on the total' })
  product!: string;

  @ApiProperty(COUNT)
  activeLoans!: number;

  @ApiProperty({ ...MONEY, description: 'Outstanding principal on asOf' })
  outstanding!: string;

  @ApiProperty(COUNT)
  disbursedLoans!: number;

  @ApiProperty({ ...MONEY, description: 'In the period' })
  disbursed!: string;

  @ApiProperty(MONEY)
  principalRepaid!: string;

  @ApiProperty(MONEY)
  interestPaid!: string;

  @ApiProperty({ ...MONEY, description: 'Outstanding principal of loans not late' })
  current!: string;

  @ApiProperty(MONEY)
  late1to30!: string;

  @ApiProperty(MONEY)
  late31to90!: string;

  @ApiProperty(MONEY)
  lateOver90!: string;

  @ApiProperty({ ...MONEY, description: 'Unpaid instalment amounts past due' })
  overdue!: string;

  @ApiProperty(MONEY)
  par30!: string;

  @ApiProperty({ ...RATIO, description: 'par30 / outstanding; null without outstanding' })
  par30Ratio!: string | null;

  @ApiProperty(COUNT)
  par30Loans!: number;

  @ApiProperty(MONEY)
  par90!: string;

  @ApiProperty({ ...RATIO, description: 'par90 / outstanding; null without outstanding' })
  par90Ratio!: string | null;

  @ApiProperty(COUNT)
  par90Loans!: number;

  @ApiProperty(COUNT)
  defaultedLoans!: number;

  @ApiProperty(MONEY)
  defaultedPrincipal!: string;

  @ApiProperty(COUNT)
  defaultedOpenLoans!: number;

  @ApiProperty(MONEY)
  defaultedOutstanding!: string;

  @ApiProperty(COUNT)
  writtenOffLoans!: number;

  @ApiProperty(MONEY)
  writtenOff!: string;

  @ApiProperty(MONEY)
  recovered!: string;

  @ApiProperty(MONEY)
  governmentExposure!: string;

  @ApiProperty(COUNT)
  governmentClaims!: number;

  @ApiProperty(MONEY)
  governmentClaimed!: string;
}

export class PortfolioByProductDto {
  @ApiProperty(DATE)
  asOf!: string;

  @ApiProperty({ type: ReportPeriodDto, description: 'The period of the flows' })
  period!: ReportPeriodDto;

  @ApiProperty({ type: 'integer', description: 'The global position the read models had reached' })
  position!: number;

  @ApiProperty({ type: [PortfolioProductRowDto] })
  products!: PortfolioProductRowDto[];

  @ApiProperty({ type: PortfolioProductRowDto })
  total!: PortfolioProductRowDto;
}

const COLUMN_KINDS = ['text', 'integer', 'money', 'ratio', 'date', 'month', 'label-number'];
/** A cell: a string for text, money, ratio, date, month; a number for counts; null: no value. */
const CELL: SchemaObject = {
  oneOf: [{ type: 'string' }, { type: 'number' }],
  nullable: true,
  description: 'A string for text, money, ratio, date and month; a number for counts and labels',
};

export class ReportColumnDto {
  @ApiProperty({ example: 'outstanding', description: 'The key of the cell in each row' })
  key!: string;

  @ApiProperty({ example: 'Outstanding principal' })
  title!: string;

  @ApiProperty({ enum: COLUMN_KINDS })
  kind!: string;
}

const ROW = {
  type: 'object' as const,
  additionalProperties: CELL,
  description: 'A cell per column key',
};

export class ReportTableDto {
  @ApiProperty({ example: 'portfolio-by-product' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: [ReportColumnDto] })
  columns!: ReportColumnDto[];

  @ApiProperty({ type: 'array', items: ROW })
  rows!: Record<string, string | number | null>[];

  @ApiPropertyOptional({ ...ROW, description: 'The totals row' })
  total?: Record<string, string | number | null>;
}

export class ChartSeriesDto {
  @ApiProperty()
  name!: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', nullable: true },
    description: 'One exact decimal (or integer) string per category; null: no value',
  })
  values!: (string | null)[];
}

export class ReportChartDto {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: ['stacked-bar', 'bar', 'horizontal-bar', 'line'] })
  kind!: string;

  @ApiProperty({ enum: ['EUR', 'count', 'ratio'] })
  unit!: string;

  @ApiProperty({ example: 'EUR', description: 'The value axis’s name, with its unit' })
  axisTitle!: string;

  @ApiProperty({
    enum: ['text', 'month'],
    description: 'What the categories are: text as it is, or months (YYYY-MM) the renderer names',
  })
  categoryKind!: string;

  @ApiProperty({ type: [String] })
  categories!: string[];

  @ApiProperty({ type: [ChartSeriesDto] })
  series!: ChartSeriesDto[];

  @ApiProperty({ description: 'The sentence shown instead of the chart when it has no data' })
  noData!: string;
}

/** A figure the summary speaks of, labelled: a row of the workbook's summary sheet. */
export class ReportFigureDto {
  @ApiProperty({ example: 'outstanding' })
  id!: string;

  @ApiProperty({ example: 'Uitstaand kapitaal' })
  label!: string;

  @ApiProperty({ enum: COLUMN_KINDS })
  kind!: string;

  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'number' }],
    nullable: true,
    description: CELL.description,
  })
  value!: string | number | null;
}

export class HeadlineFigureDto {
  @ApiProperty({ example: 'outstanding' })
  id!: string;

  @ApiProperty({ example: 'Outstanding principal' })
  label!: string;

  @ApiProperty({ enum: COLUMN_KINDS })
  kind!: string;

  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'number' }],
    nullable: true,
    description: CELL.description,
  })
  value!: string | number | null;

  @ApiPropertyOptional({ example: '3 loans outstanding' })
  note?: string;
}

export class ReportSectionDto {
  @ApiProperty({ example: 'portfolio' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  intro!: string;

  @ApiProperty({ type: [ReportChartDto] })
  charts!: ReportChartDto[];

  @ApiProperty({ type: [ReportTableDto] })
  tables!: ReportTableDto[];
}

/** The whole portfolio report's model: what the HTML, the workbook and the CSVs are made of. */
export class PortfolioReportDto {
  @ApiProperty({ enum: REPORT_LANGUAGES, description: 'The language of its texts and formats' })
  language!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty(DATE)
  asOf!: string;

  @ApiProperty({ ...INSTANT, nullable: true, description: 'As known then; null: all recorded' })
  knownAt!: string | null;

  @ApiProperty({ type: ReportPeriodDto })
  period!: ReportPeriodDto;

  @ApiProperty(INSTANT)
  generatedAt!: string;

  @ApiProperty({ type: 'integer' })
  position!: number;

  @ApiProperty({ type: [String] })
  summary!: string[];

  @ApiProperty({ type: [ReportFigureDto], description: 'Every figure of the summary, labelled' })
  figures!: ReportFigureDto[];

  @ApiProperty({ type: [HeadlineFigureDto] })
  headlines!: HeadlineFigureDto[];

  @ApiProperty({ type: [ReportSectionDto] })
  sections!: ReportSectionDto[];
}

export class WinwinMonthlyRowDto {
  @ApiProperty(MONTH)
  month!: string;

  @ApiProperty({ type: 'integer', example: 5 })
  termYears!: number;

  @ApiProperty(MONEY)
  principal!: string;

  @ApiProperty(COUNT)
  loans!: number;
}

export class WinwinMonthTotalDto {
  @ApiProperty(MONTH)
  month!: string;

  @ApiProperty(MONEY)
  principal!: string;

  @ApiProperty(COUNT)
  loans!: number;
}

export class WinwinTotalDto {
  @ApiProperty({ ...MONEY, example: '63679942.23' })
  principal!: string;

  @ApiProperty({ ...COUNT, example: 3393 })
  loans!: number;

  @ApiProperty({ ...MONEY, example: '18768.03' })
  averagePrincipal!: string;
}

export class WinwinMonthlyDto {
  @ApiProperty(MONTH)
  from!: string;

  @ApiProperty(MONTH)
  to!: string;

  @ApiProperty(DATE)
  asOf!: string;

  @ApiProperty({ type: [WinwinMonthlyRowDto], description: 'By month of registration and term' })
  rows!: WinwinMonthlyRowDto[];

  @ApiProperty({ type: [WinwinMonthTotalDto] })
  monthTotals!: WinwinMonthTotalDto[];

  @ApiProperty({ type: WinwinTotalDto })
  total!: WinwinTotalDto;
}

export class WinwinProvinceRowDto {
  @ApiProperty({ enum: PROVINCES })
  province!: string;

  @ApiProperty(COUNT)
  loans!: number;

  @ApiProperty(MONEY)
  principal!: string;

  @ApiProperty(MONEY)
  averagePrincipal!: string;
}

export class WinwinByProvinceDto {
  @ApiProperty(MONTH)
  from!: string;

  @ApiProperty(MONTH)
  to!: string;

  @ApiProperty(DATE)
  asOf!: string;

  @ApiProperty({ type: [WinwinProvinceRowDto], description: 'Most loans first' })
  rows!: WinwinProvinceRowDto[];

  @ApiProperty({ type: WinwinTotalDto })
  total!: WinwinTotalDto;
}

export class ApprovalRatesDto {
  @ApiProperty({ enum: PRODUCT_CODES, nullable: true, description: 'null: every product' })
  productCode!: string | null;

  @ApiProperty({ ...DATE, nullable: true })
  from!: string | null;

  @ApiProperty({ ...DATE, nullable: true })
  to!: string | null;

  @ApiProperty(DATE)
  asOf!: string;

  @ApiProperty(COUNT)
  inquiries!: number;

  @ApiProperty({ ...COUNT, description: 'Filed in the period' })
  applications!: number;

  @ApiProperty({
    ...COUNT,
    description: 'Of those, approved by asOf (an offer withdrawn later still counts)',
  })
  approved!: number;

  @ApiProperty(COUNT)
  refused!: number;

  @ApiProperty({ ...COUNT, description: 'Withdrawn before a decision' })
  withdrawn!: number;

  @ApiProperty({ ...COUNT, description: 'Undecided on asOf' })
  pending!: number;

  @ApiProperty({
    ...DECIMAL,
    example: '0.4900',
    nullable: true,
    description: 'approved / applications, four decimals half up; null without applications',
  })
  approvalRate!: string | null;
}
