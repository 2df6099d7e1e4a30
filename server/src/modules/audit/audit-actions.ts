/** Every action the log records, with its French label (filter list, CSV export). */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'auth.login': 'Connexion',
  'auth.login_failed': 'Échec de connexion',
  'auth.locked': 'Compte verrouillé (mots de passe erronés)',
  'auth.logout': 'Déconnexion',
  'auth.logout_all': 'Déconnexion de toutes les sessions',
  'staff.created': 'Compte créé',
  'staff.updated': 'Compte modifié',
  'staff.deactivated': 'Compte désactivé',
  'staff.reactivated': 'Compte réactivé',
  'staff.reset': 'Mot de passe réinitialisé par un administrateur',
  'staff.password_set': 'Mot de passe choisi',
  'site.created': 'Site ajouté',
  'site.updated': 'Site modifié',
  'site.deleted': 'Site supprimé',
  'device.pairing_code.created': 'Code d’appairage créé',
  'device.paired': 'Casque appairé',
  'device.revoked': 'Casque révoqué',
  'profile.viewed': 'Profil consulté',
  'profile.not_found': 'Code de suivi sans résultat',
  'scenario.published': 'Scénario publié',
  'scenario.created': 'Scénario créé dans le studio',
  'scenario.duplicated': 'Scénario dupliqué',
  'scenario.draft_saved': 'Brouillon de scénario enregistré',
  'audit.purged': 'Journal purgé (entrées de plus de 12 mois)',
};

export const labelOf = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
