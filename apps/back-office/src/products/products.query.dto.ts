import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { SHEET_LANGUAGES, type SheetLanguage } from '@loanbook/domain';
import { IsBusinessDate } from '../http/validators';

export class ProductsQueryDto {
  @ApiPropertyOptional({
    example: '2021-03-15',
    format: 'date',
    description: 'The day whose terms are shown; default today',
  })
  @IsOptional()
  @IsBusinessDate()
  on?: string;

  @ApiPropertyOptional({
    enum: SHEET_LANGUAGES,
    default: 'nl',
    description: "The product sheet's language",
  })
  @IsOptional()
  @IsIn(SHEET_LANGUAGES)
  lang?: SheetLanguage;
}
