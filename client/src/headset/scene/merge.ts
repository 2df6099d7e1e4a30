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
    for (let i = 0; i < count; i++) {
      colors[i * 3] = color.r;
      colors[i * 3 + 1] = color.g;
      colors[i * 3 + 2] = color.b;
    }
    geometry.setAttribute('color', new Float32BufferAttribute(colors, 3));
    return geometry;
  });
  const merged = mergeGeometries(baked, false);
  for (const g of baked) g.dispose();
  if (!merged) throw new Error('Fusion de géométries impossible');
  return merged;
}
