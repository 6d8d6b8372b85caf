import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayNotEmpty,
  IsDefined,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  INFORMATION_ITEMS,
  INFORMATION_STATUSES,
  MAX_INFORMATION_NOTE_LENGTH,
  type InformationItem,
  type InformationStatus,
} from '@loanbook/domain';
import { IsBusinessDate, trimmed, NestedArrayOf } from '../../http/validators';
import { HouseholdDto } from '../credit-assessment/household.request';

export class RequestWrittenRefusalDto {
  @ApiProperty({
    example: '2022-05-02',
    format: 'date',
    description:
      'The day the enterprise asked for the written refusal statement; at most 6 months after its application',
  })
  @IsDefined()
  @IsBusinessDate()
  requestedOn!: string;
}

export class InformationItemDto {
  @ApiProperty({ enum: INFORMATION_ITEMS, description: 'DOMAIN.md 4.1' })
  @IsDefined()
  @IsIn(INFORMATION_ITEMS, { message: `item must be one of: ${INFORMATION_ITEMS.join(', ')}` })
  item!: InformationItem;

  @ApiPropertyOptional({
    example: 'g1',
    description: 'For guarantor-identity and guarantor-assets: the personal guarantee',
  })
  @IsOptional()
  @trimmed()
  @IsString()
  @Matches(/^g[1-9][0-9]{0,3}$/, { message: 'guaranteeId must be a guarantee id such as g1' })
  guaranteeId?: string;

  @ApiProperty({ enum: INFORMATION_STATUSES })
  @IsDefined()
  @IsIn(INFORMATION_STATUSES, {
    message: `status must be one of: ${INFORMATION_STATUSES.join(', ')}`,
  })
  status!: InformationStatus;

  @ApiPropertyOptional({ example: 'annual accounts 2021 and a plan to 2024' })
  @IsOptional()
  @trimmed('text')
  @IsString()
  @MaxLength(MAX_INFORMATION_NOTE_LENGTH)
  note?: string;
}

export class RecordApplicationInformationDto {
  @ApiProperty({ example: '2022-03-18', format: 'date' })
  @IsDefined()
  @IsBusinessDate()
  recordedOn!: string;

  @ApiProperty({ type: [InformationItemDto] })
  @IsDefined()
  @ArrayNotEmpty()
  @NestedArrayOf(() => InformationItemDto, 100)
  items!: InformationItemDto[];
}

export class RecordCreditAssessmentDto {
  @ApiProperty({ example: '2022-03-18', format: 'date' })
  @IsDefined()
  @IsBusinessDate()
  assessedOn!: string;

  @ApiProperty({
    type: () => HouseholdDto,
    description:
      'The household (DOMAIN.md 3.5); money as strings. Checked by the assessment itself: a wrong or missing field is a 400 naming household.<path>',
  })
  @IsDefined()
  @IsObject()
  household!: Record<string, unknown>;
}
