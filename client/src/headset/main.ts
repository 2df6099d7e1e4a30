// Headset app and its 2D fallback: start → scenario picker → conversation → end screen.
// The same flow is drawn twice: as HTML (the accessible alternative on a screen) and in the
// 3D scene (cards and buttons the visitor points at in VR).
import type { StoryChoice, StoryLine } from '../../../engine/src/index.js';
import type { Catalog, CatalogEntry, ChoiceMethod, ScenarioVersion } from '../shared/api-types.js';
import { MemoryEventSink, type EventSink } from '../shared/event-sink.js';
import { HttpError, requestJson } from '../shared/http.js';
import type { EndScreenData } from './end-screen.js';
import { PlaySession, type PlayResult } from './play.js';
import { ScenarioScene } from './scenario-scene.js';
import { DialogueUi } from './scene/dialogue-ui.js';
import { snapTurnSystem } from './scene/snap-turn.js';
import { createStage, type Stage } from './scene/stage.js';

export type Screen = 'accueil' | 'catalogue' | 'chargement' | 'jeu' | 'fin';

const SECTORS: Record<string, string> = {
  'energies-renouvelables': 'Énergies renouvelables',
  'batiment-durable': 'Bâtiment durable',
  recyclage: 'Recyclage',
  dechets: 'Déchets',
};

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
  const button = $(buttonId);
  const key = `eclore.affichage.${name}`;
  const apply = (on: boolean) => {
    document.documentElement.dataset[name] = on ? 'oui' : 'non';
    button.setAttribute('aria-pressed', String(on));
  };
  let on = false;
  try {
    on = localStorage.getItem(key) === 'oui';
  } catch {
    // storage may be disabled (private mode): the setting then lasts for the visit only
  }
  apply(on);
  button.addEventListener('click', () => {
    on = !on;
    apply(on);
    try {
      localStorage.setItem(key, on ? 'oui' : 'non');
    } catch {
      // same as above
    }
  });
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

  constructor(
    readonly stage: Stage,
    private readonly sink: EventSink,
  ) {
    this.ui = new DialogueUi(
      (index, method) => this.onSceneChoice(index, method),
      (method) => this.onCardAction(method),
      () => this.skipLine(),
    );
    stage.scene.add(this.ui.root);
    stage.systems.push(snapTurnSystem(stage.renderer.xr, stage.rig, stage.camera));
    stage.systems.push((dt, now) => {
      this.scenarioScene?.update(dt, now, stage.headPosition);
      if (now >= this.advanceAt) {
        this.advanceAt = Number.POSITIVE_INFINITY;
        this.session?.advance();
      }
    });
    stage.xr.subscribe((state, previous) => {
      if (Boolean(state.session) !== Boolean(previous.session)) this.render();
    });
    this.bindDom();
    this.render();
  }

  get dialogueUi(): DialogueUi {
    return this.ui;
  }

  async showCatalog(): Promise<void> {
    this.screen = 'catalogue';
    this.render();
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
    this.scenarioScene = new ScenarioScene(this.version.metier);
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

  choose(index: number, method: ChoiceMethod): void {
    if (this.screen !== 'jeu' || !this.session) return;
    if (!this.session.choose(index, method)) return;
  }

  /** Back to the start screen for the next visitor. */
  reset(): void {
    this.session = null;
    this.version = null;
    this.end = null;
    this.advanceAt = Number.POSITIVE_INFINITY;
    this.scenarioScene?.dispose();
    this.scenarioScene = null;
    this.ui.hideLine();
    this.ui.hideChoices();
    $('ecran-fin').replaceChildren();
    this.screen = 'accueil';
    this.render();
    $('bouton-commencer').focus();
  }

  /** Shows the next line now instead of waiting for the reading time to pass. */
  skipLine(): void {
    if (this.screen !== 'jeu' || !this.session?.canAdvance) return;
    this.advanceAt = Number.POSITIVE_INFINITY;
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
    this.scenarioScene?.showMedia(line.media);
    this.scenarioScene?.speak(line.speaker, now, durationMs * 0.8);
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
    this.ui.showNext(false);
    this.ui.showChoices(choices.map((c) => ({ index: c.index, text: c.text })));
    const list = $('liste-choix');
    list.dataset.etape = String(this.session?.step ?? 0);
    list.replaceChildren(
      ...choices.map((choice, i) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.choix = String(choice.index);
        const number = document.createElement('span');
        number.className = 'numero';
        number.textContent = `${i + 1}.`;
        number.setAttribute('aria-hidden', 'true');
        button.append(number, ` ${choice.text}`);
        button.addEventListener('click', (event) => this.choose(choice.index, methodOfClick(event)));
        item.append(button);
        return item;
      }),
    );
    // Keep keyboard users in the flow: focus the first answer when the previous focus is gone.
    if (
      !this.stage.isPresenting() &&
      (document.activeElement === document.body || !document.activeElement?.isConnected)
    ) {
      (list.querySelector('button') as HTMLButtonElement | null)?.focus();
    }
  }

  private async onEnded(result: PlayResult): Promise<void> {
    this.advanceAt = Number.POSITIVE_INFINITY;
    this.ui.hideChoices();
    this.ui.hideLine();
    const version = this.version;
    if (!version) return;
    const { renderEndScreen, endCard } = await import('./end-screen.js');
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
      renderEndScreen($('ecran-fin'), this.end, () => this.reset());
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
    if (this.screen === 'jeu') this.choose(index, method);
    else if (this.screen === 'catalogue') {
      const entry = this.catalog[index];
      if (entry) void this.startScenario(entry);
    }
  }

  private onCardAction(_method: ChoiceMethod): void {
    if (this.screen === 'accueil') void this.showCatalog();
    else if (this.screen === 'fin') this.reset();
  }

  private bindDom(): void {
    $('bouton-commencer').addEventListener('click', () => void this.showCatalog());
    bindDisplaySetting('bouton-texte', 'texte');
    bindDisplaySetting('bouton-contraste', 'contraste');
    $('bouton-retour-accueil').addEventListener('click', () => this.reset());
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
      if (this.screen !== 'jeu' || event.ctrlKey || event.altKey || event.metaKey) return;
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
    $('ecran-jeu').hidden = screen !== 'jeu';
    $('ecran-fin').hidden = screen !== 'fin';
    if (screen === 'catalogue' || screen === 'chargement') this.renderCatalog(screen === 'chargement');

    const vr = this.stage.isPresenting();
    // On a screen the HTML overlay is the interface (readable, accessible): the 3D panels would
    // only repeat it at the edges of the view.
    this.ui.root.visible = vr;
    if (screen === 'accueil') {
      this.ui.hideChoices();
      if (vr)
        this.ui.showCard({
          title: 'Éclore',
          body: [
            'Parlez avec des professionnel·les de la transition écologique.',
            'Visez le bouton avec la manette puis appuyez sur la gâchette.',
          ],
          action: 'Commencer',
        });
      else this.ui.hideCard();
    } else if (screen === 'catalogue' || screen === 'chargement') {
      if (vr) {
        this.ui.showCard({
          title: screen === 'chargement' ? 'Chargement…' : 'Choisissez un métier',
          body: [],
        });
        this.ui.showChoices(
          screen === 'chargement' ? [] : this.catalog.map((entry, index) => ({ index, text: entry.title })),
        );
      } else {
        this.ui.hideCard();
        this.ui.hideChoices();
      }
    } else if (screen === 'jeu') {
      this.ui.hideCard();
    } else if (screen === 'fin' && !vr) {
      this.ui.hideCard();
    }
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
        button.addEventListener('click', () => void this.startScenario(entry));
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
  const stage = createStage($('scene') as HTMLCanvasElement);
  const app = new HeadsetApp(stage, new MemoryEventSink());
  emulator?.exposeForTests(app);
}

void boot();
