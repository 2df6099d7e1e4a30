// The repair workshop (technicienne-reconditionnement, and the other workshops): washing machines
// waiting in a row with their labels, a workbench with tools, shelves of spare parts, the board
// of appliances to repair, fluorescent tubes.
import { BoxGeometry, CylinderGeometry, TorusGeometry } from 'three';
import { type Kit } from './kit.js';
import { rounded } from './props.js';

/** A front-loading washing machine, its door towards +z, a label on top. */
function washer(kit: Kit, x: number, z: number, label: string): void {
  kit.add(rounded(0.6, 0.85, 0.6, 0.04), '#f2f3f1', [x, 0.425, z]);
  kit.add(new TorusGeometry(0.17, 0.03, 8, 20), '#9aa3aa', [x, 0.45, z + 0.3]);
  kit.add(new CylinderGeometry(0.15, 0.15, 0.02, 20).rotateX(Math.PI / 2), '#48606f', [x, 0.45, z + 0.3]);
  kit.add(new BoxGeometry(0.56, 0.1, 0.02), '#d8dcdf', [x, 0.76, z + 0.3]);
  kit.add(new BoxGeometry(0.18, 0.12, 0.005), label, [x + 0.15, 0.62, z + 0.305]);
}

export function atelier(kit: Kit): void {
  kit.fog('#cfcac0', 14, 40);
  kit.lights('#fff6e8', '#6d665c', 1.05, [1, 6, 3]);
  kit.room(12, 4, 12, '#7b7e82', '#d6d0c4', '#aaa69e');
  for (let i = 0; i < 3; i++) kit.glow(new BoxGeometry(0.12, 0.05, 2.4), '#fbfbf3', [-3 + i * 3, 3.95, -3]);
  // Ten washing machines in a row along the back wall, each with a coloured tag.
  const tags = ['#f3c614', '#e74c3c', '#2ecc71', '#f3c614', '#3498db'];
  for (let i = 0; i < 10; i++) washer(kit, -4.8 + i * 0.68, -8.4, tags[i % tags.length]);
  // A fridge and a dishwasher waiting, a hand truck.
  kit.add(rounded(0.7, 1.8, 0.7, 0.05), '#eef0ee', [5, 0.9, -6.5]);
  kit.add(rounded(0.6, 0.85, 0.6, 0.03), '#c9ccce', [4.1, 0.425, -5.4]);
  // The workbench: top, legs, a pegboard with tools, a multimeter, a pump.
  kit.add(new BoxGeometry(2.6, 0.06, 0.8), '#a9794b', [-3.3, 0.9, -3.8], [0, 0.3, 0], undefined, 0.12);
  for (const [dx, dz] of [
    [-1.1, -0.3],
    [1.1, -0.3],
    [-1.1, 0.3],
    [1.1, 0.3],
  ]) {
    kit.add(new BoxGeometry(0.06, 0.87, 0.06), '#4a4f55', [
      -3.3 + dx * 0.95 + dz * 0.3,
      0.435,
      -3.8 + dz * 0.95 - dx * 0.3,
    ]);
  }
  kit.add(new BoxGeometry(2.4, 1.2, 0.03), '#c7a070', [-5.7, 1.6, -4.4], [0, Math.PI / 2, 0]);
  for (let i = 0; i < 6; i++) {
    kit.add(new BoxGeometry(0.04, 0.3, 0.04), i % 2 ? '#d63a2a' : '#2f6fa8', [
      -5.66,
      1.6 + (i % 2) * 0.3,
      -5.2 + i * 0.3,
    ]);
  }
  kit.add(rounded(0.18, 0.08, 0.28, 0.02), '#f0b400', [-3.1, 0.97, -3.7]);
  kit.add(new CylinderGeometry(0.08, 0.08, 0.2, 12).rotateZ(Math.PI / 2), '#56606a', [-3.8, 1, -3.6]);
  // Shelves of spare parts on the right wall.
  for (let level = 0; level < 4; level++) {
    kit.add(new BoxGeometry(0.5, 0.04, 3), '#8e969c', [5.7, 0.3 + level * 0.6, -2.5]);
    for (let i = 0; i < 5; i++) {
      kit.add(rounded(0.35, 0.25, 0.45, 0.03), ['#2f6fa8', '#e05a1b', '#6b7c3a'][(i + level) % 3], [
        5.7,
        0.45 + level * 0.6,
        -3.7 + i * 0.6,
      ]);
    }
  }
  for (const z of [-4.1, -0.9]) kit.add(new BoxGeometry(0.04, 2.3, 0.04), '#6f767c', [5.45, 1.15, z]);
  // The whiteboard of appliances waiting: twelve lines.
  kit.add(new BoxGeometry(2.4, 1.3, 0.04), '#fbfbf9', [1.2, 1.9, -8.95]);
  for (let i = 0; i < 12; i++) {
    kit.add(new BoxGeometry(0.9 + (i % 3) * 0.2, 0.025, 0.005), i < 3 ? '#2e9e4a' : '#2f3b45', [
      0.6 + (i % 2) * 1.1,
      2.4 - Math.floor(i / 2) * 0.17,
      -8.92,
    ]);
  }
  // A stool, the door to the shop with its window.
  kit.add(new CylinderGeometry(0.18, 0.18, 0.05, 14), '#2f3b45', [-1.6, 0.65, -4.6]);
  kit.add(new CylinderGeometry(0.03, 0.05, 0.65, 6), '#4a4f55', [-1.6, 0.32, -4.6]);
  kit.add(new BoxGeometry(1.2, 2.2, 0.05), '#5b7f9a', [-5.99, 1.1, -7.5], [0, Math.PI / 2, 0]);
  kit.glow(new BoxGeometry(0.7, 0.6, 0.02), '#f2ecd9', [-5.95, 1.6, -7.5], [0, Math.PI / 2, 0]);
}
