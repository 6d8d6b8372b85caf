import { ApiProperty } from '@nestjs/swagger';
import { UUID } from '../http/api-docs';

/** POST /inquiries: the inquiry recorded. */
export class InquiryResultDto {
  @ApiProperty(UUID)
  inquiryId!: string;

  @ApiProperty({ type: 'integer', example: 1, description: 'The stream version after it' })
  version!: number;

  @ApiProperty({
    type: 'integer',
    example: 17,
    description: 'Its global position: send it as minPosition to the approval rates',
  })
  position!: number;
}
