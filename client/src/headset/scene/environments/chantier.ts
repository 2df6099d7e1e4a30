// The wood-frame building site (constructrice-bois, and the houses of other scenarios): a sloping
// plot facing the montagne de Lure, timber-frame walls going up on a concrete slab, a crane
// lifting the next wall off a flatbed truck, stacked timber, the site fence.
import { BoxGeometry, CylinderGeometry } from 'three';
import { type Kit } from './kit.js';
import { crane, fence, forest, house, mountain, rounded } from './props.js';

const STUD = '#d9b27a';

/** A timber-frame wall along X: plates, studs every 0.6 m, OSB on the studs when `sheathed`. */
export function frameWall(
  kit: Kit,
  x0: number,
  x1: number,
  z: number,
  height: number,
  sheathed: boolean,
  ry = 0,
): void {
  const length = x1 - x0;
  const c = Math.cos(ry);
  const s = Math.sin(ry);
  const at = (lx: number, y: number): [number, number, number] => [x0 + lx * c, y, z - lx * s];
  const r: [number, number, number] = [0, ry, 0];
  kit.add(new BoxGeometry(length, 0.045, 0.145), STUD, at(length / 2, 0.25), r, undefined, 0.1);
  kit.add(new BoxGeometry(length, 0.045, 0.145), STUD, at(length / 2, 0.25 + height), r, undefined, 0.1);
  for (let lx = 0; lx <= length + 0.01; lx += 0.6) {
    kit.add(new BoxGeometry(0.045, height, 0.145), STUD, at(lx, 0.25 + height / 2), r, undefined, 0.12);
  }
  if (sheathed) {
    kit.add(
      new BoxGeometry(length, height, 0.012),
      '#c9a36b',
      at(length / 2, 0.25 + height / 2 + 0.0),
      [0, ry, 0],
      [1, 1, 1],
      0.18,
    );
  }
}

export function chantier(kit: Kit): void {
  kit.sky('#5e95cf', '#eef1ea', '#c9c0ad');
  kit.fog('#e6e8e0', 40, 200);
  kit.lights('#fff8ea', '#8a7a5a', 1.3, [5, 8, 3], '#fff0d6');
  kit.terrain('#9b8a6c', '#8d9a62', 300, 26, 16, 6);
  // Concrete slab, the frame walls, a sheathed gable.
  kit.add(rounded(9, 0.25, 7, 0.05), '#b9b6ae', [0.5, 0.125, -7.5]);
  frameWall(kit, -4, 5, -11, 2.5, true);
  frameWall(kit, -4, 3, -4.2, 2.5, false, Math.PI / 2);
  frameWall(kit, 5, 12, -4.2, 2.5, false, Math.PI / 2);
  kit.add(new BoxGeometry(9.2, 0.2, 0.2), STUD, [0.5, 2.95, -7.6], [0, 0, 0], undefined, 0.1);
  // The crane and the next wall hanging from it, the flatbed truck below.
  crane(kit, -12, -16, 18, -0.5);
  kit.add(new CylinderGeometry(0.02, 0.02, 9, 4), '#333333', [-0.3, 12.5, -20]);
  kit.add(new BoxGeometry(5, 2.5, 0.18), '#c9a36b', [-0.3, 7, -20], [0, 0.3, 0], undefined, 0.15);
  kit.add(rounded(2.3, 2.3, 2.4, 0.2), '#2f5d8f', [9, 1.5, -18]);
  kit.add(new BoxGeometry(7, 0.3, 2.4), '#4a4f55', [4.4, 1.1, -18]);
  for (const x of [8.8, 5.5, 2.5]) {
    for (const z of [-19.1, -16.9])
      kit.add(new CylinderGeometry(0.48, 0.48, 0.3, 14).rotateX(Math.PI / 2), '#1e2124', [x, 0.48, z]);
  }
  for (let i = 0; i < 3; i++)
    kit.add(
      new BoxGeometry(5, 0.18, 2.4),
      '#c9a36b',
      [4.3, 1.35 + i * 0.19, -18],
      undefined,
      undefined,
      0.15,
    );
  // Stacked timber under its strap, offcuts and insulation fibre, a wheelbarrow.
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < 4; j++)
      kit.add(
        new BoxGeometry(4, 0.12, 0.2),
        STUD,
        [5.5, 0.1 + i * 0.13, -3.5 - j * 0.22],
        undefined,
        undefined,
        0.12,
      );
  }
  kit.add(rounded(1.2, 0.5, 1.2, 0.25, 3), '#d8c7a0', [-3, 0, -3.6], undefined, undefined, 0.3);
  kit.add(rounded(0.7, 0.35, 1, 0.1), '#2f6f3e', [-2.2, 0.45, -2]);
  kit.add(new CylinderGeometry(0.18, 0.18, 0.08, 12).rotateZ(Math.PI / 2), '#1e2124', [-2.2, 0.18, -1.4]);
  fence(kit, -9, -1, -9, -24);
  fence(kit, -9, -1, -4, 1.5);
  // Neighbours' houses, pines, the long ridge of the montagne de Lure.
  house(kit, -22, -6, 9, 8, 3, '#eadcc4', '#b5573a', 0.3);
  house(kit, 20, -30, 9, 8, 3, '#efe2cc', '#b05a36', -0.4);
  forest(kit, 30, 50, 24, 4, '#4d6e3a', true);
  mountain(kit, -40, -220, 140, 40, '#8b9aa6', 2);
  mountain(kit, 80, -230, 110, 34, '#93a1ac', 6);
}
