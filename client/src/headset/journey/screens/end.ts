// End of the visit in VR: the end card (what the visitor showed, the job), then the follow-up
// code alone with « Terminer ». The 2D screens are drawn by `../../end-screen.ts`.
import type { CardView } from '../../scene/dialogue-ui.js';
import type { JourneyState } from '../state.js';
import type { VrView } from '../view.js';

export function endVrView(card: CardView | null): VrView {
  return { card: card ?? { title: 'Bravo\u202f!', body: ['Un instant…'] }, choices: [] };
}

/** The follow-up code, large and spaced, and nothing else to press than « Terminer ». */
export function codeVrView(state: JourneyState): VrView {
  const code = state.finished?.followUpCode;
  if (!code) return { card: null, choices: [] };
  return {
    card: {
      title: 'Votre code de suivi',
      code,
      body: [
        'Donnez-le à votre conseiller ou conseillère.',
        'Il permet aussi de voir ou d’effacer vos données («\u00a0Mes données\u00a0»).',
      ],
      action: 'Terminer',
    },
    choices: [],
  };
}
