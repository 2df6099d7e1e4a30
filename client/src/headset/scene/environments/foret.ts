// A forest clearing: no scenario uses it yet; kept for authors (narratives/README.md).
import { CylinderGeometry } from 'three';
import { type Kit } from './kit.js';
import { forest } from './props.js';

export function foret(kit: Kit): void {
  kit.sky('#6fa6d6', '#e4efe0');
  kit.fog('#d9e6d6', 12, 70);
  kit.lights('#fff8e0', '#4d6b3a', 1.2);
  kit.terrain('#5d7f3f', '#4f7a3a', 200, 8, 10, 3);
  forest(kit, 30, 14, 10, 3, '#2f6a34', true);
  forest(kit, 16, 7, 3, 11, '#3c7f3c');
  kit.add(new CylinderGeometry(0.3, 0.35, 3.5, 8).rotateZ(Math.PI / 2), '#6b4a2f', [2, 0.3, -3]);
}
