import { Module } from '@nestjs/common';
import { ReadModelsService } from './read-models.service';

/** The read models: their tables for queries, minPosition waits, the in-process runner. */
@Module({ providers: [ReadModelsService], exports: [ReadModelsService] })
export class ReadModelsModule {}
