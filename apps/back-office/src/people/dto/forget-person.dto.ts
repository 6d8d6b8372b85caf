import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class ForgetPersonDto {
  @ApiPropertyOptional({
    example: 'erasure request of 2024-05-02 (GDPR art. 17), ticket 4711',
    description:
      'Why, for the audit trail (stored in clear in the PersonForgotten event: write no personal data here)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class ForgottenPersonDto {
  @ApiProperty({ format: 'uuid' })
  personId!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'When the person was forgotten: the first time, if asked again',
  })
  forgottenAt!: string;
}
