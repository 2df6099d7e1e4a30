// The waste-reception centre (agent-biodechets): a raised platform with guard rails, bins (bennes)
// below it at each quay, signs over them, cars with trailers queuing, the reception hut.
import { BoxGeometry, CylinderGeometry, PlaneGeometry } from 'three';
import { type Kit } from './kit.js';
import { forest, mountain, rounded } from './props.js';

const SKIPS: [string, string][] = [
  // skip colour, sign colour (wood, metal, green waste, rubble, cardboard)
  ['#2f6f8f', '#a0522d'],
  ['#2f6f8f', '#7f8c8d'],
  ['#3f7f3f', '#4f9a3c'],
  ['#8f6f2f', '#9a9187'],
  ['#2f6f8f', '#c7a064'],
];

/** An open skip, 6 m long, its top at `top`. */
function skip(kit: Kit, x: number, top: number, z: number, color: string, load: string): void {
  kit.add(new BoxGeometry(2.4, 0.1, 5.6), color, [x, top - 2, z]);
  for (const dx of [-1.2, 1.2]) kit.add(new BoxGeometry(0.1, 2, 5.6), color, [x + dx, top - 1, z]);
  kit.add(new BoxGeometry(2.4, 2, 0.1), color, [x, top - 1, z - 2.8]);
  kit.add(new BoxGeometry(2.4, 2, 0.1), color, [x, top - 1, z + 2.8]);
  kit.add(rounded(2.2, 1.2, 5.2, 0.5, 3), load, [x, top - 1.6, z], undefined, undefined, 0.35);
}

export function dechetterie(kit: Kit): void {
  kit.sky('#6aa2d6', '#eef0ea', '#c9c6bd');
  kit.fog('#e6e8e2', 35, 160);
  kit.lights('#ffffff', '#7d7a70', 1.3, [-5, 8, 4], '#fff3de');
  kit.terrain('#8a9a62', '#7f9059', 300, 18, 30, 5, -2.1);
  kit.add(
    new PlaneGeometry(60, 40).rotateX(-Math.PI / 2),
    '#76787b',
    [0, -2.09, -14],
    undefined,
    undefined,
    0.05,
  );
  // The raised quay the visitor stands on: 2 m above the skips, guard rail along its edge.
  kit.add(new BoxGeometry(34, 2.1, 8.4), '#b0aba0', [0, -1.05, -1], undefined, undefined, 0.05);
  kit.add(new BoxGeometry(34, 0.02, 0.2), '#f3c614', [0, 0.01, -5.1]);
  for (let i = 0; i < 18; i++)
    kit.add(new CylinderGeometry(0.03, 0.03, 1.1, 6), '#e8eaec', [-17 + i * 2, 0.55, -5.15]);
  for (const y of [0.55, 1.1])
    kit.add(new CylinderGeometry(0.03, 0.03, 34, 6).rotateZ(Math.PI / 2), '#e8eaec', [0, y, -5.15]);
  // Below: the skips, each with its sign on a post.
  const loads = ['#8d6a48', '#8e969c', '#5f8a3a', '#a59d90', '#c29a62'];
  SKIPS.forEach(([color, sign], i) => {
    const x = -12 + i * 6;
    skip(kit, x, 0, -8.3, color, loads[i]);
    kit.add(new CylinderGeometry(0.05, 0.05, 2.6, 6), '#8e969c', [x - 1.6, 1.3, -5.4]);
    kit.add(rounded(1.4, 0.7, 0.06, 0.03), sign, [x - 1.6, 2.6, -5.4]);
    kit.glow(new BoxGeometry(1.1, 0.35, 0.02), '#fbfbf5', [x - 1.6, 2.6, -5.36]);
  });
  // The lower yard road behind the skips, the hut, a car with its trailer queuing on the quay.
  kit.add(rounded(4, 2.6, 3, 0.1), '#e4e0d6', [-14, 1.3, 1.5]);
  kit.add(new BoxGeometry(4.2, 0.15, 3.2), '#2f6f3e', [-14, 2.65, 1.5]);
  kit.glow(new BoxGeometry(1.2, 0.8, 0.02), '#d8e8f0', [-13.5, 1.6, 0.0]);
  kit.add(rounded(4, 0.8, 1.8, 0.3, 3), '#8e2b2b', [8, 0.6, -2.6]);
  kit.add(rounded(2.2, 0.65, 1.6, 0.25, 3), '#8e2b2b', [7.8, 1.25, -2.6]);
  kit.add(new BoxGeometry(2, 0.45, 1.62), '#3a4752', [7.8, 1.28, -2.6]);
  kit.add(new BoxGeometry(2.2, 0.5, 1.5), '#7a7f85', [11.6, 0.7, -2.6]);
  kit.add(rounded(1.8, 0.7, 1.3, 0.2), '#b69066', [11.6, 1.2, -2.6], undefined, undefined, 0.2);
  for (const [x, r] of [
    [6.7, 0.32],
    [9.3, 0.32],
    [11.6, 0.28],
  ]) {
    kit.add(new CylinderGeometry(r, r, 1.9, 12).rotateX(Math.PI / 2), '#1e2124', [x, r, -2.6]);
  }
  forest(kit, 24, 42, 16, 13, '#5d7a3a');
  mountain(kit, 30, -130, 50, 22, '#95a394', 3);
}
