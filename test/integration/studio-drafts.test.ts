import { addStaff, auditActions, lastAuditId } from './support/staff.js';
import { startTestApp, type TestApp } from './support/test-app.js';

jest.setTimeout(90_000);

const BASE = '/api/v1/studio/scenarios';

describe('studio drafts', () => {
  let t: TestApp;
  let editor: string;
  let editor2: string;
  let counsellor: string;

  beforeAll(async () => {
    t = await startTestApp();
    await addStaff(t, {
      email: 'redac@test.eclore',
      password: 'redaction-solide-2026',
      role: 'editor',
      displayName: 'Rédactrice Une',
    });
    await addStaff(t, {
      email: 'redac2@test.eclore',
      password: 'redaction-solide-2027',
      role: 'editor',
      displayName: 'Rédacteur Deux',
    });
    await addStaff(t, {
      email: 'conseil@test.eclore',
      password: 'conseil-tres-solide-2026',
      role: 'counsellor',
    });
    editor = await t.login('redac@test.eclore', 'redaction-solide-2026');
    editor2 = await t.login('redac2@test.eclore', 'redaction-solide-2027');
    counsellor = await t.login('conseil@test.eclore', 'conseil-tres-solide-2026');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should list the seeded scenario with its live version and no draft yet', async () => {
    const list = await t.api('GET', BASE, { token: editor });
    expect(list.status).toBe(200);
    expect(list.body.scenarios).toEqual([
      expect.objectContaining({
        id: 'mini-eolien',
        title: 'Une matinée au parc éolien',
        sector: 'energies-renouvelables',
        live: { versionId: expect.stringMatching(/^[0-9a-f]{64}$/), publishedAt: expect.any(String) },
        draftStatus: 'none',
        draftRevision: null,
      }),
    ]);
  });

  it('should serve the live text as revision 0, save revisions with If-Match, keep the history and audit each save', async () => {
    const since = await lastAuditId(t);
    const draft = await t.api('GET', `${BASE}/mini-eolien/draft`, { token: editor });
    expect(draft.status).toBe(200);
    expect(draft.headers.get('etag')).toBe('"0"');
    expect(draft.body).toMatchObject({
      revision: 0,
      savedBy: null,
      referential: expect.arrayContaining(['securite']),
    });
    expect(draft.body.source).toContain('# id: mini-eolien');
    expect(draft.body.metier.personnages.lea.nom).toBe('Léa');

    const edited = draft.body.source.replace('Bonjour, je suis Léa.', 'Salut, moi c’est Léa.');
    const first = await t.api('PUT', `${BASE}/mini-eolien/draft`, {
      token: editor,
      headers: { 'if-match': '"0"' },
      body: { source: edited },
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"1"');
    expect(first.body).toMatchObject({ revision: 1, savedBy: { displayName: 'Rédactrice Une' } });
    const second = await t.api('PUT', `${BASE}/mini-eolien/draft`, {
      token: editor,
      headers: { 'if-match': '"1"' },
      body: { source: `${edited}\n// fin\n` },
    });
    expect(second.body.revision).toBe(2);

    const again = await t.api('GET', `${BASE}/mini-eolien/draft`, { token: editor });
    expect(again.headers.get('etag')).toBe('"2"');
    expect(again.body.source).toBe(`${edited}\n// fin\n`);

    const saves = await t.api('GET', `${BASE}/mini-eolien/draft/saves`, { token: editor });
    expect(saves.body.saves.map((s: { revision: number }) => s.revision)).toEqual([2, 1]);
    expect(saves.body.saves[1]).toMatchObject({
      author: { displayName: 'Rédactrice Une' },
      bytes: Buffer.byteLength(edited),
    });
    const old = await t.api('GET', `${BASE}/mini-eolien/draft/saves/1`, { token: editor });
    expect(old.body.source).toBe(edited);
    expect((await t.api('GET', `${BASE}/mini-eolien/draft/saves/9`, { token: editor })).body.code).toBe(
      'DRAFT_SAVE_NOT_FOUND',
    );

    const list = await t.api('GET', BASE, { token: editor });
    expect(list.body.scenarios[0]).toMatchObject({
      draftStatus: 'modified',
      draftRevision: 2,
      lastEditor: { displayName: 'Rédactrice Une' },
    });
    const audit = await auditActions(t, since);
    expect(audit.map((a) => [a.action, a.details.revision])).toEqual([
      ['scenario.draft_saved', 1],
      ['scenario.draft_saved', 2],
    ]);
  });

  it('should answer 412 with a French message and both texts when another editor saved in between', async () => {
    const base = await t.api('GET', `${BASE}/mini-eolien/draft`, { token: editor });
    const etag = base.headers.get('etag')!;
    const winner = await t.api('PUT', `${BASE}/mini-eolien/draft`, {
      token: editor2,
      headers: { 'if-match': etag },
      body: { source: `${base.body.source}// version de Deux\n` },
    });
    expect(winner.status).toBe(200);
    const since = await lastAuditId(t);
    const loser = await t.api('PUT', `${BASE}/mini-eolien/draft`, {
      token: editor,
      headers: { 'if-match': etag },
      body: { source: `${base.body.source}// version de Une\n` },
    });
    expect(loser.status).toBe(412);
    expect(loser.body.code).toBe('DRAFT_CONFLICT');
    expect(loser.body.message).toMatch(/^Rédacteur Deux a enregistré ce brouillon entre-temps/);
    expect(loser.body.details.current).toMatchObject({
      revision: winner.body.revision,
      savedBy: { displayName: 'Rédacteur Deux' },
    });
    expect(loser.body.details.current.source).toContain('// version de Deux');
    expect(loser.body.details.yours.source).toContain('// version de Une');
    expect(await auditActions(t, since)).toEqual([]);
    const kept = await t.api('GET', `${BASE}/mini-eolien/draft`, { token: editor });
    expect(kept.body.source).toContain('// version de Deux');
  });

  it('should refuse a missing If-Match (428), a 1 MB script (413) and invalid UTF-8 (400), storing nothing', async () => {
    const since = await lastAuditId(t);
    const before = await t.api('GET', `${BASE}/mini-eolien/draft`, { token: editor });
    const etag = before.headers.get('etag')!;
    const missing = await t.api('PUT', `${BASE}/mini-eolien/draft`, { token: editor, body: { source: 'x' } });
    expect(missing.status).toBe(428);
    expect(missing.body.message).toMatch(/If-Match/);
    const huge = await t.api('PUT', `${BASE}/mini-eolien/draft`, {
      token: editor,
      headers: { 'if-match': etag },
      body: { source: 'Une ligne de texte.\n'.repeat(52_429) },
    });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({
      code: 'DRAFT_SOURCE_TOO_LARGE',
      message: expect.stringMatching(/512\u00a0Ko/),
    });
    const raw = Buffer.concat([Buffer.from('{"source":"Caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const badUtf8 = await fetch(`${t.baseUrl}${BASE}/mini-eolien/draft`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        'if-match': etag,
        cookie: `eclore_staff=${editor.split(' ')[0]}`,
        'x-csrf-token': editor.split(' ')[1]!,
      },
      body: raw,
    });
    expect(badUtf8.status).toBe(400);
    expect(((await badUtf8.json()) as { code: string }).code).toBe('DRAFT_SOURCE_INVALID');
    const nul = await t.api('PUT', `${BASE}/mini-eolien/draft`, {
      token: editor,
      headers: { 'if-match': etag },
      body: { source: 'a\u0000b' },
    });
    expect(nul.body.code).toBe('DRAFT_SOURCE_INVALID');
    const after = await t.api('GET', `${BASE}/mini-eolien/draft`, { token: editor });
    expect(after.headers.get('etag')).toBe(etag);
    expect(await auditActions(t, since)).toEqual([]);
  });

  it('should create a scenario from the commented template and duplicate one, audited, and refuse a taken id', async () => {
    const since = await lastAuditId(t);
    const created = await t.api('POST', BASE, {
      token: editor,
      body: {
        id: 'agent-compost',
        title: 'Une journée au compost',
        sector: 'dechets',
        job: 'Agent·e de compostage',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ scenarioId: 'agent-compost', revision: 1, baseVersionId: null });
    expect(created.body.source).toMatch(
      /^# id: agent-compost\n# title: Une journée au compost\n# sector: dechets/,
    );
    expect(created.body.source).toContain('// Bienvenue dans votre nouveau scénario');
    const taken = await t.api('POST', BASE, {
      token: editor,
      body: { id: 'agent-compost', title: 'Autre', sector: 'dechets', job: 'Agent·e' },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('SCENARIO_ID_TAKEN');
    const badSector = await t.api('POST', BASE, {
      token: editor,
      body: { id: 'x-y', title: 'Titre', sector: 'lune', job: 'Métier' },
    });
    expect(badSector.status).toBe(400);

    const copy = await t.api('POST', `${BASE}/mini-eolien/duplicate`, {
      token: editor,
      body: { id: 'mini-eolien-copie', title: 'Copie du parc éolien' },
    });
    expect(copy.status).toBe(201);
    expect(copy.body.source).toMatch(/^# id: mini-eolien-copie\n# title: Copie du parc éolien/);
    expect(copy.body.source).toContain('// version de Deux');
    expect(copy.body.metier).toMatchObject({ id: 'mini-eolien-copie', personnages: { lea: { nom: 'Léa' } } });

    const list = await t.api('GET', BASE, { token: editor });
    const byId = Object.fromEntries(list.body.scenarios.map((s: { id: string }) => [s.id, s]));
    expect(byId['agent-compost']).toMatchObject({
      live: null,
      draftStatus: 'new',
      lastEditor: { displayName: 'Rédactrice Une' },
    });
    expect(byId['mini-eolien-copie']).toMatchObject({ draftStatus: 'new' });
    const catalog = await t.api('GET', '/api/v1/catalog');
    expect(catalog.body.scenarios.map((s: { id: string }) => s.id)).toEqual(['mini-eolien']);
    expect((await auditActions(t, since)).map((a) => a.action)).toEqual([
      'scenario.created',
      'scenario.duplicated',
    ]);
  });

  it('should refuse counsellors (403) and unknown scenarios (404)', async () => {
    const refused = await t.api('GET', BASE, { token: counsellor });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN_ROLE');
    const put = await t.api('PUT', `${BASE}/mini-eolien/draft`, {
      token: counsellor,
      headers: { 'if-match': '"1"' },
      body: { source: 'x' },
    });
    expect(put.status).toBe(403);
    expect((await t.api('GET', `${BASE}/inconnu/draft`, { token: editor })).status).toBe(404);
    const putUnknown = await t.api('PUT', `${BASE}/inconnu/draft`, {
      token: editor,
      headers: { 'if-match': '"0"' },
      body: { source: 'x' },
    });
    expect(putUnknown.status).toBe(404);
  });
});
