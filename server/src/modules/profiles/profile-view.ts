// Builds the profile DTO from what the server stored: the scenario version (compiled ink for the
// decision titles, metier.json for the job and the debrief guide, the referential) and the scores.
import { decisionTitles } from '../../../../engine/src/decision-titles.js';
import { rankCompetencies } from '../../../../engine/src/competency-ranking.js';
import type { StoredEvidence } from '../../database/entities/competency-score.entity.js';
import type { Referentiel } from '../seed/narrative-files.js';
import type { InputMethod, ProfileCompetencyDto, ProfileJobDto, ProfileResponse } from './profiles.dto.js';

const METHODS: readonly InputMethod[] = ['voice', 'pointer', 'mouse', 'keyboard', 'touch'];

export interface ProfileSource {
  scenarioId: string;
  meta: { title?: string; job?: string; sector?: string };
  compiledJson: string;
  metier: Record<string, unknown>;
  referentiel: Referentiel;
  site: { id: string; name: string } | null;
  completedAt: Date;
  rows: { competency: string; score: number; maxScore: number; evidence: StoredEvidence[] }[];
}

interface MetierJson {
  metier?: Record<string, unknown>;
  debrief?: { questions?: { question?: unknown; decision?: unknown }[] };
}

export function buildProfile(source: ProfileSource): ProfileResponse {
  const metier = source.metier as MetierJson;
  const debrief = (metier.debrief?.questions ?? []).filter(
    (q): q is { question: string; decision: string } =>
      typeof q.question === 'string' && typeof q.decision === 'string',
  );
  const paths = new Set<string>(debrief.map((q) => q.decision));
  for (const row of source.rows) for (const e of row.evidence) paths.add(e.path);
  const titles = decisionTitles(source.compiledJson, paths);

  const labels = new Map(source.referentiel.competences.map((c) => [c.id, c]));
  const order = new Map(source.referentiel.competences.map((c, i) => [c.id, i]));
  const inReferentialOrder = [...source.rows].sort(
    (a, b) => (order.get(a.competency) ?? 1e6) - (order.get(b.competency) ?? 1e6),
  );
  const competencies: ProfileCompetencyDto[] = inReferentialOrder.map((row) => ({
    id: row.competency,
    libelle: labels.get(row.competency)?.libelle ?? row.competency,
    description: labels.get(row.competency)?.description ?? '',
    score: row.score,
    max: row.maxScore,
    evidence: [...row.evidence]
      .sort((a, b) => a.step - b.step)
      .map((e) => ({
        step: e.step,
        decision: e.path,
        decisionTitle: titles.get(e.path) ?? null,
        choiceText: e.choiceText,
        delta: e.delta,
        method: (METHODS as readonly string[]).includes(e.method ?? '') ? (e.method as InputMethod) : null,
        ...(e.transcript ? { transcript: e.transcript } : {}),
      })),
  }));

  return {
    scenario: {
      id: source.scenarioId,
      title: source.meta.title ?? source.scenarioId,
      job: source.meta.job ?? '',
      sector: source.meta.sector ?? '',
    },
    site: source.site,
    completedAt: source.completedAt.toISOString(),
    competencies: rankCompetencies(competencies),
    job: jobOf(metier.metier ?? {}),
    debrief: {
      questions: debrief.map((q) => ({
        question: q.question,
        decision: q.decision,
        decisionTitle: titles.get(q.decision) ?? null,
      })),
    },
  };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function range(value: unknown): [number, number] | null {
  return Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number')
    ? [value[0] as number, value[1] as number]
    : null;
}

function jobOf(m: Record<string, unknown>): ProfileJobDto {
  const salaire = (m.salaire ?? null) as Record<string, unknown> | null;
  const formations = Array.isArray(m.formations) ? (m.formations as Record<string, unknown>[]) : [];
  return {
    intitule: text(m.intitule) ?? '',
    resume: text(m.resume) ?? '',
    missions: Array.isArray(m.missions) ? m.missions.filter((x): x is string => typeof x === 'string') : [],
    journeeType: text(m.journeeType),
    conditions: text(m.conditions),
    securite: text(m.securite),
    salaire: salaire
      ? {
          debutantBrutMensuel: range(salaire.debutantBrutMensuel),
          confirmeBrutMensuel: range(salaire.confirmeBrutMensuel),
          source: text(salaire.source),
        }
      : null,
    formations: formations
      .filter((f) => typeof f.intitule === 'string')
      .map((f) => ({ intitule: f.intitule as string, niveau: text(f.niveau), duree: text(f.duree) })),
    perspectivesPaca: text(m.perspectivesPaca),
  };
}
