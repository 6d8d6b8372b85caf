import { ApiProperty } from '@nestjs/swagger';
import { PRODUCT_CODES, REMINDER_LEVELS } from '@loanbook/domain';
import { DocumentRenditionDto } from '../documents/documents.response';
import { DATE, MONEY, UUID } from '../http/api-docs';
import {
  FILE_NUMBER_PROPERTY,
  STRUCTURED_COMMUNICATION_PROPERTY,
} from '../loans/queries/loan.response';

// GET /reminders (reminders.controller.ts): the reminders read model, newest first.

export class ReminderBorrowerDto {
  @ApiProperty({
    example: 'Bakkerij Peeters',
    description: 'A sole trader\'s is opened from the sealed value, "[erased]" once forgotten',
  })
  name!: string;

  @ApiProperty({ example: '0403.170.701' })
  enterpriseNumber!: string;
}

export class ReminderDocumentDto {
  @ApiProperty({ ...UUID, description: 'The letter among the loan’s documents' })
  documentId!: string;

  @ApiProperty({ enum: ['first-reminder', 'second-reminder', 'formal-notice'] })
  kind!: string;

  @ApiProperty({
    example: '/api/v1/loans/d3743642-087d-4f6e-a0f4-58f54bfe68f2/documents',
    description:
      'The loan’s documents, where the letter is listed once the documents processor made it',
  })
  listHref!: string;

  @ApiProperty({ type: [DocumentRenditionDto], description: 'nl, fr, en × html, pdf' })
  renditions!: DocumentRenditionDto[];
}

export class ReminderItemDto {
  @ApiProperty({ ...UUID, description: 'The ReminderIssued event' })
  eventId!: string;

  @ApiProperty(UUID)
  loanId!: string;

  @ApiProperty({ example: '/api/v1/loans/d3743642-087d-4f6e-a0f4-58f54bfe68f2' })
  loanHref!: string;

  @ApiProperty(FILE_NUMBER_PROPERTY)
  fileNumber!: string | null;

  @ApiProperty({ type: ReminderBorrowerDto })
  borrower!: ReminderBorrowerDto;

  @ApiProperty({ enum: PRODUCT_CODES })
  productCode!: string;

  @ApiProperty({ enum: REMINDER_LEVELS })
  level!: string;

  @ApiProperty(DATE)
  issuedOn!: string;

  @ApiProperty({ type: 'integer', example: 15, description: 'On issuedOn' })
  daysPastDue!: number;

  @ApiProperty({ ...MONEY, example: '483.32', description: 'The instalments past due, unpaid' })
  totalDue!: string;

  @ApiProperty({ type: 'integer', example: 1, description: 'How many instalments it names' })
  instalments!: number;

  @ApiProperty(STRUCTURED_COMMUNICATION_PROPERTY)
  structuredCommunication!: string | null;

  @ApiProperty({ type: ReminderDocumentDto })
  document!: ReminderDocumentDto;
}

export class ReminderListDto {
  @ApiProperty({ type: [ReminderItemDto], description: 'Newest first' })
  items!: ReminderItemDto[];

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Pass as cursor for the next page; null on the last page',
  })
  nextCursor!: string | null;
}
