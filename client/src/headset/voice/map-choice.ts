import { fetchAsDevice } from '../../shared/device-auth.js';

export interface ChoiceForMapping {
  index: number;
  text: string;
  say?: string[];
}

export interface MapChoiceAnswer {
  choiceIndex: number | null;
  via: 'llm' | 'none';
}

/**
 * Asks the server's LLM to map an utterance the engine's matcher was unsure about. Never throws:
 * offline, slow (past `timeoutMs`, a little over the server's 2 s cap) or refused → no choice,
 * and the UI asks again or shows the buttons.
 */
export async function mapChoiceOnServer(
  apiBase: string,
  request: { utterance: string; choices: ChoiceForMapping[]; line?: string },
  timeoutMs = 2500,
): Promise<MapChoiceAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchAsDevice(`${apiBase}/api/v1/dialogue/map-choice`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      signal: controller.signal,
    });
    if (!response.ok) return { choiceIndex: null, via: 'none' };
    const data = (await response.json()) as { choiceIndex?: unknown; via?: unknown };
    const offered = request.choices.some((c) => c.index === data.choiceIndex);
    return {
      choiceIndex: offered ? (data.choiceIndex as number) : null,
      via: data.via === 'llm' ? 'llm' : 'none',
    };
  } catch {
    return { choiceIndex: null, via: 'none' };
  } finally {
    clearTimeout(timer);
  }
}
