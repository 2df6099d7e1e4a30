import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface NarrativeFolder {
  folder: string;
  source: string;
  metierText: string;
}

/** Scenario folders of `narratives/`: those with a `scenario.ink` (sorted, for stable logs). */
export async function readNarrativeFolders(narrativesDir: string): Promise<NarrativeFolder[]> {
  const entries = await readdir(narrativesDir, { withFileTypes: true }).catch(() => []);
  const folders: NarrativeFolder[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const source = await readFile(join(narrativesDir, entry.name, 'scenario.ink'), 'utf8').catch(() => null);
    if (source === null) continue;
    const metierText = await readFile(join(narrativesDir, entry.name, 'metier.json'), 'utf8').catch(
      () => '{}',
    );
    folders.push({ folder: entry.name, source, metierText });
  }
  return folders;
}

export interface Referentiel {
  competences: { id: string; categorie: string; libelle: string; description: string }[];
}

export async function readReferentiel(narrativesDir: string): Promise<Referentiel> {
  const text = await readFile(join(narrativesDir, 'referentiel-competences.json'), 'utf8').catch(() => null);
  if (text === null) return { competences: [] };
  const parsed = JSON.parse(text) as Partial<Referentiel>;
  return { competences: Array.isArray(parsed.competences) ? parsed.competences : [] };
}
