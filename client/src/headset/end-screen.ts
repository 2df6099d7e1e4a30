// End of a visit: what the visitor showed (positive framing only), the job facts, and the
// follow-up code for the counsellor. Loaded on demand: not needed before the first frame.
import QRCode from 'qrcode';
import { rankCompetencies } from '../../../engine/src/competency-ranking.js';
import type { Scores } from '../../../engine/src/index.js';
import type { Metier, Personnage, Referentiel } from '../shared/api-types.js';
import type { CardView } from './scene/dialogue-ui.js';
import { el } from '../shared/dom.js';

export interface EndScreenData {
  followUpCode: string;
  scores: Scores;
  maxScores: Scores | null;
  metier: Metier;
  referentiel: Referentiel;
  title: string;
  /** Id of the character the visitor heard most (the professional met). */
  metWith?: string;
  /** True once the server's replay confirmed the scores. */
  confirmed?: boolean;
}

export interface ShownCompetency {
  id: string;
  libelle: string;
  description: string;
  score: number;
  max: number | null;
}

/** How many strengths the end screen names: a few, so that each one means something. */
export const TOP_COMPETENCIES = 3;

function competencies(data: Pick<EndScreenData, 'scores' | 'maxScores' | 'referentiel'>): ShownCompetency[] {
  return rankCompetencies(
    data.referentiel.competences.map((c) => ({
      id: c.id,
      libelle: c.libelle,
      description: c.description,
      score: data.scores[c.id] ?? 0,
      max: data.maxScores?.[c.id] ?? null,
    })),
  );
}

/**
 * The visitor's three strongest competencies (positive scores only), in the order of the
 * counsellor's profile; nothing negative is ever shown to the visitor.
 */
export function shownCompetencies(
  data: Pick<EndScreenData, 'scores' | 'maxScores' | 'referentiel'>,
): ShownCompetency[] {
  return competencies(data)
    .filter((c) => c.score > 0)
    .slice(0, TOP_COMPETENCIES);
}

/**
 * What the scenario let the visitor practise and could grow further: competencies it can score
 * (known from the server's maxima) with the most room left, outside the strengths shown.
 */
export function toImprove(
  data: Pick<EndScreenData, 'scores' | 'maxScores' | 'referentiel'>,
): ShownCompetency[] {
  if (!data.maxScores) return [];
  const shown = new Set(shownCompetencies(data).map((c) => c.id));
  return competencies(data)
    .filter((c) => !shown.has(c.id) && (c.max ?? 0) > 0 && c.score < (c.max ?? 0))
    .sort((a, b) => (b.max ?? 0) - b.score - ((a.max ?? 0) - a.score) || (a.id < b.id ? -1 : 1))
    .slice(0, 2);
}

/** The professional met: the character who spoke most, else the first one shown on stage. */
export function mainCharacter(metier: Metier, speakerId?: string): Personnage | null {
  const spoke = speakerId ? metier.personnages[speakerId] : undefined;
  if (spoke?.apparence) return spoke;
  return Object.values(metier.personnages).find((p) => p.apparence) ?? null;
}

/** « Julien, agent de valorisation des biodéchets »: the name and the job part of the role. */
export function metWith(metier: Metier, speakerId?: string): string {
  const person = mainCharacter(metier, speakerId);
  if (!person) return `un·e professionnel·le\u00a0: ${lowerFirst(metier.metier.intitule)}`;
  return `${person.nom}, ${lowerFirst(person.role.split(',')[0].trim())}`;
}

/** Lower-cases the first letter unless it starts an acronym (« BTS », « CAP »). */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);
}

function euros(range: [number, number] | undefined): string | null {
  if (!range) return null;
  const format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
  return `${format.format(range[0])} à ${format.format(range[1])}\u00a0€ brut par mois`;
}

/** The row with the screen's one main button. */
function mainAction(id: string, label: string, onClick: () => void): HTMLElement {
  const button = el('button', label, 'principal');
  button.type = 'button';
  button.id = id;
  button.addEventListener('click', onClick);
  const actions = el('div', undefined, 'actions');
  actions.append(button);
  return actions;
}

export function renderEndScreen(section: HTMLElement, data: EndScreenData, onContinue: () => void): void {
  const title = el('h2', 'Bravo, vous êtes allé·e jusqu’au bout\u202f!');
  title.id = 'titre-fin';
  title.tabIndex = -1;
  const intro = el('p', `Merci d’avoir rencontré ${metWith(data.metier, data.metWith)}.`);
  intro.id = 'remerciement';

  const shown = shownCompetencies(data);
  const skillsTitle = el('h3', 'Ce que vous avez montré');
  const skills = el('ul', undefined, 'competences');
  skills.id = 'liste-competences';
  // Ties are broken by the scenario's maxima, known once the server confirmed the scores.
  if (data.confirmed) skills.dataset.confirme = 'true';
  if (shown.length === 0)
    skills.append(el('li', 'Vous avez découvert le métier\u202f: c’est un premier pas\u202f!'));
  for (const c of shown) {
    const item = el('li');
    item.dataset.competence = c.id;
    item.append(el('strong', c.libelle), ` — ${c.description}`);
    skills.append(item);
  }
  const growing = toImprove(data);
  const growth = el('div', undefined, 'progresser');
  growth.id = 'a-developper';
  if (growing.length > 0) {
    growth.append(el('h3', 'Pour aller plus loin'));
    const list = el('ul');
    for (const c of growing) {
      const item = el('li');
      item.dataset.competence = c.id;
      item.append(
        el('strong', c.libelle),
        ` — une qualité que ce métier fait grandir\u202f: ${lowerFirst(c.description)}`,
      );
      list.append(item);
    }
    growth.append(list);
  }

  const job = data.metier.metier;
  const facts = el('div', undefined, 'faits');
  facts.append(el('h3', `Le métier\u202f: ${job.intitule}`), el('p', job.resume));
  const salary = [euros(job.salaire?.debutantBrutMensuel), euros(job.salaire?.confirmeBrutMensuel)];
  if (salary[0])
    facts.append(
      el(
        'p',
        `Salaire en début de carrière\u202f: ${salary[0]}${salary[1] ? `, puis ${salary[1]} avec de l’expérience` : ''}.`,
      ),
    );
  if (job.formations?.length) {
    facts.append(el('p', 'Pour s’y former\u202f:'));
    const list = el('ul');
    for (const f of job.formations.slice(0, 5))
      list.append(el('li', f.duree ? `${f.intitule} (${f.duree})` : f.intitule));
    facts.append(list);
  }

  section.replaceChildren(
    title,
    intro,
    skillsTitle,
    skills,
    growth,
    facts,
    mainAction('bouton-continuer-fin', 'Continuer', onContinue),
  );
}

/** The visitors' page (served by the server's static-files.ts). */
export const MY_DATA_PATH = '/mes-donnees';

/**
 * The QR code's address: « Mes données » with the code in the fragment, which the browser never sends to a server
 * (nor to its proxies' logs); the page reads it and clears it from the address bar.
 */
export function myDataUrl(origin: string, followUpCode: string): string {
  return `${origin}${MY_DATA_PATH}#code=${encodeURIComponent(followUpCode)}`;
}

/** The last screen of a visit: the follow-up code, as text and as a QR code to « Mes données ». */
export function renderCodeScreen(section: HTMLElement, followUpCode: string, onDone: () => void): void {
  const title = el('h2', 'Votre code de suivi');
  title.id = 'titre-code';
  title.tabIndex = -1;
  const codeBlock = el('div', undefined, 'bloc-code');
  const codeText = el('div');
  codeText.append(
    el('p', 'À donner à votre conseiller ou conseillère\u202f:'),
    Object.assign(el('p', followUpCode, 'code-suivi'), { id: 'code-suivi' }),
    el('p', 'Notez-le ou prenez-le en photo.'),
    el(
      'p',
      `Avec ce code, vous pouvez voir ou effacer vos données sur la page «\u00a0Mes données\u00a0»\u202f: scannez le QR code avec votre téléphone, ou allez sur ${location.host}${MY_DATA_PATH}.`,
      'mes-donnees',
    ),
  );
  const qr = el('img');
  qr.alt = `QR code vers la page «\u00a0Mes données\u00a0» avec le code ${followUpCode}`;
  void QRCode.toDataURL(myDataUrl(location.origin, followUpCode), {
    margin: 1,
    width: 256,
  }).then((url) => (qr.src = url));
  codeBlock.append(codeText, qr);

  section.replaceChildren(
    title,
    codeBlock,
    el('p', 'Merci de votre visite et bonne route\u202f!'),
    mainAction('bouton-terminer', 'Terminer', onDone),
  );
}

/** The same end screen as a card in the 3D scene. */
export function endCard(data: EndScreenData): CardView {
  const shown = shownCompetencies(data);
  const growing = toImprove(data);
  return {
    title: 'Bravo\u202f!',
    body: [
      `Merci d’avoir rencontré ${metWith(data.metier, data.metWith)}.`,
      shown.length
        ? `Vous avez montré\u202f: ${shown.map((c) => c.libelle.toLowerCase()).join(', ')}.`
        : 'Vous avez découvert le métier.',
      ...(growing.length
        ? [`Pour aller plus loin\u202f: ${growing.map((c) => c.libelle.toLowerCase()).join(', ')}.`]
        : []),
      data.metier.metier.formations?.length
        ? `Pour s’y former\u202f: ${data.metier.metier.formations
            .slice(0, 2)
            .map((f) => lowerFirst(f.intitule))
            .join(', ')}.`
        : data.metier.metier.resume,
    ],
    action: 'Continuer',
  };
}

/** The follow-up code as a card in the 3D scene. */
export function codeCard(followUpCode: string): CardView {
  return {
    title: 'Votre code de suivi',
    code: followUpCode,
    body: [
      'Donnez-le à votre conseiller ou conseillère.',
      'Il permet aussi de voir ou d’effacer vos données («\u00a0Mes données\u00a0»).',
    ],
    action: 'Terminer',
  };
}
