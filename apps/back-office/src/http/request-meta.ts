import {
  createParamDecorator,
  type ExecutionContext,
  type PipeTransform,
  Injectable,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { isUUID } from 'class-validator';
import type { RequestMeta } from '../loans/loan-repository';
import { ValidationProblem } from './problem';

/** Until authentication exists (issue 4) every request acts as this one actor. */
export const ANONYMOUS_ACTOR = 'anonymous';

export function requestMeta(request: Request): RequestMeta {
  const requestId = String((request as Request & { id?: unknown }).id ?? randomUUID());
  const correlation = request.header('x-correlation-id');
  const correlationId =
    correlation && /^[\w.:-]{1,128}$/.test(correlation) ? correlation : requestId;
  return { actor: ANONYMOUS_ACTOR, correlationId, requestId };
}

export const Meta = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  requestMeta(ctx.switchToHttp().getRequest<Request>()),
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
