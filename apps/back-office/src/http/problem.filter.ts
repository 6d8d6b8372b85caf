import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  CreditAssessmentInputError,
  GuaranteeNotFoundError,
  LoanNotFoundError,
  LoanStateConflictError,
  RuleViolationError,
} from '@loanbook/domain';
import { EventStoreUnavailableError } from '@loanbook/event-store';
import { ProjectionNotReadyError } from '@loanbook/projections';
import { InvalidCursorError } from '@loanbook/projections/read-models';
import { redactUrl } from './log-redaction';
import { fieldMessage, invalidFieldsDetail, type MessageLanguage } from './messages';
import {
  PROBLEM_BASE,
  PROBLEM_CONTENT_TYPE,
  TooManyRequestsProblem,
  UnauthenticatedProblem,
  ValidationProblem,
  type FieldError,
  type ProblemDetails,
} from './problem';

/** English unless the client prefers Dutch (Accept-Language: nl, nl-BE). */
function languageOf(request: Request): MessageLanguage {
  return request.acceptsLanguages('en', 'nl') === 'nl' ? 'nl' : 'en';
}

/**
 * A 400's field messages in the client's language: each error's Dutch text when it has one (or
 * the catalogue's for its code), else the English; only `message` goes out.
 */
function localised(problem: ProblemDetails, request: Request): ProblemDetails {
  if (!Array.isArray(problem.errors)) return problem;
  const lang = languageOf(request);
  const errors = (problem.errors as FieldError[]).map(({ nl, ...e }) => ({
    ...e,
    message:
      lang === 'nl'
        ? (nl ?? fieldMessage({ field: e.field, code: e.code }, 'nl') ?? e.message)
        : e.message,
  }));
  const counted = /^\d+ fields? (is|are) invalid$/.test(problem.detail ?? '');
  return {
    ...problem,
    errors,
    ...(counted ? { detail: invalidFieldsDetail(errors.length, lang) } : {}),
  };
}

/**
 * Turns every error into application/problem+json. Unknown errors become a bare 500:
 * the stack goes to the log, never to the client.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = localised(this.toProblem(error), request);
    problem.instance ??= request.originalUrl;
    if (problem.status >= 500 && problem.status !== HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.error({ err: error, url: redactUrl(request.originalUrl) }, 'request failed');
    }
    if (problem.status === HttpStatus.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', '5');
    if (error instanceof TooManyRequestsProblem) {
      response.setHeader('Retry-After', String(error.retryAfterSeconds));
    }
    if (error instanceof UnauthenticatedProblem) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="loanbook"');
    }
    response
      .status(problem.status)
      .type(PROBLEM_CONTENT_TYPE)
      .setHeader('Content-Language', problem.errors ? languageOf(request) : 'en')
      .send(JSON.stringify(problem));
  }

  private toProblem(error: unknown): ProblemDetails {
    if (error instanceof RuleViolationError) {
      return {
        type: `${PROBLEM_BASE}rule-violation`,
        title: 'A product or policy rule is broken',
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        detail: error.message,
        violations: error.violations,
      };
    }
    // Ranges the parser cannot see alone (e.g. a birth date after the signing date).
    if (error instanceof CreditAssessmentInputError) {
      return {
        type: `${PROBLEM_BASE}validation`,
        title: 'Invalid request',
        status: HttpStatus.BAD_REQUEST,
        detail: error.message,
        errors: error.errors.map((e) => ({
          ...e,
          field: e.field ? `household.${e.field}` : 'household',
        })),
      };
    }
    if (error instanceof LoanNotFoundError || error instanceof GuaranteeNotFoundError) {
      return {
        type: `${PROBLEM_BASE}not-found`,
        title: 'Not found',
        status: 404,
        detail: error.message,
      };
    }
    if (error instanceof LoanStateConflictError) {
      return {
        type: `${PROBLEM_BASE}conflict`,
        title: 'Conflict with the current state',
        status: 409,
        detail: error.message,
        currentState: error.currentState,
        ...(error.currentVersion === undefined ? {} : { currentVersion: error.currentVersion }),
      };
    }
    // A list's page cursor that the API did not give out (GET /loans?cursor=).
    if (error instanceof InvalidCursorError) {
      return new ValidationProblem([
        { field: 'cursor', code: 'cursor', message: error.message },
      ]).getResponse() as ProblemDetails;
    }
    if (error instanceof EventStoreUnavailableError) {
      return {
        type: `${PROBLEM_BASE}unavailable`,
        title: 'The event store is unavailable',
        status: HttpStatus.SERVICE_UNAVAILABLE,
        // A connection lost while a commit finishes leaves the outcome unknown to us: the
        // Idempotency-Key is what makes the retry safe.
        detail:
          'The event store did not answer. If the store went away during a command, its outcome is unknown: retry with the same Idempotency-Key.',
      };
    }
    if (error instanceof ProjectionNotReadyError) {
      return {
        type: `${PROBLEM_BASE}read-model-behind`,
        title: 'The read model is still being built',
        status: HttpStatus.SERVICE_UNAVAILABLE,
        detail: error.message,
      };
    }
    if (isBodyParserError(error)) {
      // Body-parser refusals other than bad JSON (which arrives as a ValidationProblem): size,
      // charset, content encoding.
      return {
        type: `${PROBLEM_BASE}${error.type === 'entity.too.large' ? 'payload-too-large' : 'unreadable-body'}`,
        title:
          error.type === 'entity.too.large'
            ? 'Request body too large'
            : 'Request body not readable',
        status: error.status,
      };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const body = error.getResponse();
      if (typeof body === 'object' && body !== null && 'type' in body)
        return body as ProblemDetails;
      return {
        type: status === 404 ? `${PROBLEM_BASE}not-found` : `${PROBLEM_BASE}http-${status}`,
        title: error.message,
        status,
      };
    }
    return {
      type: `${PROBLEM_BASE}internal`,
      title: 'Internal error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: 'The error has been logged.',
    };
  }
}

interface BodyParserError {
  type?: string;
  status: number;
}

/**
 * body-parser's refusals: http-errors with a 4xx status, whether typed `entity.*` (size) or not
 * (an unsupported charset or Content-Encoding, a broken gzip stream): a client error, never a 500.
 */
function isBodyParserError(error: unknown): error is BodyParserError {
  const e = error as { type?: unknown; status?: unknown; expose?: unknown } | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    !(e instanceof HttpException) &&
    typeof e.status === 'number' &&
    e.status >= 400 &&
    e.status < 500 &&
    ((typeof e.type === 'string' && e.type.startsWith('entity.')) || e.expose === true)
  );
}
