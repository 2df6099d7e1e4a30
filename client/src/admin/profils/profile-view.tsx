// One visit's profile, laid out for a debrief with the visitor: what they showed (chart + the
// same figures as a table), the decisions behind each score, questions to ask, and the job's
// facts and training routes. Prints on A4 with the centre's name, the date and the code.
import type { ProfileResponse } from '../api.js';
import { Button } from '../ui/button.js';
import { NBSP, date, dateTime, quoted } from '../ui/format.js';
import { ProfileChart } from './chart.js';
import { JobFacts } from './job-facts.js';
import { decisionName, methodWording, noEvidenceText, signed } from './wording.js';

export function ProfileView({ code, profile }: { code: string; profile: ProfileResponse }) {
  const { competencies } = profile;
  const strongest = competencies.filter((c) => c.score > 0).slice(0, 3);
  return (
    <article class="profil" aria-labelledby="titre-profil-visite">
      <header class="entete-profil">
        <div>
          <p class="entete-impression">
            {profile.site?.name ?? 'Éclore'} — profil imprimé le {date(new Date())} — code {code}
          </p>
          <h2 id="titre-profil-visite">{profile.scenario.title}</h2>
          <p>
            Métier découvert{NBSP}: {profile.scenario.job}
          </p>
          <p class="meta">
            Code de suivi{NBSP}: <span id="code-profil">{code}</span>
            {profile.site && (
              <>
                {' '}
                · Site{NBSP}: {profile.site.name}
              </>
            )}{' '}
            · Visite terminée le {dateTime(profile.completedAt)}
          </p>
        </div>
        <Button variant="principal" onClick={() => window.print()}>
          Imprimer
        </Button>
      </header>

      {strongest.length > 0 && (
        <p class="points-forts">
          Points forts montrés pendant la visite{NBSP}:{' '}
          {strongest.map((c) => c.libelle.toLowerCase()).join(', ')}.
        </p>
      )}

      <section aria-labelledby="titre-graphique" class="bloc">
        <h3 id="titre-graphique">Points obtenus par compétence, sur le maximum possible dans ce parcours</h3>
        <ProfileChart competencies={competencies} titleId="titre-graphique" />
        <table id="tableau-competences">
          <caption>Les mêmes données en tableau, de la compétence la plus marquée à la moins marquée</caption>
          <thead>
            <tr>
              <th scope="col">Compétence</th>
              <th scope="col" class="nombre">
                Points obtenus
              </th>
              <th scope="col" class="nombre">
                Maximum possible
              </th>
            </tr>
          </thead>
          <tbody>
            {competencies.map((c) => (
              <tr key={c.id} data-competence={c.id}>
                <th scope="row">
                  {c.libelle}
                  <span class="description">{c.description}</span>
                </th>
                <td class="nombre" data-score={c.score}>
                  {c.score}
                </td>
                <td class="nombre" data-max={c.max}>
                  {c.max}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="titre-preuves" class="bloc">
        <h3 id="titre-preuves">Les décisions qui fondent chaque score</h3>
        {competencies.map((c) => (
          <section key={c.id} class="preuves" data-competence={c.id} aria-labelledby={`preuves-${c.id}`}>
            <h4 id={`preuves-${c.id}`}>
              {c.libelle}{' '}
              <span class="meta">
                ({c.score} sur {c.max})
              </span>
            </h4>
            {c.evidence.length === 0 ? (
              <p class="vide">{noEvidenceText(c)}</p>
            ) : (
              <ol>
                {c.evidence.map((e, i) => {
                  const how = methodWording(e);
                  return (
                    <li key={i}>
                      <span class={e.delta > 0 ? 'delta-positif' : 'delta-negatif'}>{signed(e.delta)}</span>{' '}
                      <strong>{decisionName(e)}</strong>
                      {NBSP}: {quoted(e.choiceText)}
                      {how ? `, choisi ${how}` : ''}.
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        ))}
      </section>

      {profile.debrief.questions.length > 0 && (
        <section aria-labelledby="titre-entretien" class="bloc entretien">
          <h3 id="titre-entretien">Guide d’entretien{NBSP}: questions à poser</h3>
          <ol>
            {profile.debrief.questions.map((q, i) => (
              <li key={i}>
                {q.decisionTitle && <span class="decision">{q.decisionTitle}</span>}
                {q.question}
              </li>
            ))}
          </ol>
        </section>
      )}

      <JobFacts job={profile.job} />
    </article>
  );
}
