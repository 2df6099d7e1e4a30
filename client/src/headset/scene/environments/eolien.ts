// The wind farm (technicienne-eolienne): a windy plateau at sunrise, white three-blade turbines
// turning above the hills, the foot of turbine no. 7 close by with its small white door.
import { BoxGeometry, CylinderGeometry, InstancedMesh, Matrix4, Quaternion, Euler, Vector3 } from 'three';
import { mergeParts } from '../merge.js';
import { type Kit, type Vec3 } from './kit.js';
import { forest, mountain, rounded } from './props.js';

const TURBINES: [number, number, number, number][] = [
  // x, z, hub height, facing (radians about Y); all within the camera's 200 m far plane.
  [16, -34, 60, 0.2],
  [-36, -100, 40, 0.25],
  [26, -130, 40, 0.2],
  [-90, -140, 40, 0.3],
  [80, -150, 40, 0.15],
  [-20, -170, 40, 0.25],
  [140, -100, 40, 0.1],
  [-140, -80, 40, 0.3],
];

const scratch = new Matrix4();
const spin = new Quaternion();
const euler = new Euler();
const at = new Vector3();
const size = new Vector3();

export function eolien(kit: Kit): (dt: number, now: number) => void {
  kit.sky('#5f93c9', '#f6d2a6', '#d8c7a8');
  kit.fog('#e8d9c2', 40, 240);
  kit.lights('#d8e8ff', '#7d8a4a', 1.2, [-8, 3, -6], '#ffdcb0');
  kit.terrain('#93a35c', '#7d9153', 420, 28, 24, 7);
  // Gravel track and the platform at the foot of the nearest turbine.
  kit.add(new BoxGeometry(3.4, 0.04, 60), '#b9ae97', [7, 0, -26], [0, 0.3, 0], undefined, 0.1);
  kit.add(new CylinderGeometry(9, 9, 0.05, 24), '#b3a891', [16, 0, -34], undefined, undefined, 0.1);
  for (const [x, z, h, facing] of TURBINES) tower(kit, x, z, h, facing);
  // The door of turbine no. 7, its steps and the technicians' van.
  kit.add(rounded(1, 2.1, 0.2, 0.05), '#fbfbfb', [16 - 0.55, 1.25, -34 + 2.2], [0, -0.25, 0]);
  kit.add(new BoxGeometry(1.6, 0.3, 1.2), '#9ea3a7', [16 - 0.7, 0.15, -34 + 3], [0, -0.25, 0]);
  kit.add(rounded(2, 2, 4.8, 0.3, 3), '#f1f2f0', [5, 1.25, -12], [0, 0.5, 0]);
  kit.add(new BoxGeometry(2.02, 0.3, 3.2), '#2f6f3e', [5, 1.1, -12], [0, 0.5, 0]);
  kit.add(rounded(1.6, 0.6, 0.05, 0.02), '#49606e', [5 - 1.2, 1.85, -12 - 2.05], [0, 0.5, 0]);
  forest(kit, 18, 60, 30, 11, '#5b7a3b', true);
  mountain(kit, 110, -185, 70, 26, '#8d9fb0', 3);
  mountain(kit, -130, -175, 60, 22, '#94a6b5', 8);
  // Every rotor in one instanced mesh: turning them is eight matrix writes per frame.
  const rotor = rotorGeometry();
  const rotors = new InstancedMesh(kit.geo(rotor), kit.vertexColors(), TURBINES.length);
  rotors.name = 'rotors';
  kit.root.add(rotors);
  let angle = 0;
  const place = () => {
    // A plain loop: this runs every frame and must not allocate.
    for (let i = 0; i < TURBINES.length; i++) {
      const turbine = TURBINES[i];
      const x = turbine[0];
      const z = turbine[1];
      const h = turbine[2];
      const facing = turbine[3];
      const s = h / 80;
      euler.set(0, facing, angle + i * 0.7);
      spin.setFromEuler(euler);
      at.set(x + Math.sin(facing) * 4.3 * s, h + 1.6 * s, z + Math.cos(facing) * 4.3 * s);
      rotors.setMatrixAt(i, scratch.compose(at, spin, size.set(s, s, s)));
    }
    rotors.instanceMatrix.needsUpdate = true;
  };
  place();
  rotors.computeBoundingSphere();
  rotors.frustumCulled = false;
  return (dt) => {
    angle += dt * 0.9;
    place();
  };
}

function tower(kit: Kit, x: number, z: number, h: number, facing: number): void {
  const s = h / 80;
  kit.add(new CylinderGeometry(1.1 * s, 2.3 * s, h, 20), '#f1f3f4', [x, h / 2, z]);
  kit.add(new CylinderGeometry(2.35 * s, 2.4 * s, 2.5 * s, 20), '#6f9a73', [x, 1.25 * s, z]);
  kit.add(
    rounded(3.4 * s, 3.6 * s, 11 * s, 1.3 * s, 3),
    '#e9ecef',
    [x - Math.sin(facing) * 1.2 * s, h + 1.6 * s, z - Math.cos(facing) * 1.2 * s],
    [0, facing, 0],
  );
}

/** Hub and three tapered, slightly pitched blades, in a unit turbine (80 m hub). */
function rotorGeometry() {
  return mergeParts([
    ...[0, 1, 2].map((i) => ({
      geometry: new CylinderGeometry(0.3, 1.3, 38, 7, 3).translate(0, 20, 0).scale(1, 1, 0.25).rotateY(0.3),
      color: '#f8f9fa',
      rotation: [0, 0, (i * Math.PI * 2) / 3] as Vec3,
    })),
    { geometry: new CylinderGeometry(0.6, 1.6, 3, 14).rotateX(Math.PI / 2), color: '#e3e7ea' },
    {
      geometry: new CylinderGeometry(0.05, 0.6, 1.2, 14).rotateX(Math.PI / 2).translate(0, 0, 2.1),
      color: '#e3e7ea',
    },
  ]);
}
