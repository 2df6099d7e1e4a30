// The visitor's journey as a state machine: pure transitions, and the 3D view derived from the
// state (no stale answers on a screen that has none, the idle watch paused on busy states).
import {
  initialState,
  isBusy,
  transition,
  type JourneyEvent,
  type JourneyState,
} from '../../client/src/headset/journey/state.js';
import { vrView, type ViewContext } from '../../client/src/headset/journey/view.js';
import { frameStats } from '../../client/src/headset/diagnostic.js';
import { paginate } from '../../client/src/headset/scene/pointer-targets.js';

const job = { id: 'operateur-tri', versionId: 'v1' };
const answers = [
  { index: 0, text: 'On la remplace avec une tuile de même modèle' },
  { index: 1, text: 'On prévient Madame Ferreira de la fuite' },
  { index: 2, text: 'On attend' },
];

function run(...events: JourneyEvent[]): JourneyState {
  return events.reduce(transition, initialState);
}

const toDecision: JourneyEvent[] = [
  { type: 'open-catalogue' },
  { type: 'pick-job', job },
  { type: 'load' },
  { type: 'play' },
  { type: 'line' },
  { type: 'offer', step: 2, answers },
];

const context: ViewContext = {
  catalog: [],
  posture: 'seated',
  hint: 'controller',
  endCard: { title: 'Bravo\u202f!', body: ['…'], action: 'Continuer' },
  question: { title: 'Votre âge', number: 1, count: 5 },
};

describe('journey transition', () => {
  it('should go from the start screen to a decision through the picker, the notice and the loading', () => {
    const state = run(...toDecision);
    expect(state).toMatchObject({ screen: 'jeu', picked: job, answers, step: 2, speaking: true });
  });

  it('should drop the answers of a decision when the visitor answers or a new line comes', () => {
    expect(run(...toDecision, { type: 'answered' }).answers).toEqual([]);
    expect(run(...toDecision, { type: 'line' }).answers).toEqual([]);
  });

  it('should ignore events that do not belong to the screen shown', () => {
    const start = run({ type: 'play' }, { type: 'offer', step: 0, answers }, { type: 'code' });
    expect(start).toBe(initialState);
    const notice = run({ type: 'open-catalogue' }, { type: 'pick-job', job });
    expect(transition(notice, { type: 'questions', answers })).toBe(notice);
  });

  it('should listen only where answers can be spoken', () => {
    expect(transition(initialState, { type: 'talk', talk: 'listening' }).talk).toBe('idle');
    expect(run(...toDecision, { type: 'talk', talk: 'listening' }).talk).toBe('listening');
  });

  it('should be busy while the visitor speaks, the app thinks or a character speaks, and only then', () => {
    const decision = run(...toDecision);
    expect(isBusy(decision)).toBe(true);
    const quiet = transition(decision, { type: 'speech-end' });
    expect(isBusy(quiet)).toBe(false);
    expect(isBusy(transition(quiet, { type: 'talk', talk: 'listening' }))).toBe(true);
    expect(isBusy(transition(quiet, { type: 'talk', talk: 'thinking' }))).toBe(true);
    expect(isBusy(initialState)).toBe(false);
  });

  it('should keep the follow-up code from the end of the story to the code screen, and forget it on reset', () => {
    const ended = run(...toDecision, { type: 'ended', sessionId: 's1', followUpCode: 'ABCDE-FGHJK' });
    expect(ended).toMatchObject({ screen: 'fin', answers: [], speaking: false });
    const questions = transition(ended, { type: 'questions', answers });
    const code = transition(questions, { type: 'code' });
    expect(code).toMatchObject({ screen: 'code', answers: [], finished: { followUpCode: 'ABCDE-FGHJK' } });
    expect(transition(code, { type: 'reset' })).toBe(initialState);
  });

  it('should resume a saved visit straight into the conversation', () => {
    expect(transition(initialState, { type: 'resume', job })).toMatchObject({ screen: 'jeu', picked: job });
  });
});

describe('vrView', () => {
  it('should show the decision answers as 3D buttons and no card during the conversation', () => {
    expect(vrView(run(...toDecision), context)).toEqual({ card: null, choices: answers });
  });

  it('should show only the code and « Terminer » on the code screen, whatever the last question offered', () => {
    const questions = run(
      ...toDecision,
      { type: 'ended', sessionId: 's1', followUpCode: 'ABCDE-FGHJK' },
      { type: 'questions', answers },
    );
    expect(vrView(questions, context).choices).toEqual(answers);
    const view = vrView(transition(questions, { type: 'code' }), context);
    expect(view.choices).toEqual([]);
    expect(view.card).toMatchObject({ code: 'ABCDE-FGHJK', action: 'Terminer' });
  });

  it('should show no answers on the end screen and the notice', () => {
    const ended = run(...toDecision, { type: 'ended', sessionId: 's1', followUpCode: 'X' });
    expect(vrView(ended, context)).toEqual({ card: context.endCard, choices: [] });
    const notice = run({ type: 'open-catalogue' }, { type: 'pick-job', job });
    expect(vrView(notice, context).choices).toEqual([]);
  });

  it('should offer the sectors, then the jobs of one sector, in the VR picker', () => {
    const catalog = [
      {
        id: 'a',
        title: 'A',
        sector: 'recyclage',
        job: 'Opérateur',
        durationMinutes: 8,
        versionId: '1',
        resume: '',
      },
      {
        id: 'b',
        title: 'B',
        sector: 'dechets',
        job: 'Agent',
        durationMinutes: 8,
        versionId: '1',
        resume: '',
      },
    ];
    const picker = run({ type: 'open-catalogue' });
    expect(vrView(picker, { ...context, catalog }).choices.map((c) => c.text)).toEqual([
      'Recyclage',
      'Déchets',
    ]);
    const sector = transition(picker, { type: 'pick-sector', sector: 'dechets' });
    expect(vrView(sector, { ...context, catalog })).toMatchObject({
      card: { action: 'Autres secteurs' },
      choices: [{ index: 0, text: 'B (Agent)' }],
    });
  });
});

describe('frameStats', () => {
  it('should give the mean, the p95 and the dropped frames of XRFrame timestamps', () => {
    // 11.1 ms frames (90 Hz) with two missed vsyncs.
    const times = [0];
    for (let i = 1; i <= 40; i++) times.push(times[i - 1] + (i === 10 || i === 30 ? 22.2 : 11.1));
    const stats = frameStats(times);
    expect(stats).toMatchObject({ frames: 41, dropped: 2 });
    expect(stats.meanMs).toBeCloseTo(11.7, 1);
    expect(stats.p95Ms).toBeCloseTo(11.1, 1);
  });
});

describe('paginate', () => {
  it('should start a new page when the next answer would not fit, and give a too tall one its own page', () => {
    expect(paginate([0.2, 0.3, 0.4, 0.2, 1.2, 0.1], 0.95, 6)).toEqual([[0, 1, 2], [3], [4], [5]]);
    expect(paginate([0.1, 0.1, 0.1], 0.95, 2)).toEqual([[0, 1], [2]]);
    expect(paginate([], 0.95, 6)).toEqual([]);
  });
});
