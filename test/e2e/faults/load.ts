import { randomUUID } from 'node:crypto';
import { FLEMISH_PROVINCES } from '@loanbook/domain';

/**
 * A load of commands for the fault tests: a plan of applications (with the loan id in the
 * body), decisions on loans already acknowledged (approvals, refusals, withdrawals) and
 * inquiries, each with its own Idempotency-Key; clients that send each command until they
 * get a definitive answer, retrying the same key and body on connection errors, 5xx and 429.
 */

export type CommandKind = 'apply' | 'approve' | 'refuse' | 'withdraw' | 'inquiry';
export type LoadUser = 'clerk' | 'officer' | 'officer2';

export interface PlannedCommand {
  /** Its place in the plan, from 0. */
  seq: number;
  kind: CommandKind;
  /** The Idempotency-Key it is sent with, every time. */
  key: string;
  user: LoadUser;
  path: string;
  body: Record<string, unknown>;
  /** The stream its events must land in. */
  streamId: string;
  /** The loan or inquiry id. */
  entityId: string;
  /** The events it must write, in order. */
  eventTypes: string[];
  /** Commands on the same loan, sent once this one is acknowledged. */
  then: PlannedCommand[];
}

/** Deterministic pseudo-random numbers (mulberry32): a plan is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid Belgian enterprise number (mod-97 check digits). */
function enterpriseNumber(rand: () => number): string {
  const first = `0${String(200_0000 + Math.floor(rand() * 799_9999)).padStart(7, '0')}`;
  const check = String(97 - (Number(first) % 97)).padStart(2, '0');
  const digits = `${first}${check}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2016, 0, 4);
const LAST_DAY = Date.UTC(2023, 11, 1);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const plusDays = (day: string, days: number) => isoDay(Date.parse(day) + days * DAY_MS);

const REFUSAL_REASONS = [
  'known-payment-arrears',
  'outside-lender-policy',
  'insufficient-securities-or-equity',
  'unconvincing-financial-position-or-plan',
];

/**
 * `total` commands: about a quarter inquiries, the rest applications of the Impulskrediet
 * and what follows them: nothing (pending), an approval, a refusal, a withdrawal, or an
 * approval and then a withdrawal of the offer. Roots (applications and inquiries) are in
 * `roots`; a follow-up only in its application's `then`.
 */
export function makePlan(
  total: number,
  seed = 20_240_601,
): { roots: PlannedCommand[]; all: PlannedCommand[] } {
  const rand = random(seed);
  const run = randomUUID().slice(0, 8);
  const all: PlannedCommand[] = [];
  const roots: PlannedCommand[] = [];
  const add = (
    c: Omit<PlannedCommand, 'seq' | 'key' | 'then'>,
    parent?: PlannedCommand,
  ): PlannedCommand | undefined => {
    if (all.length >= total) return undefined;
    const command: PlannedCommand = {
      ...c,
      seq: all.length,
      key: `fault-${run}-${all.length}-${c.kind}`,
      then: [],
    };
    all.push(command);
    if (parent) parent.then.push(command);
    else roots.push(command);
    return command;
  };
  while (all.length < total) {
    const day = isoDay(FIRST_DAY + Math.floor(rand() * ((LAST_DAY - FIRST_DAY) / DAY_MS)) * DAY_MS);
    if (rand() < 0.25) {
      const inquiryId = randomUUID();
      add({
        kind: 'inquiry',
        user: 'clerk',
        path: '/api/v1/inquiries',
        body: {
          inquiryId,
          productCode: 'impulskrediet',
          contactedOn: day,
          channel: (['phone', 'email', 'website'] as const)[Math.floor(rand() * 3)],
          ...(rand() < 0.5 ? { enterpriseNumber: enterpriseNumber(rand) } : {}),
        },
        streamId: `inquiry-${inquiryId}`,
        entityId: inquiryId,
        eventTypes: ['InquiryRegistered'],
      });
      continue;
    }
    const loanId = randomUUID();
    const loan = { streamId: `loan-${loanId}`, entityId: loanId };
    const applied = add({
      kind: 'apply',
      user: 'clerk',
      path: '/api/v1/loans',
      body: {
        loanId,
        productCode: 'impulskrediet',
        borrower: {
          enterpriseNumber: enterpriseNumber(rand),
          name: `Onderneming ${all.length}`,
          province: FLEMISH_PROVINCES[Math.floor(rand() * FLEMISH_PROVINCES.length)],
        },
        amount: `${2500 + Math.floor(rand() * 22_500)}.${String(Math.floor(rand() * 100)).padStart(2, '0')}`,
        termMonths: 12 + Math.floor(rand() * 49),
        purpose: 'stock and working capital',
        appliedOn: day,
      },
      ...loan,
      eventTypes: ['LoanApplied'],
    });
    if (!applied) break;
    const fate = rand();
    const approvedOn = plusDays(day, 7 + Math.floor(rand() * 30));
    if (fate < 0.2) continue; // pending
    if (fate < 0.6) {
      const approved = add(
        {
          kind: 'approve',
          user: rand() < 0.5 ? 'officer' : 'officer2',
          path: `/api/v1/loans/${loanId}/approval`,
          body: { approvedOn },
          ...loan,
          eventTypes: ['LoanApproved'],
        },
        applied,
      );
      if (approved && fate >= 0.45) {
        add(
          {
            kind: 'withdraw',
            user: 'clerk',
            path: `/api/v1/loans/${loanId}/withdrawal`,
            body: { withdrawnOn: plusDays(approvedOn, 10), reason: 'declined the offer' },
            ...loan,
            eventTypes: ['ApplicationWithdrawn'],
          },
          approved,
        );
      }
    } else if (fate < 0.85) {
      add(
        {
          kind: 'refuse',
          user: 'officer2',
          path: `/api/v1/loans/${loanId}/refusal`,
          body: {
            refusedOn: approvedOn,
            reasons: [REFUSAL_REASONS[Math.floor(rand() * REFUSAL_REASONS.length)]],
            explanation: 'see the file',
          },
          ...loan,
          eventTypes: ['LoanRefused'],
        },
        applied,
      );
    } else {
      add(
        {
          kind: 'withdraw',
          user: rand() < 0.5 ? 'clerk' : 'officer',
          path: `/api/v1/loans/${loanId}/withdrawal`,
          body: { withdrawnOn: plusDays(day, 3), reason: 'found other financing' },
          ...loan,
          eventTypes: ['ApplicationWithdrawn'],
        },
        applied,
      );
    }
  }
  return { roots, all };
}

/** A success: the reply the client was given. */
export interface Ack {
  command: PlannedCommand;
  status: number;
  version: number;
  position: number;
  /** Requests it took, the successful one included. */
  attempts: number;
  at: number;
}

/** Any answer that was not a success, retried or not. */
export interface ErrorAnswer {
  command: PlannedCommand;
  status: number;
  contentType: string;
  retryAfter: string | null;
  body: string;
  at: number;
}

export interface LoadOptions {
  baseUrl: string;
  tokens: Record<LoadUser, string>;
  clients: number;
  /** Called after each acknowledgement, with the number so far. */
  onAck?: (acked: number) => void;
  /** The whole load fails after this long; default 120 s. */
  deadlineMs?: number;
  /** Longest wait a Retry-After may impose; default 10 s. */
  maxRetryAfterMs?: number;
  /** One request's time limit; default 30 s. */
  requestTimeoutMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retried: the answer says "not now", or there was no answer at all. */
const RETRIED = (status: number) => status >= 500 || status === 429;

export class Load {
  readonly acks: Ack[] = [];
  /** Definitive answers other than a success (4xx but 429): each is a test failure. */
  readonly refusals: ErrorAnswer[] = [];
  /** Every answer that was not a success. */
  readonly errors: ErrorAnswer[] = [];
  /** Requests that got no answer (connection refused or reset, timeout), by message. */
  readonly connectionErrors = new Map<string, number>();
  requests = 0;
  /** Requests sent and not yet answered. */
  readonly inFlight = new Set<PlannedCommand>();
  /** Commands sent at least once and not yet acknowledged. */
  readonly started = new Set<PlannedCommand>();

  private readonly ready: PlannedCommand[];
  private readonly followUps: PlannedCommand[] = [];
  private busy = 0;
  private preferFollowUp = false;
  private waiting: (() => void)[] = [];
  private readonly deadline: number;
  private failure?: Error;

  constructor(
    readonly plan: { roots: PlannedCommand[]; all: PlannedCommand[] },
    private readonly options: LoadOptions,
  ) {
    this.ready = [...plan.roots];
    this.deadline = Date.now() + (options.deadlineMs ?? 120_000);
  }

  /** Runs the clients until every command has had a definitive answer. */
  async run(): Promise<void> {
    await Promise.all(
      Array.from({ length: this.options.clients }, () =>
        this.client().catch((error: unknown) => {
          // One client gave up: the others stop too, rather than load a server no one checks.
          this.fail(error);
          throw error;
        }),
      ),
    );
  }

  /** Stops every client at its next request: something the load depends on broke. */
  fail(error: unknown): void {
    this.failure ??= error instanceof Error ? error : new Error(String(error));
    const waiting = this.waiting;
    this.waiting = [];
    for (const wake of waiting) wake();
  }

  /** What the clients saw, for the test's report. */
  summary(): string {
    const byStatus = new Map<number, number>();
    for (const e of this.errors) byStatus.set(e.status, (byStatus.get(e.status) ?? 0) + 1);
    const retried = this.acks.filter((a) => a.attempts > 1).length;
    return [
      `${this.acks.length} acknowledged of ${this.plan.all.length}, ${this.refusals.length} refused`,
      `${this.requests} requests, ${retried} commands needed more than one`,
      `error answers: ${JSON.stringify(Object.fromEntries(byStatus))}`,
      `no answer: ${JSON.stringify(Object.fromEntries(this.connectionErrors))}`,
    ].join('; ');
  }

  private async client(): Promise<void> {
    for (;;) {
      const command = await this.take();
      if (!command) return;
      this.busy += 1;
      try {
        const ack = await this.send(command);
        if (ack) {
          this.acks.push(ack);
          this.followUps.push(...command.then);
          this.options.onAck?.(this.acks.length);
        }
      } finally {
        this.busy -= 1;
        const waiting = this.waiting;
        this.waiting = [];
        for (const wake of waiting) wake();
      }
    }
  }

  /** The next command: decisions and new work alternately, so that both run all along. */
  private async take(): Promise<PlannedCommand | undefined> {
    for (;;) {
      if (this.failure) throw this.failure;
      this.preferFollowUp = !this.preferFollowUp;
      if (this.followUps.length > 0 && (this.preferFollowUp || this.ready.length === 0))
        return this.followUps.shift();
      if (this.ready.length > 0) return this.ready.shift();
      // Nothing ready: what is still to come follows a command another client is sending.
      if (this.busy === 0) return undefined;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Sends one command until a definitive answer: the ack, or undefined when it was refused. */
  private async send(command: PlannedCommand): Promise<Ack | undefined> {
    const body = JSON.stringify(command.body);
    this.started.add(command);
    for (let attempt = 1; ; attempt++) {
      if (this.failure) throw this.failure;
      if (Date.now() > this.deadline) {
        throw new Error(
          `the load did not finish in time: command ${command.seq} (${command.kind}) still unanswered after ${attempt - 1} attempts; ${this.summary()}`,
        );
      }
      this.requests += 1;
      this.inFlight.add(command);
      let status: number;
      let text: string;
      let contentType: string;
      let retryAfter: string | null;
      try {
        const res = await fetch(`${this.options.baseUrl}${command.path}`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${this.options.tokens[command.user]}`,
            'content-type': 'application/json',
            'idempotency-key': command.key,
          },
          body,
          signal: AbortSignal.timeout(this.options.requestTimeoutMs ?? 30_000),
        });
        // A body cut off half way is no answer either.
        text = await res.text();
        status = res.status;
        contentType = res.headers.get('content-type') ?? '';
        retryAfter = res.headers.get('retry-after');
      } catch (error) {
        this.inFlight.delete(command);
        const reason = describeFetchError(error);
        this.connectionErrors.set(reason, (this.connectionErrors.get(reason) ?? 0) + 1);
        await sleep(Math.min(500, 20 * 2 ** Math.min(attempt, 5)) + Math.random() * 50);
        continue;
      }
      this.inFlight.delete(command);
      if (status >= 200 && status < 300) {
        this.started.delete(command);
        const reply = JSON.parse(text) as { version: number; position: number };
        return {
          command,
          status,
          version: reply.version,
          position: reply.position,
          attempts: attempt,
          at: Date.now(),
        };
      }
      const answer: ErrorAnswer = {
        command,
        status,
        contentType,
        retryAfter,
        body: text,
        at: Date.now(),
      };
      this.errors.push(answer);
      if (!RETRIED(status)) {
        this.started.delete(command);
        this.refusals.push(answer);
        return undefined;
      }
      const seconds = retryAfter !== null && /^\d+$/.test(retryAfter) ? Number(retryAfter) : 0;
      const wait =
        seconds > 0
          ? Math.min(seconds * 1000, this.options.maxRetryAfterMs ?? 10_000)
          : Math.min(1000, 50 * 2 ** Math.min(attempt, 5));
      await sleep(wait + Math.random() * 100);
    }
  }
}

function describeFetchError(error: unknown): string {
  // Duck-typed: under jest, fetch's errors come from another realm than the test's Error.
  const e = error as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (e?.name === 'TimeoutError') return 'timeout';
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
}
