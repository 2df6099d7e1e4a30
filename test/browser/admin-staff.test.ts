/// <reference lib="dom" />
// Issue #10 acceptance in the browser, French UI: an admin creates a counsellor for Gap and an
// editor; the counsellor sets a password from the invitation, signs in, sees a Gap visit and not
// a Marseille one; deactivated, the counsellor's next request is refused; six wrong passwords lock
// the editor with a clear message that the audit page shows. axe-core on every page visited.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './support/axe.js';
import { launchChromium, screenshot } from './support/browser.js';
import { adminClient, apiVisit, pairedDeviceToken, signInBackOffice } from './support/staff.js';
import { browserTestState } from './support/state.js';

jest.setTimeout(240_000);

const GAP = 'Cité des Métiers – Gap';
const MARSEILLE = 'Cité des Métiers de Marseille';
const STRONG = 'Lavande des Hautes-Alpes au col Bayard 1247';

describe('Back-office staff accounts, end to end', () => {
  let browser: Browser;
  const state = browserTestState();
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    contexts.push(context);
    return context.newPage();
  }

  async function clean(page: Page): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
  }

  async function createAccount(
    page: Page,
    account: { email: string; name: string; role: string; site?: string },
  ): Promise<string> {
    await page.getByRole('button', { name: 'Créer un compte' }).click();
    const dialog = page.getByRole('dialog', { name: 'Créer un compte' });
    await dialog.waitFor();
    await dialog.getByLabel('Adresse e-mail').fill(account.email);
    await dialog.getByLabel('Nom affiché').fill(account.name);
    await dialog.getByLabel('Rôle').selectOption({ label: account.role });
    if (account.site) await dialog.getByLabel(account.site).check();
    await dialog.getByRole('button', { name: 'Créer le compte' }).click();
    const link = page.getByRole('dialog', { name: `Lien pour ${account.name}` });
    await link.waitFor();
    const url = await link.getByLabel('Lien à transmettre').inputValue();
    expect(url).toMatch(new RegExp(`^${state.baseUrl}/admin/#/invitation/[A-Za-z0-9_-]{20,}$`));
    return url;
  }

  it('should take a Gap counsellor from invitation to revocation and lock an editor after six wrong passwords', async () => {
    // Two visits recorded by headsets of Gap and of Marseille.
    const api = await adminClient(state);
    const sites = (await api.call<{ id: string; name: string }[]>('GET', '/sites')).body;
    const siteId = (name: string) => sites.find((s) => s.name === name)!.id;
    const gapHeadset = await pairedDeviceToken(
      state.baseUrl,
      api,
      siteId(GAP),
      `Casque Gap ${Date.now() % 1e5}`,
    );
    const marseilleHeadset = await pairedDeviceToken(
      state.baseUrl,
      api,
      siteId(MARSEILLE),
      `Casque Marseille ${Date.now() % 1e5}`,
    );
    const gapCode = await apiVisit(state.baseUrl, gapHeadset.token, 'agent-biodechets', 7);
    const marseilleCode = await apiVisit(state.baseUrl, marseilleHeadset.token, 'agent-biodechets', 7);

    // The admin: sites, then two accounts.
    const admin = await newPage();
    await admin.goto(`${state.baseUrl}/admin/`);
    await admin.getByRole('heading', { name: 'Connexion', level: 1 }).waitFor();
    expect(await admin.getByRole('button', { name: 'Se déconnecter' }).count()).toBe(0);
    await clean(admin);
    await screenshot(admin, 'admin/connexion-01');
    await signInBackOffice(admin, state.baseUrl, state.adminEmail, state.adminPassword);
    const nav = admin.getByRole('navigation', { name: 'Pages de l’espace professionnel' });
    await nav.getByRole('link', { name: 'Sites' }).click();
    const gapRow = admin.locator(`#tableau-sites tr[data-site="${GAP}"]`);
    await gapRow.waitFor();
    expect((await admin.locator('#tableau-sites tbody tr').count()) >= 8).toBe(true);
    const gapCells = await gapRow.locator('td').allTextContents();
    expect(Number(gapCells[1])).toBeGreaterThanOrEqual(1);
    expect(Number(gapCells[2])).toBeGreaterThanOrEqual(1);
    // A site in use cannot be deleted: no such button on its row.
    expect(await gapRow.getByRole('button', { name: `Supprimer ${GAP}` }).count()).toBe(0);
    await clean(admin);
    await screenshot(admin, 'admin/sites-01-liste', true);

    const digne = `Cité des Métiers – Digne ${Date.now() % 1e5}`;
    await admin.getByRole('button', { name: 'Ajouter un site' }).click();
    const siteDialog = admin.getByRole('dialog', { name: 'Ajouter un site' });
    await siteDialog.getByRole('button', { name: 'Ajouter' }).click();
    await expect(siteDialog.locator('#site-nom-erreur').textContent()).resolves.toContain(
      'Donnez un nom au site',
    );
    await clean(admin);
    await siteDialog.getByLabel('Nom du site').fill(digne);
    await siteDialog.getByLabel('Ville').fill('Digne-les-Bains');
    await siteDialog.getByRole('button', { name: 'Ajouter' }).click();
    const digneRow = admin.locator(`#tableau-sites tr[data-site="${digne}"]`);
    await digneRow.waitFor();
    await digneRow.getByRole('button', { name: `Désactiver ${digne}` }).click();
    await admin
      .getByRole('dialog', { name: `Désactiver « ${digne} »\u202f?` })
      .getByRole('button', { name: 'Désactiver' })
      .click();
    await digneRow.getByRole('cell', { name: 'désactivé' }).waitFor();
    await digneRow.getByRole('button', { name: `Supprimer ${digne}` }).click();
    const deletion = admin.getByRole('dialog', { name: `Supprimer « ${digne} »\u202f?` });
    await clean(admin);
    await screenshot(admin, 'admin/sites-02-suppression');
    await deletion.getByRole('button', { name: 'Supprimer' }).click();
    await digneRow.waitFor({ state: 'detached' });

    await nav.getByRole('link', { name: 'Comptes' }).click();
    await admin.locator('#tableau-comptes').waitFor();
    await clean(admin);
    const stamp = Date.now() % 1e6;
    const counsellor = {
      email: `camille.${stamp}@gap.test`,
      name: 'Camille Roux',
      role: 'Conseiller·ère',
      site: GAP,
    };
    const counsellorLink = await createAccount(admin, counsellor);
    await clean(admin);
    await screenshot(admin, 'admin/comptes-01-lien');
    await admin.getByRole('button', { name: 'J’ai transmis le lien' }).click();
    const editor = { email: `sam.${stamp}@eclore.test`, name: 'Sam Martin', role: 'Rédacteur·rice' };
    const editorLink = await createAccount(admin, editor);
    await admin.getByRole('button', { name: 'J’ai transmis le lien' }).click();
    // Editing an account: its dialog is filled with the account, the list shows the change.
    const editorRow = admin.locator(`#tableau-comptes tr[data-compte="${editor.email}"]`);
    await editorRow.getByRole('button', { name: `Modifier ${editor.name}` }).click();
    const edit = admin.getByRole('dialog', { name: `Modifier le compte de ${editor.name}` });
    expect(await edit.getByLabel('Nom affiché').inputValue()).toBe(editor.name);
    expect(await edit.getByLabel('Rôle').inputValue()).toBe('editor');
    await edit.getByLabel('Nom affiché').fill('Sam Martin-Durand');
    await clean(admin);
    await edit.getByRole('button', { name: 'Enregistrer' }).click();
    await editorRow.getByRole('rowheader', { name: /Sam Martin-Durand/ }).waitFor();
    const counsellorRow = admin.locator(`#tableau-comptes tr[data-compte="${counsellor.email}"]`);
    expect(await counsellorRow.locator('td').allTextContents()).toEqual([
      'Conseiller·ère',
      GAP,
      'jamais',
      'invitation en attente',
      expect.any(String),
    ]);
    await screenshot(admin, 'admin/comptes-02-liste', true);

    // The counsellor: invitation, password, sign-in, look-ups.
    const camille = await newPage();
    await camille.goto(counsellorLink);
    await camille.getByRole('heading', { name: 'Activer votre compte', level: 1 }).waitFor();
    await camille.getByLabel('Nouveau mot de passe').fill('court');
    await expect(camille.locator('#nouveau-mot-de-passe-aide').textContent()).resolves.toBe(
      'Encore 7 caractères au moins.',
    );
    await camille.getByLabel('Nouveau mot de passe').fill('motdepasse12');
    await camille.getByLabel('Confirmez le mot de passe').fill('motdepasse12');
    await camille.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    const weak = camille.locator('#nouveau-mot-de-passe-erreur');
    await weak.waitFor();
    expect(await weak.textContent()).toMatch(/\S/);
    expect(await camille.getByLabel('Nouveau mot de passe').getAttribute('aria-invalid')).toBe('true');
    await clean(camille);
    await screenshot(camille, 'admin/invitation-01-trop-faible');
    await camille.getByLabel('Nouveau mot de passe').fill(STRONG);
    await camille.getByLabel('Confirmez le mot de passe').fill(STRONG);
    await camille.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await camille.getByText('Votre mot de passe est enregistré.', { exact: false }).waitFor();
    await clean(camille);
    await camille.getByLabel('Adresse e-mail').fill(counsellor.email);
    await camille.getByLabel('Mot de passe', { exact: true }).fill(STRONG);
    await camille.getByRole('button', { name: 'Se connecter' }).click();
    await camille.getByRole('heading', { name: 'Profil de compétences', level: 1 }).waitFor();
    const camilleNav = camille.getByRole('navigation', { name: 'Pages de l’espace professionnel' });
    expect(await camilleNav.getByRole('link').allTextContents()).toEqual([
      'Profil de compétences',
      'Rapports',
    ]);
    await camille.getByLabel('Code de suivi').fill(gapCode);
    await camille.getByRole('button', { name: 'Afficher le profil' }).click();
    await camille.locator('#profil article').waitFor();
    expect(await camille.locator('#profil').textContent()).toContain(`Site\u00a0: ${GAP}`);
    await clean(camille);
    await screenshot(camille, 'admin/profil-conseillere-gap', true);

    const refusal = async (code: string): Promise<string> => {
      await camille.getByLabel('Code de suivi').fill(code);
      await camille.getByRole('button', { name: 'Afficher le profil' }).click();
      await camille.locator('#code-erreur').waitFor();
      return (await camille.locator('#code-erreur').textContent()) ?? '';
    };
    const marseilleRefusal = await refusal(marseilleCode);
    expect(await camille.locator('#profil article').count()).toBe(0);
    const unknownRefusal = await refusal('ZZZZZ-ZZZZZ');
    expect(marseilleRefusal).toBe(unknownRefusal);
    await clean(camille);
    await screenshot(camille, 'admin/profil-conseillere-marseille-refuse');

    // The admin deactivates the counsellor: her next request is refused.
    await counsellorRow.getByRole('button', { name: `Désactiver ${counsellor.name}` }).click();
    const confirm = admin.getByRole('dialog', { name: `Désactiver le compte de ${counsellor.name}\u202f?` });
    await clean(admin);
    await confirm.getByRole('button', { name: 'Désactiver' }).click();
    await counsellorRow.getByRole('cell', { name: 'désactivé' }).waitFor();
    await camille.getByLabel('Code de suivi').fill(gapCode);
    await camille.getByRole('button', { name: 'Afficher le profil' }).click();
    await camille.getByRole('heading', { name: 'Connexion', level: 1 }).waitFor();
    expect(await camille.locator('.notice').textContent()).toMatch(/\S/);
    expect(await camille.getByRole('button', { name: 'Se déconnecter' }).count()).toBe(0);
    await clean(camille);
    await screenshot(camille, 'admin/connexion-02-compte-desactive');

    // The editor: password set, a first sign-in, then six wrong passwords lock the account.
    const sam = await newPage();
    await sam.goto(editorLink);
    await sam.getByLabel('Nouveau mot de passe').fill(STRONG);
    await sam.getByLabel('Confirmez le mot de passe').fill(STRONG);
    await sam.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await sam.getByRole('heading', { name: 'Connexion', level: 1 }).waitFor();
    await sam.getByLabel('Adresse e-mail').fill(editor.email);
    await sam.getByLabel('Mot de passe', { exact: true }).fill(STRONG);
    await sam.getByRole('button', { name: 'Se connecter' }).click();
    await sam.getByRole('heading', { name: 'Studio', level: 1 }).waitFor();
    await clean(sam);
    await screenshot(sam, 'admin/studio-redacteur');
    await sam.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
    await sam.getByRole('heading', { name: 'Connexion', level: 1 }).waitFor();
    const error = sam.locator('#erreur-connexion');
    await sam.getByLabel('Adresse e-mail').fill(editor.email);
    for (let attempt = 1; attempt <= 6; attempt++) {
      await sam.getByLabel('Mot de passe', { exact: true }).fill(`mauvais-mot-de-passe-${attempt}`);
      await sam.getByRole('button', { name: 'Se connecter' }).click();
      await sam.waitForFunction(
        (n) => document.getElementById('erreur-connexion')?.dataset.essai === String(n),
        attempt,
      );
      if (attempt < 6)
        expect(await error.textContent()).toBe('Adresse électronique ou mot de passe incorrect.');
    }
    const locked = (await error.textContent()) ?? '';
    expect(locked).toMatch(/compte est verrouillé/);
    expect(locked).toMatch(/Réessayez dans \d/);
    await clean(sam);
    await screenshot(sam, 'admin/connexion-03-compte-bloque');

    // The audit page shows the lockout; the CSV export carries the same filter.
    await nav.getByRole('link', { name: 'Journal' }).click();
    await admin.locator('#tableau-journal').waitFor();
    await admin.getByLabel('Action').selectOption({ value: 'auth.locked' });
    await admin.getByRole('button', { name: 'Filtrer' }).click();
    const lockedRow = admin.locator('#tableau-journal tr[data-action="auth.locked"]').first();
    await lockedRow.waitFor();
    expect(await lockedRow.textContent()).toContain(editor.email);
    expect(await admin.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href')).toBe(
      '/api/v1/audit/export.csv?action=auth.locked',
    );
    await clean(admin);
    await screenshot(admin, 'admin/journal-01-blocage', true);

    // « Se déconnecter partout »: back to the sign-in page, and the old session no longer works.
    await admin.getByRole('button', { name: 'Se déconnecter partout' }).click();
    await admin.getByText('Vous êtes déconnecté·e sur tous vos appareils.').waitFor();
    expect((await api.call('GET', '/auth/me')).status).toBe(401);
  });
});
