import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators';
import { ValidationProblem } from '../http/problem';
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
      '{ status: "ok" | "degraded", projections: [{ name, version, generation, status: active | building | degraded, generationStatus, checkpoint: { transactionId, globalPosition }, eventsProcessed, lag, head: { transactionId, globalPosition } (the last event in the store), caughtUp, createdAt, updatedAt, caughtUpAt, failure: null | { event: { id, type, streamId, streamVersion, transactionId, globalPosition }, error: { message, code }, attempts, firstFailedAt, lastRetriedAt } }] }',
  })
  async list() {
    const projections = (await this.readModels.status()).map(toProjectionView);
    return {
      status: projections.some((p) => p.status === 'degraded') ? 'degraded' : 'ok',
      projections,
    };
  }

  /**
   * After a fix: forgets the events the projection is stopped at, so that the runner tries them
   * at once (`npm run cli -- projections retry <name>` asks this of a running back office on the
   * embedded store). The answer says what was forgotten; GET /projections then shows whether it
   * went on or stopped again.
   */
  @Post(':name/retry')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Retry a projection stopped at an event it could not apply (after a fix)',
  })
  @ApiOkResponse({
    description:
      '{ name, cleared: [failure…] } (empty when it was not stopped); 400 for an unknown projection',
  })
  async retry(@Param('name') name: string) {
    let cleared;
    try {
      cleared = await this.readModels.retry(name);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new ValidationProblem([{ field: 'name', code: 'one-of', message: error.message }]);
    }
    return { name, cleared };
  }
}
