// A family house of the 1960s in its garden (conseiller-renovation's visit; with `maisonChantier`,
// the photovoltaic installers' client, the scaffold already up along the façade and the van
// parked in front).
import { BoxGeometry, CylinderGeometry, IcosahedronGeometry, PlaneGeometry } from 'three';
import { type Kit } from './kit.js';
import { forest, house, rounded, scaffold, tree } from './props.js';

function garden(kit: Kit): void {
  kit.sky('#5f97d6', '#edf1ea', '#c9c6bd');
  kit.fog('#e6eae2', 35, 170);
  kit.lights('#ffffff', '#7d8a5a', 1.3, [-5, 8, 5], '#fff3de');
  kit.terrain('#7f9c4f', '#8da35c', 300, 16, 24, 9);
  // The house 9 m ahead: rendered walls, a red tile roof, a garden path, a low wall and a hedge.
  house(kit, 0, -12, 10, 8, 3, '#eadbc0', '#b5532f');
  kit.add(
    new PlaneGeometry(1.2, 7).rotateX(-Math.PI / 2),
    '#c9bfae',
    [-3.8, 0.01, -4.6],
    undefined,
    undefined,
    0.1,
  );
  kit.add(new BoxGeometry(30, 0.6, 0.3), '#d9cdb6', [0, 0.3, 1.5], undefined, undefined, 0.05);
  for (let i = 0; i < 9; i++) {
    kit.add(
      new IcosahedronGeometry(0.9, 1),
      '#44703a',
      [-14 + i * 3.5, 0.7, -16.5],
      undefined,
      [1.4, 0.9, 0.8],
      0.15,
    );
  }
  tree(kit, 7, -6, 1.3, '#5a8a3e');
  tree(kit, -9, -7, 1.1, '#6a9a46');
  forest(kit, 22, 42, 20, 17, '#5b7d3a');
  // Neighbours.
  house(kit, -20, -14, 9, 8, 3, '#efe2cc', '#b05a36', 0.2);
  house(kit, 20, -16, 9, 8, 6, '#e9d7bb', '#a9512f', -0.2);
}

export function maison(kit: Kit): void {
  garden(kit);
  // The old shutter hanging loose from one hinge, a bicycle against the wall, toys on the lawn.
  kit.add(new BoxGeometry(0.5, 1.2, 0.05), '#6d8fa8', [2.25, 1.45, -7.85], [0, 0, 0.25], undefined, 0.12);
  kit.add(new CylinderGeometry(0.3, 0.3, 0.04, 16).rotateX(Math.PI / 2), '#2b2f33', [3.4, 0.3, -7.7]);
  kit.add(new CylinderGeometry(0.3, 0.3, 0.04, 16).rotateX(Math.PI / 2), '#2b2f33', [4.4, 0.3, -7.7]);
  kit.add(new BoxGeometry(1.1, 0.04, 0.04), '#c0392b', [3.9, 0.55, -7.7], [0, 0, 0.2]);
  kit.add(rounded(0.35, 0.35, 0.35, 0.15), '#e74c3c', [2.5, 0.17, -3.6]);
}

export function maisonChantier(kit: Kit): void {
  garden(kit);
  scaffold(kit, -5, 5, -7.6, 1, 3);
  kit.add(rounded(2.1, 2.1, 5.2, 0.3, 3), '#f1f2f0', [-6.5, 1.3, -3], [0, 0.1, 0]);
  kit.add(new BoxGeometry(2.12, 0.35, 3.4), '#1f4e79', [-6.5, 1.1, -3], [0, 0.1, 0]);
  kit.add(new BoxGeometry(2, 0.08, 4.6), '#9aa1a7', [-6.5, 2.4, -3], [0, 0.1, 0]);
  // Panels on a pallet by the path, a ladder against the scaffold.
  kit.add(new BoxGeometry(1.2, 0.14, 1.8), '#a67c4e', [3, 0.07, -4.5]);
  kit.add(new BoxGeometry(1.1, 0.5, 1.75), '#1c2c52', [3, 0.4, -4.5], undefined, undefined, 0.08);
  for (const x of [-1.4, -0.9])
    kit.add(new BoxGeometry(0.05, 4, 0.05), '#c9ced3', [x, 2, -6.8], [0.25, 0, 0]);
}
