// What one visit stored, in plain French: the job, the day, the answers, the profile and what was said.
import type { Ref } from 'preact';
import { QUESTIONS, answerLabel } from '../shared/questions.js';
import { NBSP, date, quoted } from '../admin/ui/format.js';
import type { MyDataResponse } from './api.js';

function Answers({ answers }: { answers: MyDataResponse['answers'] }) {
  return (
    <dl class="liste-donnees" id="reponses">
      {QUESTIONS.map((q) => (
        <div key={q.id} data-question={q.id}>
          <dt>{q.title}</dt>
          <dd class={answers?.[q.id] == null ? 'vide' : undefined}>
            {answerLabel(q, answers?.[q.id] ?? null)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Profile({ data }: { data: MyDataResponse }) {
  if (!data.completed)
    return (
      <p class="vide">
        Votre visite ne s’est pas terminée (ou ses dernières réponses ne nous sont pas parvenues)
        {NBSP}: aucun profil n’a été calculé.
      </p>
    );
  const strongest = data.competencies.filter((c) => c.score > 0).slice(0, 3);
  return (
    <>
      <p class="points-forts">
        {strongest.length > 0
          ? `Ce que vous avez le plus montré${NBSP}: ${strongest.map((c) => c.libelle.toLowerCase()).join(', ')}.`
          : 'Vous avez découvert le métier.'}
      </p>
      <table id="tableau-competences">
        <caption>
          Les points enregistrés pour chaque compétence, sur le maximum possible dans cette visite
        </caption>
        <thead>
          <tr>
            <th scope="col">Compétence</th>
            <th scope="col" class="nombre">
              Points
            </th>
          </tr>
        </thead>
        <tbody>
          {data.competencies.map((c) => (
            <tr key={c.id} data-competence={c.id}>
              <th scope="row">
                {c.libelle}
                <span class="description">{c.description}</span>
              </th>
              <td class="nombre points" data-score={c.score} data-max={c.max}>
                {c.score} sur {c.max}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function VisitData({
  data,
  headingRef,
}: {
  data: MyDataResponse;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  return (
    <section id="donnees" class="bloc" aria-labelledby="titre-donnees">
      <h2 id="titre-donnees" tabIndex={-1} ref={headingRef}>
        Ce que nous avons gardé de votre visite
      </h2>
      <dl class="liste-donnees" id="visite">
        <div>
          <dt>Métier découvert</dt>
          <dd id="metier">{data.scenario.job || data.scenario.title}</dd>
        </div>
        <div>
          <dt>Visite</dt>
          <dd id="scenario">{quoted(data.scenario.title)}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd id="date-visite">{date(`${data.visitedOn}T12:00:00`)}</dd>
        </div>
        <div>
          <dt>Lieu</dt>
          <dd>{data.site?.name ?? 'non enregistré'}</dd>
        </div>
      </dl>

      <h3>Vos réponses aux questions de fin de visite</h3>
      <Answers answers={data.answers} />

      <h3>Ce que vous avez dit au personnage</h3>
      {data.said.length === 0 ? (
        <p class="vide">
          Rien{NBSP}: vous avez choisi vos réponses sans parler. Votre voix n’est jamais enregistrée.
        </p>
      ) : (
        <>
          <p class="aide">Le texte de ce qui a été compris. Votre voix elle-même n’est jamais enregistrée.</p>
          <ul id="paroles">
            {data.said.map((text, i) => (
              <li key={i}>{quoted(text)}</li>
            ))}
          </ul>
        </>
      )}

      <h3>Votre profil de compétences</h3>
      <Profile data={data} />
    </section>
  );
}

/** Always shown: what exists at all, how long it is kept, and what stays after an erasure. */
export function KeptAnyway({ retentionMonths }: { retentionMonths: number | null }) {
  const months = retentionMonths ?? 24;
  return (
    <section class="bloc a-savoir" aria-labelledby="titre-a-savoir">
      <h2 id="titre-a-savoir">À savoir</h2>
      <ul>
        <li>
          Éclore ne connaît ni votre nom, ni votre adresse, ni votre date de naissance. Votre voix n’est
          jamais enregistrée{NBSP}: seulement le texte de ce que vous avez dit au personnage.
        </li>
        <li>
          Sans action de votre part, vos données sont effacées automatiquement {months}
          {NBSP}mois après votre visite.
        </li>
        <li>
          Des statistiques anonymes restent, même après un effacement{NBSP}: ce sont des totaux déjà calculés
          (par exemple «{NBSP}120 visites en décembre{NBSP}»), sans code ni rien qui permette de vous
          reconnaître.
        </li>
        <li>
          Vous pouvez aussi demander à votre conseiller ou conseillère d’effacer vos données{NBSP}: donnez-lui
          votre code.
        </li>
      </ul>
    </section>
  );
}
