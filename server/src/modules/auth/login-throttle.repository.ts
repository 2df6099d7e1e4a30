import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Consecutive wrong passwords before an account locks; the next one locks it. */
export const ACCOUNT_FREE_FAILURES = 5;
const FIRST_LOCK_SECONDS = 60;
const MAX_LOCK_SECONDS = 24 * 3600;
/** An account's failure streak is forgotten after a day without failures. */
const ACCOUNT_MEMORY_SECONDS = 24 * 3600;
/** Per address: this many failures in a 15-minute window, whatever the accounts. */
export const ADDRESS_MAX_FAILURES = 30;
const ADDRESS_WINDOW_SECONDS = 15 * 60;

export const accountKey = (email: string) => `account:${email}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/**
 * Failed sign-ins in Postgres, so every instance sees the same counters: each attempt is one
 * atomic upsert (no read-then-write race between instances).
 */
@Injectable()
export class LoginThrottleRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Seconds until the account may try again, or 0. */
  async accountLockedFor(email: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT CEIL(EXTRACT(EPOCH FROM (locked_until - now())))::int AS seconds
       FROM staff_login_throttle WHERE key = $1 AND locked_until > now()`,
      [accountKey(email)],
    )) as { seconds: number }[];
    return row?.seconds ?? 0;
  }

  /** Seconds until the address may try again, or 0. */
  async addressBlockedFor(ip: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT CEIL(EXTRACT(EPOCH FROM (window_started_at + make_interval(secs => $2) - now())))::int AS seconds
       FROM staff_login_throttle
       WHERE key = $1 AND failures >= $3 AND window_started_at > now() - make_interval(secs => $2)`,
      [addressKey(ip), ADDRESS_WINDOW_SECONDS, ADDRESS_MAX_FAILURES],
    )) as { seconds: number }[];
    return Math.max(row?.seconds ?? 0, 0);
  }

  /**
   * Counts a wrong password for the account; from the 6th in a row it locks for 1 minute, then
   * 2, 4, 8… (at most a day). Returns the streak and the lock length in seconds (0 = not locked).
   */
  async recordAccountFailure(email: string): Promise<{ failures: number; lockedForSeconds: number }> {
    // The SET expressions read the locked, latest row: concurrent failures on two instances add up.
    const streak = `CASE WHEN t.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END`;
    const [row] = (await this.dataSource.query(
      `INSERT INTO staff_login_throttle AS t (key, failures, window_started_at, locked_until)
       VALUES ($1, 1, now(), NULL)
       ON CONFLICT (key) DO UPDATE SET
         failures = ${streak},
         window_started_at = now(),
         locked_until = CASE WHEN ${streak} > $3
           THEN now() + make_interval(secs => LEAST($4 * power(2, ${streak} - $3 - 1), $5))
           ELSE NULL END
       RETURNING failures, COALESCE(CEIL(EXTRACT(EPOCH FROM (locked_until - now()))), 0)::int AS seconds`,
      [
        accountKey(email),
        ACCOUNT_MEMORY_SECONDS,
        ACCOUNT_FREE_FAILURES,
        FIRST_LOCK_SECONDS,
        MAX_LOCK_SECONDS,
      ],
    )) as { failures: number; seconds: number }[];
    return { failures: row!.failures, lockedForSeconds: Math.max(row!.seconds, 0) };
  }

  async recordAddressFailure(ip: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO staff_login_throttle AS t (key, failures, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at < now() - make_interval(secs => $2)
           THEN now() ELSE t.window_started_at END`,
      [addressKey(ip), ADDRESS_WINDOW_SECONDS],
    );
  }

  /** A successful sign-in or a new password clears the account's streak. */
  async clearAccount(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM staff_login_throttle WHERE key = $1`, [accountKey(email)]);
  }
}
