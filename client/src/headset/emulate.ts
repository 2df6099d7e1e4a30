// Development and test hook (`?emulate=quest3`): installs the IWER WebXR emulator and exposes a
// small driver on `window.__eclore`. Loaded with `import()` only, so the ~1.6 MB emulator never
// reaches the production first load.
import { metaQuest3, XRDevice } from 'iwer';
import { Matrix4, Quaternion, Vector3, type Object3D } from 'three';
import type { HeadsetApp } from './main.js';
import type { EcloreTestDriver } from './test-driver.js';

export type { EcloreTestDriver };

let device: XRDevice | null = null;

export function installEmulator(kind: string): void {
  if (kind !== 'quest3') throw new Error(`Émulateur inconnu : ${kind}`);
  device = new XRDevice(metaQuest3);
  device.installRuntime({ forceInstall: true });
}

const eye = new Vector3();
const target = new Vector3();
const up = new Vector3(0, 1, 0);
const matrix = new Matrix4();
const rotation = new Quaternion();

export function exposeForTests(app: HeadsetApp): void {
  const find = (name: string): Object3D | undefined => app.stage.scene.getObjectByName(name);
  const driver: EcloreTestDriver = {
    screen: () => app.screen,
    step: () => app.session?.step ?? 0,
    choiceCount: () => app.dialogueUi.visibleChoiceCount,
    canSkip: () => app.dialogueUi.canSkip,
    card: () => app.dialogueUi.currentCard,
    presenting: () => app.stage.isPresenting(),
    aimRightController(meshName) {
      const mesh = find(meshName);
      if (!device || !mesh || !mesh.visible || !mesh.parent?.visible) return false;
      const controller = device.controllers.right;
      if (!controller) return false;
      mesh.getWorldPosition(target);
      eye.set(0.2, 1.3, -0.2);
      controller.position.set(eye.x, eye.y, eye.z);
      // Matrix4.lookAt aims -Z (a controller's pointing direction) from `eye` towards `target`.
      matrix.lookAt(eye, target, up);
      rotation.setFromRotationMatrix(matrix);
      controller.quaternion.set(rotation.x, rotation.y, rotation.z, rotation.w);
      return true;
    },
    async pressTrigger() {
      const controller = device?.controllers.right;
      if (!controller) return;
      // Hold for one XR frame whatever the frame time: a click is a release within 300 ms.
      controller.updateButtonValue('trigger', 1);
      await app.stage.xr.requestFrame();
      controller.updateButtonValue('trigger', 0);
      await app.stage.xr.requestFrame();
      await app.stage.xr.requestFrame();
    },
    async flickThumbstick(x) {
      const controller = device?.controllers.right;
      if (!controller) return;
      controller.updateAxes('thumbstick', x, 0);
      await app.stage.xr.requestFrame();
      await app.stage.xr.requestFrame();
      controller.updateAxes('thumbstick', 0, 0);
      await app.stage.xr.requestFrame();
      await app.stage.xr.requestFrame();
    },
    originYawDegrees: () => Math.round((app.stage.rig.rotation.y * 180) / Math.PI),
    hovered: () => app.dialogueUi.hoveredName,
    async frameMs() {
      const start = performance.now();
      for (let i = 0; i < 10; i++) await app.stage.xr.requestFrame();
      return (performance.now() - start) / 10;
    },
    renderInfo() {
      const info = app.stage.renderer.info;
      return {
        calls: info.render.calls,
        triangles: info.render.triangles,
        geometries: info.memory.geometries,
        textures: info.memory.textures,
      };
    },
    followUpCode: () => app.session?.followUpCode ?? null,
    subtitle: () => app.dialogueUi.currentLine,
    squeeze(pressed) {
      device?.controllers.right?.updateButtonValue('squeeze', pressed ? 1 : 0);
    },
  };
  (window as unknown as { __eclore: EcloreTestDriver }).__eclore = driver;
}
