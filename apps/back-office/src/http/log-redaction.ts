/**
 * What the request log may show of a URL (security review, issue 17): a client that put its
 * token in the query string (`?access_token=…`) is refused, but the log kept the token. The
 * values of parameters named like credentials, and anything shaped like a JWT wherever it
 * stands, are replaced by `[redacted]`; the path and the other parameters stay readable.
 */
export const REDACTED = '[redacted]';

/**
 * Parameter names that carry credentials: OAuth's and OIDC's (`access_token`, `id_token`,
 * `refresh_token`, `code`, `client_secret`, `assertion`), and anything named like a token,
 * secret, password, key, signature, session or authorization (`apiKey`, `X-Amz-Signature`).
 */
const SECRET_NAME =
  /^(code|key|sig|otp|pin|auth|state|nonce)$|token|secret|passw(or)?d|^pwd$|jwt|bearer|authori[sz]ation|credential|assertion|session|signature|api[-_.]?key|private[-_.]?key|access[-_.]?key/i;

/** Three base64url segments of which the first two are JSON objects: a JWS/JWT (`eyJ…`). */
const JWT_SHAPE = /eyJ[\w-]{2,}\.eyJ[\w-]{2,}\.[\w-]*/g;

/** Whether a query parameter's value must not be logged, by the parameter's name. */
export function isSecretParameter(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** The URL (path and query, as Express gives `req.url`) with its secrets replaced. */
export function redactUrl(url: string): string {
  const jwtFree = url.replace(JWT_SHAPE, REDACTED);
  const mark = jwtFree.indexOf('?');
  if (mark < 0) return jwtFree;
  const hash = jwtFree.indexOf('#', mark);
  const query = jwtFree.slice(mark + 1, hash < 0 ? undefined : hash);
  const redacted = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawName = eq < 0 ? pair : pair.slice(0, eq);
      let name: string;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        // Not decodable: cannot be told apart from a secret.
        return eq < 0 ? pair : `${rawName}=${REDACTED}`;
      }
      return eq >= 0 && isSecretParameter(name.trim()) ? `${rawName}=${REDACTED}` : pair;
    })
    .join('&');
  // Browsers never send a fragment; one that arrives is logged as a mark only.
  return `${jwtFree.slice(0, mark)}?${redacted}${hash < 0 ? '' : `#${REDACTED}`}`;
}

/** Headers that are never logged, whatever the log level (pino `redact` paths use them). */
export const SECRET_HEADERS = ['authorization', 'cookie', 'proxy-authorization', 'x-api-key'];

/** pino `redact` paths: the request's secret headers and the answer's cookies. */
export const LOG_REDACT_PATHS = [
  ...SECRET_HEADERS.map((h) => `req.headers["${h}"]`),
  'res.headers["set-cookie"]',
];

/** The request as the log shows it: id, method and URL without secrets; no headers, no body. */
export function requestForLog(req: { id: unknown; method: string; url: string }): {
  id: unknown;
  method: string;
  url: string;
} {
  return { id: req.id, method: req.method, url: redactUrl(req.url) };
}
