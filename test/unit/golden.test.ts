import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DialogueRunner, replay } from '../../engine/src/index.js';
import { compileScenario, referentialIds, type GoldenFile } from '../../scripts/narratives-record.js';

// Adding a scenario with a golden.json adds its tests: no list to maintain here.
const NARRATIVES = join(process.cwd(), 'narratives');
const scenarios = readdirSync(NARRATIVES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(NARRATIVES, e.name, 'golden.json')))
  .map((e) => e.name)
  .sort();
const competencies = referentialIds();

describe('golden playthroughs', () => {
  it('should find at least one recorded scenario when narratives exist', () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  describe.each(scenarios)('%s', (id) => {
    const folder = join(NARRATIVES, id);
    const golden = JSON.parse(readFileSync(join(folder, 'golden.json'), 'utf8')) as GoldenFile;
    let json: string;
    beforeAll(() => {
      json = compileScenario(folder);
    });

    it.each(golden.playthroughs.map((p) => [p.name, p] as const))(
      'should replay "%s" exactly as recorded',
      (_name, playthrough) => {
        const result = replay(json, playthrough.choices, { competencies });
        expect(result.lines.map((l) => l.lineId)).toEqual(playthrough.expected.lineIds);
        expect(result.lines.map((l) => l.tags)).toEqual(playthrough.expected.tags);
        expect(result.scores).toEqual(playthrough.expected.scores);
        expect(result.ended).toBe(playthrough.expected.ended);
      },
    );

    it.each(golden.playthroughs.map((p) => [p.name, p] as const))(
      'should play "%s" the same when the state goes through JSON into a new runner at every step',
      (_name, playthrough) => {
        let runner = new DialogueRunner(json, { competencies });
        const lineIds: string[] = [];
        const tags: string[][] = [];
        let turn = runner.next();
        for (const choice of playthrough.choices) {
          for (const line of turn.lines) {
            lineIds.push(line.lineId);
            tags.push(line.tags);
          }
          const saved = runner.saveState();
          runner = new DialogueRunner(json, { competencies });
          runner.restoreState(saved);
          runner.choose(choice);
          const again = runner.saveState();
          runner = new DialogueRunner(json, { competencies });
          runner.restoreState(again);
          turn = runner.next();
        }
        for (const line of turn.lines) {
          lineIds.push(line.lineId);
          tags.push(line.tags);
        }
        expect(lineIds).toEqual(playthrough.expected.lineIds);
        expect(tags).toEqual(playthrough.expected.tags);
        expect(runner.scores()).toEqual(playthrough.expected.scores);
        expect(turn.ended).toBe(playthrough.expected.ended);
        expect(runner.evidence()).toEqual(replay(json, playthrough.choices, { competencies }).evidence);
      },
    );
  });
});
