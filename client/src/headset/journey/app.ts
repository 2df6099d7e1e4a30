// The headset app and its 2D fallback: start → job picker → notice → conversation → end screen →
// optional questions → follow-up code. Every screen change goes through the journey state machine
// (`state.ts`); the HTML overlay and the 3D interface are both drawn from that state.
import type { Catalog, CatalogEntry, ChoiceMethod, ScenarioVersion } from '../../shared/api-types.js';
import type { EventSink } from '../../shared/event-sink.js';
import { HttpError, requestJson } from '../../shared/http.js';
import type { EndScreenData } from '../end-screen.js';
import { IdleWatch } from '../flow/idle.js';
import { PlaySession, type PlayResult } from '../play.js';
import { ScenarioScene } from '../scenario-scene.js';
import { DialogueUi } from '../scene/dialogue-ui.js';
import { snapTurnSystem } from '../scene/snap-turn.js';
import type { Stage } from '../scene/stage.js';
import type { VoiceInput } from '../voice/voice-input.js';
import type { VoiceOut } from '../voice-out/voice-out.js';
import { InputTracker } from './input-hints.js';
import { Conversation } from './screens/conversation-flow.js';
import { QuestionsFlow } from './screens/questions-flow.js';
import { noticeText } from './screens/notice.js';
import { Showcase } from './screens/start.js';
import { bindScreenControls, cardAction, IdleWarning, sceneChoice } from './controls.js';
import { initialState, isBusy, transition, type JourneyEvent, type JourneyState } from './state.js';
import { TalkController } from './talk.js';
import { renderJourney } from './render.js';
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
  scenarioScene: ScenarioScene | null = null;
  end: EndScreenData | null = null;
  endModule: typeof import('../end-screen.js') | null = null;
  readonly ui: DialogueUi;
  readonly inputs: InputTracker;
  private readonly voice: VoiceInput | null;
  readonly voiceOut: VoiceOut | null;
  readonly talk: TalkController;
  readonly conversation: Conversation;
  private picked: CatalogEntry | null = null;
  readonly questions: QuestionsFlow;
  readonly idle: IdleWatch;
  readonly showcase = new Showcase($('vitrine'));
  private readonly store: VisitStore | null;
  /** What the catalogue list was drawn from (redrawn only when it changes). */
  catalogueDrawn = '';

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
      onWarningEnd: () => warning.hide(this.state.screen === 'jeu' ? this.conversation.lastSpeaker : null),
      onExpire: () => this.reset(),
    });
    this.ui = new DialogueUi(
      (index, method) => sceneChoice(this, index, method),
      () => cardAction(this),
      () => this.skipLine(),
      () => this.talk.press(),
    );
    this.inputs = new InputTracker(() => this.render());
    this.questions = new QuestionsFlow(this);
    this.conversation = new Conversation(this);
    this.talk = new TalkController(this, this.voice, options.apiBase ?? '', options.voiceConfirmMs ?? 1500);
    stage.scene.add(this.ui.root);
    stage.systems.push(snapTurnSystem(stage.renderer.xr, stage.rig, stage.camera));
    stage.systems.push((dt, now) => {
      this.ui.updatePointerTargets();
      this.scenarioScene?.update(dt, now, stage.headPosition);
      this.conversation.update(now);
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
    return this.questions.current;
  }

  lastSpeakerLine() {
    return this.conversation.lastSpeaker;
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
          this.conversation.line(line, speaker, durationMs, index, count),
        choices: (choices) => this.conversation.choices(choices),
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
    this.questions.finish();
    this.store?.clear();
    this.idle.disarm();
    this.picked = null;
    $('ecran-code').replaceChildren();
    $('liste-reponses').replaceChildren();
    $('notice-metier').textContent = '';
    this.talk.stop();
    this.voice?.dispose();
    this.voiceOut?.stop();
    this.talk.clearFeedback();
    this.session = null;
    this.version = null;
    this.end = null;
    this.conversation.reset();
    this.scenarioScene?.dispose();
    this.scenarioScene = null;
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
    this.end = null;
    $('ecran-fin').replaceChildren();
    this.questions.start();
  }

  /** Answers the current question with its option at `optionIndex` (any input method). */
  answerQuestion(optionIndex: number): void {
    this.questions.answer(optionIndex);
  }

  skipQuestion(all = false): void {
    this.questions.skip(all);
  }

  /** Stops listening and forgets what was heard (the visitor answered another way). */
  quietTalk(): void {
    this.talk.stop();
    this.talk.clearFeedback();
  }

  focusHeading(id: string): void {
    if (!this.stage.isPresenting()) $(id).focus();
  }

  /** Shows the next line now instead of waiting for the reading time to pass. */
  skipLine(): void {
    this.conversation.skipLine();
  }

  clarify(text: string): void {
    this.conversation.clarify(text);
  }

  private async onEnded(result: PlayResult): Promise<void> {
    this.conversation.stop();
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
      metWith: this.conversation.mostHeard(version),
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

  /** Draws both renderings (HTML overlay and 3D interface) from the journey state. */
  render(): void {
    renderJourney(this);
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
