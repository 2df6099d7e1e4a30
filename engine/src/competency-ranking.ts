// One order for a visit's competencies, shared by the counsellor's profile and the headset's end
// screen so both name the same strongest competencies first: by score, then by the maximum the
// scenario allowed, then in the referential's order. Never by ratio (1/1 must not outrank 4/6).

export interface Rankable {
  score: number;
  /** Highest score reachable in the scenario; unknown counts as 0. */
  max?: number | null;
}

/** A sorted copy; ties keep the input order (pass the referential's order). */
export function rankCompetencies<T extends Rankable>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.score - a.item.score || (b.item.max ?? 0) - (a.item.max ?? 0) || a.index - b.index)
    .map(({ item }) => item);
}
