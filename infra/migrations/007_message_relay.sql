-- The Kafka relay's place in the global log (libs/messaging). The log is the outbox: the relay
-- reads it from this checkpoint, publishes a batch, and only then moves the checkpoint, so a
-- crash re-sends at most the batch that was not yet acknowledged.
--
-- name            the topic published to: each destination keeps its own checkpoint.
-- lease_owner     the one relay process allowed to publish until lease_expires_at: two
--                 relays running at once would otherwise send every event twice.
CREATE TABLE message_relay (
  name text PRIMARY KEY,
  checkpoint_transaction_id xid8 NOT NULL DEFAULT '0'::xid8,
  checkpoint_global_position bigint NOT NULL DEFAULT 0,
  events_published bigint NOT NULL DEFAULT 0,
  lease_owner text,
  lease_expires_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
