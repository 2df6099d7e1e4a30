import ExcelJS from 'exceljs';
import { ReportsController } from '../../server/src/modules/reports/reports.controller.js';
import { PROGRAMME_MENTION } from '../../server/src/modules/reports/indicator-export.js';
import { aSession, choiceEvents } from './support/factories.js';
import { addStaff, GAP, MARSEILLE, siteIdOf } from './support/staff.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Each file boots the whole app on its own database: slow on a shared 2-core machine.
jest.setTimeout(120_000);

type Answers = {
  gender?: string;
  ageBand?: string;
  situation?: string;
  education?: string;
  satisfaction?: number;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyJson = any;

describe(ReportsController.name, () => {
  let t: TestApp;
  let admin: string;
  let scenarioId: string;
  let versionId: string;
  let gap: string;
  let marseille: string;
  const devices: Record<string, string> = {};
  let ip = 1;

  const pair = async (siteId: string) => {
    const code = await t.api('POST', '/api/v1/devices/pairing-codes', {
      body: { label: `Casque ${ip}`, siteId },
      token: admin,
    });
    const paired = await t.api('POST', '/api/v1/devices/pair', {
      body: { code: code.body.code },
      headers: { 'x-forwarded-for': `198.51.100.${ip++}` },
    });
    expect(paired.status).toBe(201);
    return paired.body.token as string;
  };

  /** One visit through the API, as a headset plays it (retries included: they must not count twice). */
  const visit = async (
    site: string,
    options: { complete?: boolean; answers?: Answers; retry?: boolean } = {},
  ) => {
    const headers = { authorization: `Device ${devices[site]}` };
    const session = aSession({ scenarioId, versionId });
    expect((await t.api('POST', '/api/v1/sessions', { body: session, headers })).status).toBe(201);
    if (options.retry)
      expect((await t.api('POST', '/api/v1/sessions', { body: session, headers })).status).toBe(200);
    if (options.complete) {
      const events = choiceEvents([0, 0, 0]);
      await t.api('POST', `/api/v1/sessions/${session.id}/events`, { body: { events }, headers });
      if (options.retry)
        await t.api('POST', `/api/v1/sessions/${session.id}/events`, { body: { events }, headers });
      expect(
        (await t.api('POST', `/api/v1/sessions/${session.id}/complete`, { body: {}, headers })).status,
      ).toBe(200);
      if (options.retry)
        expect(
          (await t.api('POST', `/api/v1/sessions/${session.id}/complete`, { body: {}, headers })).status,
        ).toBe(200);
    }
    if (options.answers) {
      const post = () =>
        t.api('POST', `/api/v1/sessions/${session.id}/demographics`, { body: options.answers, headers });
      expect((await post()).status).toBe(200);
      if (options.retry) expect((await post()).status).toBe(200);
    }
    return session.id;
  };

  const report = (query: string, token = admin) => t.api('GET', `/api/v1/reports${query}`, { token });
  const month = () => new Date().toISOString().slice(0, 7);
  const categoryTotal = (body: AnyJson, question: string, value: string) =>
    body.questions
      .find((q: AnyJson) => q.question === question)
      .categories.find((c: AnyJson) => c.value === value).total;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login();
    const catalog = await t.api('GET', '/api/v1/catalog');
    ({ id: scenarioId, versionId } = catalog.body.scenarios[0]);
    gap = await siteIdOf(t, GAP);
    marseille = await siteIdOf(t, MARSEILLE);
    devices[gap] = await pair(gap);
    devices[marseille] = await pair(marseille);

    // Gap: 22 visits, 18 completed, 21 answered (hand count in the first test).
    const woman = {
      gender: 'femme',
      ageBand: '18-29',
      situation: 'demandeur-emploi',
      education: 'isced-3-4',
      satisfaction: 5,
    };
    const man = {
      gender: 'homme',
      ageBand: '30-54',
      situation: 'en-emploi',
      education: 'isced-5-8',
      satisfaction: 4,
    };
    for (let i = 0; i < 12; i++) await visit(gap, { complete: true, answers: woman, retry: i === 0 });
    for (let i = 0; i < 6; i++) await visit(gap, { complete: true, answers: man, retry: i === 0 });
    for (let i = 0; i < 2; i++) await visit(gap, { answers: { gender: 'homme', ageBand: '55+' } });
    // Answers first posted, then corrected: only the last ones count.
    const corrected = await visit(gap, { answers: { gender: 'femme', ageBand: '<18', satisfaction: 1 } });
    await t.api('POST', `/api/v1/sessions/${corrected}/demographics`, {
      body: { gender: 'homme', ageBand: '55+', situation: 'inactif' },
      headers: { authorization: `Device ${devices[gap]}` },
    });
    await visit(gap);
    // Marseille: 2 visits, 1 completed, 1 answered.
    await visit(marseille, { complete: true, answers: { gender: 'non-binaire', satisfaction: 2 } });
    await visit(marseille);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should count the seeded visits and answers as computed by hand, retries and corrections included', async () => {
    const { status, body } = await report(`?from=${month()}&to=${month()}&siteId=${gap}`);
    expect(status).toBe(200);
    expect(body.visits).toMatchObject({ started: 22, completed: 18, completionRate: 0.818 });
    expect(body.visits.meanDurationMinutes).toEqual(expect.any(Number));
    expect(body.participants).toBe(21);
    expect(categoryTotal(body, 'gender', 'femme')).toBe(12);
    expect(categoryTotal(body, 'gender', 'homme')).toBe(9);
    expect(categoryTotal(body, 'gender', '-')).toBe(0);
    expect(categoryTotal(body, 'ageBand', '<18')).toBe(0);
    expect(categoryTotal(body, 'ageBand', '18-29')).toBe(12);
    // 3 aged 55+ (hidden), so the next-smallest (6 aged 30–54) is hidden too.
    expect(categoryTotal(body, 'ageBand', '55+')).toBe('<5');
    expect(categoryTotal(body, 'ageBand', '30-54')).toBe('s');
    expect(categoryTotal(body, 'situation', 'chomeurs')).toBe(12);
    expect(categoryTotal(body, 'situation', 'en-emploi')).toBe(6);
    expect(categoryTotal(body, 'situation', 'inactif')).toBe('<5');
    expect(categoryTotal(body, 'situation', '-')).toBe('<5');
    expect(categoryTotal(body, 'education', 'isced-3-4')).toBe(12);
    expect(categoryTotal(body, 'education', 'isced-5-8')).toBe('s');
    expect(categoryTotal(body, 'satisfaction', '5')).toBe(12);
    expect(categoryTotal(body, 'satisfaction', '1')).toBe(0);
    expect(body.satisfaction.mean).toBeNull();
    const gender = body.questions.find((q: AnyJson) => q.question === 'gender');
    expect(gender.responseRate).toBe(1);
    const competency = body.competencies[0];
    expect(competency.visits).toBe(18);
    expect(competency.rows[0].averageScore).toEqual(expect.any(Number));
  });

  it('should never send a hidden count, and leave no hidden count recoverable from a published total', async () => {
    const { body, status } = await report(`?from=${month()}&to=${month()}`);
    expect(status).toBe(200);
    // Marseille: 2 started, 1 completed, 1 participant → all « < 5 », and Gap's protected with them.
    const m = body.bySite.find((s: AnyJson) => s.siteId === marseille);
    expect(m).toMatchObject({ started: '<5', completed: '<5', participants: '<5', completionRate: null });
    const g = body.bySite.find((s: AnyJson) => s.siteId === gap);
    expect([g.started, body.visits.started]).toContain('s');
    expect(g.participants).toBe('s');
    for (const q of body.questions) {
      // The total column: participants = sum of the categories (the EECO02 subtotal aside).
      const cells = q.categories.filter((c: AnyJson) => c.value !== 'chomeurs').map((c: AnyJson) => c.total);
      const unknown = [body.participants, ...cells].filter((v) => typeof v !== 'number');
      expect(unknown.length === 0 || unknown.length >= 2).toBe(true);
      // Each category row: total = sum over the sites.
      for (const c of q.categories) {
        const row = [c.total, ...c.bySite].filter((v: unknown) => typeof v !== 'number');
        expect(row.length === 0 || row.length >= 2).toBe(true);
      }
    }
    const raw = JSON.stringify(body);
    expect(raw).not.toMatch(/"(started|completed|participants|total)":[1-4][,}]/);
  });

  it('should apply secondary suppression on crafted rollups that try to give a cell away', async () => {
    // January 2020, Gap only: 40 participants, 38 women, 2 men. Publishing 38 and 40 would give 2 away.
    await t.dataSource.query(
      `INSERT INTO report_visits (month, site_id, scenario_id, started, completed, duration_seconds, participants)
       VALUES ('2020-01-01', $1, $2, 40, 40, 24000, 40)`,
      [gap, scenarioId],
    );
    await t.dataSource.query(
      `INSERT INTO report_answers (month, site_id, scenario_id, question, answer, participants)
       VALUES ('2020-01-01', $1, $2, 'gender', 'femme', 38), ('2020-01-01', $1, $2, 'gender', 'homme', 2),
              ('2020-01-01', $1, $2, 'satisfaction', '5', 37), ('2020-01-01', $1, $2, 'satisfaction', '1', 3)`,
      [gap, scenarioId],
    );
    const { body } = await report(`?from=2020-01&to=2020-01&siteId=${gap}`);
    expect(body.participants).toBe(40);
    expect(categoryTotal(body, 'gender', 'homme')).toBe('<5');
    expect(categoryTotal(body, 'gender', 'femme')).toBe('s');
    // The mean would give the hidden « 1 » answers away: not published.
    expect(categoryTotal(body, 'satisfaction', '1')).toBe('<5');
    expect(body.satisfaction.mean).toBeNull();
    expect(body.visits).toMatchObject({
      started: 40,
      completed: 40,
      completionRate: 1,
      meanDurationMinutes: 10,
    });
  });

  it('should show a counsellor only the sites they work for, checked on the server', async () => {
    await addStaff(t, {
      email: 'c.gap@test.eclore',
      password: 'Mot-de-passe-conseil-2026',
      role: 'counsellor',
      sites: [GAP],
    });
    const counsellor = await t.login('c.gap@test.eclore', 'Mot-de-passe-conseil-2026');
    const own = await report(`?from=${month()}&to=${month()}`, counsellor);
    expect(own.status).toBe(200);
    expect(own.body.sites.map((s: AnyJson) => s.id)).toEqual([gap]);
    expect(own.body.visits.started).toBe(22);
    const filters = await t.api('GET', '/api/v1/reports/filters', { token: counsellor });
    expect(filters.body.sites.map((s: AnyJson) => s.id)).toEqual([gap]);
    const other = await report(`?siteId=${marseille}`, counsellor);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('SITE_NOT_FOUND');
    const csv = await t.api('GET', `/api/v1/reports/indicators.csv?siteId=${marseille}`, {
      token: counsellor,
    });
    expect(csv.status).toBe(404);
    expect((await t.api('GET', '/api/v1/reports/visits.csv', { token: counsellor })).status).toBe(403);
  });

  it('should export the same suppressed figures as CSV for French Excel and as XLSX, with the mention', async () => {
    const query = `?from=${month()}&to=${month()}`;
    const page = (await report(query)).body;
    const csv = await fetch(`${t.baseUrl}/api/v1/reports/indicators.csv${query}`, {
      headers: { cookie: `eclore_staff=${admin.split(' ')[0]}` },
    });
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain(PROGRAMME_MENTION);
    const women = text
      .split('\r\n')
      .find((l) => l.includes(';Femmes;'))!
      .split(';');
    expect(women.slice(-3)).toEqual(
      [
        String(page.questions[0].categories[0].bySite[0]).replace('<5', '< 5'),
        String(page.questions[0].categories[0].bySite[1]).replace('<5', '< 5'),
        String(categoryTotal(page, 'gender', 'femme')).replace('<5', '< 5'),
      ].map((v) => v),
    );

    const xlsx = await fetch(`${t.baseUrl}/api/v1/reports/indicators.xlsx${query}`, {
      headers: { cookie: `eclore_staff=${admin.split(' ')[0]}` },
    });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[1]![0]).toBe(PROGRAMME_MENTION);
    const participantsRow = rows.find((r) => r[0] === 'EECO01')!;
    expect(participantsRow.at(-1)).toBe(page.participants);
  });

  it('should stream the anonymised per-visit dataset to admins: no id, no code, month grain', async () => {
    const response = await t.api('GET', `/api/v1/reports/visits.csv?from=${month()}&to=${month()}`, {
      token: admin,
    });
    expect(response.status).toBe(200);
    const lines = (response.body as string)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'mois;site;secteur;scenario;statut;duree_minutes;genre;tranche_age;situation;niveau_etudes;satisfaction;scores',
    );
    expect(lines).toHaveLength(1 + 24);
    expect(response.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(lines[1]).toMatch(new RegExp(`^${month()};`));
    expect(response.body).toContain(`;${GAP};`);
  });

  it('should keep the figures when raw visits are deleted (retention, erasure), and drop them from the per-visit export', async () => {
    const query = `?from=${month()}&to=${month()}&siteId=${marseille}`;
    const before = (await report(query)).body;
    const gone = await visit(marseille, { complete: true, answers: { gender: 'femme' } });
    await t.dataSource.query('DELETE FROM visitor_sessions WHERE id = $1', [gone]);
    const after = (await report(query)).body;
    // One more visit was counted when it happened; deleting its rows later changes nothing.
    expect(after.visits.started).toBe('<5');
    expect(after.participants).toBe('<5');
    const rollup = (await t.dataSource.query(
      'SELECT sum(started)::int AS started FROM report_visits WHERE site_id = $1',
      [marseille],
    )) as { started: number }[];
    expect(rollup[0]!.started).toBe(3);
    expect(before.visits.started).toBe('<5');
    const exported = await t.api('GET', `/api/v1/reports/visits.csv${query}`, { token: admin });
    expect((exported.body as string).trim().split('\n')).toHaveLength(1 + 2);
  });

  it('should refuse a bad period with a French message', async () => {
    const response = await report('?from=2026-13');
    expect(response.status).toBe(400);
    const reversed = await report('?from=2026-05&to=2026-01');
    expect(reversed.status).toBe(400);
  });
});
