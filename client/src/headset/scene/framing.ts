// 2D only: the dialogue panel covers the bottom of the canvas, so the picture is shifted up (an
// off-axis projection, nothing moves in the scene) until the characters stand centred in the part
// the panel leaves visible.

/** Never shift by more than this share of the canvas height, whatever the panel's size. */
export const MAX_HIDDEN_SHARE = 0.6;

export interface Box {
  top: number;
  bottom: number;
}

/**
 * Vertical offset (CSS px, for `camera.setViewOffset`) that centres the view's target in the part
 * of `canvas` above `panel`; 0 without a visible panel.
 */
export function viewShiftFor(canvas: Box, panel: Box | null): number {
  const height = canvas.bottom - canvas.top;
  if (!panel || height <= 0 || panel.bottom <= panel.top) return 0;
  const hidden = Math.min(Math.max(0, canvas.bottom - panel.top), height * MAX_HIDDEN_SHARE);
  return Math.round(hidden / 2);
}
