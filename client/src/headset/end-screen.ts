// End of a visit: what the visitor showed (positive framing only), the job facts, and the
// follow-up code for the counsellor. Loaded on demand: not needed before the first frame.
import QRCode from 'qrcode';
import { rankCompetencies } from '../../../engine/src/competency-ranking.js';
import type { Scores } from '../../../engine/src/index.js';
import type { Metier, Referentiel } from '../shared/api-types.js';
import type { CardView } from './scene/dialogue-ui.js';
import { el } from '../shared/dom.js';

export interface EndScreenData {
  followUpCode: string;
  scores: Scores;
  maxScores: Scores | null;
  metier: Metier;
  referentiel: Referentiel;
  title: string;
  /** True once the server's replay confirmed the scores. */
  confirmed?: boolean;
}

export interface ShownCompetency {
  id: string;
  libelle: string;
  description: string;
  score: number;
}

/**
 * Competencies with a positive score, strongest first in the counsellor's profile order
 * (`rankCompetencies`); nothing negative is ever shown to the visitor.
 */
export function shownCompetencies(
  data: Pick<EndScreenData, 'scores' | 'referentiel'> & Partial<Pick<EndScreenData, 'maxScores'>>,
): ShownCompetency[] {
  const shown = data.referentiel.competences
    .map((c) => ({
      id: c.id,
      libelle: c.libelle,
      description: c.description,
      score: data.scores[c.id] ?? 0,
      max: data.maxScores?.[c.id] ?? 0,
    }))
    .filter((c) => c.score > 0);
  return rankCompetencies(shown).map(({ id, libelle, description, score }) => ({
    id,
    libelle,
    description,
    score,
  }));
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
  const intro = el('p', `Merci d’avoir rencontré l’équipe «\u00a0${data.title}\u00a0».`);

  const shown = shownCompetencies(data);
  const skillsTitle = el('h3', 'Ce que vous avez montré');
  const skills = el('ul', undefined, 'competences');
  skills.id = 'liste-competences';
  // Ties are broken by the scenario's maxima, known once the server confirmed the scores.
  if (data.confirmed) skills.dataset.confirme = 'true';
  if (shown.length === 0)
    skills.append(el('li', 'Vous avez découvert le métier\u202f: c’est un premier pas\u202f!'));
  for (const c of shown.slice(0, 6)) {
    const item = el('li');
    item.dataset.competence = c.id;
    item.append(el('strong', c.libelle), ` — ${c.description}`);
    skills.append(item);
  }
  if (shown.length > 6) {
    skills.append(
      el(
        'li',
        `Et aussi\u202f: ${shown
          .slice(6)
          .map((c) => c.libelle.toLowerCase())
          .join(', ')}.`,
      ),
    );
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
    facts,
    mainAction('bouton-continuer-fin', 'Continuer', onContinue),
  );
}

/** The last screen of a visit: the follow-up code, as text and as a QR code for the counsellor. */
export function renderCodeScreen(section: HTMLElement, followUpCode: string, onDone: () => void): void {
  const title = el('h2', 'Votre code de suivi');
  title.id = 'titre-code';
  title.tabIndex = -1;
  const codeBlock = el('div', undefined, 'bloc-code');
  const codeText = el('div');
  codeText.append(
    el('p', 'À donner à votre conseiller ou conseillère\u202f:'),
    Object.assign(el('p', followUpCode, 'code-suivi'), { id: 'code-suivi' }),
    el('p', 'Notez-le ou prenez-le en photo. Il permet aussi de consulter ou d’effacer vos réponses.'),
  );
  const qr = el('img');
  qr.alt = `QR code du code de suivi ${followUpCode}`;
  void QRCode.toDataURL(`${location.origin}/admin/?code=${followUpCode}`, {
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
  const shown = shownCompetencies(data).slice(0, 5);
  return {
    title: 'Bravo\u202f!',
    body: [
      shown.length
        ? `Vous avez montré\u202f: ${shown.map((c) => c.libelle.toLowerCase()).join(', ')}.`
        : 'Vous avez découvert le métier.',
      data.metier.metier.formations?.length
        ? `Pour s’y former\u202f: ${data.metier.metier.formations
            .slice(0, 2)
            .map((f) => f.intitule)
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
    body: [followUpCode, 'Donnez-le à votre conseiller ou conseillère.', 'Merci de votre visite\u202f!'],
    action: 'Terminer',
  };
}
