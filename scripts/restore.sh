#!/usr/bin/env bash
# Restaure une sauvegarde faite par scripts/backup.sh : remplace TOUT le contenu de la base.
#   npm run restore -- <fichier> [--oui]
# Arrêtez les instances d'Éclore avant (sauf la base intégrée, qui doit tourner : lancez
# `npm start`, restaurez, puis redémarrez).
set -euo pipefail
source "$(dirname "$0")/backup-common.sh"

file="${1:-}"
if [[ -z "$file" || ! -f "$file" ]]; then
  echo "Usage : npm run restore -- <fichier.dump> [--oui]" >&2
  exit 2
fi
if [[ "${2:-}" != "--oui" ]]; then
  read -r -p "Remplacer tout le contenu de la base par « $file » ? Tapez oui : " answer
  [[ "$answer" == "oui" ]] || { echo "Restauration annulée."; exit 1; }
fi
url="$(database_url)"
err="$(mktemp)"
if ! "$(pg_tool pg_restore)" --clean --if-exists --no-owner --no-privileges --single-transaction \
  --exit-on-error --dbname="$url" "$file" 2>"$err"; then
  explain_failure "$err"
  exit 1
fi
rm -f "$err"
echo "Restauration terminée depuis $file. Redémarrez Éclore."
