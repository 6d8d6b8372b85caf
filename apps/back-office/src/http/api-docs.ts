import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiBody,
  ApiExtraModels,
  ApiHeader,
  ApiOperation,
  ApiParam,
  ApiResponse,
  getSchemaPath,
  type ApiParamOptions,
  type ApiResponseOptions,
  type ExampleObject,
  type HeaderObject,
  type ReferenceObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { ProblemDto, problemType, type ProblemType } from './problem.response';

// How the OpenAPI document says what the API does, written once: the schemas of its values,
// its headers, its problem responses, and ApiCommand / ApiRead, which put an operation's
// decorators together (test/e2e/openapi-complete.e2e-spec.ts checks the result).

/** EUR as a decimal string with two decimals; never a JSON number. */
export const MONEY = {
  type: 'string',
  pattern: '^-?[0-9]+\\.[0-9]{2}$',
  example: '25000.00',
} as const;

/** A decimal fraction as a string: rates ("0.07" is 7 %), shares, ratios. */
export const DECIMAL = {
  type: 'string',
  pattern: '^-?[0-9]+(\\.[0-9]+)?$',
  example: '0.07',
} as const;

export const DATE = { type: 'string', format: 'date', example: '2022-03-15' } as const;
export const MONTH = {
  type: 'string',
  pattern: '^[0-9]{4}-[0-9]{2}$',
  example: '2021-05',
} as const;
export const INSTANT = {
  type: 'string',
  format: 'date-time',
  example: '2022-03-15T09:30:00.000Z',
} as const;
export const UUID = { type: 'string', format: 'uuid' } as const;

/** Path parameters: the loan, the person (UUIDs; other forms are a 400). */
export const LOAN_ID: ApiParamOptions = {
  name: 'loanId',
  description: 'The loan (a UUID)',
  schema: { type: 'string', format: 'uuid' },
};
export const PERSON_ID: ApiParamOptions = {
  name: 'personId',
  description: "The person: a loan's borrower.personId, lender.personId or guarantorPersonId",
  schema: { type: 'string', format: 'uuid' },
};

/** The loan commands' optimistic concurrency (loans/, http/request-meta.ts IfMatch). */
export const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description:
    'The loan version the client saw, as the ETag of GET /loans/{loanId} gives it ("3"); if the loan moved on, the command is refused with 409 (currentState, currentVersion) and records nothing',
  schema: { type: 'string', example: '"3"' },
};

/** Commands whose events are derived from the user and the key (idempotency/). */
export const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  required: false,
  description:
    '1 to 200 printable ASCII characters without spaces (a UUID will do). A repeat with the same key, method, path and body records nothing and gets the first reply, even after a restart; the same key with another request is a 422 idempotency-key-reused',
  schema: {
    type: 'string',
    pattern: '^[\\x21-\\x7e]{1,200}$',
    example: 'c0a8012e-7d3f-4f4e-9b1a-2f0d5c3e8a61',
  },
};

/** The statuses a problem response of the API can have. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503;

const RETRY_AFTER: HeaderObject = {
  description: 'Seconds to wait before retrying',
  schema: { type: 'integer', example: 5 },
};

/** What each status means on any operation, its problem types, an example. */
const PROBLEMS: Record<
  ProblemStatus,
  {
    description: string;
    types: ProblemType[];
    title: string;
    detail?: string;
    extra?: Record<string, unknown>;
    headers?: Record<string, HeaderObject>;
  }
> = {
  400: {
    description:
      'Invalid request: malformed JSON, unknown, missing or malformed fields or parameters, values out of range; errors[] names each field once with a stable code',
    types: ['validation'],
    title: 'Invalid request',
    detail: '1 field is invalid',
    extra: {
      errors: [
        {
          field: 'amount',
          code: 'money-format',
          message:
            'amount must be an amount as a decimal string with at most two decimals, such as "25000.00" (not a JSON number)',
        },
      ],
    },
  },
  401: {
    description: 'No bearer token, or one that does not verify or has expired',
    types: ['unauthenticated'],
    title: 'Not authenticated',
    detail: 'the request has no bearer token',
    headers: {
      'WWW-Authenticate': {
        description: 'Bearer',
        schema: { type: 'string', example: 'Bearer realm="loanbook"' },
      },
    },
  },
  403: {
    description: "The token's roles may not call this route; requiredRoles names those that may",
    types: ['forbidden'],
    title: 'Not allowed',
    detail: 'anna (clerk) may not call this route: it takes the role credit-officer',
    extra: { requiredRoles: ['credit-officer'] },
  },
  404: {
    description: 'The resource the path names does not exist',
    types: ['not-found'],
    title: 'Not found',
    detail: 'there is no loan d3743642-087d-4f6e-a0f4-58f54bfe68f2',
  },
  409: {
    description:
      'The request does not fit the current state; currentState and currentVersion say what it is',
    types: ['conflict'],
    title: 'Conflict with the current state',
    detail: "the loan is at version 2, not 1 as the request's If-Match says",
    extra: { currentState: 'approved', currentVersion: 2 },
  },
  410: {
    description: 'Gone for good: it held personal data of a person since forgotten',
    types: ['gone'],
    title: 'Gone',
    detail: 'document … held personal data of a person forgotten on 2024-05-02T10:00:00.000Z',
  },
  413: {
    description: 'The body is above 64 kB',
    types: ['payload-too-large'],
    title: 'Request body too large',
  },
  415: {
    description: 'The body is not JSON (send Content-Type: application/json)',
    types: ['unsupported-media-type'],
    title: 'Unsupported media type',
    detail: 'the body is sent as text/plain; send it as JSON with Content-Type: application/json',
  },
  422: {
    description:
      'Product, legal or policy rules are broken: every one in violations[] with a stable rule code',
    types: ['rule-violation'],
    title: 'A product or policy rule is broken',
    detail: 'the amount of EUR 30,000.00 is above the Impulskrediet maximum of EUR 25,000.00',
    extra: {
      violations: [
        {
          rule: 'amount-above-maximum',
          message:
            'the amount of EUR 30,000.00 is above the Impulskrediet maximum of EUR 25,000.00',
          field: 'amount',
        },
      ],
    },
  },
  429: {
    description: 'More requests a minute than RATE_LIMIT_PER_MINUTE',
    types: ['too-many-requests'],
    title: 'Too many requests',
    detail: 'the rate limit for this client is reached; retry in 42 s',
    headers: { 'Retry-After': RETRY_AFTER },
  },
  503: {
    description:
      'The event store is down or refuses connections (a command then recorded nothing), or a read model did not reach minPosition in time',
    types: ['unavailable'],
    title: 'The event store is unavailable',
    detail: 'The event store did not answer.',
    headers: { 'Retry-After': RETRY_AFTER },
  },
};

/** An operation's own words for a status (what is not found, which conflict), or more types. */
export type Problem =
  | ProblemStatus
  | {
      status: ProblemStatus;
      description?: string;
      /** Problem types this operation answers besides the status's usual ones. */
      types?: ProblemType[];
      /** The only problem types this operation answers with this status. */
      typesOnly?: ProblemType[];
    };

/** The examples of the problem types a status's own example does not stand for. */
const OTHER_TYPES: Partial<
  Record<ProblemType, { title: string; extra?: Record<string, unknown> }>
> = {
  'http-400': { title: 'Validation failed (uuid is expected)' },
  'read-model-behind': { title: 'The read model has not caught up yet' },
  'person-named-differently': {
    title: 'The loans name this person differently',
    extra: {
      personId: '3845e364-5c2b-4d0e-9d43-3c1b8a7f2e10',
      loans: [
        {
          loanId: 'd3743642-087d-4f6e-a0f4-58f54bfe68f2',
          role: 'borrower',
          productCode: 'impulskrediet',
          appliedOn: '2022-03-01',
        },
      ],
    },
  },
};

function problemResponse(status: ProblemStatus, notes: string[], types: ProblemType[]) {
  const p = PROBLEMS[status];
  const example = (type: ProblemType) =>
    p.types.includes(type)
      ? { title: p.title, status, ...(p.detail ? { detail: p.detail } : {}), ...p.extra }
      : { title: OTHER_TYPES[type]?.title ?? p.title, status, ...OTHER_TYPES[type]?.extra };
  const examples: Record<string, ExampleObject> = Object.fromEntries(
    types.map((type) => [
      type,
      {
        summary: problemType(type),
        value: { type: problemType(type), ...example(type), instance: '/api/v1/loans' },
      },
    ]),
  );
  return ApiResponse({
    status,
    description:
      [`${p.description}.`, ...notes.map((n) => `${n}.`)].join(' ') +
      ` Problem type${types.length > 1 ? 's' : ''}: ${types.map(problemType).join(', ')}.`,
    headers: p.headers,
    content: {
      'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) }, examples },
    },
  });
}

/** The problem responses of an operation, each status once with every note given for it. */
function problemResponses(problems: Problem[]) {
  const byStatus = new Map<
    ProblemStatus,
    { notes: string[]; types: ProblemType[]; only?: ProblemType[] }
  >();
  for (const problem of problems) {
    const p = typeof problem === 'number' ? { status: problem } : problem;
    const entry = byStatus.get(p.status) ?? { notes: [], types: [...PROBLEMS[p.status].types] };
    if (p.description && !entry.notes.includes(p.description)) entry.notes.push(p.description);
    entry.types.push(...(p.types ?? []));
    if (p.typesOnly) entry.only = p.typesOnly;
    byStatus.set(p.status, entry);
  }
  return [...byStatus]
    .sort(([a], [b]) => a - b)
    .map(([status, { notes, types, only }]) =>
      problemResponse(status, notes, [...new Set(only ?? types)]),
    );
}

/** The 2xx answer: a DTO as JSON, or the content types and schemas given (CSV, HTML, PDF). */
export type Reply =
  | Type<unknown>
  | { content: Record<string, SchemaObject | ReferenceObject>; extraModels?: Type<unknown>[] };

function replyDecorators(
  status: number,
  description: string,
  reply: Reply,
  headers?: Record<string, HeaderObject>,
) {
  if (typeof reply === 'function') {
    return [ApiResponse({ status, description, type: reply, headers })];
  }
  return [
    ...(reply.extraModels ? [ApiExtraModels(...reply.extraModels)] : []),
    ApiResponse({
      status,
      description,
      headers,
      content: Object.fromEntries(
        Object.entries(reply.content).map(([type, schema]) => [type, { schema }]),
      ),
    }),
  ];
}

/** Every route but /health: a bearer token, a role, the rate limit; every one reads the store. */
const GUARDED: Problem[] = [401, 403, 429, 503];

interface OperationDocs {
  /**
   * The operation's name in the document, which generated clients are typed by (apps/web's
   * schema.d.ts); by default Nest's <Controller>_<method>.
   */
  operationId?: string;
  summary: string;
  description: string;
  /** The 2xx reply's body. */
  ok: Reply;
  /** What the 2xx reply is, in a few words. */
  okDescription?: string;
  /** Beyond 401, 403, 429 and 503, which every guarded operation has. */
  problems?: Problem[];
  /** Path parameters said more precisely than the route does (LOAN_ID). */
  params?: ApiParamOptions[];
}

export interface CommandDocs extends OperationDocs {
  /** 200 for a command on a loan; 201 for one that makes a resource. */
  status: 200 | 201;
  /** The body's DTO, for its examples; absent for a command without a body. */
  body?: Type<unknown>;
  /** Example bodies, each one the API accepts (the OpenAPI test sends them all). */
  examples?: Record<string, { summary: string; value: object }>;
  /** Takes If-Match (a loan command): 409 when the loan moved on. */
  ifMatch?: boolean;
  /** Takes Idempotency-Key: a repeat records nothing; 422 idempotency-key-reused. */
  idempotent?: boolean;
  /** The 201 sends Location: the path of what it made. */
  location?: string;
}

/** A command: summary, description, body with examples, headers, its reply, its problems. */
export function ApiCommand(docs: CommandDocs) {
  const problems: Problem[] = [...GUARDED];
  if (docs.body) {
    problems.push(
      { status: 400, description: 'A field of the body is missing or malformed' },
      413,
      415,
    );
  }
  if (docs.ifMatch) {
    problems.push(
      { status: 400, description: 'If-Match is not a version such as "3" (code if-match)' },
      {
        status: 409,
        description:
          'If-Match names another version than the loan is at, or the command does not fit its status',
      },
    );
  }
  if (docs.idempotent) {
    problems.push(
      { status: 400, description: 'Idempotency-Key is malformed (code idempotency-key)' },
      {
        status: 422,
        description: 'idempotency-key-reused: the same Idempotency-Key came with another request',
      },
    );
  }
  problems.push(...(docs.problems ?? []));
  return applyDecorators(
    ApiOperation({
      summary: docs.summary,
      description: docs.description,
      ...(docs.operationId ? { operationId: docs.operationId } : {}),
    }),
    ApiExtraModels(ProblemDto),
    ...(docs.params ?? []).map((p) => ApiParam(p)),
    ...(docs.ifMatch ? [ApiHeader(IF_MATCH)] : []),
    ...(docs.idempotent ? [ApiHeader(IDEMPOTENCY_KEY)] : []),
    ...(docs.body
      ? [ApiBody({ type: docs.body, examples: docs.examples } as Parameters<typeof ApiBody>[0])]
      : []),
    ...replyDecorators(
      docs.status,
      docs.okDescription ?? (docs.status === 201 ? 'Created' : 'Recorded'),
      docs.ok,
      docs.location
        ? {
            Location: {
              description: docs.location,
              schema: {
                type: 'string',
                example: '/api/v1/loans/d3743642-087d-4f6e-a0f4-58f54bfe68f2',
              },
            },
          }
        : undefined,
    ),
    ...problemResponses(problems),
  );
}

export interface ReadDocs extends OperationDocs {
  /** /health: no token, no rate limit; its 503 is its own body, not a problem. */
  public?: boolean;
  /** Response headers of the 2xx (ETag). */
  headers?: Record<string, HeaderObject>;
  /** Other answers than the 2xx and the problems (304). */
  responses?: ApiResponseOptions[];
}

/** A query: summary, description, its reply, its problems. */
export function ApiRead(docs: ReadDocs) {
  return applyDecorators(
    // A public route says so: the document's bearer requirement does not hold for it.
    ApiOperation({
      summary: docs.summary,
      description: docs.description,
      ...(docs.operationId ? { operationId: docs.operationId } : {}),
      ...(docs.public ? { security: [] } : {}),
    }),
    ApiExtraModels(ProblemDto),
    ...(docs.params ?? []).map((p) => ApiParam(p)),
    ...replyDecorators(200, docs.okDescription ?? 'OK', docs.ok, docs.headers),
    ...(docs.responses ?? []).map((r) => ApiResponse(r)),
    ...problemResponses([...(docs.public ? [] : GUARDED), ...(docs.problems ?? [])]),
  );
}
