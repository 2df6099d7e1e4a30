// Start screen: the showcase of jobs for passers-by (2D) and the VR start card with the height
// calibration.
import type { CatalogEntry } from '../../../shared/api-types.js';
import type { Posture } from '../../scene/calibration.js';
import { vrStartHint, type InputKind } from '../input-hints.js';
import type { VrView } from '../view.js';

/** Height calibration offered on the start card in VR (the visitor's eyes at a seated or standing height). */
export const POSTURES: { id: Posture; label: string }[] = [
  { id: 'seated', label: 'Recalibrer la hauteur\u00a0: assis·e' },
  { id: 'standing', label: 'Recalibrer la hauteur\u00a0: debout' },
];

export function startVrView(posture: Posture, hint: InputKind): VrView {
  return {
    card: {
      title: 'Éclore',
      body: ['Parlez avec des professionnel·les de la transition écologique.', vrStartHint(hint)],
      action: 'Commencer',
    },
    // Seated by default; the hosts or the visitor set the view height again here.
    choices: POSTURES.map((p, index) => ({
      index,
      text: `${p.label}${posture === p.id ? ' ✓' : ''}`,
    })),
  };
}

/** One professional after another on the start screen, to make passers-by curious. */
export class Showcase {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly target: HTMLElement) {}

  update(on: boolean, catalog: CatalogEntry[]): void {
    if (!on || catalog.length === 0) {
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
      if (!on) this.target.textContent = '';
      return;
    }
    if (this.timer) return;
    let next = 0;
    const show = () => {
      const entry = catalog[next++ % catalog.length];
      this.target.textContent = `À découvrir\u202f: ${entry.job} — ${entry.title}`;
    };
    show();
    this.timer = setInterval(show, 6000);
  }
}
