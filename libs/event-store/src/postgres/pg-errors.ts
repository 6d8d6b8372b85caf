/** Socket-level failures: the server is down, unreachable or went away mid-query. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * SQLSTATEs meaning "this server cannot serve you now": shutdown or crash (57P01-57P03), the
 * database dropped under the session (57P04), an idle session ended (57P05), too many
 * connections (53300, 53400 configuration_limit_exceeded: a role's or database's CONNECTION
 * LIMIT), and a database or login the server does not know (misconfiguration looks the same as
 * an outage to a client: try again later, and page someone). Class 08 is matched by prefix.
 */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '57P04',
  '57P05',
  '53300',
  '53400',
  '3D000',
  '28000',
  '28P01',
]);

/**
 * object_not_in_prerequisite_state: from the connection, "database … is not currently accepting
 * connections" (ALTER DATABASE … ALLOW_CONNECTIONS false, or a database being dropped or
 * created); from a statement, a refusal of that statement (a sequence's currval before
 * nextval), which is no outage.
 */
const OBJECT_NOT_IN_PREREQUISITE_STATE = '55000';
const NOT_ACCEPTING_CONNECTIONS = /not (currently )?accepting connections/i;

/**
 * A server error of severity FATAL or PANIC ends the session: whatever its SQLSTATE, the
 * connection is gone (pg sets `severity`; an error raised in plpgsql is at most ERROR).
 */
const SESSION_ENDING_SEVERITIES = new Set(['FATAL', 'PANIC']);

// pg reports some connection failures by message only.
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /connection (is|was)? ?closed/i,
  /cannot use a pool after calling end/i,
  /client was closed and is not queryable/i,
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  errors?: unknown;
  severity?: unknown;
  routine?: unknown;
}

/** 55000 as the server answers a connection to a database that accepts none. */
function isRefusedConnection(e: ErrorLike): boolean {
  return (
    e.code === OBJECT_NOT_IN_PREREQUISITE_STATE &&
    ((typeof e.severity === 'string' && SESSION_ENDING_SEVERITIES.has(e.severity)) ||
      e.routine === 'CheckMyDatabase' ||
      (typeof e.message === 'string' && NOT_ACCEPTING_CONNECTIONS.test(e.message)))
  );
}

export function isConnectionError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const e = error as ErrorLike;
  if (typeof e.code === 'string') {
    if (NETWORK_CODES.has(e.code) || UNAVAILABLE_SQLSTATES.has(e.code) || e.code.startsWith('08'))
      return true;
    if (isRefusedConnection(e)) return true;
    // A server error (five-character SQLSTATE) that ended the session.
    if (
      /^[0-9A-Z]{5}$/.test(e.code) &&
      typeof e.severity === 'string' &&
      SESSION_ENDING_SEVERITIES.has(e.severity)
    )
      return true;
  }
  if (
    typeof e.message === 'string' &&
    UNAVAILABLE_MESSAGES.some((m) => m.test(e.message as string))
  )
    return true;
  // Node reports a refused dual-stack connect (localhost → ::1 and 127.0.0.1) as an AggregateError.
  return Array.isArray(e.errors) && e.errors.some((inner) => isConnectionError(inner, depth + 1));
}
