import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { json, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from './config/config';
import { AppModule, type AppOverrides } from './app.module';
import { AuthGuard } from './auth/auth.guard';
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
  // Security headers on every answer; the API serves no pages but the OpenAPI UI.
  app.use(helmet());
  // A browser on another origin gets no CORS headers unless CORS_ORIGINS names it.
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      allowedHeaders: [
        'Authorization',
        'Content-Type',
        'If-Match',
        'Idempotency-Key',
        'X-Correlation-Id',
      ],
      exposedHeaders: ['ETag', 'Location', 'Retry-After'],
    });
  }
  app.use(jsonBody);
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // The OpenAPI document and its UI are Express middleware, outside Nest's guards: the same
  // bearer token check keeps them closed (any role may read them).
  const auth = app.get(AuthGuard);
  app.use(['/api/docs', '/api/docs-json'], ((req, _res, next) => {
    auth.authenticate(req.header('authorization')).then(
      () => next(),
      (error: unknown) => next(error),
    );
  }) as RequestHandler);
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

/** A loan application is a few kB; anything much larger is a mistake or an attack. */
export const BODY_LIMIT = '64kb';
const parseJson = json({ limit: BODY_LIMIT });

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
