// Back-office: staff login, then a counsellor looks up a follow-up code and reads (or prints)
// the visitor's competency profile with the evidence behind each score. Admins also get the
// « Casques » page (headset pairing and revocation), reached through the navigation bar.
import { formatFollowUpCode, normalizeFollowUpCode } from '../../../engine/src/follow-up-code.js';
import type { LoginResponse, Profile, ProfileCompetency } from '../shared/api-types.js';
import { HttpError, requestJson } from '../shared/http.js';
import { createDevicesPage } from './devices.js';
import { el } from '../shared/dom.js';

const TOKEN_KEY = 'eclore.admin.session';

interface StoredSession {
  token: string;
  email: string;
  role: string;
}

const METHODS: Record<string, string> = {
  pointer: 'pointage à la manette',
  mouse: 'clic à la souris',
  keyboard: 'clavier',
  touch: 'écran tactile',
  voice: 'à la voix',
};

function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Élément #${id} absent`);
  return element as T;
}

function loadSession(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(TOKEN_KEY);
    return raw ? (JSON.parse(raw) as StoredSession) : null;
  } catch {
    return null;
  }
}

let session = loadSession();

type PageName = 'profil' | 'casques';

const devicesPage = createDevicesPage({
  token: () => session?.token ?? null,
  onUnauthorized: () => showLogin('Votre session a expiré. Reconnectez-vous pour continuer.'),
});
$('contenu').append(devicesPage.section);

// Navigation between the pages, shown once logged in; « Casques » only for admins.
const navigation = el('nav', undefined, 'navigation');
navigation.id = 'navigation';
navigation.setAttribute('aria-label', 'Pages de l’espace professionnel');
navigation.hidden = true;
const navigationList = el('ul');
const navigationItems = new Map<PageName, HTMLLIElement>();
const navigationLinks: Record<PageName, HTMLAnchorElement> = {
  profil: el('a', 'Profil de compétences'),
  casques: el('a', 'Casques'),
};
for (const [page, link] of Object.entries(navigationLinks) as [PageName, HTMLAnchorElement][]) {
  link.href = `#${page}`;
  link.id = `lien-${page}`;
  const item = el('li');
  item.append(link);
  navigationItems.set(page, item);
  navigationList.append(item);
}
navigation.append(navigationList);
$('contenu').before(navigation);

function isAdmin(): boolean {
  return session?.role === 'admin';
}

function requestedPage(): PageName {
  return location.hash === '#casques' && isAdmin() ? 'casques' : 'profil';
}

function showLogin(message = ''): void {
  session = null;
  sessionStorage.removeItem(TOKEN_KEY);
  devicesPage.reset();
  $('vue-connexion').hidden = false;
  $('vue-profil').hidden = true;
  devicesPage.section.hidden = true;
  navigation.hidden = true;
  $('utilisateur').hidden = true;
  $('erreur-connexion').textContent = message;
  $('email').focus();
}

function showPage(page: PageName = requestedPage()): void {
  if (!session) return showLogin();
  $('vue-connexion').hidden = true;
  $('utilisateur').hidden = false;
  $('utilisateur-email').textContent = session.email;
  navigation.hidden = false;
  const devicesItem = navigationItems.get('casques');
  if (devicesItem) devicesItem.hidden = !isAdmin();
  for (const [name, link] of Object.entries(navigationLinks) as [PageName, HTMLAnchorElement][]) {
    if (name === page) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `${page === 'casques' ? 'Casques' : 'Profil de compétences'} — Éclore, espace professionnel`;
  if (page === 'casques') {
    $('vue-profil').hidden = true;
    devicesPage.show();
  } else {
    devicesPage.section.hidden = true;
    $('vue-profil').hidden = false;
    $('code').focus();
  }
}

function showProfilePage(): void {
  showPage('profil');
}

async function login(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const email = $<HTMLInputElement>('email').value.trim();
  const password = $<HTMLInputElement>('mot-de-passe').value;
  const error = $('erreur-connexion');
  if (!email || !password) {
    error.textContent = 'Saisissez votre adresse e-mail et votre mot de passe.';
    return;
  }
  error.textContent = '';
  try {
    const response = await requestJson<LoginResponse>('/api/v1/auth/login', {
      method: 'POST',
      body: { email, password },
    });
    session = { token: response.accessToken, email: response.user.email, role: response.user.role };
    sessionStorage.setItem(TOKEN_KEY, JSON.stringify(session));
    $<HTMLInputElement>('mot-de-passe').value = '';
    const pending = new URLSearchParams(location.search).get('code');
    if (pending) {
      showProfilePage();
      await lookUp(pending);
    } else {
      showPage();
    }
  } catch (failure) {
    if (failure instanceof HttpError && (failure.status === 401 || failure.status === 400)) {
      error.textContent = 'Adresse e-mail ou mot de passe incorrect.';
    } else if (failure instanceof HttpError && failure.status === 429) {
      error.textContent = 'Trop de tentatives. Patientez une minute avant de réessayer.';
    } else {
      error.textContent = failure instanceof HttpError ? failure.message : 'Connexion impossible.';
    }
  }
}

async function lookUp(input: string): Promise<void> {
  const error = $('erreur-code');
  const container = $('profil');
  const normalized = normalizeFollowUpCode(input);
  if (!normalized) {
    error.textContent = 'Ce code n’a pas le bon format : il compte 10 caractères, par exemple ABCDE-FGHJK.';
    container.replaceChildren();
    return;
  }
  const code = formatFollowUpCode(normalized);
  $<HTMLInputElement>('code').value = code;
  error.textContent = '';
  container.replaceChildren(el('p', 'Recherche du profil…', 'meta'));
  try {
    const profile = await requestJson<Profile>(`/api/v1/profiles/${encodeURIComponent(normalized)}`, {
      token: session?.token,
    });
    renderProfile(container, code, profile);
  } catch (failure) {
    container.replaceChildren();
    if (failure instanceof HttpError && failure.status === 401) {
      showLogin('Votre session a expiré. Reconnectez-vous pour continuer.');
    } else if (failure instanceof HttpError && failure.status === 404) {
      error.textContent =
        'Code inconnu : vérifiez les caractères saisis. Une visite non terminée n’a pas encore de profil.';
    } else if (failure instanceof HttpError && failure.status === 403) {
      error.textContent = 'Ce profil ne dépend pas de votre structure.';
    } else if (failure instanceof HttpError && failure.status === 429) {
      error.textContent = 'Trop de recherches en peu de temps. Patientez une minute.';
    } else {
      error.textContent =
        failure instanceof HttpError ? failure.message : 'Le profil n’a pas pu être chargé.';
    }
  }
}

function renderProfile(container: HTMLElement, code: string, profile: Profile): void {
  const header = el('div', undefined, 'entete-profil');
  const info = el('div');
  info.append(
    el('h2', `${profile.scenario.title}`),
    el('p', `Métier découvert : ${profile.scenario.job}`),
    el('p', `Code de suivi : ${code}`, 'meta'),
    el(
      'p',
      profile.completedAt
        ? `Visite terminée le ${new Date(profile.completedAt).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' })}`
        : 'Visite non terminée',
      'meta',
    ),
  );
  const print = el('button', 'Imprimer', 'no-print');
  print.type = 'button';
  print.addEventListener('click', () => window.print());
  header.append(info, print);

  const competencies = [...profile.competencies].sort((a, b) => ratio(b) - ratio(a));
  const table = el('table');
  table.id = 'tableau-competences';
  const caption = el('caption', 'Score obtenu sur le maximum atteignable dans ce scénario');
  caption.className = 'meta';
  const head = el('thead');
  const headRow = el('tr');
  for (const [label, cls] of [
    ['Compétence', ''],
    ['Score', 'nombre'],
    ['Répartition', ''],
  ] as const) {
    const th = el('th', label, cls || undefined);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = el('tbody');
  for (const c of competencies) {
    const row = el('tr');
    row.dataset.competence = c.id;
    const name = el('th');
    name.scope = 'row';
    name.append(el('span', c.libelle), el('span', c.description, 'description'));
    const score = el('td', `${c.score} / ${c.max}`, 'nombre');
    score.dataset.score = String(c.score);
    score.dataset.max = String(c.max);
    const barCell = el('td');
    const bar = el('div', undefined, 'barre');
    const back = el('div', undefined, 'barre-fond');
    back.setAttribute('role', 'img');
    back.setAttribute('aria-label', `${c.libelle} : ${c.score} sur ${c.max}`);
    const value = el('div', undefined, 'barre-valeur');
    value.style.width = `${Math.round(ratio(c) * 100)}%`;
    back.append(value);
    bar.append(back);
    barCell.append(bar);
    row.append(name, score, barCell);
    body.append(row);
  }
  table.append(caption, head, body);

  const evidenceTitle = el('h2', 'Ce qui fonde chaque score');
  const evidence = el('div');
  for (const c of competencies) {
    const block = el('section', undefined, 'preuves');
    block.append(el('h3', c.libelle));
    if (c.evidence.length === 0) {
      block.append(el('p', 'Aucun choix n’a porté sur cette compétence pendant la visite.', 'vide'));
    } else {
      const list = el('ol');
      for (const e of [...c.evidence].sort((a, b) => a.step - b.step)) {
        const item = el('li');
        const delta = el(
          'span',
          e.delta > 0 ? `+${e.delta}` : String(e.delta),
          e.delta > 0 ? 'delta-positif' : 'delta-negatif',
        );
        item.append(
          delta,
          ` — étape ${e.step + 1} (${e.path}) : «\u00a0${e.choiceText}\u00a0», choisi ${METHODS[e.method] ?? e.method}`,
          e.transcript ? ` ; entendu : «\u00a0${e.transcript}\u00a0»` : '',
          '.',
        );
        list.append(item);
      }
      block.append(list);
    }
    evidence.append(block);
  }
  container.replaceChildren(header, table, evidenceTitle, evidence);
}

function ratio(c: ProfileCompetency): number {
  return c.max > 0 ? Math.max(0, Math.min(1, c.score / c.max)) : 0;
}

$<HTMLFormElement>('formulaire-connexion').addEventListener('submit', (event) => void login(event));
$<HTMLFormElement>('formulaire-code').addEventListener('submit', (event) => {
  event.preventDefault();
  void lookUp($<HTMLInputElement>('code').value);
});
$('bouton-deconnexion').addEventListener('click', () => showLogin());
window.addEventListener('hashchange', () => {
  if (session) showPage();
});

if (session) {
  const pending = new URLSearchParams(location.search).get('code');
  if (pending) {
    showProfilePage();
    void lookUp(pending);
  } else {
    showPage();
  }
} else {
  showLogin();
}
