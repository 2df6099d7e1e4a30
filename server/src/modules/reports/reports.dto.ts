import { z } from 'zod';
import { safeText } from '../../common/safe-text.js';
import type { Question } from './categories.js';
import type { PublishedCount } from './suppression.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'mois attendu au format AAAA-MM');

export const ReportQuery = z
  .strictObject({
    /** First month included (default: 11 months before `to`). */
    from: month.optional(),
    /** Last month included (default: the current month). */
    to: month.optional(),
    siteId: z.uuid('identifiant de site attendu (UUID)').optional(),
    sector: safeText({ max: 80, min: 1 }).optional(),
    scenarioId: safeText({ max: 80, min: 1 }).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'le mois de début doit précéder le mois de fin',
    path: ['from'],
  });
// Another name than the schema: decorator metadata would otherwise hand the zod object to Swagger as a class.
export type ReportQueryParams = z.infer<typeof ReportQuery>;

/** A mean or rate: null when it would give a hidden count away (or has fewer than 5 visits behind it). */
export type PublishedFigure = number | null;

export interface ReportSite {
  /** The nil UUID for visits on a headset not paired with a site. */
  id: string;
  name: string;
}

export interface VisitFigures {
  started: PublishedCount;
  completed: PublishedCount;
  /** Completed ÷ started, 0 to 1. */
  completionRate: PublishedFigure;
  /** Mean time from start to completion, minutes. */
  meanDurationMinutes: PublishedFigure;
}

export interface CategoryRow {
  value: string;
  label: string;
  indicator: string | null;
  total: PublishedCount;
  /** In the order of `sites`. */
  bySite: PublishedCount[];
}

export interface QuestionTable {
  question: Question;
  label: string;
  /** Participants who answered (« ne souhaite pas répondre » included) ÷ participants. */
  responseRate: PublishedFigure;
  categories: CategoryRow[];
}

export interface ScenarioRow extends VisitFigures {
  scenarioId: string;
  title: string;
  sector: string;
}

export interface CompetencyRow {
  competency: string;
  label: string;
  /** Mean score ÷ mean maximum, 0 to 1. */
  averageRate: PublishedFigure;
  averageScore: PublishedFigure;
  averageMax: PublishedFigure;
}

export interface ReportResponse {
  period: { from: string; to: string };
  filters: { siteId: string | null; sector: string | null; scenarioId: string | null };
  /** The columns of the per-site figures. */
  sites: ReportSite[];
  generatedAt: string;
  visits: VisitFigures;
  participants: PublishedCount;
  bySite: (VisitFigures & { siteId: string; name: string; participants: PublishedCount })[];
  byScenario: ScenarioRow[];
  questions: QuestionTable[];
  satisfaction: { mean: PublishedFigure };
  competencies: { scenarioId: string; title: string; visits: PublishedCount; rows: CompetencyRow[] }[];
}

export interface ReportFiltersResponse {
  sites: ReportSite[];
  sectors: string[];
  scenarios: { id: string; title: string; sector: string }[];
}
