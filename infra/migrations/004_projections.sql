-- The projection registry: one row per generation of a projection's tables.
--
-- A generation is a set of physical tables rm_<name>_<generation>_<table> filled from the start
-- of the log by one version of the projection's code. `building` catches up while the
-- `active` one serves reads; when it has caught up it becomes `active` in one transaction and
-- the old one `retired` (its tables dropped then or after a grace period: tables_dropped_at).
--
-- The checkpoint is a position in the global log, (transaction_id, global_position): the last
-- event read, whether or not the projection handles it. It moves in the transaction that
-- applies the batch, by a conditional update, so a batch is never applied twice.
CREATE TABLE projections (
  name text NOT NULL,
  generation integer NOT NULL CHECK (generation >= 1),
  version integer NOT NULL CHECK (version >= 1),
  status text NOT NULL CHECK (status IN ('building', 'active', 'retired')),
  -- Physical table names, so that retiring never depends on the code that created them.
  tables text[] NOT NULL,
  checkpoint_transaction_id xid8 NOT NULL DEFAULT '0'::xid8,
  checkpoint_global_position bigint NOT NULL DEFAULT 0,
  -- Events read past (handled or not) since the generation was created.
  events_processed bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  caught_up_at timestamptz,
  retired_at timestamptz,
  tables_dropped_at timestamptz,
  PRIMARY KEY (name, generation)
);

CREATE UNIQUE INDEX projections_one_active ON projections (name) WHERE status = 'active';
CREATE UNIQUE INDEX projections_one_building ON projections (name) WHERE status = 'building';
