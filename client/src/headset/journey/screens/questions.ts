// The optional questions after the end screen, one at a time (each skippable).
import type { JourneyState } from '../state.js';
import type { VrView } from '../view.js';
import type { ViewContext } from '../view.js';

export function questionsVrView(state: JourneyState, question: ViewContext['question']): VrView {
  if (!question) return { card: null, choices: [] };
  return {
    card: {
      title: question.title,
      body: [`Question ${question.number} sur ${question.count}, facultative.`],
      action: 'Passer',
    },
    choices: state.answers,
  };
}
