// The sorting centre hall (operateur-tri): a vast shed, conveyors climbing in every direction to the
// glazed sorting cabin, a trommel, bunkers of sorted material and stacks of wired bales.
import {
  BoxGeometry,
  Color,
  CylinderGeometry,
  Euler,
  InstancedMesh,
  Matrix4,
  MeshLambertMaterial,
  Quaternion,
  Vector3,
} from 'three';
import { type Kit, random } from './kit.js';
import { rounded } from './props.js';

const BELT_COLOURS = ['#b48a5c', '#e8e8e8', '#3f7fbf', '#d9534f', '#8fbf6a', '#f0d35a', '#6b6b6b'];
const BALE_COLOURS = ['#a57e52', '#b48a5c', '#8fa3b8', '#c9c1a8', '#7f9c6e', '#b9a27c'];
/** The belt carrying waste up to the cabin: from `start` to `end`, items spaced along it. */
const BELT = { start: new Vector3(2.6, 0.9, 2), end: new Vector3(2.6, 5.2, -16), items: 26 };

const scratch = new Matrix4();
const turn = new Quaternion();
const euler = new Euler();
const place = new Vector3();
const size = new Vector3();
const colour = new Color();

export function centreTri(kit: Kit): (dt: number, now: number) => void {
  kit.fog('#b9c0c4', 30, 90);
  kit.lights('#fff8e6', '#5f6a72', 1.05, [2, 10, 4]);
  kit.room(36, 12, 40, '#6b7076', '#aeb6bc', '#8d969d');
  // Roof trusses and skylight strips.
  for (let i = 0; i < 7; i++) {
    kit.add(new BoxGeometry(36, 0.5, 0.3), '#6e7a84', [0, 11.4, 2 - i * 6]);
    kit.glow(new BoxGeometry(30, 0.05, 1.2), '#f6f4ea', [0, 11.9, -1 - i * 6]);
  }
  // The inclined belt: frame, black belt, legs.
  const dir = BELT.end.clone().sub(BELT.start);
  const length = dir.length();
  const slope = Math.atan2(dir.y, -dir.z);
  const mid = BELT.start.clone().add(BELT.end).multiplyScalar(0.5);
  kit.add(new BoxGeometry(1.4, 0.35, length), '#3f6f8f', [mid.x, mid.y - 0.2, mid.z], [slope, 0, 0]);
  kit.add(new BoxGeometry(1.1, 0.04, length), '#23272b', [mid.x, mid.y, mid.z], [slope, 0, 0]);
  for (let i = 0; i <= 6; i++) {
    const p = BELT.start.clone().lerp(BELT.end, i / 6);
    kit.add(new BoxGeometry(0.12, p.y, 0.12), '#3f6f8f', [p.x, p.y / 2, p.z]);
  }
  // Other conveyors crossing the hall at several heights.
  kit.add(new BoxGeometry(20, 0.5, 1.2), '#3f6f8f', [-4, 3.6, -12], [0, 0, 0.08]);
  kit.add(new BoxGeometry(1.2, 0.5, 18), '#5a8a4f', [-9, 2.4, -6], [0.12, 0, 0]);
  for (let i = 0; i < 4; i++) kit.add(new BoxGeometry(0.12, 3.4, 0.12), '#5a8a4f', [-9, 0, 1 - i * 5]);
  // Glazed sorting cabin up on its steel frame, the trommel beside it.
  kit.add(rounded(8, 3, 5, 0.1), '#d5dade', [2, 5.2, -19]);
  kit.glow(new BoxGeometry(7.4, 1.2, 0.05), '#bfe0ee', [2, 6.8, -16.45]);
  for (const x of [-1.7, 5.7]) kit.add(new BoxGeometry(0.3, 5.2, 0.3), '#e0b21d', [x, 2.6, -17]);
  kit.add(new BoxGeometry(8.4, 0.1, 0.06), '#f3c614', [2, 7.1, -16.4]);
  kit.add(new CylinderGeometry(2, 2, 9, 20, 1, true).rotateZ(Math.PI / 2 - 0.08), '#8c9499', [-8, 4.2, -19]);
  for (const x of [-11.5, -4.5]) kit.add(new BoxGeometry(0.4, 3, 3.8), '#5f6a72', [x, 1.5, -19]);
  // Concrete bunkers with the sorted material, and stacks of bales.
  const rand = random(12);
  for (let b = 0; b < 3; b++) {
    const x = -16 + b * 5;
    kit.add(new BoxGeometry(0.4, 2.2, 5), '#a3a7a6', [x - 2.3, 1.1, -11]);
    kit.add(rounded(4, 1.6, 4, 0.8, 3), BALE_COLOURS[b], [x, 0.5, -10.5], undefined, [1, 0.9, 1], 0.12);
  }
  for (let stack = 0; stack < 4; stack++) {
    for (let level = 0; level < 3; level++) {
      for (let i = 0; i < 2; i++) {
        const color = BALE_COLOURS[Math.floor(rand() * BALE_COLOURS.length)];
        kit.add(
          rounded(1.1, 0.8, 1.1, 0.06),
          color,
          [-2.8 - stack * 1.3, 0.4 + level * 0.82, -6 - i * 1.2],
          [0, (rand() - 0.5) * 0.1, 0],
          undefined,
          0.12,
        );
      }
    }
  }
  // Wire ties across the front bales.
  for (let stack = 0; stack < 4; stack++) {
    for (const dx of [-0.3, 0, 0.3]) {
      kit.add(new BoxGeometry(0.015, 2.46, 0.01), '#d8d8d8', [-2.8 - stack * 1.3 + dx, 1.25, -5.44]);
    }
  }
  // Yellow walkway rail along the belt, the electrical cabinet of the screen.
  kit.add(new BoxGeometry(0.06, 0.06, 9), '#f3c614', [1.6, 1.1, -3]);
  kit.add(rounded(1.2, 2, 0.5, 0.04), '#c4c9cc', [6.5, 1, -6]);
  kit.glow(new BoxGeometry(0.1, 0.1, 0.02), '#ff3b30', [6.2, 1.7, -5.74]);

  // What rides the belt: instanced packs of cardboard, bottles and bags, moving up.
  const items = new InstancedMesh(
    kit.geo(new BoxGeometry(0.32, 0.2, 0.3)),
    kit.own(new MeshLambertMaterial()),
    BELT.items,
  );
  items.name = 'tapis';
  for (let i = 0; i < BELT.items; i++) items.setColorAt(i, colour.set(BELT_COLOURS[i % BELT_COLOURS.length]));
  kit.root.add(items);
  items.frustumCulled = false;
  let travel = 0;
  const move = () => {
    for (let i = 0; i < BELT.items; i++) {
      const t = (i / BELT.items + travel) % 1;
      place.lerpVectors(BELT.start, BELT.end, t);
      place.x += ((i * 37) % 7) / 10 - 0.3;
      place.y += 0.12;
      euler.set(slope, (i * 1.3) % 3, 0);
      items.setMatrixAt(i, scratch.compose(place, turn.setFromEuler(euler), size.set(1, 1, 1)));
    }
    items.instanceMatrix.needsUpdate = true;
  };
  move();
  return (dt) => {
    travel = (travel + dt * 0.02) % 1;
    move();
  };
}
