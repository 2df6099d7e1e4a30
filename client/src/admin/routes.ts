// Every page of the back-office, who may open it and where it sits in the navigation. The
// content studio (editors) and the reports will add their entries here; nothing is listed before
// its page exists, so the navigation never shows a dead link.
import type { Role } from './api.js';

export interface NavEntry {
  path: string;
  label: string;
  roles: readonly Role[];
  group: 'suivi' | 'pilotage' | 'contenu' | 'administration';
}

export const NAV: readonly NavEntry[] = [
  { path: '/profil', label: 'Profil de compétences', roles: ['counsellor', 'admin'], group: 'suivi' },
  { path: '/rapports', label: 'Rapports', roles: ['counsellor', 'admin'], group: 'pilotage' },
  { path: '/studio', label: 'Studio', roles: ['editor', 'admin'], group: 'contenu' },
  { path: '/administration/sites', label: 'Sites', roles: ['admin'], group: 'administration' },
  { path: '/administration/comptes', label: 'Comptes', roles: ['admin'], group: 'administration' },
  { path: '/administration/casques', label: 'Casques', roles: ['admin'], group: 'administration' },
  { path: '/administration/journal', label: 'Journal', roles: ['admin'], group: 'administration' },
  {
    path: '/administration/conservation',
    label: 'Conservation des données',
    roles: ['admin'],
    group: 'administration',
  },
];

export const GROUP_LABELS: Record<NavEntry['group'], string> = {
  suivi: 'Suivi des visites',
  pilotage: 'Pilotage',
  contenu: 'Contenu',
  administration: 'Administration',
};

export function allowed(path: string, role: Role): boolean {
  const entry = NAV.find((e) => path === e.path || path.startsWith(`${e.path}/`));
  return entry ? entry.roles.includes(role) : path === '/accueil';
}

/** Where a person lands after signing in. */
export function homeOf(role: Role): string {
  return NAV.find((e) => e.roles.includes(role))?.path ?? '/accueil';
}
