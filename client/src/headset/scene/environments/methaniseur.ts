// The anaerobic digestion site (technicien-methanisation): two round tanks under green domes in a
// Vaucluse valley, the reception slab with its heap of manure, pipes, a tractor and trailer.
import { BoxGeometry, CylinderGeometry, SphereGeometry } from 'three';
import { type Kit } from './kit.js';
import { forest, mountain, rounded } from './props.js';

export function methaniseur(kit: Kit): void {
  kit.sky('#5f97d0', '#eef2e6', '#c8c4b0');
  kit.fog('#e6eadc', 40, 190);
  kit.lights('#ffffff', '#6f7a4a', 1.3, [-5, 8, 3], '#fff3dc');
  kit.terrain('#7fa050', '#8fa65c', 320, 30, 26, 8);
  kit.add(rounded(26, 0.3, 18, 0.1), '#b9b6ae', [0, -0.14, -10], undefined, undefined, 0.05);
  for (const [x, z, r, h] of [
    [-6, -16, 6, 4.5],
    [8, -15, 4.5, 3.8],
  ]) {
    kit.add(new CylinderGeometry(r, r, h, 28), '#8f9a84', [x, h / 2, z], undefined, undefined, 0.05);
    kit.add(new CylinderGeometry(r + 0.05, r + 0.05, 0.25, 28), '#6d7766', [x, h, z]);
    kit.add(
      new SphereGeometry(r, 28, 10, 0, Math.PI * 2, 0, Math.PI / 2),
      '#3c6e45',
      [x, h, z],
      undefined,
      [1, 0.55, 1],
      0.06,
    );
  }
  // Pipes between the tanks, a flare stack, the technical building.
  kit.add(new CylinderGeometry(0.15, 0.15, 8, 10).rotateZ(Math.PI / 2), '#c9ced3', [1, 1.6, -12]);
  kit.add(new CylinderGeometry(0.15, 0.15, 8, 10).rotateZ(Math.PI / 2), '#d9c24a', [1, 1.2, -11.6]);
  kit.add(new CylinderGeometry(0.25, 0.25, 6, 10), '#9aa1a7', [14, 3, -8]);
  kit.add(rounded(5, 3, 3.4, 0.1), '#dcd6c8', [-12, 1.5, -4], [0, 0.3, 0]);
  // The reception slab: manure heap behind low concrete walls, tractor and trailer.
  kit.add(new BoxGeometry(0.4, 1.5, 6), '#a3a7a6', [4.5, 0.75, -5]);
  kit.add(rounded(4, 1.5, 5, 0.7, 3), '#5a4630', [6.8, 0.3, -5], undefined, [1, 0.8, 1], 0.3);
  kit.add(rounded(2, 1.8, 3, 0.2), '#2f7d3a', [-4, 1.5, -7.5]);
  kit.add(rounded(1.4, 1.2, 1.3, 0.1), '#2f7d3a', [-4, 2.8, -7.1]);
  kit.add(new CylinderGeometry(0.9, 0.9, 0.5, 16).rotateZ(Math.PI / 2), '#1e2124', [-3, 0.9, -6.8]);
  kit.add(new CylinderGeometry(0.9, 0.9, 0.5, 16).rotateZ(Math.PI / 2), '#1e2124', [-5, 0.9, -6.8]);
  kit.add(new BoxGeometry(2.4, 1.2, 4.5), '#b0412e', [-4, 1.2, -11.4]);
  kit.add(rounded(2.2, 0.6, 4.2, 0.3, 3), '#5a4630', [-4, 1.9, -11.4], undefined, undefined, 0.3);
  forest(kit, 26, 48, 20, 6, '#5b7d3a');
  mountain(kit, -60, -180, 90, 40, '#8fa0b0', 4);
}
