import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DATE, INSTANT, UUID } from '../http/api-docs';
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGES } from './document-factory';

// GET /loans/{loanId}/documents (documents.controller.ts).

export class DocumentRenditionDto {
  @ApiProperty({ enum: DOCUMENT_LANGUAGES })
  language!: string;

  @ApiProperty({ enum: ['html', 'pdf'] })
  format!: string;

  @ApiProperty({
    example:
      '/api/v1/loans/d3743642-087d-4f6e-a0f4-58f54bfe68f2/documents/5b0f1c2e-9a7d-5e3b-8c41-7f2d6a9e0b13?lang=nl&format=pdf',
    description: 'GET it with a token for the rendition',
  })
  href!: string;
}

export class DocumentSourceDto {
  @ApiProperty({ ...UUID, description: 'The event the document was made from' })
  eventId!: string;

  @ApiProperty({ example: 'LoanApproved' })
  type!: string;

  @ApiProperty({ type: 'integer', example: 2 })
  globalPosition!: number;
}

export class LoanDocumentDto {
  @ApiProperty(UUID)
  documentId!: string;

  @ApiProperty({
    enum: DOCUMENT_KINDS,
    example: 'summary-information-document',
  })
  kind!: string;

  @ApiProperty({ example: 'Samenvattend informatiedocument' })
  title!: string;

  @ApiProperty(DATE)
  effectiveOn!: string;

  @ApiProperty(INSTANT)
  generatedAt!: string;

  @ApiProperty({ type: DocumentSourceDto })
  source!: DocumentSourceDto;

  @ApiPropertyOptional({
    ...INSTANT,
    description: 'The person it named was forgotten then: its renditions are gone (410)',
  })
  erasedAt?: string;

  @ApiProperty({ type: [DocumentRenditionDto], description: 'Empty once erased' })
  renditions!: DocumentRenditionDto[];
}

export class LoanDocumentsDto {
  @ApiProperty(UUID)
  loanId!: string;

  @ApiProperty({ type: [LoanDocumentDto], description: 'Oldest first' })
  documents!: LoanDocumentDto[];
}
