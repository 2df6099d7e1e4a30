// `npm ci` refuses a lockfile that lacks any platform's optional binary (e.g. @swc/core-darwin-arm64),
// but the registry mirror of these machines does not serve other platforms' binaries, so `npm install`
// here leaves them out. This adds the missing entries (version, os, cpu, libc from the package name) so
// that `npm ci` works on a fresh machine; npm skips them at install time as foreign platforms.
// Run after any `npm install`: `npm run lockfile:platforms`.
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

const OS = [
  'darwin',
  'linux',
  'win32',
  'android',
  'freebsd',
  'openharmony',
  'sunos',
  'aix',
  'netbsd',
  'openbsd',
];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32'];

/** Platform optional dependencies that no lock entry resolves, as `[name, version, dev]`. */
export function missingPlatformEntries(
  packages: Record<string, LockEntry>,
): Array<[string, string, boolean]> {
  const missing = new Map<string, [string, string, boolean]>();
  for (const [path, entry] of Object.entries(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const parentDir = path === '' ? '' : `${path}/`;
      const resolved = packages[`${parentDir}node_modules/${name}`] ?? packages[`node_modules/${name}`];
      if (!resolved && platformOf(name)) missing.set(name, [name, version, entry.dev === true]);
    }
  }
  return [...missing.values()];
}

function platformOf(name: string): { os: string; cpu: string; libc?: string } | null {
  const parts = name.split('/').pop()!.split('-');
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p));
  if (!os || !cpu) return null;
  const libc = parts.some((p) => p.startsWith('musl'))
    ? 'musl'
    : parts.some((p) => p.startsWith('gnu'))
      ? 'glibc'
      : undefined;
  return { os, cpu, libc };
}

function main(): void {
  const file = 'package-lock.json';
  const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };
  const added = missingPlatformEntries(lock.packages);
  for (const [name, version, dev] of added) {
    const { os, cpu, libc } = platformOf(name)!;
    lock.packages[`node_modules/${name}`] = {
      version,
      cpu: [cpu],
      ...(dev ? { dev: true } : {}),
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      os: [os],
    };
  }
  const [root, ...rest] = Object.entries(lock.packages);
  lock.packages = Object.fromEntries([root, ...rest.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(
    added.length ? `Ajouté au lockfile : ${added.map(([n]) => n).join(', ')}` : 'Lockfile complet.',
  );
}

if (process.argv[1]?.endsWith('lockfile-platforms.ts')) main();
