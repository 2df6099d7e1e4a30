// What `npm test` needs from the system besides Node: each program, how to find it, and the Debian
// package that provides it. Pure logic (the lookup is injected) so a unit test can check it.
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

export interface Prerequisite {
  /** Program name looked up in PATH, or an absolute path. */
  command: string;
  /** Debian package to install. */
  debianPackage: string;
  /** What needs it, in French. */
  usedFor: string;
}

export function prerequisites(env: NodeJS.ProcessEnv = process.env): Prerequisite[] {
  return [
    {
      command: env.CHROMIUM_PATH ?? 'chromium',
      debianPackage: 'chromium',
      usedFor: 'les tests navigateur (Playwright + IWER)',
    },
    {
      command: 'espeak-ng',
      debianPackage: 'espeak-ng',
      usedFor: 'la voix des personnages (synthèse vocale)',
    },
    { command: 'ffmpeg', debianPackage: 'ffmpeg', usedFor: 'l’encodage audio et vidéo des médias' },
  ];
}

/** True when `command` is an executable file, given as a path or found in `pathVariable`. */
export function isExecutableOnPath(
  command: string,
  pathVariable: string | undefined,
  isExecutable: (file: string) => boolean = defaultIsExecutable,
): boolean {
  if (isAbsolute(command)) return isExecutable(command);
  return (pathVariable ?? '')
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => isExecutable(join(dir, command)));
}

function defaultIsExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The missing prerequisites; empty when everything is installed. */
export function missingPrerequisites(
  list: Prerequisite[],
  pathVariable: string | undefined,
  isExecutable?: (file: string) => boolean,
): Prerequisite[] {
  return list.filter((item) => !isExecutableOnPath(item.command, pathVariable, isExecutable));
}

/** The French report naming the Debian packages to install, or null when nothing is missing. */
export function describeMissing(missing: Prerequisite[]): string | null {
  if (missing.length === 0) return null;
  const lines = missing.map(
    (m) => `  - ${m.command} (paquet Debian «\u00a0${m.debianPackage}\u00a0») pour ${m.usedFor}`,
  );
  const packages = [...new Set(missing.map((m) => m.debianPackage))].join(' ');
  return [
    'Prérequis système manquants\u00a0:',
    ...lines,
    `Installez-les avec\u00a0: sudo apt-get install -y ${packages}`,
    '(ou lancez .ci/run, qui les installe puis exécute npm ci && npm test)',
  ].join('\n');
}
