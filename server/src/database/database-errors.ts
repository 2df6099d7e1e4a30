/**
 * True for errors that mean "Postgres cannot be reached right now" (refused or dropped connection,
 * server shutting down or starting up), as opposed to a bad query. They are answered
 * `503 DATABASE_UNAVAILABLE` with `Retry-After`, not 500.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  // TypeORM's answer to a query on a connection that Postgres just dropped.
  if ((error as { name?: unknown }).name === 'QueryRunnerAlreadyReleasedError') return true;
  const code = typeof e.code === 'string' ? e.code : '';
  if (NETWORK_CODES.has(code)) return true;
  // SQLSTATE class 08 = connection exception; 57P01-03 = admin/crash shutdown, cannot connect now;
  // 53300 = too many connections.
  if (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code) || code === '53300') return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
    return true;
  return isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|the database system is (starting up|shutting down|in recovery|not yet accepting connections)|terminating connection due to administrator command/i;

interface PoolLike {
  on(event: 'connect', listener: (client: { on(event: 'error', l: (e: Error) => void): void }) => void): void;
  _clients?: { on(event: 'error', l: (e: Error) => void): void }[];
}

/**
 * TypeORM listens for errors on idle pool clients only: when Postgres dies while a client is checked
 * out (a transaction in progress), the client emits `error` with no listener and the whole process
 * crashes. Give every client of the pool a permanent listener; the failing query still rejects and
 * is answered 503.
 */
export function guardPoolClients(pool: PoolLike | undefined): void {
  if (!pool) return;
  const ignore = () => undefined;
  for (const client of pool._clients ?? []) client.on('error', ignore);
  pool.on('connect', (client) => client.on('error', ignore));
}
