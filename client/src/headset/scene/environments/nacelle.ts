// Inside the nacelle, 80 m up (technicienne-eolienne): a white composite shell the size of a small
// truck, the main shaft, gearbox and generator along one side, yellow rails, cabinets, and the
// roof hatch open onto the sky.
import { BoxGeometry, CylinderGeometry, type BufferGeometry, SphereGeometry } from 'three';
import { type Kit } from './kit.js';
import { rounded } from './props.js';

/** Turns a closed shape inside out so that it is seen (and lit) from within. */
export function inward(source: BufferGeometry): BufferGeometry {
  const geometry = source.index ? source.toNonIndexed() : source;
  if (geometry !== source) source.dispose();
  for (const attribute of Object.values(geometry.attributes)) {
    const size = attribute.itemSize;
    const array = attribute.array as Float32Array;
    for (let i = 0; i < attribute.count; i += 3) {
      for (let k = 0; k < size; k++) {
        const a = array[(i + 1) * size + k];
        array[(i + 1) * size + k] = array[(i + 2) * size + k];
        array[(i + 2) * size + k] = a;
      }
    }
  }
  const normals = geometry.attributes.normal.array as Float32Array;
  for (let i = 0; i < normals.length; i++) normals[i] = -normals[i];
  return geometry;
}

export function nacelle(kit: Kit): void {
  kit.sky('#4f8fd0', '#dcebf7');
  kit.fog('#d7dde2', 12, 60);
  kit.lights('#f4f7fb', '#8b939c', 1.1, [0.5, 6, 1]);
  // The shell: a long rounded box around the visitor, floor of grating.
  kit.add(inward(rounded(4.2, 3.1, 10, 0.9, 4)), '#e4e7e9', [0, 1.45, -2.2]);
  kit.add(new BoxGeometry(3.6, 0.06, 9.4), '#6b7278', [0, 0.0, -2.2], undefined, undefined, 0.12);
  for (let i = 0; i < 12; i++) kit.add(new BoxGeometry(3.6, 0.02, 0.04), '#50565b', [0, 0.04, 2.2 - i * 0.8]);
  // Drivetrain along the left: main bearing, shaft, gearbox, coupling, generator.
  kit.add(new CylinderGeometry(0.55, 0.55, 2.2, 20).rotateX(Math.PI / 2), '#3f5f7a', [-1.25, 1.05, -6.5]);
  kit.add(new CylinderGeometry(0.22, 0.22, 1.6, 14).rotateX(Math.PI / 2), '#8e969c', [-1.25, 1.05, -5.2]);
  kit.add(rounded(1.1, 1.3, 1.4, 0.15), '#2f6fa8', [-1.3, 0.85, -4.3]);
  kit.add(new CylinderGeometry(0.18, 0.18, 0.8, 12).rotateX(Math.PI / 2), '#d0a11a', [-1.3, 1.0, -3.3]);
  kit.add(rounded(0.9, 0.95, 1.6, 0.12), '#4f7a5e', [-1.35, 0.55, -2.3]);
  // Yellow handrails, a cabinet with its lamps, a first-aid kit, the rescue bag.
  for (const x of [-0.55, 1.55]) {
    kit.add(new CylinderGeometry(0.025, 0.025, 7.5, 6).rotateX(Math.PI / 2), '#f3c614', [x, 1.05, -2.5]);
  }
  kit.add(rounded(0.7, 1.7, 0.5, 0.04), '#c9cdd1', [1.6, 0.85, -4.8]);
  kit.glow(new SphereGeometry(0.03, 8, 6), '#39d353', [1.42, 1.5, -4.54]);
  kit.glow(new SphereGeometry(0.03, 8, 6), '#f0a500', [1.52, 1.5, -4.54]);
  kit.add(rounded(0.35, 0.25, 0.15, 0.03), '#2e9e4a', [1.65, 1.5, -1.2]);
  kit.add(rounded(0.4, 0.6, 0.3, 0.1), '#e05a1b', [1.55, 0.3, 0.8]);
  // Roof hatch open on the sky, lamps along the ridge.
  kit.glow(new BoxGeometry(1.1, 0.02, 1.1), '#9cc9ef', [0.3, 2.98, -1.8]);
  kit.add(new BoxGeometry(1.3, 0.08, 0.1), '#b7bcc0', [0.3, 2.95, -1.2]);
  for (let i = 0; i < 4; i++)
    kit.glow(new BoxGeometry(0.12, 0.04, 0.8), '#fdfcf2', [0.9, 2.95, 1.2 - i * 2.4]);
  // The rear window shows the sea far below.
  kit.glow(new BoxGeometry(2.2, 0.5, 0.02), '#bcd9ee', [0, 1.75, -7.1]);
  kit.glow(new BoxGeometry(2.2, 0.4, 0.02), '#5f93b8', [0, 1.3, -7.1]);
}
