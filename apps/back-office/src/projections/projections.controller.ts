import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators';
import { ApiCommand, ApiRead } from '../http/api-docs';
import { ValidationProblem } from '../http/problem';
import { ReadModelsService } from '../read-models/read-models.service';
import { toProjectionView } from './projection-view';
import { PROJECTION_NAMES, ProjectionRetryDto, ProjectionsDto } from './projections.response';

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
  @ApiRead({
    summary: 'Every projection: version, generation, status, checkpoint, lag and failure',
    description: `For operators: each live generation of the read models (${PROJECTION_NAMES.join(', ')}) with its status (active, building, degraded: stopped at an event it cannot apply, shown in failure), its position (checkpoint), the store’s head (its last event), events processed, lag and caughtUp; status degraded when any is.`,
    ok: ProjectionsDto,
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
  @ApiCommand({
    summary: 'Retry a projection stopped at an event it could not apply (after a fix)',
    description:
      'Forgets the failures the projection is stopped at, so that the runner tries those events at once; answers what was forgotten (empty when it was not stopped). GET /projections then shows whether it went on. npm run cli -- projections retry <name> calls this on a running back office.',
    status: 200,
    params: [{ name: 'name', enum: PROJECTION_NAMES, description: 'The projection to retry' }],
    ok: ProjectionRetryDto,
    okDescription: 'The failures forgotten',
    problems: [{ status: 400, description: 'No such projection (code one-of)' }],
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
