// The back-office's one API module: cookie session (`eclore_staff`, HttpOnly) plus the session's
// `X-CSRF-Token` on every unsafe request, French messages from the server's error table, and a
// 401 that sends the person back to the sign-in page with a message (state.ts).
import type { AuditEntryResponse, AuditPageResponse } from '../../../server/src/modules/audit/audit.dto.js';
import type { DeviceListResponse } from '../../../server/src/modules/devices/devices.dto.js';
import type { ProfileResponse } from '../../../server/src/modules/profiles/profiles.dto.js';
import type {
  PurgeJobResponse,
  RetentionResponse,
  RetentionSettingsBody,
} from '../../../server/src/modules/retention/retention.dto.js';
import type {
  ReportFiltersResponse,
  ReportResponse,
} from '../../../server/src/modules/reports/reports.dto.js';
import type { SiteResponse, SiteScenarioResponse } from '../../../server/src/modules/sites/sites.dto.js';
import type {
  DraftConflictDetails,
  DraftResponse,
  DraftSavesResponse,
  SavedDraftResponse,
  StudioScenarioDto,
  StudioScenarioListResponse,
} from '../../../server/src/modules/studio/studio.dto.js';
import { sessionEnded, csrfToken } from './state.js';

export type { DraftConflictDetails, DraftResponse, SavedDraftResponse, StudioScenarioDto };
export type {
  ProfileResponse,
  PurgeJobResponse,
  ReportFiltersResponse,
  ReportResponse,
  RetentionResponse,
  RetentionSettingsBody,
};

/** Filters of the reports page (months `YYYY-MM`). */
export interface ReportFilters {
  from?: string;
  to?: string;
  siteId?: string;
  sector?: string;
  scenarioId?: string;
}
export type ProfileCompetency = ProfileResponse['competencies'][number];
export type ProfileEvidence = ProfileCompetency['evidence'][number];

// Types from the server's DTOs where they exist; the others follow docs/staff-api.md until the
// staff-server branch lands them (then import them the same way).
// (auth.dto.ts imports a TypeORM entity, which the client cannot compile: its shapes are here.)
export type Role = 'counsellor' | 'editor' | 'admin';
export interface SiteRef {
  id: string;
  name: string;
}
export interface StaffUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  sites: SiteRef[];
}
export interface SignedIn {
  user: StaffUser;
  csrfToken: string;
}
export interface InvitationInfo {
  email: string;
  displayName: string;
  kind: 'invitation' | 'reset';
}
export type Site = SiteResponse;
export type SiteScenario = SiteScenarioResponse;
export interface StaffAccount extends StaffUser {
  active: boolean;
  lastSignInAt: string | null;
  createdAt: string;
  invitationPending: boolean;
}
export interface Invitation {
  /** Absent when the link was e-mailed. */
  url?: string;
  expiresAt: string;
  emailed: boolean;
}
export type AuditEntry = AuditEntryResponse;
export type AuditPage = AuditPageResponse;
export interface AuditAction {
  action: string;
  label: string;
}
export interface AuditFilters {
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}
export interface Device {
  id: string;
  label: string;
  site: SiteRef | null;
  pairedAt: string;
  lastSeenAt: string | null;
}
export interface PairingCode {
  code: string;
  expiresAt: string;
}

/** A refused request: the server's code and French message; `retryAfter` in seconds on a 429. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfter: number | null = null,
    /** The error body's `details` (e.g. both texts of a draft conflict). */
    readonly details: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

// Used only when the server gave no message (proxy error page, network failure).
const FALLBACK: Record<string, string> = {
  NETWORK: 'Le serveur ne répond pas. Vérifiez la connexion puis réessayez.',
  AUTH_REQUIRED: 'Connectez-vous pour continuer.',
  SESSION_EXPIRED: 'Votre session a expiré. Reconnectez-vous pour continuer.',
  CSRF_TOKEN_INVALID: 'Votre session a changé dans un autre onglet. Rechargez la page.',
  RATE_LIMITED: 'Trop de tentatives. Patientez avant de réessayer.',
  ACCOUNT_LOCKED: 'Ce compte est verrouillé pour un moment après plusieurs mots de passe erronés.',
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Options {
  body?: unknown;
  /** A 401 here is an answer (wrong password), not an expired session. */
  public?: boolean;
  headers?: Record<string, string>;
}

async function request<T>(method: Method, path: string, options: Options = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const csrf = csrfToken.value;
  if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', FALLBACK.NETWORK);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = text;
  }
  if (response.ok) return data as T;
  const body = (data && typeof data === 'object' ? data : {}) as {
    code?: string;
    message?: unknown;
    details?: unknown;
  };
  const code = body.code ?? `HTTP_${response.status}`;
  const message =
    typeof body.message === 'string'
      ? body.message
      : (FALLBACK[code] ?? `Erreur du serveur (${response.status}).`);
  const retry = Number(response.headers.get('Retry-After'));
  const error = new ApiError(
    response.status,
    code,
    message,
    Number.isFinite(retry) && retry > 0 ? retry : null,
    body.details,
  );
  if (response.status === 401 && !options.public) sessionEnded(message);
  throw error;
}

const q = (filters: (AuditFilters | ReportFilters) & { before?: string; limit?: number }): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value));
  const s = params.toString();
  return s ? `?${s}` : '';
};

export const api = {
  login: (email: string, password: string) =>
    request<SignedIn>('POST', '/auth/login', { body: { email, password }, public: true }),
  me: () => request<SignedIn>('GET', '/auth/me', { public: true }),
  logout: () => request<void>('POST', '/auth/logout', { public: true }),
  logoutAll: () => request<void>('POST', '/auth/logout-all', { public: true }),
  invitation: (token: string) =>
    request<InvitationInfo>('GET', `/auth/invitations/${encodeURIComponent(token)}`, { public: true }),
  acceptInvitation: (token: string, password: string) =>
    request<void>('POST', `/auth/invitations/${encodeURIComponent(token)}`, {
      body: { password },
      public: true,
    }),

  sites: () => request<Site[]>('GET', '/sites'),
  createSite: (body: { name: string; city?: string }) => request<Site>('POST', '/sites', { body }),
  updateSite: (id: string, body: { name?: string; city?: string; active?: boolean }) =>
    request<Site>('PATCH', `/sites/${id}`, { body }),
  deleteSite: (id: string) => request<void>('DELETE', `/sites/${id}`),
  siteScenarios: (id: string) => request<SiteScenario[]>('GET', `/sites/${id}/scenarios`),
  setSiteScenarios: (id: string, offered: string[]) =>
    request<SiteScenario[]>('PUT', `/sites/${id}/scenarios`, { body: { offered } }),

  staff: () => request<StaffAccount[]>('GET', '/staff'),
  createStaff: (body: { email: string; displayName: string; role: Role; siteIds: string[] }) =>
    request<{ user: StaffAccount; invitation: Invitation }>('POST', '/staff', { body }),
  updateStaff: (
    id: string,
    body: { displayName?: string; role?: Role; siteIds?: string[]; active?: boolean },
  ) => request<StaffAccount>('PATCH', `/staff/${id}`, { body }),
  resetStaff: (id: string) => request<{ invitation: Invitation }>('POST', `/staff/${id}/reset`),

  audit: (filters: AuditFilters, before?: string) =>
    request<AuditPage>('GET', `/audit${q({ ...filters, before, limit: 100 })}`),
  auditActions: () => request<AuditAction[]>('GET', '/audit/actions'),
  auditCsvUrl: (filters: AuditFilters) => `/api/v1/audit/export.csv${q(filters)}`,

  report: (filters: ReportFilters) => request<ReportResponse>('GET', `/reports${q(filters)}`),
  reportFilters: () => request<ReportFiltersResponse>('GET', '/reports/filters'),
  reportExportUrl: (file: 'indicators.csv' | 'indicators.xlsx' | 'visits.csv', filters: ReportFilters) =>
    `/api/v1/reports/${file}${q(filters)}`,

  devices: async () =>
    (await request<DeviceListResponse>('GET', '/devices')).devices.map((d): Device => ({
      id: d.id,
      label: d.label,
      pairedAt: d.pairedAt,
      lastSeenAt: d.lastSeenAt,
      site: d.siteId && d.siteName ? { id: d.siteId, name: d.siteName } : null,
    })),
  createPairingCode: (body: { siteId: string; label: string }) =>
    request<PairingCode>('POST', '/devices/pairing-codes', { body }),
  revokeDevice: (id: string) => request<void>('DELETE', `/devices/${id}`),

  retention: () => request<RetentionResponse>('GET', '/retention'),
  saveRetention: (body: RetentionSettingsBody) => request<RetentionResponse>('PUT', '/retention', { body }),
  startPurge: () => request<PurgeJobResponse>('POST', '/retention/purges'),
  purge: (id: string) => request<PurgeJobResponse>('GET', `/retention/purges/${id}`),
  studioScenarios: async () =>
    (await request<StudioScenarioListResponse>('GET', '/studio/scenarios')).scenarios,
  createScenario: (body: { id: string; title: string; sector: string; job: string }) =>
    request<DraftResponse>('POST', '/studio/scenarios', { body }),
  duplicateScenario: (id: string, body: { id: string; title: string }) =>
    request<DraftResponse>('POST', `/studio/scenarios/${encodeURIComponent(id)}/duplicate`, { body }),
  draft: (id: string) => request<DraftResponse>('GET', `/studio/scenarios/${encodeURIComponent(id)}/draft`),
  saveDraft: (id: string, revision: number, source: string) =>
    request<SavedDraftResponse>('PUT', `/studio/scenarios/${encodeURIComponent(id)}/draft`, {
      body: { source },
      headers: { 'If-Match': `"${revision}"` },
    }),
  draftSaves: (id: string) =>
    request<DraftSavesResponse>('GET', `/studio/scenarios/${encodeURIComponent(id)}/draft/saves`),

  profile: (code: string) => request<ProfileResponse>('GET', `/profiles/${encodeURIComponent(code)}`),
  eraseProfile: (code: string) => request<void>('DELETE', `/profiles/${encodeURIComponent(code)}`),
};
