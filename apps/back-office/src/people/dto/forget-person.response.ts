import { ApiProperty } from '@nestjs/swagger';
import { INSTANT, UUID } from '../../http/api-docs';

/** POST /people/{personId}/forget: the person forgotten, and the loans that named them. */
export class ForgottenPersonDto {
  @ApiProperty(UUID)
  personId!: string;

  @ApiProperty({
    ...INSTANT,
    description: 'When the person was forgotten: the first time, if asked again',
  })
  forgottenAt!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description:
      'The loans that name the person (borrower, lender or guarantor), in the loans read model: those whose personal data now read "[erased]"',
  })
  loans!: string[];
}
