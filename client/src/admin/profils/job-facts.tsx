import type { ProfileResponse } from '../api.js';
import { NBSP } from '../ui/format.js';

const EUROS = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

function euros(range: [number, number] | null): string | null {
  return range ? `${EUROS.format(range[0])} à ${EUROS.format(range[1])}${NBSP}€ brut par mois` : null;
}

export function JobFacts({ job }: { job: ProfileResponse['job'] }) {
  const start = euros(job.salaire?.debutantBrutMensuel ?? null);
  const later = euros(job.salaire?.confirmeBrutMensuel ?? null);
  return (
    <section aria-labelledby="titre-metier" class="bloc metier">
      <h3 id="titre-metier">
        Le métier{NBSP}: {job.intitule}
      </h3>
      <p>{job.resume}</p>
      {job.missions.length > 0 && (
        <>
          <h4>Missions</h4>
          <ul>
            {job.missions.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
      <dl class="faits">
        {job.journeeType && (
          <>
            <dt>Journée type</dt>
            <dd>{job.journeeType}</dd>
          </>
        )}
        {job.conditions && (
          <>
            <dt>Conditions de travail</dt>
            <dd>{job.conditions}</dd>
          </>
        )}
        {job.securite && (
          <>
            <dt>Sécurité</dt>
            <dd>{job.securite}</dd>
          </>
        )}
        {(start || later) && (
          <>
            <dt>Salaire</dt>
            <dd>
              {start && (
                <>
                  Débutant·e{NBSP}: {start}.{' '}
                </>
              )}
              {later && (
                <>
                  Confirmé·e{NBSP}: {later}.
                </>
              )}
              {job.salaire?.source && <span class="description">{job.salaire.source}</span>}
            </dd>
          </>
        )}
        {job.perspectivesPaca && (
          <>
            <dt>Perspectives en Provence-Alpes-Côte d’Azur</dt>
            <dd>{job.perspectivesPaca}</dd>
          </>
        )}
      </dl>
      {job.formations.length > 0 && (
        <>
          <h4>Formations pour y accéder</h4>
          <ul id="formations">
            {job.formations.map((f) => (
              <li key={f.intitule}>
                {f.intitule}
                {[f.niveau ? `niveau ${f.niveau}` : null, f.duree].filter(Boolean).length > 0 &&
                  ` (${[f.niveau ? `niveau ${f.niveau}` : null, f.duree].filter(Boolean).join(', ')})`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
