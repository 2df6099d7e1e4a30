// Push-to-talk on the conversation and the optional questions: the « Parler » button (2D), the
// 3D « Parler » button, Space, and the squeeze or A/X buttons of a controller. What was heard is
// shown (« J’ai compris ») and counts after a short moment unless corrected.
import type { ChoiceMethod } from '../../shared/api-types.js';
import { elWith } from '../../shared/dom.js';
import type { Question } from '../flow/questions.js';
import { matchOption } from '../flow/questions.js';
import type { PlaySession } from '../play.js';
import type { DialogueUi } from '../scene/dialogue-ui.js';
import type { VoiceInput } from '../voice/voice-input.js';
import { clarifyLine, understand } from '../voice/understand.js';
import { answerHint, pickHint, type InputTracker } from './input-hints.js';
import { takesSpokenAnswers, type JourneyEvent, type JourneyState, type Talk } from './state.js';

/** A press shorter than this is a tap (the microphone stays open until the next press). */
const HOLD_MS = 400;

/** xr-standard gamepad buttons that talk while held: squeeze, then A (right) / X (left). */
const TALK_BUTTONS = [1, 4];

export interface TalkHost {
  readonly state: JourneyState;
  dispatch(event: JourneyEvent): void;
  readonly ui: DialogueUi;
  readonly inputs: InputTracker;
  presenting(): boolean;
  currentSession(): PlaySession | null;
  question(): Question | null;
  lastSpeakerLine(): { id?: string; name?: string; text: string } | null;
  choose(index: number, method: ChoiceMethod, confidence?: number): void;
  answerQuestion(index: number): void;
  /** The character says `text` (after a misunderstood answer). */
  clarify(text: string): void;
  activity(): void;
}

function $(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Élément #${id} absent`);
  return element;
}

export class TalkController {
  private pressedAt = 0;
  private starting: Promise<boolean> = Promise.resolve(false);
  private lastSpaceAt = Number.NEGATIVE_INFINITY;
  private misses = 0;
  private pending: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly host: TalkHost,
    private readonly voice: VoiceInput | null,
    private readonly apiBase: string,
    private readonly confirmMs: number,
  ) {
    this.createDom();
    this.bindDom();
  }

  private get talk(): Talk {
    return this.host.state.talk;
  }

  /** The talk state now (it changes across awaits). */
  private talkNow(): Talk {
    return this.host.state.talk;
  }

  /** A new decision or question: nothing heard yet. */
  newDecision(): void {
    this.misses = 0;
    this.clearFeedback();
  }

  /** Push: starts listening; a second press while listening stops. */
  press(): void {
    if (!this.voice || this.talk === 'thinking') return;
    if (this.talk === 'listening') {
      void this.finish();
      return;
    }
    if (!takesSpokenAnswers(this.host.state) || !this.voice.available) return;
    // Talking again during the « J’ai compris » moment corrects the answer.
    this.cancelPending();
    this.hideUnderstood();
    this.host.dispatch({ type: 'talk', talk: 'listening' });
    this.pressedAt = performance.now();
    this.status('Je vous écoute… Appuyez de nouveau ou relâchez pour terminer.');
    if (this.host.presenting()) this.host.ui.showLine('Vous', 'Je vous écoute…');
    this.starting = this.voice.start().then(
      () => true,
      (error: unknown) => {
        console.warn('Micro indisponible', error);
        this.host.dispatch({ type: 'talk', talk: 'idle' });
        this.status('Le micro n’est pas disponible. Choisissez une réponse.');
        return false;
      },
    );
  }

  /** Release: stops listening if the press was held (a tap keeps listening until the next press). */
  release(always: boolean): void {
    if (this.talk !== 'listening') return;
    if (always || performance.now() - this.pressedAt >= HOLD_MS) void this.finish();
  }

  /** Stops listening without transcribing (the visitor answered another way, or left). */
  stop(): void {
    this.cancelPending();
    if (this.talk === 'listening') this.voice?.cancel();
    if (this.talk !== 'idle') this.host.dispatch({ type: 'talk', talk: 'idle' });
    this.status('');
  }

  private async listen(): Promise<string | null> {
    this.host.dispatch({ type: 'talk', talk: 'thinking' });
    this.status('Un instant…');
    try {
      if (await this.starting) return (await this.voice?.stop())?.transcript || null;
    } catch {
      // nothing heard
    }
    return null;
  }

  private async finish(): Promise<void> {
    if (!this.voice || this.talk !== 'listening') return;
    if (this.host.state.screen === 'questions') return this.finishQuestion();
    const session = this.host.currentSession();
    if (!session) return;
    const step = session.step;
    const transcript = await this.listen();
    // The visitor may have pointed at an answer meanwhile: this recording is then out of date.
    if (this.host.currentSession() !== session || session.step !== step || this.talkNow() !== 'thinking')
      return;
    if (!transcript) {
      this.host.dispatch({ type: 'talk', talk: 'idle' });
      if (!this.voice.available) {
        this.status('La voix n’est pas disponible pour le moment. Choisissez une réponse.');
        this.highlight();
      } else {
        this.status('Je n’ai rien entendu. Réessayez ou choisissez une réponse.');
        this.miss();
      }
      return;
    }
    this.showUnderstood(transcript, false);
    const choices = session.currentChoices;
    const result = await understand(this.apiBase, transcript, choices, {
      sessionId: session.sessionId,
      step,
    });
    if (this.host.currentSession() !== session || session.step !== step) return;
    this.host.dispatch({ type: 'talk', talk: 'idle' });
    session.heard(transcript, result.choiceIndex, result.confidence, result.via);
    const choice = choices.find((c) => c.index === result.choiceIndex);
    if (!choice) {
      this.status('');
      this.miss();
      return;
    }
    this.showUnderstood(transcript, true);
    this.status(`Réponse retenue\u00a0: ${choice.text}`);
    document.querySelector(`#liste-choix button[data-choix="${choice.index}"]`)?.classList.add('retenue');
    this.confirmLater(() => this.host.choose(choice.index, 'voice', result.confidence));
  }

  /** A spoken answer to an optional question: the engine's matcher only (no LLM for these). */
  private async finishQuestion(): Promise<void> {
    const question = this.host.question();
    if (!question) return;
    const transcript = await this.listen();
    if (this.host.question() !== question || this.talkNow() !== 'thinking') return;
    this.host.dispatch({ type: 'talk', talk: 'idle' });
    const index = transcript ? matchOption(question, transcript) : null;
    if (!transcript || index === null) {
      this.status(
        transcript
          ? `J’ai entendu «\u00a0${transcript}\u00a0» sans reconnaître de réponse. Réessayez, choisissez une réponse ou passez la question.`
          : 'Je n’ai rien entendu. Réessayez, choisissez une réponse ou passez la question.',
      );
      return;
    }
    this.showUnderstood(transcript, true);
    this.status(`Réponse retenue\u00a0: ${question.options[index].label}`);
    document.querySelectorAll('#liste-reponses button')[index]?.classList.add('retenue');
    this.confirmLater(() => this.host.answerQuestion(index));
  }

  private confirmLater(commit: () => void): void {
    const timer = setTimeout(() => {
      if (this.pending !== timer) return;
      this.pending = null;
      commit();
    }, this.confirmMs);
    this.pending = timer;
  }

  /** « Corriger »: forgets the spoken answer; the visitor points or talks again. */
  private correct(): void {
    this.cancelPending();
    this.hideUnderstood();
    this.status('D’accord. Répondez à nouveau, en parlant ou en choisissant une réponse.');
    const talk = $('bouton-parler') as HTMLButtonElement;
    if (!talk.hidden && !talk.disabled) talk.focus();
  }

  /** The character asks again; after two misses at the same decision the answers are highlighted. */
  private miss(): void {
    this.misses += 1;
    this.host.clarify(clarifyLine(this.misses));
    if (this.misses >= 2) this.highlight();
  }

  private highlight(): void {
    const list = $('liste-choix');
    list.classList.add('en-evidence');
    this.host.ui.emphasize(true);
    const hint = $('aide-choix');
    hint.hidden = false;
    const vr = this.host.presenting();
    const kind = this.host.inputs.kind;
    hint.textContent = pickHint(vr && kind !== 'hands' ? 'controller' : kind);
    if (vr) this.host.ui.showLine(undefined, hint.textContent);
    else (list.querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  private showUnderstood(transcript: string, correctable: boolean): void {
    $('retour-voix').hidden = false;
    $('compris').textContent = `J’ai compris\u00a0: «\u00a0${transcript}\u00a0»`;
    ($('bouton-corriger') as HTMLButtonElement).hidden = !correctable;
    if (this.host.presenting())
      this.host.ui.showLine(
        'Vous',
        `J’ai compris\u00a0: «\u00a0${transcript}\u00a0»${correctable ? '. Pour corriger, parlez de nouveau (poignée ou bouton «\u00a0Parler\u00a0»).' : ''}`,
      );
  }

  private hideUnderstood(): void {
    $('retour-voix').hidden = true;
    $('compris').textContent = '';
    for (const button of document.querySelectorAll(
      '#liste-choix button.retenue, #liste-reponses button.retenue',
    ))
      button.classList.remove('retenue');
  }

  private cancelPending(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
  }

  clearFeedback(): void {
    this.cancelPending();
    this.hideUnderstood();
    $('liste-choix').classList.remove('en-evidence');
    this.host.ui.emphasize(false);
    $('aide-choix').hidden = true;
    this.status('');
  }

  /** Draws the talk controls (2D and 3D) and the help line from the state. */
  render(): void {
    const state = this.host.state;
    const button = $('bouton-parler') as HTMLButtonElement;
    button.hidden = !this.voice?.available;
    button.disabled = !takesSpokenAnswers(state);
    const listening = state.talk === 'listening';
    button.setAttribute('aria-pressed', String(listening));
    button.classList.toggle('ecoute', listening);
    button.textContent = listening ? 'J’ai fini de parler' : 'Parler';
    $('aide-clavier').textContent = answerHint(this.host.inputs.kind, { voice: !button.hidden });
    const usable = this.host.presenting() && !button.hidden && !button.disabled && state.talk !== 'thinking';
    this.host.ui.showTalk(!usable ? 'hidden' : listening ? 'listening' : 'idle');
    // The push-to-talk controls follow the screen that takes spoken answers.
    const controls = document.querySelector('.voix');
    if (controls) (state.screen === 'questions' ? $('liste-reponses') : $('liste-choix')).after(controls);
  }

  private status(text: string): void {
    $('etat-voix').textContent = text;
  }

  /** VR: squeeze or A/X held = talking; pointing with the trigger always works too. */
  system(getSession: () => XRSession | null): (dt: number, now: number) => void {
    let held = false;
    return () => {
      const session = getSession();
      let pressed = false;
      if (session) {
        this.host.inputs.fromXrSources(session.inputSources);
        if (takesSpokenAnswers(this.host.state)) {
          const sources = session.inputSources;
          for (let i = 0; i < sources.length && !pressed; i++) {
            const buttons = sources[i].gamepad?.buttons;
            if (!buttons) continue;
            for (let b = 0; b < TALK_BUTTONS.length; b++)
              if (buttons[TALK_BUTTONS[b]]?.pressed) pressed = true;
          }
        }
      }
      if (pressed === held) return;
      held = pressed;
      if (pressed) {
        this.host.activity();
        if (this.talk === 'idle') this.press();
      } else this.release(true);
    };
  }

  /** Push-to-talk controls, placed under the answers of the conversation screen. */
  private createDom(): void {
    const talk = elWith(
      'button',
      { type: 'button', id: 'bouton-parler', class: 'parler', 'aria-pressed': 'false', hidden: '' },
      'Parler',
    );
    const status = elWith('p', { id: 'etat-voix', class: 'etat-voix', role: 'status' });
    const understood = elWith(
      'div',
      { id: 'retour-voix', class: 'retour-voix', hidden: '' },
      elWith('p', { id: 'compris' }),
      elWith('button', { type: 'button', id: 'bouton-corriger' }, 'Corriger'),
    );
    const hint = elWith('p', { id: 'aide-choix', class: 'aide-choix', role: 'status', hidden: '' });
    $('liste-choix').after(elWith('div', { class: 'voix' }, talk, status, understood, hint));
  }

  private bindDom(): void {
    const button = $('bouton-parler') as HTMLButtonElement;
    button.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      event.preventDefault();
      button.focus();
      this.press();
    });
    const release = () => this.release(false);
    button.addEventListener('pointerup', release);
    button.addEventListener('pointercancel', release);
    // Enter (and assistive technologies) activate the button without pointer events: a toggle.
    button.addEventListener('click', (event) => {
      if (event.detail !== 0 || performance.now() - this.lastSpaceAt < 600) return;
      this.press();
    });
    $('bouton-corriger').addEventListener('click', () => this.correct());
    const isSpace = (event: KeyboardEvent) =>
      event.code === 'Space' && !event.ctrlKey && !event.altKey && !event.metaKey;
    // Space talks while held (or toggles when tapped), unless another control has the focus:
    // Space then keeps activating that control.
    const spaceTalks = (event: KeyboardEvent) => {
      if (!takesSpokenAnswers(this.host.state) || button.hidden || !isSpace(event)) return false;
      const target = event.target instanceof Element ? event.target : null;
      if (target === button) return true;
      return !target?.closest('button, a, input, select, textarea, [contenteditable], [tabindex]');
    };
    window.addEventListener('keydown', (event) => {
      if (!spaceTalks(event)) return;
      event.preventDefault();
      this.lastSpaceAt = performance.now();
      if (!event.repeat) this.press();
    });
    window.addEventListener('keyup', (event) => {
      if (!spaceTalks(event)) return;
      event.preventDefault();
      this.lastSpaceAt = performance.now();
      this.release(false);
    });
  }
}
