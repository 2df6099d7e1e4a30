// The geometry of a stylised professional: smooth lathed torso, capsule limbs, mitten hands with a
// thumb, a face with eyes, brows, nose and mouth, hair by `coiffure`, and PPE (helmet, hi-vis vest)
// when the job wears it. Every vertex carries a `bone` saying which part moves it (see BONE).
import {
  CapsuleGeometry,
  Color,
  CylinderGeometry,
  Float32BufferAttribute,
  LatheGeometry,
  SphereGeometry,
  Vector2,
  type BufferGeometry,
} from 'three';
import type { Apparence } from '../../shared/api-types.js';
import { isHighVisibility } from './character-motion.js';
import { mergeParts, type Part } from './merge.js';

/** What moves a vertex: the vertex shader of character.ts applies the matching transform. */
export const BONE = { body: 0, leftArm: 1, rightArm: 2, head: 3, mouth: 4, eyes: 5 } as const;

/** Heights (metres) of the pivots the shader turns parts around. */
export const PIVOTS = { shoulder: 1.38, neck: 1.5, eyes: 1.645, mouth: 1.575 } as const;

const SHOULDER_X = 0.215;

type BonePart = Part & { bone: number };

/** Lathe profile (radius, height) of the torso from the hips to the base of the neck. */
function torsoProfile(scale = 1): Vector2[] {
  const points: [number, number][] = [
    [0.0, 0.86],
    [0.15, 0.87],
    [0.165, 0.95],
    [0.155, 1.05],
    [0.17, 1.18],
    [0.19, 1.3],
    [0.185, 1.37],
    [0.14, 1.43],
    [0.07, 1.47],
    [0.0, 1.48],
  ];
  return points.map(([r, y]) => new Vector2(r * scale, y));
}

export function darken(hex: string, amount: number): string {
  return `#${new Color(hex).multiplyScalar(1 - amount).getHexString()}`;
}

function arm(side: -1 | 1, sleeve: string, skin: string, bone: number): BonePart[] {
  const x = side * SHOULDER_X;
  return [
    {
      geometry: new SphereGeometry(0.06, 12, 8),
      color: sleeve,
      position: [x, PIVOTS.shoulder - 0.01, 0],
      bone,
    },
    {
      geometry: new CapsuleGeometry(0.058, 0.26, 4, 12),
      color: sleeve,
      position: [x + side * 0.02, 1.22, 0],
      rotation: [0, 0, side * 0.08],
      bone,
    },
    {
      geometry: new CapsuleGeometry(0.05, 0.24, 4, 12),
      color: sleeve,
      position: [x + side * 0.035, 0.96, 0.02],
      rotation: [-0.08, 0, side * 0.04],
      bone,
    },
    // Mitten hand with a thumb towards the front.
    {
      geometry: new SphereGeometry(0.05, 12, 8),
      color: skin,
      position: [x + side * 0.04, 0.79, 0.03],
      scale: [0.75, 1.25, 0.95],
      bone,
    },
    {
      geometry: new CapsuleGeometry(0.016, 0.04, 2, 6),
      color: skin,
      position: [x + side * 0.02, 0.81, 0.07],
      rotation: [0.5, 0, -side * 0.5],
      bone,
    },
  ];
}

function hair(coiffure: Apparence['coiffure'], color: string): BonePart[] {
  const head = BONE.head;
  if (coiffure === 'rase') {
    return [
      {
        geometry: new SphereGeometry(0.116, 20, 10, 0, Math.PI * 2, 0, Math.PI * 0.5),
        color,
        position: [0, 1.628, -0.004],
        rotation: [-0.65, 0, 0],
        scale: [0.93, 1.1, 1.02],
        bone: head,
      },
    ];
  }
  const parts: BonePart[] = [
    {
      // A cap of hair tilted back: clear of the brows in front, down to the nape behind.
      geometry: new SphereGeometry(0.121, 22, 12, 0, Math.PI * 2, 0, Math.PI * 0.5),
      color,
      position: [0, 1.632, -0.008],
      rotation: [-0.6, 0, 0],
      scale: [0.96, coiffure === 'boucle' ? 1.2 : 1.1, 1.04],
      bone: head,
    },
  ];
  if (coiffure === 'long') {
    parts.push({
      geometry: new CapsuleGeometry(0.1, 0.2, 4, 14),
      color,
      position: [0, 1.55, -0.055],
      scale: [1.12, 1, 0.55],
      bone: head,
    });
  } else if (coiffure === 'chignon') {
    parts.push({ geometry: new SphereGeometry(0.055, 12, 8), color, position: [0, 1.7, -0.115], bone: head });
  } else if (coiffure === 'boucle') {
    for (const [x, y, z] of [
      [-0.1, 1.66, -0.02],
      [0.1, 1.66, -0.02],
      [-0.06, 1.72, 0.04],
      [0.06, 1.72, 0.04],
      [0, 1.7, -0.09],
    ] as [number, number, number][]) {
      parts.push({ geometry: new SphereGeometry(0.055, 10, 8), color, position: [x, y, z], bone: head });
    }
  }
  return parts;
}

/** The whole body as one geometry with `color` and `bone` attributes. */
export function characterGeometry(apparence: Apparence): BufferGeometry {
  const { peau, cheveux, tenue, coiffure, casque } = apparence;
  const trousers = darken(tenue, 0.55);
  const skin = peau;
  const body = BONE.body;
  const head = BONE.head;
  const parts: BonePart[] = [
    // Shoes, legs, hips.
    ...([-1, 1] as const).flatMap((side) => [
      {
        geometry: new CapsuleGeometry(0.055, 0.12, 4, 10).rotateX(Math.PI / 2),
        color: '#2b2b2e',
        position: [side * 0.1, 0.055, 0.04] as [number, number, number],
        scale: [1.15, 0.85, 1] as [number, number, number],
        bone: body,
      },
      {
        geometry: new CapsuleGeometry(0.075, 0.62, 4, 12),
        color: trousers,
        position: [side * 0.1, 0.46, 0] as [number, number, number],
        bone: body,
      },
    ]),
    {
      geometry: new SphereGeometry(0.16, 16, 10),
      color: trousers,
      position: [0, 0.88, 0],
      scale: [1, 0.6, 0.75],
      bone: body,
    },
    // Torso, belt, neck.
    { geometry: new LatheGeometry(torsoProfile(), 24), color: tenue, scale: [1, 1, 0.72], bone: body },
    {
      geometry: new CylinderGeometry(0.172, 0.172, 0.045, 24),
      color: '#2f2a26',
      position: [0, 0.9, 0],
      scale: [1, 1, 0.78],
      bone: body,
    },
    {
      geometry: new CylinderGeometry(0.045, 0.052, 0.12, 12),
      color: skin,
      position: [0, 1.5, 0],
      bone: body,
    },
    ...arm(-1, tenue, skin, BONE.leftArm),
    ...arm(1, tenue, skin, BONE.rightArm),
    // Head: skull, ears, nose, brows.
    {
      geometry: new SphereGeometry(0.11, 24, 16),
      color: skin,
      position: [0, 1.625, 0],
      scale: [0.9, 1.08, 1],
      bone: head,
    },
    {
      geometry: new SphereGeometry(0.085, 18, 10),
      color: skin,
      position: [0, 1.58, 0.01],
      scale: [0.85, 0.8, 1],
      bone: head,
    },
    ...([-1, 1] as const).map((side) => ({
      geometry: new SphereGeometry(0.025, 8, 6),
      color: skin,
      position: [side * 0.098, 1.625, -0.005] as [number, number, number],
      scale: [0.5, 1, 0.8] as [number, number, number],
      bone: head,
    })),
    {
      geometry: new SphereGeometry(0.018, 10, 8),
      color: darken(skin, 0.08),
      position: [0, 1.61, 0.105],
      scale: [0.9, 1.1, 1],
      bone: head,
    },
    ...([-1, 1] as const).map((side) => ({
      geometry: new CapsuleGeometry(0.006, 0.03, 2, 6).rotateZ(Math.PI / 2 + side * 0.15),
      color: darken(cheveux, 0.2),
      position: [side * 0.036, 1.676, 0.094] as [number, number, number],
      bone: head,
    })),
    // Eyes: white, dark iris in front; the `eyes` bone closes them to blink.
    ...([-1, 1] as const).flatMap((side) => [
      {
        geometry: new SphereGeometry(0.017, 12, 8),
        color: '#f7f5f0',
        position: [side * 0.035, PIVOTS.eyes, 0.1] as [number, number, number],
        scale: [1.1, 0.85, 0.6] as [number, number, number],
        bone: BONE.eyes,
      },
      {
        geometry: new SphereGeometry(0.0095, 10, 8),
        color: '#2a1c14',
        position: [side * 0.035, PIVOTS.eyes, 0.1085] as [number, number, number],
        scale: [1, 1, 0.5] as [number, number, number],
        bone: BONE.eyes,
      },
    ]),
    // Mouth: a dark lip line that opens with the voice.
    {
      geometry: new SphereGeometry(0.022, 12, 6),
      color: '#6e2a2a',
      position: [0, PIVOTS.mouth, 0.099],
      scale: [1.3, 0.3, 0.45],
      bone: BONE.mouth,
    },
    ...hair(coiffure, cheveux),
  ];
  if (casque) {
    parts.push(
      {
        geometry: new SphereGeometry(0.132, 22, 10, 0, Math.PI * 2, 0, Math.PI / 2),
        color: '#f4f4f2',
        position: [0, 1.67, -0.005],
        scale: [0.98, 0.9, 1.08],
        bone: head,
      },
      {
        geometry: new CylinderGeometry(0.15, 0.15, 0.012, 22),
        color: '#e9e9e6',
        position: [0, 1.672, 0.01],
        scale: [0.92, 1, 1.1],
        bone: head,
      },
    );
  }
  // PPE: a hi-vis vest over the top, or reflective bands on clothes already hi-vis.
  const vest = casque || isHighVisibility(tenue);
  if (vest) {
    if (!isHighVisibility(tenue)) {
      parts.push({
        geometry: new LatheGeometry(torsoProfile(1.05).slice(2, 7), 24),
        color: '#d8ef1a',
        scale: [1, 1, 0.73],
        bone: body,
      });
    }
    for (const y of [1.02, 1.12]) {
      parts.push({
        geometry: new CylinderGeometry(0.166, 0.166, 0.03, 24, 1, true),
        color: '#d9dde0',
        position: [0, y, 0],
        scale: [1.03, 1, 0.76],
        bone: body,
      });
    }
  }
  const counts = parts.map((p) =>
    p.geometry.index ? p.geometry.index.count : p.geometry.attributes.position.count,
  );
  const geometry = mergeParts(parts);
  const bones = new Float32Array(geometry.attributes.position.count);
  let offset = 0;
  counts.forEach((count, i) => {
    bones.fill(parts[i].bone, offset, offset + count);
    offset += count;
  });
  geometry.setAttribute('bone', new Float32BufferAttribute(bones, 1));
  return geometry;
}
