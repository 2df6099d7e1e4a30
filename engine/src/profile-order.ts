// One order for competencies, shared by the visitor's end screen and the counsellor's profile:
// highest score first, then the highest reachable maximum, then the id (stable across runs).
export interface OrderedCompetency {
  id: string;
  score: number;
  /** Highest score reachable in the scenario, when known. */
  max?: number | null;
}

export function orderCompetencies<T extends OrderedCompetency>(scores: readonly T[]): T[] {
  return [...scores].sort(
    (a, b) => b.score - a.score || (b.max ?? 0) - (a.max ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
