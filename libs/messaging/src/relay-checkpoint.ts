import type { LogCheckpoint, SqlExecutor } from '@loanbook/event-store';

/** What the relay table says about one relay (for status and logs). */
export interface RelayState {
  name: string;
  checkpoint: LogCheckpoint;
  eventsPublished: number;
  leaseOwner: string | null;
  leaseExpiresAt: string | null;
  updatedAt: string;
}

interface Row {
  name: string;
  tx: string;
  position: string | number;
  published: string | number;
  lease_owner: string | null;
  lease_expires_at: Date | string | null;
  updated_at: Date | string;
}

const iso = (v: Date | string | null): string | null =>
  v === null ? null : v instanceof Date ? v.toISOString() : new Date(v).toISOString();

const toState = (r: Row): RelayState => ({
  name: r.name,
  checkpoint: { transactionId: r.tx, globalPosition: Number(r.position) },
  eventsPublished: Number(r.published),
  leaseOwner: r.lease_owner,
  leaseExpiresAt: iso(r.lease_expires_at),
  updatedAt: iso(r.updated_at) as string,
});

const COLUMNS = `name, checkpoint_transaction_id::text AS tx, checkpoint_global_position AS position,
  events_published AS published, lease_owner, lease_expires_at, updated_at`;

/**
 * The relay's checkpoint and lease in the `message_relay` table (migration 007). The lease is
 * taken or renewed before each batch; the checkpoint moves only from where the holder read.
 */
export class RelayCheckpoints {
  constructor(
    private readonly db: SqlExecutor,
    private readonly name: string,
    private readonly owner: string,
    private readonly leaseMs: number,
  ) {}

  /**
   * Takes or renews the lease; the checkpoint to read from while it is held, or undefined
   * while another relay holds it.
   */
  async lease(): Promise<LogCheckpoint | undefined> {
    // One round trip per batch: the row is made on first use, and the lease taken only when free,
    // expired or already this relay's (no row comes back otherwise).
    const [row] = await this.db.query<Row>(
      `INSERT INTO message_relay AS r (name, lease_owner, lease_expires_at)
            VALUES ($1, $2, now() + $3 * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE
          SET lease_owner = excluded.lease_owner, lease_expires_at = excluded.lease_expires_at
        WHERE r.lease_owner IS NULL OR r.lease_owner = $2 OR r.lease_expires_at < now()
       RETURNING ${COLUMNS}`,
      [this.name, this.owner, this.leaseMs],
    );
    return row ? toState(row).checkpoint : undefined;
  }

  /**
   * Moves the checkpoint from `from` to `to` after `published` events were acknowledged. False
   * when the lease was lost and another relay moved on: this relay then reads again.
   */
  async advance(from: LogCheckpoint, to: LogCheckpoint, published: number): Promise<boolean> {
    const moved = await this.db.query(
      `UPDATE message_relay
          SET checkpoint_transaction_id = $3::xid8, checkpoint_global_position = $4,
              events_published = events_published + $5, updated_at = now()
        WHERE name = $1 AND lease_owner = $2
          AND checkpoint_transaction_id = $6::xid8 AND checkpoint_global_position = $7
        RETURNING name`,
      [
        this.name,
        this.owner,
        to.transactionId,
        to.globalPosition,
        published,
        from.transactionId,
        from.globalPosition,
      ],
    );
    return moved.length === 1;
  }

  /** Gives the lease up (a clean stop), so another relay takes over at once. */
  async release(): Promise<void> {
    await this.db.query(
      `UPDATE message_relay SET lease_owner = NULL, lease_expires_at = NULL
        WHERE name = $1 AND lease_owner = $2`,
      [this.name, this.owner],
    );
  }

  async state(): Promise<RelayState | undefined> {
    const [row] = await this.db.query<Row>(`SELECT ${COLUMNS} FROM message_relay WHERE name = $1`, [
      this.name,
    ]);
    return row ? toState(row) : undefined;
  }
}
