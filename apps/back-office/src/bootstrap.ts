import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { json, type RequestHandler } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from './config/config';
import { AppModule, type AppOverrides } from './app.module';
import { ProblemDetailsFilter } from './http/problem.filter';
import { ValidationProblem } from './http/problem';
import { createValidationPipe } from './http/validation';

export const API_PREFIX = 'api/v1';

/** Builds the back office; `main.ts` and the end-to-end tests start it the same way. */
export async function createApp(
  config: AppConfig,
  overrides: AppOverrides = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, overrides),
    {
      bufferLogs: true,
      bodyParser: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.use(jsonBody);
  app.disable('x-powered-by');
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('Loanbook back office')
    .setDescription(
      'Loans of a Flemish microlender, from application to offer. Errors are application/problem+json.',
    )
    .setVersion('1')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs-json',
  });
  return app;
}

const parseJson = json({ limit: '256kb' });

/**
 * Nest turns a body-parser syntax error into a bare 400 with the parser's message;
 * clients get the API's validation problem with a stable code instead.
 */
const jsonBody: RequestHandler = (req, res, next) =>
  parseJson(req, res, (error?: unknown) => {
    if (error instanceof SyntaxError) {
      next(
        new ValidationProblem([
          { field: '', code: 'json-malformed', message: 'The body is not valid JSON' },
        ]),
      );
    } else {
      next(error);
    }
  });

/**
 * The back office without HTTP: the same modules and command path, for the CLI (demo data,
 * maintenance). Logs go to stderr so that a command's own output stays clean.
 */
export async function createBackOfficeContext(
  config: AppConfig,
  overrides: AppOverrides = {},
): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(
    AppModule.forRoot(config, { logTo: 'stderr', ...overrides }),
    { bufferLogs: true },
  );
  context.useLogger(context.get(Logger));
  // No shutdown hooks: the CLI owns SIGINT/SIGTERM and closes the context itself between steps.
  return context;
}
