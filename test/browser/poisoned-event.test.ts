/// <reference lib="dom" />
import type { Browser, Request } from 'playwright-core';
import { hashFollowUpCode } from '../../server/src/modules/sessions/follow-up-code-hash.js';
import { expectedReplay, launchChromium, scoresInBackOffice, screenshot } from './support/browser.js';
import { queryServerDb } from './support/database.js';
import { openScenario, skipToFollowUpCode } from './support/flow.js';
import { playToEndScreen } from './support/play.js';
import { browserTestState } from './support/state.js';

const SCENARIO = 'operateur-tri';

jest.setTimeout(300_000);

interface SentEvent {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

// Issue 9: one bad event never blocks a visit. A subtitle event of the visit is corrupted on its way
// to the server (an unknown field holding a NUL character); the server refuses that event alone, the
// outbox sets it aside and says why in the staff panel, and the visit still completes with its scores.
describe('A poisoned event in the middle of a visit', () => {
  let browser: Browser;
  const state = browserTestState();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('should set the refused event aside and still show the right scores to the counsellor', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let choicesSent = 0;
    let poisonedId: string | null = null;
    await page.route('**/api/v1/sessions/*/events', async (route, request: Request) => {
      const body = JSON.parse(request.postData() ?? '{}') as { events: SentEvent[] };
      for (const event of body.events) {
        if (event.type === 'choice.made') choicesSent++;
        // The first subtitle after the second answer: the middle of the visit.
        else if (poisonedId === null && choicesSent >= 2 && event.type === 'line.shown') {
          event.payload.intrus = 'caract\u0000ere nul';
          poisonedId = event.id;
        }
      }
      await route.continue({ postData: JSON.stringify(body) });
    });

    await page.goto(state.baseUrl);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await openScenario(page, SCENARIO);
    const choices: number[] = [];
    const answers = page.locator('#liste-choix button');
    await playToEndScreen(page, async () => {
      const position = choices.length % (await answers.count());
      choices.push(Number(await answers.nth(position).getAttribute('data-choix')));
      await answers.nth(position).click();
    });
    const code = await skipToFollowUpCode(page);
    expect(poisonedId).not.toBeNull();

    // Everything else was delivered: nothing waits in the outbox, one operation was refused, with its reason.
    await page.locator('#synchro[data-attente="0"]').waitFor({ state: 'attached', timeout: 30_000 });
    await page.getByRole('button', { name: 'Terminer' }).click();
    await page.locator('#bouton-personnel').click();
    const outbox = page.locator('#etat-envois');
    await outbox.filter({ hasText: '1\u00a0refusée par le serveur' }).waitFor({ timeout: 30_000 });
    expect(await outbox.textContent()).toMatch(
      /tout est envoyé, 1\u00a0refusée par le serveur \(dernière raison\u00a0: «\u00a0Événement «\u00a0line\.shown\u00a0» invalide/,
    );
    await screenshot(page, 'poison-01-panneau-personnel');

    const [session] = await queryServerDb<{ id: string; status: string }>(
      state,
      'SELECT id, status FROM visitor_sessions WHERE follow_up_code_hash = $1',
      [hashFollowUpCode(code)],
    );
    expect(session?.status).toBe('completed');
    const stored = await queryServerDb<{ id: string; type: string }>(
      state,
      'SELECT id, type FROM events WHERE session_id = $1 ORDER BY position',
      [session!.id],
    );
    expect(stored.map((e) => e.id)).not.toContain(poisonedId);
    expect(stored.filter((e) => e.type === 'choice.made')).toHaveLength(choices.length);

    const expected = await expectedReplay(state.baseUrl, SCENARIO, choices);
    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const shown = await scoresInBackOffice(
      admin,
      state.baseUrl,
      { email: state.adminEmail, password: state.adminPassword },
      code,
    );
    for (const [competency, score] of Object.entries(expected.scores))
      expect({ competency, score: shown[competency]?.score }).toEqual({ competency, score });
  });
});
