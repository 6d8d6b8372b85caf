import {
  AppendConsistencyViolationError,
  DeadlineExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError as KurrentWrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';

// gRPC status codes: UNAVAILABLE, DEADLINE_EXCEEDED.
const UNAVAILABLE_GRPC_CODES = new Set([14, 4]);

// The client converts most transport failures, but not all (a multi-stream append against a
// refused port surfaces as a plain gRPC error; the native bridge reports some by message only).
const UNAVAILABLE_MESSAGES = [
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE/,
  /no connection established/i,
  /failed to connect/i,
  /connection (refused|reset|closed)/i,
  /transport error/i,
  /deadline exceeded/i,
];

/**
 * The server cannot serve the request now: down, unreachable, too slow, or a cluster changing
 * leader. Retrying later is the answer (a 503). A timed-out write may or may not have happened,
 * which a retry with the same event ids settles.
 */
export function isUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  if (
    error instanceof UnavailableError ||
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError ||
    error instanceof NotLeaderError
  )
    return true;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'number' && UNAVAILABLE_GRPC_CODES.has(code)) return true;
  if (typeof code === 'string' && UNAVAILABLE_MESSAGES[0].test(code)) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(message))) return true;
  if (cause !== undefined && isUnavailable(cause, depth + 1)) return true;
  return Array.isArray(errors) && errors.some((inner) => isUnavailable(inner, depth + 1));
}

/** A multi-stream append refused because a stream was not in the expected state. */
export function isAppendConflict(error: unknown): boolean {
  return (
    error instanceof KurrentWrongExpectedVersionError ||
    error instanceof AppendConsistencyViolationError
  );
}
