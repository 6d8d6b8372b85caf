import { randomUUID } from 'node:crypto';
import { HttpException } from '@nestjs/common';
import {
  RuleViolationError,
  type LoanCommand,
  type LoanStatus,
  type RegisterInquiry,
} from '@loanbook/domain';
import type { StoredEvent } from '@loanbook/event-store';
import type { DemoMarkerData } from '@loanbook/messaging/stored-event-types';
export type { DemoMarkerData };
import {
  DEMO_CLERK,
  DEMO_OFFICER,
  DEMO_PORTFOLIO_VERSION,
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
  readMarker(): Promise<StoredEvent[]>;
  appendMarker(data: DemoMarkerData, expectedVersion: number): Promise<{ position: number }>;
}

export type DemoProgressPhase = 'inquiries' | 'loans';

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

export interface DemoLoadOptions {
  progress?: DemoProgress;
  /** Aborting stops the load between two items; a later run resumes it. */
  signal?: AbortSignal;
}

/** The load was stopped (Ctrl-C) between two items: what was written stays, a rerun resumes. */
export class DemoInterruptedError extends Error {
  constructor(
    readonly done: number,
    readonly total: number,
  ) {
    super(
      `interrupted after ${done} of ${total} demo items; what was loaded stays, and running the demo again resumes where it stopped`,
    );
    this.name = 'DemoInterruptedError';
  }
}

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
  { progress = noProgress, signal }: DemoLoadOptions = {},
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
  const total = portfolio.inquiries.length + portfolio.loans.length;
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

    for (const loan of portfolio.loans) {
      await checkAborted();
      const sent = await loadLoan(loan, ports, meta);
      commandsSent += sent.commandsSent;
      if (sent.foundAlready) itemsFoundAlready += 1;
      progress.update(++done, 'loans');
    }

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
