// Fade to black and back around every scene switch: a black sphere around the head, drawn over
// everything. World-locked (it follows the head's position, never its rotation).
import { BackSide, Mesh, MeshBasicMaterial, SphereGeometry, type Vector3 } from 'three';
import type { System } from './stage.js';

/** Duration of each half (to black, then back). */
export const FADE_MS = 300;

export class Fade {
  readonly mesh: Mesh<SphereGeometry, MeshBasicMaterial>;
  /** Times the picture was fully black (tests check that a switch really fades). */
  blackouts = 0;
  private direction: -1 | 0 | 1 = 0;
  private queue: Promise<void> = Promise.resolve();
  private reached: (() => void) | null = null;

  constructor(private readonly head: Vector3) {
    this.mesh = new Mesh(
      new SphereGeometry(0.4, 16, 8),
      new MeshBasicMaterial({
        color: 0x000000,
        side: BackSide,
        transparent: true,
        opacity: 0,
        depthTest: false,
        depthWrite: false,
        fog: false,
      }),
    );
    this.mesh.name = 'fondu';
    this.mesh.renderOrder = 10_000;
    this.mesh.frustumCulled = false;
    this.mesh.visible = false;
  }

  get opacity(): number {
    return this.mesh.material.opacity;
  }

  /**
   * Fades to black, runs `swap` (which may load: the picture stays black until it settles), then
   * fades back in. Transitions asked for meanwhile run one after the other.
   */
  transition(swap: () => unknown): Promise<void> {
    this.queue = this.queue.then(async () => {
      await this.go(1);
      try {
        await swap();
      } finally {
        await this.go(-1);
      }
    });
    return this.queue;
  }

  /** Black at once (a scenario about to open): nothing shows until `fadeIn`. */
  startBlack(): void {
    this.mesh.material.opacity = 1;
    this.mesh.visible = true;
    this.blackouts++;
  }

  /** From black, fades in once `ready` settles. */
  fadeIn(ready: Promise<unknown> = Promise.resolve()): Promise<void> {
    return this.transition(() => ready);
  }

  readonly system: System = (dt) => {
    this.mesh.position.copy(this.head);
    if (this.direction === 0) return;
    const material = this.mesh.material;
    material.opacity = Math.min(1, Math.max(0, material.opacity + (this.direction * dt * 1000) / FADE_MS));
    this.mesh.visible = material.opacity > 0;
    if (
      (this.direction === 1 && material.opacity === 1) ||
      (this.direction === -1 && material.opacity === 0)
    ) {
      if (this.direction === 1) this.blackouts++;
      this.direction = 0;
      const reached = this.reached;
      this.reached = null;
      reached?.();
    }
  };

  dispose(): void {
    this.mesh.removeFromParent();
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
  }

  private go(direction: 1 | -1): Promise<void> {
    const target = direction === 1 ? 1 : 0;
    if (this.mesh.material.opacity === target) return Promise.resolve();
    this.direction = direction;
    return new Promise((resolve) => (this.reached = resolve));
  }
}
