import { ApiProperty } from '@nestjs/swagger';
import { READ_MODEL_PROJECTIONS } from '@loanbook/projections/read-models';
import { INSTANT, UUID } from '../http/api-docs';

// GET /projections, POST /projections/{name}/retry (projection-view.ts), and /health's degraded.

export const PROJECTION_NAMES = READ_MODEL_PROJECTIONS.map((p) => p.name);

export class LogCheckpointDto {
  @ApiProperty({ example: '781', description: 'The writing transaction (a decimal string)' })
  transactionId!: string;

  @ApiProperty({ type: 'integer', example: 17 })
  globalPosition!: number;
}

export class FailedEventDto {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty({ example: 'LoanApplied' })
  type!: string;

  @ApiProperty({ example: 'loan-d3743642-087d-4f6e-a0f4-58f54bfe68f2' })
  streamId!: string;

  @ApiProperty({ type: 'integer' })
  streamVersion!: number;

  @ApiProperty({ example: '781' })
  transactionId!: string;

  @ApiProperty({ type: 'integer' })
  globalPosition!: number;
}

export class ProjectionErrorDto {
  @ApiProperty({ example: 'numeric field overflow' })
  message!: string;

  @ApiProperty({ type: 'string', nullable: true, example: '22003', description: 'The SQLSTATE' })
  code!: string | null;
}

/** The event a projection is stopped at: it reads no further until the event applies. */
export class ProjectionFailureDto {
  @ApiProperty({ enum: PROJECTION_NAMES })
  name!: string;

  @ApiProperty({ type: 'integer' })
  generation!: number;

  @ApiProperty({ type: FailedEventDto })
  event!: FailedEventDto;

  @ApiProperty({ type: ProjectionErrorDto })
  error!: ProjectionErrorDto;

  @ApiProperty({ type: 'integer', description: 'Failed attempts, the first included' })
  attempts!: number;

  @ApiProperty(INSTANT)
  firstFailedAt!: string;

  @ApiProperty(INSTANT)
  lastRetriedAt!: string;
}

export class ProjectionDto {
  @ApiProperty({ enum: PROJECTION_NAMES })
  name!: string;

  @ApiProperty({ type: 'integer', example: 5, description: 'The code version it was built by' })
  version!: number;

  @ApiProperty({ type: 'integer', example: 1 })
  generation!: number;

  @ApiProperty({
    enum: ['active', 'building', 'degraded'],
    description: 'degraded: stopped at an event it cannot apply (failure)',
  })
  status!: string;

  @ApiProperty({
    enum: ['active', 'building'],
    description: 'Whether it serves reads (active) or is a build',
  })
  generationStatus!: string;

  @ApiProperty({ type: LogCheckpointDto, description: 'The last event read' })
  checkpoint!: LogCheckpointDto;

  @ApiProperty({ type: 'integer' })
  eventsProcessed!: number;

  @ApiProperty({ type: 'integer', description: 'Events in the log after the checkpoint' })
  lag!: number;

  @ApiProperty({ type: LogCheckpointDto, description: 'The event store’s last event' })
  head!: LogCheckpointDto;

  @ApiProperty({ description: 'Nothing left to read and not stopped' })
  caughtUp!: boolean;

  @ApiProperty(INSTANT)
  createdAt!: string;

  @ApiProperty(INSTANT)
  updatedAt!: string;

  @ApiProperty({ ...INSTANT, nullable: true })
  caughtUpAt!: string | null;

  @ApiProperty({ type: ProjectionFailureDto, nullable: true })
  failure!: ProjectionFailureDto | null;
}

export class ProjectionsDto {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status!: string;

  @ApiProperty({ type: [ProjectionDto] })
  projections!: ProjectionDto[];
}

export class ProjectionRetryDto {
  @ApiProperty({ enum: PROJECTION_NAMES })
  name!: string;

  @ApiProperty({
    type: [ProjectionFailureDto],
    description:
      'The failures forgotten, for the runner to try at once; empty when it was not stopped',
  })
  cleared!: ProjectionFailureDto[];
}
