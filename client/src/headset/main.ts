// Headset app and its 2D fallback: start → scenario picker → conversation → end screen.
// The same flow is drawn twice: as HTML (the accessible alternative on a screen) and in the
// 3D scene (cards and buttons the visitor points at in VR).
import type { StoryChoice, StoryLine } from '../../../engine/src/index.js';
import type { Catalog, CatalogEntry, ChoiceMethod, ScenarioVersion } from '../shared/api-types.js';
import { MemoryEventSink, type EventSink } from '../shared/event-sink.js';
import { elWith } from '../shared/dom.js';
import { bindToggleSetting } from './settings.js';
import { HttpError, requestJson } from '../shared/http.js';
import { Outbox, type OutboxState } from '../shared/outbox.js';
import type { EndScreenData } from './end-screen.js';
import { PlaySession, type PlayResult } from './play.js';
import { ScenarioScene } from './scenario-scene.js';
import { DialogueUi } from './scene/dialogue-ui.js';
import { snapTurnSystem } from './scene/snap-turn.js';
import type { Posture } from './scene/calibration.js';
import { createStage, type Stage } from './scene/stage.js';
import { createVoiceInput, type VoiceInput } from './voice/voice-input.js';
import { clarifyLine, understand } from './voice/understand.js';
import { bindSoundSetting } from './voice-out/sound-setting.js';
import { VoiceOut, type SpeechHandle } from './voice-out/voice-out.js';
import { IdleWatch } from './flow/idle.js';
import { lockKiosk } from './flow/kiosk.js';
import { OfflineCache } from './offline.js';
import { StaffPanel } from './staff-panel.js';
import { matchOption, QuestionsForm } from './flow/questions.js';

export type Screen = 'accueil' | 'catalogue' | 'notice' | 'chargement' | 'jeu' | 'fin' | 'questions' | 'code';

type TalkState = 'idle' | 'listening' | 'thinking';

export interface HeadsetAppOptions {
  /** Push-to-talk input; null = pointing and buttons only. */
  voice?: VoiceInput | null;
  /** Says the lines aloud (clips, else the browser's voice); null = subtitles only. */
  voiceOut?: VoiceOut | null;
  /** Origin of the API, '' for the same origin. @default '' */
  apiBase?: string;
  /** How long « J’ai compris » stays correctable before the spoken answer counts. @default 1500 */
  voiceConfirmMs?: number;
  /** Quiet time before « Vous êtes toujours là ? » during a visit. @default 180000 */
  idleMs?: number;
  /** Time that question stays before the reset for the next visitor. @default 30000 */
  idleWarningMs?: number;
}

/** A press shorter than this is a tap (the microphone stays open until the next press). */
const HOLD_MS = 400;

/** xr-standard gamepad buttons that talk while held: squeeze, then A (right) / X (left). */
const TALK_BUTTONS = [1, 4];

const SECTORS: Record<string, string> = {
  'energies-renouvelables': 'Énergies renouvelables',
  'batiment-durable': 'Bâtiment durable',
  recyclage: 'Recyclage',
  dechets: 'Déchets',
};

/** Height calibration offered on the start card in VR (the visitor's eyes at a seated or standing height). */
const POSTURES: { id: Posture; label: string }[] = [
  { id: 'seated', label: 'Recalibrer la hauteur\u00a0: assis·e' },
  { id: 'standing', label: 'Recalibrer la hauteur\u00a0: debout' },
];

function $(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Élément #${id} absent`);
  return element;
}

function methodOfClick(event: MouseEvent): ChoiceMethod {
  if (event.detail === 0) return 'keyboard';
  const type = (event as PointerEvent).pointerType;
  return type === 'touch' || type === 'pen' ? 'touch' : 'mouse';
}

/** A display preference of the 2D interface (larger text, stronger contrast), kept on this device. */
function bindDisplaySetting(buttonId: string, name: 'texte' | 'contraste'): void {
  bindToggleSetting(
    $(buttonId),
    name,
    false,
    (on) => (document.documentElement.dataset[name] = on ? 'oui' : 'non'),
  );
}

/** One numbered answer of a list (keys 1 to 9 pick it too): `<li><button>1. text</button></li>`. */
function answerItem(
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

/** Push-to-talk controls, placed under the answers of the conversation screen. */
function createVoiceDom(): void {
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

/** A small dot and count in a corner for staff: operations waiting in the outbox. */
export function showSyncState(indicator: HTMLElement, state: OutboxState): void {
  const waiting = state.pending;
  let label =
    waiting === 0
      ? 'Synchronisation\u00a0: tout est envoyé'
      : `Synchronisation\u00a0: ${waiting}\u00a0événement${waiting > 1 ? 's' : ''} en attente`;
  if (state.rejected > 0) label += `, ${state.rejected}\u00a0refusé${state.rejected > 1 ? 's' : ''}`;
  if (waiting > 0 && state.lastError) label += ' (hors ligne, nouvel essai automatique)';
  indicator.setAttribute('aria-label', label);
  indicator.title = label;
  indicator.dataset.attente = String(waiting);
  indicator.dataset.etat =
    state.rejected > 0 ? 'refus' : waiting === 0 ? 'ok' : state.lastError ? 'erreur' : 'envoi';
  (indicator.querySelector('.nombre') as HTMLElement).textContent = waiting > 0 ? String(waiting) : '';
}

function bindSyncIndicator(outbox: Outbox): void {
  const indicator = elWith(
    'div',
    { id: 'synchro', class: 'synchro', role: 'img' },
    elWith('span', { class: 'point', 'aria-hidden': 'true' }),
    elWith('span', { class: 'nombre', 'aria-hidden': 'true' }),
  );
  $('interface').append(indicator);
  outbox.subscribe((state) => showSyncState(indicator, state));
}

async function openEventSink(): Promise<EventSink> {
  try {
    const outbox = await Outbox.open();
    bindSyncIndicator(outbox);
    return outbox;
  } catch (error) {
    // No IndexedDB (private mode, storage disabled): events then survive network cuts, not restarts.
    console.warn('File d’envoi durable indisponible, envoi en mémoire seulement', error);
    return new MemoryEventSink();
  }
}

export class HeadsetApp {
  screen: Screen = 'accueil';
  catalog: CatalogEntry[] = [];
  session: PlaySession | null = null;
  private version: ScenarioVersion | null = null;
  private scenarioScene: ScenarioScene | null = null;
  private advanceAt = Number.POSITIVE_INFINITY;
  private end: EndScreenData | null = null;
  private readonly ui: DialogueUi;
  private readonly overlay = $('interface');
  private readonly voice: VoiceInput | null;
  readonly voiceOut: VoiceOut | null;
  /** The line being said: the next one waits for its end (and for the reading time). */
  private speech: SpeechHandle | null = null;
  private readonly apiBase: string;
  private readonly voiceConfirmMs: number;
  private talk: TalkState = 'idle';
  private talkPressedAt = 0;
  private talkStarting: Promise<boolean> = Promise.resolve(false);
  private lastSpaceAt = Number.NEGATIVE_INFINITY;
  private misses = 0;
  private pendingVoice: { timer: ReturnType<typeof setTimeout>; step: number } | null = null;
  private lastSpeaker: { id?: string; name?: string; text: string } | null = null;
  /** The job picked, waiting for the notice to be accepted. */
  private picked: CatalogEntry | null = null;
  /** VR job picker: the sector whose jobs are shown, null for the sectors. */
  private pickerSector: string | null = null;
  private questions: QuestionsForm | null = null;
  private finished: { sessionId: string; followUpCode: string } | null = null;
  private readonly idle: IdleWatch;
  private showcase: ReturnType<typeof setInterval> | null = null;

  constructor(
    readonly stage: Stage,
    private readonly sink: EventSink,
    options: HeadsetAppOptions = {},
  ) {
    this.voice = options.voice ?? null;
    this.voiceOut = options.voiceOut ?? null;
    this.apiBase = options.apiBase ?? '';
    this.voiceConfirmMs = options.voiceConfirmMs ?? 1500;
    this.idle = new IdleWatch({
      idleMs: options.idleMs,
      warningMs: options.idleWarningMs,
      onWarn: (left) => this.showIdleWarning(left),
      onTick: (left) => this.showIdleWarning(left),
      onWarningEnd: () => this.hideIdleWarning(),
      onExpire: () => this.reset(),
    });
    this.ui = new DialogueUi(
      (index, method) => this.onSceneChoice(index, method),
      (method) => this.onCardAction(method),
      () => this.skipLine(),
      () => this.pressTalk(),
    );
    stage.scene.add(this.ui.root);
    stage.systems.push(snapTurnSystem(stage.renderer.xr, stage.rig, stage.camera));
    stage.systems.push((dt, now) => {
      this.scenarioScene?.update(dt, now, stage.headPosition);
      if (now >= this.advanceAt && (this.speech?.ended ?? true)) {
        this.advanceAt = Number.POSITIVE_INFINITY;
        this.session?.advance();
      }
    });
    stage.systems.push(this.talkButtonsSystem());
    stage.xr.subscribe((state, previous) => {
      if (Boolean(state.session) !== Boolean(previous.session)) this.render();
    });
    this.bindDom();
    this.bindVoiceDom();
    this.render();
  }

  get dialogueUi(): DialogueUi {
    return this.ui;
  }

  /** The scenario on stage (environment or 360 backdrop, characters), during a visit. */
  get currentScene(): ScenarioScene | null {
    return this.scenarioScene;
  }

  async showCatalog(): Promise<void> {
    this.screen = 'catalogue';
    this.pickerSector = null;
    this.idle.arm();
    this.render();
    this.focusHeading('titre-catalogue');
    const message = $('message-catalogue');
    message.textContent = 'Chargement des métiers…';
    try {
      const catalog = await requestJson<Catalog>('/api/v1/catalog');
      this.catalog = catalog.scenarios;
      message.textContent = this.catalog.length === 0 ? 'Aucun métier n’est disponible pour le moment.' : '';
    } catch (error) {
      message.textContent = error instanceof HttpError ? error.message : 'Impossible de charger les métiers.';
    }
    this.render();
  }

  /** The notice about data and AI, before the chosen scenario starts (EU AI Act art. 50). */
  showNotice(entry: CatalogEntry): void {
    this.picked = entry;
    // The first lines' audio loads while the notice is read.
    void this.voiceOut?.prefetch(entry.id, entry.versionId);
    this.screen = 'notice';
    $('notice-metier').textContent =
      `${entry.job}\u202f: «\u00a0${entry.title}\u00a0», environ ${entry.durationMinutes}\u00a0minutes.`;
    this.render();
    this.focusHeading('titre-notice');
  }

  async startScenario(entry: CatalogEntry): Promise<void> {
    this.screen = 'chargement';
    this.render();
    try {
      this.version = await requestJson<ScenarioVersion>(
        `/api/v1/scenarios/${encodeURIComponent(entry.id)}/versions/${encodeURIComponent(entry.versionId)}`,
      );
    } catch (error) {
      this.screen = 'catalogue';
      this.render();
      $('message-catalogue').textContent =
        error instanceof HttpError ? error.message : 'Impossible de charger ce métier.';
      return;
    }
    this.scenarioScene?.dispose();
    void this.voiceOut?.prefetch(entry.id, entry.versionId);
    this.scenarioScene = new ScenarioScene(this.version.metier, this.stage);
    this.stage.scene.add(this.scenarioScene.root);
    this.screen = 'jeu';
    this.session = new PlaySession(this.version, this.sink, {
      line: (line, speaker, durationMs, index, count) => this.onLine(line, speaker, durationMs, index, count),
      choices: (choices) => this.onChoices(choices),
      ended: (result) => void this.onEnded(result),
    });
    this.render();
    this.session.start();
  }

  choose(index: number, method: ChoiceMethod, confidence?: number): void {
    if (this.screen !== 'jeu' || !this.session) return;
    if (method !== 'voice') this.stopTalking();
    this.voiceOut?.stop();
    this.session.choose(index, method, confidence);
  }

  /** Back to the start screen for the next visitor. */
  reset(): void {
    // Answers given before the visitor walked away still count; nothing else of the visit stays.
    this.sendAnswers();
    this.idle.disarm();
    this.picked = null;
    this.pickerSector = null;
    this.finished = null;
    $('ecran-code').replaceChildren();
    $('liste-reponses').replaceChildren();
    $('notice-metier').textContent = '';
    this.stopTalking();
    this.voice?.dispose();
    this.voiceOut?.stop();
    this.speech = null;
    this.clearVoiceFeedback();
    this.session = null;
    this.version = null;
    this.end = null;
    this.advanceAt = Number.POSITIVE_INFINITY;
    this.scenarioScene?.dispose();
    this.scenarioScene = null;
    this.lastSpeaker = null;
    this.misses = 0;
    this.ui.hideLine();
    this.ui.hideChoices();
    // Nothing of the previous visitor stays in the page (hidden screens included).
    $('locuteur').textContent = '';
    $('replique').textContent = '';
    $('liste-choix').replaceChildren();
    delete $('liste-choix').dataset.etape;
    $('ecran-fin').replaceChildren();
    this.screen = 'accueil';
    this.render();
    $('bouton-commencer').focus();
  }

  /** After the end screen: the optional questions, one at a time. */
  showQuestions(): void {
    if (!this.finished) return;
    this.questions = new QuestionsForm();
    this.end = null;
    $('ecran-fin').replaceChildren();
    this.screen = 'questions';
    this.renderQuestion();
  }

  /** Answers the current question with its option at `optionIndex` (any input method). */
  answerQuestion(optionIndex: number): void {
    if (this.screen !== 'questions' || !this.questions) return;
    this.stopTalking();
    this.clearVoiceFeedback();
    this.questions.answer(optionIndex);
    this.renderQuestion();
  }

  skipQuestion(all = false): void {
    if (this.screen !== 'questions' || !this.questions) return;
    this.stopTalking();
    this.clearVoiceFeedback();
    if (all) this.questions.skipAll();
    else this.questions.skip();
    this.renderQuestion();
  }

  private renderQuestion(): void {
    const form = this.questions;
    if (!form) return;
    const question = form.current;
    if (!question) {
      void this.showCode();
      return;
    }
    $('progression-questions').textContent = `Question ${form.number} sur ${form.count}`;
    $('titre-question').textContent = question.title;
    $('aide-question').textContent = question.help ?? '';
    $('liste-reponses').replaceChildren(
      ...question.options.map((option, i) =>
        answerItem(i, option.label, { reponse: String(option.value) }, () => this.answerQuestion(i)),
      ),
    );
    this.setTalkEnabled(true);
    this.render();
    this.focusHeading('titre-question');
  }

  /** Sends what the visitor answered (once), through the same durable outbox as the events. */
  private sendAnswers(): void {
    const form = this.questions;
    this.questions = null;
    if (form && this.finished && form.answered)
      this.sink.answerQuestions(this.finished.sessionId, form.result());
  }

  private async showCode(): Promise<void> {
    this.sendAnswers();
    const finished = this.finished;
    if (!finished) return;
    this.setTalkEnabled(false);
    this.screen = 'code';
    const { renderCodeScreen, codeCard } = await import('./end-screen.js');
    if (this.screen !== 'code' || this.finished !== finished) return;
    renderCodeScreen($('ecran-code'), finished.followUpCode, () => this.reset());
    this.render();
    if (this.stage.isPresenting()) this.ui.showCard(codeCard(finished.followUpCode));
    this.focusHeading('titre-code');
  }

  private focusHeading(id: string): void {
    if (!this.stage.isPresenting()) $(id).focus();
  }

  private showIdleWarning(secondsLeft: number): void {
    const dialog = $('veille');
    const text = `Sans action de votre part, Éclore revient à l’accueil dans ${secondsLeft}\u00a0seconde${secondsLeft > 1 ? 's' : ''} pour la personne suivante.`;
    $('texte-veille').textContent = text;
    if (dialog.hidden) {
      dialog.hidden = false;
      if (!this.stage.isPresenting()) $('bouton-toujours-la').focus();
    }
    if (this.stage.isPresenting())
      this.ui.showLine(
        'Éclore',
        `Vous êtes toujours là\u202f? ${text} Appuyez sur un bouton pour continuer.`,
      );
  }

  private hideIdleWarning(): void {
    $('veille').hidden = true;
    if (this.stage.isPresenting()) {
      if (this.lastSpeaker && this.screen === 'jeu')
        this.ui.showLine(this.lastSpeaker.name, this.lastSpeaker.text);
      else this.ui.hideLine();
    }
  }

  /** Shows the next line now instead of waiting for the reading time to pass. */
  skipLine(): void {
    if (this.screen !== 'jeu' || !this.session?.canAdvance) return;
    this.advanceAt = Number.POSITIVE_INFINITY;
    this.voiceOut?.stop();
    this.session.advance();
  }

  private onLine(
    line: StoryLine,
    speaker: string | undefined,
    durationMs: number,
    index: number,
    count: number,
  ): void {
    const now = performance.now();
    this.lastSpeaker = { id: line.speaker, name: speaker, text: line.text };
    this.clearVoiceFeedback();
    this.setTalkEnabled(false);
    this.scenarioScene?.showMedia(line.media);
    this.scenarioScene?.speak(line.speaker, now, durationMs * 0.8, this.say(line.speaker, line.text));
    this.ui.showLine(speaker, line.text);
    this.ui.hideChoices();
    $('locuteur').textContent = speaker ?? '';
    $('replique').textContent = line.text;
    $('liste-choix').replaceChildren();
    delete $('liste-choix').dataset.etape;
    const more = index < count - 1 || this.session?.canAdvance === true;
    ($('bouton-suite') as HTMLButtonElement).hidden = !more;
    this.ui.showNext(more);
    this.advanceAt = more ? now + durationMs : Number.POSITIVE_INFINITY;
  }

  private onChoices(choices: StoryChoice[]): void {
    this.advanceAt = Number.POSITIVE_INFINITY;
    ($('bouton-suite') as HTMLButtonElement).hidden = true;
    this.misses = 0;
    this.clearVoiceFeedback();
    this.setTalkEnabled(true);
    this.ui.showNext(false);
    this.ui.showChoices(choices.map((c) => ({ index: c.index, text: c.text })));
    const list = $('liste-choix');
    list.dataset.etape = String(this.session?.step ?? 0);
    list.replaceChildren(
      ...choices.map((choice, i) =>
        answerItem(i, choice.text, { choix: String(choice.index) }, (event) =>
          this.choose(choice.index, methodOfClick(event)),
        ),
      ),
    );
    // Keep keyboard users in the flow: focus the first answer when the previous focus is gone.
    if (
      !this.stage.isPresenting() &&
      (document.activeElement === document.body || !document.activeElement?.isConnected)
    ) {
      (list.querySelector('button') as HTMLButtonElement | null)?.focus();
    }
  }

  /** Says a line of the current version aloud; null when voice out is off. */
  private say(speaker: string | undefined, text: string): SpeechHandle | undefined {
    const version = this.version;
    if (!this.voiceOut || !version) return undefined;
    this.speech = this.voiceOut.say({
      scenarioId: version.id,
      versionId: version.versionId,
      speaker,
      text,
      voix: speaker ? version.metier.personnages[speaker]?.voix : 'neutre',
    });
    return this.speech;
  }

  private async onEnded(result: PlayResult): Promise<void> {
    this.advanceAt = Number.POSITIVE_INFINITY;
    this.voiceOut?.stop();
    this.stopTalking();
    this.clearVoiceFeedback();
    this.setTalkEnabled(false);
    // The microphone stays open between turns only: closed at the end of the visit.
    this.voice?.dispose();
    this.ui.hideChoices();
    this.ui.hideLine();
    const version = this.version;
    if (!version) return;
    const { renderEndScreen, endCard } = await import('./end-screen.js');
    this.finished = { sessionId: result.sessionId, followUpCode: result.followUpCode };
    this.end = {
      followUpCode: result.followUpCode,
      scores: result.clientScores,
      maxScores: null,
      metier: version.metier,
      referentiel: version.referentiel,
      title: version.meta?.title ?? version.metier.metier.intitule,
    };
    this.screen = 'fin';
    const show = () => {
      if (!this.end) return;
      renderEndScreen($('ecran-fin'), this.end, () => this.showQuestions());
      if (this.stage.isPresenting()) this.ui.showCard(endCard(this.end));
    };
    this.render();
    show();
    ($('ecran-fin').querySelector('h2') as HTMLElement | null)?.focus();
    const server = await result.server;
    if (server && this.end && this.end.followUpCode === result.followUpCode) {
      // The server's replay is authoritative; the headset's numbers were only a preview.
      this.end = { ...this.end, scores: server.scores, maxScores: server.maxScores, confirmed: true };
      show();
    }
  }

  private onSceneChoice(index: number, method: ChoiceMethod): void {
    this.idle.activity();
    if (this.screen === 'accueil') {
      const posture = POSTURES[index];
      if (posture) this.stage.calibrateHeight(posture.id);
      this.render();
    } else if (this.screen === 'jeu') this.choose(index, method);
    else if (this.screen === 'questions') this.answerQuestion(index);
    else if (this.screen === 'catalogue') {
      // In VR the picker has two steps (at most six 3D buttons): the sector, then its jobs.
      if (this.pickerSector === null) {
        this.pickerSector = this.sectors()[index] ?? null;
        this.render();
      } else {
        const entry = this.catalog.filter((e) => e.sector === this.pickerSector)[index];
        if (entry) this.showNotice(entry);
      }
    }
  }

  private onCardAction(_method: ChoiceMethod): void {
    this.idle.activity();
    if (this.screen === 'accueil') void this.showCatalog();
    else if (this.screen === 'catalogue' && this.pickerSector !== null) {
      this.pickerSector = null;
      this.render();
    } else if (this.screen === 'notice' && this.picked) void this.startScenario(this.picked);
    else if (this.screen === 'fin') this.showQuestions();
    else if (this.screen === 'questions') this.skipQuestion();
    else if (this.screen === 'code') this.reset();
  }

  /** Sectors of the catalog, in catalog order. */
  private sectors(): string[] {
    return [...new Set(this.catalog.map((entry) => entry.sector))];
  }

  private bindDom(): void {
    $('bouton-commencer').addEventListener('click', () => void this.showCatalog());
    bindDisplaySetting('bouton-texte', 'texte');
    bindDisplaySetting('bouton-contraste', 'contraste');
    $('bouton-retour-accueil').addEventListener('click', () => this.reset());
    $('bouton-notice').addEventListener('click', () => {
      if (this.picked) void this.startScenario(this.picked);
    });
    $('bouton-retour-catalogue').addEventListener('click', () => {
      this.picked = null;
      this.screen = 'catalogue';
      this.render();
      this.focusHeading('titre-catalogue');
    });
    $('bouton-passer').addEventListener('click', () => this.skipQuestion());
    $('bouton-passer-tout').addEventListener('click', () => this.skipQuestion(true));
    $('bouton-toujours-la').addEventListener('click', () => this.idle.activity());
    // Any input of the visitor keeps the visit alive (the idle reset is for empty kiosks only).
    // Not inside the warning itself: its button answers on click (a press that hid it first would
    // send the click to whatever lies behind).
    for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart'])
      window.addEventListener(
        type,
        (event) => {
          if (!(event.target instanceof Element && event.target.closest('#veille'))) this.idle.activity();
        },
        { capture: true, passive: true },
      );
    $('bouton-suite').addEventListener('click', () => this.skipLine());
    const vrButton = $('bouton-vr') as HTMLButtonElement;
    vrButton.addEventListener('click', () => {
      this.stage.xr.enterVR().catch((error: unknown) => {
        $('message-accueil').textContent = 'La réalité virtuelle n’a pas pu démarrer. Continuez sur l’écran.';
        console.error(error);
      });
    });
    void navigator.xr?.isSessionSupported('immersive-vr').then(
      (supported) => (vrButton.hidden = !supported),
      () => (vrButton.hidden = true),
    );
    window.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (this.screen === 'questions' && event.key >= '1' && event.key <= '9') {
        const target = event.target instanceof Element ? event.target : null;
        if (target?.closest('input, textarea, select')) return;
        event.preventDefault();
        this.answerQuestion(Number(event.key) - 1);
        return;
      }
      if (this.screen !== 'jeu') return;
      if (event.key >= '1' && event.key <= '9') {
        const choice = this.session?.currentChoices[Number(event.key) - 1];
        if (choice) {
          event.preventDefault();
          this.choose(choice.index, 'keyboard');
        }
      }
    });
  }

  private render(): void {
    const screen = this.screen;
    this.overlay.dataset.ecran = screen;
    $('ecran-accueil').hidden = screen !== 'accueil';
    $('ecran-catalogue').hidden = screen !== 'catalogue' && screen !== 'chargement';
    $('ecran-notice').hidden = screen !== 'notice';
    $('ecran-jeu').hidden = screen !== 'jeu';
    $('ecran-fin').hidden = screen !== 'fin';
    $('ecran-questions').hidden = screen !== 'questions';
    $('ecran-code').hidden = screen !== 'code';
    // The push-to-talk controls follow the screen that takes spoken answers.
    const voiceControls = document.querySelector('.voix');
    if (voiceControls) (screen === 'questions' ? $('liste-reponses') : $('liste-choix')).after(voiceControls);
    this.updateShowcase(screen === 'accueil');
    if (screen === 'catalogue' || screen === 'chargement') this.renderCatalog(screen === 'chargement');

    const vr = this.stage.isPresenting();
    // On a screen the HTML overlay is the interface (readable, accessible): the 3D panels would
    // only repeat it at the edges of the view.
    this.ui.root.visible = vr;
    if (screen === 'accueil') {
      this.ui.hideChoices();
      if (vr) {
        this.ui.showCard({
          title: 'Éclore',
          body: [
            'Parlez avec des professionnel·les de la transition écologique.',
            'Visez le bouton avec la manette puis appuyez sur la gâchette.',
          ],
          action: 'Commencer',
        });
        // Seated by default; the hosts or the visitor set the view height again here.
        this.ui.showChoices(
          POSTURES.map((p, index) => ({
            index,
            text: `${p.label}${this.stage.posture === p.id ? ' ✓' : ''}`,
          })),
        );
      } else this.ui.hideCard();
    } else if (screen === 'catalogue' || screen === 'chargement') {
      if (vr) {
        const sector = this.pickerSector;
        this.ui.showCard({
          title:
            screen === 'chargement'
              ? 'Chargement…'
              : sector === null
                ? 'Choisissez un secteur'
                : (SECTORS[sector] ?? sector),
          body: [],
          ...(screen === 'catalogue' && sector !== null ? { action: 'Autres secteurs' } : {}),
        });
        this.ui.showChoices(
          screen === 'chargement'
            ? []
            : sector === null
              ? this.sectors().map((id, index) => ({ index, text: SECTORS[id] ?? id }))
              : this.catalog
                  .filter((entry) => entry.sector === sector)
                  .map((entry, index) => ({ index, text: `${entry.title} (${entry.job})` })),
        );
      } else {
        this.ui.hideCard();
        this.ui.hideChoices();
      }
    } else if (screen === 'notice') {
      this.ui.hideChoices();
      if (vr)
        this.ui.showCard({
          title: 'Avant de commencer',
          body: [
            'Le personnage est virtuel. Une intelligence artificielle peut reformuler ses paroles et aider à comprendre les vôtres\u202f; elle ne décide jamais de vos résultats.',
            'Nous gardons vos choix et le texte de vos réponses, jamais votre voix ni votre nom.',
          ],
          action: 'Commencer',
        });
      else this.ui.hideCard();
    } else if (screen === 'jeu') {
      this.ui.hideCard();
    } else if (screen === 'questions') {
      const question = this.questions?.current;
      if (vr && question && this.questions) {
        this.ui.showCard({
          title: question.title,
          body: [`Question ${this.questions.number} sur ${this.questions.count}, facultative.`],
          action: 'Passer',
        });
        this.ui.showChoices(question.options.map((o, index) => ({ index, text: o.label })));
      } else {
        this.ui.hideCard();
        this.ui.hideChoices();
      }
    } else if (!vr) {
      this.ui.hideCard();
      this.ui.hideChoices();
    }
    this.renderTalkButton3d();
  }

  /** Start screen: one professional after another, to make passers-by curious. */
  private updateShowcase(on: boolean): void {
    const target = $('vitrine');
    if (!on || this.catalog.length === 0) {
      if (this.showcase) clearInterval(this.showcase);
      this.showcase = null;
      if (!on) target.textContent = '';
      return;
    }
    if (this.showcase) return;
    let next = 0;
    const show = () => {
      const entry = this.catalog[next++ % this.catalog.length];
      target.textContent = `À découvrir\u202f: ${entry.job} — ${entry.title}`;
    };
    show();
    this.showcase = setInterval(show, 6000);
  }

  /** Loads the catalog behind the start screen (showcase, and a faster picker). */
  async preloadCatalog(): Promise<void> {
    try {
      this.catalog = (await requestJson<Catalog>('/api/v1/catalog')).scenarios;
      if (this.screen === 'accueil') this.updateShowcase(true);
    } catch {
      // offline and nothing cached: the picker says so when opened
    }
  }

  private bindVoiceDom(): void {
    createVoiceDom();
    const button = $('bouton-parler') as HTMLButtonElement;
    this.updateTalkAvailability();
    button.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      event.preventDefault();
      button.focus();
      this.pressTalk();
    });
    const release = () => this.releaseTalk(false);
    button.addEventListener('pointerup', release);
    button.addEventListener('pointercancel', release);
    // Enter (and assistive technologies) activate the button without pointer events: a toggle.
    button.addEventListener('click', (event) => {
      if (event.detail !== 0 || performance.now() - this.lastSpaceAt < 600) return;
      this.pressTalk();
    });
    $('bouton-corriger').addEventListener('click', () => this.correctVoice());
    const isSpace = (event: KeyboardEvent) =>
      event.code === 'Space' && !event.ctrlKey && !event.altKey && !event.metaKey;
    // Space talks while held (or toggles when tapped), unless another control has the focus:
    // Space then keeps activating that control.
    const spaceTalks = (event: KeyboardEvent) => {
      if (!this.takesSpokenAnswers() || button.hidden || !isSpace(event)) return false;
      const target = event.target instanceof Element ? event.target : null;
      if (target === button) return true;
      return !target?.closest('button, a, input, select, textarea, [contenteditable], [tabindex]');
    };
    window.addEventListener('keydown', (event) => {
      if (!spaceTalks(event)) return;
      event.preventDefault();
      this.lastSpaceAt = performance.now();
      if (!event.repeat) this.pressTalk();
    });
    window.addEventListener('keyup', (event) => {
      if (!spaceTalks(event)) return;
      event.preventDefault();
      this.lastSpaceAt = performance.now();
      this.releaseTalk(false);
    });
  }

  /** Push: starts listening; a second press while listening stops. */
  private pressTalk(): void {
    if (!this.voice || this.talk === 'thinking') return;
    if (this.talk === 'listening') {
      void this.finishTalk();
      return;
    }
    const answers =
      this.screen === 'questions'
        ? (this.questions?.current?.options.length ?? 0)
        : this.screen === 'jeu'
          ? (this.session?.currentChoices.length ?? 0)
          : 0;
    if (answers === 0 || !this.voice.available) return;
    // Talking again during the « J’ai compris » moment corrects the answer.
    this.cancelPendingVoice();
    this.hideUnderstood();
    this.talk = 'listening';
    this.talkPressedAt = performance.now();
    this.renderTalk('Je vous écoute… Appuyez de nouveau ou relâchez pour terminer.');
    if (this.stage.isPresenting()) this.ui.showLine('Vous', 'Je vous écoute…');
    this.talkStarting = this.voice.start().then(
      () => true,
      (error: unknown) => {
        console.warn('Micro indisponible', error);
        this.talk = 'idle';
        this.renderTalk('Le micro n’est pas disponible. Choisissez une réponse.');
        this.updateTalkAvailability();
        return false;
      },
    );
  }

  /** Release: stops listening if the press was held (a tap keeps listening until the next press). */
  private releaseTalk(always: boolean): void {
    if (this.talk !== 'listening') return;
    if (always || performance.now() - this.talkPressedAt >= HOLD_MS) void this.finishTalk();
  }

  private async finishTalk(): Promise<void> {
    const voice = this.voice;
    if (this.screen === 'questions') return this.finishQuestionTalk();
    const session = this.session;
    if (!voice || !session || this.talk !== 'listening') return;
    this.talk = 'thinking';
    this.renderTalk('Un instant…');
    const step = session.step;
    let heard: Awaited<ReturnType<VoiceInput['stop']>> = null;
    try {
      if (await this.talkStarting) heard = await voice.stop();
    } catch {
      heard = null;
    }
    // The visitor may have pointed at an answer meanwhile: this recording is then out of date.
    if (this.session !== session || session.step !== step || this.talk !== 'thinking') return;
    if (!heard || !heard.transcript) {
      this.talk = 'idle';
      this.updateTalkAvailability();
      if (!voice.available) {
        this.renderTalk('La voix n’est pas disponible pour le moment. Choisissez une réponse.');
        this.highlightChoices();
      } else {
        this.renderTalk('Je n’ai rien entendu. Réessayez ou choisissez une réponse.');
        this.miss();
      }
      return;
    }
    this.showUnderstood(heard.transcript, false);
    const choices = session.currentChoices;
    const result = await understand(this.apiBase, heard.transcript, choices, {
      sessionId: session.sessionId,
      step,
    });
    if (this.session !== session || session.step !== step) return;
    this.talk = 'idle';
    session.heard(heard.transcript, result.choiceIndex, result.confidence, result.via);
    const choice = choices.find((c) => c.index === result.choiceIndex);
    if (!choice) {
      this.renderTalk('');
      this.miss();
      return;
    }
    this.showUnderstood(heard.transcript, true);
    this.renderTalk(`Réponse retenue\u00a0: ${choice.text}`);
    const button = document.querySelector<HTMLButtonElement>(
      `#liste-choix button[data-choix="${choice.index}"]`,
    );
    button?.classList.add('retenue');
    const timer = setTimeout(() => {
      if (this.pendingVoice?.timer !== timer) return;
      this.pendingVoice = null;
      this.choose(choice.index, 'voice', result.confidence);
    }, this.voiceConfirmMs);
    this.pendingVoice = { timer, step };
  }

  /** A spoken answer to an optional question: the engine's matcher only (no LLM for these). */
  private async finishQuestionTalk(): Promise<void> {
    const voice = this.voice;
    const question = this.questions?.current;
    if (!voice || !question || this.talk !== 'listening') return;
    this.talk = 'thinking';
    this.renderTalk('Un instant…');
    let heard: Awaited<ReturnType<VoiceInput['stop']>> = null;
    try {
      if (await this.talkStarting) heard = await voice.stop();
    } catch {
      heard = null;
    }
    if (this.questions?.current !== question || this.talk !== 'thinking') return;
    this.talk = 'idle';
    this.updateTalkAvailability();
    const index = heard?.transcript ? matchOption(question, heard.transcript) : null;
    if (!heard?.transcript || index === null) {
      this.renderTalk(
        heard?.transcript
          ? `J’ai entendu «\u00a0${heard.transcript}\u00a0» sans reconnaître de réponse. Réessayez, choisissez une réponse ou passez la question.`
          : 'Je n’ai rien entendu. Réessayez, choisissez une réponse ou passez la question.',
      );
      return;
    }
    this.showUnderstood(heard.transcript, true);
    this.renderTalk(`Réponse retenue\u00a0: ${question.options[index].label}`);
    document.querySelectorAll<HTMLButtonElement>('#liste-reponses button')[index]?.classList.add('retenue');
    const timer = setTimeout(() => {
      if (this.pendingVoice?.timer !== timer) return;
      this.pendingVoice = null;
      this.answerQuestion(index);
    }, this.voiceConfirmMs);
    this.pendingVoice = { timer, step: -1 };
  }

  /** Screens where the visitor may answer by voice. */
  private takesSpokenAnswers(): boolean {
    return this.screen === 'jeu' || this.screen === 'questions';
  }

  /** « Corriger »: forgets the spoken answer; the visitor points or talks again. */
  private correctVoice(): void {
    this.cancelPendingVoice();
    this.hideUnderstood();
    this.renderTalk('D’accord. Répondez à nouveau, en parlant ou en choisissant une réponse.');
    const talk = $('bouton-parler') as HTMLButtonElement;
    if (!talk.hidden && !talk.disabled) talk.focus();
  }

  /** The character asks again; after two misses at the same decision the answers are highlighted. */
  private miss(): void {
    this.misses += 1;
    const text = clarifyLine(this.misses);
    const name = this.lastSpeaker?.name;
    $('locuteur').textContent = name ?? '';
    $('replique').textContent = text;
    this.ui.showLine(name, text);
    this.scenarioScene?.speak(
      this.lastSpeaker?.id,
      performance.now(),
      1500,
      this.say(this.lastSpeaker?.id, text),
    );
    if (this.misses >= 2) this.highlightChoices();
  }

  private highlightChoices(): void {
    const list = $('liste-choix');
    list.classList.add('en-evidence');
    this.ui.emphasize(true);
    const hint = $('aide-choix');
    hint.hidden = false;
    hint.textContent = this.stage.isPresenting()
      ? 'Visez une réponse avec la manette puis appuyez sur la gâchette.'
      : 'Choisissez une des réponses ci-dessous (clic, touches 1 à 9 ou Tab puis Entrée).';
    if (this.stage.isPresenting()) this.ui.showLine(undefined, hint.textContent);
    else (list.querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  private showUnderstood(transcript: string, correctable: boolean): void {
    $('retour-voix').hidden = false;
    $('compris').textContent = `J’ai compris\u00a0: «\u00a0${transcript}\u00a0»`;
    ($('bouton-corriger') as HTMLButtonElement).hidden = !correctable;
    if (this.stage.isPresenting())
      this.ui.showLine(
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

  private cancelPendingVoice(): void {
    if (this.pendingVoice) clearTimeout(this.pendingVoice.timer);
    this.pendingVoice = null;
  }

  private clearVoiceFeedback(): void {
    this.cancelPendingVoice();
    this.hideUnderstood();
    $('liste-choix').classList.remove('en-evidence');
    this.ui.emphasize(false);
    $('aide-choix').hidden = true;
    this.renderTalk('');
  }

  /** Stops listening without transcribing (the visitor answered another way, or left). */
  private stopTalking(): void {
    this.cancelPendingVoice();
    if (this.talk === 'listening') this.voice?.cancel();
    this.talk = 'idle';
    this.renderTalk('');
  }

  private setTalkEnabled(enabled: boolean): void {
    ($('bouton-parler') as HTMLButtonElement).disabled = !enabled;
    this.updateTalkAvailability();
  }

  private updateTalkAvailability(): void {
    const button = $('bouton-parler') as HTMLButtonElement;
    button.hidden = !this.voice?.available;
    $('aide-clavier').textContent = button.hidden
      ? 'Touches 1 à 9 pour répondre, Tab pour parcourir les réponses.'
      : 'Touches 1 à 9 pour répondre, Tab pour parcourir les réponses, Espace (maintenu ou deux appuis) pour parler.';
    this.renderTalkButton3d();
  }

  /** The 3D « Parler » button in VR (hands pinch it; controllers may also hold the squeeze). */
  private renderTalkButton3d(): void {
    const button = $('bouton-parler') as HTMLButtonElement;
    const usable =
      this.stage.isPresenting() && !button.hidden && !button.disabled && this.talk !== 'thinking';
    this.ui.showTalk(!usable ? 'hidden' : this.talk === 'listening' ? 'listening' : 'idle');
  }

  private renderTalk(status: string): void {
    const button = $('bouton-parler');
    const listening = this.talk === 'listening';
    button.setAttribute('aria-pressed', String(listening));
    button.classList.toggle('ecoute', listening);
    button.textContent = listening ? 'J’ai fini de parler' : 'Parler';
    $('etat-voix').textContent = status;
    this.renderTalkButton3d();
  }

  /** VR: squeeze or A/X held = talking; pointing with the trigger always works too. */
  private talkButtonsSystem(): (dt: number, now: number) => void {
    let held = false;
    return () => {
      const session = this.stage.renderer.xr.getSession();
      let pressed = false;
      if (session && this.takesSpokenAnswers()) {
        const sources = session.inputSources;
        for (let i = 0; i < sources.length && !pressed; i++) {
          const buttons = sources[i].gamepad?.buttons;
          if (!buttons) continue;
          for (let b = 0; b < TALK_BUTTONS.length; b++) if (buttons[TALK_BUTTONS[b]]?.pressed) pressed = true;
        }
      }
      if (pressed === held) return;
      held = pressed;
      if (pressed) {
        this.idle.activity();
        if (this.talk === 'idle') this.pressTalk();
      } else this.releaseTalk(true);
    };
  }

  private renderCatalog(loading: boolean): void {
    const container = $('liste-scenarios');
    const bySector = new Map<string, CatalogEntry[]>();
    for (const entry of this.catalog)
      bySector.set(entry.sector, [...(bySector.get(entry.sector) ?? []), entry]);
    const blocks: HTMLElement[] = [];
    for (const [sector, entries] of bySector) {
      const title = document.createElement('h3');
      title.textContent = SECTORS[sector] ?? sector;
      const list = document.createElement('ul');
      for (const entry of entries) {
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
        button.addEventListener('click', () => this.showNotice(entry));
        item.append(button);
        list.append(item);
      }
      blocks.push(title, list);
    }
    container.replaceChildren(...blocks);
    if (loading) $('message-catalogue').textContent = 'Chargement du métier…';
  }
}

async function boot(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const emulation = params.get('emulate');
  // Test and development hook: the WebXR emulator is a separate chunk, never in the first load.
  const emulator = emulation ? await import('./emulate.js') : null;
  if (emulator && emulation) emulator.installEmulator(emulation);
  const sink = await openEventSink();
  const stage = createStage($('scene') as HTMLCanvasElement);
  const voice = createVoiceInput({ apiBase: '' });
  const seconds = (name: string) => {
    const value = Number(params.get(name));
    return Number.isFinite(value) && value > 0 ? value * 1000 : undefined;
  };
  if (params.get('kiosque') !== 'non') lockKiosk();
  const voiceOut = new VoiceOut();
  bindSoundSetting($('bouton-son'), voiceOut);
  const app = new HeadsetApp(stage, sink, {
    voice,
    voiceOut,
    apiBase: '',
    idleMs: seconds('inactivite'),
    idleWarningMs: seconds('avertissement'),
  });
  const onStartScreen = () => app.screen === 'accueil';
  new StaffPanel(sink, OfflineCache.start(onStartScreen)).attachVr(stage, onStartScreen);
  void app.preloadCatalog();
  emulator?.exposeForTests(app);
}

void boot();
