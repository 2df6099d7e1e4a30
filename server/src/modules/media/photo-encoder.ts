import sharp, { type Metadata } from 'sharp';
import { MAX_TEXTURE_SIDE, sniffMedia } from '../../../../engine/src/media-file.js';
import { DomainError } from '../../common/domain-error.js';

/** Largest source accepted: an 8K equirectangular photo. Beyond, decoding alone costs too much memory. */
export const MAX_SOURCE_WIDTH = 8192;
export const MAX_SOURCE_HEIGHT = 4096;
/** 2:1 within this tolerance (cameras export 5760×2880, 6080×3040, some crop a row or two). */
const RATIO_TOLERANCE = 0.01;

export interface EncodedPhoto {
  bytes: Buffer;
  mime: 'image/jpeg';
  width: number;
  height: number;
  source: { mime: string; width: number; height: number; size: number };
}

/**
 * A 360° photo for Quest 2: checked from its bytes (type, 2:1, size), decoded by libvips (sharp),
 * oriented, scaled to at most 2048×1024, re-encoded as progressive JPEG without metadata (no GPS
 * position or camera serial leaves the studio).
 */
export async function encodePhoto360(input: Buffer, declaredType: string | undefined): Promise<EncodedPhoto> {
  if (input.length === 0) throw new DomainError('MEDIA_EMPTY');
  const sniffed = sniffMedia(input);
  const declared = (declaredType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!sniffed) throw new DomainError('MEDIA_TYPE_UNSUPPORTED');
  if (!sniffed.mime.startsWith('image/')) {
    throw new DomainError(
      'MEDIA_TYPE_UNSUPPORTED',
      'Ce fichier est une vidéo\u00a0: une photo 360 (JPEG, PNG ou WebP) est attendue ici.',
    );
  }
  if (declared && declared !== 'application/octet-stream' && declared !== sniffed.mime) {
    throw new DomainError(
      'MEDIA_TYPE_MISMATCH',
      `Le fichier se dit ${declared} mais son contenu est une image ${sniffed.mime.slice(6).toUpperCase()}\u00a0: vérifiez son extension.`,
    );
  }
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { failOn: 'error' }).metadata();
  } catch {
    throw new DomainError('MEDIA_CORRUPT');
  }
  // EXIF orientations 5–8 swap the axes.
  const swap = (metadata.orientation ?? 1) >= 5;
  const width = (swap ? metadata.height : metadata.width) ?? 0;
  const height = (swap ? metadata.width : metadata.height) ?? 0;
  if (width === 0 || height === 0) throw new DomainError('MEDIA_CORRUPT');
  if (width > MAX_SOURCE_WIDTH || height > MAX_SOURCE_HEIGHT) {
    throw new DomainError(
      'MEDIA_DIMENSIONS_TOO_LARGE',
      `L’image mesure ${width}\u00a0×\u00a0${height}\u00a0pixels\u00a0: ${MAX_SOURCE_WIDTH}\u00a0×\u00a0${MAX_SOURCE_HEIGHT} au plus. Réduisez-la avant de l’envoyer.`,
    );
  }
  if (Math.abs(width / height - 2) > 2 * RATIO_TOLERANCE) {
    throw new DomainError(
      'MEDIA_NOT_EQUIRECTANGULAR',
      `L’image mesure ${width}\u00a0×\u00a0${height}\u00a0: une photo 360 doit être deux fois plus large que haute (par exemple 4096\u00a0×\u00a02048).`,
    );
  }
  const targetWidth = Math.min(MAX_TEXTURE_SIDE, width);
  const targetHeight = Math.round(targetWidth / 2);
  try {
    const { data, info } = await sharp(input, {
      failOn: 'error',
      limitInputPixels: MAX_SOURCE_WIDTH * MAX_SOURCE_HEIGHT,
    })
      .rotate()
      .resize(targetWidth, targetHeight, { fit: 'fill', kernel: 'lanczos3' })
      .flatten({ background: '#000000' })
      .jpeg({ quality: 85, progressive: true, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return {
      bytes: data,
      mime: 'image/jpeg',
      width: info.width,
      height: info.height,
      source: { mime: sniffed.mime, width, height, size: input.length },
    };
  } catch {
    // Headers were fine but the pixel data is truncated or garbled.
    throw new DomainError('MEDIA_CORRUPT');
  }
}
