// The conversation: subtitles (drawn by the app as lines come) and the answers of the decision
// held by the journey state, as numbered buttons (2D) and 3D buttons (VR).
import type { ChoiceMethod } from '../../../shared/api-types.js';
import { elWith } from '../../../shared/dom.js';
import type { JourneyState } from '../state.js';
import type { VrView } from '../view.js';

export function conversationVrView(state: JourneyState): VrView {
  return { card: null, choices: state.answers };
}

export function methodOfClick(event: MouseEvent): ChoiceMethod {
  if (event.detail === 0) return 'keyboard';
  const type = (event as PointerEvent).pointerType;
  return type === 'touch' || type === 'pen' ? 'touch' : 'mouse';
}

/** One numbered answer of a list (keys 1 to 9 pick it too): `<li><button>1. text</button></li>`. */
export function answerItem(
  position: number,
  text: string,
  data: Record<string, string>,
  onClick: (event: MouseEvent) => void,
): HTMLLIElement {
  const button = elWith(
    'button',
    { type: 'button' },
    elWith('span', { class: 'numero', 'aria-hidden': 'true' }, `${position + 1}.`),
    ` ${text}`,
  );
  Object.assign(button.dataset, data);
  button.addEventListener('click', onClick);
  return elWith('li', {}, button);
}

/** The 2D answers of the decision in `state` (none outside a decision). */
export function renderAnswers(
  list: HTMLElement,
  state: JourneyState,
  onAnswer: (index: number, method: ChoiceMethod) => void,
): void {
  if (state.answers.length === 0) {
    list.replaceChildren();
    delete list.dataset.etape;
    return;
  }
  if (list.dataset.etape === String(state.step) && list.childElementCount === state.answers.length) return;
  list.dataset.etape = String(state.step);
  list.replaceChildren(
    ...state.answers.map((answer, i) =>
      answerItem(i, answer.text, { choix: String(answer.index) }, (event) =>
        onAnswer(answer.index, methodOfClick(event)),
      ),
    ),
  );
}
