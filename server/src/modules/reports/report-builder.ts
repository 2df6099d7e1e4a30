// Assembles a report from rollup rows and applies the statistical secrecy (suppression.ts) to every
// count it publishes, jointly: the tables share their totals (visits started per site and per scenario
// sum to the same total; each question's categories per site sum to that site's participants…), so the
// secondary suppression runs over all of their lines at once. A rate or mean is published only when the
// counts it derives from are (else it would give them away) and rests on 5 visits or more.
import { categoriesOf, QUESTIONS, UNEMPLOYED_SUBTOTAL } from './categories.js';
import type { CompetencyRow, ReportResponse, ReportSite, ScenarioRow, VisitFigures } from './reports.dto.js';
import type { AnswerRollupRow, CompetencyRollupRow, VisitRollupRow } from './reports.sql.js';
import { publish, shown, SMALLEST_PUBLISHED, suppress, type Line } from './suppression.js';

export interface ScenarioMeta {
  id: string;
  title: string;
  sector: string;
  /** Competency id → French label. */
  competencies: Record<string, string>;
}

export interface ReportInput {
  period: { from: string; to: string };
  filters: ReportResponse['filters'];
  sites: ReportSite[];
  scenarios: ScenarioMeta[];
  visits: VisitRollupRow[];
  answers: AnswerRollupRow[];
  competencies: CompetencyRollupRow[];
  generatedAt: Date;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function buildReport(input: ReportInput): ReportResponse {
  const values = new Map<string, number>();
  const add = (key: string, n: number) => values.set(key, (values.get(key) ?? 0) + n);
  const lines: Line[] = [];
  const siteIds = input.sites.map((s) => s.id);
  const scenarioIds = input.scenarios.map((s) => s.id);
  let durationSeconds = 0;
  const durationBySite = new Map<string, number>();
  const durationByScenario = new Map<string, number>();

  for (const row of input.visits) {
    for (const measure of ['started', 'completed', 'participants'] as const) {
      add(`${measure}`, row[measure]);
      add(`${measure}:site:${row.site_id}`, row[measure]);
      if (measure !== 'participants') add(`${measure}:scenario:${row.scenario_id}`, row[measure]);
    }
    durationSeconds += row.duration_seconds;
    durationBySite.set(row.site_id, (durationBySite.get(row.site_id) ?? 0) + row.duration_seconds);
    durationByScenario.set(
      row.scenario_id,
      (durationByScenario.get(row.scenario_id) ?? 0) + row.duration_seconds,
    );
  }
  for (const measure of ['started', 'completed', 'participants'] as const) {
    lines.push({ total: measure, members: siteIds.map((id) => `${measure}:site:${id}`) });
    if (measure !== 'participants')
      lines.push({ total: measure, members: scenarioIds.map((id) => `${measure}:scenario:${id}`) });
  }

  for (const row of input.answers) {
    add(`${row.question}:${row.answer}:site:${row.site_id}`, row.participants);
    add(`${row.question}:${row.answer}`, row.participants);
  }
  for (const { question } of QUESTIONS) {
    const categories = categoriesOf(question).map((c) => c.value);
    // Each site's column, the total column, and each category's row.
    for (const site of siteIds)
      lines.push({
        total: `participants:site:${site}`,
        members: categories.map((c) => `${question}:${c}:site:${site}`),
      });
    lines.push({ total: 'participants', members: categories.map((c) => `${question}:${c}`) });
    for (const c of categories)
      lines.push({
        total: `${question}:${c}`,
        members: siteIds.map((site) => `${question}:${c}:site:${site}`),
      });
  }
  // EECO02, a published subtotal of two situations, per site and in total.
  const sub = (suffix: string) => `situation:${UNEMPLOYED_SUBTOTAL.value}${suffix}`;
  for (const suffix of ['', ...siteIds.map((s) => `:site:${s}`)]) {
    for (const member of UNEMPLOYED_SUBTOTAL.members)
      add(sub(suffix), values.get(`situation:${member}${suffix}`) ?? 0);
    lines.push({
      total: sub(suffix),
      members: UNEMPLOYED_SUBTOTAL.members.map((m) => `situation:${m}${suffix}`),
    });
  }
  lines.push({ total: sub(''), members: siteIds.map((s) => sub(`:site:${s}`)) });

  const hidden = suppress(values, lines);
  const count = (key: string) => publish(key, values, hidden);

  const visitFigures = (suffix: string, seconds: number): VisitFigures => {
    const started = count(`started${suffix}`);
    const completed = count(`completed${suffix}`);
    const s = shown(started);
    const c = shown(completed);
    return {
      started,
      completed,
      completionRate: s !== null && c !== null && s >= SMALLEST_PUBLISHED ? round(c / s, 3) : null,
      meanDurationMinutes: c !== null && c >= SMALLEST_PUBLISHED ? round(seconds / c / 60, 1) : null,
    };
  };

  const participants = count('participants');
  const questions = QUESTIONS.map(({ question, label }) => {
    const categories = categoriesOf(question).flatMap((category) => {
      const rows = [category];
      if (question === 'situation' && category.value === UNEMPLOYED_SUBTOTAL.members[0])
        rows.unshift({ ...UNEMPLOYED_SUBTOTAL });
      return rows;
    });
    const skipped = shown(count(`${question}:-`));
    const total = shown(participants);
    return {
      question,
      label,
      responseRate:
        skipped !== null && total !== null && total >= SMALLEST_PUBLISHED
          ? round((total - skipped) / total, 3)
          : null,
      categories: categories.map((category) => ({
        value: category.value,
        label: category.label,
        indicator: category.indicator ?? null,
        total: count(`${question}:${category.value}`),
        bySite: siteIds.map((site) => count(`${question}:${category.value}:site:${site}`)),
      })),
    };
  });

  return {
    period: input.period,
    filters: input.filters,
    sites: input.sites,
    generatedAt: input.generatedAt.toISOString(),
    visits: visitFigures('', durationSeconds),
    participants,
    bySite: input.sites.map((site) => ({
      siteId: site.id,
      name: site.name,
      ...visitFigures(`:site:${site.id}`, durationBySite.get(site.id) ?? 0),
      participants: count(`participants:site:${site.id}`),
    })),
    byScenario: input.scenarios.map((scenario): ScenarioRow => ({
      scenarioId: scenario.id,
      title: scenario.title,
      sector: scenario.sector,
      ...visitFigures(`:scenario:${scenario.id}`, durationByScenario.get(scenario.id) ?? 0),
    })),
    questions,
    satisfaction: {
      mean: satisfactionMean(questions.find((q) => q.question === 'satisfaction')!.categories),
    },
    competencies: competencyTables(input, count),
  };
}

/** Published only when every answer count is (a mean would give a hidden one away). */
function satisfactionMean(categories: ReportResponse['questions'][number]['categories']): number | null {
  let n = 0;
  let sum = 0;
  for (const category of categories) {
    const value = shown(category.total);
    if (value === null) return null;
    if (category.value === '-') continue;
    n += value;
    sum += value * Number(category.value);
  }
  return n >= SMALLEST_PUBLISHED ? round(sum / n, 2) : null;
}

function competencyTables(
  input: ReportInput,
  count: (key: string) => ReturnType<typeof publish>,
): ReportResponse['competencies'] {
  return input.scenarios.flatMap((scenario) => {
    const rows = input.competencies.filter((r) => r.scenario_id === scenario.id);
    if (rows.length === 0) return [];
    const visits = count(`completed:scenario:${scenario.id}`);
    const published = shown(visits) !== null;
    return [
      {
        scenarioId: scenario.id,
        title: scenario.title,
        visits,
        rows: rows
          .sort((a, b) => a.competency.localeCompare(b.competency))
          .map((r): CompetencyRow => {
            const ok = published && r.visits >= SMALLEST_PUBLISHED;
            return {
              competency: r.competency,
              label: scenario.competencies[r.competency] ?? r.competency,
              averageScore: ok ? round(r.score_sum / r.visits, 2) : null,
              averageMax: ok ? round(r.max_sum / r.visits, 2) : null,
              averageRate: ok && r.max_sum > 0 ? round(r.score_sum / r.max_sum, 3) : null,
            };
          }),
      },
    ];
  });
}
