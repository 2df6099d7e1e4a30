// The three.js stage: renderer, camera rig, the XR store and one ordered list of per-frame systems.
import { PerspectiveCamera, Group, Scene, WebGLRenderer, Color, Fog, Vector3 } from 'three';
import { createXRStore } from '@pmndrs/xr';
import { originHeightFor, type Posture } from './calibration.js';
import { viewShiftFor } from './framing.js';

/** A per-frame step. `dt` in seconds, `now` in milliseconds. Must not allocate. */
export type System = (dt: number, now: number) => void;

export type XRStore = ReturnType<typeof createXRStore>;

export interface Stage {
  renderer: WebGLRenderer;
  scene: Scene;
  camera: PerspectiveCamera;
  /** Parent of the camera: the XR origin, moved for snap turns and height calibration. */
  rig: Group;
  xr: XRStore;
  systems: System[];
  /** World position of the visitor's eyes, updated before the systems run. */
  readonly headPosition: Vector3;
  isPresenting(): boolean;
  /** Seated by default; `calibrateHeight` changes it. */
  readonly posture: Posture;
  /**
   * Moves the XR origin up or down so the visitor's eyes are at the posture's eye height, whatever
   * their real height (done at every session start; on demand for « Recalibrer la hauteur »).
   * Applied at the next tracked frame; outside VR it only records the posture.
   */
  calibrateHeight(posture?: Posture): void;
  dispose(): void;
}

export const EYE_HEIGHT_2D = 1.6;

/** In 2D the camera frames the characters' faces and chests (they stand about 2 m away). */
const LOOK_2D = { x: 0, y: 1.42, z: -1.8 };

/** The 2D dialogue panel: the picture is framed in the part of the canvas it leaves visible. */
const DIALOGUE_PANEL = '#ecran-jeu .dialogue';

/** True when WebGL runs in software (SwiftShader, llvmpipe): a PC without a usable GPU. */
function softwareRendering(): boolean {
  const probe = document.createElement('canvas').getContext('webgl2');
  if (!probe) return false;
  const info = probe.getExtension('WEBGL_debug_renderer_info');
  const name = String(
    info ? probe.getParameter(info.UNMASKED_RENDERER_WEBGL) : probe.getParameter(probe.RENDERER),
  );
  probe.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|software/i.test(name);
}

export function createStage(canvas: HTMLCanvasElement): Stage {
  const software = softwareRendering();
  // In software, antialiasing and full resolution cost more than the picture gains.
  const renderer = new WebGLRenderer({ canvas, antialias: !software, powerPreference: 'high-performance' });
  const maxPixelRatio = Math.min(window.devicePixelRatio, 2);
  let pixelScale = software ? 0.5 : 1;
  renderer.setPixelRatio(maxPixelRatio * pixelScale);
  renderer.setSize(canvas.clientWidth || window.innerWidth, canvas.clientHeight || window.innerHeight, false);
  renderer.xr.enabled = true;
  // Software WebGL (emulated headset on a PC without GPU): render VR views at half resolution.
  if (software) renderer.xr.setFramebufferScaleFactor(0.5);
  // On a Quest the frame budget matters more than a few extra pixels at the periphery.
  renderer.xr.setFoveation(1);

  const scene = new Scene();
  scene.background = new Color('#dfe9ef');
  scene.fog = new Fog('#dfe9ef', 30, 70);
  // Far enough for the mountains on the horizon of outdoor sets (fog hides the cut).
  const camera = new PerspectiveCamera(60, 1, 0.05, 400);
  const rig = new Group();
  rig.name = 'origine-xr';
  rig.add(camera);
  scene.add(rig);
  camera.position.set(0, EYE_HEIGHT_2D, 0);
  camera.lookAt(LOOK_2D.x, LOOK_2D.y, LOOK_2D.z);

  const xr = createXRStore(canvas, scene, () => camera, renderer.xr, {
    emulate: false,
    offerSession: false,
    // Controller and hand models come from a CDN: the kiosk may be offline, so rays only.
    // Visitors new to VR often hold the trigger: a press up to 1 s still counts as a click.
    controller: {
      model: false,
      grabPointer: false,
      teleportPointer: false,
      rayPointer: { clickThresholdMs: 1000 },
    },
    hand: {
      model: false,
      grabPointer: false,
      touchPointer: false,
      teleportPointer: false,
      rayPointer: { clickThresholdMs: 1000 },
    },
    frameRate: 'high',
    // Controller layouts are self-hosted (client/public/input-profiles): no CDN on a kiosk.
    baseAssetPath: new URL('/input-profiles/', location.href).href,
  });

  const systems: System[] = [];
  const headPosition = new Vector3();
  let posture: Posture = 'seated';
  // Frames to wait before calibrating: the camera holds the tracked pose only after one XR render.
  let calibrateIn = -1;
  let last = performance.now();
  let averageFrameMs = 16;
  let framesSinceScale = 0;

  let viewShift = 0;
  const resize = () => {
    if (renderer.xr.isPresenting) return;
    const width = canvas.clientWidth || window.innerWidth;
    const height = canvas.clientHeight || window.innerHeight;
    renderer.setSize(width, height, false);
    camera.aspect = width / Math.max(1, height);
    if (viewShift > 0) camera.setViewOffset(width, height, 0, viewShift, width, height);
    else camera.clearViewOffset();
    camera.updateProjectionMatrix();
  };
  // Re-framed when the panel appears, disappears or changes height (never per frame).
  const panel = document.querySelector<HTMLElement>(DIALOGUE_PANEL);
  const reframe = () => {
    const box = panel?.getBoundingClientRect();
    const shift = viewShiftFor(canvas.getBoundingClientRect(), box && box.height > 0 ? box : null);
    if (shift === viewShift) return;
    viewShift = shift;
    resize();
  };
  const panelObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(reframe) : null;
  if (panel) panelObserver?.observe(panel);
  resize();
  window.addEventListener('resize', resize);
  window.addEventListener('resize', reframe);

  renderer.setAnimationLoop((time: number, frame?: XRFrame) => {
    const dt = Math.min(0.1, Math.max(0, (time - last) / 1000));
    last = time;
    // 2D fallback on a slow PC: lower the resolution until a frame takes under ~40 ms.
    if (!renderer.xr.isPresenting && dt > 0) {
      averageFrameMs += (dt * 1000 - averageFrameMs) * 0.1;
      if (++framesSinceScale > 60 && averageFrameMs > 40 && pixelScale > 0.35) {
        framesSinceScale = 0;
        pixelScale *= 0.8;
        renderer.setPixelRatio(maxPixelRatio * pixelScale);
        resize();
      }
    }
    xr.update(frame, dt);
    if (calibrateIn >= 0 && frame && renderer.xr.isPresenting && calibrateIn-- === 0) {
      rig.position.y = originHeightFor(camera.position.y, posture);
    }
    camera.getWorldPosition(headPosition);
    for (let i = 0; i < systems.length; i++) systems[i](dt, time);
    renderer.render(scene, camera);
  });

  const unsubscribeStart = xr.subscribe((state, previous) => {
    if (state.session && !previous.session) {
      calibrateIn = 1;
      camera.clearViewOffset();
    }
  });
  const unsubscribeEnd = xr.onSessionEnd(() => {
    calibrateIn = -1;
    rig.position.y = 0;
    camera.position.set(0, EYE_HEIGHT_2D, 0);
    camera.quaternion.identity();
    camera.lookAt(LOOK_2D.x, LOOK_2D.y, LOOK_2D.z);
    resize();
  });

  return {
    renderer,
    scene,
    camera,
    rig,
    xr,
    systems,
    headPosition,
    isPresenting: () => renderer.xr.isPresenting,
    get posture() {
      return posture;
    },
    calibrateHeight(next = posture) {
      posture = next;
      calibrateIn = 0;
    },
    dispose() {
      renderer.setAnimationLoop(null);
      window.removeEventListener('resize', resize);
      window.removeEventListener('resize', reframe);
      panelObserver?.disconnect();
      unsubscribeStart();
      unsubscribeEnd();
      xr.destroy();
      renderer.dispose();
    },
  };
}
