import { randomUUID } from 'node:crypto';
import { HttpException } from '@nestjs/common';
import {
  RuleViolationError,
  type LoanCommand,
  type LoanState,
  type LoanStatus,
  type RegisterInquiry,
} from '@loanbook/domain';
import { DemoInterruptedError } from './interrupted';
import { uuidV5 } from './ids';
import { lifecycleSteps } from './lifecycle';
import type { StoredEvent } from '@loanbook/event-store';
import type { DemoMarkerData } from '@loanbook/messaging/stored-event-types';
export type { DemoMarkerData };
import {
  DEMO_CLERK,
  DEMO_OFFICER,
  DEMO_PORTFOLIO_VERSION,
  type DemoCurvePlan,
  type DemoDecision,
  type DemoLoanPlan,
  type DemoPortfolio,
  type DemoPortfolioCounts,
} from './portfolio';

/** The stream that records that the demo portfolio was loaded, and its one event type. */
export const DEMO_MARKER_STREAM = 'demo-portfolio';
export const DEMO_MARKER_EVENT = 'DemoPortfolioLoaded';
export const DEMO_ACTOR = 'demo-loader';

/** Who sends the demo's commands, carried into every event's metadata (like an API request's). */
export interface DemoRequestMeta {
  actor: string;
  correlationId: string;
  requestId: string;
}

/**
 * What the loader needs from the back office: the same command path as the API (the CommandBus
 * with ExecuteLoanCommand, InquiriesService.register), reads to resume, and the marker.
 */
export interface DemoLoaderPorts {
  executeLoanCommand(command: LoanCommand, meta: DemoRequestMeta): Promise<unknown>;
  registerInquiry(command: RegisterInquiry, meta: DemoRequestMeta): Promise<unknown>;
  /** The loan's current status (LoanRepository.load); 'none' when it does not exist. */
  loanStatus(loanId: string): Promise<LoanStatus>;
  inquiryExists(inquiryId: string): Promise<boolean>;
  /** The loan's state and the request ids (causationId) of its recorded events. */
  loadLoan(loanId: string): Promise<{ state: LoanState; causations: ReadonlySet<string> }>;
  /** The days a reference curve is recorded for (ISO dates). */
  referenceCurveDays(): Promise<ReadonlySet<string>>;
  recordReferenceCurve(curve: DemoCurvePlan, meta: DemoRequestMeta): Promise<unknown>;
  readMarker(): Promise<StoredEvent[]>;
  appendMarker(data: DemoMarkerData, expectedVersion: number): Promise<{ position: number }>;
}

export type DemoProgressPhase = 'inquiries' | 'reference curves' | 'loans' | 'lifecycle';

export interface DemoProgress {
  /** Called once with the number of items, then after every item. */
  start(total: number): void;
  update(done: number, phase: DemoProgressPhase): void;
  stop(): void;
}

export type DemoLoadResult =
  | { outcome: 'already-loaded'; marker: StoredEvent }
  | {
      outcome: 'loaded';
      counts: DemoPortfolioCounts;
      commandsSent: number;
      itemsFoundAlready: number;
      markerPosition: number;
    };

/** A demo command was refused: names the item and every broken rule. */
export class DemoLoadError extends Error {
  constructor(
    readonly itemKey: string,
    readonly commandType: string,
    cause: unknown,
  ) {
    super(`${commandType} for demo item ${itemKey} failed: ${describeError(cause)}`, { cause });
    this.name = 'DemoLoadError';
  }
}

const FINAL_STATUS: Record<DemoDecision['type'], LoanStatus> = {
  ApproveLoan: 'approved',
  RefuseLoan: 'refused',
  WithdrawApplication: 'withdrawn',
  DisburseLoan: 'active',
};

/** Where a loan with a lifecycle may be after its approval: an earlier run went on with it. */
const AFTER_APPROVAL: readonly LoanStatus[] = [
  'approved',
  'lapsed',
  'active',
  'repaid',
  'defaulted',
  'written-off',
];

export interface DemoLoadOptions {
  progress?: DemoProgress;
  /** Aborting stops the load between two items; a later run resumes it. */
  signal?: AbortSignal;
  /** Loans whose lifecycle runs at the same time (each loan's own commands in order). */
  concurrency?: number;
}

/** Enough to keep the store busy while the event loop decides the next command. */
export const DEMO_LIFECYCLE_CONCURRENCY = 8;

/** The request id of a loan's n-th lifecycle step: recorded as its events' causationId, found again on a resume. */
export const lifecycleRequestId = (key: string, step: number): string =>
  uuidV5(`${DEMO_PORTFOLIO_VERSION}/${key}/lifecycle/${step}`);

export { DemoInterruptedError };

const noProgress: DemoProgress = { start: () => {}, update: () => {}, stop: () => {} };

/**
 * Loads the demo portfolio through the back office's command path. Idempotent: a marker event
 * at the end makes a second run stop at once; an interrupted run is resumed, because every id
 * is derived from a key: an application or inquiry that exists already is refused, and then
 * (only then) the loan is read to send what is still missing. The read models are the
 * caller's business (see demo.command.ts).
 */
export async function loadDemoPortfolio(
  portfolio: DemoPortfolio,
  ports: DemoLoaderPorts,
  { progress = noProgress, signal, concurrency = DEMO_LIFECYCLE_CONCURRENCY }: DemoLoadOptions = {},
): Promise<DemoLoadResult> {
  const marker = await ports.readMarker();
  const loaded = marker.find((e) => e.type === DEMO_MARKER_EVENT);
  if (loaded) return { outcome: 'already-loaded', marker: loaded };

  const meta = (actor: string): DemoRequestMeta => ({
    actor,
    correlationId: DEMO_PORTFOLIO_VERSION,
    requestId: randomUUID(),
  });
  let commandsSent = 0;
  let itemsFoundAlready = 0;
  let done = 0;
  const withStory = portfolio.loans.filter((l) => l.story);
  // One total for every phase, known up front: the bar only moves forward.
  const total =
    portfolio.inquiries.length +
    portfolio.curves.length +
    portfolio.loans.length +
    withStory.length;
  // PGlite answers in microtasks: without a turn of the event loop between items, signals
  // (Ctrl-C), timers and I/O would wait until the whole load is done.
  const checkAborted = async () => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw new DemoInterruptedError(done, total);
  };
  progress.start(total);
  try {
    for (const inquiry of portfolio.inquiries) {
      await checkAborted();
      try {
        await ports.registerInquiry(inquiry.command, meta(DEMO_CLERK));
        commandsSent += 1;
      } catch (error) {
        if (!(await ports.inquiryExists(inquiry.inquiryId))) {
          throw new DemoLoadError(inquiry.key, inquiry.command.type, error);
        }
        itemsFoundAlready += 1;
      }
      progress.update(++done, 'inquiries');
    }

    // The co-financings are priced from the curve in force on their approval day.
    const curveDays = await ports.referenceCurveDays();
    for (const curve of portfolio.curves) {
      await checkAborted();
      if (curveDays.has(curve.recordedOn.toString())) itemsFoundAlready += 1;
      else {
        try {
          await ports.recordReferenceCurve(curve, meta(DEMO_OFFICER));
        } catch (error) {
          throw new DemoLoadError(
            `reference-curve/${curve.recordedOn.toString()}`,
            'RecordReferenceCurve',
            error,
          );
        }
        commandsSent += 1;
      }
      progress.update(++done, 'reference curves');
    }

    // In order, one at a time: each application draws the next file number of its product
    // and year (a counter stream), so the numbers are the same on every run.
    for (const loan of portfolio.loans) {
      await checkAborted();
      const sent = await loadLoan(loan, ports, meta);
      commandsSent += sent.commandsSent;
      if (sent.foundAlready) itemsFoundAlready += 1;
      progress.update(++done, 'loans');
    }

    // After the decisions, the loans' lives are independent: several at a time, each loan's
    // commands in order. Each step's request id is derived from the loan and the step, so an
    // interrupted run finds the steps already recorded and goes on after them.
    let next = 0;
    let halted = false;
    let firstError: unknown;
    const check = async () => {
      await checkAborted();
      if (halted) throw new DemoInterruptedError(done, total);
    };
    const worker = async () => {
      while (!halted && next < withStory.length) {
        const plan = withStory[next++];
        const sent = await runLifecycle(plan, ports, check).catch((error: unknown) => {
          // The others stop at their next step; the first failure is the one to tell.
          if (!halted) firstError = error;
          halted = true;
          throw error;
        });
        commandsSent += sent.commandsSent;
        if (sent.foundAlready) itemsFoundAlready += 1;
        progress.update(++done, 'lifecycle');
      }
    };
    const workers = await Promise.allSettled(
      Array.from({ length: Math.max(1, concurrency) }, () => worker()),
    );
    if (workers.some((w) => w.status === 'rejected')) throw firstError;

    const data: DemoMarkerData = {
      version: DEMO_PORTFOLIO_VERSION,
      ...portfolio.counts,
      commandsSent,
      itemsFoundAlready,
    };
    const { position } = await ports.appendMarker(data, marker.at(-1)?.streamVersion ?? 0);
    return {
      outcome: 'loaded',
      counts: portfolio.counts,
      commandsSent,
      itemsFoundAlready,
      markerPosition: position,
    };
  } finally {
    progress.stop();
  }
}

async function loadLoan(
  plan: DemoLoanPlan,
  ports: DemoLoaderPorts,
  meta: (actor: string) => DemoRequestMeta,
): Promise<{ commandsSent: number; foundAlready: boolean }> {
  let commandsSent = 0;
  let foundAlready = false;
  try {
    await ports.executeLoanCommand(plan.apply, meta(DEMO_CLERK));
    commandsSent += 1;
  } catch (error) {
    // On a fresh store the application always goes through; a refusal here means an earlier
    // run wrote it (a 409), unless the loan does not exist: then it is a real error.
    const status = await ports.loanStatus(plan.loanId);
    if (status === 'none') throw new DemoLoadError(plan.key, plan.apply.type, error);
    foundAlready = true;
    if (plan.decision && status !== 'applied') {
      if (status === FINAL_STATUS[plan.decision.type]) return { commandsSent, foundAlready };
      if (plan.story && plan.decision.type === 'ApproveLoan' && AFTER_APPROVAL.includes(status)) {
        return { commandsSent, foundAlready };
      }
      throw new DemoLoadError(
        plan.key,
        plan.decision.type,
        new Error(
          `the loan ${plan.loanId} is ${status}, not ${FINAL_STATUS[plan.decision.type]} as the demo portfolio has it: was the demo data changed by hand?`,
        ),
      );
    }
  }
  if (plan.decision) {
    try {
      await ports.executeLoanCommand(
        plan.decision,
        meta(plan.decision.type === 'WithdrawApplication' ? DEMO_CLERK : DEMO_OFFICER),
      );
      commandsSent += 1;
    } catch (error) {
      throw new DemoLoadError(plan.key, plan.decision.type, error);
    }
  }
  return { commandsSent, foundAlready };
}

/** The commands after a loan's decision (lifecycle.ts), those not yet recorded. */
async function runLifecycle(
  plan: DemoLoanPlan,
  ports: DemoLoaderPorts,
  checkAborted: () => Promise<void>,
): Promise<{ commandsSent: number; foundAlready: boolean }> {
  const { state, causations } = await ports.loadLoan(plan.loanId);
  const steps = lifecycleSteps(plan.loanId, plan.story!, state);
  let commandsSent = 0;
  let foundAlready = false;
  for (const [i, step] of steps.entries()) {
    const requestId = lifecycleRequestId(plan.key, i);
    if (causations.has(requestId)) {
      foundAlready = true;
      continue;
    }
    await checkAborted();
    try {
      await ports.executeLoanCommand(step.command, {
        actor: step.actor === 'officer' ? DEMO_OFFICER : DEMO_CLERK,
        correlationId: DEMO_PORTFOLIO_VERSION,
        requestId,
      });
    } catch (error) {
      throw new DemoLoadError(plan.key, step.command.type, error);
    }
    commandsSent += 1;
  }
  return { commandsSent, foundAlready };
}

/** A refusal as a person reads it: every broken rule of a 422, the detail of a problem. */
export function describeError(error: unknown): string {
  if (error instanceof RuleViolationError) {
    return error.violations.map((v) => `${v.rule}: ${v.message}`).join('; ');
  }
  if (error instanceof HttpException) {
    const body = error.getResponse();
    if (typeof body === 'object' && body !== null) {
      const { status, title, detail, violations, errors } = body as Record<string, unknown>;
      const items = (
        Array.isArray(violations) ? violations : Array.isArray(errors) ? errors : []
      ).map(
        (v: Record<string, unknown>) =>
          `${String(v.rule ?? v.field ?? '')}: ${String(v.message ?? '')}`,
      );
      return [
        `${String(status ?? error.getStatus())} ${String(title ?? error.message)}`,
        detail,
        ...items,
      ]
        .filter((x) => x !== undefined && x !== '')
        .map(String)
        .join('; ');
    }
    return `${error.getStatus()} ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
