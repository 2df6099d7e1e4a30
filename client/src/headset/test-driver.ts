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
  card(): { title: string; body: string[]; action?: string; code?: string } | null;
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
  /** 2D: where the characters' heads and chests fall on the page (CSS px from the top), nearest first. */
  charactersOnScreen(): { head: number; chest: number }[];
  followUpCode(): string | null;
  /** The 3D subtitle shown now. */
  subtitle(): { speaker?: string; text: string } | null;
  /** Back to the start screen, as « Terminer » or the idle reset do. */
  reset(): void;
  /** Switches the current scenario's scene to `mediaId` of its metier.json (fade included); false if unknown. */
  showMedia(mediaId: string): Promise<boolean>;
  /** True while the 3D answers are brought forward (after two misunderstood spoken answers). */
  choicesEmphasized(): boolean;
  /** Presses (true) or releases (false) the right controller's squeeze: push-to-talk in VR. */
  squeeze(pressed: boolean): void;
  /** Voice out: the last line's key and how it is heard, its loudness now, the widest open jaw. */
  voice(): {
    lastKey: string | null;
    via: string | null;
    playing: boolean;
    level: number | null;
    jaw: number;
  };
  /** What the scene shows: the 3D preset, or a 360 backdrop (with its video's state). */
  backdrop(): {
    preset: string;
    kind: 'photo360' | 'video360' | null;
    videoPath: 'layer' | 'texture' | null;
    videoTime: number | null;
    /** Pixel size of the picture on the sphere (null: no texture, e.g. a media layer). */
    texture: { width: number; height: number } | null;
  } | null;
  /** Distinct colours (5 bits a channel) in a 160×90 copy of the frame just drawn: a photo has many. */
  viewColours(): Promise<number>;
  /** Opacity of the fade sphere and how many times it reached black in this scenario. */
  fade(): { opacity: number; blackouts: number } | null;
  /** Names of the visible 3D panels whose text did not fit (expected: none, ever). */
  clippedText(): string[];
  /** Names of the 3D buttons visible now. */
  visibleButtons(): string[];
  /** Page of the 3D answers shown and the number of pages. */
  answerPage(): { page: number; pages: number };
  /** The journey state: screen, talk, whether the idle watch is paused. */
  journey(): { screen: string; talk: string; speaking: boolean; busy: boolean };
  /** Answers the current decision with choice `index`, as a pointed 3D button would. */
  choose(index: number): void;
  /** Shows the next line at once (« Suite »). */
  skipLine(): void;
  /** Shows the next page of 3D answers; false on the last page. */
  nextAnswerPage(): boolean;
  /** Calibrates the eye height (seated by default) and returns the eyes' height a frame later. */
  calibrateHeight(posture?: 'seated' | 'standing'): Promise<number>;
}
