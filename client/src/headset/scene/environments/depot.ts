// A small firm's depot or a client's garage (installateur-photovoltaique): boxes of solar panels
// stacked against the wall, cable reels and rails on shelves, the company van, and on the side
// wall the inverter and the solar electrical board.
import { BoxGeometry, CylinderGeometry, TorusGeometry } from 'three';
import { type Kit } from './kit.js';
import { rounded } from './props.js';

export function depot(kit: Kit): void {
  kit.fog('#d6d3cc', 14, 40);
  kit.lights('#fff8ea', '#6d665c', 1.1, [1, 6, 3]);
  kit.room(12, 4.5, 12, '#8a8c8e', '#d9d5cc', '#b9b5ad');
  for (let i = 0; i < 3; i++) kit.glow(new BoxGeometry(0.12, 0.05, 2.4), '#fbfbf3', [-3 + i * 3, 4.45, -3]);
  // Panel boxes: flat cardboard packs on pallets, stacked along the back wall.
  for (let stack = 0; stack < 4; stack++) {
    const x = -4.2 + stack * 1.9;
    kit.add(new BoxGeometry(1.8, 0.14, 1.2), '#a67c4e', [x, 0.07, -8.2]);
    for (let level = 0; level < 6 - (stack % 2); level++) {
      kit.add(
        new BoxGeometry(1.75, 0.2, 1.08),
        '#c49a64',
        [x, 0.25 + level * 0.21, -8.2],
        undefined,
        undefined,
        0.08,
      );
    }
    kit.add(new BoxGeometry(0.6, 0.3, 0.005), '#1c2c52', [x, 0.8, -7.65]);
  }
  // Shelves with cable reels and roof rails.
  for (let level = 0; level < 3; level++) {
    kit.add(new BoxGeometry(0.6, 0.04, 4), '#8e969c', [5.6, 0.4 + level * 0.8, -2.5]);
    for (let i = 0; i < 4; i++) {
      kit.add(
        new TorusGeometry(0.14, 0.07, 8, 16).rotateY(Math.PI / 2),
        ['#d63a2a', '#2b2b2b', '#2f6fa8'][(i + level) % 3],
        [5.6, 0.63 + level * 0.8, -4 + i * 1],
      );
    }
  }
  for (let i = 0; i < 6; i++)
    kit.add(new BoxGeometry(0.05, 0.05, 3.8), '#b8bec4', [5.4, 2.6 + i * 0.06, -2.5]);
  // The inverter and the solar board on the left wall.
  kit.add(rounded(0.5, 0.7, 0.2, 0.04), '#e8e9e6', [-5.88, 1.6, -4.2]);
  kit.glow(new BoxGeometry(0.02, 0.08, 0.2), '#39d353', [-5.77, 1.75, -4.2]);
  kit.add(rounded(0.7, 0.9, 0.15, 0.03), '#c9cdd1', [-5.9, 1.6, -2.8]);
  kit.add(new BoxGeometry(0.02, 0.05, 0.5), '#f3c614', [-5.82, 1.9, -2.8]);
  kit.add(new CylinderGeometry(0.025, 0.025, 1.6, 6), '#2b2b2b', [-5.92, 2.4, -3.5]);
  // The van, its side door open.
  kit.add(rounded(2, 2.1, 5, 0.3, 3), '#f1f2f0', [3.4, 1.35, -6.3], [0, Math.PI / 2, 0]);
  kit.add(new BoxGeometry(2.02, 0.3, 3.2), '#f3a712', [3.4, 1.0, -6.3], [0, Math.PI / 2, 0]);
  for (const dz of [-1.7, 1.7]) {
    for (const dx of [-0.95, 0.95])
      kit.add(new CylinderGeometry(0.36, 0.36, 0.25, 14).rotateX(Math.PI / 2), '#1e2124', [
        3.4 + dz,
        0.36,
        -6.3 + dx,
      ]);
  }
}
