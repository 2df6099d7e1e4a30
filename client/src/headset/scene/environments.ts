// Procedural placeholders for the workplaces named in metier.json `media` (type `environnement`).
// Low poly, Lambert materials, repeated props instanced: each preset stays far below 50 draw calls.
import {
  BackSide,
  BoxGeometry,
  type BufferGeometry,
  Color,
  ConeGeometry,
  CylinderGeometry,
  DirectionalLight,
  Float32BufferAttribute,
  Group,
  HemisphereLight,
  FrontSide,
  InstancedMesh,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  PlaneGeometry,
  Quaternion,
  SphereGeometry,
  Vector3,
  Euler,
  type Material,
} from 'three';
import { mergeParts, type Part } from './merge.js';

export const ENVIRONMENT_PRESETS = [
  'eolien',
  'nacelle',
  'toiture',
  'chantier',
  'atelier',
  'bureau',
  'centre-tri',
  'ressourcerie',
  'rue',
  'dechetterie',
  'methaniseur',
  'foret',
] as const;

export type EnvironmentPreset = (typeof ENVIRONMENT_PRESETS)[number];

export interface Environment {
  root: Group;
  preset: EnvironmentPreset | 'neutre';
  /** Per-frame animation (turbine blades, conveyor…); may do nothing. */
  update(dt: number, now: number): void;
  dispose(): void;
}

/** Tracks what a preset creates so that `dispose()` frees all of it. */
class Kit {
  readonly root = new Group();
  private readonly geometries: BufferGeometry[] = [];
  private readonly materials: Material[] = [];
  private readonly materialByColor = new Map<string, MeshLambertMaterial>();

  mat(color: string): MeshLambertMaterial {
    let m = this.materialByColor.get(color);
    if (!m) {
      m = new MeshLambertMaterial({ color: new Color(color) });
      this.materialByColor.set(color, m);
      this.materials.push(m);
    }
    return m;
  }

  /** One shared material for meshes merged with `mergeParts`. */
  vertexColors(): MeshLambertMaterial {
    let m = this.materialByColor.get('vertex');
    if (!m) {
      m = new MeshLambertMaterial({ vertexColors: true });
      this.materialByColor.set('vertex', m);
      this.materials.push(m);
    }
    return m;
  }

  geo<G extends BufferGeometry>(geometry: G): G {
    this.geometries.push(geometry);
    return geometry;
  }

  mesh(geometry: BufferGeometry, color: string, x = 0, y = 0, z = 0, parent: Group = this.root): Mesh {
    const mesh = new Mesh(this.geo(geometry), this.mat(color));
    mesh.position.set(x, y, z);
    parent.add(mesh);
    return mesh;
  }

  box(w: number, h: number, d: number, color: string, x: number, y: number, z: number): Mesh {
    return this.mesh(new BoxGeometry(w, h, d), color, x, y + h / 2, z);
  }

  /** One draw call for many copies: `items` are [x, y, z, scale, rotationY]. */
  instances(
    geometry: BufferGeometry,
    color: string,
    items: [number, number, number, number, number][],
  ): InstancedMesh {
    const mesh = new InstancedMesh(this.geo(geometry), this.mat(color), items.length);
    const matrix = new Matrix4();
    const q = new Quaternion();
    const euler = new Euler();
    const position = new Vector3();
    const scale = new Vector3();
    items.forEach(([x, y, z, s, r], i) => {
      q.setFromEuler(euler.set(0, r, 0));
      matrix.compose(position.set(x, y, z), q, scale.set(s, s, s));
      mesh.setMatrixAt(i, matrix);
    });
    this.root.add(mesh);
    return mesh;
  }

  sky(top: string, bottom: string): void {
    const geometry = this.geo(new SphereGeometry(60, 16, 10));
    const colors: number[] = [];
    const a = new Color(top);
    const b = new Color(bottom);
    const c = new Color();
    const positions = geometry.attributes.position;
    for (let i = 0; i < positions.count; i++) {
      const t = Math.max(0, positions.getY(i) / 60);
      c.copy(b).lerp(a, Math.sqrt(t));
      colors.push(c.r, c.g, c.b);
    }
    geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
    const material = new MeshBasicMaterial({
      vertexColors: true,
      side: BackSide,
      fog: false,
      depthWrite: false,
    });
    this.materials.push(material);
    const mesh = new Mesh(geometry, material);
    mesh.renderOrder = -1;
    this.root.add(mesh);
  }

  ground(color: string, size = 80): void {
    const mesh = this.mesh(new PlaneGeometry(size, size), color);
    mesh.rotation.x = -Math.PI / 2;
  }

  /**
   * Folds the set's static single-colour meshes (direct children with a plain colour material)
   * into one vertex-coloured mesh: the same picture in one draw call instead of one per piece,
   * which is what a Quest 2 frame pays for. Animated pieces live in groups and are left alone.
   */
  mergeStatic(): void {
    const pieces = this.root.children.filter(
      (child): child is Mesh<BufferGeometry, MeshLambertMaterial> =>
        child instanceof Mesh &&
        !(child instanceof InstancedMesh) &&
        child.material instanceof MeshLambertMaterial &&
        !child.material.vertexColors &&
        child.material.side === FrontSide,
    );
    if (pieces.length < 2) return;
    const parts: Part[] = pieces.map((mesh) => {
      mesh.updateMatrix();
      mesh.removeFromParent();
      return {
        geometry: mesh.geometry.clone().applyMatrix4(mesh.matrix),
        color: `#${mesh.material.color.getHexString()}`,
      };
    });
    const merged = new Mesh(this.geo(mergeParts(parts)), this.vertexColors());
    merged.name = 'decor';
    this.root.add(merged);
    for (const mesh of pieces) mesh.geometry.dispose();
  }

  /** An indoor room around the visitor: floor, walls and ceiling in 4 draw calls. */
  room(w: number, h: number, d: number, floor: string, walls: string, ceiling: string): void {
    this.ground(floor, Math.max(w, d));
    const wallGeometry = this.geo(new BoxGeometry(w, h, d));
    const wallMaterial = new MeshLambertMaterial({ color: new Color(walls), side: BackSide });
    this.materials.push(wallMaterial);
    const box = new Mesh(wallGeometry, wallMaterial);
    box.position.set(0, h / 2, -d / 2 + 3);
    this.root.add(box);
    const ceil = this.mesh(new PlaneGeometry(w, d), ceiling, 0, h - 0.01, -d / 2 + 3);
    ceil.rotation.x = Math.PI / 2;
  }

  lights(sky: string, groundColor: string, intensity = 1.2): void {
    this.root.add(new HemisphereLight(new Color(sky), new Color(groundColor), intensity * 1.6));
    const sun = new DirectionalLight(0xffffff, intensity);
    sun.position.set(3, 6, 2);
    this.root.add(sun);
  }

  dispose(): void {
    for (const g of this.geometries) g.dispose();
    for (const m of this.materials) m.dispose();
    this.root.removeFromParent();
  }
}

type Builder = (kit: Kit) => ((dt: number, now: number) => void) | void;

/** Wind turbines: every mast and nacelle in one mesh, one mesh of three blades per rotor. */
function turbines(kit: Kit, places: [number, number][]): Group[] {
  const masts: Part[] = places.flatMap(([x, z]) => [
    {
      geometry: new CylinderGeometry(0.35, 0.6, 20, 8),
      color: '#eef1f3',
      position: [x, 10, z] as [number, number, number],
    },
    {
      geometry: new BoxGeometry(1, 1, 2.4),
      color: '#e6e9ec',
      position: [x, 20.3, z + 0.4] as [number, number, number],
    },
  ]);
  kit.root.add(new Mesh(kit.geo(mergeParts(masts)), kit.vertexColors()));
  return places.map(([x, z]) => {
    const rotor = new Group();
    rotor.position.set(x, 20.3, z + 1.7);
    const blades: Part[] = [0, 1, 2].map((i) => {
      const angle = (i * Math.PI * 2) / 3;
      return {
        geometry: new BoxGeometry(0.5, 9, 0.12),
        color: '#f7f8f9',
        position: [-Math.sin(angle) * 4.5, Math.cos(angle) * 4.5, 0] as [number, number, number],
        rotation: [0, 0, angle] as [number, number, number],
      };
    });
    rotor.add(new Mesh(kit.geo(mergeParts(blades)), kit.vertexColors()));
    kit.root.add(rotor);
    return rotor;
  });
}

function trees(kit: Kit, items: [number, number, number, number, number][], leaf = '#3f7a3a'): void {
  kit.instances(new CylinderGeometry(0.12, 0.18, 1.6, 6).translate(0, 0.8, 0), '#6b4a2f', items);
  kit.instances(new ConeGeometry(1, 2.6, 7).translate(0, 2.6, 0), leaf, items);
}

function ring(
  count: number,
  radius: number,
  y: number,
  jitter: number,
  seed: number,
): [number, number, number, number, number][] {
  const items: [number, number, number, number, number][] = [];
  let s = seed;
  const rand = () => (s = (s * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < count; i++) {
    const angle = (i / count) * Math.PI * 2 + rand() * 0.3;
    const r = radius + (rand() - 0.5) * jitter;
    items.push([Math.cos(angle) * r, y, Math.sin(angle) * r, 0.7 + rand() * 0.7, rand() * Math.PI]);
  }
  return items;
}

const BUILDERS: Record<EnvironmentPreset, Builder> = {
  eolien(kit) {
    kit.sky('#6fa8dc', '#dfeef7');
    kit.lights('#cfe6ff', '#7a8a4a');
    kit.ground('#7fa653');
    const rotors = turbines(kit, [
      [-6, -26],
      [12, -40],
      [-22, -45],
    ]);
    kit.box(2.5, 2.4, 2, '#d0d4d8', 3.5, 0, -5);
    trees(kit, ring(10, 30, 0, 8, 7));
    return (dt) => {
      for (const r of rotors) r.rotation.z += dt * 0.6;
    };
  },
  nacelle(kit) {
    kit.sky('#5d97cf', '#e8f1f8');
    kit.lights('#ffffff', '#9aa3ad');
    kit.room(4, 2.6, 7, '#8a9099', '#dfe3e6', '#c9ced3');
    kit.mesh(new CylinderGeometry(0.7, 0.7, 3, 12).rotateX(Math.PI / 2), '#5a6470', 0.9, 0.9, -2.5);
    kit.box(1, 1.2, 1.4, '#2f6fa8', -1.3, 0, -2.8);
    kit.box(0.4, 1.8, 0.3, '#f3c614', 1.6, 0, 0.6);
    kit.box(3.6, 0.05, 0.1, '#f3c614', 0, 1.1, -4.2);
  },
  toiture(kit) {
    kit.sky('#7ab0e0', '#eef5fb');
    kit.lights('#ffffff', '#8c6b55');
    kit.ground('#8c8f94');
    const roof = kit.mesh(new BoxGeometry(12, 0.2, 10), '#9c4a32', 0, -0.1, -3);
    roof.rotation.x = 0.02;
    kit.instances(new BoxGeometry(1, 0.05, 1.7), '#1d2a4d', [
      [-3, 0.05, -3, 1, 0],
      [-1.8, 0.05, -3, 1, 0],
      [-0.6, 0.05, -3, 1, 0],
      [0.6, 0.05, -3, 1, 0],
      [-3, 0.05, -5, 1, 0],
      [-1.8, 0.05, -5, 1, 0],
      [-0.6, 0.05, -5, 1, 0],
      [0.6, 0.05, -5, 1, 0],
    ]);
    kit.box(0.05, 1.1, 10, '#f3c614', 5.5, 0, -3);
    kit.instances(new BoxGeometry(6, 8, 6), '#c8b8a0', [
      [-12, -8, -20, 1, 0],
      [10, -8, -24, 1, 0.3],
      [20, -8, -8, 1, 0.1],
    ]);
  },
  chantier(kit) {
    kit.sky('#8fb6d9', '#f0ece2');
    kit.lights('#fff4e0', '#8a7a5a');
    kit.ground('#9b8a6c');
    kit.box(6, 3, 0.3, '#d9d2c4', -2, 0, -7);
    kit.box(0.3, 3, 5, '#d9d2c4', -5, 0, -4.5);
    kit.instances(new BoxGeometry(1.2, 0.15, 0.8), '#c79a5b', [
      [2.5, 0, -3, 1, 0],
      [2.5, 0.15, -3, 1, 0.1],
      [2.5, 0.3, -3, 1, 0],
    ]);
    kit.instances(new ConeGeometry(0.15, 0.5, 8).translate(0, 0.25, 0), '#f26b1d', [
      [1, 0, -2, 1, 0],
      [1.8, 0, -2.2, 1, 0],
      [-1, 0, -2.5, 1, 0],
    ]);
    kit.box(0.3, 8, 0.3, '#f3c614', 8, 0, -14);
    kit.box(10, 0.3, 0.3, '#f3c614', 5, 8, -14);
  },
  atelier(kit) {
    kit.lights('#fff6e8', '#6d665c');
    kit.room(10, 4, 12, '#6e7177', '#c9c4ba', '#a8a49c');
    kit.box(2.4, 0.9, 0.8, '#8a5a35', -2.2, 0, -3.2);
    kit.box(2.4, 0.9, 0.8, '#8a5a35', 2.2, 0, -3.2);
    kit.box(3, 2, 0.2, '#55606b', 0, 0, -7.8);
    kit.instances(new BoxGeometry(0.5, 0.5, 0.5), '#2f6fa8', [
      [-4, 0.25, -5, 1, 0.2],
      [-4, 0.75, -5, 1, 0.5],
      [4, 0.25, -6, 1, 0],
    ]);
  },
  bureau(kit) {
    kit.lights('#ffffff', '#7b7b7b');
    kit.room(8, 2.8, 9, '#b8a58a', '#eceae4', '#f6f6f4');
    kit.box(1.6, 0.75, 0.8, '#d8c6a2', 1.5, 0, -2.5);
    kit.box(0.6, 0.4, 0.05, '#1b1f24', 1.5, 0.75, -2.75);
    kit.box(2.4, 1.6, 0.05, '#8ec5e8', -1.5, 0.9, -5.45);
    kit.instances(new BoxGeometry(0.5, 0.45, 0.5), '#2f4858', [
      [0.6, 0, -2, 1, 0],
      [2.4, 0, -2, 1, 0],
    ]);
    kit.instances(new SphereGeometry(0.3, 8, 6), '#3f7a3a', [[-3.2, 0.9, -4.8, 1, 0]]);
    kit.box(0.35, 0.6, 0.35, '#a0522d', -3.2, 0, -4.8);
  },
  'centre-tri'(kit) {
    kit.lights('#fffbe8', '#5f6a72');
    kit.room(14, 6, 16, '#5a6168', '#a9b3ba', '#8d969d');
    const belt = kit.box(1.2, 0.9, 10, '#30363c', 2, 0, -6);
    belt.rotation.y = 0.1;
    kit.instances(new BoxGeometry(0.35, 0.25, 0.3), '#c8a064', [
      [2, 0.95, -2, 1, 0.3],
      [2.1, 0.95, -4, 1, 1],
      [2.2, 0.95, -6.5, 1, 2],
      [2.3, 0.95, -9, 1, 0.5],
    ]);
    kit.instances(new BoxGeometry(1.4, 1.2, 1.4), '#2f7d4a', [
      [-3, 0, -5, 1, 0],
      [-3, 0, -7, 1, 0],
    ]);
    kit.box(1.4, 1.2, 1.4, '#f3c614', -3, 0, -9);
    kit.box(1.4, 1.2, 1.4, '#2f6fa8', -3, 0, -3);
  },
  ressourcerie(kit) {
    kit.lights('#fff3de', '#7a6a55');
    kit.room(10, 3.2, 11, '#a57c52', '#efe4cf', '#f4eee2');
    kit.instances(new BoxGeometry(2.4, 2, 0.5), '#8d6e4c', [
      [-3.5, 1, -5, 1, 0],
      [0, 1, -6.5, 1, 0],
      [3.5, 1, -5, 1, 0],
    ]);
    kit.instances(new BoxGeometry(0.4, 0.3, 0.3), '#d1573f', [
      [-3.6, 1.9, -4.9, 1, 0],
      [0.2, 1.9, -6.4, 1, 0.4],
    ]);
    kit.instances(new SphereGeometry(0.18, 8, 6), '#3b8a7a', [
      [3.4, 1.9, -4.9, 1, 0],
      [-0.5, 1.9, -6.4, 1, 0],
    ]);
    kit.box(1.4, 0.9, 0.6, '#c99a5b', 1.6, 0, -2.2);
  },
  rue(kit) {
    kit.sky('#8ab8e0', '#f2efe8');
    kit.lights('#ffffff', '#777777');
    kit.ground('#6d7075');
    kit.box(40, 0.15, 3, '#b9b4aa', 0, 0, -4);
    kit.instances(new BoxGeometry(5, 1, 5).translate(0, 0.5, 0), '#d8c9ae', [
      [-8, 0, -9, 12, 0],
      [0, 0, -9, 9, 0],
      [8, 0, -9, 14, 0],
    ]);
    kit.instances(new BoxGeometry(0.6, 1.1, 0.6).translate(0, 0.55, 0), '#2f7d4a', [
      [2, 0.15, -3.5, 1, 0],
      [2.8, 0.15, -3.5, 1, 0],
    ]);
    kit.box(0.6, 1.1, 0.6, '#f3c614', 3.6, 0.15, -3.5);
    trees(kit, [
      [-4, 0.15, -3.2, 0.8, 0],
      [6, 0.15, -3.2, 0.8, 1],
    ]);
  },
  dechetterie(kit) {
    kit.sky('#9cc0de', '#eef0ea');
    kit.lights('#ffffff', '#7d7a70');
    kit.ground('#8a8a86');
    kit.box(30, 1.2, 4, '#b0aba0', 0, 0, -9);
    kit.instances(new BoxGeometry(5, 1.8, 2.4).translate(0, 0.9, 0), '#2f6f8f', [
      [-8, -1.3, -6, 1, 0],
      [0, -1.3, -6, 1, 0],
      [8, -1.3, -6, 1, 0],
    ]);
    kit.box(4, 0.9, 0.1, '#f3c614', 0, 1.2, -7.1);
    kit.box(3, 2.6, 3, '#e4e0d6', -6, 0, -1.5);
  },
  methaniseur(kit) {
    kit.sky('#88b4d8', '#eef3e6');
    kit.lights('#ffffff', '#6f7a4a');
    kit.ground('#79a050');
    kit.mesh(new CylinderGeometry(5, 5, 4, 20), '#7e8b6e', -4, 2, -14);
    kit.mesh(new SphereGeometry(5, 20, 8, 0, Math.PI * 2, 0, Math.PI / 2), '#2f5d3a', -4, 4, -14);
    kit.mesh(new CylinderGeometry(3.5, 3.5, 3, 16), '#7e8b6e', 7, 1.5, -12);
    kit.mesh(new SphereGeometry(3.5, 16, 6, 0, Math.PI * 2, 0, Math.PI / 2), '#2f5d3a', 7, 3, -12);
    kit.box(3, 2.5, 2, '#d8d2c4', 3, 0, -4.5);
    kit.mesh(new CylinderGeometry(0.12, 0.12, 6, 8).rotateZ(Math.PI / 2), '#b0b8bf', 1.5, 1.2, -10);
  },
  foret(kit) {
    kit.sky('#7fb0d6', '#e4efe0');
    kit.lights('#fff8e0', '#4d6b3a');
    kit.ground('#5d7f3f');
    trees(kit, ring(28, 12, 0, 10, 3), '#2f6a34');
    trees(
      kit,
      ring(14, 5.5, 0, 2, 11).filter(([x, , z]) => !(z < -1 && Math.abs(x) < 2.5)),
      '#3c7f3c',
    );
    kit.mesh(new CylinderGeometry(0.3, 0.35, 3.5, 8).rotateZ(Math.PI / 2), '#6b4a2f', 2, 0.3, -3);
  },
};

/** Builds a preset; an unknown or missing preset gives a neutral room. */
export function createEnvironment(preset: string | undefined): Environment {
  const kit = new Kit();
  const known = (ENVIRONMENT_PRESETS as readonly string[]).includes(preset ?? '')
    ? (preset as EnvironmentPreset)
    : null;
  let update: (dt: number, now: number) => void = () => {};
  if (known) {
    update = BUILDERS[known](kit) ?? update;
  } else {
    kit.lights('#ffffff', '#888888');
    kit.room(8, 3, 8, '#9aa0a6', '#e9e7e2', '#f4f3ef');
  }
  kit.mergeStatic();
  kit.root.name = `environnement:${known ?? 'neutre'}`;
  return { root: kit.root, preset: known ?? 'neutre', update, dispose: () => kit.dispose() };
}
