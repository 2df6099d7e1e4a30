// A stylised professional made of capsules and spheres, coloured from metier.json `apparence`.
// Three draw calls: body, head, jaw (the parts that move independently).
import {
  CapsuleGeometry,
  Color,
  Group,
  MathUtils,
  Mesh,
  MeshLambertMaterial,
  SphereGeometry,
  Vector3,
} from 'three';
import type { Apparence } from '../../shared/api-types.js';
import { mergeParts, type Part } from './merge.js';

export interface Character {
  root: Group;
  /** Called every frame. `target` is the point to look at (the visitor's head). */
  update(dt: number, now: number, target: Vector3): void;
  /** Animate speech for `durationMs` from `now`. */
  speak(now: number, durationMs: number): void;
  dispose(): void;
}

const scratchLocal = new Vector3();
const scratchHead = new Vector3();
const HEAD_HEIGHT = 1.6;

export function createCharacter(apparence: Apparence): Character {
  const root = new Group();
  root.name = 'personnage';
  const material = new MeshLambertMaterial({ vertexColors: true });
  const trousers = darken(apparence.tenue, 0.45);
  const { peau, cheveux, tenue, coiffure } = apparence;

  const bodyParts: Part[] = [
    { geometry: new CapsuleGeometry(0.075, 0.7, 4, 8), color: trousers, position: [-0.1, 0.43, 0] },
    { geometry: new CapsuleGeometry(0.075, 0.7, 4, 8), color: trousers, position: [0.1, 0.43, 0] },
    { geometry: new CapsuleGeometry(0.19, 0.42, 4, 12), color: tenue, position: [0, 1.12, 0] },
    // High-visibility band: what most field jobs of the ecological transition wear.
    { geometry: new CapsuleGeometry(0.195, 0.04, 2, 12), color: '#f3c614', position: [0, 1.17, 0] },
    {
      geometry: new CapsuleGeometry(0.06, 0.5, 4, 8),
      color: tenue,
      position: [-0.26, 1.08, 0],
      rotation: [0, 0, 0.12],
    },
    {
      geometry: new CapsuleGeometry(0.06, 0.5, 4, 8),
      color: tenue,
      position: [0.26, 1.08, 0],
      rotation: [0, 0, -0.12],
    },
    { geometry: new SphereGeometry(0.055, 8, 6), color: peau, position: [-0.29, 0.78, 0] },
    { geometry: new SphereGeometry(0.055, 8, 6), color: peau, position: [0.29, 0.78, 0] },
    { geometry: new CapsuleGeometry(0.05, 0.08, 2, 8), color: peau, position: [0, 1.47, 0] },
  ];
  const body = new Mesh(mergeParts(bodyParts), material);
  root.add(body);

  const headParts: Part[] = [
    { geometry: new SphereGeometry(0.115, 20, 14), color: peau, position: [0, 0.02, 0] },
    { geometry: new SphereGeometry(0.016, 8, 6), color: '#1a1a1a', position: [-0.042, 0.04, 0.102] },
    { geometry: new SphereGeometry(0.016, 8, 6), color: '#1a1a1a', position: [0.042, 0.04, 0.102] },
  ];
  if (apparence.casque) {
    headParts.push({
      geometry: new SphereGeometry(0.135, 18, 8, 0, Math.PI * 2, 0, Math.PI / 2),
      color: '#f2f2f2',
      position: [0, 0.045, 0],
      scale: [1, 0.85, 1.08],
    });
  }
  if (coiffure !== 'rase') {
    headParts.push({
      geometry: new SphereGeometry(0.122, 18, 10, 0, Math.PI * 2, 0, Math.PI * 0.55),
      color: cheveux,
      position: [0, 0.03, -0.01],
      scale: [1, coiffure === 'boucle' ? 1.15 : 1, 1.02],
    });
    if (coiffure === 'long') {
      headParts.push({
        geometry: new CapsuleGeometry(0.1, 0.18, 4, 10),
        color: cheveux,
        position: [0, -0.08, -0.05],
        scale: [1.1, 1, 0.6],
      });
    } else if (coiffure === 'chignon') {
      headParts.push({
        geometry: new SphereGeometry(0.055, 10, 8),
        color: cheveux,
        position: [0, 0.06, -0.13],
      });
    } else if (coiffure === 'boucle') {
      headParts.push({
        geometry: new SphereGeometry(0.07, 10, 8),
        color: cheveux,
        position: [-0.1, 0, -0.03],
      });
      headParts.push({
        geometry: new SphereGeometry(0.07, 10, 8),
        color: cheveux,
        position: [0.1, 0, -0.03],
      });
    }
  }
  const head = new Mesh(mergeParts(headParts), material);
  head.position.set(0, HEAD_HEIGHT, 0);
  root.add(head);

  // The jaw carries the mouth: opening it while speaking is enough to read as talking.
  const jaw = new Mesh(
    mergeParts([
      { geometry: new SphereGeometry(0.085, 14, 8, 0, Math.PI * 2, Math.PI / 2, Math.PI / 2), color: peau },
      {
        geometry: new SphereGeometry(0.022, 8, 4),
        color: '#5a2020',
        position: [0, -0.03, 0.078],
        scale: [1.4, 0.6, 0.4],
      },
    ]),
    material,
  );
  jaw.position.set(0, -0.015, 0.02);
  head.add(jaw);

  let speakingUntil = 0;
  let yaw = 0;
  let pitch = 0;

  return {
    root,
    speak(now, durationMs) {
      speakingUntil = now + durationMs;
    },
    update(dt, now, target) {
      const t = now / 1000;
      // Breathing: about 15 breaths a minute.
      const breath = Math.sin(t * 1.6);
      body.scale.set(1 + breath * 0.01, 1 + breath * 0.004, 1 + breath * 0.015);

      // Look at the visitor, within what a neck allows, with a little lag.
      head.getWorldPosition(scratchHead);
      scratchLocal.copy(target).sub(scratchHead);
      const targetYaw = MathUtils.clamp(
        Math.atan2(scratchLocal.x, scratchLocal.z) - root.rotation.y,
        -0.9,
        0.9,
      );
      const horizontal = Math.hypot(scratchLocal.x, scratchLocal.z);
      const targetPitch = MathUtils.clamp(-Math.atan2(scratchLocal.y, horizontal), -0.4, 0.4);
      const follow = 1 - Math.exp(-dt * 4);
      yaw += (targetYaw - yaw) * follow;
      pitch += (targetPitch - pitch) * follow;

      const speaking = now < speakingUntil;
      const talk = speaking ? Math.abs(Math.sin(t * 11)) * (0.6 + 0.4 * Math.sin(t * 3.7)) : 0;
      jaw.rotation.x = talk * 0.3;
      const nod = speaking ? Math.sin(t * 2.3) * 0.05 : Math.sin(t * 0.7) * 0.015;
      head.position.y = HEAD_HEIGHT + breath * 0.003;
      head.rotation.set(pitch + nod, yaw, speaking ? Math.sin(t * 1.3) * 0.04 : 0, 'YXZ');
    },
    dispose() {
      body.geometry.dispose();
      head.geometry.dispose();
      jaw.geometry.dispose();
      material.dispose();
      root.removeFromParent();
    },
  };
}

function darken(hex: string, amount: number): string {
  const color = new Color(hex);
  color.multiplyScalar(1 - amount);
  return `#${color.getHexString()}`;
}
