// Procedural sets for the workplaces named in metier.json `media` (type `environnement`), one
// module per preset under ./environments/. Each set is one merged vertex-coloured mesh plus a few
// animated or unlit ones, a gradient sky and its own fog: far below the Quest 2 draw-call budget.
import type { Group } from 'three';
import { atelier } from './environments/atelier.js';
import { bureau } from './environments/bureau.js';
import { centreTri } from './environments/centre-tri.js';
import { charpente } from './environments/charpente.js';
import { chantier } from './environments/chantier.js';
import { compostage } from './environments/compostage.js';
import { dechetterie } from './environments/dechetterie.js';
import { depot } from './environments/depot.js';
import { depotBennes } from './environments/depot-bennes.js';
import { eolien } from './environments/eolien.js';
import { echafaudage, facade } from './environments/facade.js';
import { foret } from './environments/foret.js';
import { type Atmosphere, Kit } from './environments/kit.js';
import { type EnvironmentPreset, isEnvironmentPreset } from './environments/presets.js';
import { localTechnique } from './environments/local-technique.js';
import { maison, maisonChantier } from './environments/maison.js';
import { methaniseur } from './environments/methaniseur.js';
import { nacelle } from './environments/nacelle.js';
import { ressourcerie } from './environments/ressourcerie.js';
import { rue } from './environments/rue.js';
import { toiture } from './environments/toiture.js';

export type { Atmosphere } from './environments/kit.js';

export { ENVIRONMENT_PRESETS, type EnvironmentPreset, isEnvironmentPreset } from './environments/presets.js';

export interface Environment {
  root: Group;
  preset: EnvironmentPreset | 'neutre';
  /** Fog and background colour the stage should use while this set is shown. */
  atmosphere: Atmosphere;
  /** Per-frame animation (rotors, conveyor, steam…); may do nothing. Never allocates. */
  update(dt: number, now: number): void;
  dispose(): void;
}

type Builder = (kit: Kit) => ((dt: number, now: number) => void) | void;

const BUILDERS: Record<EnvironmentPreset, Builder> = {
  eolien,
  nacelle,
  toiture,
  chantier,
  facade,
  echafaudage,
  maison,
  'maison-chantier': maisonChantier,
  atelier,
  charpente,
  depot,
  bureau,
  'centre-tri': centreTri,
  ressourcerie,
  rue,
  'depot-bennes': depotBennes,
  dechetterie,
  compostage,
  methaniseur,
  'local-technique': localTechnique,
  foret,
};

/** Builds a preset; an unknown or missing preset gives a neutral room. */
export function createEnvironment(preset: string | undefined): Environment {
  const kit = new Kit();
  const known = isEnvironmentPreset(preset) ? preset : null;
  let update: (dt: number, now: number) => void = () => {};
  if (known) {
    update = BUILDERS[known](kit) ?? update;
  } else {
    kit.lights('#ffffff', '#888888');
    kit.fog('#e9e7e2', 12, 40);
    kit.room(8, 3, 8, '#9aa0a6', '#e9e7e2', '#f4f3ef');
  }
  kit.mergeStatic();
  kit.root.name = `environnement:${known ?? 'neutre'}`;
  return {
    root: kit.root,
    preset: known ?? 'neutre',
    atmosphere: kit.atmosphere,
    update,
    dispose: () => kit.dispose(),
  };
}
