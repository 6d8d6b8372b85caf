-- The event store's tables. Unqualified on purpose: the runner sets search_path to the
-- store's schema, so one file serves every schema (and both the pg and PGlite adapters).

CREATE TABLE streams (
  stream_id text PRIMARY KEY,
  -- The version of the stream's last event; its row is the per-stream write lock.
  version integer NOT NULL CHECK (version >= 1)
);

CREATE TABLE events (
  -- Unique and increasing, but neither gapless nor in commit order: never read by it alone.
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id uuid NOT NULL CONSTRAINT events_event_id_unique UNIQUE,
  stream_id text NOT NULL,
  stream_version integer NOT NULL CHECK (stream_version >= 1),
  type text NOT NULL,
  data jsonb NOT NULL,
  metadata jsonb NOT NULL,
  -- Top-level id of the writing transaction: readers of the global log order by
  -- (transaction_id, global_position) and stop below the oldest running transaction.
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
);

CREATE INDEX events_transaction_position_idx ON events (transaction_id, global_position);
