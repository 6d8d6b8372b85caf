import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Response } from 'supertest';
import { hasSqlDatabase, type EventStore } from '@loanbook/event-store';
import { EVENT_STORE } from '../../apps/back-office/src/infrastructure/tokens';
import { PROBLEM_BASE } from '../../apps/back-office/src/http/problem';
import { ReminderProcessor } from '../../apps/back-office/src/reminders/reminder.processor';
import {
  operations,
  OpenApiValidator,
  type OpenApiDocument,
  type OpenApiOperation,
  type SchemaNode,
} from '../support/openapi';
import { freshEnterpriseNumber, impulskredietApplication } from './fixtures';
import { startBackOffice, type RunningApp, type TestUser } from './harness';

jest.setTimeout(180_000);

// The OpenAPI document is what the web UI generates its typed client from (issue 18). The first
// part reads the document: every operation has its words, its reply's schema, its problems,
// its headers and, for a command, example bodies. The second walks loans over HTTP, sending
// every documented example, and checks every reply against the document: its status, its
// content type and its body, with every documented object closed, so that a field the
// document does not name fails here rather than in the client.

/** Path parameters that name something that may not exist: their operations answer 404. */
const LOOKED_UP = ['loanId', 'personId', 'productCode', 'documentId', 'guaranteeId'];

/** Commands that take no Idempotency-Key, and why. */
const NOT_IDEMPOTENT: Record<string, string> = {
  'POST /api/v1/people/{personId}/forget':
    'forgetting is idempotent of itself: asked again, it answers with the first date',
  'POST /api/v1/projections/{name}/retry': 'records no event: a repeat retries again',
  'POST /api/v1/bank-statements':
    'a statement is idempotent of itself: its identity (account, sequence, date) and line positions',
  'POST /api/v1/bank-statements/suspense/{itemId}/assign':
    'an item is resolved once: a repeat is a 409, its booking keyed by the item',
  'POST /api/v1/bank-statements/suspense/{itemId}/refund':
    'an item is resolved once: a repeat is a 409',
};

const LOAN_COMMAND = /^POST \/api\/v1\/loans\/\{loanId\}\//;
const problemTypes = (text: string | undefined) => text?.includes(PROBLEM_BASE) ?? false;
const json = (type: string) => type === 'application/json' || type === 'application/problem+json';

describe('the OpenAPI document', () => {
  let bo: RunningApp;
  let doc: OpenApiDocument;
  let ops: [string, OpenApiOperation][];

  beforeAll(async () => {
    bo = await startBackOffice('pglite', undefined, undefined, {
      env: { DOCUMENTS: 'on', DOCUMENTS_POLL_MS: '50', LENDER_IBAN: 'BE68539007547034' },
    });
    // Public (issue 18): the document needs no token.
    const res = await bo.http().get('/api/docs-json');
    expect(res.status).toBe(200);
    doc = res.body as OpenApiDocument;
    ops = operations(doc);
    expect(ops.length).toBeGreaterThan(40);
  });
  afterAll(async () => {
    await bo?.close();
  });

  const isPublic = (op: OpenApiOperation) => Array.isArray(op.security) && op.security.length === 0;
  const header = (op: OpenApiOperation, name: string) =>
    (op.parameters ?? []).some((p) => p.in === 'header' && p.name === name);
  const resolve = (schema: SchemaNode | undefined): SchemaNode | undefined => {
    const ref = schema?.$ref;
    return typeof ref === 'string'
      ? doc.components.schemas[ref.replace('#/components/schemas/', '')]
      : schema;
  };

  describe('structure', () => {
    it('gives every operation a summary and a description', () => {
      const lacking = ops.flatMap(([key, op]) => [
        ...(op.summary?.trim() ? [] : [`${key}: no summary`]),
        ...(op.description?.trim() ? [] : [`${key}: no description`]),
      ]);
      expect(lacking).toEqual([]);
    });

    it('gives every 2xx a schema for each content type, and no object without its properties', () => {
      const lacking: string[] = [];
      for (const [key, op] of ops) {
        const ok = Object.entries(op.responses).filter(([status]) => /^2/.test(status));
        if (ok.length === 0) lacking.push(`${key}: no 2xx response`);
        for (const [status, response] of ok) {
          const content = Object.entries(response.content ?? {});
          if (content.length === 0) lacking.push(`${key} ${status}: no content`);
          for (const [type, media] of content) {
            const schema = resolve(media.schema);
            if (!schema || Object.keys(schema).length === 0) {
              lacking.push(`${key} ${status} ${type}: no schema`);
            } else if (json(type) && schema.type !== 'array' && schema.properties === undefined) {
              lacking.push(`${key} ${status} ${type}: the schema names no properties`);
            }
          }
        }
      }
      // Every object schema anywhere says what it holds: its properties, or what else it takes.
      const visit = (where: string, node: unknown): void => {
        if (node === null || typeof node !== 'object') return;
        const s = node as SchemaNode;
        if (
          s.type === 'object' &&
          s.properties === undefined &&
          s.additionalProperties === undefined &&
          s.allOf === undefined &&
          s.oneOf === undefined
        ) {
          lacking.push(`${where}: an object without its properties`);
        }
        for (const [k, v] of Object.entries(s)) visit(`${where}.${k}`, v);
      };
      for (const [name, schema] of Object.entries(doc.components.schemas)) visit(name, schema);
      expect(lacking).toEqual([]);
    });

    it('documents the problem responses of every operation, as application/problem+json', () => {
      const lacking: string[] = [];
      for (const [key, op] of ops) {
        const expected = new Set<number>();
        if (!isPublic(op)) [401, 403, 429, 503].forEach((s) => expected.add(s));
        if (op.requestBody) [400, 413, 415].forEach((s) => expected.add(s));
        if ((op.parameters ?? []).length > 0) expected.add(400);
        if ((op.parameters ?? []).some((p) => p.in === 'path' && LOOKED_UP.includes(p.name))) {
          expected.add(404);
        }
        if (header(op, 'If-Match')) expected.add(409);
        if (header(op, 'Idempotency-Key')) expected.add(422);
        for (const status of expected) {
          if (!op.responses[status]) lacking.push(`${key}: no ${status}`);
        }
        for (const [status, response] of Object.entries(op.responses)) {
          if (!/^[45]/.test(status) || (isPublic(op) && status === '503')) continue;
          const schema = response.content?.['application/problem+json']?.schema;
          if (schema?.$ref !== '#/components/schemas/ProblemDto') {
            lacking.push(`${key} ${status}: not an application/problem+json ProblemDto`);
          }
          if (!problemTypes(response.description)) {
            lacking.push(`${key} ${status}: names no problem type`);
          }
        }
      }
      expect(lacking).toEqual([]);
      // One ProblemDto with the members docs/api.md "Errors" lists, and the problem types.
      const problem = doc.components.schemas.ProblemDto as {
        properties: Record<string, SchemaNode>;
      };
      expect(Object.keys(problem.properties)).toEqual(
        expect.arrayContaining([
          ...['type', 'title', 'status', 'detail', 'instance'],
          ...['errors', 'violations', 'currentState', 'currentVersion', 'requiredRoles'],
        ]),
      );
      for (const type of ['validation', 'rule-violation', 'conflict', 'read-model-behind']) {
        expect(problem.properties.type.description).toContain(type);
      }
    });

    it('documents If-Match, Idempotency-Key, ETag and Location where the API takes or sends them', () => {
      const lacking: string[] = [];
      for (const [key, op] of ops) {
        if (!key.startsWith('POST ')) continue;
        if (LOAN_COMMAND.test(key) && !header(op, 'If-Match')) lacking.push(`${key}: no If-Match`);
        if (!(key in NOT_IDEMPOTENT) && !header(op, 'Idempotency-Key')) {
          lacking.push(`${key}: no Idempotency-Key`);
        }
      }
      const get = doc.paths['/api/v1/loans/{loanId}'].get;
      if (!get.responses['200']?.headers?.ETag) lacking.push('GET /api/v1/loans/{loanId}: no ETag');
      if (!get.responses['304']) lacking.push('GET /api/v1/loans/{loanId}: no 304');
      const apply = doc.paths['/api/v1/loans'].post;
      if (!apply.responses['201']?.headers?.Location)
        lacking.push('POST /api/v1/loans: no Location');
      expect(lacking).toEqual([]);
    });

    it('gives every command example bodies, and every example fits its schema', () => {
      const validator = new OpenApiValidator(doc);
      const lacking: string[] = [];
      for (const [key, op] of ops) {
        if (!op.requestBody) continue;
        const media = op.requestBody.content['application/json'];
        // A file as the body (a bank statement): no JSON to give an example of.
        if (!media) continue;
        const examples = Object.entries(media?.examples ?? {});
        if (examples.length === 0) lacking.push(`${key}: no example body`);
        for (const [name, example] of examples) {
          const errors = validator.errors(media.schema ?? {}, example.value);
          if (errors.length > 0) lacking.push(`${key} example ${name}: ${errors.join('; ')}`);
        }
        // And the examples of its answers (the problems'): what a reader copies must be true.
        for (const [status, response] of Object.entries(op.responses)) {
          for (const [type, answer] of Object.entries(response.content ?? {})) {
            for (const [name, example] of Object.entries(answer.examples ?? {})) {
              const errors = validator.errors(answer.schema ?? {}, example.value);
              if (errors.length > 0) {
                lacking.push(`${key} ${status} ${type} example ${name}: ${errors.join('; ')}`);
              }
            }
          }
        }
      }
      expect(lacking).toEqual([]);
    });
  });

  describe('contract: real loans over HTTP against the document', () => {
    let contract: Contract;
    beforeAll(() => {
      contract = new Contract(bo, doc);
    });

    it('accepts every documented example in a walk, and answers each as documented', async () => {
      const from = contract.failures.length;
      await walk(bo, contract);
      expect(contract.failures.slice(from)).toEqual([]);
      expect(contract.examplesNotSent()).toEqual([]);
    });

    it('answers refusals as the document says, each a ProblemDto', async () => {
      const from = contract.failures.length;
      await refusals(contract);
      expect(contract.failures.slice(from)).toEqual([]);
    });

    it('has answered every operation of the document with a 2xx it documents', () => {
      expect(contract.operationsNotAnswered()).toEqual([]);
    });
  });

  describe('contract: a read model stopped at an event it cannot apply', () => {
    let stopped: RunningApp;
    beforeAll(async () => {
      stopped = await startBackOffice('pglite');
    });
    afterAll(async () => {
      await stopped?.close();
    });

    it('answers /health, the projections and a retry as documented, the failure in each', async () => {
      const c = new Contract(stopped, doc);
      const body = c.example(P.apply, 'impulskrediet');
      const applied = await c.send(P.apply, { as: 'clerk', url: LOANS, body, status: 201 });
      // Around the API (as poison-event.e2e-spec.ts does): an amount the read model cannot hold.
      const store = stopped.app.get<EventStore>(EVENT_STORE);
      const [original] = await store.readStream(`loan-${applied.body.loanId}`);
      const loanId = randomUUID();
      await store.appendToStream(
        `loan-${loanId}`,
        [
          {
            eventId: randomUUID(),
            type: 'LoanApplied',
            data: { ...original.data, loanId, amount: '99999999999999.99' },
            metadata: original.metadata,
          },
        ],
        { expectedVersion: 'no-stream' },
      );
      const later = await c.send(P.apply, { as: 'clerk', url: LOANS, body, status: 201 });
      const deadline = Date.now() + 60_000;
      let health = await c.send('GET /health', { as: 'anonymous', url: '/health' });
      while (health.body.status !== 'degraded' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        health = await c.send('GET /health', { as: 'anonymous', url: '/health' });
      }
      expect(health.body.projections.degraded[0].failure.error.code).toBe('22003');
      const projections = await c.send('GET /api/v1/projections', {
        as: 'admin',
        url: '/api/v1/projections',
        status: 200,
      });
      expect(projections.body.status).toBe('degraded');
      await c.send(P.list, {
        as: 'analyst',
        url: `${LOANS}?minPosition=${later.body.position}`,
        status: 503,
      });
      const retry = await c.send('POST /api/v1/projections/{name}/retry', {
        as: 'admin',
        url: '/api/v1/projections/loans/retry',
        status: 200,
      });
      expect(retry.body.cleared).toHaveLength(1);
      expect(c.failures).toEqual([]);
    });
  });
});

type As = TestUser | 'anonymous';

interface Call {
  as: As;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The status the test means to provoke. */
  status?: number;
}

/**
 * Sends requests for the document's operations and checks each answer against the document;
 * every mismatch goes to `failures`, named by the operation, and the walk goes on.
 */
class Contract {
  private readonly found: string[] = [];
  private readonly validator: OpenApiValidator;
  private readonly answered = new Map<string, Set<number>>();
  private readonly sent = new Set<string>();

  constructor(
    private readonly bo: RunningApp,
    private readonly doc: OpenApiDocument,
  ) {
    this.validator = new OpenApiValidator(doc);
  }

  /** Every mismatch so far, each once. */
  get failures(): string[] {
    return this.found;
  }

  private fail(failure: string): void {
    if (!this.found.includes(failure)) this.found.push(failure);
  }

  operation(key: string): OpenApiOperation {
    const [method, path] = key.split(' ');
    const op = this.doc.paths[path]?.[method.toLowerCase()];
    if (!op) throw new Error(`the document has no operation ${key}`);
    return op;
  }

  /** The document's example body `name` of a command. */
  example(key: string, name: string): Record<string, unknown> {
    const value =
      this.operation(key).requestBody?.content['application/json']?.examples?.[name]?.value;
    if (value === undefined) throw new Error(`${key} documents no example ${name}`);
    return value as Record<string, unknown>;
  }

  async send(key: string, call: Call): Promise<Response> {
    const method = key.split(' ')[0].toLowerCase() as 'get' | 'post';
    const client = call.as === 'anonymous' ? undefined : this.bo.as(call.as);
    let test = client ? client[method](call.url) : this.bo.http()[method](call.url);
    for (const [name, value] of Object.entries(call.headers ?? {})) test = test.set(name, value);
    const res = await (call.body === undefined
      ? test
      : typeof call.body === 'string'
        ? test.set('Content-Type', 'text/plain').send(call.body)
        : test.send(call.body as object));
    this.check(key, res);
    if (call.status !== undefined && res.status !== call.status) {
      this.fail(`${key} ${call.url}: ${res.status}, not ${call.status}: ${res.text}`);
    }
    return res;
  }

  /**
   * A command as a client of the document sends it: with the loan's ETag as If-Match and a fresh
   * Idempotency-Key where the operation takes them; then the same request again, which must
   * get the same answer and record nothing. `example` names the documented body it sends.
   */
  async command(key: string, as: As, url: string, body?: { example: string } | object) {
    const op = this.operation(key);
    const example = body && 'example' in body ? (body.example as string) : undefined;
    const sent = example ? this.example(key, example) : body;
    const headers: Record<string, string> = {};
    const loan = /^\/api\/v1\/loans\/[0-9a-f-]{36}/.exec(url)?.[0];
    if (hasHeader(op, 'If-Match') && loan) {
      headers['If-Match'] = (await this.bo.as('analyst').get(loan)).headers.etag as string;
    }
    const idempotent = hasHeader(op, 'Idempotency-Key');
    if (idempotent) headers['Idempotency-Key'] = randomUUID();
    const res = await this.send(key, { as, url, body: sent, headers });
    if (res.status < 200 || res.status > 299) {
      this.fail(`${key}${example ? ` example ${example}` : ''}: ${res.status} ${res.text}`);
      return res;
    }
    if (example) this.sent.add(`${key} example ${example}`);
    if (idempotent) {
      const before = await logSize(this.bo);
      const again = await this.send(key, { as, url, body: sent, headers });
      if (again.status !== res.status || !isDeepStrictEqual(again.body, res.body)) {
        this.fail(
          `${key}: a repeat with its Idempotency-Key answered ${again.status} ${again.text}`,
        );
      }
      if ((await logSize(this.bo)) !== before) {
        this.fail(`${key}: a repeat with its Idempotency-Key recorded events`);
      }
    }
    return res;
  }

  /** The answer against the operation's documented response for its status. */
  private check(key: string, res: Response): void {
    const status = res.status;
    (this.answered.get(key) ?? this.answered.set(key, new Set()).get(key)!).add(status);
    const documented = this.operation(key).responses[String(status)];
    if (!documented) {
      this.fail(`${key}: answered ${status}, which it does not document: ${res.text}`);
      return;
    }
    const type = String(res.headers['content-type'] ?? '').split(';')[0];
    const content = documented.content ?? {};
    if (Object.keys(content).length === 0) {
      if (res.text) this.fail(`${key} ${status}: a body the document does not describe`);
    } else if (!content[type]) {
      this.fail(`${key} ${status}: answered ${type}, documented ${Object.keys(content)}`);
    } else if (json(type)) {
      const errors = this.validator.errors(content[type].schema ?? {}, res.body);
      if (errors.length > 0) {
        this.fail(`${key} ${status}: the body does not fit: ${errors.join('; ')}`);
      }
    }
    const headers = Object.keys(documented.headers ?? {}).map((h) => h.toLowerCase());
    // (Express puts a weak ETag of the bytes on every answer: only a strong one is the API's.)
    for (const name of ['etag', 'location', 'retry-after', 'www-authenticate']) {
      const value = res.headers[name] as string | undefined;
      if (value !== undefined && !value.startsWith('W/') && !headers.includes(name)) {
        this.fail(`${key} ${status}: sends ${name}, which it does not document`);
      }
    }
    for (const name of headers) {
      if (res.headers[name] === undefined) {
        this.fail(`${key} ${status}: documents ${name}, which it does not send`);
      }
    }
  }

  examplesNotSent(): string[] {
    return operations(this.doc).flatMap(([key, op]) =>
      Object.keys(op.requestBody?.content['application/json']?.examples ?? {})
        .map((name) => `${key} example ${name}`)
        .filter((example) => !this.sent.has(example)),
    );
  }

  operationsNotAnswered(): string[] {
    return operations(this.doc)
      .map(([key]) => key)
      .filter((key) => ![...(this.answered.get(key) ?? [])].some((s) => s >= 200 && s < 300));
  }
}

const hasHeader = (op: OpenApiOperation, name: string) =>
  (op.parameters ?? []).some((p) => p.in === 'header' && p.name === name);

async function logSize(bo: RunningApp): Promise<number> {
  const store = bo.app.get<EventStore>(EVENT_STORE);
  if (!hasSqlDatabase(store)) throw new Error('the test counts events with SQL');
  const [row] = await store
    .database()
    .query<{ count: number | string }>('select count(*)::int as count from events');
  return Number(row.count);
}

/** A read with minPosition, asked again while the read model is behind (503). */
async function reached(c: Contract, key: string, as: As, url: string): Promise<Response> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await c.send(key, { as, url });
    if (res.status !== 503 || Date.now() > deadline) return res;
    await new Promise((r) => setTimeout(r, 250));
  }
}

const LOANS = '/api/v1/loans';
const P = {
  apply: 'POST /api/v1/loans',
  list: 'GET /api/v1/loans',
  get: 'GET /api/v1/loans/{loanId}',
  events: 'GET /api/v1/loans/{loanId}/events',
  schedule: 'GET /api/v1/loans/{loanId}/schedule',
  arrears: 'GET /api/v1/loans/{loanId}/arrears',
  quote: 'GET /api/v1/loans/{loanId}/early-repayment-quote',
  documents: 'GET /api/v1/loans/{loanId}/documents',
  document: 'GET /api/v1/loans/{loanId}/documents/{documentId}',
  informationGet: 'GET /api/v1/loans/{loanId}/application-information',
  assessmentGet: 'GET /api/v1/loans/{loanId}/credit-assessment',
  forget: 'POST /api/v1/people/{personId}/forget',
} as const;
const on = (command: string) => `POST /api/v1/loans/{loanId}/${command}`;

/**
 * The story of the documented examples (apps/back-office/src/http/command-examples.ts), with
 * every query of the API read on the way.
 */
async function walk(bo: RunningApp, c: Contract): Promise<void> {
  await c.send('GET /health', { as: 'anonymous', url: '/health' });

  // The curve a co-financing is priced from; an inquiry.
  await c.command('POST /api/v1/reference-curves', 'officer', '/api/v1/reference-curves', {
    example: 'curve',
  });
  await c.send('GET /api/v1/reference-curves', { as: 'analyst', url: '/api/v1/reference-curves' });
  await c.send('GET /api/v1/reference-curves/in-force', {
    as: 'clerk',
    url: '/api/v1/reference-curves/in-force?on=2021-03-15',
  });
  await c.command('POST /api/v1/inquiries', 'clerk', '/api/v1/inquiries', { example: 'phone' });

  // An Impulskrediet from application to write-off.
  const applied = await c.command(P.apply, 'clerk', LOANS, { example: 'impulskrediet' });
  const a = `${LOANS}/${applied.body.loanId}`;
  await c.command(on('application-information'), 'clerk', `${a}/application-information`, {
    example: 'items',
  });
  await c.send(P.informationGet, { as: 'analyst', url: `${a}/application-information` });
  await c.command(on('credit-assessment'), 'clerk', `${a}/credit-assessment`, {
    example: 'household',
  });
  await c.send(P.assessmentGet, { as: 'analyst', url: `${a}/credit-assessment` });
  const approved = await c.command(on('approval'), 'officer', `${a}/approval`, {
    example: 'offer',
  });
  const documents = await reached(
    c,
    P.documents,
    'analyst',
    `${a}/documents?minPosition=${approved.body.position}`,
  );
  const [offerDocument] = documents.body.documents as { documentId: string }[];
  await c.send(P.document, {
    as: 'analyst',
    url: `${a}/documents/${offerDocument.documentId}?format=pdf`,
  });
  await c.send(P.document, {
    as: 'clerk',
    url: `${a}/documents/${offerDocument.documentId}?lang=en&format=html`,
  });
  await c.command(on('disbursement'), 'clerk', `${a}/disbursement`, { example: 'payout' });
  await c.command(on('repayments'), 'clerk', `${a}/repayments`, { example: 'instalment' });
  await c.send(P.schedule, { as: 'analyst', url: `${a}/schedule?asOf=2022-05-01` });
  await c.send(P.arrears, { as: 'analyst', url: `${a}/arrears?asOf=2022-06-01` });
  await c.send(P.get, { as: 'analyst', url: a });
  await c.send(P.quote, {
    as: 'analyst',
    url: `${a}/early-repayment-quote?on=2022-05-10&amount=10000.00`,
  });
  await c.command(on('early-repayments'), 'clerk', `${a}/early-repayments`, {
    example: 'partial',
  });
  await c.send(P.schedule, { as: 'analyst', url: `${a}/schedule?asOf=2022-06-01` });
  const g1 = `${a}/guarantees/g1`;
  await c.command(
    on('guarantees/{guaranteeId}/release-refusal'),
    'officer',
    `${g1}/release-refusal`,
    {
      example: 'refusal',
    },
  );
  await c.command(on('guarantees/{guaranteeId}/release'), 'officer', `${g1}/release`, {
    example: 'partial',
  });
  await c.command(on('default'), 'officer', `${a}/default`, { example: 'bankruptcy' });
  await c.send(P.get, { as: 'analyst', url: a });
  await c.command(on('guarantees/{guaranteeId}/call'), 'officer', `${g1}/call`, {
    example: 'call',
  });
  await c.command(on('recoveries'), 'clerk', `${a}/recoveries`, { example: 'liquidation' });
  await c.command(on('write-off'), 'officer', `${a}/write-off`, { example: 'closed' });
  const loan = await c.send(P.get, { as: 'analyst', url: a });
  // The ETag, and a 304 to a client that has the loan as it is.
  await c.send(P.get, { as: 'analyst', url: a, headers: { 'If-None-Match': loan.headers.etag } });
  await c.send(P.events, { as: 'analyst', url: `${a}/events` });

  // Refused, and the written statement asked for; withdrawn.
  const b = `${LOANS}/${(await c.command(P.apply, 'clerk', LOANS, { example: 'impulskrediet' })).body.loanId}`;
  await c.command(on('refusal'), 'officer', `${b}/refusal`, { example: 'refusal' });
  const statement = await c.command(on('written-refusal'), 'clerk', `${b}/written-refusal`, {
    example: 'request',
  });
  await reached(c, P.documents, 'clerk', `${b}/documents?minPosition=${statement.body.position}`);
  await c.send(P.get, { as: 'analyst', url: b });
  const withdrawn = `${LOANS}/${(await c.command(P.apply, 'clerk', LOANS, { example: 'impulskrediet' })).body.loanId}`;
  await c.command(on('withdrawal'), 'clerk', `${withdrawn}/withdrawal`, {
    example: 'withdrawal',
  });
  await c.send(P.get, { as: 'analyst', url: withdrawn });

  // A win-win loan in default, its government guarantee claimed.
  const d = `${LOANS}/${(await c.command(P.apply, 'clerk', LOANS, { example: 'winwin' })).body.loanId}`;
  await c.command(on('approval'), 'officer', `${d}/approval`, { approvedOn: '2021-02-15' });
  await c.command(on('disbursement'), 'clerk', `${d}/disbursement`, { disbursedOn: '2021-02-20' });
  await c.command(on('default'), 'officer', `${d}/default`, {
    on: '2021-06-01',
    cause: 'bankruptcy',
  });
  await c.command(on('government-guarantee-claim'), 'officer', `${d}/government-guarantee-claim`, {
    example: 'claim',
  });
  const winwin = await c.send(P.get, { as: 'analyst', url: d });

  // A co-financing above a junior officer's limit: proposed, waiting for a second officer.
  const e = `${LOANS}/${(await c.command(P.apply, 'clerk', LOANS, { example: 'cofinanciering' })).body.loanId}`;
  const proposed = await c.command(on('approval'), 'juniorOfficer', `${e}/approval`, {
    approvedOn: '2021-03-15',
  });
  expect(proposed.body.outcome).toBe('proposed');
  await c.send(P.get, { as: 'analyst', url: e });

  // The lists, reports and operators' views.
  const page = await reached(
    c,
    P.list,
    'analyst',
    `${LOANS}?limit=2&minPosition=${proposed.body.position}`,
  );
  await c.send(P.list, {
    as: 'clerk',
    url: `${LOANS}?limit=2&cursor=${encodeURIComponent(page.body.nextCursor as string)}`,
  });
  await c.send(P.list, {
    as: 'analyst',
    url: `${LOANS}?productCode=winwinlening&status=defaulted`,
  });
  // Search, the officers' queue and the arrears buckets: items with their extra members.
  const listed = (page.body.items as { borrower: { enterpriseNumber: string | null } }[]).find(
    (i) => i.borrower.enterpriseNumber !== null,
  )!;
  for (const query of [
    `q=${encodeURIComponent(listed.borrower.enterpriseNumber!)}`,
    'awaiting=second-approval',
    'arrears=any&arrearsAsOf=2023-03-31',
  ]) {
    await c.send(P.list, { as: 'officer', url: `${LOANS}?${query}`, status: 200 });
  }
  await c.send('GET /api/v1/people', {
    as: 'clerk',
    url: `/api/v1/people?enterpriseNumber=${listed.borrower.enterpriseNumber}`,
    status: 200,
  });
  await c.send('GET /api/v1/products', { as: 'clerk', url: '/api/v1/products?on=2021-03-01' });
  for (const code of ['impulskrediet', 'winwinlening', 'cofinanciering', 'startlening']) {
    await c.send('GET /api/v1/products/{productCode}', {
      as: 'analyst',
      url: `/api/v1/products/${code}?on=2022-03-15&lang=en`,
    });
  }
  const reports = [
    ['portfolio', 'asOf=2023-03-31&from=2021-01-01'],
    ['portfolio.json', 'asOf=2023-03-31&from=2021-01-01'],
    ['portfolio.html', 'asOf=2023-03-31'],
    ['portfolio.xlsx', 'asOf=2023-03-31'],
    ['winwin-monthly', 'from=2021-01&to=2021-12&asOf=2022-12-31'],
    ['winwin-by-province', 'from=2021-01&to=2021-12&asOf=2022-12-31'],
    ['approval-rates', 'productCode=impulskrediet&from=2022-01-01&to=2022-12-31'],
  ];
  for (const [report, query] of reports) {
    const key = `GET /api/v1/reports/${report}`;
    const url = `/api/v1/reports/${report}?${query}&minPosition=${proposed.body.position}`;
    await reached(c, key, 'analyst', url);
    if (!report.includes('.')) {
      await c.send(key, { as: 'officer', url, headers: { Accept: 'text/csv' } });
    }
  }
  // The books (issue 23): a page and the next, the trial balance as of a day and as known
  // at an instant, a ledger; CSV where the route serves it, the workbook.
  const books = '/api/v1/accounting';
  const journal = await reached(
    c,
    'GET /api/v1/accounting/journal',
    'accountant',
    `${books}/journal?from=2018-01-01&to=2023-03-31&limit=3&minPosition=${proposed.body.position}`,
  );
  await c.send('GET /api/v1/accounting/journal', {
    as: 'analyst',
    url: `${books}/journal?from=2018-01-01&to=2023-03-31&limit=3&lang=en&cursor=${encodeURIComponent(journal.body.nextCursor as string)}`,
    status: 200,
  });
  await c.send('GET /api/v1/accounting/journal', {
    as: 'accountant',
    url: `${books}/journal?from=2018-01-01&to=2018-12-31`,
    headers: { Accept: 'text/csv' },
    status: 200,
  });
  await c.send('GET /api/v1/accounting/journal.xlsx', {
    as: 'accountant',
    url: `${books}/journal.xlsx?from=2018-01-01&to=2018-12-31`,
    status: 200,
  });
  for (const query of ['asOf=2023-03-31', `asOf=2023-03-31&knownAt=${new Date().toISOString()}`]) {
    await c.send('GET /api/v1/accounting/trial-balance', {
      as: 'accountant',
      url: `${books}/trial-balance?${query}`,
      status: 200,
    });
  }
  await c.send('GET /api/v1/accounting/trial-balance', {
    as: 'analyst',
    url: `${books}/trial-balance?asOf=2023-03-31`,
    headers: { Accept: 'text/csv' },
    status: 200,
  });
  await c.send('GET /api/v1/accounting/ledger/{account}', {
    as: 'accountant',
    url: `${books}/ledger/2910?from=2018-01-01&to=2023-03-31`,
    status: 200,
  });
  await c.send('GET /api/v1/accounting/ledger/{account}', {
    as: 'accountant',
    url: `${books}/ledger/2910?from=2023-03-31&to=2018-01-01`,
    status: 400,
  });
  await c.send('GET /api/v1/projections', { as: 'analyst', url: '/api/v1/projections' });
  await c.command(
    'POST /api/v1/projections/{name}/retry',
    'admin',
    '/api/v1/projections/loans/retry',
  );

  // The win-win lender forgotten: the loan reads "[erased]" where the lender's data was.
  const lender = winwin.body.lender.personId as string;
  await c.command(P.forget, 'admin', `/api/v1/people/${lender}/forget`, { example: 'erasure' });
  await c.send(P.get, { as: 'analyst', url: d });
  await c.send(P.events, { as: 'analyst', url: `${d}/events` });
  await bankStatements(bo, c);
}

/**
 * A statement of the lender's account: a line booked on the loan the assign example names (made
 * here with that id), two in suspense, one assigned to it and one refunded.
 */
async function bankStatements(bo: RunningApp, c: Contract): Promise<void> {
  const assign = 'POST /api/v1/bank-statements/suspense/{itemId}/assign';
  const loanId = c.example(assign, 'loan').loanId as string;
  await bo.as('clerk').post(LOANS).send(impulskredietApplication({ loanId })).expect(201);
  await bo
    .as('officer')
    .post(`${LOANS}/${loanId}/approval`)
    .send({ approvedOn: '2018-03-15' })
    .expect(200);
  await bo
    .as('clerk')
    .post(`${LOANS}/${loanId}/disbursement`)
    .send({ disbursedOn: '2018-03-20' })
    .expect(200);
  const loan = await bo.as('analyst').get(`${LOANS}/${loanId}`).expect(200);
  const ref = String(loan.body.structuredCommunication).replace(/\D/g, '');
  const entry = (amount: string, remittance: string) => `
    <Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
      <BookgDt><Dt>2018-04-21</Dt></BookgDt><ValDt><Dt>2018-04-10</Dt></ValDt>
      <NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Bakkerij Jansens</Nm></Dbtr></RltdPties>
      <RmtInf>${remittance}</RmtInf></TxDtls></NtryDtls></Ntry>`;
  const file = `<?xml version="1.0" encoding="UTF-8"?>
    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
    <GrpHdr><MsgId>M1</MsgId><CreDtTm>2018-04-21T06:00:00</CreDtTm></GrpHdr>
    <Stmt><Id>S1</Id><ElctrncSeqNb>1</ElctrncSeqNb><CreDtTm>2018-04-21T06:00:00</CreDtTm>
    <Acct><Id><IBAN>BE68539007547034</IBAN></Id><Ccy>EUR</Ccy></Acct>
    <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2018-04-21</Dt></Dt></Bal>
    ${entry('600.00', `<Strd><CdtrRefInf><Ref>${ref}</Ref></CdtrRefInf></Strd>`)}
    ${entry('10.00', '<Ustrd>lening</Ustrd>')}
    ${entry('20.00', '<Ustrd>gift</Ustrd>')}
    </Stmt></BkToCstmrStmt></Document>`;
  const imported = await c.send('POST /api/v1/bank-statements', {
    as: 'clerk',
    url: '/api/v1/bank-statements',
    body: file,
    status: 200,
  });
  const suspense = await c.send('GET /api/v1/bank-statements/suspense', {
    as: 'clerk',
    url: `/api/v1/bank-statements/suspense?minPosition=${imported.body.position}`,
  });
  const [first, second] = suspense.body.items as { itemId: string }[];
  await c.command(assign, 'clerk', `/api/v1/bank-statements/suspense/${first.itemId}/assign`, {
    example: 'loan',
  });
  await c.command(
    'POST /api/v1/bank-statements/suspense/{itemId}/refund',
    'clerk',
    `/api/v1/bank-statements/suspense/${second.itemId}/refund`,
    { example: 'back' },
  );
  await c.send('GET /api/v1/loans/{loanId}/unapplied-credits', {
    as: 'analyst',
    url: `${LOANS}/${loanId}/unapplied-credits`,
  });
  await reminders(bo, c, loanId);
}

/**
 * The loan paid once in April 2018 is long past due today: the reminder processor sends its
 * formal notice, and the work queue lists it.
 */
async function reminders(bo: RunningApp, c: Contract, loanId: string): Promise<void> {
  const processor = bo.app.get(ReminderProcessor);
  const issued = async () =>
    (
      (await bo.as('analyst').get(`${LOANS}/${loanId}/events`).expect(200)).body.events as {
        type: string;
        globalPosition: number;
      }[]
    ).find((e) => e.type === 'ReminderIssued');
  const deadline = Date.now() + 30_000;
  // Its candidates come from the read models, which may not have seen the loan yet.
  while (!(await issued()) && Date.now() < deadline) {
    await processor.runOnce();
    await new Promise((r) => setTimeout(r, 100));
  }
  const reminder = await issued();
  expect(reminder).toBeDefined();
  const queue = await reached(
    c,
    'GET /api/v1/reminders',
    'clerk',
    `/api/v1/reminders?level=formal-notice&from=2018-01-01&minPosition=${reminder!.globalPosition}`,
  );
  expect(queue.status).toBe(200);
  expect((queue.body.items as { loanId: string }[]).map((i) => i.loanId)).toContain(loanId);
}

/** Refusals of each kind the API answers, each checked against its operation's document. */
async function refusals(c: Contract): Promise<void> {
  const body = c.example(P.apply, 'impulskrediet');
  const people = `/api/v1/people/${randomUUID()}/forget`;
  await c.send(P.list, { as: 'anonymous', url: LOANS, status: 401 });
  await c.send(P.apply, { as: 'analyst', url: LOANS, body, status: 403 });
  await c.send(P.get, { as: 'analyst', url: `${LOANS}/${randomUUID()}`, status: 404 });
  await c.send(P.get, { as: 'analyst', url: `${LOANS}/not-a-uuid`, status: 400 });
  await c.send(P.apply, { as: 'clerk', url: LOANS, body: { ...body, amount: 25000 }, status: 400 });
  await c.send(P.apply, {
    as: 'clerk',
    url: LOANS,
    body: { ...body, amount: '30000.00' },
    status: 422,
  });
  await c.send(P.apply, {
    as: 'clerk',
    url: LOANS,
    body: 'productCode=impulskrediet',
    status: 415,
  });
  const big = { ...body, purpose: 'x'.repeat(70 * 1024) };
  await c.send(P.apply, { as: 'clerk', url: LOANS, body: big, status: 413 });
  await c.send(P.list, { as: 'analyst', url: `${LOANS}?limit=500`, status: 400 });
  await c.send('GET /api/v1/reminders', {
    as: 'clerk',
    url: '/api/v1/reminders?level=third',
    status: 400,
  });
  await c.send('GET /api/v1/reminders', { as: 'admin', url: '/api/v1/reminders', status: 403 });
  await c.send(P.list, { as: 'analyst', url: `${LOANS}?minPosition=999999999`, status: 503 });
  await c.send(P.forget, { as: 'admin', url: people, body: {}, status: 404 });
  await c.send(P.apply, {
    as: 'clerk',
    url: LOANS,
    body,
    headers: { 'Idempotency-Key': 'two words' },
    status: 400,
  });

  // A loan that moved on since the client read it: 409 with its state and version.
  const loan = await c.send(P.apply, { as: 'clerk', url: LOANS, body, status: 201 });
  const url = `${LOANS}/${loan.body.loanId}`;
  await c.send(P.schedule, { as: 'analyst', url: `${url}/schedule`, status: 409 });
  await c.send(on('approval'), {
    as: 'officer',
    url: `${url}/approval`,
    body: { approvedOn: '2022-03-15' },
    status: 200,
  });
  await c.send(on('disbursement'), {
    as: 'clerk',
    url: `${url}/disbursement`,
    body: { disbursedOn: '2022-03-20' },
    headers: { 'If-Match': '"1"' },
    status: 409,
  });
  await c.send(on('guarantees/{guaranteeId}/release'), {
    as: 'officer',
    url: `${url}/guarantees/g9/release`,
    body: { releasedOn: '2022-04-01' },
    status: 404,
  });
  await c.send(P.document, { as: 'analyst', url: `${url}/documents/not-a-uuid`, status: 400 });
  // The same Idempotency-Key with another body: 422 idempotency-key-reused.
  const refused = await c.send(P.apply, { as: 'clerk', url: LOANS, body, status: 201 });
  const key = { 'Idempotency-Key': randomUUID() };
  const refusal = (refusedOn: string, status: number) => ({
    as: 'officer' as const,
    url: `${LOANS}/${refused.body.loanId}/refusal`,
    headers: key,
    body: { refusedOn, reasons: ['known-payment-arrears'] },
    status,
  });
  await c.send(on('refusal'), refusal('2022-03-20', 200));
  await c.send(on('refusal'), refusal('2022-03-21', 422));

  // A sole trader's offer document, gone with the person forgotten: 410.
  const soleTrader = await c.send(P.apply, {
    as: 'clerk',
    url: LOANS,
    body: {
      ...body,
      borrower: {
        enterpriseNumber: freshEnterpriseNumber(),
        name: 'Jan Peeters',
        province: 'Limburg',
        naturalPerson: true,
      },
    },
    status: 201,
  });
  const s = `${LOANS}/${soleTrader.body.loanId}`;
  const offer = await c.send(on('approval'), {
    as: 'officer',
    url: `${s}/approval`,
    body: { approvedOn: '2022-03-15' },
    status: 200,
  });
  const docs = await reached(
    c,
    P.documents,
    'analyst',
    `${s}/documents?minPosition=${offer.body.position}`,
  );
  const person = (await c.send(P.get, { as: 'analyst', url: s })).body.borrower.personId as string;
  await c.send(P.forget, {
    as: 'admin',
    url: `/api/v1/people/${person}/forget`,
    body: {},
    status: 200,
  });
  await c.send(P.document, {
    as: 'analyst',
    url: `${s}/documents/${docs.body.documents[0].documentId}?format=pdf`,
    status: 410,
  });
  await c.send(P.documents, { as: 'analyst', url: `${s}/documents`, status: 200 });
  await c.send(P.get, { as: 'analyst', url: s, status: 200 });
}
