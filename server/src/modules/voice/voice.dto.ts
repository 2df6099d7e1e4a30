export interface VoiceClipRef {
  /** `voiceKey(speaker, text)` of the engine. */
  key: string;
  url: string;
  /** Character id; absent for the narrator. */
  speaker?: string;
}

export interface VoiceClipListResponse {
  clips: VoiceClipRef[];
}
