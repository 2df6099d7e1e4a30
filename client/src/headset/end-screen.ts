// End of a visit: what the visitor showed (positive framing only), the job facts, and the
// follow-up code for the counsellor. Loaded on demand: not needed before the first frame.
import QRCode from 'qrcode';
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

/** Competencies with a positive score, strongest first; nothing negative is ever shown to the visitor. */
export function shownCompetencies(data: Pick<EndScreenData, 'scores' | 'referentiel'>): ShownCompetency[] {
  return data.referentiel.competences
    .map((c) => ({ id: c.id, libelle: c.libelle, description: c.description, score: data.scores[c.id] ?? 0 }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score);
}

function euros(range: [number, number] | undefined): string | null {
  if (!range) return null;
  const format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
  return `${format.format(range[0])} à ${format.format(range[1])}\u00a0€ brut par mois`;
}

export function renderEndScreen(section: HTMLElement, data: EndScreenData, onDone: () => void): void {
  const title = el('h2', 'Bravo, vous êtes allé·e jusqu’au bout\u202f!');
  title.id = 'titre-fin';
  title.tabIndex = -1;
  const intro = el('p', `Merci d’avoir rencontré l’équipe «\u00a0${data.title}\u00a0».`);

  const shown = shownCompetencies(data);
  const skillsTitle = el('h3', 'Ce que vous avez montré');
  const skills = el('ul', undefined, 'competences');
  skills.id = 'liste-competences';
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

  const codeBlock = el('div', undefined, 'bloc-code');
  const codeText = el('div');
  codeText.append(
    el('p', 'Votre code de suivi, à donner à votre conseiller ou conseillère\u202f:'),
    Object.assign(el('p', data.followUpCode, 'code-suivi'), { id: 'code-suivi' }),
    el('p', 'Notez-le ou prenez-le en photo. Il permet aussi de consulter ou d’effacer vos réponses.'),
  );
  const qr = el('img');
  qr.alt = `QR code du code de suivi ${data.followUpCode}`;
  void QRCode.toDataURL(`${location.origin}/admin/?code=${data.followUpCode}`, {
    margin: 1,
    width: 256,
  }).then((url) => (qr.src = url));
  codeBlock.append(codeText, qr);

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

  const done = el('button', 'Terminer', 'principal');
  done.type = 'button';
  done.id = 'bouton-terminer';
  done.addEventListener('click', onDone);
  const actions = el('div', undefined, 'actions');
  actions.append(done);

  section.replaceChildren(title, intro, codeBlock, skillsTitle, skills, facts, actions);
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
      `Votre code de suivi\u202f: ${data.followUpCode}`,
      'Donnez-le à votre conseiller ou conseillère.',
    ],
    action: 'Terminer',
  };
}
