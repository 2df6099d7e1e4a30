// The carpentry workshop (constructrice-bois): beams of larch on trestles, a big cutting machine,
// the workbench with a plan spread out, racks of timber, sawdust on the floor.
import { BoxGeometry, CylinderGeometry, PlaneGeometry } from 'three';
import { type Kit } from './kit.js';
import { rounded } from './props.js';

const WOOD = '#d9b27a';

export function charpente(kit: Kit): void {
  kit.fog('#ddd3c2', 16, 50);
  kit.lights('#fff3de', '#7a6a55', 1.1, [2, 7, 3], '#fff1d8');
  kit.room(16, 6, 16, '#9a8f7f', '#cfc4b2', '#a99e8c');
  for (let i = 0; i < 4; i++) {
    kit.add(new BoxGeometry(16, 0.35, 0.25), '#a07a4e', [0, 5.6, 2 - i * 4], undefined, undefined, 0.1);
    kit.glow(new BoxGeometry(0.2, 0.05, 3), '#fbf6e6', [-3 + (i % 2) * 6, 5.4, -1 - i * 2.5]);
  }
  // The cutting machine: long table, blue cabinet, saw housing, rollers.
  kit.add(new BoxGeometry(8, 0.9, 1), '#2f5d8f', [1, 0.45, -8.5], undefined, undefined, 0.05);
  kit.add(rounded(1.6, 1.6, 1.4, 0.1), '#e8e8e2', [1, 1.7, -8.5]);
  kit.add(new CylinderGeometry(0.3, 0.3, 0.06, 20).rotateX(Math.PI / 2), '#c9ced3', [1, 1.3, -7.78]);
  kit.glow(new BoxGeometry(0.4, 0.25, 0.02), '#9cc3e6', [2, 2.1, -7.79]);
  kit.add(new BoxGeometry(6, 0.2, 0.2), WOOD, [-1.5, 1, -8.5], undefined, undefined, 0.15);
  // A beam on trestles, the workbench with its plan, a tape measure.
  for (const x of [-3.8, -1.2]) {
    kit.add(new BoxGeometry(0.08, 0.75, 0.8), '#6d5438', [x, 0.375, -4.4]);
  }
  kit.add(new BoxGeometry(4, 0.22, 0.16), WOOD, [-2.5, 0.86, -4.4], undefined, undefined, 0.15);
  kit.add(new BoxGeometry(2.6, 0.08, 1.1), '#b28a58', [3.2, 0.9, -4], [0, -0.2, 0], undefined, 0.1);
  for (const [dx, dz] of [
    [-1.2, -0.45],
    [1.2, -0.45],
    [-1.2, 0.45],
    [1.2, 0.45],
  ]) {
    kit.add(new BoxGeometry(0.08, 0.86, 0.08), '#6d5438', [
      3.2 + dx * 0.98 + dz * 0.2,
      0.43,
      -4 + dz * 0.98 - dx * 0.2,
    ]);
  }
  kit.add(new BoxGeometry(1.4, 0.005, 0.9), '#eef2f6', [3.1, 0.945, -4], [0, -0.1, 0]);
  kit.add(new BoxGeometry(0.9, 0.005, 0.02), '#2f6fa8', [3.1, 0.95, -4], [0, 0.4, 0]);
  kit.add(rounded(0.08, 0.08, 0.04, 0.015), '#f3c614', [2.5, 0.96, -3.7]);
  // Racks of timber along the left wall, sawdust heaps, a glulam beam on the floor.
  for (let level = 0; level < 4; level++) {
    kit.add(new BoxGeometry(0.8, 0.08, 8), '#5b636b', [-7.4, 0.5 + level * 1.1, -4]);
    for (let i = 0; i < 5; i++)
      kit.add(
        new BoxGeometry(0.18, 0.18, 7),
        WOOD,
        [-7.7 + i * 0.17, 0.63 + level * 1.1, -4],
        undefined,
        undefined,
        0.15,
      );
  }
  kit.add(rounded(1.2, 0.25, 0.8, 0.12, 3), '#e2c48f', [0.5, 0, -7.4], undefined, undefined, 0.2);
  kit.add(
    new PlaneGeometry(3, 2).rotateX(-Math.PI / 2),
    '#cdb386',
    [-1, 0.005, -6.5],
    undefined,
    undefined,
    0.2,
  );
  kit.add(new BoxGeometry(7, 0.4, 0.2), '#d4a868', [4, 0.2, -6.2], [0, 0.1, 0], undefined, 0.12);
}
