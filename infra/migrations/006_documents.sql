-- Documents the code of conduct requires (the offer's summary information document, the written
-- refusal statement, the notice of a refused guarantee release), generated from the events by
-- the documents processor (apps/back-office/src/documents). Made once, kept as made: they are
-- never rebuilt, unlike read models, because they are what the borrower was handed.
--
-- document_id   derived from the source event's id and the kind: a second processor that
--               makes the same document inserts nothing.
-- person_ids    persons of the people registry whose personal data the renditions hold; when
--               one is forgotten the renditions are deleted and the row says when.
CREATE TABLE documents (
  document_id uuid PRIMARY KEY,
  loan_id uuid NOT NULL,
  kind text NOT NULL,
  title text NOT NULL,
  source_event_id uuid NOT NULL,
  source_event_type text NOT NULL,
  source_position bigint NOT NULL,
  effective_on date NOT NULL,
  generated_at timestamptz NOT NULL,
  person_ids uuid[] NOT NULL DEFAULT '{}',
  erased_at timestamptz,
  UNIQUE (source_event_id, kind)
);
CREATE INDEX documents_by_loan ON documents (loan_id, source_position);

CREATE TABLE document_renditions (
  document_id uuid NOT NULL REFERENCES documents ON DELETE CASCADE,
  language text NOT NULL,
  format text NOT NULL CHECK (format IN ('html', 'pdf')),
  content bytea NOT NULL,
  sha256 text NOT NULL,
  PRIMARY KEY (document_id, language, format)
);

-- The processor's checkpoint in the global log, in the projections' (transaction, position) order.
CREATE TABLE document_processor (
  name text PRIMARY KEY,
  checkpoint_transaction_id xid8 NOT NULL DEFAULT '0'::xid8,
  checkpoint_global_position bigint NOT NULL DEFAULT 0,
  documents_made bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO document_processor (name) VALUES ('documents');
