// On the roof (installateur-photovoltaique): a red canal-tile roof rising beside the visitor with
// rows of solar panels on their rails, the scaffold's walkway underfoot, the hills and
// Sainte-Victoire beyond the neighbours' roofs.
import { BoxGeometry, CylinderGeometry, PlaneGeometry } from 'three';
import { type Kit } from './kit.js';
import { forest, house, mountain } from './props.js';

/** Slope of the roof (radians): a Provençal roof is gentle. */
const PITCH = 0.3;

/** A sheet of canal tiles (ridges running down the slope), `w` wide and `l` long. */
function tiles(w: number, l: number): PlaneGeometry {
  const geometry = new PlaneGeometry(w, l, Math.round(w / 0.1), Math.round(l / 0.4));
  const positions = geometry.attributes.position;
  for (let i = 0; i < positions.count; i++) {
    const x = positions.getX(i);
    const y = positions.getY(i);
    // Rounded channels every 0.2 m, and a small step at each course.
    const channel = Math.abs(Math.sin((x / 0.2) * Math.PI)) * 0.05;
    const course = ((y % 0.4) + 0.4) % 0.4 < 0.05 ? 0.012 : 0;
    positions.setZ(i, channel + course);
  }
  geometry.computeVertexNormals();
  return geometry;
}

export function toiture(kit: Kit): void {
  kit.sky('#4f8fd6', '#e6eef4', '#c5c9b8');
  kit.fog('#e3e8e6', 40, 200);
  kit.lights('#ffffff', '#9b7a5c', 1.35, [4, 8, 3], '#fff5e0');
  // The street and gardens 6 m below, neighbours' houses, the hills.
  const drop = -6;
  kit.terrain('#7f8f55', '#8f9b63', 300, 30, 20, 4, drop);
  kit.add(new BoxGeometry(60, 0.1, 6), '#6f7176', [0, drop + 0.05, 9]);
  house(kit, -14, -14, 9, 8, 5.5, '#efe1c8', '#b55a33', 0.2, drop);
  house(kit, 16, -22, 10, 8, 5.8, '#f0d9b5', '#a9512f', -0.3, drop);
  house(kit, -26, 6, 8, 8, 5.5, '#e9d4b6', '#b0532f', 0.8, drop);
  house(kit, 22, 4, 9, 7, 5.5, '#f2e6d0', '#b85c35', 1.2, drop);
  forest(kit, 24, 40, 20, 9, '#5e7d3f', false, drop);
  // Sainte-Victoire: a long pale limestone ridge.
  mountain(kit, -30, -190, 70, 42, '#c9c4b4', 1);
  mountain(kit, 20, -200, 60, 34, '#c4bfae', 4);
  // This house under the visitor: walls down to the garden, the eave along the walkway.
  kit.add(new BoxGeometry(12, 6, 10), '#efe3cc', [4.5, drop / 2 - 0.2, -3], undefined, undefined, 0.03);
  // Walkway (scaffold deck) the visitor stands on, guard rail on the street side.
  kit.add(new BoxGeometry(2.4, 0.06, 12), '#a67c4e', [-1.2, -0.03, -3], undefined, undefined, 0.1);
  for (const y of [0.5, 1]) {
    kit.add(new CylinderGeometry(0.025, 0.025, 12, 6).rotateX(Math.PI / 2), '#c9ced3', [-2.45, y, -3]);
  }
  for (let i = 0; i < 6; i++)
    kit.add(new CylinderGeometry(0.03, 0.03, 7.2, 6), '#b8bec4', [-2.45, drop / 2 + 1, 2.6 - i * 2.2]);
  // The roof rises to the right of the walkway.
  const width = 10;
  const length = 8;
  const rise = Math.sin(PITCH) * length;
  kit.add(
    tiles(width, length)
      .rotateX(-Math.PI / 2)
      .rotateY(-Math.PI / 2)
      .rotateZ(PITCH),
    '#b4552f',
    [0.05 + (Math.cos(PITCH) * length) / 2, rise / 2, -3],
    undefined,
    undefined,
    0.12,
  );
  // Panels: three rows of six on rails, a last one waiting on the walkway.
  for (let row = 0; row < 3; row++) {
    const along = 1.6 + row * 1.95;
    const x = Math.cos(PITCH) * along + 0.1;
    const y = Math.sin(PITCH) * along + 0.14;
    kit.add(new BoxGeometry(0.05, 0.05, 7.4).rotateZ(PITCH), '#9aa1a7', [x - 0.5, y - 0.1, -3.2]);
    kit.add(new BoxGeometry(0.05, 0.05, 7.4).rotateZ(PITCH), '#9aa1a7', [x + 0.5, y + 0.18, -3.2]);
    for (let i = 0; i < (row === 2 ? 4 : 6); i++) {
      const z = -0.1 - i * 1.08;
      kit.add(new BoxGeometry(1.7, 0.04, 1.02).rotateZ(PITCH), '#c5cbd0', [x, y + 0.02, z]);
      kit.add(
        new BoxGeometry(1.62, 0.03, 0.96).rotateZ(PITCH),
        '#1c2c52',
        [x, y + 0.04, z],
        undefined,
        undefined,
        0.08,
      );
    }
  }
  kit.add(new BoxGeometry(1.02, 0.04, 1.7), '#1c2c52', [-1.4, 0.02, -6.5], undefined, undefined, 0.08);
  kit.add(new BoxGeometry(0.5, 0.4, 0.4), '#3a3f44', [-1.8, 0, -5.5]);
}
