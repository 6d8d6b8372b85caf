import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsObject } from 'class-validator';
import {
  CreditAssessmentInputError,
  parseBusinessDate,
  parseCreditAssessmentInput,
  type RecordCreditAssessment,
} from '@loanbook/domain';
import { ValidationProblem } from '../../http/problem';
import { IsBusinessDate } from '../../http/validators';
import { HouseholdDto } from './household.request';

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

/**
 * The assessment as the domain takes it, by the user who sent it. The household is read by the
 * domain's own parser: what it cannot read is a 400 naming household.<path>.
 */
export function toCommand(
  body: RecordCreditAssessmentDto,
  { loanId, assessedBy }: { loanId: string; assessedBy: string },
): RecordCreditAssessment {
  let input;
  try {
    input = parseCreditAssessmentInput(body.household);
  } catch (error) {
    if (!(error instanceof CreditAssessmentInputError)) throw error;
    throw new ValidationProblem(
      error.errors.map((e) => ({ ...e, field: e.field ? `household.${e.field}` : 'household' })),
    );
  }
  return {
    type: 'RecordCreditAssessment',
    loanId,
    assessedOn: parseBusinessDate(body.assessedOn),
    assessedBy,
    input,
  };
}
