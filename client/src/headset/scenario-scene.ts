// What a scenario puts on stage: its environment or 360 backdrop (switched by `# media:` tags, with
// a fade through black) and its characters.
import { Color, Fog, Group, type Light, type Scene, type Vector3 } from 'three';
import type { MediaEntry, Metier, Personnage } from '../shared/api-types.js';
import { Backdrop, type BackdropMedia } from './scene/backdrop.js';
import { createCharacter, type Character, type VoiceActivity } from './scene/character.js';
import { type Atmosphere, createEnvironment, type Environment } from './scene/environments.js';
import { Fade } from './scene/fade.js';
import type { Stage } from './scene/stage.js';

// In front of the visitor, then a step behind on each side, clear of the subtitles (left) and
// the choices (right) panels.
const SLOTS: [number, number, number][] = [
  [0, 0, -1.8],
  [0.55, 0, -2.8],
  [-0.55, 0, -2.9],
];

/** A 360 photo or video slower than this to load gives way to the 3D environment (black meanwhile). */
const MEDIA_TIMEOUT_MS = 8000;

function isBackdrop(entry: MediaEntry | undefined): entry is BackdropMedia {
  return (entry?.type === 'photo360' || entry?.type === 'video360') && typeof entry.src === 'string';
}

export class ScenarioScene {
  readonly root = new Group();
  readonly fade: Fade;
  readonly backdrop: Backdrop;
  private environment: Environment;
  /** True until the first frame or the first media: the scenario opens from black. */
  private opening = true;
  private environmentShown = true;
  private readonly characters = new Map<string, Character>();
  private currentMedia: string | undefined;
  private leadChosen = false;
  private readonly stageScene: Scene;
  /** The stage's own fog, put back when the scenario leaves the stage. */
  private readonly restoreAtmosphere: Atmosphere;

  constructor(
    private readonly metier: Metier,
    stage: Pick<Stage, 'renderer' | 'xr' | 'scene' | 'rig' | 'headPosition'>,
  ) {
    this.stageScene = stage.scene;
    const fog = stage.scene.fog instanceof Fog ? stage.scene.fog : null;
    this.restoreAtmosphere = {
      color: fog ? `#${fog.color.getHexString()}` : '#dfe9ef',
      near: fog?.near ?? 30,
      far: fog?.far ?? 70,
    };
    this.root.name = `scenario:${metier.id}`;
    const firstEnvironment = Object.entries(metier.media).find(([, m]) => m.type === 'environnement');
    this.currentMedia = firstEnvironment?.[0];
    this.environment = createEnvironment(this.presetOf(this.currentMedia));
    this.root.add(this.environment.root);
    this.applyAtmosphere();
    this.backdrop = new Backdrop(stage, stage.headPosition);
    this.fade = new Fade(stage.headPosition);
    this.root.add(this.backdrop.mesh, this.fade.mesh);
    const visible = Object.entries(metier.personnages).filter(
      (entry): entry is [string, Personnage & { apparence: NonNullable<Personnage['apparence']> }] =>
        Boolean(entry[1].apparence),
    );
    visible.slice(0, SLOTS.length).forEach(([id, personnage], i) => {
      const character = createCharacter(personnage.apparence);
      character.root.position.set(...SLOTS[i]);
      character.root.rotation.y = i === 0 ? 0 : i === 1 ? -0.2 : 0.2;
      this.characters.set(id, character);
      this.root.add(character.root);
    });
    this.fade.startBlack();
  }

  /** The characters on stage, nearest to the visitor first. */
  characterRoots(): Group[] {
    return [...this.characters.values()]
      .map((character) => character.root)
      .sort((a, b) => b.position.z - a.position.z);
  }

  /** The 3D environment shown, or `neutre`; a 360 backdrop hides it. */
  get preset(): string {
    return this.environment.preset;
  }

  /**
   * Switches to the environment or 360 photo/video a `# media:` tag names, through black. The
   * returned promise settles once the picture is back.
   */
  showMedia(mediaId: string | undefined): Promise<void> {
    if (!mediaId || mediaId === this.currentMedia) return Promise.resolve();
    const entry = this.metier.media[mediaId];
    if (!entry || (entry.type !== 'environnement' && !isBackdrop(entry))) return Promise.resolve();
    this.currentMedia = mediaId;
    const show = () => this.apply(mediaId, entry);
    if (this.opening) {
      // The first line's media: the scenario opens from black straight onto it.
      this.opening = false;
      return this.fade.fadeIn(show());
    }
    if (!isBackdrop(entry) && !this.backdrop.visible && this.presetOf(mediaId) === this.environment.preset)
      return Promise.resolve();
    return this.fade.transition(show);
  }

  speak(speaker: string | undefined, now: number, durationMs: number, voice?: VoiceActivity): void {
    const character = speaker ? this.characters.get(speaker) : undefined;
    if (!character) return;
    // metier.json is an object (and Postgres jsonb reorders its keys): the first character to
    // speak, not the first key, stands in front of the visitor.
    if (!this.leadChosen) {
      this.leadChosen = true;
      const lead = [...this.characters.values()][0];
      if (lead !== character) {
        const position = lead.root.position.clone();
        const rotation = lead.root.rotation.y;
        lead.root.position.copy(character.root.position);
        lead.root.rotation.y = character.root.rotation.y;
        character.root.position.copy(position);
        character.root.rotation.y = rotation;
      }
    }
    character.speak(now, durationMs, voice);
  }

  update(dt: number, now: number, head: Vector3): void {
    if (this.opening) {
      this.opening = false;
      void this.fade.fadeIn();
    }
    this.fade.system(dt, now);
    this.backdrop.update();
    if (this.environmentShown) this.environment.update(dt, now);
    for (const character of this.characters.values()) character.update(dt, now, head);
  }

  dispose(): void {
    this.applyAtmosphere(this.restoreAtmosphere);
    this.environment.dispose();
    this.backdrop.dispose();
    this.fade.dispose();
    for (const character of this.characters.values()) character.dispose();
    this.root.removeFromParent();
  }

  private async apply(mediaId: string, entry: MediaEntry): Promise<void> {
    if (!isBackdrop(entry)) {
      this.backdrop.clear();
      this.showEnvironment(this.presetOf(mediaId));
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        this.backdrop.show(entry),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('délai de chargement dépassé')), MEDIA_TIMEOUT_MS);
        }),
      ]);
      this.setEnvironmentShown(false);
    } catch (error) {
      // Never a black void: the scenario's 3D environment stays.
      console.warn(`Média « ${mediaId} » indisponible : environnement 3D à la place.`, error);
      this.backdrop.clear();
      this.setEnvironmentShown(true);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Hides the 3D set behind a 360 backdrop; its lights stay for the characters. */
  private setEnvironmentShown(shown: boolean): void {
    for (const child of this.environment.root.children) {
      if (!(child as Light).isLight) child.visible = shown;
    }
    this.environmentShown = shown;
  }

  private showEnvironment(preset: string | undefined): void {
    if (preset !== this.environment.preset) {
      this.environment.dispose();
      this.environment = createEnvironment(preset);
      this.root.add(this.environment.root);
      this.applyAtmosphere();
    }
    this.setEnvironmentShown(true);
  }

  /** The set's fog and background colour (a scene switch, never per frame). */
  private applyAtmosphere({ color, near, far }: Atmosphere = this.environment.atmosphere): void {
    const scene = this.stageScene;
    if (scene.fog instanceof Fog) {
      scene.fog.color.set(color);
      scene.fog.near = near;
      scene.fog.far = far;
    } else scene.fog = new Fog(color, near, far);
    if (scene.background instanceof Color) scene.background.set(color);
  }

  private presetOf(mediaId: string | undefined): string | undefined {
    const entry = mediaId ? this.metier.media[mediaId] : undefined;
    return entry && 'preset' in entry ? entry.preset : undefined;
  }
}
