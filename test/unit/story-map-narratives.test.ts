// The studio's map on every real scenario: each decision offers its options, every knot is
// reachable, none is a dead end, and each story has an ending.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { storyMap } from '../../engine/src/story-map.js';

const NARRATIVES = join(__dirname, '../../narratives');
const SCENARIOS = readdirSync(NARRATIVES).filter((name) => statSync(join(NARRATIVES, name)).isDirectory());

describe('story map of the real scenarios', () => {
  it.each(SCENARIOS)('should map %s with every knot reachable and no dead end', (scenario) => {
    const real = storyMap(readFileSync(join(NARRATIVES, scenario, 'scenario.ink'), 'utf8'));
    const decisions = real.nodes.filter((n) => n.kind === 'decision');
    expect(decisions.length).toBeGreaterThanOrEqual(4);
    for (const d of decisions) expect(d.options.length).toBeGreaterThanOrEqual(2);
    expect(real.nodes.filter((n) => n.deadEnd || !n.reachable).map((n) => n.id)).toEqual([]);
    expect(real.nodes.some((n) => n.kind === 'ending')).toBe(true);
  });
});
