// The report's sections: each chart is followed by a table holding the same figures (hidden ones
// written « < 5 » or « s »), so that nothing is only in a drawing.
import type { ReportResponse } from '../api.js';
import { Table, type Column } from '../ui/table.js';
import { BarChart } from './chart.js';
import { countText, countTitle, numberText, rateText, type Count } from './wording.js';

export function CountCell({ count }: { count: Count }) {
  const title = countTitle(count);
  return title ? <abbr title={title}>{countText(count)}</abbr> : <>{countText(count)}</>;
}

type SiteRow = ReportResponse['bySite'][number];
type ScenarioRow = ReportResponse['byScenario'][number];
type Question = ReportResponse['questions'][number];
type CategoryRow = Question['categories'][number];

export function VisitSummary({ report }: { report: ReportResponse }) {
  const v = report.visits;
  const figures: [string, string][] = [
    ['Visites commencées', countText(v.started)],
    ['Visites terminées', countText(v.completed)],
    ['Taux d’achèvement', rateText(v.completionRate)],
    ['Durée moyenne', numberText(v.meanDurationMinutes, 'min')],
    ['Participants (questionnaire)', countText(report.participants)],
    ['Satisfaction moyenne', numberText(report.satisfaction.mean, 'sur 5')],
  ];
  return (
    <dl class="chiffres-cles" id="chiffres-cles">
      {figures.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const visitColumns = <T extends SiteRow | ScenarioRow>(first: Column<T>): Column<T>[] => [
  first,
  { key: 'started', label: 'Commencées', numeric: true, render: (r) => <CountCell count={r.started} /> },
  { key: 'completed', label: 'Terminées', numeric: true, render: (r) => <CountCell count={r.completed} /> },
  { key: 'rate', label: 'Taux d’achèvement', numeric: true, render: (r) => rateText(r.completionRate) },
  {
    key: 'duration',
    label: 'Durée moyenne',
    numeric: true,
    render: (r) => numberText(r.meanDurationMinutes, 'min'),
  },
];

export function SiteTable({ report }: { report: ReportResponse }) {
  const columns: Column<SiteRow>[] = [
    ...visitColumns<SiteRow>({ key: 'site', label: 'Site', rowHeader: true, render: (r) => r.name }),
    {
      key: 'participants',
      label: 'Participants',
      numeric: true,
      render: (r) => <CountCell count={r.participants} />,
    },
  ];
  return (
    <Table
      id="tableau-sites"
      caption="Visites et participants par site"
      columns={columns}
      rows={report.bySite}
      rowKey={(r) => r.siteId}
      empty="Aucun site dans le périmètre."
    />
  );
}

export function ScenarioTable({ report }: { report: ReportResponse }) {
  return (
    <Table
      id="tableau-scenarios"
      caption="Visites par scénario"
      columns={visitColumns<ScenarioRow>({
        key: 'scenario',
        label: 'Scénario (secteur)',
        rowHeader: true,
        render: (r) => `${r.title} (${r.sector})`,
      })}
      rows={report.byScenario.filter((r) => r.started !== 0)}
      rowKey={(r) => r.scenarioId}
      empty="Aucune visite des scénarios retenus sur la période."
    />
  );
}

export function QuestionSection({ report, question }: { report: ReportResponse; question: Question }) {
  const id = `question-${question.question}`;
  const columns: Column<CategoryRow>[] = [
    {
      key: 'category',
      label: 'Catégorie',
      rowHeader: true,
      render: (r) => (r.indicator ? `${r.label} (${r.indicator})` : r.label),
    },
    ...report.sites.map((site, i) => ({
      key: `site-${site.id}`,
      label: site.name,
      numeric: true,
      render: (r: CategoryRow) => <CountCell count={r.bySite[i]!} />,
    })),
    { key: 'total', label: 'Total', numeric: true, render: (r) => <CountCell count={r.total} /> },
  ];
  // The EECO02 subtotal is in the table, not drawn (its bar would double the two below it).
  const bars = question.categories
    .filter((c) => c.value !== 'chomeurs')
    .map((c) => ({ label: c.label.length > 46 ? `${c.label.slice(0, 44)}…` : c.label, count: c.total }));
  return (
    <section class="section-rapport" aria-labelledby={id}>
      <h3 id={id}>{question.label}</h3>
      <p class="meta">
        Taux de réponse{'\u00a0'}: <strong>{rateText(question.responseRate)}</strong>
      </p>
      <BarChart title={`${question.label}, participants par catégorie`} bars={bars} />
      <Table
        id={`tableau-${question.question}`}
        caption={`${question.label}${'\u00a0'}: participants par catégorie et par site`}
        columns={columns}
        rows={question.categories}
        rowKey={(r) => r.value}
        empty="Aucune réponse."
      />
    </section>
  );
}

export function CompetencySection({ report }: { report: ReportResponse }) {
  if (report.competencies.length === 0) return <p class="vide">Aucune visite terminée sur la période.</p>;
  type Row = ReportResponse['competencies'][number]['rows'][number];
  return (
    <>
      {report.competencies.map((scenario) => (
        <Table
          key={scenario.scenarioId}
          id={`competences-${scenario.scenarioId}`}
          caption={`${scenario.title}${'\u00a0'}: moyennes par compétence (visites terminées${'\u00a0'}: ${countText(scenario.visits)})`}
          columns={
            [
              { key: 'competency', label: 'Compétence', rowHeader: true, render: (r) => r.label },
              {
                key: 'score',
                label: 'Score moyen',
                numeric: true,
                render: (r) => numberText(r.averageScore),
              },
              { key: 'max', label: 'Maximum moyen', numeric: true, render: (r) => numberText(r.averageMax) },
              {
                key: 'rate',
                label: 'Part du maximum',
                numeric: true,
                render: (r) => rateText(r.averageRate),
              },
            ] satisfies Column<Row>[]
          }
          rows={scenario.rows}
          rowKey={(r) => r.competency}
          empty="Aucune compétence."
        />
      ))}
    </>
  );
}
