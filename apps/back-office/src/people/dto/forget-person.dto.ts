import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

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

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'Only needed when the answer was 409 person-named-differently: exactly the loan ids that answer listed, to confirm that the person is forgotten on all of them',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  confirmLoans?: string[];
}
