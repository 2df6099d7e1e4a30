// The ingest's SQL, apart so that `npm run bench` runs the very same statement in its baselines.
// Parameters: $1 session id, $2 ids (uuid[]), $3 seqs (int[]), $4 types (text[]), $5 client times
// (timestamptz[]), $6 the payloads as one JSON array (text: no array-literal escaping on either side),
// $7 the session's event ceiling.
// Returns one row (none when the session does not exist): status, event_count before, how many were
// inserted and the ids that were not (usually none: nothing to parse for a batch that is all new).

// One statement, one round trip, one commit: lock the session row (a batch and the completion of
// the same session never interleave), insert what is new in the order received (the identity
// column `position` is the arrival order), within the session's ceiling, and count it.
// Named, so Postgres parses and plans it once per connection.
export const APPEND_EVENTS = {
  name: 'eclore-events-append',
  text: `
    WITH s AS (
      SELECT status, event_count FROM visitor_sessions WHERE id = $1 FOR NO KEY UPDATE
    ), e AS (
      SELECT * FROM ROWS FROM (
        unnest($2::uuid[]), unnest($3::int[]), unnest($4::text[]), unnest($5::timestamptz[]),
        jsonb_array_elements($6::jsonb)
      ) WITH ORDINALITY AS e(id, seq, type, at, payload, ord)
    ), ins AS (
      INSERT INTO events (id, session_id, seq, type, at, payload)
      SELECT e.id, $1, e.seq, e.type, e.at, e.payload FROM e, s
       WHERE s.status = 'started' AND e.ord <= $7::int - s.event_count
       ORDER BY e.ord
      ON CONFLICT ON CONSTRAINT uq_event_id DO NOTHING
      RETURNING id
    ), counted AS (
      UPDATE visitor_sessions SET event_count = event_count + (SELECT count(*) FROM ins)
       WHERE id = $1 AND EXISTS (SELECT 1 FROM ins)
    )
    SELECT s.status, s.event_count, (SELECT count(*)::int FROM ins) AS inserted,
           ARRAY(SELECT e.id::text FROM e WHERE e.id NOT IN (SELECT id FROM ins)) AS skipped
      FROM s`,
};
