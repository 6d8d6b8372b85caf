import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsBusinessDate } from '../../http/validators';

/** The ledger as it stood at the end of a business day: the movements dated later left out. */
export class AsOfQueryDto {
  @ApiPropertyOptional({
    example: '2018-09-01',
    format: 'date',
    description: 'Business date to read the ledger and the arrears as of (default: today)',
  })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}
