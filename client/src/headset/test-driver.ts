// What `?emulate=quest3` exposes on `window.__eclore` for the browser tests. DOM-free on purpose:
// the tests (type-checked for Node) import it.

export interface EcloreTestDriver {
  screen(): string;
  /** Choices made so far in the current visit. */
  step(): number;
  /** Number of 3D choice buttons shown. */
  choiceCount(): number;
  /** True while the 3D « Suite » button is shown. */
  canSkip(): boolean;
  /** Title and lines of the 3D card, when one is shown. */
  card(): { title: string; body: string[]; action?: string } | null;
  presenting(): boolean;
  /** Points the right controller at the centre of the named mesh; false when not visible. */
  aimRightController(meshName: string): boolean;
  pressTrigger(): Promise<void>;
  /** Pushes the right thumbstick fully to one side for a few frames, then back to the centre. */
  flickThumbstick(x: number): Promise<void>;
  /** Rotation of the XR origin around the vertical axis, in degrees. */
  originYawDegrees(): number;
  /** Average time between XR frames over the next ten frames. */
  frameMs(): Promise<number>;
  /** Name of the 3D button a pointer is over (the controller ray once aimed). */
  hovered(): string | null;
  renderInfo(): { calls: number; triangles: number; geometries: number; textures: number };
  followUpCode(): string | null;
  /** The 3D subtitle shown now. */
  subtitle(): { speaker?: string; text: string } | null;
  /** Presses (true) or releases (false) the right controller's squeeze: push-to-talk in VR. */
  squeeze(pressed: boolean): void;
}
