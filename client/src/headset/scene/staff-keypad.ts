// Staff tools in VR: a small « Personnel » button under the start card opens a digit keypad, so
// staff pair a headset without taking it off. Pairing itself is the staff panel's (staff-panel.ts).
import { Group, type Object3D } from 'three';
import { PANEL_STYLES, TextPanel } from './text-panel.js';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'Effacer', '0', 'Valider', 'Fermer'];
const KEY_WIDTH = 0.2;
const KEY_HEIGHT = 0.1;
const GAP = 0.02;

function onPointer(mesh: Object3D, click: () => void, hover: (on: boolean) => void): void {
  // @pmndrs/pointer-events dispatches pointer events through three's EventDispatcher.
  const target = mesh as unknown as {
    addEventListener(type: string, listener: (event: { stopPropagation?: () => void }) => void): void;
  };
  target.addEventListener('click', (event) => {
    event.stopPropagation?.();
    click();
  });
  target.addEventListener('pointerenter', () => hover(true));
  target.addEventListener('pointerleave', () => hover(false));
}

export class StaffKeypad {
  readonly root = new Group();
  private readonly opener = new TextPanel(0.3, 0.08);
  private readonly screen = new TextPanel(3 * KEY_WIDTH + 2 * GAP, 0.3);
  private readonly keys: TextPanel[] = [];
  private readonly keypad = new Group();
  private digits = '';
  private available = false;
  private open = false;
  private busy = false;

  /**
   * @param pair sends a 6-digit code (resolves once the staff panel has its answer)
   * @param summary the pairing state and last message, as the staff panel shows them
   */
  constructor(
    private readonly pair: (code: string) => Promise<void>,
    private readonly summary: () => string,
  ) {
    this.root.name = 'personnel';
    this.opener.mesh.name = 'personnel-ouvrir';
    this.opener.mesh.position.set(0.48, 0.98, -1.29);
    this.drawKey(this.opener, 'Personnel', false);
    onPointer(
      this.opener.mesh,
      () => this.setOpen(true),
      (on) => this.drawKey(this.opener, 'Personnel', on),
    );
    this.root.add(this.opener.mesh);

    // In front of the start card, which it covers while open; centred on the middle column.
    this.keypad.position.set(-(KEY_WIDTH + GAP), 1.78, -1.2);
    this.screen.mesh.position.set(KEY_WIDTH + GAP, 0, 0);
    this.keypad.add(this.screen.mesh);
    KEYS.forEach((label, i) => {
      const key = new TextPanel(label === 'Fermer' ? 3 * KEY_WIDTH + 2 * GAP : KEY_WIDTH, KEY_HEIGHT);
      key.mesh.name = `clavier-${label.toLowerCase()}`;
      const column = label === 'Fermer' ? 1 : i % 3;
      key.mesh.position.set(column * (KEY_WIDTH + GAP), -0.21 - Math.floor(i / 3) * (KEY_HEIGHT + GAP), 0);
      this.drawKey(key, label, false);
      onPointer(
        key.mesh,
        () => void this.press(label),
        (on) => this.drawKey(key, label, on),
      );
      this.keys.push(key);
      this.keypad.add(key.mesh);
    });
    this.root.add(this.keypad);
    this.render();
  }

  /** Shown only in VR on the start screen; called every frame, so it only acts on a change. */
  /** True while the keypad (not only its opener) is shown. */
  get isOpen(): boolean {
    return this.open;
  }

  setAvailable(available: boolean): void {
    if (available === this.available) return;
    this.available = available;
    if (!available) this.open = false;
    this.render();
  }

  dispose(): void {
    this.opener.dispose();
    this.screen.dispose();
    for (const key of this.keys) key.dispose();
    this.root.removeFromParent();
  }

  private setOpen(open: boolean): void {
    this.open = open;
    this.digits = '';
    this.render();
  }

  private async press(label: string): Promise<void> {
    if (this.busy) return;
    if (label === 'Fermer') return this.setOpen(false);
    if (label === 'Effacer') this.digits = this.digits.slice(0, -1);
    else if (label !== 'Valider') {
      if (this.digits.length < 6) this.digits += label;
    } else if (this.digits.length === 6) {
      this.busy = true;
      this.drawScreen('Appairage en cours…');
      try {
        await this.pair(this.digits);
      } finally {
        this.busy = false;
        this.digits = '';
      }
    }
    this.drawScreen();
  }

  private render(): void {
    this.opener.mesh.visible = this.available && !this.open;
    this.keypad.visible = this.available && this.open;
    // Hidden keys take no pointer (the pointer-events library also hits invisible meshes).
    const opener = this.opener.mesh as typeof this.opener.mesh & { pointerEvents?: string };
    opener.pointerEvents = opener.visible ? 'auto' : 'none';
    this.keypad.traverse((object) => {
      (object as typeof object & { pointerEvents?: string }).pointerEvents = this.keypad.visible
        ? 'auto'
        : 'none';
    });
    if (this.keypad.visible) this.drawScreen();
  }

  private drawScreen(message?: string): void {
    const shown = this.digits.padEnd(6, '_');
    this.screen.draw(
      [
        { text: 'Code d’appairage', size: 34, weight: 700, accent: true, gapAfter: 4 },
        { text: `${shown.slice(0, 3)} ${shown.slice(3)}`, size: 52, weight: 700, gapAfter: 6 },
        { text: message ?? this.summary(), size: 26 },
      ],
      PANEL_STYLES.card,
      { padding: 20 },
    );
  }

  private drawKey(key: TextPanel, label: string, hover: boolean): void {
    key.draw(
      [{ text: label, size: 40, weight: 700 }],
      hover ? PANEL_STYLES.buttonHover : PANEL_STYLES.button,
      {
        align: 'center',
        vcenter: true,
        padding: 10,
      },
    );
  }
}
