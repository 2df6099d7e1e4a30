import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

const NAME = 'auth_secret';

/**
 * AUTH_SECRET when set; otherwise one secret generated once and stored in the database
 * (`app_secrets`), so that every instance on that database signs and accepts the same tokens and
 * they survive restarts. The first instance to insert wins (ON CONFLICT); a secret an older version
 * kept in `<dataDir>/auth-secret` is adopted so existing tokens stay valid. Needs the migrations.
 */
export async function resolveAuthSecret(
  configured: string | undefined,
  databaseUrl: string,
  dataDir: string,
): Promise<string> {
  if (configured) return configured;
  const legacy = (await readFile(join(dataDir, 'auth-secret'), 'utf8').catch(() => '')).trim();
  const candidate = legacy.length >= 32 ? legacy : randomBytes(48).toString('base64url');
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'eclore-secrets' });
  await client.connect();
  try {
    await client.query(
      'INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [NAME, candidate],
    );
    const { rows } = await client.query<{ value: string }>('SELECT value FROM app_secrets WHERE name = $1', [
      NAME,
    ]);
    return rows[0].value;
  } finally {
    await client.end();
  }
}
