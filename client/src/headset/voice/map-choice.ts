import { fetchAsDevice } from '../../shared/device-auth.js';

const RETRY_AFTER_MS = 400;

async function stepNotReached(response: Response): Promise<boolean> {
  try {
    const body = (await response.json()) as { code?: unknown };
    return body.code === 'MAP_CHOICE_STEP_MISMATCH';
  } catch {
    return false;
  }
}

/** Where the visit is: the server rebuilds the offered choices itself from its stored path. */
export interface MapChoiceRequest {
  sessionId: string;
  /** Index of the decision in the visit (`choice.offered.step`). */
  step: number;
  utterance: string;
}

export interface MapChoiceAnswer {
  choiceIndex: number | null;
  /** `matcher`: the server's copy of the engine's matcher answered (sure, or sure it is no answer). */
  via: 'matcher' | 'llm' | 'none';
}

/**
 * Asks the server to map an utterance the engine's matcher was unsure about (its matcher, then its
 * LLM). Never throws: offline, slow (past `timeoutMs`, a little over the server's 2 s cap), refused
 * (e.g. 409 while the outbox has not sent the previous choices yet) → no choice, and the UI asks
 * again or shows the buttons. An index that is not among `offered` is dropped.
 */
export async function mapChoiceOnServer(
  apiBase: string,
  request: MapChoiceRequest,
  offered: readonly number[],
  timeoutMs = 2500,
): Promise<MapChoiceAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const send = () =>
    fetchAsDevice(`${apiBase}/api/v1/dialogue/map-choice`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      signal: controller.signal,
    });
  try {
    let response = await send();
    // The outbox may not have delivered the previous choice yet: one more try shortly after.
    if (response.status === 409 && (await stepNotReached(response))) {
      await new Promise((done) => setTimeout(done, RETRY_AFTER_MS));
      response = await send();
    }
    if (!response.ok) return { choiceIndex: null, via: 'none' };
    const data = (await response.json()) as { choiceIndex?: unknown; via?: unknown };
    const index = offered.find((i) => i === data.choiceIndex);
    const via = data.via === 'llm' || data.via === 'matcher' ? data.via : 'none';
    return { choiceIndex: index ?? null, via };
  } catch {
    return { choiceIndex: null, via: 'none' };
  } finally {
    clearTimeout(timer);
  }
}
