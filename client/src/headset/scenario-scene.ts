// What a scenario puts on stage: its environment (switched by `# media:` tags) and its characters.
import { Group, type Vector3 } from 'three';
import type { Metier, Personnage } from '../shared/api-types.js';
import { createCharacter, type Character } from './scene/character.js';
import { createEnvironment, type Environment } from './scene/environments.js';

// In front of the visitor, then a step behind on each side, clear of the subtitles (left) and
// the choices (right) panels.
const SLOTS: [number, number, number][] = [
  [0, 0, -1.8],
  [0.55, 0, -2.8],
  [-0.55, 0, -2.9],
];

export class ScenarioScene {
  readonly root = new Group();
  private environment: Environment;
  private readonly characters = new Map<string, Character>();
  private currentMedia: string | undefined;
  private leadChosen = false;

  constructor(private readonly metier: Metier) {
    this.root.name = `scenario:${metier.id}`;
    const firstEnvironment = Object.entries(metier.media).find(([, m]) => m.type === 'environnement');
    this.currentMedia = firstEnvironment?.[0];
    this.environment = createEnvironment(this.presetOf(this.currentMedia));
    this.root.add(this.environment.root);
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
  }

  get preset(): string {
    return this.environment.preset;
  }

  /** Switches the environment when a line carries a `# media:` tag naming another one. */
  showMedia(mediaId: string | undefined): void {
    if (!mediaId || mediaId === this.currentMedia) return;
    const entry = this.metier.media[mediaId];
    if (!entry || entry.type !== 'environnement') return;
    this.currentMedia = mediaId;
    const preset = this.presetOf(mediaId);
    if (preset === this.environment.preset) return;
    this.environment.dispose();
    this.environment = createEnvironment(preset);
    this.root.add(this.environment.root);
  }

  speak(speaker: string | undefined, now: number, durationMs: number): void {
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
    character.speak(now, durationMs);
  }

  update(dt: number, now: number, head: Vector3): void {
    this.environment.update(dt, now);
    for (const character of this.characters.values()) character.update(dt, now, head);
  }

  dispose(): void {
    this.environment.dispose();
    for (const character of this.characters.values()) character.dispose();
    this.root.removeFromParent();
  }

  private presetOf(mediaId: string | undefined): string | undefined {
    const entry = mediaId ? this.metier.media[mediaId] : undefined;
    return entry && 'preset' in entry ? entry.preset : undefined;
  }
}
