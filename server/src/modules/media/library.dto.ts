import { z } from 'zod';
import { safeText } from '../../common/safe-text.js';

/** At most 40 MB for a photo: an 8K equirectangular JPEG from a 360° camera weighs 10–25 MB. */
export const MAX_PHOTO_BYTES = 40 * 1024 * 1024;

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** `?name=`: what staff call the photo in the library (the file name by default). */
export const UploadQuery = z.strictObject({
  name: safeText({ max: 200 }).trim().min(1, 'nom du média attendu').optional(),
});
export type UploadQueryParams = z.infer<typeof UploadQuery>;

const photoBytes = { type: 'string', format: 'binary' };
export const PHOTO_REQUEST_BODY = {
  required: true,
  content: Object.fromEntries(
    [...PHOTO_TYPES, 'application/octet-stream'].map((type) => [type, { schema: photoBytes }]),
  ),
};
