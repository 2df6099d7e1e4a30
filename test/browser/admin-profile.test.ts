/// <reference lib="dom" />
// The counsellor's profile made for a debrief: a visit played on a headset of the Gap centre,
// then read in the back-office with decision titles, plain method wording, the score order shared
// with the headset's end screen, the chart and its table, the debrief guide and the A4 printout.
import type { Browser } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { launchChromium, screenshot, watchErrors } from './support/browser.js';
import { openScenario, skipToFollowUpCode } from './support/flow.js';
import { playFirstAnswers } from './support/play.js';
import { adminClient, pairedDeviceToken, signInBackOffice, unexpectedErrors } from './support/staff.js';
import { browserTestState } from './support/state.js';

jest.setTimeout(240_000);

const SCENARIO = 'agent-biodechets';
const GAP = 'Cité des Métiers – Gap';

describe('Back-office profile page', () => {
  let browser: Browser;
  const state = browserTestState();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('should show a Gap visit with titled decisions, keyboard wording, score order and debrief guide, and print it on A4 with the centre, date and code', async () => {
    const admin = await adminClient(state);
    const sites = await admin.call<{ id: string; name: string }[]>('GET', '/sites');
    const gap = sites.body.find((s) => s.name === GAP)!;
    const { token } = await pairedDeviceToken(
      state.baseUrl,
      admin,
      gap.id,
      `Casque profil ${Date.now() % 100_000}`,
    );

    // The headset of Gap: a visit played with the keyboard, first answer every time.
    const headset = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    await headset.addInitScript((t) => localStorage.setItem('eclore.casque.jeton', t), token);
    await headset.goto(state.baseUrl);
    await headset.getByRole('button', { name: 'Commencer' }).click();
    await openScenario(headset, SCENARIO, 'keyboard');
    await playFirstAnswers(headset);
    await headset.locator('#liste-competences[data-confirme="true"]').waitFor({ timeout: 20_000 });
    const endScreen = await headset
      .locator('#liste-competences[data-confirme="true"] li[data-competence]')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.competence ?? ''));
    const code = await skipToFollowUpCode(headset);
    await headset.locator('#synchro[data-attente="0"]').waitFor({ state: 'attached', timeout: 20_000 });
    await headset.close();

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const errors = watchErrors(page);
    await signInBackOffice(page, state.baseUrl, state.adminEmail, state.adminPassword);
    await page.getByRole('heading', { name: 'Profil de compétences', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Code de suivi').fill(code.toLowerCase().replace('-', ' '));
    await page.getByRole('button', { name: 'Afficher le profil' }).click();
    const profile = page.locator('#profil article');
    await profile.waitFor();
    await expect(page.locator('#code-profil').textContent()).resolves.toBe(code);
    expect(await profile.textContent()).toContain(`Site\u00a0: ${GAP}`);

    // Competencies by score, then maximum — never by ratio — in the table and in the chart.
    const rows = await page.locator('#tableau-competences tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: (tr as HTMLElement).dataset.competence ?? '',
        score: Number(tr.querySelector('td[data-score]')?.textContent),
        max: Number(tr.querySelector('td[data-max]')?.textContent),
      })),
    );
    expect(rows.length).toBeGreaterThan(3);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      expect(a.score > b.score || (a.score === b.score && a.max >= b.max)).toBe(true);
    }
    // The headset's end screen named the same strongest competencies (its top three), in the same order.
    expect(endScreen).toEqual(
      rows
        .filter((r) => r.score > 0)
        .map((r) => r.id)
        .slice(0, 3),
    );
    const bars = await page
      .locator('svg.graphique g[data-competence]')
      .evaluateAll((gs) => gs.map((g) => (g as SVGGElement).dataset.competence));
    expect(bars).toEqual(rows.map((r) => r.id));
    await expect(
      page
        .getByRole('img', { name: 'Points obtenus par compétence, sur le maximum possible dans ce parcours' })
        .count(),
    ).resolves.toBe(1);

    // Evidence: French decision titles, not ink ids; the method as people say it.
    const evidence = (await page.locator('.preuves li').allTextContents()).join('\n');
    expect(evidence).toContain(
      'Se faire comprendre de Julien, malentendant\u00a0: «\u00a0Je vous parle en face, bien clairement\u00a0», choisi au clavier.',
    );
    expect(evidence).not.toMatch(/se_comprendre|étape \d|clic à la souris/);
    // « aucun choix… » only where nothing could score; a 0 out of more says so differently.
    for (const row of rows) {
      const block = page.locator(`.preuves[data-competence="${row.id}"]`);
      const text = (await block.textContent()) ?? '';
      if (row.max === 0)
        expect(text).toContain('Aucun choix de ce parcours ne portait sur cette compétence.');
      else expect(text).not.toContain('Aucun choix');
    }

    // The debrief guide, tied to the scenario's decisions, and the job's training routes.
    const questions = await page.locator('.entretien li').allTextContents();
    expect(questions.length).toBeGreaterThanOrEqual(4);
    expect(questions[0]).toMatch(/^Se faire comprendre de Julien, malentendant.*\?$/);
    expect(await page.locator('#formations li').count()).toBeGreaterThan(2);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin/profil-01-ecran', true);

    // A4 printout: no navigation or form, the centre, the date and the code on top.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.getByLabel('Code de suivi').isVisible()).toBe(false);
    const printHeader = (await page.locator('.entete-impression').textContent()) ?? '';
    expect(printHeader).toMatch(
      new RegExp(`^${GAP} — profil imprimé le \\d{1,2} \\S+ \\d{4} — code ${code}$`),
    );
    expect(await page.locator('.entete-impression').isVisible()).toBe(true);
    await screenshot(page, 'admin/profil-02-impression', true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    // An unknown code: the server's French message, tied to the field.
    await page.getByLabel('Code de suivi').fill('ZZZZZ-ZZZZZ');
    await page.getByRole('button', { name: 'Afficher le profil' }).click();
    await page.locator('#code-erreur').waitFor();
    expect(await page.locator('#profil article').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(unexpectedErrors(errors).filter((e) => !/\/api\/v1\/profiles\/ZZZZZZZZZZ$|404/.test(e))).toEqual(
      [],
    );
    await page.close();
  });
});
