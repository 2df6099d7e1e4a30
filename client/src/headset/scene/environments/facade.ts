// The façade insulation site (applicatrice-ite): a five-storey 1972 block wrapped in scaffolding,
// half of it already under white insulation boards and fresh render. `facade` is the view from
// the foot of the building; `echafaudage` puts the visitor on the third-floor deck, the sea
// glimpsed between two buildings.
import { BoxGeometry, CylinderGeometry, PlaneGeometry } from 'three';
import { type Kit } from './kit.js';
import { fence, house, rounded, scaffold, tree } from './props.js';

const FLOOR = 2.8;

/** The block: its front face at z = 0 of its own frame, `x0`..`x1`, insulated from `done` on. */
function block(kit: Kit, x0: number, x1: number, z: number, base: number, done: number, ry = 0): void {
  const w = x1 - x0;
  const cx = (x0 + x1) / 2;
  kit.add(
    new BoxGeometry(w, FLOOR * 5 + 0.6, 12),
    '#a9a59a',
    [cx, base + (FLOOR * 5 + 0.6) / 2, z - 6],
    [0, ry, 0],
    undefined,
    0.05,
  );
  for (let f = 0; f < 5; f++) {
    for (let x = x0 + 1.4; x < x1 - 0.8; x += 2.8) {
      const insulated = x > done;
      const y = base + f * FLOOR + 1.5;
      kit.add(new BoxGeometry(1.3, 1.4, 0.05), insulated ? '#3e4f5c' : '#2f3b45', [
        x,
        y,
        z + (insulated ? 0.2 : 0.02),
      ]);
      kit.add(new BoxGeometry(1.5, 0.08, 0.14), insulated ? '#e9e4da' : '#8f8b82', [
        x,
        y - 0.74,
        z + (insulated ? 0.24 : 0.07),
      ]);
    }
  }
  // Insulation: white boards where they are fixed, ochre render where finished.
  const insulatedWidth = x1 - done;
  kit.add(
    new BoxGeometry(insulatedWidth, FLOOR * 5, 0.16),
    '#f3f1ea',
    [done + insulatedWidth / 2, base + (FLOOR * 5) / 2, z + 0.08],
    undefined,
    undefined,
    0.04,
  );
  kit.add(
    new BoxGeometry(insulatedWidth * 0.55, FLOOR * 3, 0.04),
    '#e2c79d',
    [x1 - insulatedWidth * 0.275, base + FLOOR * 1.5, z + 0.18],
    undefined,
    undefined,
    0.05,
  );
}

export function facade(kit: Kit): void {
  kit.sky('#5d98d6', '#e9f1f6', '#c8c6bd');
  kit.fog('#e4e9ea', 40, 180);
  kit.lights('#ffffff', '#8a8478', 1.3, [-4, 9, 5], '#fff1da');
  kit.terrain('#8c9a66', '#7f8f62', 300, 14, 40, 2);
  kit.add(
    new PlaneGeometry(60, 30).rotateX(-Math.PI / 2),
    '#7a7c80',
    [0, 0.005, -4],
    undefined,
    undefined,
    0.05,
  );
  block(kit, -14, 14, -15, 0, 0);
  scaffold(kit, -14, 14, -14.6, 5, FLOOR);
  // Pallets of insulation boards, a mortar mixer, the site fence.
  for (let i = 0; i < 3; i++) {
    kit.add(new BoxGeometry(1.2, 0.14, 1), '#a67c4e', [-4 - i * 1.5, 0.07, -8]);
    kit.add(new BoxGeometry(1.2, 0.9, 1), '#f4f2ec', [-4 - i * 1.5, 0.6, -8], undefined, undefined, 0.04);
    kit.add(new BoxGeometry(1.22, 0.2, 1.02), '#cfe3f2', [-4 - i * 1.5, 0.7, -8]);
  }
  kit.add(new CylinderGeometry(0.45, 0.3, 0.8, 14).rotateX(0.6), '#e05a1b', [4.5, 1, -8]);
  kit.add(new BoxGeometry(0.9, 0.7, 0.6), '#5c6166', [4.5, 0.35, -8]);
  fence(kit, -12, -6, -3, -6);
  fence(kit, 3, -6, 12, -6);
  tree(kit, -9, 3, 1.2, '#4f8a3c');
  tree(kit, 10, 4, 1.3, '#4f8a3c');
  house(kit, -30, -10, 10, 12, 14, '#d8cdb8', '#8f8a82', 0.4);
  house(kit, 30, -14, 12, 12, 17, '#e3d6bd', '#8f8a82', -0.3);
}

export function echafaudage(kit: Kit): void {
  const base = -3 * FLOOR;
  kit.sky('#5d98d6', '#e9f1f6', '#c8c6bd');
  kit.fog('#e1e8ec', 50, 220);
  kit.lights('#ffffff', '#8a8478', 1.3, [6, 9, 2], '#fff1da');
  kit.terrain('#8c9a66', '#7f8f62', 300, 14, 40, 2, base);
  // The block on the visitor's left, its façade facing +x along the deck.
  const z0 = 6;
  const length = 40;
  kit.add(
    new BoxGeometry(12, FLOOR * 5 + 0.6, length),
    '#a9a59a',
    [-7.8, base + (FLOOR * 5 + 0.6) / 2, z0 - length / 2],
    undefined,
    undefined,
    0.05,
  );
  // Insulation boards fixed up to 3 m ahead, bare concrete beyond, the first windows framed.
  kit.add(
    new BoxGeometry(0.16, FLOOR * 5, 9),
    '#f3f1ea',
    [-1.72, base + (FLOOR * 5) / 2, z0 - 4.5],
    undefined,
    undefined,
    0.05,
  );
  for (let f = 0; f < 5; f++) {
    for (let z = z0 - 1.6; z > z0 - length + 1; z -= 2.8) {
      const y = base + f * FLOOR + 1.5;
      const insulated = z > z0 - 9;
      kit.add(new BoxGeometry(0.05, 1.4, 1.3), '#34434f', [insulated ? -1.62 : -1.78, y, z]);
      kit.add(new BoxGeometry(0.14, 0.08, 1.5), insulated ? '#e9e4da' : '#8f8b82', [
        insulated ? -1.58 : -1.74,
        y - 0.74,
        z,
      ]);
    }
  }
  // Boards waiting on the deck, glue bucket, the deck itself and its rails.
  kit.add(new BoxGeometry(1.2, 0.6, 0.6), '#f4f2ec', [-1.1, 0.04, -4.2], [0, 0.1, 0], undefined, 0.04);
  kit.add(new CylinderGeometry(0.17, 0.15, 0.36, 14), '#e8e8e2', [-0.9, 0.22, -3.4]);
  kit.add(
    new BoxGeometry(2.8, 0.05, length),
    '#a4784a',
    [-0.2, -0.03, z0 - length / 2],
    undefined,
    undefined,
    0.1,
  );
  kit.add(new BoxGeometry(0.02, 0.15, length), '#d9b43a', [1.2, 0.08, z0 - length / 2]);
  for (const y of [0.5, 1])
    kit.add(new CylinderGeometry(0.025, 0.025, length, 6).rotateX(Math.PI / 2), '#c9ced3', [
      1.2,
      y,
      z0 - length / 2,
    ]);
  for (let z = z0; z > z0 - length; z -= 2.5) {
    for (const x of [-1.55, 1.2])
      kit.add(new CylinderGeometry(0.03, 0.03, 5 * FLOOR + 1, 6), '#b8bec4', [
        x,
        base + (5 * FLOOR + 1) / 2,
        z,
      ]);
  }
  // Decks of the floors below and above.
  for (const f of [-1, 1])
    kit.add(new BoxGeometry(2.8, 0.05, length), '#a4784a', [-0.2, f * FLOOR, z0 - length / 2]);
  // Across the street: two blocks, the sea between them, the street far below.
  kit.add(new PlaneGeometry(20, 80).rotateX(-Math.PI / 2), '#707276', [10, base + 0.02, -10]);
  house(kit, 24, -10, 14, 14, 18, '#e0d4bd', '#8f8a82', -Math.PI / 2, base);
  house(kit, 24, -40, 14, 14, 21, '#d7cdb9', '#8f8a82', -Math.PI / 2, base);
  kit.add(
    new PlaneGeometry(400, 200).rotateX(-Math.PI / 2),
    '#3f7fae',
    [240, base + 0.3, -25],
    undefined,
    undefined,
    0.04,
  );
  kit.add(rounded(1, 0.3, 0.5), '#ffffff', [80, base + 0.8, -28]);
}
