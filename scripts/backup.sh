#!/usr/bin/env bash
# Sauvegarde de la base d'Éclore avec pg_dump (format « custom », restaurable par scripts/restore.sh).
#   npm run backup -- [fichier]        (par défaut sauvegardes/eclore-AAAAMMJJ-HHMMSS.dump)
# Base : DATABASE_URL si définie, sinon la base intégrée d'Éclore en cours d'exécution (ECLORE_DATA_DIR).
# PG_BIN_DIR : dossier de pg_dump/pg_restore si ce ne sont pas ceux du PATH (version ≥ celle du serveur).
set -euo pipefail
source "$(dirname "$0")/backup-common.sh"

out="${1:-sauvegardes/eclore-$(date +%Y%m%d-%H%M%S).dump}"
mkdir -p "$(dirname "$out")"
url="$(database_url)"
if ! "$(pg_tool pg_dump)" --format=custom --no-owner --no-privileges --file="$out" --dbname="$url" 2>"$out.err"; then
  explain_failure "$out.err"
  rm -f "$out"
  exit 1
fi
rm -f "$out.err"
chmod 600 "$out"
echo "Sauvegarde écrite : $out ($(du -h "$out" | cut -f1))."
