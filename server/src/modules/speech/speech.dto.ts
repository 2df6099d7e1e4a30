import { z } from 'zod';
import { toOpenApiSchema } from '../../common/zod-body.js';

// Bytes of a recording; what they hold (WAV, WebM, Ogg, MP4, ≤ 2 MB) is checked by sniffing, not by the schema.
const audioBytes = z
  .custom<Buffer>((value) => Buffer.isBuffer(value), 'fichier audio attendu (champ « file »)')
  .meta({ type: 'string', format: 'binary', description: 'WAV, WebM, Ogg ou MP4, 2\u00a0Mo au plus.' });

/** The multipart form of `POST /speech/transcribe`: one file part named `file`. */
export const TranscribeForm = z.object({ file: audioBytes });
export type TranscribeForm = z.infer<typeof TranscribeForm>;

/** The raw body types also accepted (the audio itself); `audio/*` is any audio type. */
export const RAW_AUDIO_TYPES = ['audio/*', 'application/octet-stream'];

/** True when `contentType` is one of RAW_AUDIO_TYPES. */
export function isRawAudioType(contentType: string): boolean {
  return RAW_AUDIO_TYPES.some((type) =>
    type.endsWith('/*') ? contentType.startsWith(type.slice(0, -1)) : contentType.startsWith(type),
  );
}

/** `requestBody` of the route, from the same schemas. */
export const TRANSCRIBE_REQUEST_BODY = {
  required: true,
  content: {
    'multipart/form-data': { schema: toOpenApiSchema(TranscribeForm) },
    ...Object.fromEntries(RAW_AUDIO_TYPES.map((type) => [type, { schema: toOpenApiSchema(audioBytes) }])),
  },
};
