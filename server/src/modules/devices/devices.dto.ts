import { z } from 'zod';
import { NOT_BLANK, safeText, uuidId } from '../../common/safe-text.js';

/** The object-level issues in French (zod's own text is English). */
const unknownFieldsInFrench = (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `champ(s) inconnu(s) : ${(issue.keys ?? []).join(', ')}`
    : issue.code === 'invalid_type'
      ? 'un objet JSON est attendu'
      : undefined;

// As `normalizePairingCode` reads it: a code of this shape is looked up, anything else refused at validation.
export const PAIRING_CODE_PATTERN = /^\s*\d{3}[\s-]?\d{3}\s*$/;

export const CreatePairingCodeBody = z.strictObject(
  {
    label: safeText({
      min: 1,
      max: 100,
      pattern: NOT_BLANK,
      patternMessage: 'nom du casque attendu',
    }).transform((label) => label.trim()),
    // A headset belongs to a site: its visits are seen by that site's counsellors.
    siteId: uuidId('identifiant de site attendu (UUID)'),
  },
  { error: unknownFieldsInFrench },
);
export type CreatePairingCodeBody = z.infer<typeof CreatePairingCodeBody>;

export interface CreatePairingCodeResponse {
  /** `123-456`, shown once to the admin. */
  code: string;
  expiresAt: string;
}

export const PairDeviceBody = z.strictObject(
  {
    code: safeText({
      max: 20,
      pattern: PAIRING_CODE_PATTERN,
      patternMessage: 'code à six chiffres attendu, par exemple 123-456',
    }),
  },
  { error: unknownFieldsInFrench },
);
export type PairDeviceBody = z.infer<typeof PairDeviceBody>;

export interface PairDeviceResponse {
  deviceId: string;
  /** Sent back as `Authorization: Device <token>`; shown only this once. */
  token: string;
}

export interface DeviceResponse {
  id: string;
  label: string;
  siteId: string | null;
  siteName: string | null;
  site: { id: string; name: string } | null;
  pairedAt: string;
  lastSeenAt: string | null;
}

export interface DeviceListResponse {
  devices: DeviceResponse[];
}

export interface CurrentDeviceResponse {
  id: string;
  label: string;
  siteId: string | null;
  siteName: string | null;
}

/** `:id` of a headset. */
export const DeviceIdParam = uuidId('identifiant de casque invalide\u00a0: un UUID est attendu');

const Pin = z.string().regex(/^\d{4,8}$/, 'code PIN de 4 à 8 chiffres attendu');

export const SetStaffPinBody = z.strictObject(
  { pin: Pin, currentPin: Pin.optional() },
  { error: unknownFieldsInFrench },
);
export type SetStaffPinBody = z.infer<typeof SetStaffPinBody>;

export const CheckStaffPinBody = z.strictObject({ pin: Pin }, { error: unknownFieldsInFrench });
export type CheckStaffPinBody = z.infer<typeof CheckStaffPinBody>;

export interface CheckStaffPinResponse {
  ok: true;
}
