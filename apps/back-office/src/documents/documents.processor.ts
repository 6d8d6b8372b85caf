import { createHash } from 'node:crypto';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Clock } from '@loanbook/domain';
import { DocumentInputError } from '@loanbook/documents';
import {
  type EventStore,
  type LogCheckpoint,
  type SqlDatabase,
  type StoredEvent,
  Wakeup,
} from '@loanbook/event-store';
import type { AppConfig } from '../config/config';
import { APP_CONFIG, CLOCK, EVENT_STORE, READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { nameBasedUuid } from '../infrastructure/name-based-uuid';
import { DocumentFactory, DOCUMENT_GROUPS, type MadeDocument } from './document-factory';

type DocumentGroup = (typeof DOCUMENT_GROUPS)[number];
const GROUP_NAMES = DOCUMENT_GROUPS.map((g) => g.name);
/** Events read at a time; documents are rendered for the few among them that make one. */
const BATCH_SIZE = 200;

export interface DocumentsRun {
  /** Events read past. */
  events: number;
  /** Documents stored by this run. */
  made: number;
}

/**
 * Makes the code of conduct's documents from the global log (DESIGN.md: anything that must not
 * be lost reads the log from a stored checkpoint). Each batch is rendered outside any
 * transaction, then its documents and the moved checkpoint are written in one: a crash loses
 * nothing (the batch is read again) and makes nothing twice. Two back offices may run it: the
 * checkpoint moves only from where this run read it, so the slower one stores nothing and reads
 * on; document ids derive from the source event, so even a rerun of a batch inserts nothing new.
 *
 * Each group of source types (DOCUMENT_GROUPS) reads the log with a checkpoint of its own, its
 * row created at the log's start when first read: a group added for a new document kind makes
 * it for every loan of before, once, while the other groups read on from where they were.
 */
@Injectable()
export class DocumentsProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('documents');
  private stopped = false;
  private readonly wakeup = new Wakeup({ unref: true });
  private loop?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DATABASE) private readonly db: SqlDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly factory: DocumentFactory,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.documents) return;
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wakeup.stop();
    await this.loop;
  }

  /** After a command committed: look at the log now rather than at the next poll. */
  notify(): void {
    this.wakeup.wake();
  }

  /** Runs until the log (as visible now) is read through by every group; returns what it did. */
  async catchUp(): Promise<DocumentsRun> {
    const total: DocumentsRun = { events: 0, made: 0 };
    for (const group of DOCUMENT_GROUPS) {
      for (;;) {
        const run = await this.runGroup(group);
        total.events += run.events;
        total.made += run.made;
        if (run.events === 0) break;
      }
    }
    return total;
  }

  /** One batch of each group from its checkpoint. */
  async runOnce(): Promise<DocumentsRun> {
    const total: DocumentsRun = { events: 0, made: 0 };
    for (const group of DOCUMENT_GROUPS) {
      const run = await this.runGroup(group);
      total.events += run.events;
      total.made += run.made;
    }
    return total;
  }

  private async runGroup(group: DocumentGroup): Promise<DocumentsRun> {
    const from = await this.checkpoint(group.name);
    const batch = await this.store.readAll(from, { batchSize: BATCH_SIZE });
    if (batch.events.length === 0) return { events: 0, made: 0 };
    const made: { source: StoredEvent; document: MadeDocument }[] = [];
    for (const source of batch.events) {
      if (!group.sourceTypes.has(source.type)) continue;
      let documents: MadeDocument[];
      try {
        documents = await this.factory.documentsFor(source);
      } catch (error) {
        // An input the templates refuse would stop every later document: it is logged loudly
        // with what to fix, and the processor reads on.
        if (!(error instanceof DocumentInputError)) throw error;
        this.logger.error(
          `no ${source.type} document for ${source.streamId} (event ${source.eventId}): ${error.message}`,
        );
        continue;
      }
      for (const document of documents) made.push({ source, document });
    }
    const stored = await this.db.transaction(async (tx) => {
      const moved = await tx.query(
        `UPDATE document_processor
            SET checkpoint_transaction_id = $2::xid8, checkpoint_global_position = $3,
                updated_at = now()
          WHERE name = $1 AND checkpoint_transaction_id = $4::xid8
            AND checkpoint_global_position = $5
         RETURNING name`,
        [
          group.name,
          batch.checkpoint.transactionId,
          batch.checkpoint.globalPosition,
          from.transactionId,
          from.globalPosition,
        ],
      );
      // Another processor moved the checkpoint first: it stored this batch.
      if (moved.length === 0) return 0;
      const generatedAt = this.clock.now().toISOString();
      let stored = 0;
      for (const { source, document } of made) {
        const documentId = documentIdOf(source.eventId, document.kind);
        // A person forgotten since the names were read: the document is recorded as erased,
        // without renditions (forgetting erases documents stored before it likewise).
        const [inserted] = await tx.query<{ erased: boolean }>(
          `INSERT INTO documents (document_id, loan_id, kind, title, source_event_id,
             source_event_type, source_position, effective_on, generated_at, person_ids, erased_at)
           VALUES ($1::uuid, $2::uuid, $3, $4, $5::uuid, $6, $7, $8::date, $9::timestamptz, $10::uuid[],
             (SELECT max(forgotten_at) FROM people WHERE person_id = ANY ($10::uuid[])))
           ON CONFLICT (source_event_id, kind) DO NOTHING
           RETURNING erased_at IS NOT NULL AS erased`,
          [
            documentId,
            document.loanId,
            document.kind,
            document.title,
            source.eventId,
            source.type,
            source.globalPosition,
            document.effectiveOn,
            generatedAt,
            document.personIds,
          ],
        );
        if (!inserted) continue;
        stored += 1;
        if (inserted.erased) continue;
        for (const r of document.renditions) {
          await tx.query(
            `INSERT INTO document_renditions (document_id, language, format, content, sha256)
             VALUES ($1::uuid, $2, $3, $4, $5)`,
            [
              documentId,
              r.language,
              r.format,
              r.content,
              createHash('sha256').update(r.content).digest('hex'),
            ],
          );
        }
      }
      if (stored > 0) {
        await tx.query(
          'UPDATE document_processor SET documents_made = documents_made + $2 WHERE name = $1',
          [group.name, stored],
        );
      }
      return stored;
    });
    return { events: batch.events.length, made: stored };
  }

  /**
   * Whether the processor has read past the event at `position` (read-your-writes for the
   * documents of a command just made).
   */
  async hasReached(position: number): Promise<boolean> {
    // Every group must have: the command's documents may come from any of them. Positions in
    // log order (KurrentDB) compare directly; the SQL stores' need the event's transaction
    // (EventStore.positionsInLogOrder). A group not yet started has no row and has not.
    const [row] = await this.db.query<{ reached: boolean }>(
      this.store.positionsInLogOrder
        ? `SELECT count(*) FILTER (WHERE checkpoint_global_position >= $2::bigint) = $3 AS reached
             FROM document_processor WHERE name = ANY ($1::text[])`
        : `SELECT count(*) FILTER (WHERE (e.transaction_id, e.global_position)
                    <= (p.checkpoint_transaction_id, p.checkpoint_global_position)) = $3 AS reached
             FROM document_processor p JOIN events e ON e.global_position = $2::bigint
            WHERE p.name = ANY ($1::text[])`,
      [GROUP_NAMES, position, GROUP_NAMES.length],
    );
    return row?.reached === true;
  }

  async waitFor(position: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await this.hasReached(position)) return true;
      if (Date.now() >= deadline) return false;
      this.notify();
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  private async checkpoint(name: string): Promise<LogCheckpoint> {
    const read = () =>
      this.db.query<{ tx: string; position: string | number }>(
        `SELECT checkpoint_transaction_id::text AS tx, checkpoint_global_position AS position
           FROM document_processor WHERE name = $1`,
        [name],
      );
    let [row] = await read();
    if (!row) {
      // A group's first run: from the log's start (migration 006 made the first group's row).
      await this.db.query(
        'INSERT INTO document_processor (name) VALUES ($1) ON CONFLICT (name) DO NOTHING',
        [name],
      );
      [row] = await read();
    }
    if (!row) throw new Error(`the document_processor row ${name} could not be made`);
    return { transactionId: row.tx, globalPosition: Number(row.position) };
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      let events = 0;
      try {
        const run = await this.runOnce();
        events = run.events;
        if (run.made > 0) this.logger.log(`${run.made} documents made`);
        failures = 0;
      } catch (error) {
        failures += 1;
        this.logger.warn(
          `documents batch failed (${failures} in a row), trying again: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      if (events === 0 || failures > 0) {
        if (failures > 0)
          await this.wakeup.sleep(Math.min(30_000, 500 * 2 ** failures), { backoff: true });
        else await this.wakeup.sleep(this.config.documentsPollMs);
      }
    }
  }
}

/** One document per source event and kind, whichever process makes it. */
export function documentIdOf(sourceEventId: string, kind: string): string {
  return nameBasedUuid(`loanbook:document\n${sourceEventId}\n${kind}`);
}
