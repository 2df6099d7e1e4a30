// The pump room of the digester (technicien-methanisation): pipes everywhere, red valves, pumps
// and their motors, a control cabinet, grating on the floor.
import { BoxGeometry, CylinderGeometry, TorusGeometry } from 'three';
import { type Kit } from './kit.js';
import { rounded } from './props.js';

export function localTechnique(kit: Kit): void {
  kit.fog('#c9ccc8', 12, 36);
  kit.lights('#f4f7fb', '#5f6a62', 1.05, [1, 6, 2]);
  kit.room(10, 3.6, 10, '#6b7276', '#c9cdc6', '#a3a8a3');
  for (let i = 0; i < 2; i++) kit.glow(new BoxGeometry(0.12, 0.05, 2.4), '#fbfbf3', [-2 + i * 4, 3.55, -3]);
  // Horizontal pipe runs along the back and side walls at several heights.
  for (const [y, color] of [
    [0.8, '#9aa1a7'],
    [1.6, '#5a8a4f'],
    [2.4, '#c9b458'],
  ] as [number, string][]) {
    kit.add(new CylinderGeometry(0.12, 0.12, 9.6, 12).rotateZ(Math.PI / 2), color, [0, y, -6.7]);
    kit.add(new CylinderGeometry(0.1, 0.1, 9, 12).rotateX(Math.PI / 2), color, [-4.6, y + 0.2, -2]);
  }
  // Three pumps on plinths, each with a motor, a riser and a red valve wheel.
  for (let i = 0; i < 3; i++) {
    const x = -2.5 + i * 2.5;
    kit.add(new BoxGeometry(1.2, 0.2, 0.8), '#a3a7a6', [x, 0.1, -5.3]);
    kit.add(new CylinderGeometry(0.3, 0.3, 0.5, 16).rotateZ(Math.PI / 2), '#3f6f8f', [x - 0.2, 0.55, -5.3]);
    kit.add(rounded(0.5, 0.45, 0.45, 0.05), '#2f5d3a', [x + 0.35, 0.55, -5.3]);
    kit.add(new CylinderGeometry(0.09, 0.09, 1.6, 10), '#9aa1a7', [x - 0.2, 1.5, -5.6]);
    kit.add(new TorusGeometry(0.16, 0.025, 6, 16).rotateX(Math.PI / 2), '#d63a2a', [x - 0.2, 1.25, -5.3]);
    kit.add(new CylinderGeometry(0.025, 0.025, 0.3, 6), '#d63a2a', [x - 0.2, 1.15, -5.3]);
  }
  // Control cabinet with its lamps, a pressure gauge, warning stripes on the floor.
  kit.add(rounded(1.2, 2, 0.5, 0.04), '#c4c9cc', [3.6, 1, -2.4], [0, -Math.PI / 2, 0]);
  kit.glow(new BoxGeometry(0.02, 0.08, 0.08), '#39d353', [3.34, 1.7, -2.6]);
  kit.glow(new BoxGeometry(0.02, 0.08, 0.08), '#ff3b30', [3.34, 1.7, -2.3]);
  kit.add(new CylinderGeometry(0.12, 0.12, 0.05, 16).rotateX(Math.PI / 2), '#f4f4f0', [-1, 1.6, -6.55]);
  for (let i = 0; i < 8; i++)
    kit.add(new BoxGeometry(0.3, 0.005, 0.1), i % 2 ? '#f3c614' : '#2b2b2b', [-3 + i * 0.3, 0.003, -4.5]);
}
