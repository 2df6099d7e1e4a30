// The composting platform (agent-biodechets): long windrows of brown compost steaming in the
// cool morning air on a concrete slab, a loader, a heap of green waste, Vaucluse hills around.
import { CapsuleGeometry, type BufferGeometry, CylinderGeometry, Vector3 } from 'three';
import { hash3 } from '../merge.js';
import { type Kit, type Vec3 } from './kit.js';
import { forest, mountain, rounded } from './props.js';

/** An elongated rounded mound along Z, lumpy, half sunk into the slab. */
export function windrow(length: number, width: number, height: number, seed: number): BufferGeometry {
  const geometry = new CapsuleGeometry(1, length, 6, 18, 24).rotateX(Math.PI / 2);
  const positions = geometry.attributes.position;
  const normals = geometry.attributes.normal;
  const normal = new Vector3();
  for (let i = 0; i < positions.count; i++) {
    const x = positions.getX(i);
    const y = positions.getY(i);
    const z = positions.getZ(i);
    normal.fromBufferAttribute(normals, i);
    const bump = 0.06 * Math.sin(z * 1.9 + seed) * Math.cos(x * 3.1) + 0.05 * (hash3(x, y, z) - 0.5);
    positions.setXYZ(
      i,
      (x + normal.x * bump) * (width / 2),
      Math.max(0, y + normal.y * bump) * height,
      z + normal.z * bump,
    );
  }
  geometry.computeVertexNormals();
  return geometry;
}

export function compostage(kit: Kit): (dt: number, now: number) => void {
  kit.sky('#86b4dc', '#f1dcc0', '#c9b7a0');
  kit.fog('#e9dccb', 25, 140);
  kit.lights('#dbe8f5', '#7a6448', 0.95, [6, 5, 3], '#ffe3bf');
  kit.terrain('#8a9a5b', '#6f8a4e', 260, 18, 30, 3);
  kit.add(rounded(34, 0.3, 44, 0.1), '#b7b2a8', [0, -0.14, -14], undefined, undefined, 0.05);
  const steam: Vec3[] = [];
  // Windrows across the view, one behind the other, each a little longer than the last.
  const rows: [number, number, number][] = [
    [-9, 18, 4],
    [-13.5, 22, 3],
    [-18, 24, 4],
    [-22.5, 26, 2],
    [-27, 26, 3],
  ];
  rows.forEach(([z, length, x], i) => {
    const color = i % 2 === 0 ? '#5b3d25' : '#6a4a2e';
    kit.add(windrow(length, 3.4, 1.2, i * 3.7), color, [x, 0, z], [0, Math.PI / 2 + 0.5, 0], undefined, 0.22);
    for (let k = 0; k < 10; k++) {
      // Along the crest, which runs at 0.5 rad from the X axis.
      const along = -length / 2 + (k * length) / 9;
      steam.push([x + along * Math.cos(0.5), 1.05, z - along * Math.sin(0.5)]);
    }
  });
  // Freshly tipped bio-waste on the reception slab, a heap of shredded green waste.
  kit.add(windrow(2, 4, 1.1, 9), '#6e5a34', [-5.5, 0, -3.5], [0, 1.2, 0], undefined, 0.3);
  kit.add(windrow(3, 6, 2.6, 4), '#6d7a3c', [14, 0, -30], [0, 0.4, 0], undefined, 0.3);
  // The temperature probe stuck in a windrow.
  kit.add(new CylinderGeometry(0.015, 0.015, 1.4, 5), '#c9ced3', [-1.2, 1.1, -7.3], [0.5, 0, 0]);
  kit.add(new CylinderGeometry(0.05, 0.05, 0.12, 8), '#d63a2a', [-1.2, 1.72, -6.95]);
  loader(kit, 11, -4);
  // Site office, fence posts, the hills.
  kit.box(6, 2.7, 2.5, '#e8e4da', -12, 0, 3, 0.4);
  kit.box(6.2, 0.15, 2.7, '#6f7a80', -12, 2.7, 3, 0.4);
  forest(kit, 26, 46, 14, 5, '#5d7a3a');
  mountain(kit, -40, -110, 46, 26, '#8a9a88', 2);
  mountain(kit, 50, -120, 38, 18, '#95a394', 5);
  const rise = kit.steam(steam, '#f4f1ea', 2.8, 0.34);
  return (_dt, now) => rise(now);
}

/** A yellow wheel loader: body, cab, bucket, four big tyres. */
function loader(kit: Kit, x: number, z: number): void {
  kit.add(rounded(1.8, 1.2, 3.2, 0.15), '#e2a417', [x, 1.2, z]);
  kit.add(rounded(1.5, 1.4, 1.4, 0.1), '#e2a417', [x, 2.4, z + 0.4]);
  kit.add(rounded(1.3, 0.9, 0.05, 0.02), '#5b7786', [x, 2.5, z - 0.32]);
  kit.add(rounded(2.4, 0.9, 0.8, 0.08), '#5d5f61', [x, 0.6, z - 2.3]);
  for (const dz of [-1, 1]) {
    for (const dx of [-1, 1]) {
      kit.add(new CylinderGeometry(0.62, 0.62, 0.5, 16).rotateZ(Math.PI / 2), '#222426', [
        x + dx * 1.05,
        0.62,
        z + dz * 1.05,
      ]);
    }
  }
}
