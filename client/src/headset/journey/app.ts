// The headset app and its 2D fallback: start → job picker → notice → conversation → end screen →
// optional questions → follow-up code. Every screen change goes through the journey state machine
// (`state.ts`); the HTML overlay and the 3D interface are both drawn from that state.
import type { StoryChoice, StoryLine } from '../../../../engine/src/index.js';
import type { Catalog, CatalogEntry, ChoiceMethod, ScenarioVersion } from '../../shared/api-types.js';
import type { EventSink } from '../../shared/event-sink.js';
import { HttpError, requestJson } from '../../shared/http.js';
import type { EndScreenData } from '../end-screen.js';
import { IdleWatch } from '../flow/idle.js';
import { QuestionsForm } from '../flow/questions.js';
import { PlaySession, type PlayResult } from '../play.js';
import { ScenarioScene } from '../scenario-scene.js';
import { DialogueUi } from '../scene/dialogue-ui.js';
import { snapTurnSystem } from '../scene/snap-turn.js';
import type { Stage } from '../scene/stage.js';
import type { VoiceInput } from '../voice/voice-input.js';
import type { SpeechHandle, VoiceOut } from '../voice-out/voice-out.js';
import { InputTracker } from './input-hints.js';
import { renderCatalogue, jobsOf, sectorsOf } from './screens/catalogue.js';
import { answerItem, renderAnswers } from './screens/conversation.js';
import { noticeText } from './screens/notice.js';
import { POSTURES, Showcase } from './screens/start.js';
import { bindScreenControls, IdleWarning } from './controls.js';
import { initialState, isBusy, transition, type JourneyEvent, type JourneyState } from './state.js';
import { TalkController } from './talk.js';
import { applyVrView, vrView } from './view.js';
import type { VisitStore } from './visit-store.js';

export type { Screen } from './state.js';

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
  /** Where the visit is saved at each turn, to resume it after a reload. */
  store?: VisitStore | null;
}

export function $(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Élément #${id} absent`);
  return element;
}

export class HeadsetApp {
  state: JourneyState = initialState;
  catalog: CatalogEntry[] = [];
  session: PlaySession | null = null;
  version: ScenarioVersion | null = null;
  private scenarioScene: ScenarioScene | null = null;
  private advanceAt = Number.POSITIVE_INFINITY;
  /** Until when the current line is read out (its reading time). */
  private speakingUntil = Number.POSITIVE_INFINITY;
  private end: EndScreenData | null = null;
  private endModule: typeof import('../end-screen.js') | null = null;
  readonly ui: DialogueUi;
  readonly inputs: InputTracker;
  private readonly overlay = $('interface');
  private readonly voice: VoiceInput | null;
  readonly voiceOut: VoiceOut | null;
  private readonly talk: TalkController;
  /** The line being said: the next one waits for its end (and for the reading time). */
  private speech: SpeechHandle | null = null;
  private lastSpeaker: { id?: string; name?: string; text: string } | null = null;
  /** Lines said by each character in this visit: the one heard most is the professional met. */
  private readonly spoken = new Map<string, number>();
  private picked: CatalogEntry | null = null;
  private questions: QuestionsForm | null = null;
  readonly idle: IdleWatch;
  private readonly showcase = new Showcase($('vitrine'));
  private readonly store: VisitStore | null;
  private catalogueDrawn = '';

  constructor(
    readonly stage: Stage,
    readonly sink: EventSink,
    options: HeadsetAppOptions = {},
  ) {
    this.voice = options.voice ?? null;
    this.voiceOut = options.voiceOut ?? null;
    this.store = options.store ?? null;
    const warning = new IdleWarning(this);
    this.idle = new IdleWatch({
      idleMs: options.idleMs,
      warningMs: options.idleWarningMs,
      onWarn: (left) => warning.show(left),
      onTick: (left) => warning.show(left),
      onWarningEnd: () => warning.hide(this.state.screen === 'jeu' ? this.lastSpeaker : null),
      onExpire: () => this.reset(),
    });
    this.ui = new DialogueUi(
      (index, method) => this.onSceneChoice(index, method),
      () => this.onCardAction(),
      () => this.skipLine(),
      () => this.talk.press(),
    );
    this.inputs = new InputTracker(() => this.render());
    this.talk = new TalkController(this, this.voice, options.apiBase ?? '', options.voiceConfirmMs ?? 1500);
    stage.scene.add(this.ui.root);
    stage.systems.push(snapTurnSystem(stage.renderer.xr, stage.rig, stage.camera));
    stage.systems.push((dt, now) => {
      this.ui.updatePointerTargets();
      this.scenarioScene?.update(dt, now, stage.headPosition);
      const said = this.speech?.ended ?? true;
      if (now >= this.advanceAt && said) {
        this.advanceAt = Number.POSITIVE_INFINITY;
        this.session?.advance();
      }
      if (this.state.speaking && said && now >= this.speakingUntil) this.dispatch({ type: 'speech-end' });
    });
    stage.systems.push(this.talk.system(() => stage.renderer.xr.getSession()));
    stage.xr.subscribe((state, previous) => {
      if (Boolean(state.session) !== Boolean(previous.session)) this.render();
    });
    bindScreenControls(this);
    this.render();
  }

  get screen(): JourneyState['screen'] {
    return this.state.screen;
  }

  get dialogueUi(): DialogueUi {
    return this.ui;
  }

  /** The scenario on stage (environment or 360 backdrop, characters), during a visit. */
  get currentScene(): ScenarioScene | null {
    return this.scenarioScene;
  }

  dispatch(event: JourneyEvent): void {
    const next = transition(this.state, event);
    if (next === this.state) return;
    this.state = next;
    this.idle.setBusy(isBusy(next));
    this.render();
  }

  activity(): void {
    this.idle.activity();
  }

  presenting(): boolean {
    return this.stage.isPresenting();
  }

  currentSession(): PlaySession | null {
    return this.session;
  }

  question() {
    return this.questions?.current ?? null;
  }

  lastSpeakerLine() {
    return this.lastSpeaker;
  }

  async showCatalog(): Promise<void> {
    this.dispatch({ type: 'open-catalogue' });
    this.idle.arm();
    this.focusHeading('titre-catalogue');
    const message = $('message-catalogue');
    message.textContent = 'Chargement des métiers…';
    try {
      this.catalog = (await requestJson<Catalog>('/api/v1/catalog')).scenarios;
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
    $('notice-metier').textContent = noticeText(entry);
    this.dispatch({ type: 'pick-job', job: { id: entry.id, versionId: entry.versionId } });
    this.focusHeading('titre-notice');
  }

  backToCatalogue(): void {
    this.picked = null;
    this.dispatch({ type: 'back-to-catalogue' });
    this.focusHeading('titre-catalogue');
  }

  async startScenario(entry: CatalogEntry | null = this.picked): Promise<void> {
    if (!entry) return;
    this.dispatch({ type: 'load' });
    if (!(await this.loadVersion(entry.id, entry.versionId))) return;
    this.dispatch({ type: 'play' });
    this.session = this.newSession(this.version!);
    this.session.start();
  }

  /** Resumes a visit saved on this device (a reload or a crash mid-visit). */
  async resume(): Promise<boolean> {
    const saved = this.store?.load();
    if (!saved) return false;
    this.dispatch({ type: 'resume', job: { id: saved.scenarioId, versionId: saved.versionId } });
    this.idle.arm();
    if (!(await this.loadVersion(saved.scenarioId, saved.versionId)) || this.state.screen !== 'jeu') {
      this.reset();
      return false;
    }
    this.session = this.newSession(this.version!, saved.play);
    this.session.resume();
    return true;
  }

  private async loadVersion(id: string, versionId: string): Promise<boolean> {
    try {
      this.version = await requestJson<ScenarioVersion>(
        `/api/v1/scenarios/${encodeURIComponent(id)}/versions/${encodeURIComponent(versionId)}`,
      );
    } catch (error) {
      this.dispatch({ type: 'load-failed' });
      $('message-catalogue').textContent =
        error instanceof HttpError ? error.message : 'Impossible de charger ce métier.';
      return false;
    }
    this.scenarioScene?.dispose();
    void this.voiceOut?.prefetch(id, versionId);
    this.scenarioScene = new ScenarioScene(this.version.metier, this.stage);
    this.stage.scene.add(this.scenarioScene.root);
    return true;
  }

  private newSession(version: ScenarioVersion, saved?: import('../play.js').SavedPlay): PlaySession {
    return new PlaySession(
      version,
      this.sink,
      {
        line: (line, speaker, durationMs, index, count) =>
          this.onLine(line, speaker, durationMs, index, count),
        choices: (choices) => this.onChoices(choices),
        ended: (result) => void this.onEnded(result),
        saved: (play) => this.store?.save({ scenarioId: version.id, versionId: version.versionId, play }),
      },
      saved,
    );
  }

  choose(index: number, method: ChoiceMethod, confidence?: number): void {
    if (this.state.screen !== 'jeu' || !this.session) return;
    if (method !== 'voice') this.talk.stop();
    this.voiceOut?.stop();
    if (!this.session.currentChoices.some((c) => c.index === index)) return;
    // The decision is over before the story goes on (its next turn may offer new answers at once).
    this.dispatch({ type: 'answered' });
    this.session.choose(index, method, confidence);
  }

  /** Back to the start screen for the next visitor. */
  reset(): void {
    // Answers given before the visitor walked away still count; nothing else of the visit stays.
    this.sendAnswers();
    this.store?.clear();
    this.idle.disarm();
    this.picked = null;
    $('ecran-code').replaceChildren();
    $('liste-reponses').replaceChildren();
    $('notice-metier').textContent = '';
    this.talk.stop();
    this.voice?.dispose();
    this.voiceOut?.stop();
    this.speech = null;
    this.talk.clearFeedback();
    this.session = null;
    this.version = null;
    this.end = null;
    this.advanceAt = Number.POSITIVE_INFINITY;
    this.scenarioScene?.dispose();
    this.scenarioScene = null;
    this.lastSpeaker = null;
    this.spoken.clear();
    this.ui.hideLine();
    // Nothing of the previous visitor stays in the page (hidden screens included).
    $('locuteur').textContent = '';
    $('replique').textContent = '';
    $('ecran-fin').replaceChildren();
    this.dispatch({ type: 'reset' });
    $('bouton-commencer').focus();
  }

  /** After the end screen: the optional questions, one at a time. */
  showQuestions(): void {
    if (this.state.screen !== 'fin') return;
    this.questions = new QuestionsForm();
    this.end = null;
    $('ecran-fin').replaceChildren();
    this.dispatch({ type: 'questions', answers: this.questionAnswers() });
    this.renderQuestion();
  }

  /** Answers the current question with its option at `optionIndex` (any input method). */
  answerQuestion(optionIndex: number): void {
    if (this.state.screen !== 'questions' || !this.questions?.current) return;
    if (!this.questions.current.options[optionIndex]) return;
    this.talk.stop();
    this.talk.clearFeedback();
    this.questions.answer(optionIndex);
    this.renderQuestion();
  }

  skipQuestion(all = false): void {
    if (this.state.screen !== 'questions' || !this.questions) return;
    this.talk.stop();
    this.talk.clearFeedback();
    if (all) this.questions.skipAll();
    else this.questions.skip();
    this.renderQuestion();
  }

  private questionAnswers() {
    return (this.questions?.current?.options ?? []).map((o, index) => ({ index, text: o.label }));
  }

  private renderQuestion(): void {
    const form = this.questions;
    if (!form) return;
    const question = form.current;
    if (!question) {
      void this.showCode();
      return;
    }
    this.dispatch({ type: 'question', position: form.number - 1, answers: this.questionAnswers() });
    $('progression-questions').textContent = `Question ${form.number} sur ${form.count}`;
    $('titre-question').textContent = question.title;
    $('aide-question').textContent = question.help ?? '';
    $('liste-reponses').replaceChildren(
      ...question.options.map((option, i) =>
        answerItem(i, option.label, { reponse: String(option.value) }, () => this.answerQuestion(i)),
      ),
    );
    this.render();
    this.focusHeading('titre-question');
  }

  /** Sends what the visitor answered (once), through the same durable outbox as the events. */
  private sendAnswers(): void {
    const form = this.questions;
    const finished = this.state.finished;
    this.questions = null;
    if (form && finished && form.answered) this.sink.answerQuestions(finished.sessionId, form.result());
  }

  private async showCode(): Promise<void> {
    this.sendAnswers();
    const finished = this.state.finished;
    if (!finished) return;
    this.dispatch({ type: 'code' });
    const { renderCodeScreen } = await import('../end-screen.js');
    if (this.state.screen !== 'code' || this.state.finished !== finished) return;
    renderCodeScreen($('ecran-code'), finished.followUpCode, () => this.reset());
    this.focusHeading('titre-code');
  }

  focusHeading(id: string): void {
    if (!this.stage.isPresenting()) $(id).focus();
  }

  /** Shows the next line now instead of waiting for the reading time to pass. */
  skipLine(): void {
    if (this.state.screen !== 'jeu' || !this.session?.canAdvance) return;
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
  ) {
    const now = performance.now();
    this.lastSpeaker = { id: line.speaker, name: speaker, text: line.text };
    if (line.speaker) this.spoken.set(line.speaker, (this.spoken.get(line.speaker) ?? 0) + 1);
    this.talk.clearFeedback();
    this.dispatch({ type: 'line' });
    this.scenarioScene?.showMedia(line.media);
    this.scenarioScene?.speak(line.speaker, now, durationMs * 0.8, this.say(line.speaker, line.text));
    this.ui.showLine(speaker, line.text);
    $('locuteur').textContent = speaker ?? '';
    $('replique').textContent = line.text;
    const more = index < count - 1 || this.session?.canAdvance === true;
    ($('bouton-suite') as HTMLButtonElement).hidden = !more;
    this.ui.showNext(more);
    this.advanceAt = more ? now + durationMs : Number.POSITIVE_INFINITY;
    this.speakingUntil = now + durationMs;
  }

  private onChoices(choices: StoryChoice[]): void {
    this.advanceAt = Number.POSITIVE_INFINITY;
    ($('bouton-suite') as HTMLButtonElement).hidden = true;
    this.ui.showNext(false);
    this.talk.newDecision();
    this.dispatch({
      type: 'offer',
      step: this.session?.step ?? 0,
      answers: choices.map((c) => ({ index: c.index, text: c.text })),
    });
    // Keep keyboard users in the flow: focus the first answer when the previous focus is gone.
    const active = document.activeElement;
    if (!this.stage.isPresenting() && (active === document.body || !active?.isConnected))
      ($('liste-choix').querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  /** The character asks again (a misunderstood spoken answer). */
  clarify(text: string): void {
    const name = this.lastSpeaker?.name;
    $('locuteur').textContent = name ?? '';
    $('replique').textContent = text;
    this.ui.showLine(name, text);
    const now = performance.now();
    this.speakingUntil = now + 1500;
    this.scenarioScene?.speak(this.lastSpeaker?.id, now, 1500, this.say(this.lastSpeaker?.id, text));
  }

  /** Says a line of the current version aloud; undefined when voice out is off. */
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
    this.talk.stop();
    this.talk.clearFeedback();
    // The microphone stays open between turns only: closed at the end of the visit.
    this.voice?.dispose();
    this.ui.hideLine();
    const version = this.version;
    if (!version) return;
    this.store?.clear();
    this.dispatch({ type: 'ended', sessionId: result.sessionId, followUpCode: result.followUpCode });
    this.endModule = await import('../end-screen.js');
    this.end = {
      followUpCode: result.followUpCode,
      scores: result.clientScores,
      maxScores: null,
      metier: version.metier,
      referentiel: version.referentiel,
      title: version.meta?.title ?? version.metier.metier.intitule,
      // The narrator is not someone met: only characters shown on stage count.
      metWith: [...this.spoken]
        .filter(([id]) => version.metier.personnages[id]?.apparence)
        .sort((a, b) => b[1] - a[1])[0]?.[0],
    };
    this.showEnd();
    ($('ecran-fin').querySelector('h2') as HTMLElement | null)?.focus();
    const server = await result.server;
    if (server && this.end && this.end.followUpCode === result.followUpCode) {
      // The server's replay is authoritative; the headset's numbers were only a preview.
      this.end = { ...this.end, scores: server.scores, maxScores: server.maxScores, confirmed: true };
      this.showEnd();
    }
  }

  private showEnd(): void {
    if (!this.end || !this.endModule || this.state.screen !== 'fin') return;
    this.endModule.renderEndScreen($('ecran-fin'), this.end, () => this.showQuestions());
    this.render();
  }

  private onSceneChoice(index: number, method: ChoiceMethod): void {
    this.idle.activity();
    const { screen, sector } = this.state;
    if (screen === 'accueil') {
      const posture = POSTURES[index];
      if (posture) this.stage.calibrateHeight(posture.id);
      this.render();
    } else if (screen === 'jeu') this.choose(index, method);
    else if (screen === 'questions') this.answerQuestion(index);
    else if (screen === 'catalogue') {
      // In VR the picker has two steps (a short list of 3D buttons): the sector, then its jobs.
      if (sector === null)
        this.dispatch({ type: 'pick-sector', sector: sectorsOf(this.catalog)[index] ?? null });
      else {
        const entry = jobsOf(this.catalog, sector)[index];
        if (entry) this.showNotice(entry);
      }
    }
  }

  private onCardAction(): void {
    this.idle.activity();
    const { screen, sector } = this.state;
    if (screen === 'accueil') void this.showCatalog();
    else if (screen === 'catalogue' && sector !== null) this.dispatch({ type: 'pick-sector', sector: null });
    else if (screen === 'notice') void this.startScenario();
    else if (screen === 'fin') this.showQuestions();
    else if (screen === 'questions') this.skipQuestion();
    else if (screen === 'code') this.reset();
  }

  render(): void {
    const { screen } = this.state;
    this.overlay.dataset.ecran = screen;
    $('ecran-accueil').hidden = screen !== 'accueil';
    $('ecran-catalogue').hidden = screen !== 'catalogue' && screen !== 'chargement';
    $('ecran-notice').hidden = screen !== 'notice';
    $('ecran-jeu').hidden = screen !== 'jeu';
    $('ecran-fin').hidden = screen !== 'fin';
    $('ecran-questions').hidden = screen !== 'questions';
    $('ecran-code').hidden = screen !== 'code';
    this.showcase.update(screen === 'accueil', this.catalog);
    if (screen === 'catalogue' || screen === 'chargement') {
      // Rebuilt only when it changes: the keyboard focus stays on its button.
      const key = `${screen}:${this.catalog.map((e) => e.versionId).join()}`;
      if (key !== this.catalogueDrawn)
        renderCatalogue($('liste-scenarios'), this.catalog, screen === 'chargement', (e) =>
          this.showNotice(e),
        );
      this.catalogueDrawn = key;
      if (screen === 'chargement') $('message-catalogue').textContent = 'Chargement du métier…';
    }
    renderAnswers(
      $('liste-choix'),
      this.state.screen === 'jeu' ? this.state : initialState,
      (index, method) => this.choose(index, method),
    );
    const vr = this.stage.isPresenting();
    // On a screen the HTML overlay is the interface (readable, accessible): the 3D panels would
    // only repeat it at the edges of the view.
    this.ui.root.visible = vr;
    const form = this.questions;
    applyVrView(
      this.ui,
      vrView(this.state, {
        catalog: this.catalog,
        posture: this.stage.posture,
        hint: this.inputs.kind,
        endCard: this.end && this.endModule ? this.endModule.endCard(this.end) : null,
        question: form?.current
          ? { title: form.current.title, number: form.number, count: form.count }
          : null,
      }),
    );
    this.talk.render();
  }

  /** Loads the catalog behind the start screen (showcase, and a faster picker). */
  async preloadCatalog(): Promise<void> {
    try {
      this.catalog = (await requestJson<Catalog>('/api/v1/catalog')).scenarios;
      if (this.state.screen === 'accueil') this.render();
    } catch {
      // offline and nothing cached: the picker says so when opened
    }
  }
}
