// The ingest's SQL, apart so that `npm run bench` runs the very same statement in its baselines.
// Parameters: $1 session id, $2 ids (uuid[]), $3 seqs (int[]), $4 types (text[]), $5 client times
// (timestamptz[]), $6 the payloads as one JSON array (text: no array-literal escaping on either side).
// Returns one row (none when the session does not exist): its status, how many events were inserted
// and the ids that were not (usually none: nothing to parse for a batch that is all new).
//
// One statement, one round trip, one commit, no write besides the events: what is new is inserted in the
// order received (the identity column `position` is the arrival order); an id already stored
// (`uq_event_id`) or a seq already taken in the session (`uq_events_session_seq`) is skipped. Nothing is
// inserted once the session is completed; the completion locks the session row `FOR UPDATE`, which the
// foreign-key check of a concurrent insert waits for. Named, so Postgres plans it once per connection.
export const APPEND_EVENTS = {
  name: 'eclore-events-append',
  text: `
    WITH s AS (
      SELECT status FROM visitor_sessions WHERE id = $1
    ), e AS (
      SELECT * FROM ROWS FROM (
        unnest($2::uuid[]), unnest($3::int[]), unnest($4::text[]), unnest($5::timestamptz[]),
        jsonb_array_elements($6::jsonb)
      ) WITH ORDINALITY AS e(id, seq, type, at, payload, ord)
    ), ins AS (
      INSERT INTO events (id, session_id, seq, type, at, payload)
      SELECT e.id, $1, e.seq, e.type, e.at, e.payload FROM e
       WHERE (SELECT status FROM s) = 'started'
       ORDER BY e.ord
      ON CONFLICT DO NOTHING
      RETURNING id
    )
    SELECT s.status, (SELECT count(*)::int FROM ins) AS inserted,
           ARRAY(SELECT e.id::text FROM e WHERE e.id NOT IN (SELECT id FROM ins)) AS skipped
      FROM s`,
};
