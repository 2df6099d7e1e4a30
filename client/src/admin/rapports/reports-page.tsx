// « Rapports »: the activity and ESF+ participant indicators of a period, read from the anonymous
// rollups with the statistical secrecy applied by the server (hidden counts never reach the page).
import { useEffect, useState } from 'preact/hooks';
import { api, type ReportFilters, type ReportFiltersResponse, type ReportResponse } from '../api.js';
import { user } from '../state.js';
import { Button } from '../ui/button.js';
import { FormError, SelectField, TextField } from '../ui/field.js';
import { dateTime, errorMessage } from '../ui/format.js';
import { PageHeader } from '../ui/page-header.js';
import {
  CompetencySection,
  QuestionSection,
  ScenarioTable,
  SiteTable,
  VisitSummary,
} from './report-tables.js';
import { defaultPeriod, monthText } from './wording.js';

function Method() {
  return (
    <details class="aide-rapport" id="methode">
      <summary>Méthode et secret statistique</summary>
      <p>
        Les chiffres viennent de compteurs anonymes mis à jour à chaque visite (ouverture, fin, réponses au
        questionnaire)&#8239;; ils ne contiennent ni code de suivi ni identifiant de visite, et restent
        disponibles après la purge des données détaillées. Une visite compte dans le mois (heure de Paris) où
        elle a commencé&#8239;; le mois est le grain le plus fin. Aucun texte libre n’y figure.
      </p>
      <p>
        Participants&#8239;: personnes ayant répondu au questionnaire de fin de visite, réparties selon les
        catégories des indicateurs communs de réalisation du FSE+ (règlement (UE) 2021/1057, annexe I). Taux
        de réponse&#8239;: part des participants ayant répondu à la question («&#160;ne souhaite pas
        répondre&#160;» compte comme une réponse).
      </p>
      <p>
        Secret statistique&#8239;: tout effectif de 1 à 4 s’affiche «&#160;&lt;&#160;5&#160;». Pour qu’aucun
        effectif masqué ne puisse être retrouvé par soustraction à partir d’un total (ligne, colonne,
        sous-total ou total partagé entre tableaux), le serveur masque aussi, dans toute ligne où un seul
        chiffre serait caché, le plus petit effectif non nul suivant, ou à défaut le total&#8239;: ceux-là
        s’affichent «&#160;s&#160;». Il recommence jusqu’à ce qu’aucune ligne n’ait un seul chiffre caché. Un
        taux ou une moyenne n’est publié que si les effectifs dont il découle le sont et portent sur au moins
        5 visites. Les exports appliquent exactement les mêmes règles.
      </p>
    </details>
  );
}

export function ReportsPage() {
  const [options, setOptions] = useState<ReportFiltersResponse | null>(null);
  const [draft, setDraft] = useState<ReportFilters>(defaultPeriod());
  const [filters, setFilters] = useState<ReportFilters>(defaultPeriod());
  const [report, setReport] = useState<ReportResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [periodError, setPeriodError] = useState<string | null>(null);

  useEffect(() => {
    api.reportFilters().then(setOptions, () => setOptions({ sites: [], sectors: [], scenarios: [] }));
  }, []);
  useEffect(() => {
    setReport(null);
    api.report(filters).then(
      (r) => {
        setReport(r);
        setError(null);
      },
      (failure) => setError(errorMessage(failure, 'Le rapport n’a pas pu être calculé.')),
    );
  }, [filters]);

  function apply(event: Event): void {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setPeriodError('Le mois de fin doit suivre le mois de début.');
      document.getElementById('rapport-au')?.focus();
      return;
    }
    setPeriodError(null);
    setFilters({ ...draft });
  }

  const scenarios = (options?.scenarios ?? []).filter((s) => !draft.sector || s.sector === draft.sector);
  return (
    <section class="page-rapports">
      <PageHeader
        title="Rapports"
        intro={
          <p>
            Visites, participants et indicateurs FSE+{' '}
            {user.value?.role === 'admin' ? 'de tous les sites' : 'de vos sites'}, au mois près, avec le
            secret statistique appliqué.
          </p>
        }
        actions={
          <>
            <a
              class="bouton bouton-secondaire"
              id="export-csv"
              href={api.reportExportUrl('indicators.csv', filters)}
              download
            >
              Indicateurs FSE+ (CSV)
            </a>
            <a
              class="bouton bouton-secondaire"
              id="export-xlsx"
              href={api.reportExportUrl('indicators.xlsx', filters)}
              download
            >
              Indicateurs FSE+ (Excel)
            </a>
            {user.value?.role === 'admin' && (
              <a
                class="bouton bouton-secondaire"
                id="export-visites"
                href={api.reportExportUrl('visits.csv', filters)}
                download
              >
                Visites anonymisées (CSV)
              </a>
            )}
          </>
        }
      />
      <form class="filtres" noValidate onSubmit={apply} aria-label="Filtrer le rapport">
        <TextField
          id="rapport-du"
          label="Du mois"
          type="month"
          value={draft.from ?? ''}
          onValue={(v) => setDraft({ ...draft, from: v || undefined })}
        />
        <TextField
          id="rapport-au"
          label="Au mois"
          type="month"
          value={draft.to ?? ''}
          onValue={(v) => setDraft({ ...draft, to: v || undefined })}
          error={periodError}
        />
        <SelectField
          id="rapport-site"
          label="Site"
          value={draft.siteId ?? ''}
          onValue={(v) => setDraft({ ...draft, siteId: v || undefined })}
          options={[
            { value: '', label: 'Tous' },
            ...(options?.sites ?? []).map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
        <SelectField
          id="rapport-secteur"
          label="Secteur"
          value={draft.sector ?? ''}
          onValue={(v) => setDraft({ ...draft, sector: v || undefined, scenarioId: undefined })}
          options={[
            { value: '', label: 'Tous' },
            ...(options?.sectors ?? []).map((s) => ({ value: s, label: s })),
          ]}
        />
        <SelectField
          id="rapport-scenario"
          label="Scénario"
          value={draft.scenarioId ?? ''}
          onValue={(v) => setDraft({ ...draft, scenarioId: v || undefined })}
          options={[{ value: '', label: 'Tous' }, ...scenarios.map((s) => ({ value: s.id, label: s.title }))]}
        />
        <Button type="submit" variant="principal">
          Afficher
        </Button>
      </form>
      <Method />
      <FormError id="erreur-rapport" message={error} />
      {report === null ? (
        !error && (
          <p class="meta" role="status">
            Calcul du rapport…
          </p>
        )
      ) : (
        <div id="rapport">
          <p class="meta" role="status">
            De {monthText(report.period.from)} à {monthText(report.period.to)}, {report.sites.length} site
            {report.sites.length > 1 ? 's' : ''}. Calculé le {dateTime(report.generatedAt)}.
          </p>
          <h2>Visites</h2>
          <VisitSummary report={report} />
          <SiteTable report={report} />
          <ScenarioTable report={report} />
          <h2>Participants</h2>
          {report.questions.map((q) => (
            <QuestionSection key={q.question} report={report} question={q} />
          ))}
          <h2>Compétences observées</h2>
          <CompetencySection report={report} />
        </div>
      )}
    </section>
  );
}
