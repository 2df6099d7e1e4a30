// What the 3D interface shows, derived from the journey state only: one function per screen (in
// `screens/`), and `applyVrView` draws the result in full each time. A screen without answers
// hides the answer buttons: nothing of a previous screen can stay behind.
import type { CatalogEntry } from '../../shared/api-types.js';
import type { Posture } from '../scene/calibration.js';
import type { CardView, ChoiceView, DialogueUi } from '../scene/dialogue-ui.js';
import type { InputKind } from './input-hints.js';
import type { JourneyState } from './state.js';
import { startVrView } from './screens/start.js';
import { catalogueVrView } from './screens/catalogue.js';
import { noticeVrView } from './screens/notice.js';
import { conversationVrView } from './screens/conversation.js';
import { questionsVrView } from './screens/questions.js';
import { endVrView, codeVrView } from './screens/end.js';

export interface VrView {
  card: CardView | null;
  choices: ChoiceView[];
}

/** What the screens need besides the state: data loaded or computed elsewhere. */
export interface ViewContext {
  catalog: CatalogEntry[];
  posture: Posture;
  /** The last input used, for the instructions. */
  hint: InputKind;
  /** The end card, once the end screen's data is ready. */
  endCard: CardView | null;
  /** The optional question shown: its title and position. */
  question: { title: string; number: number; count: number } | null;
}

export function vrView(state: JourneyState, context: ViewContext): VrView {
  switch (state.screen) {
    case 'accueil':
      return startVrView(context.posture, context.hint);
    case 'catalogue':
    case 'chargement':
      return catalogueVrView(state, context.catalog);
    case 'notice':
      return noticeVrView();
    case 'jeu':
      return conversationVrView(state);
    case 'fin':
      return endVrView(context.endCard);
    case 'questions':
      return questionsVrView(state, context.question);
    case 'code':
      return codeVrView(state);
  }
}

export function applyVrView(ui: DialogueUi, view: VrView): void {
  if (view.card) ui.showCard(view.card);
  else ui.hideCard();
  ui.showChoices(view.choices);
}
