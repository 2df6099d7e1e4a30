import { z } from 'zod';
import { MEDIA_EXTENSIONS } from '../../../../engine/src/media-file.js';

/** `:file` of a media: its SHA-256 (lower-case hex) and the extension of its type. */
export const MediaFileParam = z
  .string()
  .regex(
    new RegExp(`^[0-9a-f]{64}\\.(?:${Object.values(MEDIA_EXTENSIONS).join('|')})$`),
    'nom de média attendu\u00a0: empreinte SHA-256 suivie de .jpg, .png, .webp, .webm ou .mp4',
  );
