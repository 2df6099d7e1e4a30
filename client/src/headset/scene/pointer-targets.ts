// Small helpers of the 3D interface: pointer events on meshes (@pmndrs/pointer-events), which
// input a pointer is, visibility, and the pages of a list of buttons of different heights.
import type { Object3D } from 'three';
import type { ChoiceMethod } from '../../shared/api-types.js';

export interface PointerLike {
  pointerType?: string;
  stopPropagation?: () => void;
}

export function methodOf(event: PointerLike): ChoiceMethod {
  const type = event.pointerType ?? '';
  if (type.endsWith('mouse')) return 'mouse';
  if (type.endsWith('touch')) return 'touch';
  return 'pointer';
}

/** True when the object and all its parents are visible. */
export function isShown(object: Object3D): boolean {
  for (let o: Object3D | null = object; o; o = o.parent) if (!o.visible) return false;
  return true;
}

/** Click, enter and leave on a mesh; a click does not reach what lies behind. */
export function listenTo(
  mesh: Object3D,
  handlers: { click: (event: PointerLike) => void; enter: () => void; leave: () => void },
): void {
  // @pmndrs/pointer-events dispatches pointer events through three's EventDispatcher.
  const target = mesh as unknown as {
    addEventListener(type: string, listener: (event: PointerLike) => void): void;
  };
  target.addEventListener('click', (event) => {
    event.stopPropagation?.();
    handlers.click(event);
  });
  target.addEventListener('pointerenter', () => handlers.enter());
  target.addEventListener('pointerleave', () => handlers.leave());
}

/**
 * Positions of items grouped into pages: each page holds at most `perPage` items whose heights
 * add up to at most `maxHeight` (an item taller than that gets a page of its own).
 */
export function paginate(heights: number[], maxHeight: number, perPage: number): number[][] {
  const pages: number[][] = [];
  let current: number[] = [];
  let used = 0;
  heights.forEach((height, i) => {
    if (current.length > 0 && (used + height > maxHeight || current.length === perPage)) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(i);
    used += height;
  });
  if (current.length > 0) pages.push(current);
  return pages;
}
