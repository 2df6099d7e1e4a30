// Pure maths of a character's idle life, free of three.js so that it is tested as is: blinking,
// where the head turns to look at the visitor, and what counts as high-visibility clothing.

/** Eyelids closed for this long at each blink. */
export const BLINK_MS = 150;

/** Within what a neck allows (radians). */
const MAX_YAW = 0.9;
const MAX_PITCH = 0.4;

interface Point {
  x: number;
  y: number;
  z: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** 0 → 1 → 0 over a blink starting at `start`; 0 outside it. */
export function blinkAmount(now: number, start: number, durationMs = BLINK_MS): number {
  const t = (now - start) / durationMs;
  return t < 0 || t > 1 ? 0 : 1 - Math.abs(2 * t - 1);
}

/** Time to the next blink: 2 to 6 s, now and then a double blink 0.3 s later. */
export function nextBlinkDelay(now: number, seed: number): number {
  return Math.sin(now * 0.0137 + seed) > 0.7 ? 300 : 2000 + 4000 * Math.abs(Math.sin(now * 0.0091 + seed));
}

/**
 * Yaw (`x`) and pitch (`y`), radians, turning a head at `from` on a body turned by `bodyYaw`
 * towards `to`, within what a neck allows. Writes into `out` (no allocation).
 */
export function lookAngles<T extends { x: number; y: number }>(
  from: Point,
  to: Point,
  bodyYaw: number,
  out: T,
): T {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const dz = to.z - from.z;
  const yaw = Math.atan2(dx, dz) - bodyYaw;
  out.x = clamp(Math.atan2(Math.sin(yaw), Math.cos(yaw)), -MAX_YAW, MAX_YAW);
  out.y = clamp(-Math.atan2(dy, Math.hypot(dx, dz)), -MAX_PITCH, MAX_PITCH);
  return out;
}

/** True for the fluorescent yellows and oranges of work clothing (`#rrggbb`). */
export function isHighVisibility(hex: string): boolean {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const r = ((value >> 16) & 255) / 255;
  const g = ((value >> 8) & 255) / 255;
  const b = (value & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  if (chroma === 0 || max !== r) return false;
  const saturation = chroma / (1 - Math.abs(2 * lightness - 1));
  const hue = (((g - b) / chroma + 6) % 6) / 6;
  return saturation > 0.6 && lightness > 0.35 && hue > 0.02 && hue < 0.18;
}
