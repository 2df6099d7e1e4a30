// Statistical secrecy of the reports (issue #12, DESIGN §8): the pure part, framework-free.
//
// Primary suppression: every count from 1 to 4 is hidden (« < 5 »). Secondary suppression: a table is
// described as additive lines (a total and the cells that sum to it: a row, a column, a subtotal, a
// total shared by several tables). While a line has exactly one hidden figure — which its other
// figures would give away by subtraction — one more figure of that line is hidden: its smallest
// non-zero published cell, else its total. Repeated until no line has a single hidden figure, so the
// hidden figures of every line are at least two (or none), whatever tables share the totals.

/** An additive constraint: `total` = the sum of `members` (all keys of the figures). */
export interface Line {
  total: string;
  members: readonly string[];
}

/** A count as published: the number, « < 5 » (1 to 4) or « s » (hidden to protect another one). */
export type PublishedCount = number | '<5' | 's';

export const SMALLEST_PUBLISHED = 5;

export interface Suppression {
  /** Hidden because 1 to 4. */
  primary: Set<string>;
  /** Hidden so that no primary one can be worked out. */
  secondary: Set<string>;
}

/** Which figures to hide. A key of a line missing from `values` counts as 0. */
export function suppress(values: ReadonlyMap<string, number>, lines: readonly Line[]): Suppression {
  const primary = new Set<string>();
  for (const [key, value] of values) if (value >= 1 && value < SMALLEST_PUBLISHED) primary.add(key);
  const secondary = new Set<string>();
  const hidden = (key: string) => primary.has(key) || secondary.has(key);
  const valueOf = (key: string) => values.get(key) ?? 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const figures = [line.total, ...line.members];
      if (figures.filter(hidden).length !== 1) continue;
      let pick: string | null = null;
      for (const member of line.members) {
        if (hidden(member) || valueOf(member) <= 0) continue;
        if (pick === null || valueOf(member) < valueOf(pick)) pick = member;
      }
      if (pick === null && !hidden(line.total) && valueOf(line.total) > 0) pick = line.total;
      if (pick === null) continue;
      secondary.add(pick);
      changed = true;
    }
  }
  return { primary, secondary };
}

/** The published form of one figure. */
export function publish(
  key: string,
  values: ReadonlyMap<string, number>,
  result: Suppression,
): PublishedCount {
  if (result.primary.has(key)) return '<5';
  if (result.secondary.has(key)) return 's';
  return values.get(key) ?? 0;
}

/** The number behind a published count, or null when hidden. */
export function shown(count: PublishedCount): number | null {
  return typeof count === 'number' ? count : null;
}
