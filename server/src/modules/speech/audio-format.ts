export interface AudioFormat {
  mimeType: 'audio/wav' | 'audio/webm' | 'audio/ogg' | 'audio/mp4';
  extension: 'wav' | 'webm' | 'ogg' | 'm4a';
}

/**
 * Recognises the container from its first bytes, whatever the declared type says: WAV (RIFF/WAVE),
 * WebM (EBML), Ogg and MP4 (what Safari's MediaRecorder produces). Anything else is refused.
 */
export function sniffAudioFormat(data: Uint8Array): AudioFormat | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...data.subarray(from, to));
  if (data.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE')
    return { mimeType: 'audio/wav', extension: 'wav' };
  if (data.length >= 4 && data[0] === 0x1a && data[1] === 0x45 && data[2] === 0xdf && data[3] === 0xa3) {
    return { mimeType: 'audio/webm', extension: 'webm' };
  }
  if (data.length >= 4 && ascii(0, 4) === 'OggS') return { mimeType: 'audio/ogg', extension: 'ogg' };
  if (data.length >= 8 && ascii(4, 8) === 'ftyp') return { mimeType: 'audio/mp4', extension: 'm4a' };
  return null;
}
