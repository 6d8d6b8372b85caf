import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOAN_EVENT_TYPES } from '@loanbook/domain';
import { DATE, INSTANT, UUID } from '../../http/api-docs';

// GET /loans/{loanId}/events (loan-view.ts toEventView): the audit trail.

export class EventMetadataDto {
  @ApiProperty({ ...DATE, description: 'The business date the event takes effect' })
  effectiveOn!: string;

  @ApiProperty({ ...INSTANT, description: 'When it was stored' })
  recordedAt!: string;

  @ApiPropertyOptional({ example: 'clerk-anna', description: "The token's sub of who did it" })
  actor?: string;

  @ApiPropertyOptional({
    example: 'Bart Peeters',
    description: "Their display name, when their token's name claim gave one",
  })
  actorName?: string;

  @ApiPropertyOptional({ description: 'X-Correlation-Id, else the request id' })
  correlationId?: string;

  @ApiPropertyOptional({ description: 'The request id (X-Request-Id, or generated)' })
  causationId?: string;

  @ApiProperty({ type: 'integer', example: 2, description: "The version of the type's data shape" })
  schemaVersion!: number;

  @ApiPropertyOptional({ description: 'The Idempotency-Key the command was sent with' })
  idempotencyKey?: string;

  @ApiPropertyOptional({
    description: 'A keyed hash of the method, path and body that key came with',
  })
  requestHash?: string;
}

export class LoanEventDto {
  @ApiProperty(UUID)
  eventId!: string;

  @ApiProperty({ enum: LOAN_EVENT_TYPES, example: 'LoanApplied' })
  type!: string;

  @ApiProperty({ example: 'loan-d3743642-087d-4f6e-a0f4-58f54bfe68f2' })
  streamId!: string;

  @ApiProperty({ type: 'integer', example: 1 })
  streamVersion!: number;

  @ApiProperty({ type: 'integer', example: 17 })
  globalPosition!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The event\'s data: its shape depends on type (libs/messaging/schemas/events/<type>.schema.json describes the stored shape). Here upcast to the current schema version, with natural persons\' fields opened (or "[erased]") where the stored value holds sealed envelopes',
  })
  data!: Record<string, unknown>;

  @ApiProperty({ type: EventMetadataDto })
  metadata!: EventMetadataDto;
}

export class LoanEventsDto {
  @ApiProperty(UUID)
  loanId!: string;

  @ApiProperty({ type: 'integer', example: 3 })
  version!: number;

  @ApiProperty({ type: [LoanEventDto], description: 'Oldest first' })
  events!: LoanEventDto[];
}
