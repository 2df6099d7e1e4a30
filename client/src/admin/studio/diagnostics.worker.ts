// The engine's compiler and linter off the main thread: the same rules and French messages as
// `npm run narratives:check`, plus the story map. The page kills this worker if a compile hangs.
import { lintScenario, type MetierFile } from '../../../../engine/src/lint.js';
import { storyMap } from '../../../../engine/src/story-map.js';
import type { DiagnosticsRequest, DiagnosticsResponse } from './diagnostics-protocol.js';

self.onmessage = (event: MessageEvent<DiagnosticsRequest>) => {
  const { id, source, metier, referential, scenarioId } = event.data;
  const started = performance.now();
  const result = lintScenario({
    source,
    fileName: 'scenario.ink',
    referential,
    metier: metier as MetierFile,
    expectedId: scenarioId,
  });
  const response: DiagnosticsResponse = {
    id,
    diagnostics: result.diagnostics.filter((d) => d.file === 'scenario.ink'),
    metierDiagnostics: result.diagnostics.filter((d) => d.file !== 'scenario.ink').length,
    map: storyMap(source),
    ms: Math.round(performance.now() - started),
  };
  (self as unknown as Worker).postMessage(response);
};
