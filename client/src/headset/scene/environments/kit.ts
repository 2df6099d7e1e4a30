// What every preset builds with: static parts merged into one vertex-coloured mesh (one draw call
// for the whole set), an unlit mesh for what glows (screens, lamps, windows onto the sky), a sky
// dome, a rolling terrain, instanced repeats and cheap rising steam. `dispose()` frees all of it.
import {
  AdditiveBlending,
  BackSide,
  BoxGeometry,
  type BufferGeometry,
  Color,
  DirectionalLight,
  Euler,
  Float32BufferAttribute,
  FrontSide,
  Group,
  HemisphereLight,
  InstancedBufferAttribute,
  InstancedMesh,
  type Material,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  NormalBlending,
  PlaneGeometry,
  Quaternion,
  ShaderMaterial,
  SphereGeometry,
  Vector3,
} from 'three';
import { mergeParts, type Part } from '../merge.js';

export type Vec3 = [number, number, number];

/** The fog (and background) colour and distances a preset asks the stage for. */
export interface Atmosphere {
  color: string;
  near: number;
  far: number;
}

/** An instanced copy: position, uniform scale, rotation about Y, and optionally its own colour. */
export type Item = [number, number, number, number, number, string?];

const matrix = new Matrix4();
const quaternion = new Quaternion();
const euler = new Euler();
const position = new Vector3();
const scaleVector = new Vector3();

/** Seeded pseudo-random numbers in [0, 1): the same set every time it is built. */
export function random(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

export class Kit {
  readonly root = new Group();
  atmosphere: Atmosphere = { color: '#dfe9ef', near: 30, far: 90 };
  private readonly parts: Part[] = [];
  private readonly glowParts: Part[] = [];
  private readonly geometries: BufferGeometry[] = [];
  private readonly materials: Material[] = [];
  private lit: MeshLambertMaterial | null = null;

  geo<G extends BufferGeometry>(geometry: G): G {
    this.geometries.push(geometry);
    return geometry;
  }

  own<M extends Material>(material: M): M {
    this.materials.push(material);
    return material;
  }

  /** The shared vertex-coloured Lambert material. */
  vertexColors(): MeshLambertMaterial {
    this.lit ??= this.own(new MeshLambertMaterial({ vertexColors: true }));
    return this.lit;
  }

  /** A static piece of the set, merged with all the others at the end. */
  add(
    geometry: BufferGeometry,
    color: string,
    at: Vec3 = [0, 0, 0],
    rotation?: Vec3,
    scale?: Vec3,
    vary = 0,
  ): void {
    this.parts.push({ geometry, color, position: at, rotation, scale, vary });
  }

  /** A static unlit piece (screens, lamps, sky seen through an opening). */
  glow(geometry: BufferGeometry, color: string, at: Vec3 = [0, 0, 0], rotation?: Vec3, scale?: Vec3): void {
    this.glowParts.push({ geometry, color, position: at, rotation, scale });
  }

  /** A box standing on `y` (its base), turned by `ry` about Y. */
  box(
    w: number,
    h: number,
    d: number,
    color: string,
    x: number,
    y: number,
    z: number,
    ry = 0,
    vary = 0,
  ): void {
    this.add(
      new BoxGeometry(w, h, d),
      color,
      [x, y + h / 2, z],
      ry ? [0, ry, 0] : undefined,
      undefined,
      vary,
    );
  }

  /** A movable group of parts (a rotor, a belt), merged into one mesh of its own. */
  group(parts: Part[], at: Vec3 = [0, 0, 0]): Group {
    const group = new Group();
    group.position.set(...at);
    group.add(new Mesh(this.geo(mergeParts(parts)), this.vertexColors()));
    this.root.add(group);
    return group;
  }

  /** One draw call for many copies of a geometry. */
  instances(geometry: BufferGeometry, color: string, items: Item[]): InstancedMesh {
    const mesh = new InstancedMesh(
      this.geo(geometry),
      this.own(new MeshLambertMaterial({ color: '#ffffff' })),
      items.length,
    );
    const tint = new Color(color);
    const own = new Color();
    items.forEach(([x, y, z, s, r, c], i) => {
      matrix.compose(
        position.set(x, y, z),
        quaternion.setFromEuler(euler.set(0, r, 0)),
        scaleVector.set(s, s, s),
      );
      mesh.setMatrixAt(i, matrix);
      mesh.setColorAt(i, c ? own.set(c) : tint);
    });
    this.root.add(mesh);
    return mesh;
  }

  /** A gradient dome: `zenith` overhead, `horizon` at eye level, `below` under the horizon. */
  sky(zenith: string, horizon: string, below = horizon): void {
    // Tilted a little so that its pole is not straight under the visitor (see terrain).
    const geometry = this.geo(new SphereGeometry(150, 24, 16).rotateZ(0.05));
    const colors: number[] = [];
    const top = new Color(zenith);
    const mid = new Color(horizon);
    const low = new Color(below);
    const c = new Color();
    const positions = geometry.attributes.position;
    for (let i = 0; i < positions.count; i++) {
      const t = positions.getY(i) / 150;
      if (t >= 0) c.copy(mid).lerp(top, Math.pow(t, 0.6));
      else c.copy(mid).lerp(low, Math.min(1, -t * 4));
      colors.push(c.r, c.g, c.b);
    }
    geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
    const material = this.own(
      new MeshBasicMaterial({ vertexColors: true, side: BackSide, fog: false, depthWrite: false }),
    );
    const mesh = new Mesh(geometry, material);
    mesh.name = 'ciel';
    mesh.renderOrder = -1;
    this.root.add(mesh);
  }

  /**
   * Ground of `size` metres: flat within `flat` metres of the visitor, rising into hills of up
   * to `hills` metres beyond, coloured between `near` and `far` with a little speckle.
   */
  terrain(near: string, far: string, size = 240, hills = 0, flat = 14, seed = 1, base = 0): void {
    // An odd number of cells: no vertex straight under the visitor. A vertex in the eye's own
    // plane (w = 0 once projected, the headset held level) breaks clipping in software WebGL.
    const geometry = new PlaneGeometry(size, size, 47, 47).rotateX(-Math.PI / 2);
    const positions = geometry.attributes.position;
    const colors: number[] = [];
    const a = new Color(near);
    const b = new Color(far);
    const c = new Color();
    for (let i = 0; i < positions.count; i++) {
      const x = positions.getX(i);
      const z = positions.getZ(i);
      const d = Math.hypot(x, z);
      const rise = Math.max(0, Math.min(1, (d - flat) / (size * 0.25)));
      const h =
        hills *
        rise *
        (0.55 +
          0.45 * Math.sin(x * 0.045 + seed) * Math.cos(z * 0.038 + seed * 2) +
          0.25 * Math.sin(x * 0.11 + z * 0.07));
      positions.setY(i, base + Math.max(0, h) - 0.01);
      const n = (Math.sin(x * 1.7 + seed) * Math.sin(z * 1.3) + Math.sin(x * 0.37 - z * 0.51)) * 0.04;
      c.copy(a).lerp(b, Math.min(1, d / (size * 0.4)));
      colors.push(c.r * (1 + n), c.g * (1 + n), c.b * (1 + n));
    }
    geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
    geometry.computeVertexNormals();
    const mesh = new Mesh(this.geo(geometry), this.vertexColors());
    mesh.name = 'sol';
    this.root.add(mesh);
  }

  /** An indoor room: floor, walls and ceiling as static parts, the visitor 3 m from the back wall. */
  room(w: number, h: number, d: number, floor: string, walls: string, ceiling: string): void {
    const z = -d / 2 + 3;
    this.add(
      new PlaneGeometry(w, d, 8, 8).rotateX(-Math.PI / 2),
      floor,
      [0, 0, z],
      undefined,
      undefined,
      0.06,
    );
    this.add(new PlaneGeometry(w, h), walls, [0, h / 2, z - d / 2]);
    this.add(new PlaneGeometry(w, h).rotateY(Math.PI), walls, [0, h / 2, z + d / 2]);
    this.add(new PlaneGeometry(d, h).rotateY(Math.PI / 2), walls, [-w / 2, h / 2, z], undefined, [1, 1, 1]);
    this.add(new PlaneGeometry(d, h).rotateY(-Math.PI / 2), walls, [w / 2, h / 2, z]);
    // Unlit: a ceiling lit only from below would read as a dark lid.
    this.glow(new PlaneGeometry(w, d).rotateX(Math.PI / 2), darken(ceiling, 0.12), [0, h, z]);
    // Skirting: a darker band where walls meet the floor.
    this.add(new BoxGeometry(w, 0.1, 0.02), darken(walls, 0.35), [0, 0.05, z - d / 2 + 0.01]);
  }

  lights(sky: string, ground: string, intensity = 1.2, sun: Vec3 = [3, 6, 2], sunColor = '#ffffff'): void {
    this.root.add(new HemisphereLight(new Color(sky), new Color(ground), intensity * 1.6));
    const light = new DirectionalLight(new Color(sunColor), intensity);
    light.position.set(...sun);
    this.root.add(light);
  }

  fog(color: string, near: number, far: number): void {
    this.atmosphere = { color, near, far };
  }

  /**
   * Soft puffs rising from `sources` (instanced quads billboarded in the vertex shader, no texture):
   * one draw call. Returns the per-frame update.
   */
  steam(sources: Vec3[], color = '#f2efe8', height = 2.4, opacity = 0.28): (now: number) => void {
    const geometry = this.geo(new PlaneGeometry(1, 1));
    const material = this.own(
      new ShaderMaterial({
        uniforms: {
          uTime: { value: 0 },
          uColor: { value: new Color(color) },
          uHeight: { value: height },
          uOpacity: { value: opacity },
        },
        vertexShader: STEAM_VERTEX,
        fragmentShader: STEAM_FRAGMENT,
        transparent: true,
        depthWrite: false,
        blending: opacity > 0.5 ? AdditiveBlending : NormalBlending,
      }),
    );
    const mesh = new InstancedMesh(geometry, material, sources.length);
    const phases = new Float32Array(sources.length);
    sources.forEach(([x, y, z], i) => {
      matrix.makeTranslation(x, y, z);
      mesh.setMatrixAt(i, matrix);
      phases[i] = (i * 0.618034) % 1;
    });
    geometry.setAttribute('aPhase', new InstancedBufferAttribute(phases, 1));
    mesh.frustumCulled = false;
    mesh.renderOrder = 5;
    mesh.name = 'vapeur';
    this.root.add(mesh);
    const time = material.uniforms.uTime;
    return (now) => {
      time.value = now / 1000;
    };
  }

  /** Merges the static parts (and any plain single-colour meshes left as direct children). */
  mergeStatic(): void {
    const pieces = this.root.children.filter(
      (child): child is Mesh<BufferGeometry, MeshLambertMaterial> =>
        child instanceof Mesh &&
        !(child instanceof InstancedMesh) &&
        child.material instanceof MeshLambertMaterial &&
        !child.material.vertexColors &&
        child.material.side === FrontSide,
    );
    for (const mesh of pieces) {
      mesh.updateMatrix();
      mesh.removeFromParent();
      this.parts.push({
        geometry: mesh.geometry.clone().applyMatrix4(mesh.matrix),
        color: `#${mesh.material.color.getHexString()}`,
      });
      mesh.geometry.dispose();
    }
    if (this.parts.length > 0) {
      const merged = new Mesh(this.geo(mergeParts(this.parts.splice(0))), this.vertexColors());
      merged.name = 'decor';
      this.root.add(merged);
    }
    if (this.glowParts.length > 0) {
      const material = this.own(new MeshBasicMaterial({ vertexColors: true }));
      const glow = new Mesh(this.geo(mergeParts(this.glowParts.splice(0))), material);
      glow.name = 'lumieres';
      this.root.add(glow);
    }
  }

  dispose(): void {
    for (const g of this.geometries) g.dispose();
    for (const m of this.materials) m.dispose();
    this.root.removeFromParent();
  }
}

export function darken(hex: string, amount: number): string {
  return `#${new Color(hex).multiplyScalar(1 - amount).getHexString()}`;
}

const STEAM_VERTEX = /* glsl */ `
uniform float uTime;
uniform float uHeight;
attribute float aPhase;
varying vec2 vUv;
varying float vFade;
#include <common>
void main() {
  float t = fract(uTime * 0.09 + aPhase);
  vec3 origin = (modelMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0)).xyz;
  origin.y += t * uHeight;
  origin.x += sin(t * 5.0 + aPhase * 40.0) * 0.35 + t * 0.6;
  float size = 0.7 + t * 2.2;
  vec4 view = viewMatrix * vec4(origin, 1.0);
  view.xy += position.xy * size;
  gl_Position = projectionMatrix * view;
  vUv = uv;
  vFade = sin(t * 3.14159);
}
`;

const STEAM_FRAGMENT = /* glsl */ `
uniform vec3 uColor;
uniform float uOpacity;
varying vec2 vUv;
varying float vFade;
void main() {
  float d = length(vUv - 0.5) * 2.0;
  float a = (1.0 - smoothstep(0.2, 1.0, d)) * vFade * uOpacity;
  if (a < 0.01) discard;
  gl_FragColor = vec4(uColor, a);
}
`;
