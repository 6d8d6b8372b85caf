import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayNotEmpty,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  INFORMATION_ITEMS,
  INFORMATION_STATUSES,
  MAX_INFORMATION_NOTE_LENGTH,
  parseBusinessDate,
  type InformationItem,
  type InformationStatus,
  type RecordApplicationInformation,
} from '@loanbook/domain';
import { IsBusinessDate, trimmed, NestedArrayOf } from '../../http/validators';

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

/** The items as the domain takes them, recorded by the user who sent them. */
export function toCommand(
  body: RecordApplicationInformationDto,
  { loanId, recordedBy }: { loanId: string; recordedBy: string },
): RecordApplicationInformation {
  return {
    type: 'RecordApplicationInformation',
    loanId,
    recordedOn: parseBusinessDate(body.recordedOn),
    recordedBy,
    items: body.items.map((i) => ({
      item: i.item,
      ...(i.guaranteeId !== undefined ? { guaranteeId: i.guaranteeId } : {}),
      status: i.status,
      ...(i.note !== undefined ? { note: i.note } : {}),
    })),
  };
}
