// The ressourcerie shop (technicienne-reconditionnement): furniture, clothes rails, shelves of
// crockery, repaired appliances with their price tags, a checkout counter.
import { BoxGeometry, CylinderGeometry, SphereGeometry, TorusGeometry } from 'three';
import { type Kit, random } from './kit.js';
import { rounded } from './props.js';

export function ressourcerie(kit: Kit): void {
  kit.fog('#efe6d6', 14, 40);
  kit.lights('#fff3de', '#7a6a55', 1.1, [2, 6, 3]);
  kit.room(12, 3.4, 12, '#a57c52', '#f1e7d3', '#f6f0e4');
  for (let i = 0; i < 3; i++) kit.glow(new BoxGeometry(0.2, 0.05, 2.6), '#fff9ea', [-3 + i * 3, 3.38, -3]);
  const rand = random(21);
  // Shelves of crockery along the back wall.
  for (let s = 0; s < 3; s++) {
    const x = -4 + s * 2.6;
    for (let level = 0; level < 4; level++) {
      kit.add(new BoxGeometry(2.4, 0.04, 0.5), '#8d6e4c', [x, 0.3 + level * 0.5, -8.6]);
      for (let i = 0; i < 6; i++) {
        const c = ['#e6e2d8', '#3b8a7a', '#d1573f', '#f0c75e', '#5f7fbf'][Math.floor(rand() * 5)];
        if (rand() > 0.5)
          kit.add(new CylinderGeometry(0.08, 0.06, 0.2, 10), c, [x - 1 + i * 0.4, 0.42 + level * 0.5, -8.6]);
        else
          kit.add(
            new SphereGeometry(0.1, 10, 6),
            c,
            [x - 1 + i * 0.4, 0.42 + level * 0.5, -8.6],
            undefined,
            [1, 0.7, 1],
          );
      }
    }
    for (const dx of [-1.2, 1.2]) kit.add(new BoxGeometry(0.04, 2, 0.5), '#6d5438', [x + dx, 1, -8.6]);
  }
  // Clothes rails with hanging clothes.
  for (const z of [-4.5, -6]) {
    kit.add(new CylinderGeometry(0.02, 0.02, 2.4, 6).rotateZ(Math.PI / 2), '#9aa1a7', [-3.8, 1.5, z]);
    for (let i = 0; i < 10; i++) {
      const c = ['#3f5f8f', '#b23a48', '#e8d9b5', '#2f6f3e', '#6a4c93', '#d9822b'][Math.floor(rand() * 6)];
      kit.add(rounded(0.14, 0.7, 0.45, 0.05), c, [-4.9 + i * 0.24, 1.1, z]);
    }
    for (const dx of [-1.2, 1.2])
      kit.add(new CylinderGeometry(0.02, 0.02, 1.5, 6), '#9aa1a7', [-3.8 + dx, 0.75, z]);
  }
  // Furniture: a sideboard, an armchair, a table and chairs.
  kit.add(rounded(1.6, 0.9, 0.5, 0.03), '#8a5a35', [4, 0.45, -7.8], undefined, undefined, 0.08);
  kit.add(rounded(0.9, 0.45, 0.8, 0.12), '#5f7f6a', [4.5, 0.3, -5.5]);
  kit.add(rounded(0.9, 0.6, 0.2, 0.08), '#5f7f6a', [4.5, 0.75, -5.85]);
  kit.add(new BoxGeometry(1.2, 0.05, 0.8), '#c99a5b', [2.6, 0.74, -4.4], undefined, undefined, 0.1);
  // The repaired washing machine with its price tag.
  kit.add(rounded(0.6, 0.85, 0.6, 0.04), '#f2f3f1', [1.4, 0.425, -6.2]);
  kit.add(new TorusGeometry(0.17, 0.03, 8, 20), '#9aa3aa', [1.4, 0.45, -5.9]);
  kit.add(new BoxGeometry(0.2, 0.14, 0.01), '#f3c614', [1.6, 0.78, -5.89]);
  // Checkout counter near the door.
  kit.add(rounded(2, 1, 0.7, 0.05), '#c99a5b', [-3.5, 0.5, -1.6], undefined, undefined, 0.08);
  kit.add(rounded(0.4, 0.3, 0.3, 0.03), '#2b2f33', [-3.2, 1.15, -1.6]);
}
