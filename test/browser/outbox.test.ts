import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { bundleForBrowser } from '../support/bundle.js';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../support/chromium.js';
import { DialogueRunner, generateFollowUpCode, replay, type StoryJson } from '../../engine/src/index.js';
import { browserTestState } from './support/state.js';

/** The events table of the server under test (embedded Postgres: port from its log, password beside its data). */
async function storedEventIds(dataDir: string, logFile: string, sessionId: string): Promise<string[]> {
  const port = /port (\d+)\)/.exec(readFileSync(logFile, 'utf8'))?.[1];
  const password = readFileSync(join(dataDir, 'pg.password'), 'utf8').trim();
  const client = new pg.Client({
    host: 'localhost',
    port: Number(port),
    user: 'eclore',
    password,
    database: 'eclore',
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      'SELECT id FROM events WHERE session_id = $1 ORDER BY seq',
      [sessionId],
    );
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

const EVENT_COUNT = 120;

// What the bundle exposes on the page (typed by hand: the client sources use DOM types).
interface OutboxHandle {
  readonly pending: number;
  enqueue(operation: Record<string, unknown>): Promise<void>;
  completeSession(sessionId: string, waitMs: number): Promise<unknown>;
  pendingCount(): Promise<number>;
  subscribe(listener: (state: { pending: number }) => void): () => void;
}
type PageGlobals = {
  OutboxLib: { Outbox: { open(options: Record<string, unknown>): Promise<OutboxHandle> } };
};
// The client module is browser code (DOM types): named by string rather than imported into Node.
describe('Outbox', () => {
  const state = browserTestState();
  let code: string;
  const profiles: string[] = [];
  let context: BrowserContext | undefined;

  /** A fresh Chromium profile directory (a kiosk's disk). */
  function newProfile(): string {
    profiles.push(mkdtempSync(join(tmpdir(), 'eclore-outbox-profile-')));
    return profiles[profiles.length - 1];
  }

  async function launch(userDataDir: string): Promise<Page> {
    await context?.close();
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_EXECUTABLE,
      headless: true,
      args: [...CHROMIUM_ARGS],
    });
    // Served at the app's origin: same IndexedDB origin on every launch, same-origin API calls.
    await context.route(`${state.baseUrl}/outbox-test.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><meta charset="utf-8"><script>${code}</script>`,
      }),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${state.baseUrl}/outbox-test.html`);
    return page;
  }

  beforeAll(() => {
    code = bundleForBrowser('client/src/shared/outbox.ts', 'OutboxLib');
  });
  afterAll(async () => {
    await context?.close();
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  });

  it('should store every event exactly once when they were queued offline and the browser restarted before the network came back', async () => {
    const catalog = (await (await fetch(`${state.baseUrl}/api/v1/catalog`)).json()) as {
      scenarios: { id: string; versionId: string }[];
    };
    const scenario = catalog.scenarios[0];
    const sessionId = randomUUID();
    const open = {
      id: sessionId,
      scenarioId: scenario.id,
      versionId: scenario.versionId,
      followUpCode: generateFollowUpCode(),
      startedAt: new Date().toISOString(),
    };
    const events = Array.from({ length: EVENT_COUNT }, (_, seq) => ({
      id: randomUUID(),
      seq,
      type: 'line.shown',
      at: new Date(Date.UTC(2026, 10, 23, 10, 0, seq)).toISOString(),
      payload: { lineId: `l${seq}`, text: `Réplique ${seq}` },
    }));

    // 1. Network cut: the visit goes on, everything lands in IndexedDB only.
    const profile = newProfile();
    let page = await launch(profile);
    await context!.setOffline(true);
    const offline = await page.evaluate(
      async ({ open, events }) => {
        const outbox = await (globalThis as unknown as PageGlobals).OutboxLib.Outbox.open({
          initialDelayMs: 100,
          maxDelayMs: 400,
          batchSize: 50,
        });
        const seen: number[] = [];
        outbox.subscribe((s: { pending: number }) => seen.push(s.pending));
        await outbox.enqueue({ kind: 'open', sessionId: open.id, body: open });
        for (const event of events) await outbox.enqueue({ kind: 'event', sessionId: open.id, event });
        await new Promise((r) => setTimeout(r, 600));
        return { pending: await outbox.pendingCount(), maxSeen: Math.max(...seen), state: outbox.pending };
      },
      { open, events },
    );
    expect(offline).toEqual({ pending: EVENT_COUNT + 1, maxSeen: EVENT_COUNT + 1, state: EVENT_COUNT + 1 });
    expect(await storedEventIds(state.dataDir, state.logFile, sessionId)).toEqual([]);

    // 2. The kiosk is switched off (browser closed) while still offline.
    await context!.close();
    context = undefined;

    // 3. Relaunch with the same profile, network back; the first acknowledgement is lost on the way.
    page = await launch(profile);
    let cut = 0;
    await context!.route(`${state.baseUrl}/api/v1/sessions/*/events`, async (route) => {
      if (cut++ === 0) {
        await route.fetch(); // the server stores the batch…
        await route.abort('connectionreset'); // …but the headset never hears back.
      } else {
        await route.continue();
      }
    });
    const online = await page.evaluate(async () => {
      const outbox = await (globalThis as unknown as PageGlobals).OutboxLib.Outbox.open({
        initialDelayMs: 100,
        maxDelayMs: 400,
        batchSize: 50,
      });
      const restored = outbox.pending;
      const deadline = Date.now() + 20_000;
      while ((await outbox.pendingCount()) > 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      return { restored, left: await outbox.pendingCount() };
    });
    expect(online).toEqual({ restored: EVENT_COUNT + 1, left: 0 });
    expect(cut).toBeGreaterThan(1);

    const stored = await storedEventIds(state.dataDir, state.logFile, sessionId);
    expect(stored).toEqual(events.map((e) => e.id));
  }, 90_000);

  it('should deliver the valid events around one the server refuses and return the replayed scores when the visit completes', async () => {
    const catalog = (await (await fetch(`${state.baseUrl}/api/v1/catalog`)).json()) as {
      scenarios: { id: string; versionId: string }[];
    };
    const { id: scenarioId, versionId } = catalog.scenarios[0];
    const version = (await (
      await fetch(`${state.baseUrl}/api/v1/scenarios/${scenarioId}/versions/${versionId}`)
    ).json()) as {
      story: StoryJson;
      referentiel: { competences: { id: string }[] };
    };
    const competencies = version.referentiel.competences.map((c) => c.id);
    // Always the first choice, to the end, as a visitor would with the pointer.
    const runner = new DialogueRunner(version.story, { competencies });
    const path: { index: number; text: string }[] = [];
    for (let turn = runner.next(); !turn.ended; turn = runner.next()) {
      path.push({ index: turn.choices[0].index, text: turn.choices[0].text });
      runner.choose(turn.choices[0].index);
    }
    const expected = replay(
      version.story,
      path.map((c) => c.index),
      { competencies },
    ).scores;

    const sessionId = randomUUID();
    const open = {
      id: sessionId,
      scenarioId,
      versionId,
      followUpCode: generateFollowUpCode(),
      startedAt: new Date().toISOString(),
    };
    const at = new Date().toISOString();
    const good = path.map((choice, step) => ({
      id: randomUUID(),
      seq: step + 1,
      type: 'choice.made',
      at,
      payload: { step, choiceIndex: choice.index, choiceText: choice.text, method: 'pointer' },
    }));
    // Not a valid choice.made (step is not a number): the server refuses it for good.
    const bad = {
      id: randomUUID(),
      seq: 1000,
      type: 'choice.made',
      at,
      payload: { step: 'deux', choiceIndex: 0 },
    };
    const middle = Math.floor(good.length / 2);
    const events = [...good.slice(0, middle), bad, ...good.slice(middle)];

    const page = await launch(newProfile());
    const result = await page.evaluate(
      async ({ open, events }) => {
        const outbox = await (globalThis as unknown as PageGlobals).OutboxLib.Outbox.open({
          dbName: 'outbox-complete-test',
          initialDelayMs: 100,
          maxDelayMs: 400,
        });
        let rejected = 0;
        let reasons: { code: string; message: string }[] = [];
        outbox.subscribe((s) => {
          const state = s as { rejected?: number; lastRejections?: { code: string; message: string }[] };
          rejected = state.rejected ?? 0;
          reasons = state.lastRejections ?? [];
        });
        await outbox.enqueue({ kind: 'open', sessionId: open.id, body: open });
        for (const event of events) await outbox.enqueue({ kind: 'event', sessionId: open.id, event });
        const completed = await outbox.completeSession(open.id, 20_000);
        return {
          completed,
          rejected,
          reasons: reasons.map((r) => ({ code: r.code, message: r.message })),
          left: await outbox.pendingCount(),
        };
      },
      { open, events },
    );
    expect(result).toEqual({
      completed: { scores: expected, maxScores: expect.any(Object) },
      rejected: 1,
      reasons: [{ code: 'VALIDATION_FAILED', message: expect.stringContaining('payload.step') }],
      left: 0,
    });
    expect(await storedEventIds(state.dataDir, state.logFile, sessionId)).toEqual(good.map((e) => e.id));
  }, 60_000);

  it('should set aside, with their reason, the events of a session the server does not know, and go on with the next visit', async () => {
    const catalog = (await (await fetch(`${state.baseUrl}/api/v1/catalog`)).json()) as {
      scenarios: { id: string; versionId: string }[];
    };
    const { id: scenarioId, versionId } = catalog.scenarios[0];
    const at = new Date().toISOString();
    const lines = (count: number) =>
      Array.from({ length: count }, (_, seq) => ({
        id: randomUUID(),
        seq,
        type: 'line.shown',
        at,
        payload: { lineId: `l${seq}`, text: `Réplique ${seq}` },
      }));
    // Never opened: every request for it is a whole-request 404.
    const ghost = { sessionId: randomUUID(), events: lines(3) };
    const open = {
      id: randomUUID(),
      scenarioId,
      versionId,
      followUpCode: generateFollowUpCode(),
      startedAt: at,
    };
    const next = lines(5);

    const page = await launch(newProfile());
    const result = await page.evaluate(
      async ({ ghost, open, next }) => {
        const outbox = await (globalThis as unknown as PageGlobals).OutboxLib.Outbox.open({
          dbName: 'outbox-ghost-test',
          initialDelayMs: 100,
          maxDelayMs: 400,
        });
        let last: { rejected?: number; lastRejections?: { code: string }[] } = {};
        outbox.subscribe((s) => (last = s as typeof last));
        for (const event of ghost.events)
          await outbox.enqueue({ kind: 'event', sessionId: ghost.sessionId, event });
        await outbox.enqueue({ kind: 'open', sessionId: open.id, body: open });
        for (const event of next) await outbox.enqueue({ kind: 'event', sessionId: open.id, event });
        const deadline = Date.now() + 20_000;
        while ((await outbox.pendingCount()) > 0 && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 100));
        return {
          left: await outbox.pendingCount(),
          rejected: last.rejected,
          codes: (last.lastRejections ?? []).map((r) => r.code),
        };
      },
      { ghost, open, next },
    );
    expect(result).toEqual({
      left: 0,
      rejected: 3,
      codes: ['SESSION_NOT_FOUND', 'SESSION_NOT_FOUND', 'SESSION_NOT_FOUND'],
    });
    expect(await storedEventIds(state.dataDir, state.logFile, open.id)).toEqual(next.map((e) => e.id));
  }, 60_000);
});
