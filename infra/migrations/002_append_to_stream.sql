-- Appends a batch of events to one stream in a single round trip.
--
-- Returns one row:
--   appended        next_version / last_position of the new events
--   idempotent      every event id was already stored in this stream: the original result, nothing written
--   id_conflict     some ids stored, or stored in another stream: conflicting_event_ids, nothing written
--   wrong_version   next_version is the stream's actual version (0 = no stream), nothing written
--
-- p_expected_version: -1 = any, 0 = the stream must not exist, N = the stream must be at N.
CREATE FUNCTION append_to_stream(
  p_stream_id text,
  p_expected_version integer,
  p_event_ids uuid[],
  p_types text[],
  p_data jsonb[],
  p_metadata jsonb[],
  p_recorded_at timestamptz[]
) RETURNS TABLE (
  append_status text,
  next_version integer,
  last_position bigint,
  conflicting_event_ids uuid[]
)
LANGUAGE plpgsql
-- Pin the tables to the schema this function was created in, whatever the caller's search_path.
SET search_path FROM CURRENT
AS $$
DECLARE
  v_count integer := coalesce(cardinality(p_event_ids), 0);
  v_stored integer;
  v_stored_here integer;
  v_version integer;
  v_last bigint;
BEGIN
  IF v_count = 0
     OR coalesce(cardinality(p_types), 0) <> v_count
     OR coalesce(cardinality(p_data), 0) <> v_count
     OR coalesce(cardinality(p_metadata), 0) <> v_count
     OR coalesce(cardinality(p_recorded_at), 0) <> v_count THEN
    RAISE EXCEPTION 'append_to_stream needs one id, type, data, metadata and recorded_at per event'
      USING ERRCODE = '22023';
  END IF;

  -- Serialize writers of one stream BEFORE this transaction draws an xid (an advisory lock
  -- needs none; UPDATE and INSERT assign one before they wait on a row). Writers of a stream
  -- thus get increasing xids in commit order, so a reader ordering by (transaction_id,
  -- global_position) sees each stream's versions in order. It also makes a concurrent retry
  -- of the same ids wait for the original and then find them below.
  PERFORM pg_advisory_xact_lock(1818391412, hashtext(p_stream_id));

  SELECT count(*)::integer,
         (count(*) FILTER (WHERE e.stream_id = p_stream_id))::integer,
         max(e.stream_version) FILTER (WHERE e.stream_id = p_stream_id),
         max(e.global_position) FILTER (WHERE e.stream_id = p_stream_id)
    INTO v_stored, v_stored_here, v_version, v_last
    FROM events e
   WHERE e.event_id = ANY (p_event_ids);

  IF v_stored > 0 THEN
    IF v_stored_here = v_count THEN
      -- A retry (e.g. after a client timeout): answer as the original append did, even if
      -- the stream has moved on since.
      RETURN QUERY SELECT 'idempotent'::text, v_version, v_last, NULL::uuid[];
    ELSE
      RETURN QUERY SELECT 'id_conflict'::text, NULL::integer, NULL::bigint,
        ARRAY(SELECT e.event_id FROM events e WHERE e.event_id = ANY (p_event_ids) ORDER BY e.global_position);
    END IF;
    RETURN;
  END IF;

  -- Check the expected version before any global position is drawn, so a losing writer
  -- burns no sequence number.
  v_version := NULL;
  IF p_expected_version = -1 THEN
    INSERT INTO streams AS s (stream_id, version) VALUES (p_stream_id, v_count)
      ON CONFLICT (stream_id) DO UPDATE SET version = s.version + v_count
      RETURNING s.version INTO v_version;
  ELSIF p_expected_version = 0 THEN
    INSERT INTO streams (stream_id, version) VALUES (p_stream_id, v_count)
      ON CONFLICT (stream_id) DO NOTHING
      RETURNING version INTO v_version;
  ELSE
    UPDATE streams SET version = version + v_count
     WHERE stream_id = p_stream_id AND version = p_expected_version
     RETURNING version INTO v_version;
  END IF;

  IF v_version IS NULL THEN
    SELECT s.version INTO v_version FROM streams s WHERE s.stream_id = p_stream_id;
    RETURN QUERY SELECT 'wrong_version'::text, coalesce(v_version, 0), NULL::bigint, NULL::uuid[];
    RETURN;
  END IF;

  WITH inserted AS (
    INSERT INTO events (event_id, stream_id, stream_version, type, data, metadata, recorded_at)
    SELECT u.event_id, p_stream_id, v_version - v_count + u.ord::integer,
           u.type, u.data, u.metadata, coalesce(u.recorded_at, now())
      FROM unnest(p_event_ids, p_types, p_data, p_metadata, p_recorded_at)
           WITH ORDINALITY AS u(event_id, type, data, metadata, recorded_at, ord)
     ORDER BY u.ord
    RETURNING global_position
  )
  SELECT max(i.global_position) INTO v_last FROM inserted i;

  RETURN QUERY SELECT 'appended'::text, v_version, v_last, NULL::uuid[];
END;
$$;
