// The collection depot before dawn (ripeur-collecte): a floodlit yard, a row of white and green
// refuse trucks, the maintenance hangar, the washing bay, a night sky turning blue.
import { BoxGeometry, CylinderGeometry, PlaneGeometry, SphereGeometry } from 'three';
import { type Kit } from './kit.js';
import { garbageTruck, rounded } from './props.js';

export function depotBennes(kit: Kit): void {
  kit.sky('#0d1b33', '#3d4f70', '#2a2f38');
  kit.fog('#2c3444', 25, 120);
  kit.lights('#7f93c0', '#2a2a2a', 0.75, [4, 10, 6], '#ffe2b0');
  kit.add(
    new PlaneGeometry(200, 200).rotateX(-Math.PI / 2),
    '#4f5257',
    [0, -0.01, 0],
    undefined,
    undefined,
    0.05,
  );
  // Parking lines and trucks in a row, rear steps towards the yard.
  for (let i = 0; i < 6; i++) {
    const x = -11 + i * 4.2;
    kit.add(new BoxGeometry(0.12, 0.01, 9), '#e8e6df', [x - 2.1, 0.005, -15]);
    garbageTruck(kit, x, -15, -Math.PI / 2, i === 2);
  }
  // The hangar behind them, its open doors lit, and floodlight masts.
  kit.add(new BoxGeometry(40, 9, 14), '#8d959c', [0, 4.5, -28], undefined, undefined, 0.04);
  kit.add(new BoxGeometry(40.4, 0.4, 14.4), '#6d7378', [0, 9.2, -28]);
  for (const x of [-12, 0, 12]) kit.glow(new BoxGeometry(6, 5, 0.05), '#f2d9a0', [x, 2.5, -20.97]);
  for (const x of [-16, 16]) {
    kit.add(new CylinderGeometry(0.12, 0.18, 10, 8), '#4a4f55', [x, 5, -6]);
    kit.glow(new BoxGeometry(1.4, 0.5, 0.4), '#fff4d6', [x, 10, -6]);
  }
  // Washing bay with its hose, office hut with a lit window, coffee machine light.
  kit.add(new BoxGeometry(5, 0.1, 8), '#6c7076', [12, 0.05, 3]);
  kit.add(new CylinderGeometry(0.05, 0.05, 3, 6), '#e8c000', [10, 1.5, 1]);
  kit.add(rounded(6, 2.8, 3, 0.1), '#d9d6cc', [-10, 1.4, 3]);
  kit.glow(new BoxGeometry(1.6, 0.9, 0.02), '#ffe7b0', [-9, 1.6, 1.49]);
  kit.glow(new SphereGeometry(0.4, 10, 8), '#fbfbf2', [-40, 60, -120]);
}
