// Baseline of `npm run bench` (module ingest): the least an HTTP server can do for the events route —
// node:http, JSON.parse, the app's own SQL statement (events.sql.ts) on a pool as large as the app's,
// no framework, no validation. Run as its own process: `tsx minimal-server.ts` with DATABASE_URL and
// PORT; prints `ready` once listening.
import { createServer } from 'node:http';
import pg from 'pg';
import { APPEND_EVENTS } from '../../../server/src/modules/sessions/events.sql.js';

interface EventIn {
  id: string;
  seq: number;
  type: string;
  at: string;
  payload: unknown;
}

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const ROUTE = /^\/api\/v1\/sessions\/([0-9a-f-]{36})\/events$/;

const server = createServer((request, response) => {
  const match = request.method === 'POST' ? ROUTE.exec(request.url ?? '') : null;
  if (!match) {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const { events } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { events: EventIn[] };
    const values = [
      match[1],
      events.map((e) => e.id),
      events.map((e) => e.seq),
      events.map((e) => e.type),
      events.map((e) => e.at),
      JSON.stringify(events.map((e) => e.payload)),
    ];
    pool.query<{ skipped: string[] }>({ ...APPEND_EVENTS, values }).then(
      ({ rows }) => {
        const skipped = new Set(rows[0]?.skipped ?? []);
        const results = events.map((e) => ({
          id: e.id,
          status: skipped.has(e.id) ? 'duplicate' : 'stored',
        }));
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results }));
      },
      (error: Error) => response.writeHead(500).end(error.message),
    );
  });
});

server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), 'localhost', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => {
  server.close();
  void pool.end();
});
