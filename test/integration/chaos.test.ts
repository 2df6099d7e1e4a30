// The short version of `npm run chaos` (a few kills, ~1,000 events): nothing acknowledged is lost or
// duplicated and every visit ends with the scores of its choices. Needs `npm run build:server`.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

jest.setTimeout(240_000);

describe('npm run chaos (short)', () => {
  it('should lose and duplicate nothing and score every visit when the API and Postgres are killed mid-ingest', async () => {
    const inherited = { ...process.env };
    delete inherited.DATABASE_URL;
    const child = spawn(
      resolve('node_modules/.bin/tsx'),
      ['scripts/chaos.ts', '--events', '1000', '--api-kills', '3', '--pg-kills', '1', '--headsets', '20'],
      { env: inherited, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    const lines = stdout.trim().split('\n');
    expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines).toHaveLength(1);
    const figures = Object.fromEntries(
      [...lines[0].matchAll(/(\w+)=(\d+)(?:\/(\d+))?/g)].map((m) => [
        m[1],
        m[3] ? [Number(m[2]), Number(m[3])] : Number(m[2]),
      ]),
    );
    expect(figures).toMatchObject({ lost: 0, duplicated: 0, api_kills: 3, pg_kills: 1 });
    expect(figures.acknowledged).toBeGreaterThanOrEqual(1000);
    expect(figures.stored).toBe(figures.acknowledged);
    const [scored, total] = figures.sessions_scored as number[];
    expect(scored).toBe(total);
    expect(total).toBeGreaterThan(0);
  });
});
