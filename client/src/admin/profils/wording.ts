import type { ProfileCompetency, ProfileEvidence } from '../api.js';
import { NBSP, quoted } from '../ui/format.js';

/** How the visitor chose, in plain French: « à la voix : « … » », « en pointant »… */
export function methodWording(evidence: Pick<ProfileEvidence, 'method' | 'transcript'>): string | null {
  switch (evidence.method) {
    case 'voice':
      return evidence.transcript ? `à la voix${NBSP}: ${quoted(evidence.transcript)}` : 'à la voix';
    case 'pointer':
      return 'en pointant';
    case 'keyboard':
      return 'au clavier';
    case 'touch':
      return 'au toucher';
    case 'mouse':
      return 'à la souris';
    default:
      return null;
  }
}

export function decisionName(evidence: Pick<ProfileEvidence, 'decisionTitle' | 'step'>): string {
  return evidence.decisionTitle ?? `Décision ${evidence.step + 1}`;
}

/** What to say when no evidence is listed: « aucun choix… » only where nothing could score. */
export function noEvidenceText(c: Pick<ProfileCompetency, 'max'>): string {
  return c.max === 0
    ? 'Aucun choix de ce parcours ne portait sur cette compétence.'
    : `Les choix faits ne l’ont pas fait varier (jusqu’à ${c.max}${NBSP}point${c.max > 1 ? 's' : ''} possible${c.max > 1 ? 's' : ''} dans ce parcours).`;
}

export function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '0';
}
