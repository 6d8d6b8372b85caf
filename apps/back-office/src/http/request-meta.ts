import {
  createParamDecorator,
  type ExecutionContext,
  type PipeTransform,
  Injectable,
} from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { isUUID } from 'class-validator';
import type { AuthenticatedRequest } from '../auth/principal';
import type { RequestMeta } from '../audit/request-meta';
import { ValidationProblem } from './problem';

/** Printable ASCII without spaces, as most clients make them (UUIDs, ULIDs, "order-17/retry"). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** Who asks (the verified token's subject), under which correlation and request ids, with which key. */
export function requestMeta(request: AuthenticatedRequest): RequestMeta {
  if (!request.principal) throw new Error('request metadata on a route without a principal');
  const requestId = String((request as Request & { id?: unknown }).id ?? randomUUID());
  const correlation = request.header('x-correlation-id');
  const correlationId =
    correlation && /^[\w.:-]{1,128}$/.test(correlation) ? correlation : requestId;
  const meta: RequestMeta = {
    actor: request.principal.id,
    ...(request.principal.name !== undefined ? { actorName: request.principal.name } : {}),
    correlationId,
    requestId,
  };
  const key = request.header('idempotency-key');
  if (key !== undefined) {
    if (!IDEMPOTENCY_KEY.test(key)) {
      throw new ValidationProblem([
        {
          field: 'Idempotency-Key',
          code: 'idempotency-key',
          message: 'Idempotency-Key must be 1 to 200 printable characters without spaces',
        },
      ]);
    }
    meta.idempotency = { key, requestHash: requestHash(request) };
  }
  return meta;
}

/** The method, path and body (keys sorted): what makes a repeat "the same request". */
export function requestHash(request: Request): string {
  const path = request.originalUrl.split('?')[0];
  return createHash('sha256')
    .update(`${request.method} ${path}\n${canonicalJson(request.body)}`)
    .digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const Meta = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  requestMeta(ctx.switchToHttp().getRequest<AuthenticatedRequest>()),
);

/** `If-Match: "3"` (or W/"3", or 3) → 3; absent → undefined. */
export const IfMatch = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): number | undefined => {
    const raw = ctx.switchToHttp().getRequest<Request>().header('if-match');
    if (raw === undefined) return undefined;
    const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(raw);
    if (!match) {
      throw new ValidationProblem([
        {
          field: 'If-Match',
          code: 'if-match',
          message: 'If-Match must be the loan version as an ETag, such as "3"',
        },
      ]);
    }
    return Number(match[1]);
  },
);

@Injectable()
export class LoanIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) {
      throw new ValidationProblem([
        { field: 'loanId', code: 'uuid', message: 'the loan id must be a UUID' },
      ]);
    }
    return value.toLowerCase();
  }
}
