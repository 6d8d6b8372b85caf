import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { ProjectionDto } from '../projections/projections.response';

// GET /health (health.controller.ts): the one public route.

export class EventStoreHealthDto {
  @ApiProperty({ enum: ['pglite', 'postgres', 'kurrentdb'] })
  adapter!: string;

  @ApiProperty({ enum: ['up', 'down'] })
  status!: string;

  @ApiPropertyOptional({ description: 'Why it is down' })
  detail?: string;
}

export class ProjectionsHealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status!: string;

  @ApiProperty({
    type: [ProjectionDto],
    description: 'Each read model stopped at an event it cannot apply: its lag and the event',
  })
  degraded!: ProjectionDto[];
}

export class ProjectionsHealthUnknownDto {
  @ApiProperty({
    enum: ['unknown'],
    description: 'The store answers, the projections registry did not',
  })
  status!: string;

  @ApiProperty()
  detail!: string;
}

@ApiExtraModels(ProjectionsHealthDto, ProjectionsHealthUnknownDto)
export class HealthDto {
  @ApiProperty({
    enum: ['ok', 'degraded'],
    description:
      'degraded: a read model is stopped at an event; commands still work, keep the instance',
  })
  status!: string;

  @ApiProperty({ type: EventStoreHealthDto })
  eventStore!: EventStoreHealthDto;

  @ApiProperty({
    oneOf: [
      { $ref: getSchemaPath(ProjectionsHealthDto) },
      { $ref: getSchemaPath(ProjectionsHealthUnknownDto) },
    ],
  })
  projections!: ProjectionsHealthDto | ProjectionsHealthUnknownDto;
}

/** 503: the event store does not answer. */
export class HealthUnavailableDto {
  @ApiProperty({ enum: ['unavailable'] })
  status!: string;

  @ApiProperty({ type: EventStoreHealthDto })
  eventStore!: EventStoreHealthDto;
}
