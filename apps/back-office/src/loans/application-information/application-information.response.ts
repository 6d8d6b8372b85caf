import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INFORMATION_ITEMS, INFORMATION_STATUSES, LOAN_LIFECYCLE_STATUSES } from '@loanbook/domain';
import { DATE, UUID } from '../../http/api-docs';

// GET /loans/{loanId}/application-information (completeness.route.ts).

export class InformationItemViewDto {
  @ApiProperty({ enum: INFORMATION_ITEMS, example: 'financial-results-and-plan' })
  item!: string;

  @ApiPropertyOptional({ example: 'g1', description: 'Guarantor items: the personal guarantee' })
  guaranteeId?: string;

  @ApiProperty({ example: 'Financial results and a financial plan' })
  description!: string;

  @ApiProperty({ example: 'Financiële resultaten en een financieel plan' })
  descriptionNl!: string;

  @ApiProperty({ enum: [...INFORMATION_STATUSES, 'missing'] })
  status!: string;

  @ApiPropertyOptional({
    enum: ['application', 'recorded'],
    description: 'Recorded by a clerk, or given with the application itself',
  })
  source?: string;

  @ApiPropertyOptional(DATE)
  recordedOn?: string;

  @ApiPropertyOptional({ example: 'clerk-anna' })
  recordedBy?: string;

  @ApiPropertyOptional({ example: 'annual accounts 2021 and a plan to 2024' })
  note?: string;
}

export class ApplicationInformationDto {
  @ApiProperty(UUID)
  loanId!: string;

  @ApiProperty({ enum: LOAN_LIFECYCLE_STATUSES })
  status!: string;

  @ApiProperty({ type: 'integer', example: 2 })
  version!: number;

  @ApiProperty({ description: 'Nothing is missing' })
  complete!: boolean;

  @ApiProperty({ type: [InformationItemViewDto] })
  missing!: InformationItemViewDto[];

  @ApiProperty({ type: [InformationItemViewDto], description: 'Every item, missing ones too' })
  items!: InformationItemViewDto[];
}
