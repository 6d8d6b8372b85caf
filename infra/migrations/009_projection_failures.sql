-- Events a projection could not apply (libs/projections/src/engine/failures.ts).
--
-- When a batch fails for a reason that is not the database being away, the runner applies its
-- events in smaller and smaller parts until it has applied every event before the failing one
-- and found that one failing on its own. The generation's checkpoint then sits just before it,
-- and this row records it: the generation is stopped there (`degraded`), never past it, since
-- skipping an event would make the read model silently wrong. Other projections go on.
--
-- One row per generation at most: a stopped generation reads no further. The runner retries
-- the event on a slow backoff (last_retried_at) and deletes the row, in the transaction that
-- applies it, once it goes through; `projections retry <name>` deletes it to retry now.
-- Retiring a generation deletes its row.
--
-- transaction_id, global_position   the event's place in the log: the checkpoint pair.
-- error_code                        the SQLSTATE, when the database raised the error.
-- attempts                          failed attempts at this event, the first included.
CREATE TABLE projection_failures (
  name text NOT NULL,
  generation integer NOT NULL,
  event_id text NOT NULL,
  event_type text NOT NULL,
  stream_id text NOT NULL,
  stream_version integer NOT NULL,
  transaction_id xid8 NOT NULL,
  global_position bigint NOT NULL,
  error_message text NOT NULL,
  error_code text,
  attempts integer NOT NULL DEFAULT 1 CHECK (attempts >= 1),
  first_failed_at timestamptz NOT NULL DEFAULT now(),
  last_retried_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (name, generation),
  FOREIGN KEY (name, generation) REFERENCES projections (name, generation) ON DELETE CASCADE
);
