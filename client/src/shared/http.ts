import type { ApiError } from './api-types.js';
import { fetchAsDevice } from './device-auth.js';

/** An HTTP failure with the server's machine code when it sent one (`code: 'NETWORK'` when unreachable). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** A staff member's bearer token; without one, a paired headset sends its Device token. */
  token?: string;
  signal?: AbortSignal;
}

export async function requestJson<T>(url: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await (options.token ? fetch : fetchAsDevice)(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new HttpError(0, 'NETWORK', 'Le serveur ne répond pas. Vérifiez la connexion puis réessayez.');
  }
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const error = (data ?? {}) as Partial<ApiError>;
    throw new HttpError(
      response.status,
      error.code ?? `HTTP_${response.status}`,
      typeof error.message === 'string' ? error.message : `Erreur du serveur (${response.status}).`,
    );
  }
  return data as T;
}
