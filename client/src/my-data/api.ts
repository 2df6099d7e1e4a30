// « Mes données » talks to two public routes; the follow-up code travels in a POST body, never in a URL.
import type { MyDataResponse } from '../../../server/src/modules/my-data/my-data.dto.js';
import { ApiError } from '../admin/api.js';

export type { MyDataResponse };
export { ApiError };

const NETWORK = 'Le serveur ne répond pas. Vérifiez votre connexion à Internet, puis réessayez.';

async function post<T>(path: string, code: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/my-data/${path}`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
      body: JSON.stringify({ code }),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK);
  }
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => null)) as { code?: string; message?: unknown } | null;
  if (response.ok) return data as T;
  const retry = Number(response.headers.get('Retry-After'));
  throw new ApiError(
    response.status,
    data?.code ?? `HTTP_${response.status}`,
    typeof data?.message === 'string'
      ? data.message
      : `Erreur du serveur (${response.status}). Réessayez plus tard.`,
    Number.isFinite(retry) && retry > 0 ? retry : null,
  );
}

export const myDataApi = {
  lookUp: (code: string) => post<MyDataResponse>('lookup', code),
  erase: (code: string) => post<void>('erase', code),
};
