-- Group commit: several independent appends, waiting at the same moment, in one statement and
-- one commit. Each append keeps its own answer (append_to_stream's statuses): one losing its
-- expected version or clashing on an id takes nothing from the others.
--
-- The events of all appends come flattened, p_counts(i) of them for append i, in order.
-- Returns one row per append: ord (1-based) and append_to_stream's columns.
--
-- Every stream's append lock is taken first, in lock_streams' global order, before anything is
-- written: the transaction draws its xid only after holding them all (the rule append_to_stream
-- explains), and two groups, or a group and a multi-stream append, never wait in a cycle. Appends
-- to the same stream within a group run in order, the later one seeing the earlier one's events.
-- And both append functions now plan their event and stream lookups as key lookups only (at
-- the end of this file).
CREATE FUNCTION append_to_streams_each(
  p_stream_ids text[],
  p_expected_versions integer[],
  p_counts integer[],
  p_event_ids uuid[],
  p_types text[],
  p_data jsonb[],
  p_metadata jsonb[],
  p_recorded_at timestamptz[]
) RETURNS TABLE (
  ord integer,
  append_status text,
  next_version integer,
  last_position bigint,
  conflicting_event_ids uuid[]
)
LANGUAGE plpgsql
SET search_path FROM CURRENT
-- Every lookup here is by key (see the ALTER FUNCTION below for why this is set).
SET enable_seqscan = off
AS $$
DECLARE
  v_appends integer := coalesce(cardinality(p_stream_ids), 0);
  v_first integer := 1;
  v_last integer;
  i integer;
BEGIN
  IF v_appends = 0
     OR coalesce(cardinality(p_expected_versions), 0) <> v_appends
     OR coalesce(cardinality(p_counts), 0) <> v_appends
     OR (SELECT sum(c) FROM unnest(p_counts) AS c) <> coalesce(cardinality(p_event_ids), 0)
     OR EXISTS (SELECT 1 FROM unnest(p_counts) AS c WHERE c IS NULL OR c < 1) THEN
    RAISE EXCEPTION 'append_to_streams_each needs one stream, expected version and count >= 1 per append, and as many events as the counts add up to'
      USING ERRCODE = '22023';
  END IF;

  PERFORM lock_streams(p_stream_ids);

  -- The common case, set-based: new event ids only, each stream once. Under the locks no one
  -- else changes these streams, so their versions read here stay true until the commit.
  IF NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = ANY (p_event_ids))
     AND (SELECT count(DISTINCT s) FROM unnest(p_stream_ids) AS s) = v_appends
     AND (SELECT count(DISTINCT e) FROM unnest(p_event_ids) AS e) = cardinality(p_event_ids) THEN
    RETURN QUERY
    WITH requested AS (
      SELECT r.i::integer AS i, r.stream_id, r.expected, r.cnt, s.version AS actual,
             -- how many of the flattened events come before this append's
             (sum(r.cnt) OVER (ORDER BY r.i) - r.cnt)::integer AS before
        FROM unnest(p_stream_ids, p_expected_versions, p_counts)
             WITH ORDINALITY AS r(stream_id, expected, cnt, i)
        LEFT JOIN streams s ON s.stream_id = r.stream_id
    ), decided AS (
      -- append_to_stream's rule: -1 any, 0 no stream yet, N the stream at N
      SELECT q.*, coalesce(q.expected = -1
                           OR (q.expected = 0 AND q.actual IS NULL)
                           OR q.expected = q.actual, false) AS wins
        FROM requested q
    ), bumped AS (
      INSERT INTO streams AS s (stream_id, version)
      SELECT d.stream_id, coalesce(d.actual, 0) + d.cnt FROM decided d WHERE d.wins
      ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version
      RETURNING s.stream_id
    ), inserted AS (
      INSERT INTO events (event_id, stream_id, stream_version, type, data, metadata, recorded_at)
      SELECT u.event_id, d.stream_id, coalesce(d.actual, 0) + u.n::integer - d.before,
             u.type, u.data, u.metadata, coalesce(u.recorded_at, now())
        FROM unnest(p_event_ids, p_types, p_data, p_metadata, p_recorded_at)
             WITH ORDINALITY AS u(event_id, type, data, metadata, recorded_at, n)
        JOIN decided d ON u.n > d.before AND u.n <= d.before + d.cnt
       WHERE d.wins
       ORDER BY u.n
      RETURNING events.stream_id, events.global_position
    )
    SELECT d.i,
           CASE WHEN d.wins THEN 'appended' ELSE 'wrong_version' END,
           coalesce(d.actual, 0) + CASE WHEN d.wins THEN d.cnt ELSE 0 END,
           (SELECT max(x.global_position) FROM inserted x WHERE x.stream_id = d.stream_id),
           NULL::uuid[]
      FROM decided d
     ORDER BY d.i;
    RETURN;
  END IF;

  -- Otherwise (a retry, an id clash, a stream twice) append by append, in order.
  FOR i IN 1 .. v_appends LOOP
    v_last := v_first + p_counts[i] - 1;
    RETURN QUERY
      SELECT i, a.append_status, a.next_version, a.last_position, a.conflicting_event_ids
        FROM append_to_stream(p_stream_ids[i], p_expected_versions[i],
               p_event_ids[v_first:v_last], p_types[v_first:v_last], p_data[v_first:v_last],
               p_metadata[v_first:v_last], p_recorded_at[v_first:v_last]) AS a;
    v_first := v_last + 1;
  END LOOP;
END;
$$;

-- plpgsql keeps a generic plan per connection after five calls. Planned while the events table
-- is small, or was analyzed empty, its event-id and stream lookups would scan whole tables on
-- every append for as long as the connection lives: appends slowing down as the log grows (a
-- bulk load of a million events took minutes instead of seconds). They are key lookups, and
-- an index is always the right way.
ALTER FUNCTION append_to_stream(text, integer, uuid[], text[], jsonb[], jsonb[], timestamptz[])
  SET enable_seqscan = off;
