import { randomUUID } from 'node:crypto';
import { HttpException } from '@nestjs/common';
import {
  fileNumberSeries,
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
  /** Items (inquiries, file-number series, loan lives) sent at the same time; each loan's own commands in order. */
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
    // Every item's ids are derived from its key, so what an item sends does not depend on when
    // it runs: independent items go concurrently (at most `concurrency` at a time), and the
    // first failure stops the others at their next item.
    let halted = false;
    let firstError: unknown;
    const check = async () => {
      await checkAborted();
      if (halted) throw new DemoInterruptedError(done, total);
    };
    const inParallel = async <T>(items: readonly T[], run: (item: T) => Promise<void>) => {
      let next = 0;
      const worker = async () => {
        while (!halted && next < items.length) {
          const item = items[next++];
          await run(item).catch((error: unknown) => {
            // The others stop at their next step; the first failure is the one to tell.
            if (!halted) firstError = error;
            halted = true;
            throw error;
          });
        }
      };
      const workers = await Promise.allSettled(
        Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, () => worker()),
      );
      if (workers.some((w) => w.status === 'rejected')) throw firstError;
    };

    // Inquiries stand alone (no counter, no other stream): any order.
    await inParallel(portfolio.inquiries, async (inquiry) => {
      await check();
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
    });

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

    // Each application draws the next file number of its product and year (a counter stream),
    // so the applications of one series go in the portfolio's order, one at a time, and the
    // numbers are the same on every run; the series run concurrently. A loan's decision goes
    // while the next application of its series is decided: it touches the loan's stream (and an
    // approval the win-win guard streams, whose conflicts the command handler decides again),
    // never the counter. A resume goes through each series from its start: an application
    // refused because it exists is read, and what it misses is sent (loadLoan).
    await inParallel(fileNumberLanes(portfolio.loans), async (lane) => {
      let deciding: Promise<void> | undefined;
      for (const plan of lane) {
        await check();
        const applied = await applyLoan(plan, ports, meta);
        await deciding;
        deciding = (async () => {
          const decided = applied.decide ? await decideLoan(plan, ports, meta) : 0;
          commandsSent += applied.commandsSent + decided;
          if (applied.foundAlready) itemsFoundAlready += 1;
          progress.update(++done, 'loans');
        })();
        // Not left unhandled while the next application is decided; awaited just after it.
        deciding.catch(() => undefined);
      }
      await deciding;
    });

    // After the decisions, the loans' lives are independent: several at a time, each loan's
    // commands in order. Each step's request id is derived from the loan and the step, so an
    // interrupted run finds the steps already recorded and goes on after them.
    await inParallel(withStory, async (plan) => {
      const sent = await runLifecycle(plan, ports, check);
      commandsSent += sent.commandsSent;
      if (sent.foundAlready) itemsFoundAlready += 1;
      progress.update(++done, 'lifecycle');
    });

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

/** The loans in order, split by file-number series (product and year), each in order. */
export function fileNumberLanes(loans: readonly DemoLoanPlan[]): DemoLoanPlan[][] {
  const lanes = new Map<string, DemoLoanPlan[]>();
  for (const loan of loans) {
    const series = fileNumberSeries(loan.apply.productCode, loan.apply.appliedOn.year());
    const key = `${series.prefix}-${series.year}`;
    const lane = lanes.get(key);
    if (lane) lane.push(loan);
    else lanes.set(key, [loan]);
  }
  // The longest first: it sets the phase's length, so it must not wait for a free worker.
  return [...lanes.values()].sort((a, b) => b.length - a.length);
}

/** A loan's application, or what an earlier run left of it: whether its decision is still to send. */
async function applyLoan(
  plan: DemoLoanPlan,
  ports: DemoLoaderPorts,
  meta: (actor: string) => DemoRequestMeta,
): Promise<{ commandsSent: number; foundAlready: boolean; decide: boolean }> {
  try {
    await ports.executeLoanCommand(plan.apply, meta(DEMO_CLERK));
    return { commandsSent: 1, foundAlready: false, decide: plan.decision !== undefined };
  } catch (error) {
    // On a fresh store the application always goes through; a refusal here means an earlier
    // run wrote it (a 409), unless the loan does not exist: then it is a real error.
    const status = await ports.loanStatus(plan.loanId);
    if (status === 'none') throw new DemoLoadError(plan.key, plan.apply.type, error);
    const found = { commandsSent: 0, foundAlready: true, decide: false };
    if (!plan.decision) return found;
    if (status === 'applied') return { ...found, decide: true };
    if (status === FINAL_STATUS[plan.decision.type]) return found;
    if (plan.story && plan.decision.type === 'ApproveLoan' && AFTER_APPROVAL.includes(status)) {
      return found;
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

async function decideLoan(
  plan: DemoLoanPlan,
  ports: DemoLoaderPorts,
  meta: (actor: string) => DemoRequestMeta,
): Promise<number> {
  const decision = plan.decision!;
  try {
    await ports.executeLoanCommand(
      decision,
      meta(decision.type === 'WithdrawApplication' ? DEMO_CLERK : DEMO_OFFICER),
    );
    return 1;
  } catch (error) {
    throw new DemoLoadError(plan.key, decision.type, error);
  }
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
