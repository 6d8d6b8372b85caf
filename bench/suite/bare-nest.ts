/**
 * The HTTP benchmark's baseline: the least a NestJS command endpoint can cost on this machine.
 * The back office's Nest and Express, the same JSON body parser with the same limit, one
 * `@Post()` route that answers 201 `{}`: no guards, no validation, no logger, no store.
 */
import { Body, Controller, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { json } from 'express';
import { BODY_LIMIT } from '../../apps/back-office/src/bootstrap';

@Controller('api/v1/loans')
class BareLoansController {
  @Post()
  apply(@Body() _body: unknown): Record<string, never> {
    return {};
  }
}

@Module({ controllers: [BareLoansController] })
class BareModule {}

export async function createBareApp(): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(BareModule, {
    bodyParser: false,
    logger: false,
  });
  app.use(json({ limit: BODY_LIMIT }));
  app.disable('x-powered-by');
  return app;
}
