// Fewer draw calls: parts that never move relative to each other become one vertex-coloured mesh.
import {
  type BufferGeometry,
  Color,
  Float32BufferAttribute,
  Matrix4,
  Euler,
  Quaternion,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

export interface Part {
  geometry: BufferGeometry;
  color: string;
  position?: [number, number, number];
  rotation?: [number, number, number];
  scale?: [number, number, number];
  /**
   * Per-vertex brightness variation (0..1), hashed from the vertex position so that shared corners
   * agree: soil, grass and wood read as textured without a texture.
   */
  vary?: number;
}

/** A stable pseudo-random value in [0, 1) for a point (the same point always gives the same value). */
export function hash3(x: number, y: number, z: number): number {
  const h = Math.sin(x * 127.1 + y * 311.7 + z * 74.7) * 43758.5453;
  return h - Math.floor(h);
}

const matrix = new Matrix4();
const quaternion = new Quaternion();
const euler = new Euler();
const position = new Vector3();
const scale = new Vector3();
const color = new Color();

/** Bakes each part's transform and colour, then merges them; the parts' geometries are disposed. */
export function mergeParts(parts: Part[]): BufferGeometry {
  const baked = parts.map((part) => {
    const geometry = part.geometry.index ? part.geometry.toNonIndexed() : part.geometry.clone();
    part.geometry.dispose();
    geometry.deleteAttribute('uv');
    matrix.compose(
      position.set(...(part.position ?? [0, 0, 0])),
      quaternion.setFromEuler(euler.set(...(part.rotation ?? [0, 0, 0]))),
      scale.set(...(part.scale ?? [1, 1, 1])),
    );
    geometry.applyMatrix4(matrix);
    color.set(part.color);
    const count = geometry.attributes.position.count;
    const colors = new Float32Array(count * 3);
    const vary = part.vary ?? 0;
    const positions = geometry.attributes.position;
    for (let i = 0; i < count; i++) {
      const k =
        vary === 0 ? 1 : 1 + vary * (hash3(positions.getX(i), positions.getY(i), positions.getZ(i)) * 2 - 1);
      colors[i * 3] = Math.min(1, color.r * k);
      colors[i * 3 + 1] = Math.min(1, color.g * k);
      colors[i * 3 + 2] = Math.min(1, color.b * k);
    }
    geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
    return geometry;
  });
  const merged = mergeGeometries(baked, false);
  for (const g of baked) g.dispose();
  if (!merged) throw new Error('Fusion de géométries impossible');
  return merged;
}
