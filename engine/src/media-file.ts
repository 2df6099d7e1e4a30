// What a scenario's media file is, from its bytes: shared by `narratives:check` and publishing.
// No Node APIs: the back-office editor can run it on an uploaded file too.

export type MediaMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'video/webm' | 'video/mp4';

/** File extension of each accepted type: the published URL ends with it. */
export const MEDIA_EXTENSIONS: Record<MediaMime, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'video/webm': 'webm',
  'video/mp4': 'mp4',
};

/** Largest texture side the headset accepts (DESIGN §7): a 2:1 equirect is at most 2048×1024. */
export const MAX_TEXTURE_SIDE = 2048;

export interface MediaFileInfo {
  mime: MediaMime;
  /** Pixel size of an image; absent for a video (not parsed). */
  width?: number;
  height?: number;
}

const ascii = (bytes: Uint8Array, at: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(at, at + length));
const u16be = (b: Uint8Array, at: number): number => (b[at] << 8) | b[at + 1];
const u16le = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const u24le = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16);
const u32be = (b: Uint8Array, at: number): number =>
  ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;

function jpegSize(b: Uint8Array): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1];
    // Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: u16be(b, at + 5), width: u16be(b, at + 7) };
    at += 2 + u16be(b, at + 2);
  }
  return undefined;
}

function webpSize(b: Uint8Array): { width: number; height: number } | undefined {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ' && b.length >= 30)
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && b.length >= 30) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  return undefined;
}

/** The type (and image size) recognised from the bytes, or null for anything else. */
export function sniffMedia(b: Uint8Array): MediaFileInfo | null {
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff)
    return { mime: 'image/jpeg', ...jpegSize(b) };
  if (b.length >= 24 && ascii(b, 1, 3) === 'PNG' && ascii(b, 12, 4) === 'IHDR')
    return { mime: 'image/png', width: u32be(b, 16), height: u32be(b, 20) };
  if (b.length >= 16 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP')
    return { mime: 'image/webp', ...webpSize(b) };
  if (b.length >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3)
    return { mime: 'video/webm' };
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp') return { mime: 'video/mp4' };
  return null;
}

/**
 * Why a file cannot be the media of this type (French, for content staff), or null when it can.
 * `photo360` needs a JPEG/PNG/WebP image within the texture budget, `video360` a WebM or MP4.
 */
export function mediaFileProblem(bytes: Uint8Array, type: string): string | null {
  const info = sniffMedia(bytes);
  if (type === 'photo360') {
    if (!info?.mime.startsWith('image/'))
      return 'format non pris en charge pour une photo 360 : JPEG, PNG ou WebP attendu.';
    if (info.width === undefined || info.height === undefined) return 'dimensions de l’image illisibles.';
    if (info.width > MAX_TEXTURE_SIDE || info.height > MAX_TEXTURE_SIDE)
      return `image trop grande (${info.width}×${info.height}) : ${MAX_TEXTURE_SIDE}×${MAX_TEXTURE_SIDE} au maximum (par exemple 2048×1024 pour une photo 360).`;
    return null;
  }
  if (type === 'video360') {
    if (!info?.mime.startsWith('video/'))
      return 'format non pris en charge pour une vidéo 360 : WebM (VP8/VP9) ou MP4 attendu.';
    return null;
  }
  return info ? null : 'format de fichier non reconnu.';
}
