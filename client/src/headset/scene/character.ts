// A stylised professional made of capsules and spheres, coloured from metier.json `apparence`.
// Three draw calls: body, head, jaw (the parts that move independently). The arms stay in the
// body mesh and are swung by its vertex shader, so gestures cost no draw call.
import {
  CapsuleGeometry,
  Color,
  Float32BufferAttribute,
  Group,
  MathUtils,
  Mesh,
  MeshLambertMaterial,
  SphereGeometry,
  Vector2,
  Vector3,
  type BufferGeometry,
} from 'three';
import type { Apparence } from '../../shared/api-types.js';
import { mergeParts, type Part } from './merge.js';

/** What the character hears of its own voice. */
export interface VoiceActivity {
  /** Loudness now, 0..1; null when the line has no audio (the mouth then moves on its own). */
  level(): number | null;
}

export interface Character {
  root: Group;
  /** Called every frame. `target` is the point to look at (the visitor's head). */
  update(dt: number, now: number, target: Vector3): void;
  /** Animate speech for `durationMs` from `now`; with a voice, the jaw follows its loudness. */
  speak(now: number, durationMs: number, voice?: VoiceActivity): void;
  dispose(): void;
}

const scratchLocal = new Vector3();
const scratchHead = new Vector3();
const HEAD_HEIGHT = 1.6;
/** Shoulder height, the pivot of the arms. */
const SHOULDER_HEIGHT = 1.33;
/** Left arm and hand vertices carry -1 in the `arm` attribute, the right ones +1. */
const ARM_PARTS: Record<number, number> = { 4: -1, 5: 1, 6: -1, 7: 1 };

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
  const arms = new Vector2();
  const body = new Mesh(withArmAttribute(bodyParts), armMaterial(arms));
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
  jaw.name = 'machoire';
  jaw.position.set(0, -0.015, 0.02);
  head.add(jaw);

  let speakingUntil = 0;
  let voice: VoiceActivity | undefined;
  let yaw = 0;
  let pitch = 0;
  let gesture = 0;

  return {
    root,
    speak(now, durationMs, activity) {
      speakingUntil = now + durationMs;
      voice = activity;
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

      const heard = voice?.level() ?? null;
      const speaking = heard === null ? now < speakingUntil : heard > 0.02 || now < speakingUntil;
      const talk =
        heard !== null
          ? Math.min(1, heard * 1.6)
          : speaking
            ? Math.abs(Math.sin(t * 11)) * (0.6 + 0.4 * Math.sin(t * 3.7))
            : 0;
      jaw.rotation.x = talk * 0.3;
      // Hands come forward now and then while talking (one, then the other), rest otherwise.
      const beat = speaking ? Math.max(0, Math.sin(t * 1.9)) : 0;
      gesture += (beat * beat - gesture) * (1 - Math.exp(-dt * 3));
      const side = Math.sin(t * 0.45) > 0;
      arms.set(
        gesture * (side ? 0.25 : 0.7) + Math.sin(t * 0.9) * 0.02,
        gesture * (side ? 0.7 : 0.25) + Math.sin(t * 0.9 + 1) * 0.02,
      );
      const nod = speaking ? Math.sin(t * 2.3) * 0.05 : Math.sin(t * 0.7) * 0.015;
      head.position.y = HEAD_HEIGHT + breath * 0.003;
      head.rotation.set(pitch + nod, yaw, speaking ? Math.sin(t * 1.3) * 0.04 : 0, 'YXZ');
    },
    dispose() {
      body.geometry.dispose();
      body.material.dispose();
      head.geometry.dispose();
      jaw.geometry.dispose();
      material.dispose();
      root.removeFromParent();
    },
  };
}

/** Merges the body and marks each vertex of the arms and hands with its side. */
function withArmAttribute(parts: Part[]): BufferGeometry {
  const counts = parts.map((p) => p.geometry.index?.count ?? p.geometry.attributes.position.count);
  const geometry = mergeParts(parts);
  const side = new Float32Array(geometry.attributes.position.count);
  let offset = 0;
  counts.forEach((count, i) => {
    side.fill(ARM_PARTS[i] ?? 0, offset, offset + count);
    offset += count;
  });
  geometry.setAttribute('arm', new Float32BufferAttribute(side, 1));
  return geometry;
}

/** Vertex-coloured Lambert whose `arm` vertices swing forward around the shoulder (`angles`: left, right). */
function armMaterial(angles: Vector2): MeshLambertMaterial {
  const material = new MeshLambertMaterial({ vertexColors: true });
  material.customProgramCacheKey = () => 'eclore-arms';
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uArms = { value: angles };
    const rotate = (name: string, pivot: string) => `
      if (arm != 0.0) {
        float a = -(arm < 0.0 ? uArms.x : uArms.y);
        vec3 p = ${name} - ${pivot};
        ${name} = vec3(p.x, p.y * cos(a) - p.z * sin(a), p.y * sin(a) + p.z * cos(a)) + ${pivot};
      }`;
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute float arm;\nuniform vec2 uArms;')
      .replace(
        '#include <beginnormal_vertex>',
        `#include <beginnormal_vertex>${rotate('objectNormal', 'vec3(0.0)')}`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>${rotate('transformed', `vec3(0.0, ${SHOULDER_HEIGHT.toFixed(2)}, 0.0)`)}`,
      );
  };
  return material;
}

function darken(hex: string, amount: number): string {
  const color = new Color(hex);
  color.multiplyScalar(1 - amount);
  return `#${color.getHexString()}`;
}
