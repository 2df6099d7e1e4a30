// Tag conventions (DESIGN §4, docs/contracts.md): `key: value` tags on the header, lines and choices.

import type { ScenarioMeta, Sector } from './types.js';

export const HEADER_TAGS = ['id', 'title', 'sector', 'job', 'duration'] as const;
export const LINE_TAGS = ['speaker', 'emotion', 'media', 'line'] as const;
export const CHOICE_TAGS = ['say'] as const;
export const SECTORS: readonly Sector[] = [
  'energies-renouvelables',
  'batiment-durable',
  'recyclage',
  'dechets',
];
/** The French name of each sector, as visitors and staff read it. */
export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  'energies-renouvelables': 'Énergies renouvelables',
  'batiment-durable': 'Bâtiment durable',
  recyclage: 'Recyclage',
  dechets: 'Déchets',
};
export const EMOTIONS = ['neutre', 'joie', 'surprise', 'inquietude', 'reflexion', 'fierte'] as const;

export interface ParsedTag {
  key: string;
  value: string;
}

/** `speaker: lea` → `{ key: 'speaker', value: 'lea' }`; a tag without a colon has an empty value. */
export function parseTag(raw: string): ParsedTag {
  const colon = raw.indexOf(':');
  if (colon < 0) return { key: raw.trim().toLowerCase(), value: '' };
  return { key: raw.slice(0, colon).trim().toLowerCase(), value: raw.slice(colon + 1).trim() };
}

/** Last value of a tag key, if any. */
export function tagValue(tags: readonly string[], key: string): string | undefined {
  let found: string | undefined;
  for (const raw of tags) {
    const tag = parseTag(raw);
    if (tag.key === key) found = tag.value;
  }
  return found;
}

/** All `say` phrasings: several `# say:` tags and/or `|`-separated alternatives. */
export function sayPhrasings(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = parseTag(raw);
    if (tag.key !== 'say') continue;
    for (const part of tag.value.split('|')) {
      const phrasing = part.trim();
      if (phrasing) out.push(phrasing);
    }
  }
  return out;
}

/**
 * Scenario metadata from the header tags. Missing or invalid values are left empty (`''`, 0):
 * `narratives:check` reports them, the runtime never refuses to play a story for it.
 */
export function parseMeta(globalTags: readonly string[] | null | undefined): ScenarioMeta {
  const tags = globalTags ?? [];
  const sector = tagValue(tags, 'sector') ?? '';
  const duration = Number.parseFloat((tagValue(tags, 'duration') ?? '').replace(',', '.'));
  return {
    id: tagValue(tags, 'id') ?? '',
    title: tagValue(tags, 'title') ?? '',
    sector: (SECTORS as readonly string[]).includes(sector) ? (sector as Sector) : ('' as Sector),
    job: tagValue(tags, 'job') ?? '',
    durationMinutes: Number.isFinite(duration) ? duration : 0,
  };
}
