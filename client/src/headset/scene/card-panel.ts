// The 3D card of the start, picker, notice, end and code screens: a title, lines of text (or a
// follow-up code, large and spaced) and one action button under it. The card grows with its text.
import { Group, type Object3D } from 'three';
import type { CardView } from './dialogue-ui.js';
import type { PointerLike } from './pointer-targets.js';
import { PANEL_STYLES, TextPanel, type TextBlock } from './text-panel.js';

type Listen = (
  mesh: Object3D,
  handlers: { click: (event: PointerLike) => void; enter: () => void; leave: () => void },
) => void;

export class CardPanel {
  readonly group = new Group();
  readonly card = new TextPanel(1.2, 0.8);
  readonly button = new TextPanel(0.6, 0.13);
  /** What the card says now, for tests and screen-reader bridges. */
  private view: CardView | null = null;

  constructor(listen: Listen, onAction: (event: PointerLike) => void) {
    this.group.position.set(0, 1.5, -1.3);
    this.group.visible = false;
    this.group.add(this.card.mesh);
    this.button.mesh.position.set(0, -0.5, 0.01);
    this.button.mesh.name = 'action-carte';
    listen(this.button.mesh, {
      click: onAction,
      enter: () => this.drawButton(true),
      leave: () => this.drawButton(false),
    });
    this.group.add(this.button.mesh);
  }

  get current(): CardView | null {
    return this.group.visible ? this.view : null;
  }

  show(view: CardView): void {
    if (this.group.visible && JSON.stringify(view) === JSON.stringify(this.view)) return;
    const blocks: TextBlock[] = [
      { text: view.title, size: 66, weight: 700, accent: true, gapAfter: 24 },
      ...(view.code ? [{ text: view.code, size: 110, weight: 700 as const, spacing: 14, gapAfter: 30 }] : []),
      ...view.body.map((line): TextBlock => ({ text: line, size: 46, gapAfter: 14 })),
    ];
    this.card.fit(blocks, PANEL_STYLES.card, { padding: 50, align: view.code ? 'center' : 'left' }, 0.5, 1.2);
    this.button.mesh.position.y = this.card.mesh.position.y - this.card.height / 2 - 0.1;
    this.view = view;
    this.button.mesh.visible = Boolean(view.action);
    if (view.action) this.drawButton(false);
    this.group.visible = true;
  }

  hide(): void {
    this.group.visible = false;
  }

  /** Alone, the card faces the visitor; with answers beside it, it steps left so they stay visible. */
  place(beside: boolean): void {
    this.group.position.x = beside ? -0.5 : 0;
    this.group.rotation.y = beside ? 0.3 : 0;
  }

  dispose(): void {
    this.card.dispose();
    this.button.dispose();
  }

  private drawButton(hover: boolean): void {
    const action = this.view?.action;
    if (!action) return;
    this.button.draw(
      [{ text: action, size: 44, weight: 700 }],
      hover ? PANEL_STYLES.buttonHover : PANEL_STYLES.button,
      { align: 'center', vcenter: true, padding: 20 },
    );
  }
}
