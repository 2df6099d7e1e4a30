import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function runBench(modules: Record<string, string>): {
  status: number | null;
  stdout: string;
  results: unknown;
} {
  const dir = mkdtempSync(join(tmpdir(), 'eclore-bench-'));
  try {
    for (const [name, source] of Object.entries(modules)) writeFileSync(join(dir, name), source);
    const results = join(dir, 'results.json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, BENCH_DIR: dir, BENCH_RESULTS: results },
    });
    return { status: run.status, stdout: run.stdout, results: JSON.parse(readFileSync(results, 'utf8')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('bench harness', () => {
  it('should print one line per figure, a ratio line for a baseline, and keep going when a module throws', () => {
    const { status, stdout, results } = runBench({
      'a-broken.ts': "export async function run() { throw new Error('panne du module'); }\n",
      'b-good.ts':
        "export async function run() { return [{ name: 'x.speed', value: 12.5, unit: 'ops/s', baseline: { name: 'raw', value: 25 } }, { name: 'x.ratio', value: 0.93, unit: 'ratio' }]; }\n",
      'c-helper.ts': 'export const helper = 1;\n',
    });
    expect(stdout.trim().split('\n')).toEqual([
      'a-broken: error panne du module',
      'x.speed: 12.5 ops/s',
      'x.speed.vs_raw: 0.500 ratio',
      'x.ratio: 0.930 ratio',
    ]);
    expect(status).toBe(1);
    expect(results).toMatchObject({
      figures: [
        expect.objectContaining({ name: 'x.speed', value: 12.5 }),
        expect.objectContaining({ name: 'x.ratio' }),
      ],
      errors: [{ module: 'a-broken', message: 'panne du module' }],
    });
  });
});
