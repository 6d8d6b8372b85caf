-- The people registry: one row per natural person whose data the events hold encrypted
-- (crypto-shredding, apps/back-office/src/people).
--
-- lookup_hash  HMAC-SHA256 of '<kind>:<normalised identifier>' under a key derived from the
--              master key: the same lender (or sole trader) gets the same person id on every
--              loan, without the identifier stored in clear.
-- wrapped_key  the person's data key (32 random bytes), AES-256-GCM under a key derived from
--              the master key.
-- Forgetting destroys both and sets forgotten_at; the row stays, so a forgotten person id is
-- told apart from an unknown one and forgetting again answers with the first date.
CREATE TABLE people (
  person_id uuid PRIMARY KEY,
  lookup_hash text UNIQUE,
  wrapped_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  forgotten_at timestamptz,
  CONSTRAINT people_key_until_forgotten CHECK ((wrapped_key IS NULL) = (forgotten_at IS NOT NULL)),
  CONSTRAINT people_forgotten_unfindable CHECK (forgotten_at IS NULL OR lookup_hash IS NULL)
);
