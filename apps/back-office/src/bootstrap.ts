import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { json, raw, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from './config/config';
import { AppModule, type AppOverrides } from './app.module';
import { TokenVerifier } from './auth/token-verifier';
import { ProblemDetailsFilter } from './http/problem.filter';
import { UnsupportedMediaTypeProblem, ValidationProblem, type FieldError } from './http/problem';
import { createValidationPipe } from './http/validation';
import { serveWebApp } from './web/web-app';
import { DOCS_TOKEN_SCRIPT_PATH, serveDocsTokenScript } from './web/api-docs';

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
  // Security headers on every answer, the web app's pages included: helmet's default
  // Content-Security-Policy admits scripts from this origin only (no inline script).
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
  // The web app under / (apps/web); the API, its documentation and /health are not its.
  serveWebApp(app, config.webDir);
  // A server whose token key is unusable (an empty development secret file) does not start.
  await app.get(TokenVerifier).ready();
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();

  // Every path Swagger serves is public: the UI (/api/docs and its assets), and the document as
  // JSON and YAML. The document describes routes and holds no data (the UI's init script embeds
  // it whole, so closing one but not the other would be no policy); every route it lists still
  // checks its token and roles. The UI's Authorize button takes a bearer token, kept in the page
  // only: nothing in localStorage. Opened from the web app, the page is signed in with the app's
  // user by a script of this origin (web/api-docs.ts).
  serveDocsTokenScript(app);
  SwaggerModule.setup('api/docs', app, () => openApiDocument(app), {
    customJs: DOCS_TOKEN_SCRIPT_PATH,
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
    customSiteTitle: 'Loanbook back office API',
    swaggerOptions: { persistAuthorization: false },
  });
  return app;
}

/**
 * The OpenAPI document of an app made by createApp: what /api/docs-json serves, and what the web
 * app's typed client is generated from (apps/web/scripts/generate-api.ts).
 */
export function openApiDocument(app: NestExpressApplication): OpenAPIObject {
  const openApi = new DocumentBuilder()
    .setTitle('Loanbook back office')
    .setDescription(
      'Loans of a Flemish microlender, from application to write-off. Every route but /health takes a bearer token (Authorize) with one of the roles it names; errors are application/problem+json (ProblemDto). The guide: docs/api.md.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addSecurityRequirements('bearer')
    .build();
  return SwaggerModule.createDocument(app, openApi);
}

/** A loan application is a few kB; anything much larger is a mistake or an attack. */
export const BODY_LIMIT = '64kb';
const parseJson = json({ limit: BODY_LIMIT });
/** A year of a busy account's daily CODA files is a few MB. */
export const STATEMENT_LIMIT = '10mb';
const parseStatement = raw({ type: () => true, limit: STATEMENT_LIMIT });

/**
 * Nest turns a body-parser syntax error into a bare 400 with the parser's message;
 * clients get the API's validation problem with a stable code instead.
 */
const jsonBody: RequestHandler = (req, res, next) => {
  // A bank statement file is taken as it is (CODA or camt.053), up to STATEMENT_LIMIT.
  if (req.method === 'POST' && req.path === `/${API_PREFIX}/bank-statements`) {
    if (
      req.is([
        'application/json',
        'application/*+json',
        'multipart/*',
        'application/x-www-form-urlencoded',
      ])
    ) {
      next(
        new UnsupportedMediaTypeProblem(
          req.header('content-type'),
          'the statement file itself, with Content-Type: application/octet-stream (or text/plain, application/xml)',
        ),
      );
      return;
    }
    parseStatement(req, res, next);
    return;
  }
  // A body that is not JSON would be skipped by the parser and then fail as missing fields:
  // say what is wrong instead (415). Bodiless requests (a retry, a forget without reason) pass.
  const hasBody =
    req.headers['transfer-encoding'] !== undefined ||
    (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');
  if (hasBody && !req.is(['application/json', 'application/*+json'])) {
    next(new UnsupportedMediaTypeProblem(req.header('content-type')));
    return;
  }
  parseJson(req, res, (error?: unknown) => {
    if (error instanceof SyntaxError) {
      next(
        new ValidationProblem([
          { field: '', code: 'json-malformed', message: 'The body is not valid JSON' },
        ]),
      );
    } else {
      const problem = error ? undefined : bodyProblem(req.body);
      next(problem ? new ValidationProblem([problem]) : error);
    }
  });
};

/**
 * No body of the API nests more than a few levels; class-transformer (and the idempotency hash)
 * recurse once per level, so a body nested a few thousand deep overflowed the stack: a 500.
 */
export const MAX_JSON_DEPTH = 32;

/** What PostgreSQL cannot store in jsonb or text: NUL, and UTF-16 surrogates without their pair. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

/** A parsed body the API refuses before any handler sees it: too deep, a null, unstorable text. */
function bodyProblem(body: unknown): FieldError | undefined {
  const stack: [unknown, string, number][] = [[body, '', 1]];
  while (stack.length > 0) {
    const [node, path, depth] = stack.pop()!;
    if (typeof node === 'string' && unstorable(node)) {
      return {
        field: path,
        code: 'invalid-character',
        message: `${path || 'the body'} holds a NUL character or an unpaired UTF-16 surrogate`,
      };
    }
    if (node === null && path !== '') {
      // IsOptional lets null through to the parsers (a 500); no field of the API takes null.
      return {
        field: path,
        code: 'null-value',
        message: `${path} is null: give a value, or leave an optional field out`,
      };
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) {
      return {
        field: '',
        code: 'json-too-deep',
        message: `The body nests deeper than ${MAX_JSON_DEPTH} levels`,
      };
    }
    for (const [key, child] of Object.entries(node)) {
      if (unstorable(key)) {
        return {
          field: path,
          code: 'invalid-character',
          message: 'a field name holds a NUL character or an unpaired UTF-16 surrogate',
        };
      }
      const at = Array.isArray(node) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      stack.push([child, at, depth + 1]);
    }
  }
  return undefined;
}

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
