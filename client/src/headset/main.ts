// Entry of the headset app: wires the stage, the outbox, voice in and out, the kiosk lock, the
// staff panel and the journey (`journey/app.ts`). No behaviour of its own.
import { MemoryEventSink, type EventSink } from '../shared/event-sink.js';
import { Outbox } from '../shared/outbox.js';
import { $, HeadsetApp } from './journey/app.js';
import { bindSyncIndicator } from './journey/sync-indicator.js';
import { VisitStore } from './journey/visit-store.js';
import { guardLeaving, lockKiosk } from './flow/kiosk.js';
import { OfflineCache } from './offline.js';
import { createStage } from './scene/stage.js';
import { StaffPanel } from './staff-panel.js';
import { createVoiceInput } from './voice/voice-input.js';
import { bindSoundSetting } from './voice-out/sound-setting.js';
import { VoiceOut } from './voice-out/voice-out.js';

export type { HeadsetApp };

async function openEventSink(): Promise<EventSink> {
  try {
    const outbox = await Outbox.open();
    bindSyncIndicator(outbox, $('interface'));
    return outbox;
  } catch (error) {
    // No IndexedDB (private mode, storage disabled): events then survive network cuts, not restarts.
    console.warn('File d’envoi durable indisponible, envoi en mémoire seulement', error);
    return new MemoryEventSink();
  }
}

async function boot(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const emulation = params.get('emulate');
  // Test and development hook: the WebXR emulator is a separate chunk, never in the first load.
  const emulator = emulation ? await import('./emulate.js') : null;
  if (emulator && emulation) emulator.installEmulator(emulation);
  if (params.has('diagnostic')) {
    const { runDiagnostic } = await import('./diagnostic.js');
    return runDiagnostic($('interface'));
  }
  const sink = await openEventSink();
  const stage = createStage($('scene') as HTMLCanvasElement);
  const voice = createVoiceInput({ apiBase: '' });
  const seconds = (name: string) => {
    const value = Number(params.get(name));
    return Number.isFinite(value) && value > 0 ? value * 1000 : undefined;
  };
  const idleMs = seconds('inactivite') ?? 180_000;
  const idleWarningMs = seconds('avertissement') ?? 30_000;
  const kiosk = params.get('kiosque') !== 'non';
  if (kiosk) lockKiosk();
  const voiceOut = new VoiceOut();
  bindSoundSetting($('bouton-son'), voiceOut);
  const app = new HeadsetApp(stage, sink, {
    voice,
    voiceOut,
    apiBase: '',
    idleMs,
    idleWarningMs,
    // A visit left longer than the idle reset would have waited belongs to nobody any more.
    store: new VisitStore(idleMs + idleWarningMs),
  });
  // Outside kiosk mode, leaving or reloading mid-visit asks first (the visit is saved anyway).
  if (!kiosk) guardLeaving(() => app.screen !== 'accueil' && app.screen !== 'code');
  const onStartScreen = () => app.screen === 'accueil';
  new StaffPanel(sink, OfflineCache.start(onStartScreen)).attachVr(stage, onStartScreen);
  emulator?.exposeForTests(app);
  await app.resume();
  void app.preloadCatalog();
}

void boot();
