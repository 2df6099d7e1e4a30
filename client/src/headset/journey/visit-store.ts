// The visit in progress, saved on the device at each event (localStorage: synchronous, so a
// crash right after a turn loses nothing). A reload resumes it; the kiosk's reset for the next
// visitor, or a visit left longer than the idle reset would have waited, forgets it.
import type { SavedPlay } from '../play.js';

export interface SavedVisit {
  scenarioId: string;
  versionId: string;
  play: SavedPlay;
}

const KEY = 'eclore.visite';

export class VisitStore {
  constructor(
    /** A saved visit older than this is not resumed (the kiosk would have reset). */
    private readonly maxAgeMs: number,
    private readonly storage: Storage | null = safeLocalStorage(),
    private readonly now: () => number = Date.now,
  ) {}

  save(visit: SavedVisit): void {
    try {
      this.storage?.setItem(KEY, JSON.stringify({ ...visit, savedAt: this.now() }));
    } catch (error) {
      // Storage full or disabled: the visit still goes on, it just cannot be resumed.
      console.warn('Visite non sauvegardée', error);
    }
  }

  load(): SavedVisit | null {
    let parsed = null as (SavedVisit & { savedAt?: number }) | null;
    try {
      parsed = JSON.parse(this.storage?.getItem(KEY) ?? 'null') as typeof parsed;
    } catch {
      parsed = null;
    }
    if (
      !parsed ||
      typeof parsed.scenarioId !== 'string' ||
      typeof parsed.versionId !== 'string' ||
      typeof parsed.play?.turnState !== 'string' ||
      typeof parsed.savedAt !== 'number' ||
      this.now() - parsed.savedAt > this.maxAgeMs
    ) {
      this.clear();
      return null;
    }
    return { scenarioId: parsed.scenarioId, versionId: parsed.versionId, play: parsed.play };
  }

  clear(): void {
    try {
      this.storage?.removeItem(KEY);
    } catch {
      // nothing stored
    }
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
