// The in-world interface: subtitles under the character's gaze line, choices as 3D buttons
// (ray from a controller or hand in VR, mouse or touch on a screen), and a card for the start
// and end screens so that a visitor in the headset never needs to take it off.
import { Group, type Mesh, type Object3D } from 'three';
import type { ChoiceMethod } from '../../shared/api-types.js';
import { isShown, listenTo, methodOf, paginate, type PointerLike } from './pointer-targets.js';
import { CardPanel } from './card-panel.js';
import { PANEL_STYLES, TextPanel, type TextBlock } from './text-panel.js';

export interface ChoiceView {
  index: number;
  text: string;
}

export type TalkButtonState = 'hidden' | 'idle' | 'listening';

export interface CardView {
  title: string;
  body: string[];
  /** Label of the single action button, if any. */
  action?: string;
  /** A follow-up code, drawn large and spaced under the title. */
  code?: string;
}

const MAX_CHOICES = 6;
const BUTTON_WIDTH = 0.9;
const BUTTON_HEIGHT = 0.13;
/** A long answer wraps: its button grows up to this height. */
const BUTTON_MAX_HEIGHT = 0.5;
const BUTTON_GAP = 0.03;
const BUTTON_PADDING = 26;
const BUTTON_TEXT = 38;
/** Height of the answer list before it continues on another page (« Suivant »). */
const LIST_HEIGHT = 0.95;
const NAV_HEIGHT = 0.1;

export class DialogueUi {
  private shownLine: { speaker?: string; text: string } | null = null;
  readonly root = new Group();
  private readonly subtitle = new TextPanel(1.1, 0.34);
  private readonly buttons: TextPanel[] = [];
  private readonly cardPanel: CardPanel;
  private readonly nextButton = new TextPanel(0.32, 0.1);
  /** Push-to-talk for hands (pinch) and controllers alike: a tap starts listening, another ends it. */
  private readonly talkButton = new TextPanel(0.5, 0.11);
  /** « Précédent » / « Suivant » when the answers do not fit on one page. */
  private readonly previousPage = new TextPanel(0.43, NAV_HEIGHT);
  private readonly nextPage = new TextPanel(0.43, NAV_HEIGHT);
  private pages: number[][] = [];
  private page = 0;
  private talkState: TalkButtonState = 'hidden';
  private readonly choiceGroup = new Group();
  private choices: ChoiceView[] = [];
  private hovered = -1;
  private emphasis = false;
  /** Name of the button under a pointer, if any. */
  hoveredName: string | null = null;

  constructor(
    private readonly onChoice: (index: number, method: ChoiceMethod) => void,
    private readonly onCardAction: (method: ChoiceMethod) => void,
    private readonly onNext: () => void,
    private readonly onTalk: () => void = () => {},
  ) {
    this.root.name = 'interface';
    // Left of the character: subtitles; right of it: the choices. Both face the visitor.
    this.subtitle.mesh.position.set(-0.78, 1.5, -1.45);
    this.subtitle.mesh.rotation.y = 0.45;
    this.subtitle.mesh.visible = false;
    this.root.add(this.subtitle.mesh);
    this.nextButton.mesh.name = 'suite';
    this.nextButton.mesh.position.set(-0.45, 1.25, -1.3);
    this.nextButton.mesh.rotation.y = 0.45;
    this.nextButton.mesh.visible = false;
    this.listen(this.nextButton.mesh, {
      click: () => this.onNext(),
      enter: () => this.drawNextButton(true),
      leave: () => this.drawNextButton(false),
    });
    this.root.add(this.nextButton.mesh);

    this.talkButton.mesh.name = 'parler';
    this.talkButton.mesh.visible = false;
    this.listen(this.talkButton.mesh, {
      click: () => this.onTalk(),
      enter: () => this.drawTalkButton(true),
      leave: () => this.drawTalkButton(false),
    });

    this.previousPage.mesh.name = 'choix-precedent';
    this.nextPage.mesh.name = 'choix-suivant';
    for (const [panel, delta] of [
      [this.previousPage, -1],
      [this.nextPage, 1],
    ] as const) {
      panel.mesh.visible = false;
      this.listen(panel.mesh, {
        click: () => this.turnPage(delta),
        enter: () => this.drawNav(panel, true),
        leave: () => this.drawNav(panel, false),
      });
    }
    this.choiceGroup.add(this.previousPage.mesh, this.nextPage.mesh);
    this.choiceGroup.position.set(0.8, 1.62, -1.4);
    this.choiceGroup.rotation.y = -0.45;
    this.root.add(this.choiceGroup);
    for (let i = 0; i < MAX_CHOICES; i++) {
      const button = new TextPanel(BUTTON_WIDTH, BUTTON_HEIGHT);
      button.mesh.name = `choix-${i + 1}`;
      button.mesh.position.y = -i * (BUTTON_HEIGHT + BUTTON_GAP);
      button.mesh.visible = false;
      this.listen(button.mesh, {
        click: (event) => {
          const shown = this.choiceAt(i);
          if (shown) this.onChoice(shown.choice.index, methodOf(event));
        },
        enter: () => this.setHovered(i),
        leave: () => this.hovered === i && this.setHovered(-1),
      });
      this.buttons.push(button);
      this.choiceGroup.add(button.mesh);
    }

    this.cardPanel = new CardPanel(
      (mesh, handlers) => this.listen(mesh, handlers),
      (event) => this.onCardAction(methodOf(event)),
    );
    this.root.add(this.cardPanel.group);
  }

  /** Meshes that take pointer events, for tests and for the controller ray. */
  get interactiveMeshes(): Mesh[] {
    return [
      ...this.buttons.map((b) => b.mesh),
      this.cardPanel.button.mesh,
      this.nextButton.mesh,
      this.talkButton.mesh,
      this.previousPage.mesh,
      this.nextPage.mesh,
    ];
  }

  private targets: Mesh[] | null = null;

  /**
   * Hidden buttons take no pointer: the pointer-events library also hits invisible meshes, and a
   * hidden « Suite » must not catch the ray aimed at a button behind it. Called every frame.
   */
  updatePointerTargets(): void {
    if (!this.targets) {
      this.targets = this.interactiveMeshes;
      // Text panels without a listener never take the ray from a button.
      for (const panel of [this.subtitle.mesh, this.cardPanel.card.mesh])
        (panel as Mesh & { pointerEvents?: string }).pointerEvents = 'none';
    }
    const targets = this.targets;
    for (let i = 0; i < targets.length; i++)
      (targets[i] as Mesh & { pointerEvents?: string }).pointerEvents = isShown(targets[i]) ? 'auto' : 'none';
  }

  /** Names of the visible panels whose text did not fit (never any, by design). */
  get clippedPanels(): string[] {
    const panels: [string, TextPanel][] = [
      ['sous-titre', this.subtitle],
      ['carte', this.cardPanel.card],
      ...this.buttons.map((b): [string, TextPanel] => [b.mesh.name, b]),
      ['action-carte', this.cardPanel.button],
      ['suite', this.nextButton],
      ['parler', this.talkButton],
      ['choix-precedent', this.previousPage],
      ['choix-suivant', this.nextPage],
    ];
    return panels
      .filter(([, panel]) => panel.clipped && panel.mesh.visible && isShown(panel.mesh))
      .map(([name]) => name);
  }

  /** Names of the interactive meshes visible now. */
  get visibleButtons(): string[] {
    return this.interactiveMeshes.filter((mesh) => mesh.visible && isShown(mesh)).map((mesh) => mesh.name);
  }

  /** Page of answers shown and how many there are. */
  get answerPage(): { page: number; pages: number } {
    return { page: this.page, pages: this.pages.length };
  }

  get visibleChoiceCount(): number {
    return this.choices.length;
  }

  get canSkip(): boolean {
    return this.nextButton.mesh.visible;
  }

  get currentCard(): CardView | null {
    return this.cardPanel.current;
  }

  /** The « Suite » button under the subtitles, shown while more lines follow. */
  showNext(visible: boolean): void {
    this.nextButton.mesh.visible = visible;
    if (visible) this.drawNextButton(false);
  }

  /** The subtitle shown now (speaker name and text), null when hidden. */
  get currentLine(): { speaker?: string; text: string } | null {
    return this.subtitle.mesh.visible ? this.shownLine : null;
  }

  showLine(speaker: string | undefined, text: string): void {
    this.shownLine = { speaker, text };
    const blocks: TextBlock[] = [];
    if (speaker) blocks.push({ text: speaker, size: 38, weight: 700, accent: true, gapAfter: 6 });
    blocks.push({ text, size: 42 });
    this.subtitle.fit(blocks, PANEL_STYLES.subtitle, { padding: 30 }, 0.2, 1.0);
    this.subtitle.mesh.visible = true;
    this.nextButton.mesh.position.y = this.subtitle.mesh.position.y - this.subtitle.height / 2 - 0.07;
  }

  hideLine(): void {
    this.subtitle.mesh.visible = false;
    this.nextButton.mesh.visible = false;
  }

  /** True while the answers are brought forward (after two misunderstood spoken answers). */
  get emphasized(): boolean {
    return this.emphasis;
  }

  /** Brings the answers forward, or back to normal; new answers start normal. */
  emphasize(on: boolean): void {
    if (this.emphasis === on) return;
    this.emphasis = on;
    this.buttons.forEach((_, slot) => this.drawButton(slot, slot === this.hovered));
  }

  /** The 3D « Parler » button under the answers (shown only while answers are). */
  showTalk(state: TalkButtonState): void {
    if (state === this.talkState) return;
    this.talkState = state;
    this.placeTalkButton();
  }

  /** Shows these answers (the same answers again keep their page, highlight and emphasis). */
  showChoices(choices: ChoiceView[]): void {
    if (
      choices.length === this.choices.length &&
      choices.every((c, i) => c.index === this.choices[i].index && c.text === this.choices[i].text)
    )
      return;
    this.emphasis = false;
    this.choices = choices;
    this.pages = this.paginate(choices);
    this.page = 0;
    this.cardPanel.place(choices.length > 0);
    this.layoutPage();
  }

  hideChoices(): void {
    this.showChoices([]);
  }

  /** Groups answers into pages whose wrapped buttons fit in the list height. */
  private paginate(choices: ChoiceView[]): number[][] {
    return paginate(
      choices.map((choice, i) => this.buttonHeight(i, choice.text) + BUTTON_GAP),
      LIST_HEIGHT,
      MAX_CHOICES,
    );
  }

  private buttonHeight(position: number, text: string): number {
    const panel = this.buttons[0];
    const needed =
      (panel.measure([this.buttonBlock(position, text)], BUTTON_PADDING) + 2 * BUTTON_PADDING) / 1024;
    return Math.min(BUTTON_MAX_HEIGHT, Math.max(BUTTON_HEIGHT, needed));
  }

  private buttonBlock(position: number, text: string): TextBlock {
    return { text: `${position + 1}. ${text}`, size: BUTTON_TEXT, weight: 700 };
  }

  /** Shows the previous (-1) or next (1) page of answers; false when there is none. */
  turnPage(delta: number): boolean {
    const page = this.page + delta;
    if (page < 0 || page >= this.pages.length) return false;
    this.page = page;
    this.layoutPage();
    return true;
  }

  private layoutPage(): void {
    this.hovered = -1;
    const shown = this.pages[this.page] ?? [];
    let y = 0;
    this.buttons.forEach((button, slot) => {
      const position = shown[slot];
      button.mesh.visible = position !== undefined;
      if (position === undefined) return;
      this.drawButton(slot, false);
      button.mesh.position.y = y - button.height / 2;
      y -= button.height + BUTTON_GAP;
    });
    const paged = this.pages.length > 1;
    this.previousPage.mesh.visible = paged;
    this.nextPage.mesh.visible = paged;
    if (paged) {
      for (const [panel, x] of [
        [this.previousPage, -0.235],
        [this.nextPage, 0.235],
      ] as const) {
        panel.mesh.position.set(x, y - NAV_HEIGHT / 2, 0);
        this.drawNav(panel, false);
      }
      y -= NAV_HEIGHT + BUTTON_GAP;
    }
    this.listBottom = y;
    this.placeTalkButton();
  }

  private listBottom = 0;

  private drawNav(panel: TextPanel, hover: boolean): void {
    const previous = panel === this.previousPage;
    const enabled = previous ? this.page > 0 : this.page < this.pages.length - 1;
    panel.draw(
      [
        {
          text: previous ? '‹ Précédent' : `Suivant ›`,
          size: 34,
          weight: 700,
        },
      ],
      hover && enabled
        ? PANEL_STYLES.buttonHover
        : enabled
          ? PANEL_STYLES.button
          : PANEL_STYLES.buttonDisabled,
      { align: 'center', vcenter: true, padding: 10 },
    );
  }

  showCard(view: CardView): void {
    this.cardPanel.show(view);
  }

  hideCard(): void {
    this.cardPanel.hide();
  }

  dispose(): void {
    this.subtitle.dispose();
    this.cardPanel.dispose();
    this.nextButton.dispose();
    for (const b of this.buttons) b.dispose();
    this.talkButton.dispose();
    this.previousPage.dispose();
    this.nextPage.dispose();
    this.root.removeFromParent();
  }

  private setHovered(index: number): void {
    const previous = this.hovered;
    this.hovered = index;
    if (previous >= 0) this.drawButton(previous, false);
    if (index >= 0) this.drawButton(index, true);
  }

  /** The answer shown in button `slot` of the current page. */
  private choiceAt(slot: number): { choice: ChoiceView; position: number } | null {
    const position = this.pages[this.page]?.[slot];
    return position === undefined ? null : { choice: this.choices[position], position };
  }

  private drawButton(slot: number, hover: boolean): void {
    const shown = this.choiceAt(slot);
    if (!shown) return;
    this.buttons[slot].fit(
      [this.buttonBlock(shown.position, shown.choice.text)],
      hover ? PANEL_STYLES.buttonHover : this.emphasis ? PANEL_STYLES.buttonEmphasis : PANEL_STYLES.button,
      { padding: BUTTON_PADDING, vcenter: true },
      BUTTON_HEIGHT,
      BUTTON_MAX_HEIGHT,
    );
  }

  private placeTalkButton(): void {
    const mesh = this.talkButton.mesh;
    mesh.visible = this.talkState !== 'hidden' && this.choices.length > 0;
    if (!mesh.visible) return;
    if (!mesh.parent) this.choiceGroup.add(mesh);
    mesh.position.set(-(BUTTON_WIDTH - 0.5) / 2, this.listBottom - 0.11 / 2, 0);
    this.drawTalkButton(this.hoveredName === mesh.name);
  }

  private drawTalkButton(hover: boolean): void {
    if (this.talkState === 'hidden') return;
    const listening = this.talkState === 'listening';
    this.talkButton.draw(
      [{ text: listening ? '● J’ai fini de parler' : 'Parler', size: 38, weight: 700 }],
      hover || listening ? PANEL_STYLES.buttonHover : PANEL_STYLES.button,
      { align: 'center', vcenter: true, padding: 14 },
    );
  }

  private drawNextButton(hover: boolean): void {
    this.nextButton.draw(
      [{ text: 'Suite ›', size: 40, weight: 700 }],
      hover ? PANEL_STYLES.buttonHover : PANEL_STYLES.button,
      {
        align: 'center',
        vcenter: true,
        padding: 14,
      },
    );
  }

  private listen(
    mesh: Object3D,
    handlers: { click: (event: PointerLike) => void; enter: () => void; leave: () => void },
  ): void {
    listenTo(mesh, {
      ...handlers,
      enter: () => {
        this.hoveredName = mesh.name;
        handlers.enter();
      },
      leave: () => {
        if (this.hoveredName === mesh.name) this.hoveredName = null;
        handlers.leave();
      },
    });
  }
}
