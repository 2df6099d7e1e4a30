// A town street on the collection round (ripeur-collecte, and the streets of other scenarios):
// terraced houses with shutters, a pavement with yellow and grey wheelie bins, the white and green
// refuse truck stopped at the kerb, plane trees, parked cars.
import { BoxGeometry, CylinderGeometry, PlaneGeometry } from 'three';
import { type Kit, random } from './kit.js';
import { bin, garbageTruck, rounded, tree } from './props.js';

const WALLS = ['#ecd9b8', '#e6c9a3', '#f1e6d2', '#dcc7a6', '#efdcc0', '#e2cfb4', '#f3e3c8'];
const SHUTTERS = ['#5f8aa6', '#7a9a6a', '#b9c9cf', '#a86b4a', '#6d8f8a'];

/** A row of terraced town houses along X, their fronts at `z`, facing +z. */
function terrace(kit: Kit, x0: number, x1: number, z: number, seed: number): void {
  const rand = random(seed);
  for (let x = x0; x < x1;) {
    const w = 5 + Math.floor(rand() * 3);
    const floors = 2 + Math.floor(rand() * 2);
    const h = floors * 3;
    const wall = WALLS[Math.floor(rand() * WALLS.length)];
    const shutter = SHUTTERS[Math.floor(rand() * SHUTTERS.length)];
    kit.add(new BoxGeometry(w, h, 9), wall, [x + w / 2, h / 2, z - 4.5], undefined, undefined, 0.03);
    kit.add(new BoxGeometry(w + 0.3, 0.3, 9.6), '#b5573a', [x + w / 2, h + 0.15, z - 4.6]);
    for (let f = 0; f < floors; f++) {
      for (let i = 0; i < Math.floor(w / 1.8); i++) {
        const wx = x + 1 + i * 1.8;
        if (wx > x + w - 0.6) break;
        const y = f * 3 + (f === 0 && i === 0 ? 1.1 : 1.6);
        if (f === 0 && i === 0) {
          kit.add(new BoxGeometry(1, 2.2, 0.06), shutter, [wx, 1.1, z + 0.02]);
          continue;
        }
        kit.add(new BoxGeometry(0.8, 1.2, 0.04), '#33434e', [wx, y, z + 0.02]);
        kit.add(new BoxGeometry(0.38, 1.25, 0.05), shutter, [wx - 0.62, y, z + 0.04]);
        kit.add(new BoxGeometry(0.38, 1.25, 0.05), shutter, [wx + 0.62, y, z + 0.04]);
      }
    }
    x += w;
  }
}

function car(kit: Kit, x: number, z: number, color: string): void {
  kit.add(rounded(4, 0.8, 1.8, 0.3, 3), color, [x, 0.6, z]);
  kit.add(rounded(2.2, 0.65, 1.6, 0.25, 3), color, [x - 0.2, 1.25, z]);
  kit.add(new BoxGeometry(2, 0.45, 1.62), '#3a4752', [x - 0.2, 1.28, z]);
  for (const dx of [-1.3, 1.3]) {
    for (const dz of [-0.85, 0.85])
      kit.add(new CylinderGeometry(0.32, 0.32, 0.2, 12).rotateX(Math.PI / 2), '#1e2124', [
        x + dx,
        0.32,
        z + dz,
      ]);
  }
}

export function rue(kit: Kit): void {
  kit.sky('#6fa6da', '#eef0ea', '#c9c6bd');
  kit.fog('#e7e8e2', 30, 140);
  kit.lights('#ffffff', '#8a8378', 1.25, [-5, 8, 4], '#fff3de');
  kit.add(
    new PlaneGeometry(200, 200).rotateX(-Math.PI / 2),
    '#5f6266',
    [0, -0.01, 0],
    undefined,
    undefined,
    0.04,
  );
  // Pavements and kerbs on both sides, road markings.
  kit.add(new BoxGeometry(120, 0.15, 3), '#b9b4aa', [0, 0, -6.5], undefined, undefined, 0.05);
  kit.add(new BoxGeometry(120, 0.15, 3), '#b9b4aa', [0, 0, 8.5], undefined, undefined, 0.05);
  for (let i = 0; i < 12; i++) kit.add(new BoxGeometry(3, 0.01, 0.15), '#e8e6df', [-40 + i * 8, 0.005, 1]);
  terrace(kit, -50, 50, -8, 3);
  terrace(kit, -50, 50, 10, 9);
  // The bins put out on the pavement, the truck stopped beside them.
  const lids = ['#f3c614', '#f3c614', '#3b4045', '#3b4045', '#f3c614', '#3b4045'];
  lids.forEach((lid, i) =>
    bin(kit, -4 + i * 0.75 + (i > 2 ? 3.2 : 0), -5.6, lid, lid === '#f3c614' ? '#3b4045' : '#2d3236'),
  );
  garbageTruck(kit, 9, -4, 0, true);
  car(kit, -10, -3.7, '#b0413e');
  car(kit, 12, 5, '#3d6fa8');
  car(kit, -16, 5.2, '#d9d9d6');
  for (const x of [-16, -7, 9, 18]) tree(kit, x, -6.4, 1.4, '#5f8a3e');
  // Street lamps.
  for (const x of [-12, 4, 20]) {
    kit.add(new CylinderGeometry(0.06, 0.08, 5, 6), '#3c4248', [x, 2.5, -5.4]);
    kit.glow(new BoxGeometry(0.5, 0.12, 0.25), '#fff3c4', [x, 5, -5.1]);
  }
}
