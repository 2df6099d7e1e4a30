// A stylised professional coloured from metier.json `apparence` (body geometry in
// character-body.ts): one mesh, one draw call. Its vertex shader poses the parts each frame from a
// few uniforms: arms swinging at the shoulders for gestures, the head turning towards the visitor,
// the mouth opening with the voice, eyelids blinking, breathing and a slow shift of weight.
import { Group, Matrix3, Matrix4, Euler, Mesh, MeshLambertMaterial, Object3D, Vector2, Vector3 } from 'three';
import type { Apparence } from '../../shared/api-types.js';
import { characterGeometry, PIVOTS } from './character-body.js';
import { blinkAmount, lookAngles, nextBlinkDelay } from './character-motion.js';

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

const scratchNeck = new Vector3();
const scratchEuler = new Euler();
const scratchMatrix = new Matrix4();

/** Pose uniforms a character's shader reads. */
interface Pose {
  arms: Vector2;
  head: Matrix3;
  mouth: { value: number };
  blink: { value: number };
  sway: { value: number };
  breath: { value: number };
}

export function createCharacter(apparence: Apparence): Character {
  const root = new Group();
  root.name = 'personnage';
  const pose: Pose = {
    arms: new Vector2(),
    head: new Matrix3(),
    mouth: { value: 0 },
    blink: { value: 0 },
    sway: { value: 0 },
    breath: { value: 0 },
  };
  const material = poseMaterial(pose);
  const body = new Mesh(characterGeometry(apparence), material);
  body.name = 'corps';
  // The shader moves vertices a little beyond the rest pose's bounds.
  body.frustumCulled = false;
  root.add(body);
  // Not drawn: carries the mouth opening as a rotation, as tests and tools read it.
  const jaw = new Object3D();
  jaw.name = 'machoire';
  root.add(jaw);

  // Each character blinks on its own rhythm.
  const seed = (apparence.peau.charCodeAt(1) + apparence.tenue.charCodeAt(2)) % 17;
  let speakingUntil = 0;
  let voice: VoiceActivity | undefined;
  let yaw = 0;
  let pitch = 0;
  let gesture = 0;
  let blinkStart = -1e9;
  let nextBlink = 800 + seed * 150;
  const look = new Vector2();

  return {
    root,
    speak(now, durationMs, activity) {
      speakingUntil = now + durationMs;
      voice = activity;
    },
    update(dt, now, target) {
      const t = now / 1000 + seed;
      // Breathing: about 15 breaths a minute; weight shifting from one leg to the other.
      pose.breath.value = Math.sin(t * 1.6);
      pose.sway.value = Math.sin(t * 0.31) * 0.012 + Math.sin(t * 0.83) * 0.004;

      // Look at the visitor, within what a neck allows, with a little lag.
      scratchNeck.set(0, PIVOTS.neck + 0.12, 0);
      root.localToWorld(scratchNeck);
      lookAngles(scratchNeck, target, root.rotation.y, look);
      const follow = 1 - Math.exp(-dt * 4);
      yaw += (look.x - yaw) * follow;
      pitch += (look.y - pitch) * follow;

      if (now >= nextBlink) {
        blinkStart = now;
        nextBlink = now + nextBlinkDelay(now, seed);
      }
      pose.blink.value = blinkAmount(now, blinkStart);

      const heard = voice?.level() ?? null;
      const speaking = heard === null ? now < speakingUntil : heard > 0.02 || now < speakingUntil;
      const talk =
        heard !== null
          ? Math.min(1, heard * 1.6)
          : speaking
            ? Math.abs(Math.sin(t * 11)) * (0.6 + 0.4 * Math.sin(t * 3.7))
            : 0;
      jaw.rotation.x = talk * 0.3;
      pose.mouth.value = talk;
      // Hands come forward now and then while talking (one, then the other), rest otherwise.
      const beat = speaking ? Math.max(0, Math.sin(t * 1.9)) : 0;
      gesture += (beat * beat - gesture) * (1 - Math.exp(-dt * 3));
      const side = Math.sin(t * 0.45) > 0;
      pose.arms.set(
        gesture * (side ? 0.25 : 0.7) + Math.sin(t * 0.9) * 0.025,
        gesture * (side ? 0.7 : 0.25) + Math.sin(t * 0.9 + 1) * 0.025,
      );
      const nod = speaking ? Math.sin(t * 2.3) * 0.05 : Math.sin(t * 0.7) * 0.015;
      scratchEuler.set(pitch + nod, yaw, speaking ? Math.sin(t * 1.3) * 0.04 : 0, 'YXZ');
      pose.head.setFromMatrix4(scratchMatrix.makeRotationFromEuler(scratchEuler));
    },
    dispose() {
      body.geometry.dispose();
      material.dispose();
      root.removeFromParent();
    },
  };
}

/** Vertex-coloured Lambert whose vertices are posed by their `bone` (see character-body.ts). */
function poseMaterial(pose: Pose): MeshLambertMaterial {
  const material = new MeshLambertMaterial({ vertexColors: true });
  material.customProgramCacheKey = () => 'eclore-personnage';
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uArms = { value: pose.arms };
    shader.uniforms.uHead = { value: pose.head };
    shader.uniforms.uMouth = pose.mouth;
    shader.uniforms.uBlink = pose.blink;
    shader.uniforms.uSway = pose.sway;
    shader.uniforms.uBreath = pose.breath;
    const f = (n: number) => n.toFixed(3);
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute float bone;
uniform vec2 uArms;
uniform mat3 uHead;
uniform float uMouth;
uniform float uBlink;
uniform float uSway;
uniform float uBreath;
vec3 eclorePose(vec3 p, float isNormal) {
  float keep = 1.0 - isNormal;
  if (bone > 0.5 && bone < 2.5) {
    float a = -(bone < 1.5 ? uArms.x : uArms.y);
    vec3 pivot = vec3(0.0, ${f(PIVOTS.shoulder)}, 0.0) * keep;
    vec3 q = p - pivot;
    p = vec3(q.x, q.y * cos(a) - q.z * sin(a), q.y * sin(a) + q.z * cos(a)) + pivot;
  } else if (bone > 2.5) {
    if (isNormal < 0.5 && bone > 4.5) p.y = ${f(PIVOTS.eyes)} + (p.y - ${f(PIVOTS.eyes)}) * (1.0 - 0.92 * uBlink);
    else if (isNormal < 0.5 && bone > 3.5) p.y = ${f(PIVOTS.mouth)} + (p.y - ${f(PIVOTS.mouth)}) * (1.0 + 3.5 * uMouth);
    vec3 pivot = vec3(0.0, ${f(PIVOTS.neck)}, 0.0) * keep;
    p = uHead * (p - pivot) + pivot;
  } else if (isNormal < 0.5 && p.y > 0.9 && p.y < 1.5) {
    p.x *= 1.0 + uBreath * 0.01;
    p.z *= 1.0 + uBreath * 0.02;
  }
  float c = cos(uSway);
  float s = sin(uSway);
  return vec3(p.x * c - p.y * s, p.x * s + p.y * c, p.z);
}`,
      )
      .replace(
        '#include <beginnormal_vertex>',
        '#include <beginnormal_vertex>\nobjectNormal = eclorePose(objectNormal, 1.0);',
      )
      .replace(
        '#include <begin_vertex>',
        '#include <begin_vertex>\ntransformed = eclorePose(transformed, 0.0);',
      );
  };
  return material;
}
