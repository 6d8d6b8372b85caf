import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators';
import { ReadModelsService } from '../read-models/read-models.service';
import { toProjectionView } from './projection-view';

/**
 * The read models' projections, for operators: each live generation's version, checkpoint,
 * lag and, when it is stopped at an event it cannot apply, that event and the error
 * (`npm run cli -- projections retry <name>` tries it again after a fix).
 */
@ApiTags('projections')
@Controller('projections')
export class ProjectionsController {
  constructor(private readonly readModels: ReadModelsService) {}

  @Get()
  @Roles('admin', 'analyst')
  @ApiOperation({
    summary: 'Every projection: version, generation, status, checkpoint, lag and failure',
  })
  @ApiOkResponse({
    description:
      '{ status: "ok" | "degraded", projections: [{ name, version, generation, status: active | building | degraded, generationStatus, checkpoint: { transactionId, globalPosition }, eventsProcessed, lag, createdAt, updatedAt, caughtUpAt, failure: null | { event: { id, type, streamId, streamVersion, transactionId, globalPosition }, error: { message, code }, attempts, firstFailedAt, lastRetriedAt } }] }',
  })
  async list() {
    const projections = (await this.readModels.status()).map(toProjectionView);
    return {
      status: projections.some((p) => p.status === 'degraded') ? 'degraded' : 'ok',
      projections,
    };
  }
}
