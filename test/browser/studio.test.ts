/// <reference lib="dom" />
// The content studio as an editor: live diagnostics from the engine's worker (underline + French
// message in the problems list), the story map jumping the editor, and the 412 conflict with its diff.
import type { Browser, Page } from 'playwright-core';
import { hashPassword } from '../../server/src/modules/auth/password.js';
import { axeViolations } from './support/axe.js';
import { launchChromium, screenshot, watchErrors } from './support/browser.js';
import { queryServerDb } from './support/database.js';
import { signInBackOffice, staffClient, unexpectedErrors, type StaffClient } from './support/staff.js';
import { browserTestState } from './support/state.js';

jest.setTimeout(180_000);

const PASSWORD = 'redaction-tres-solide-2026';

describe('Studio', () => {
  let browser: Browser;
  const state = browserTestState();
  const email = `redac.${Date.now()}@eclore.test`;
  let api: StaffClient;

  beforeAll(async () => {
    browser = await launchChromium();
    await queryServerDb(
      state,
      `INSERT INTO staff_users (email, display_name, password_hash, role) VALUES ($1, 'Alex Rédaction', $2, 'editor')`,
      [email, await hashPassword(PASSWORD)],
    );
    api = await staffClient(state.baseUrl, email, PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function copyOf(title: string): Promise<string> {
    const id = `eolien-${Date.now() % 1_000_000}-${Math.floor(Math.random() * 1000)}`;
    const copy = await api.call('POST', '/studio/scenarios/technicienne-eolienne/duplicate', { id, title });
    expect(copy.status).toBe(201);
    return id;
  }

  async function openStudio(id: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 960 }, locale: 'fr-FR' });
    const errors = watchErrors(page);
    await signInBackOffice(page, state.baseUrl, email, PASSWORD);
    await page.getByRole('heading', { name: 'Studio', level: 1 }).waitFor();
    await page.locator(`a[href="#/studio/${id}"]`).click();
    await page.locator('.cm-content').waitFor();
    await page
      .getByText(/^Aucun problème|avertissement/)
      .first()
      .waitFor();
    return { page, errors };
  }

  it('should underline an error at its line with its French message, clear it once fixed, and jump from the map', async () => {
    const id = await copyOf('Parc éolien (studio)');
    const { page, errors } = await openStudio(id);
    await page.locator('.carte-histoire [data-node]').first().waitFor();
    expect(await page.locator('.carte-histoire [data-node]').count()).toBeGreaterThan(5);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'studio/01-editeur');

    // An unknown divert at the end of the first knot's line.
    const line = await page.evaluate(() => {
      const view = (window as unknown as { __studioView: { state: { doc: { toString(): string } } } })
        .__studioView;
      return (
        view.state.doc
          .toString()
          .split('\n')
          .findIndex((l) => /^===\s*accueil/.test(l)) + 2
      );
    });
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Home');
    for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('-> salle_inconnue');
    const problem = page.locator('.probleme', { hasText: 'salle_inconnue' });
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(new RegExp(`^Ligne ${line + 1}\\s*Erreur`));
    expect(await problem.locator('.message').textContent()).toMatch(/introuvable|inconnu|n’existe/i);
    await page.locator('.cm-lintRange-error').first().waitFor();
    await page
      .getByText('Modifications non enregistrées')
      .or(page.getByText(/^Enregistré à/))
      .first()
      .waitFor();
    await screenshot(page, 'studio/02-erreur');

    // Fixed: the problem disappears and the draft is saved.
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await problem.waitFor({ state: 'detached' });
    await page.getByText(/^Enregistré à \d+\u00a0h\u00a0\d\d$/).waitFor({ timeout: 15_000 });

    // A decision of the map jumps the editor to its line.
    const node = page.locator('.carte-histoire [data-node].noeud-decision').nth(1);
    const target = Number(await node.getAttribute('data-line'));
    await node.scrollIntoViewIfNeeded();
    await node.click();
    const cursorLine = await page.evaluate(() => {
      const view = (
        window as unknown as {
          __studioView: {
            state: { doc: { lineAt(p: number): { number: number } }; selection: { main: { head: number } } };
          };
        }
      ).__studioView;
      return view.state.doc.lineAt(view.state.selection.main.head).number;
    });
    expect(cursorLine).toBe(target);
    expect(await page.locator('.cm-activeLine').textContent()).toMatch(/^=\s*\w+/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'studio/03-carte', true);
    expect(unexpectedErrors(errors)).toEqual([]);
    await page.close();
  });

  it('should show the 412 conflict with a diff when a second page saves over a newer draft', async () => {
    const id = await copyOf('Parc éolien (conflit)');
    const first = await openStudio(id);
    const second = await openStudio(id);
    for (const [page, text] of [
      [first.page, '// note de la première page'],
      [second.page, '// note de la seconde page'],
    ] as const) {
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(text);
      await page
        .locator('.etat-enregistrement', { hasText: /^(Enregistré à|Conflit)/ })
        .waitFor({ timeout: 15_000 });
    }
    const conflict = second.page.getByRole('alert').filter({ hasText: 'Conflit d’enregistrement' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/Alex Rédaction a enregistré ce brouillon entre-temps/);
    expect(await second.page.locator('.diff .retrait').textContent()).toContain('note de la première page');
    expect(await second.page.locator('.diff .ajout').textContent()).toContain('note de la seconde page');
    expect(await axeViolations(second.page)).toEqual([]);
    await screenshot(second.page, 'studio/04-conflit');

    await second.page.getByRole('button', { name: 'Garder ma version et l’enregistrer' }).click();
    await second.page.getByText(/^Enregistré à/).waitFor();
    const draft = await api.call<{ source: string }>('GET', `/studio/scenarios/${id}/draft`);
    expect(draft.body.source).toContain('note de la seconde page');
    // The refused save is the point of this test.
    expect(unexpectedErrors([...first.errors, ...second.errors]).filter((e) => !/412/.test(e))).toEqual([]);
  });
});
