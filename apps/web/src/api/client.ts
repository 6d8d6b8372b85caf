import createClient, { type Middleware } from 'openapi-fetch';
import type { Language } from '../format/format';
import type { SessionStore } from '../auth/session';
import { ApiProblem, toProblem } from './problems';
import type { paths } from './schema';

/** What the back office is told of the user's language: Dutch field messages for nl (docs/api.md). */
export const ACCEPT_LANGUAGE: Record<Language, string> = {
  nl: 'nl-BE, nl;q=0.9, en;q=0.5',
  fr: 'fr-BE, fr;q=0.9, en;q=0.5',
  en: 'en',
};

export type Api = ReturnType<typeof createApi>;

/**
 * The typed client of the back office's API (paths and bodies from schema.d.ts, generated from
 * its OpenAPI document). Every request carries the session's bearer token and the language; a
 * 401 ends the session (the token expired or the server's secret changed).
 */
export function createApi(session: SessionStore, language: () => Language) {
  const client = createClient<paths>({ baseUrl: '' });
  const middleware: Middleware = {
    onRequest({ request }) {
      const current = session.get();
      if (current) request.headers.set('Authorization', `Bearer ${current.token}`);
      request.headers.set('Accept-Language', ACCEPT_LANGUAGE[language()]);
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401 && session.get()) session.clear();
      return response;
    },
  };
  client.use(middleware);
  return client;
}

interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * The answer's body, or an ApiProblem with the server's problem+json (or, when the back office
 * cannot be reached, status 0).
 */
export async function unwrap<T>(call: Promise<FetchResult>): Promise<T> {
  let result: FetchResult;
  try {
    result = await call;
  } catch (error) {
    throw new ApiProblem({
      status: 0,
      title: error instanceof Error ? error.message : String(error),
    });
  }
  if (!result.response.ok) {
    throw new ApiProblem(toProblem(result.response.status, result.error));
  }
  return result.data as T;
}

/** A fresh key for a command's Idempotency-Key header. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/**
 * One Idempotency-Key per thing the user means to do: the same body sent again (a double click,
 * a retry after a lost answer) goes with the same key, so the back office records it once; a
 * changed body is a new command with a new key. After an accepted command the next one is new.
 */
export class IdempotencyKeys {
  private last: { body: string; key: string } | undefined;

  constructor(private readonly make: () => string = newIdempotencyKey) {}

  keyFor(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.last?.body !== text) this.last = { body: text, key: this.make() };
    return this.last.key;
  }

  /** The command was recorded: the next one, even with the same body, is another. */
  done(): void {
    this.last = undefined;
  }
}

/** The If-Match header of the loan version the user saw. */
export const ifMatch = (version: number) => `"${version}"`;
