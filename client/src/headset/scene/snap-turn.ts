// Snap turn with the right thumbstick: 30° steps around the visitor's head (smooth turning makes
// many first-time visitors sick). Returns a frame system that does not allocate.
import { Vector3, type Group, type PerspectiveCamera, type WebXRManager } from 'three';
import type { System } from './stage.js';

const STEP = Math.PI / 6;
const UP = new Vector3(0, 1, 0);
const head = new Vector3();

export function snapTurnSystem(xr: WebXRManager, rig: Group, camera: PerspectiveCamera): System {
  let armed = true;
  return () => {
    const session = xr.getSession();
    if (!session) return;
    const sources = session.inputSources;
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i];
      if (source.handedness !== 'right' || !source.gamepad) continue;
      const x = source.gamepad.axes[2] ?? 0;
      if (Math.abs(x) < 0.3) armed = true;
      else if (armed && Math.abs(x) > 0.7) {
        armed = false;
        const angle = x > 0 ? -STEP : STEP;
        camera.getWorldPosition(head);
        rig.position.sub(head).applyAxisAngle(UP, angle).add(head);
        rig.rotation.y += angle;
      }
    }
  };
}
