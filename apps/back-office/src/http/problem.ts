import { HttpException, HttpStatus } from '@nestjs/common';

/** RFC 9457 problem details, the body of every error response (API.md "Errors"). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

export const PROBLEM_BASE = 'https://loanbook.dev/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface FieldError {
  field: string;
  code: string;
  /** English, the API's default. */
  message: string;
  /** Dutch, for Accept-Language: nl; the problem filter picks one and sends only `message`. */
  nl?: string;
}

/** Raised for a request the API cannot accept as written: malformed JSON, fields, formats. */
export class ValidationProblem extends HttpException {
  constructor(readonly errors: FieldError[]) {
    super(
      {
        type: `${PROBLEM_BASE}validation`,
        title: 'Invalid request',
        status: HttpStatus.BAD_REQUEST,
        detail: errors.length === 1 ? '1 field is invalid' : `${errors.length} fields are invalid`,
        errors,
      } satisfies ProblemDetails,
      HttpStatus.BAD_REQUEST,
    );
  }
}

/** 415: a body that is not JSON (or says it is not): every body of the API is JSON. */
export class UnsupportedMediaTypeProblem extends HttpException {
  constructor(
    contentType: string | undefined,
    /** What the route takes instead (a bank statement: the file as it is). */
    expected = 'JSON with Content-Type: application/json',
  ) {
    super(
      {
        type: `${PROBLEM_BASE}unsupported-media-type`,
        title: 'Unsupported media type',
        status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        detail: contentType
          ? `the body is sent as ${contentType}; send it as ${expected}`
          : `the body has no Content-Type; send it as ${expected}`,
      } satisfies ProblemDetails,
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    );
  }
}

/** 503: a query's `minPosition` was not reached in time; the client retries after Retry-After. */
export class ReadModelBehindProblem extends HttpException {
  constructor(position: number) {
    super(
      {
        type: `${PROBLEM_BASE}read-model-behind`,
        title: 'The read model has not caught up yet',
        status: HttpStatus.SERVICE_UNAVAILABLE,
        detail: `the read model has not reached position ${position} yet; retry shortly`,
      } satisfies ProblemDetails,
      HttpStatus.SERVICE_UNAVAILABLE,
    );
  }
}

/** 401: no bearer token, or one that does not verify (signature, issuer, audience, expiry). */
export class UnauthenticatedProblem extends HttpException {
  constructor(detail: string) {
    super(
      {
        type: `${PROBLEM_BASE}unauthenticated`,
        title: 'Not authenticated',
        status: HttpStatus.UNAUTHORIZED,
        detail,
      } satisfies ProblemDetails,
      HttpStatus.UNAUTHORIZED,
    );
  }
}

/** 403: the user is known but none of their roles may do this. */
export class ForbiddenProblem extends HttpException {
  constructor(detail: string, requiredRoles: readonly string[]) {
    super(
      {
        type: `${PROBLEM_BASE}forbidden`,
        title: 'Not allowed',
        status: HttpStatus.FORBIDDEN,
        detail,
        requiredRoles,
      } satisfies ProblemDetails,
      HttpStatus.FORBIDDEN,
    );
  }
}

/** 429: the client sent more requests a minute than it may; Retry-After says when to go on. */
export class TooManyRequestsProblem extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      {
        type: `${PROBLEM_BASE}too-many-requests`,
        title: 'Too many requests',
        status: HttpStatus.TOO_MANY_REQUESTS,
        detail: `the rate limit for this client is reached; retry in ${retryAfterSeconds} s`,
      } satisfies ProblemDetails,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/** 404: the resource named in the path does not exist. */
export class NotFoundProblem extends HttpException {
  constructor(detail: string) {
    super(
      {
        type: `${PROBLEM_BASE}not-found`,
        title: 'Not found',
        status: HttpStatus.NOT_FOUND,
        detail,
      } satisfies ProblemDetails,
      HttpStatus.NOT_FOUND,
    );
  }
}

/** 410: the resource existed but is gone for good (a document whose personal data was forgotten). */
export class GoneProblem extends HttpException {
  constructor(detail: string) {
    super(
      {
        type: `${PROBLEM_BASE}gone`,
        title: 'Gone',
        status: HttpStatus.GONE,
        detail,
      } satisfies ProblemDetails,
      HttpStatus.GONE,
    );
  }
}
