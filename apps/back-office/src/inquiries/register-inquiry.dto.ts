import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  INQUIRY_CHANNELS,
  PRODUCT_CODES,
  type InquiryChannel,
  type ProductCode,
} from '@loanbook/domain';
import { IsBusinessDate, IsEnterpriseNumber } from '../http/validators';

export class RegisterInquiryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Generated when absent' })
  @IsOptional()
  @IsUUID()
  inquiryId?: string;

  @ApiProperty({ enum: PRODUCT_CODES, example: 'impulskrediet' })
  @IsDefined()
  @IsIn(PRODUCT_CODES)
  productCode!: ProductCode;

  @ApiProperty({ format: 'date', example: '2022-02-14' })
  @IsDefined()
  @IsBusinessDate()
  contactedOn!: string;

  @ApiProperty({ enum: INQUIRY_CHANNELS, example: 'phone' })
  @IsDefined()
  @IsIn(INQUIRY_CHANNELS)
  channel!: InquiryChannel;

  @ApiPropertyOptional({ example: '0403.170.701' })
  @IsOptional()
  @IsEnterpriseNumber()
  enterpriseNumber?: string;
}
