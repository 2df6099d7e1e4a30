// The preset names metier.json may give an `environnement` media (narratives/README.md lists them
// for authors). Kept free of three.js so that tools and tests can check names cheaply.
export const ENVIRONMENT_PRESETS = [
  'eolien',
  'nacelle',
  'toiture',
  'chantier',
  'facade',
  'echafaudage',
  'maison',
  'maison-chantier',
  'atelier',
  'charpente',
  'depot',
  'bureau',
  'centre-tri',
  'ressourcerie',
  'rue',
  'depot-bennes',
  'dechetterie',
  'compostage',
  'methaniseur',
  'local-technique',
  'foret',
] as const;

export type EnvironmentPreset = (typeof ENVIRONMENT_PRESETS)[number];

export function isEnvironmentPreset(preset: string | undefined): preset is EnvironmentPreset {
  return (ENVIRONMENT_PRESETS as readonly string[]).includes(preset ?? '');
}
