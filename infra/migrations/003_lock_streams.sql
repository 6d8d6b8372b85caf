-- Takes the append locks of several streams (see append_to_stream) for a multi-stream append.
-- Called first in the transaction, before it draws an xid, so each stream's writers still get
-- increasing xids in commit order; taken in one global order (by lock key, which is what
-- collides, not by stream id), so two multi-stream appends never wait for each other in a cycle.
-- The key must stay the one append_to_stream uses: (1818391412, hashtext(stream_id)).
CREATE FUNCTION lock_streams(p_stream_ids text[]) RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  v_key integer;
BEGIN
  FOR v_key IN SELECT DISTINCT hashtext(s) FROM unnest(p_stream_ids) AS s ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(1818391412, v_key);
  END LOOP;
END;
$$;
