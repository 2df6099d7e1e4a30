// `npm run bench [module…]`: runs every scripts/bench/*.ts module that exports
// `run(): Promise<Figure[]>`, prints one `name: value unit` line per figure and writes them all to
// bench-results.json. A module that throws prints `<module>: error <message>` and the others still run.

import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Human-readable budget, e.g. `≤ 1 ms` (DESIGN §7). */
  budget?: string;
  /** A reference measured in the same run; the harness prints `<name>.vs_<baseline>: ratio`. */
  baseline?: { name: string; value: number };
}

export interface BenchModule {
  run(): Promise<Figure[]>;
}

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toFixed(digits);
}

async function main(filters: string[]): Promise<number> {
  // BENCH_DIR lets the harness's own test point it at throwaway modules.
  const dir = process.env.BENCH_DIR ?? join(process.cwd(), 'scripts', 'bench');
  const modules = readdirSync(dir)
    .filter((f) => /\.ts$/.test(f) && !/\.(spec|test)\.ts$/.test(f))
    .sort()
    .filter((f) => filters.length === 0 || filters.includes(basename(f, '.ts')));
  const figures: Figure[] = [];
  const errors: { module: string; message: string }[] = [];
  for (const file of modules) {
    const name = basename(file, '.ts');
    try {
      const mod = (await import(pathToFileURL(join(dir, file)).href)) as Partial<BenchModule>;
      if (typeof mod.run !== 'function') continue;
      for (const figure of await mod.run()) {
        figures.push(figure);
        process.stdout.write(`${figure.name}: ${formatValue(figure.value)} ${figure.unit}\n`);
        if (figure.baseline && figure.baseline.value !== 0) {
          const ratio = figure.value / figure.baseline.value;
          process.stdout.write(`${figure.name}.vs_${figure.baseline.name}: ${formatValue(ratio)} ratio\n`);
        }
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push({ module: name, message });
      process.stdout.write(`${name}: error ${message.split('\n')[0]}\n`);
    }
  }
  writeFileSync(
    process.env.BENCH_RESULTS ?? 'bench-results.json',
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, figures, errors }, null, 2)}\n`,
  );
  return errors.length > 0 ? 1 : 0;
}

if (/bench\.ts$/.test(process.argv[1] ?? '')) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
