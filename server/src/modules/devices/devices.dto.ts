import { z } from 'zod';

/** The object-level issues in French (zod's own text is English). */
const unknownFieldsInFrench = (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `champ(s) inconnu(s) : ${(issue.keys ?? []).join(', ')}`
    : issue.code === 'invalid_type'
      ? 'un objet JSON est attendu'
      : undefined;

export const CreatePairingCodeBody = z.strictObject(
  {
    label: z.string().trim().min(1, 'nom du casque attendu').max(100, '100 caractères au plus'),
    siteId: z.uuid('identifiant de site attendu (UUID)').optional(),
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
    code: z
      .string()
      .max(20)
      .regex(/^\s*\d{3}[\s-]?\d{3}\s*$/, 'code à six chiffres attendu, par exemple 123-456'),
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
