// Page side of `scripts/make-sample-media.ts`: renders a procedural environment, seen from a seated
// visitor's eyes, to an equirectangular picture (JPEG) or a short looping clip (WebM). Tooling
// only: bundled by the script, never part of the app.
import {
  BoxGeometry,
  CanvasTexture,
  CubeCamera,
  HalfFloatType,
  InstancedMesh,
  Matrix4,
  Mesh,
  MeshLambertMaterial,
  OrthographicCamera,
  PlaneGeometry,
  Scene,
  ShaderMaterial,
  SRGBColorSpace,
  WebGLCubeRenderTarget,
  WebGLRenderer,
  type Texture,
} from 'three';
import { SEATED_EYE_HEIGHT } from '../headset/scene/calibration.js';
import { createEnvironment } from '../headset/scene/environments.js';

// Same mapping as the backdrop sphere: the picture's centre lies ahead (-Z), u grows to the right.
const EQUIRECT = new ShaderMaterial({
  uniforms: { cube: { value: null } },
  vertexShader: 'varying vec2 vUv; void main() { vUv = uv; gl_Position = vec4(position.xy, 0.0, 1.0); }',
  fragmentShader: `
    varying vec2 vUv;
    uniform samplerCube cube;
    void main() {
      float lon = vUv.x * 6.28318530718;
      float theta = (1.0 - vUv.y) * 3.14159265359;
      vec3 dir = vec3(-sin(lon) * sin(theta), cos(theta), cos(lon) * sin(theta));
      gl_FragColor = linearToOutputTexel(textureCube(cube, dir));
    }`,
});

/** Cardboard-like noise so bales and parcels read as matter, not flat colour. */
function noiseTexture(base: string, seed: number): Texture {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 128;
  const g = canvas.getContext('2d')!;
  g.fillStyle = base;
  g.fillRect(0, 0, 128, 128);
  let s = seed;
  const random = () => (s = (s * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 900; i++) {
    const light = random() < 0.5;
    g.fillStyle = light
      ? `rgba(255,255,255,${0.1 + random() * 0.35})`
      : `rgba(0,0,0,${0.1 + random() * 0.3})`;
    g.fillRect(random() * 128, random() * 128, 2 + random() * 14, 1 + random() * 4);
  }
  g.strokeStyle = 'rgba(40,40,40,0.8)';
  g.lineWidth = 2;
  for (const y of [32, 64, 96]) g.strokeRect(-2, y, 132, 1);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  return texture;
}

/** Stacks of compressed bales (the sorting centre's stock), around the visitor. */
function addBales(scene: Scene): void {
  const colours = ['#b08a5a', '#6f8fb0', '#c8c2b0', '#7a9a62'];
  colours.forEach((colour, k) => {
    const positions: [number, number, number][] = [];
    for (let row = 0; row < 6; row++)
      for (let level = 0; level < 3; level++) {
        const angle = (k / colours.length) * Math.PI * 2 + row * 0.17;
        const radius = 5.2 + (row % 2) * 1.3;
        positions.push([Math.sin(angle) * radius, 0.55 + level * 1.1, -Math.cos(angle) * radius]);
      }
    const mesh = new InstancedMesh(
      new BoxGeometry(1.2, 1.05, 1.0),
      new MeshLambertMaterial({ map: noiseTexture(colour, k + 7) }),
      positions.length,
    );
    const m = new Matrix4();
    positions.forEach(([x, y, z], i) => {
      m.makeRotationY(Math.atan2(x, z));
      m.setPosition(x, y, z);
      mesh.setMatrixAt(i, m);
    });
    scene.add(mesh);
  });
}

/** Parcels riding the sorting belt towards the visitor; `t` in seconds, loops every `period`. */
function addParcels(scene: Scene, period: number): (t: number) => void {
  const count = 8;
  const mesh = new InstancedMesh(
    new BoxGeometry(0.4, 0.28, 0.34),
    new MeshLambertMaterial({ map: noiseTexture('#c8a064', 3) }),
    count,
  );
  scene.add(mesh);
  const m = new Matrix4();
  return (t) => {
    for (let i = 0; i < count; i++) {
      const z = -11 + ((t / period + i / count) % 1) * 10;
      m.makeRotationY(i * 0.7);
      m.setPosition(2 + (z + 11) * 0.01 - 0.1 * (z + 6), 1.04, z);
      mesh.setMatrixAt(i, m);
    }
    mesh.instanceMatrix.needsUpdate = true;
  };
}

function setUp(width: number, height: number, preset: string) {
  const canvas = document.createElement('canvas');
  document.body.append(canvas);
  const renderer = new WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(1);
  renderer.setSize(width, height, false);
  const scene = new Scene();
  const environment = createEnvironment(preset);
  scene.add(environment.root);
  const target = new WebGLCubeRenderTarget(1024, { type: HalfFloatType });
  const cubeCamera = new CubeCamera(0.05, 200, target);
  cubeCamera.position.set(0, SEATED_EYE_HEIGHT, 0);
  scene.add(cubeCamera);
  EQUIRECT.uniforms.cube.value = target.texture;
  const quad = new Mesh(new PlaneGeometry(2, 2), EQUIRECT);
  const flat = new Scene();
  flat.add(quad);
  const camera = new OrthographicCamera(-1, 1, 1, -1, 0, 1);
  const render = () => {
    cubeCamera.update(renderer, scene);
    renderer.render(flat, camera);
  };
  return { canvas, scene, environment, render };
}

/** An equirectangular JPEG of the bale stock, as a data URL. */
export async function renderPhoto(width: number, height: number, quality: number): Promise<string> {
  const { canvas, scene, render } = setUp(width, height, 'centre-tri');
  addBales(scene);
  render();
  return canvas.toDataURL('image/jpeg', quality);
}

/**
 * A looping WebM (VP8) of the sorting belt, as a data URL. Software WebGL is too slow for real
 * time: the frames are rendered first, then played to the recorder at `fps`.
 */
export async function renderVideo(
  width: number,
  height: number,
  seconds: number,
  fps: number,
  bitsPerSecond: number,
): Promise<string> {
  const { canvas, scene, environment, render } = setUp(width, height, 'centre-tri');
  const moveParcels = addParcels(scene, seconds);
  const frames: ImageBitmap[] = [];
  for (let i = 0; i < seconds * fps; i++) {
    moveParcels(i / fps);
    environment.update(1 / fps, (i * 1000) / fps);
    render();
    frames.push(await createImageBitmap(canvas));
  }
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const context = out.getContext('2d')!;
  context.drawImage(frames[0], 0, 0);
  const stream = out.captureStream(0);
  const track = stream.getVideoTracks()[0] as MediaStreamTrack & { requestFrame(): void };
  const recorder = new MediaRecorder(stream, {
    mimeType: 'video/webm;codecs=vp8',
    videoBitsPerSecond: bitsPerSecond,
  });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => chunks.push(event.data);
  const stopped = new Promise((resolve) => (recorder.onstop = resolve));
  recorder.start(500);
  const start = performance.now();
  for (let i = 0; i < frames.length; i++) {
    context.drawImage(frames[i], 0, 0);
    track.requestFrame();
    const due = start + ((i + 1) * 1000) / fps;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
  }
  recorder.stop();
  await stopped;
  const blob = new Blob(chunks, { type: 'video/webm' });
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsDataURL(blob);
  });
}

Object.assign(window, { renderPhoto, renderVideo });
