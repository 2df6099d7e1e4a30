/// <reference lib="dom" />
// Issue #12 acceptance in the browser: an admin filters a period and a site on « Rapports », sees the
// charts and tables, downloads the ESF+ indicators as CSV and XLSX, and finds the page's figures in
// both files (hidden counts included, written « < 5 » or « s »).
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { formatFollowUpCode, generateFollowUpCode } from '../../engine/src/follow-up-code.js';
import type { Browser, Download, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { launchChromium, screenshot, watchErrors } from './support/browser.js';
import { adminClient, pairedDeviceToken, signInBackOffice, unexpectedErrors } from './support/staff.js';
import { browserTestState } from './support/state.js';

jest.setTimeout(180_000);

const GAP = 'Cité des Métiers – Gap';
const MENTION =
  'Cette prestation externe est financée dans le cadre du programme national FTJ Emploi-Compétences, géré par la DREETS PACA – service Europe : projet Éclore';

/** The cells of the page's table row named `label` (row header first). */
async function rowTexts(page: Page, table: string, label: string): Promise<string[]> {
  const row = page
    .locator(`#${table} tr`)
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  return (await row.locator('th, td').allTextContents()).map((t) => t.replace(/\u00a0/g, ' ').trim());
}

/** A completed visit with its answers, through the API as a paired headset sends it. */
async function answeredVisit(token: string, scenarioId: string, answers: object): Promise<void> {
  const state = browserTestState();
  const headers = { authorization: `Device ${token}`, 'content-type': 'application/json' };
  const catalog = (await (await fetch(`${state.baseUrl}/api/v1/catalog`)).json()) as {
    scenarios: { id: string; versionId: string }[];
  };
  const versionId = catalog.scenarios.find((s) => s.id === scenarioId)!.versionId;
  const id = randomUUID();
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${state.baseUrl}/api/v1/sessions${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST /sessions${path}: ${response.status} ${await response.text()}`);
  };
  const followUpCode = formatFollowUpCode(generateFollowUpCode());
  await post('', { id, scenarioId, versionId, followUpCode, startedAt: new Date().toISOString() });
  const at = new Date().toISOString();
  await post(`/${id}/events`, {
    events: [0, 1, 2, 3, 4, 5, 6].map((step) => ({
      id: randomUUID(),
      seq: step + 1,
      type: 'choice.made',
      at,
      payload: { step, choiceIndex: 0, choiceText: `choix ${step}`, method: 'pointer' },
    })),
  });
  await post(`/${id}/complete`, {});
  await post(`/${id}/demographics`, answers);
}

async function saved(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

describe('Back-office « Rapports » page', () => {
  let browser: Browser;
  const state = browserTestState();

  beforeAll(async () => {
    browser = await launchChromium();
    const admin = await adminClient(state);
    const sites = await admin.call<{ id: string; name: string }[]>('GET', '/sites');
    const siteId = sites.body.find((s) => s.name === GAP)!.id;
    const { token } = await pairedDeviceToken(state.baseUrl, admin, siteId, 'Casque rapports');
    const catalog = (await (await fetch(`${state.baseUrl}/api/v1/catalog`)).json()) as {
      scenarios: { id: string; versionId: string }[];
    };
    const scenarioId = catalog.scenarios.find((s) => s.id === 'agent-biodechets')!.id;
    // 14 visits at Gap: 8 women aged 18–29, 5 men aged 30–54, 1 non-binary person (hidden: « < 5 »).
    const answers = [
      ...Array.from({ length: 8 }, () => ({ gender: 'femme', ageBand: '18-29', satisfaction: 5 })),
      ...Array.from({ length: 5 }, () => ({ gender: 'homme', ageBand: '30-54', satisfaction: 4 })),
      { gender: 'non-binaire', ageBand: '30-54', satisfaction: 3 },
    ];
    for (const body of answers) await answeredVisit(token, scenarioId, body);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('should show the filtered period and site as charts and tables, and export the same figures as CSV and XLSX', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'fr-FR',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInBackOffice(page, state.baseUrl, state.adminEmail, state.adminPassword);
    const navigation = page.getByRole('navigation', { name: 'Pages de l’espace professionnel' });
    await navigation.getByRole('link', { name: 'Rapports' }).click();
    await page.getByRole('heading', { name: 'Rapports', level: 1 }).waitFor();

    const month = new Date().toISOString().slice(0, 7);
    await page.getByLabel('Du mois').fill(month);
    await page.getByLabel('Au mois').fill(month);
    await page.getByLabel('Site', { exact: true }).selectOption({ label: GAP });
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.locator('#tableau-gender').waitFor();
    await expect(page.locator('#rapport [role="status"]').first().textContent()).resolves.toContain('1 site');

    // A chart drawn by Observable Plot, and the same figures in the table.
    await page.locator('#question-gender ~ .graphique-rapport svg').first().waitFor();
    const women = await rowTexts(page, 'tableau-gender', 'Femmes');
    const men = await rowTexts(page, 'tableau-gender', 'Hommes');
    const nonBinary = await rowTexts(page, 'tableau-gender', 'Personnes non binaires');
    expect(women[0]).toBe('Femmes');
    expect(Number(women.at(-1))).toBeGreaterThanOrEqual(8);
    // One non-binary person: « < 5 », never the count; and since the participants total is published,
    // a second count of the column is hidden (the 5 men, « s »), so that 1 cannot be worked out.
    expect(nonBinary.at(-1)).toBe('< 5');
    expect(['5', 's']).toContain(men.at(-1));
    const genderTotals = await page.locator('#tableau-gender tbody tr td:last-child').allTextContents();
    expect(genderTotals.filter((t) => !/^\d+$/.test(t.replace(/\s/g, ''))).length).toBeGreaterThanOrEqual(2);
    const participants = (await page
      .locator('#tableau-sites tbody tr')
      .first()
      .locator('td')
      .last()
      .textContent())!
      .replace(/\u00a0/g, ' ')
      .trim();
    await page.locator('#methode summary').click();
    await expect(page.locator('#methode').textContent()).resolves.toContain('Secret statistique');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin/rapports-01-gap', true);

    // CSV for French Excel: BOM, « ; », the mention, the same figures.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-csv').click(),
    ]);
    const csvBytes = await saved(csvDownload);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvLines = csvBytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .map((line) => line.split(';').map((cell) => cell.replace(/^"|"$/g, '')));
    expect(csvLines[1]![0]).toBe(MENTION);
    expect(csvLines.find((l) => l[0] === 'Sites')![1]).toBe(GAP);
    const csvRow = (label: string) => csvLines.find((l) => l[1] === label && l[2] === 'Genre')!.slice(3);
    expect(csvRow('Femmes')).toEqual(women.slice(1));
    expect(csvRow('Hommes')).toEqual(men.slice(1));
    expect(csvRow('Personnes non binaires')).toEqual(nonBinary.slice(1));
    expect(csvLines.find((l) => l[0] === 'EECO01')!.at(-1)).toBe(participants);

    // XLSX: same rows, parsed back with exceljs.
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-xlsx').click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    const xlsxBytes = await saved(xlsxDownload);
    await workbook.xlsx.load(
      xlsxBytes.buffer.slice(
        xlsxBytes.byteOffset,
        xlsxBytes.byteOffset + xlsxBytes.byteLength,
      ) as ArrayBuffer,
    );
    const rows: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) =>
      rows.push(
        (row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v))),
      ),
    );
    expect(rows[1]![0]).toBe(MENTION);
    const xlsxRow = (label: string) => rows.find((r) => r[1] === label && r[2] === 'Genre')!.slice(3);
    expect(xlsxRow('Femmes')).toEqual(women.slice(1));
    expect(xlsxRow('Personnes non binaires')).toEqual(nonBinary.slice(1));
    expect(rows.find((r) => r[0] === 'EECO01')!.at(-1)).toBe(participants);

    expect(unexpectedErrors(errors)).toEqual([]);
    await context.close();
  });
});
