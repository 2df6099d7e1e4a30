import { publish, suppress, type Line } from './suppression.js';

/** A 2-D table: cells r{i}c{j}, row totals r{i}, column totals c{j}, grand total `all`. */
function table(cells: number[][]): { values: Map<string, number>; lines: Line[] } {
  const values = new Map<string, number>();
  const lines: Line[] = [];
  const columns = cells[0]!.length;
  let all = 0;
  cells.forEach((row, i) => {
    row.forEach((v, j) => values.set(`r${i}c${j}`, v));
    values.set(
      `r${i}`,
      row.reduce((a, b) => a + b, 0),
    );
    all += values.get(`r${i}`)!;
    lines.push({ total: `r${i}`, members: row.map((_, j) => `r${i}c${j}`) });
  });
  for (let j = 0; j < columns; j++) {
    values.set(
      `c${j}`,
      cells.reduce((a, row) => a + row[j]!, 0),
    );
    lines.push({ total: `c${j}`, members: cells.map((_, i) => `r${i}c${j}`) });
  }
  values.set('all', all);
  lines.push({ total: 'all', members: cells.map((_, i) => `r${i}`) });
  lines.push({ total: 'all', members: Array.from({ length: columns }, (_, j) => `c${j}`) });
  return { values, lines };
}

/** What someone reading the published table can work out: any line with a single unknown. */
function recoverable(lines: readonly Line[], hidden: Set<string>): string[] {
  return lines.flatMap((line) => {
    const unknown = [line.total, ...line.members].filter((k) => hidden.has(k));
    return unknown.length === 1 ? unknown : [];
  });
}

describe(suppress.name, () => {
  it('should hide every count from 1 to 4 and publish 0 and 5 or more', () => {
    const values = new Map([
      ['a', 0],
      ['b', 1],
      ['c', 4],
      ['d', 5],
      ['e', 120],
    ]);
    const result = suppress(values, []);
    expect(['a', 'b', 'c', 'd', 'e'].map((k) => publish(k, values, result))).toEqual([0, '<5', '<5', 5, 120]);
  });

  it('should hide the next-smallest cell of a line with a published total and a single small cell', () => {
    const values = new Map([
      ['total', 40],
      ['x', 3],
      ['y', 7],
      ['z', 30],
    ]);
    const result = suppress(values, [{ total: 'total', members: ['x', 'y', 'z'] }]);
    expect(publish('x', values, result)).toBe('<5');
    expect(publish('y', values, result)).toBe('s');
    expect(publish('z', values, result)).toBe(30);
    expect(publish('total', values, result)).toBe(40);
  });

  it('should hide the total when the small cell has no non-zero neighbour to hide with', () => {
    const values = new Map([
      ['total', 2],
      ['x', 2],
      ['y', 0],
    ]);
    // Here the total itself is small; with a large total and only zeros beside, the total goes.
    const big = new Map([
      ['total', 9],
      ['x', 3],
      ['y', 0],
      ['w', 6],
    ]);
    const line = { total: 'total', members: ['x', 'y'] };
    expect(publish('total', values, suppress(values, [line]))).toBe('<5');
    const result = suppress(big, [{ total: 'total', members: ['x', 'y'] }]);
    expect(publish('total', big, result)).toBe('s');
  });

  it('should leave no cell of a 2-D table recoverable from its row and column totals', () => {
    const { values, lines } = table([
      [12, 3, 40, 8],
      [9, 15, 22, 6],
      [30, 11, 2, 17],
    ]);
    const result = suppress(values, lines);
    const hidden = new Set([...result.primary, ...result.secondary]);
    expect(result.primary).toEqual(new Set(['r0c1', 'r2c2']));
    expect(recoverable(lines, hidden)).toEqual([]);
  });

  it('should propagate through a total shared by two tables', () => {
    // Two breakdowns of the same participants: hiding their total in one hides it in the other.
    const values = new Map([
      ['p', 6],
      ['a1', 3],
      ['a2', 3],
      ['b1', 6],
      ['b2', 0],
    ]);
    const lines = [
      { total: 'p', members: ['a1', 'a2'] },
      { total: 'p', members: ['b1', 'b2'] },
    ];
    const result = suppress(values, lines);
    const hidden = new Set([...result.primary, ...result.secondary]);
    expect(recoverable(lines, hidden)).toEqual([]);
  });

  it('should leave nothing recoverable in random tables', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 300; n++) {
      const rows = 1 + Math.floor(random() * 6);
      const columns = 1 + Math.floor(random() * 5);
      const cells = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () =>
          random() < 0.3 ? Math.floor(random() * 5) : Math.floor(random() * 40),
        ),
      );
      const { values, lines } = table(cells);
      const result = suppress(values, lines);
      const hidden = new Set([...result.primary, ...result.secondary]);
      expect(recoverable(lines, hidden)).toEqual([]);
      for (const [key, value] of values) if (value >= 1 && value <= 4) expect(hidden.has(key)).toBe(true);
    }
  });
});
