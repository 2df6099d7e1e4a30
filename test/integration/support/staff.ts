import { hashPassword } from '../../../server/src/modules/auth/password.js';
import type { TestApp } from './test-app.js';

export interface StaffFixture {
  email: string;
  password?: string;
  role: 'counsellor' | 'editor' | 'admin';
  displayName?: string;
  /** Site names, e.g. « Cité des Métiers – Gap ». */
  sites?: string[];
}

/** A staff member straight in the database (with a password, so tests can sign in at once). */
export async function addStaff(t: TestApp, fixture: StaffFixture): Promise<string> {
  const [{ id }] = (await t.dataSource.query(
    `INSERT INTO staff_users (email, display_name, password_hash, role) VALUES ($1, $2, $3, $4) RETURNING id`,
    [
      fixture.email,
      fixture.displayName ?? fixture.email.split('@')[0],
      fixture.password ? await hashPassword(fixture.password) : null,
      fixture.role,
    ],
  )) as { id: string }[];
  if (fixture.sites?.length)
    await t.dataSource.query(
      `INSERT INTO staff_user_sites (user_id, site_id) SELECT $1, id FROM sites WHERE name = ANY($2::text[])`,
      [id, fixture.sites],
    );
  return id!;
}

export async function siteIdOf(t: TestApp, name: string): Promise<string> {
  const [row] = (await t.dataSource.query(`SELECT id FROM sites WHERE name = $1`, [name])) as {
    id: string;
  }[];
  if (!row) throw new Error(`no site named ${name}`);
  return row.id;
}

export async function auditActions(
  t: TestApp,
  since = 0,
): Promise<{ id: string; action: string; details: AnyJson }[]> {
  return (await t.dataSource.query(
    `SELECT a.id::text AS id, a.action, a.details FROM audit_log a WHERE a.id > $1 ORDER BY a.id`,
    [since],
  )) as { id: string; action: string; details: AnyJson }[];
}

export async function lastAuditId(t: TestApp): Promise<number> {
  const [row] = (await t.dataSource.query(`SELECT COALESCE(MAX(id), 0)::int AS id FROM audit_log`)) as {
    id: number;
  }[];
  return row!.id;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyJson = any;

export const GAP = 'Cité des Métiers – Gap';
export const MARSEILLE = 'Cité des Métiers de Marseille';
