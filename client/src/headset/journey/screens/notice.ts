// The notice before a scenario: what is recorded, and that an AI may rephrase (EU AI Act art. 50).
import type { CatalogEntry } from '../../../shared/api-types.js';
import type { VrView } from '../view.js';

export function noticeVrView(): VrView {
  return {
    card: {
      title: 'Avant de commencer',
      body: [
        'Le personnage est virtuel. Une intelligence artificielle peut reformuler ses paroles et aider à comprendre les vôtres\u202f; elle ne décide jamais de vos résultats.',
        'Nous gardons vos choix, le texte de vos réponses et vos réponses aux questions, jamais votre voix ni votre nom, 24\u00a0mois au plus. Votre code permet de les voir ou de les effacer («\u00a0Mes données\u00a0»).',
      ],
      action: 'Commencer',
    },
    choices: [],
  };
}

export function noticeText(entry: CatalogEntry): string {
  return `${entry.job}\u202f: «\u00a0${entry.title}\u00a0», environ ${entry.durationMinutes}\u00a0minutes.`;
}
