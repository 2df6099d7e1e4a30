// Props shared by several presets, built from static parts (see Kit.add): all of them end up in
// the set's single merged mesh unless they move.
import {
  BoxGeometry,
  ConeGeometry,
  CylinderGeometry,
  IcosahedronGeometry,
  LatheGeometry,
  SphereGeometry,
  Vector2,
} from 'three';
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js';
import { darken, type Kit, random, type Vec3 } from './kit.js';

export function rounded(w: number, h: number, d: number, radius = 0.05, segments = 2): RoundedBoxGeometry {
  return new RoundedBoxGeometry(w, h, d, segments, Math.min(radius, w / 2, h / 2, d / 2));
}

/** A broadleaf tree (two leafy blobs) or, with `pine`, a conifer. */
export function tree(kit: Kit, x: number, z: number, size = 1, leaf = '#4f8a3c', pine = false, y = 0): void {
  kit.add(new CylinderGeometry(0.1 * size, 0.16 * size, 1.8 * size, 6), '#6b4a2f', [x, y + 0.9 * size, z]);
  if (pine) {
    kit.add(
      new ConeGeometry(0.9 * size, 2.2 * size, 8),
      leaf,
      [x, y + 2.2 * size, z],
      undefined,
      undefined,
      0.12,
    );
    kit.add(
      new ConeGeometry(0.65 * size, 1.6 * size, 8),
      leaf,
      [x, y + 3.1 * size, z],
      undefined,
      undefined,
      0.12,
    );
    return;
  }
  kit.add(
    new IcosahedronGeometry(1.05 * size, 1),
    leaf,
    [x, y + 2.4 * size, z],
    undefined,
    [1, 0.9, 1],
    0.15,
  );
  kit.add(
    new IcosahedronGeometry(0.7 * size, 1),
    darken(leaf, -0.15),
    [x + 0.5 * size, y + 3 * size, z + 0.2 * size],
    undefined,
    undefined,
    0.15,
  );
}

/** Trees scattered on a ring around the visitor, kept out of the view's centre by `clear`. */
export function forest(
  kit: Kit,
  count: number,
  radius: number,
  spread: number,
  seed: number,
  leaf: string,
  pine = false,
  base = 0,
): void {
  const rand = random(seed);
  for (let i = 0; i < count; i++) {
    const angle = (i / count) * Math.PI * 2 + rand() * 0.4;
    const r = radius + (rand() - 0.5) * spread;
    tree(kit, Math.cos(angle) * r, Math.sin(angle) * r, 0.8 + rand() * 0.8, leaf, pine, base);
  }
}

/** A house: walls, a two-sided tiled roof, windows, a door. `ry` turns it about Y. */
export function house(
  kit: Kit,
  x: number,
  z: number,
  w: number,
  d: number,
  h: number,
  wall: string,
  roof = '#b5532f',
  ry = 0,
  base = 0,
): void {
  const c = Math.cos(ry);
  const sn = Math.sin(ry);
  const at = (lx: number, y: number, lz: number): Vec3 => [
    x + lx * c + lz * sn,
    base + y,
    z - lx * sn + lz * c,
  ];
  kit.add(new BoxGeometry(w, h, d), wall, at(0, h / 2, 0), [0, ry, 0], undefined, 0.03);
  const rise = Math.min(w, d) * 0.3;
  // A prism: a 3-sided cylinder lying along the ridge.
  kit.add(
    new CylinderGeometry(1, 1, w + 0.4, 3).rotateZ(Math.PI / 2).rotateX(Math.PI / 6),
    roof,
    at(0, h + rise * 0.5, 0),
    [0, ry, 0],
    [1, rise * 1.1, (d / 2 + 0.3) / 0.87],
    0.08,
  );
  const floors = Math.max(1, Math.round(h / 3));
  for (let f = 0; f < floors; f++) {
    const y = f * (h / floors) + h / floors / 2;
    for (let i = 0; i < Math.max(1, Math.floor(w / 2.4)); i++) {
      const lx = -w / 2 + 1.2 + i * 2.4;
      if (lx > w / 2 - 0.6) break;
      if (f === 0 && i === 0) {
        kit.add(new BoxGeometry(0.9, 2, 0.06), '#6a4a33', at(lx, 1, d / 2 + 0.02), [0, ry, 0]);
        continue;
      }
      kit.add(new BoxGeometry(0.9, 1.1, 0.06), '#3f5666', at(lx, y + 0.2, d / 2 + 0.02), [0, ry, 0]);
      kit.add(new BoxGeometry(1.05, 0.08, 0.12), '#e8e4dc', at(lx, y - 0.38, d / 2 + 0.05), [0, ry, 0]);
    }
  }
}

/** A wheelie bin (body, lid, wheels) facing the visitor. */
export function bin(kit: Kit, x: number, z: number, lid: string, body = '#3b4045', ry = 0): void {
  kit.add(rounded(0.58, 0.95, 0.7, 0.05), body, [x, 0.5, z], [0, ry, 0]);
  kit.add(rounded(0.62, 0.06, 0.76, 0.02), lid, [x, 1, z], [0, ry, 0]);
  kit.add(
    new CylinderGeometry(0.1, 0.1, 0.62, 10).rotateZ(Math.PI / 2),
    '#1d1f22',
    [x, 0.1, z - 0.3],
    [0, ry, 0],
  );
}

/** A refuse collection truck (white cab and body, green stripe), its tail towards +x. */
export function garbageTruck(kit: Kit, x: number, z: number, ry = 0, lights = false): void {
  const c = Math.cos(ry);
  const sn = Math.sin(ry);
  const at = (lx: number, y: number, lz: number): Vec3 => [x + lx * c + lz * sn, y, z - lx * sn + lz * c];
  const r: Vec3 = [0, ry, 0];
  kit.add(rounded(2.2, 2.2, 2.4, 0.25, 3), '#f4f5f2', at(-3.1, 1.6, 0), r);
  kit.add(new BoxGeometry(0.05, 0.8, 2.1), '#2d3b47', at(-4.2, 2.1, 0), r);
  kit.add(rounded(5.2, 2.7, 2.45, 0.2, 3), '#f4f5f2', at(0.8, 1.95, 0), r);
  kit.add(new BoxGeometry(5.22, 0.35, 2.47), '#2f8a4a', at(0.8, 1.3, 0), r);
  kit.add(rounded(0.9, 2.3, 2.5, 0.3, 3), '#dfe2de', at(3.65, 1.7, 0), r);
  // Rear step the crew stands on, hi-vis chevrons.
  kit.add(new BoxGeometry(0.45, 0.08, 2.2), '#555b60', at(4.25, 0.6, 0), r);
  kit.add(new BoxGeometry(0.04, 0.5, 2.3), '#f06a1d', at(4.12, 1.05, 0), r);
  for (const lx of [-3.1, 0.1, 2.3]) {
    for (const side of [-1, 1]) {
      kit.add(
        new CylinderGeometry(0.48, 0.48, 0.35, 14).rotateX(Math.PI / 2),
        '#1e2124',
        at(lx, 0.48, side * 1.1),
        r,
      );
    }
  }
  if (lights) {
    kit.glow(new BoxGeometry(0.05, 0.2, 0.4), '#fff6c8', at(-4.22, 0.95, 0.8), r);
    kit.glow(new BoxGeometry(0.05, 0.2, 0.4), '#fff6c8', at(-4.22, 0.95, -0.8), r);
    kit.glow(new SphereGeometry(0.12, 8, 6), '#ff9a1a', at(-3.1, 2.75, 0), r);
  }
}

/** A scaffold along X from `x0` to `x1`, `levels` platforms, standing off a façade at `z`. */
export function scaffold(kit: Kit, x0: number, x1: number, z: number, levels: number, levelHeight = 2): void {
  const bays = Math.max(1, Math.round((x1 - x0) / 2.5));
  const bay = (x1 - x0) / bays;
  const top = levels * levelHeight + 1;
  for (let i = 0; i <= bays; i++) {
    for (const dz of [0, 0.8]) {
      kit.add(new CylinderGeometry(0.03, 0.03, top, 6), '#b8bec4', [x0 + i * bay, top / 2, z + dz]);
    }
  }
  for (let l = 1; l <= levels; l++) {
    const y = l * levelHeight;
    kit.add(
      new BoxGeometry(x1 - x0, 0.05, 0.75),
      '#a4784a',
      [(x0 + x1) / 2, y, z + 0.4],
      undefined,
      undefined,
      0.1,
    );
    kit.add(new BoxGeometry(x1 - x0, 0.15, 0.02), '#d9b43a', [(x0 + x1) / 2, y + 0.1, z + 0.8]);
    for (const dy of [0.5, 1]) {
      kit.add(new CylinderGeometry(0.025, 0.025, x1 - x0, 6).rotateZ(Math.PI / 2), '#c9ced3', [
        (x0 + x1) / 2,
        y + dy,
        z + 0.8,
      ]);
    }
  }
}

/** A tower crane: yellow mast, jib and counter-jib, a hook line. */
export function crane(kit: Kit, x: number, z: number, height: number, ry = 0): void {
  kit.add(new BoxGeometry(1.2, height, 1.2), '#e6b31e', [x, height / 2, z], undefined, undefined, 0.05);
  kit.add(new BoxGeometry(1.6, 1.4, 1.6), '#e6b31e', [x, height + 0.7, z]);
  const c = Math.cos(ry);
  const s = Math.sin(ry);
  kit.add(new BoxGeometry(24, 0.8, 0.8), '#e6b31e', [x + 8 * c, height + 1.8, z - 8 * s], [0, ry, 0]);
  kit.add(new BoxGeometry(2, 1.6, 1.4), '#7a7f85', [x - 5 * c, height + 1.2, z + 5 * s], [0, ry, 0]);
  kit.add(new CylinderGeometry(0.03, 0.03, height * 0.6, 4), '#333333', [
    x + 14 * c,
    height * 0.7 + 1.8,
    z - 14 * s,
  ]);
}

/** A lone mountain on the horizon. */
export function mountain(
  kit: Kit,
  x: number,
  z: number,
  radius: number,
  height: number,
  color: string,
  seed = 1,
): void {
  const profile: Vector2[] = [];
  for (let i = 0; i <= 8; i++) {
    const t = i / 8;
    profile.push(
      new Vector2(radius * (1 - t) * (1 + 0.15 * Math.sin(t * 9 + seed)), height * Math.pow(t, 0.8)),
    );
  }
  kit.add(new LatheGeometry(profile, 14), color, [x, -0.5, z], [0, seed, 0], [1, 1, 0.7], 0.12);
}

/** A row of metal crowd-control barriers (site fence) from (x0, z0) to (x1, z1). */
export function fence(kit: Kit, x0: number, z0: number, x1: number, z1: number): void {
  const length = Math.hypot(x1 - x0, z1 - z0);
  const ry = -Math.atan2(z1 - z0, x1 - x0);
  const panels = Math.max(1, Math.round(length / 3.5));
  for (let i = 0; i < panels; i++) {
    const t = (i + 0.5) / panels;
    const at: Vec3 = [x0 + (x1 - x0) * t, 1, z0 + (z1 - z0) * t];
    const w = length / panels - 0.1;
    // Frame, then a few wires standing in for the mesh: the site behind stays visible.
    for (const y of [0.1, 1.95])
      kit.add(new BoxGeometry(w, 0.04, 0.04), '#c9cfd4', [at[0], y, at[2]], [0, ry, 0]);
    for (let k = 0; k <= 8; k++) {
      const t = (k / 8 - 0.5) * w;
      const thick = k === 0 || k === 8 ? 0.04 : 0.012;
      kit.add(
        new BoxGeometry(thick, 1.9, thick),
        '#c9cfd4',
        [at[0] + t * Math.cos(ry), 1.02, at[2] - t * Math.sin(ry)],
        [0, ry, 0],
      );
    }
    kit.add(new BoxGeometry(0.5, 0.15, 0.3), '#3a3f44', [at[0], 0.07, at[2]], [0, ry, 0]);
  }
}
