// `/?diagnostic`: what this headset or browser supports, for staff setting up a real Quest.
// WebXR modes, layers, hand tracking, frame timing measured from XRFrame timestamps, audio and
// the microphone permission. Loaded on demand, never part of the visitor's first load.
import { elWith as el } from '../shared/dom.js';

export interface FrameStats {
  frames: number;
  meanMs: number;
  p95Ms: number;
  /** Frames that took more than 1.5 times the median interval (missed vsyncs). */
  dropped: number;
}

/** Statistics of the intervals between successive frame timestamps (ms). */
export function frameStats(timestamps: number[]): FrameStats {
  const intervals: number[] = [];
  for (let i = 1; i < timestamps.length; i++) intervals.push(timestamps[i] - timestamps[i - 1]);
  if (intervals.length === 0) return { frames: timestamps.length, meanMs: 0, p95Ms: 0, dropped: 0 };
  const sorted = [...intervals].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const mean = intervals.reduce((sum, v) => sum + v, 0) / intervals.length;
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
  return {
    frames: timestamps.length,
    meanMs: round(mean),
    p95Ms: round(p95),
    dropped: intervals.filter((v) => v > median * 1.5).length,
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

type Row = [id: string, label: string, value: string];

async function supported(mode: XRSessionMode): Promise<string> {
  if (!navigator.xr) return 'non (pas de WebXR)';
  try {
    return (await navigator.xr.isSessionSupported(mode)) ? 'oui' : 'non';
  } catch (error) {
    return `non (${(error as Error).message})`;
  }
}

async function micPermission(): Promise<string> {
  try {
    const status = await navigator.permissions.query({ name: 'microphone' as PermissionName });
    return { granted: 'accordée', denied: 'refusée', prompt: 'à demander' }[status.state] ?? status.state;
  } catch {
    return 'inconnue (API Permissions absente)';
  }
}

function audioRows(): Row[] {
  const Context = window.AudioContext;
  if (!Context) return [['audio', 'Audio (Web Audio)', 'absent']];
  const context = new Context();
  const rows: Row[] = [
    ['audio', 'Audio (Web Audio)', `état ${context.state}, ${context.sampleRate}\u00a0Hz`],
    [
      'audio-sortie',
      'Sortie audio',
      `${context.destination.maxChannelCount}\u00a0canaux, latence ${round((context.baseLatency ?? 0) * 1000)}\u00a0ms`,
    ],
  ];
  void context.close();
  return rows;
}

/** Runs an immersive session for `seconds` and times its frames; features it was granted. */
async function measureSession(seconds: number): Promise<Row[]> {
  const xr = navigator.xr;
  if (!xr) return [];
  const session = await xr.requestSession('immersive-vr', {
    optionalFeatures: ['hand-tracking', 'layers', 'local-floor'],
  });
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2', { xrCompatible: true });
  if (!gl) throw new Error('WebGL2 indisponible');
  await session.updateRenderState({ baseLayer: new XRWebGLLayer(session, gl) });
  const timestamps: number[] = [];
  await new Promise<void>((resolve) => {
    const onFrame = (time: number, frame: XRFrame) => {
      timestamps.push(time);
      const layer = frame.session.renderState.baseLayer;
      if (layer) {
        gl.bindFramebuffer(gl.FRAMEBUFFER, layer.framebuffer);
        gl.clearColor(0.1, 0.3, 0.2, 1);
        gl.clear(gl.COLOR_BUFFER_BIT);
      }
      if (time - timestamps[0] < seconds * 1000) session.requestAnimationFrame(onFrame);
      else resolve();
    };
    session.requestAnimationFrame(onFrame);
  });
  const features = (session as XRSession & { enabledFeatures?: string[] }).enabledFeatures;
  const hands = Array.from(session.inputSources).some((source) => source.hand);
  const rate = (session as XRSession & { frameRate?: number }).frameRate;
  await session.end();
  const stats = frameStats(timestamps);
  return [
    [
      'images',
      'Images (horodatage XRFrame)',
      `${stats.frames} images, moyenne ${stats.meanMs}\u00a0ms, p95 ${stats.p95Ms}\u00a0ms, ${stats.dropped} perdue${stats.dropped > 1 ? 's' : ''}${rate ? `, ${rate}\u00a0Hz` : ''}`,
    ],
    ['fonctions', 'Fonctions accordées', features ? features.join(', ') || 'aucune' : 'non indiqué'],
    ['mains-actives', 'Mains détectées pendant la mesure', hands ? 'oui' : 'non'],
  ];
}

function table(rows: Row[]): HTMLTableElement {
  const body = el('tbody', {});
  for (const [id, label, value] of rows)
    body.append(el('tr', { 'data-mesure': id }, el('th', { scope: 'row' }, label), el('td', {}, value)));
  return el('table', { id: 'diagnostic-table', class: 'diagnostic' }, body);
}

export async function runDiagnostic(root: HTMLElement): Promise<void> {
  const status = el('p', { id: 'diagnostic-etat', role: 'status' }, 'Mesures en cours…');
  const section = el(
    'section',
    { id: 'ecran-diagnostic', class: 'carte' },
    el('h1', {}, 'Diagnostic du casque'),
    status,
  );
  root.replaceChildren(section);
  const hasLayers = typeof (window as { XRMediaBinding?: unknown }).XRMediaBinding === 'function';
  const rows: Row[] = [
    ['webxr', 'WebXR', navigator.xr ? 'oui' : 'non'],
    ['immersive-vr', 'Réalité virtuelle (immersive-vr)', await supported('immersive-vr')],
    ['immersive-ar', 'Réalité mixte (immersive-ar)', await supported('immersive-ar')],
    ['layers', 'Calques WebXR (XRMediaBinding, vidéo 360)', hasLayers ? 'oui' : 'non'],
    [
      'mains',
      'Suivi des mains (XRHand)',
      typeof (window as { XRHand?: unknown }).XRHand === 'function' ? 'pris en charge' : 'non',
    ],
    ['micro', 'Permission du micro', await micPermission()],
    ...audioRows(),
    ['navigateur', 'Navigateur', navigator.userAgent],
  ];
  section.append(table(rows));
  const start = el(
    'button',
    { type: 'button', id: 'bouton-mesurer', class: 'principal' },
    'Mesurer les images (5\u00a0s en VR)',
  );
  start.addEventListener('click', () => {
    status.textContent = 'Mesure des images en VR…';
    measureSession(5).then(
      (measured) => {
        section.querySelector('#diagnostic-table tbody')?.append(...table(measured).tBodies[0].rows);
        status.textContent = 'Mesures terminées.';
      },
      (error: unknown) => (status.textContent = `Mesure impossible\u00a0: ${(error as Error).message}`),
    );
  });
  section.append(start);
  status.textContent = 'Mesures prêtes. Les images se mesurent dans une session VR (bouton ci-dessous).';
  document.documentElement.dataset.diagnostic = 'pret';
}
