import { idempotentEventIds } from '../../../apps/back-office/src/idempotency/idempotency.service';
import { TEST_USERS } from '../harness';
import type { Ack } from './load';

/** One row of the events table, as the audit needs it. */
export interface StoredRow {
  globalPosition: number;
  eventId: string;
  streamId: string;
  streamVersion: number;
  type: string;
  idempotencyKey: string | null;
  actor: string | null;
  recordedAt: string | null;
  transactionId: string;
  /** The loan a FileNumberAssigned gave its number to (data.loanId); null for other events. */
  numberedLoanId: string | null;
}

/** The file-number counter streams (apps/back-office/src/loans/file-numbers.ts). */
const isCounterStream = (streamId: string) => streamId.startsWith('file-numbers-');

/** Every event, in log order, straight from the table (no adapter in between). */
export function eventsSql(schema: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema ${schema}`);
  return `SELECT global_position::text AS global_position, event_id::text AS event_id, stream_id,
                 stream_version, type, metadata->>'idempotencyKey' AS idempotency_key,
                 metadata->>'actor' AS actor, metadata->>'recordedAt' AS recorded_at,
                 transaction_id::text AS transaction_id,
                 CASE WHEN type = 'FileNumberAssigned' THEN data->>'loanId' END AS numbered_loan_id
            FROM "${schema}".events
           ORDER BY transaction_id, global_position`;
}

export function toStoredRows(rows: Record<string, unknown>[]): StoredRow[] {
  return rows.map((r) => ({
    globalPosition: Number(r.global_position),
    eventId: String(r.event_id),
    streamId: String(r.stream_id),
    streamVersion: Number(r.stream_version),
    type: String(r.type),
    idempotencyKey: r.idempotency_key === null ? null : String(r.idempotency_key),
    actor: r.actor === null ? null : String(r.actor),
    recordedAt: r.recorded_at === null ? null : String(r.recorded_at),
    transactionId: String(r.transaction_id),
    numberedLoanId: r.numbered_loan_id == null ? null : String(r.numbered_loan_id),
  }));
}

export interface StoreAudit {
  /** Each broken promise, in words; empty when the store is as the clients were told. */
  problems: string[];
  /** The events of the loan and inquiry streams: one per acknowledged command. */
  events: number;
  /** The FileNumberAssigned events: one per acknowledged application. */
  fileNumbers: number;
  loanStreams: number;
  inquiryStreams: number;
}

/**
 * The store against what the clients were told: every acknowledged command exactly once,
 * with the ids its key stands for, consecutive in its stream, its last event at the position
 * and version of the reply; no event that no client was told about; one stream per
 * acknowledged application or inquiry, and no other; and beside each application, in the same
 * transaction and under the same key, the one FileNumberAssigned that numbered it.
 */
export function auditStore(allRows: StoredRow[], acks: Ack[]): StoreAudit {
  const problems: string[] = [];
  const problem = (p: string) => {
    if (problems.length < 50) problems.push(p);
    else if (problems.length === 50) problems.push('... (more)');
  };
  const rows = allRows.filter((r) => !isCounterStream(r.streamId));
  const counterRows = allRows.filter((r) => isCounterStream(r.streamId));
  const numberedByKey = new Map<string, StoredRow[]>();
  for (const row of counterRows) {
    const key = row.idempotencyKey ?? '(none)';
    numberedByKey.set(key, [...(numberedByKey.get(key) ?? []), row]);
  }
  const byKey = new Map<string, StoredRow[]>();
  for (const row of rows) {
    if (row.idempotencyKey === null) {
      problem(
        `event ${row.eventId} (${row.type} in ${row.streamId} v${row.streamVersion}, position ${row.globalPosition}) carries no Idempotency-Key: no client sent it`,
      );
      continue;
    }
    const group = byKey.get(row.idempotencyKey) ?? [];
    group.push(row);
    byKey.set(row.idempotencyKey, group);
  }
  const acked = new Set<string>();
  for (const ack of acks) {
    const c = ack.command;
    acked.add(c.key);
    const group = (byKey.get(c.key) ?? []).sort((a, b) => a.streamVersion - b.streamVersion);
    if (group.length === 0) {
      problem(
        `LOST: ${c.kind} ${c.key} was acknowledged (${JSON.stringify(reply(ack))}) but is not in the store`,
      );
      continue;
    }
    if (group.length !== c.eventTypes.length) {
      problem(
        `DOUBLED: ${c.kind} ${c.key} is in the store as ${group.length} events (${group.map((r) => `${r.type}@${r.streamId}v${r.streamVersion}`).join(', ')}), expected ${c.eventTypes.join(', ')}`,
      );
      continue;
    }
    const types = group.map((r) => r.type);
    if (types.join() !== c.eventTypes.join())
      problem(`${c.kind} ${c.key} wrote ${types.join(', ')}, expected ${c.eventTypes.join(', ')}`);
    const streams = new Set(group.map((r) => r.streamId));
    if (streams.size !== 1 || !streams.has(c.streamId))
      problem(`${c.kind} ${c.key} wrote to ${[...streams].join(', ')}, expected ${c.streamId}`);
    if (group.some((r, i) => i > 0 && r.streamVersion !== group[i - 1].streamVersion + 1))
      problem(`${c.kind} ${c.key}: its events are not consecutive in ${c.streamId}`);
    const last = group[group.length - 1];
    if (last.streamVersion !== ack.version || last.globalPosition !== ack.position) {
      problem(
        `${c.kind} ${c.key}: the reply said version ${ack.version} at position ${ack.position}, the store has its last event at version ${last.streamVersion}, position ${last.globalPosition}`,
      );
    }
    const actor = TEST_USERS[c.user].sub;
    const ids = idempotentEventIds(actor, c.key).slice(0, group.length);
    if (group.map((r) => r.eventId).join() !== ids.join())
      problem(`${c.kind} ${c.key}: its event ids are not the ones its key stands for`);
    if (group.some((r) => r.actor !== actor))
      problem(`${c.kind} ${c.key}: recorded as ${group[0].actor}, sent by ${actor}`);
    const numbered = numberedByKey.get(c.key) ?? [];
    if (c.kind !== 'apply') {
      if (numbered.length > 0) problem(`${c.kind} ${c.key} drew ${numbered.length} file number(s)`);
      continue;
    }
    if (numbered.length !== 1) {
      problem(`${c.kind} ${c.key} drew ${numbered.length} file numbers, expected 1`);
      continue;
    }
    const [n] = numbered;
    if (n.numberedLoanId === null || `loan-${n.numberedLoanId}` !== c.streamId)
      problem(`${c.kind} ${c.key}: its file number went to loan ${n.numberedLoanId}`);
    if (n.transactionId !== last.transactionId)
      problem(`${c.kind} ${c.key}: its file number was not appended in its transaction`);
    if (n.eventId !== idempotentEventIds(actor, c.key)[group.length])
      problem(`${c.kind} ${c.key}: its file number's event id is not the one its key stands for`);
  }
  for (const key of numberedByKey.keys()) {
    if (!acked.has(key))
      problem(`UNACKNOWLEDGED: a file number with key ${key} was never acknowledged to a client`);
  }
  for (const [key, group] of byKey) {
    if (!acked.has(key)) {
      problem(
        `UNACKNOWLEDGED: ${group.length} event(s) with key ${key} (${group.map((r) => r.type).join(', ')} in ${group[0].streamId}) were never acknowledged to a client`,
      );
    }
  }
  const streams = new Map<string, StoredRow[]>();
  for (const row of allRows) {
    const s = streams.get(row.streamId) ?? [];
    s.push(row);
    streams.set(row.streamId, s);
  }
  for (const [streamId, events] of streams) {
    const versions = events.map((e) => e.streamVersion).sort((a, b) => a - b);
    if (versions.some((v, i) => v !== i + 1))
      problem(`stream ${streamId} has versions ${versions.join(', ')}: not 1..${versions.length}`);
  }
  const ids = [...streams.keys()];
  const loanStreams = ids.filter((s) => s.startsWith('loan-')).length;
  const inquiryStreams = ids.filter((s) => s.startsWith('inquiry-')).length;
  const others = ids.filter(
    (s) => !s.startsWith('loan-') && !s.startsWith('inquiry-') && !isCounterStream(s),
  );
  const applications = acks.filter((a) => a.command.kind === 'apply').length;
  const inquiries = acks.filter((a) => a.command.kind === 'inquiry').length;
  if (loanStreams !== applications)
    problem(`${loanStreams} loan streams for ${applications} acknowledged applications`);
  if (inquiryStreams !== inquiries)
    problem(`${inquiryStreams} inquiry streams for ${inquiries} acknowledged inquiries`);
  if (others.length > 0) problem(`streams no command of the load writes: ${others.join(', ')}`);
  return {
    problems,
    events: rows.length,
    fileNumbers: counterRows.length,
    loanStreams,
    inquiryStreams,
  };
}

function reply(ack: Ack) {
  return { version: ack.version, position: ack.position };
}

/** A loan as the list shows it, reduced to what the load decides. */
export interface ExpectedLoan {
  loanId: string;
  status: string;
  version: number;
  amount: string;
  termMonths: number;
  appliedOn: string;
  approvedOn: string | null;
}

/** What the read models must show once every acknowledged command is in them. */
export function expectedReadModels(acks: Ack[]): {
  loans: Map<string, ExpectedLoan>;
  funnel: Record<string, number>;
} {
  const loans = new Map<string, ExpectedLoan>();
  const ordered = [...acks].sort((a, b) => a.command.seq - b.command.seq);
  let inquiries = 0;
  let withdrawnFromApplied = 0;
  for (const { command: c, version } of ordered) {
    if (c.kind === 'inquiry') {
      inquiries += 1;
      continue;
    }
    if (c.kind === 'apply') {
      loans.set(c.entityId, {
        loanId: c.entityId,
        status: 'applied',
        version,
        amount: String(c.body.amount),
        termMonths: Number(c.body.termMonths),
        appliedOn: String(c.body.appliedOn),
        approvedOn: null,
      });
      continue;
    }
    const loan = loans.get(c.entityId);
    if (!loan) throw new Error(`${c.kind} ${c.key} acknowledged before its application`);
    loan.version = Math.max(loan.version, version);
    if (c.kind === 'approve') {
      loan.status = 'approved';
      loan.approvedOn = String(c.body.approvedOn);
    } else if (c.kind === 'refuse') loan.status = 'refused';
    else {
      if (loan.status === 'applied') withdrawnFromApplied += 1;
      loan.status = 'withdrawn';
    }
  }
  const all = [...loans.values()];
  const approved = all.filter((l) => l.approvedOn !== null).length;
  const refused = all.filter((l) => l.status === 'refused').length;
  return {
    loans,
    funnel: {
      inquiries,
      applications: all.length,
      approved,
      refused,
      withdrawn: withdrawnFromApplied,
      pending: all.length - approved - refused - withdrawnFromApplied,
    },
  };
}

export interface ReadModelView {
  /** Every page of GET /api/v1/loans, as served. */
  loans: Record<string, unknown>[];
  approvalRates: Record<string, unknown>;
}

export class ReadModelUnavailable extends Error {}

/** After the last business date a plan can hold (makePlan's dates end early in 2024). */
export const AS_OF = '2025-01-01';

/**
 * The loans read model (every page) and the approval-rates report, as an analyst reads them,
 * after the read models have reached `minPosition` (a 503 while they catch up is retried).
 */
export async function readModelView(
  baseUrl: string,
  analystToken: string,
  minPosition: number,
): Promise<ReadModelView> {
  const get = async (path: string): Promise<Record<string, unknown>> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      let status = 0;
      let text = '';
      try {
        const res = await fetch(`${baseUrl}${path}`, {
          headers: { authorization: `Bearer ${analystToken}` },
          signal: AbortSignal.timeout(15_000),
        });
        status = res.status;
        text = await res.text();
      } catch (error) {
        text = error instanceof Error ? error.message : String(error);
      }
      if (status === 200) return JSON.parse(text) as Record<string, unknown>;
      if (status !== 0 && status !== 503)
        throw new Error(`GET ${path} answered ${status}: ${text}`);
      if (Date.now() > deadline)
        throw new ReadModelUnavailable(`GET ${path} kept failing: ${status} ${text}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const loans: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const page = await get(
      `/api/v1/loans?limit=200&minPosition=${minPosition}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    loans.push(...(page.items as Record<string, unknown>[]));
    cursor = page.nextCursor as string | null;
  } while (cursor);
  // A fixed as-of date after every business date of the plan: the same report on any day.
  const approvalRates = await get(
    `/api/v1/reports/approval-rates?productCode=impulskrediet&from=2016-01-01&asOf=${AS_OF}&minPosition=${minPosition}`,
  );
  return { loans, approvalRates };
}

/** How the read models differ from what the acknowledged commands make; empty when equal. */
export function compareReadModels(
  view: ReadModelView,
  expected: ReturnType<typeof expectedReadModels>,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const item of view.loans) {
    const loanId = String(item.loanId);
    seen.add(loanId);
    const want = expected.loans.get(loanId);
    if (!want) {
      problems.push(`the list shows loan ${loanId}, which no acknowledged application made`);
      continue;
    }
    const got: ExpectedLoan = {
      loanId,
      status: String(item.status),
      version: Number(item.version),
      amount: String(item.amount),
      termMonths: Number(item.termMonths),
      appliedOn: String(item.appliedOn),
      approvedOn: item.approvedOn === null ? null : String(item.approvedOn),
    };
    if (JSON.stringify(got) !== JSON.stringify(want))
      problems.push(
        `loan ${loanId}: listed as ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`,
      );
  }
  for (const loanId of expected.loans.keys())
    if (!seen.has(loanId)) problems.push(`loan ${loanId} is missing from the list`);
  if (view.loans.length !== seen.size) problems.push('the list shows a loan twice');
  for (const [field, want] of Object.entries(expected.funnel)) {
    if (view.approvalRates[field] !== want)
      problems.push(
        `approval-rates ${field}: ${String(view.approvalRates[field])}, expected ${want}`,
      );
  }
  return problems.slice(0, 30);
}
