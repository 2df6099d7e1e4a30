// Height calibration: whatever the visitor's real height or posture (standing, seated, in a
// wheelchair), their eyes are put at the height the scenes are made for.

/** Eye height of a seated adult: the default, comfortable for everyone and wheelchair users. */
export const SEATED_EYE_HEIGHT = 1.2;
/** Eye height when the visitor chooses to stand. */
export const STANDING_EYE_HEIGHT = 1.6;

export type Posture = 'seated' | 'standing';

export function eyeHeightFor(posture: Posture): number {
  return posture === 'standing' ? STANDING_EYE_HEIGHT : SEATED_EYE_HEIGHT;
}

/**
 * Height to give the XR origin so that a head tracked at `trackedHeadHeight` (metres above the
 * origin, as the headset reports it) ends up at the posture's eye height.
 */
export function originHeightFor(trackedHeadHeight: number, posture: Posture): number {
  const tracked = Number.isFinite(trackedHeadHeight) ? trackedHeadHeight : 0;
  return eyeHeightFor(posture) - tracked;
}
