import type { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** Bucket family, e.g. `login`; also the key prefix in the shared table. */
  name: string;
  /** Requests allowed at once per client address. */
  capacity: number;
  /** Pace at which they come back: `capacity` requests per `capacity / refillPerSecond` seconds. */
  refillPerSecond: number;
  /**
   * `ip` (default): one bucket per client address. `device`: one per paired headset
   * (`Authorization: Device`, checked by DeviceGuard, which must run first), else per address.
   */
  key?: 'ip' | 'device';
}

/** Table created by migration CreateSharedState (the library's own layout). */
export const RATE_LIMIT_TABLE = 'rate_limits';

export type Decision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * One limit shared by every app instance on the database (rate-limiter-flexible's
 * RateLimiterPostgres: one atomic upsert per request). While Postgres is unreachable, each instance
 * falls back to an in-memory limiter with the same rule rather than refusing or ignoring limits.
 */
export class SharedRateLimiter {
  private readonly limiter: RateLimiterPostgres | RateLimiterMemory;

  /** @param pool none in a module wired without a database (unit-style module tests): per process */
  constructor(pool: Pool | undefined, options: RateLimitOptions) {
    const rule = {
      keyPrefix: options.name,
      points: options.capacity,
      duration: Math.max(1, Math.ceil(options.capacity / options.refillPerSecond)),
    };
    if (!pool) {
      this.limiter = new RateLimiterMemory(rule);
      return;
    }
    this.limiter = new RateLimiterPostgres({
      ...rule,
      storeClient: pool,
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      insuranceLimiter: new RateLimiterMemory(rule),
    });
  }

  /** Counts one request of `key` (a client address). */
  async take(key: string): Promise<Decision> {
    try {
      await this.limiter.consume(key);
      return { allowed: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
      throw rejection;
    }
  }
}
