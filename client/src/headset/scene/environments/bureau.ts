// An office (the advice centre of conseiller-renovation, and the offices and break rooms of the
// other scenarios): desks with screens, a round table for visitors, posters, a window onto the
// street, shelves of files, a plant, a coffee machine.
import { BoxGeometry, CylinderGeometry, IcosahedronGeometry } from 'three';
import { type Kit } from './kit.js';
import { rounded } from './props.js';

function desk(kit: Kit, x: number, z: number, ry = 0): void {
  kit.add(new BoxGeometry(1.6, 0.04, 0.8), '#e3d4b4', [x, 0.74, z], [0, ry, 0], undefined, 0.05);
  kit.add(
    new BoxGeometry(0.04, 0.72, 0.7),
    '#5b636b',
    [x - 0.75 * Math.cos(ry), 0.36, z + 0.75 * Math.sin(ry)],
    [0, ry, 0],
  );
  kit.add(
    new BoxGeometry(0.04, 0.72, 0.7),
    '#5b636b',
    [x + 0.75 * Math.cos(ry), 0.36, z - 0.75 * Math.sin(ry)],
    [0, ry, 0],
  );
  kit.add(rounded(0.62, 0.4, 0.03, 0.01), '#1b1f24', [x, 1.0, z - 0.25], [0, ry, 0]);
  kit.glow(
    new BoxGeometry(0.56, 0.33, 0.005),
    '#9cc3e6',
    [x + 0.018 * Math.sin(ry), 1.0, z - 0.233],
    [0, ry, 0],
  );
  kit.add(new BoxGeometry(0.05, 0.2, 0.05), '#1b1f24', [x, 0.84, z - 0.27], [0, ry, 0]);
  kit.add(rounded(0.5, 0.5, 0.5, 0.1), '#2f4858', [x, 0.25, z + 0.6], [0, ry, 0]);
  kit.add(rounded(0.5, 0.5, 0.08, 0.04), '#2f4858', [x, 0.75, z + 0.82], [0, ry, 0]);
}

export function bureau(kit: Kit): void {
  kit.fog('#e8e6e0', 14, 40);
  kit.lights('#ffffff', '#8b8478', 1.1, [3, 6, 2], '#fff8ec');
  kit.room(9, 2.8, 10, '#b8a58a', '#efece5', '#f7f7f4');
  for (const x of [-2, 2]) kit.glow(new BoxGeometry(1.2, 0.03, 0.3), '#fdfdf6', [x, 2.78, -3]);
  desk(kit, 2.6, -4.6, -0.2);
  desk(kit, -2.8, -5.4, 0.15);
  // The round table where visitors sit, with a thermal camera and a plan on it.
  kit.add(new CylinderGeometry(0.6, 0.6, 0.04, 24), '#d8c6a2', [1.8, 0.74, -2.3]);
  kit.add(new CylinderGeometry(0.05, 0.08, 0.72, 8), '#5b636b', [1.8, 0.36, -2.3]);
  kit.add(new BoxGeometry(0.5, 0.005, 0.35), '#f4f1e8', [1.7, 0.765, -2.2], [0, 0.3, 0]);
  kit.add(rounded(0.12, 0.18, 0.1, 0.02), '#f0b400', [2, 0.83, -2.4]);
  // Back wall: a wide window onto the street, posters, file shelves.
  kit.glow(new BoxGeometry(3, 1.4, 0.02), '#cfe3ef', [-1.5, 1.5, -6.97]);
  kit.add(new BoxGeometry(3.1, 0.06, 0.1), '#bfc3c6', [-1.5, 0.78, -6.95]);
  kit.add(new BoxGeometry(0.05, 1.4, 0.05), '#bfc3c6', [-1.5, 1.5, -6.95]);
  kit.add(new BoxGeometry(0.8, 1.1, 0.01), '#2e86c1', [1.6, 1.65, -6.98]);
  kit.add(new BoxGeometry(0.6, 0.35, 0.012), '#f3c614', [1.6, 1.85, -6.97]);
  kit.add(new BoxGeometry(0.6, 0.1, 0.012), '#ffffff', [1.6, 1.45, -6.97]);
  kit.add(new BoxGeometry(0.7, 0.9, 0.01), '#3f9a5a', [2.8, 1.7, -6.98]);
  for (let level = 0; level < 4; level++) {
    kit.add(new BoxGeometry(0.4, 0.03, 2.2), '#8a7356', [-4.3, 0.4 + level * 0.5, -3.2]);
    for (let i = 0; i < 7; i++) {
      kit.add(
        new BoxGeometry(0.3, 0.32, 0.08),
        ['#2f6fa8', '#d63a2a', '#f3c614', '#2e9e4a'][(i + level) % 4],
        [-4.3, 0.58 + level * 0.5, -4.1 + i * 0.3],
      );
    }
  }
  // A plant and a coffee machine on a cabinet.
  kit.add(new CylinderGeometry(0.2, 0.16, 0.4, 12), '#b4613a', [3.8, 0.2, -6.4]);
  kit.add(new IcosahedronGeometry(0.42, 1), '#3f8a3f', [3.8, 0.85, -6.4], undefined, [1, 1.3, 1], 0.2);
  kit.add(new BoxGeometry(1, 0.9, 0.5), '#c9bda4', [4.2, 0.45, -1.2]);
  kit.add(rounded(0.3, 0.4, 0.3, 0.04), '#2b2f33', [4.2, 1.1, -1.2]);
  kit.glow(new BoxGeometry(0.06, 0.04, 0.01), '#ff5a3a', [4.1, 1.2, -1.04]);
}
