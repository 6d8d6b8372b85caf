import { Module } from '@nestjs/common';
import { HealthController } from '../health/health.controller';
import { ReadModelsModule } from '../read-models/read-models.module';
import { ProjectionsController } from './projections.controller';

/** What an operator reads: /health and /projections (and retries a stopped read model). */
@Module({ imports: [ReadModelsModule], controllers: [HealthController, ProjectionsController] })
export class OperationsModule {}
