// Job picker: the catalogue grouped by sector (2D), and in VR a two-step picker (sector, then
// its jobs) so that the 3D list stays short.
import { SECTOR_LABELS } from '../../../../../engine/src/tags.js';
import type { CatalogEntry } from '../../../shared/api-types.js';
import type { JourneyState } from '../state.js';
import type { VrView } from '../view.js';

export const SECTORS: Readonly<Record<string, string>> = SECTOR_LABELS;

/** Sectors of the catalog, in catalog order. */
export function sectorsOf(catalog: CatalogEntry[]): string[] {
  return [...new Set(catalog.map((entry) => entry.sector))];
}

export function jobsOf(catalog: CatalogEntry[], sector: string): CatalogEntry[] {
  return catalog.filter((entry) => entry.sector === sector);
}

export function catalogueVrView(state: JourneyState, catalog: CatalogEntry[]): VrView {
  if (state.screen === 'chargement') return { card: { title: 'Chargement…', body: [] }, choices: [] };
  const sector = state.sector;
  if (sector === null)
    return {
      card: { title: 'Choisissez un secteur', body: [] },
      choices: sectorsOf(catalog).map((id, index) => ({ index, text: SECTORS[id] ?? id })),
    };
  return {
    card: { title: SECTORS[sector] ?? sector, body: [], action: 'Autres secteurs' },
    choices: jobsOf(catalog, sector).map((entry, index) => ({
      index,
      text: `${entry.title} (${entry.job})`,
    })),
  };
}

export function renderCatalogue(
  container: HTMLElement,
  catalog: CatalogEntry[],
  loading: boolean,
  onPick: (entry: CatalogEntry) => void,
): void {
  const blocks: HTMLElement[] = [];
  for (const sector of sectorsOf(catalog)) {
    const title = document.createElement('h3');
    title.textContent = SECTORS[sector] ?? sector;
    const list = document.createElement('ul');
    for (const entry of jobsOf(catalog, sector)) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'scenario';
      button.disabled = loading;
      button.dataset.scenario = entry.id;
      const name = document.createElement('strong');
      name.textContent = entry.title;
      const details = document.createElement('span');
      details.textContent = `${entry.job} · environ ${entry.durationMinutes}\u00a0min`;
      const resume = document.createElement('span');
      resume.textContent = entry.resume;
      button.append(name, details, resume);
      button.addEventListener('click', () => onPick(entry));
      item.append(button);
      list.append(item);
    }
    blocks.push(title, list);
  }
  container.replaceChildren(...blocks);
}
