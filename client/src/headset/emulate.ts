// Development and test hook (`?emulate=quest3`): installs the IWER WebXR emulator and exposes a
// small driver on `window.__eclore`. Loaded with `import()` only, so the ~1.6 MB emulator never
// reaches the production first load.
import { metaQuest2, metaQuest3, XRDevice } from 'iwer';
import { Matrix4, Quaternion, Vector3, type Object3D } from 'three';
import type { HeadsetApp } from './journey/app.js';
import { isBusy } from './journey/state.js';
import type { EcloreTestDriver } from './test-driver.js';

export type { EcloreTestDriver };

let device: XRDevice | null = null;

/** The headsets of the centre's fleet: Quest 2 (the oldest, the frame budget of DESIGN §7) and Quest 3. */
const EMULATED: Record<string, typeof metaQuest3> = { quest2: metaQuest2, quest3: metaQuest3 };

export function installEmulator(kind: string): void {
  const config = EMULATED[kind];
  if (!config) throw new Error(`Émulateur inconnu\u00a0: ${kind} (quest2 ou quest3)`);
  device = new XRDevice(config);
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
      // Controller poses are in the XR origin's space: the origin moves (snap turn, height calibration).
      app.stage.rig.worldToLocal(mesh.getWorldPosition(target));
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
    charactersOnScreen() {
      const roots = app.currentScene?.characterRoots() ?? [];
      const { camera, renderer } = app.stage;
      const box = renderer.domElement.getBoundingClientRect();
      const at = (root: Object3D, height: number) => {
        const p = root.localToWorld(new Vector3(0, height, 0)).project(camera);
        return box.top + ((1 - p.y) / 2) * box.height;
      };
      return roots.map((root) => ({ head: at(root, 1.72), chest: at(root, 1.25) }));
    },
    followUpCode: () => app.session?.followUpCode ?? null,
    subtitle: () => app.dialogueUi.currentLine,
    choicesEmphasized: () => app.dialogueUi.emphasized,
    reset: () => app.reset(),
    async showMedia(mediaId) {
      const scene = app.currentScene;
      if (!scene) return false;
      await scene.showMedia(mediaId);
      // Two frames: the new scene is drawn once the fade has cleared.
      await app.stage.xr.requestFrame();
      await app.stage.xr.requestFrame();
      return true;
    },
    squeeze(pressed) {
      device?.controllers.right?.updateButtonValue('squeeze', pressed ? 1 : 0);
    },
    voice() {
      const playing = app.voiceOut?.playing ?? null;
      let jaw = 0;
      app.stage.scene.traverse((object) => {
        if (object.name === 'machoire') jaw = Math.max(jaw, object.rotation.x);
      });
      return {
        lastKey: app.voiceOut?.lastKey ?? null,
        via: app.voiceOut?.lastVia ?? null,
        playing: playing !== null,
        level: playing?.level() ?? null,
        jaw,
      };
    },
    backdrop() {
      const scene = app.currentScene;
      if (!scene) return null;
      const { backdrop } = scene;
      return {
        preset: scene.preset,
        kind: !backdrop.visible ? null : backdrop.video ? 'video360' : 'photo360',
        videoPath: backdrop.videoPath,
        videoTime: backdrop.video?.currentTime ?? null,
        texture: backdrop.textureSize,
      };
    },
    async viewColours() {
      // Resolved right after the frame is rendered, in the same task: the drawing buffer holds it.
      await app.stage.xr.requestFrame();
      const copy = document.createElement('canvas');
      copy.width = 160;
      copy.height = 90;
      const context = copy.getContext('2d')!;
      context.drawImage(app.stage.renderer.domElement, 0, 0, 160, 90);
      const { data } = context.getImageData(0, 0, 160, 90);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4)
        colours.add(((data[i] >> 3) << 10) | ((data[i + 1] >> 3) << 5) | (data[i + 2] >> 3));
      return colours.size;
    },
    fade() {
      const fade = app.currentScene?.fade;
      return fade ? { opacity: fade.opacity, blackouts: fade.blackouts } : null;
    },
    clippedText: () => app.dialogueUi.clippedPanels,
    choose: (index) => app.choose(index, 'pointer'),
    skipLine: () => app.skipLine(),
    nextAnswerPage: () => app.dialogueUi.turnPage(1),
    visibleButtons: () => app.dialogueUi.visibleButtons,
    answerPage: () => app.dialogueUi.answerPage,
    journey: () => ({
      screen: app.state.screen,
      talk: app.state.talk,
      speaking: app.state.speaking,
      busy: isBusy(app.state),
    }),
    async calibrateHeight(posture) {
      app.stage.calibrateHeight(posture);
      await app.stage.xr.requestFrame();
      await app.stage.xr.requestFrame();
      return app.stage.headPosition.y;
    },
  };
  (window as unknown as { __eclore: EcloreTestDriver }).__eclore = driver;
}
