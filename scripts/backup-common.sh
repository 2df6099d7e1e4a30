# Shared by backup.sh and restore.sh (sourced).

pg_tool() {
  if [[ -n "${PG_BIN_DIR:-}" ]]; then echo "$PG_BIN_DIR/$1"; else echo "$1"; fi
}

# DATABASE_URL, or the running embedded cluster (port from postmaster.pid, password beside it).
database_url() {
  if [[ -n "${DATABASE_URL:-}" ]]; then
    echo "$DATABASE_URL"
    return
  fi
  local data="${ECLORE_DATA_DIR:-.data}"
  local pid="$data/pg/postmaster.pid"
  if [[ ! -f "$pid" || ! -f "$data/pg.password" ]]; then
    echo "Base intégrée introuvable ou arrêtée dans $data : démarrez Éclore (npm start), ou définissez DATABASE_URL." >&2
    exit 1
  fi
  local port
  port="$(sed -n 4p "$pid")"
  echo "postgres://eclore:$(cat "$data/pg.password")@localhost:$port/eclore"
}

explain_failure() {
  sed 's#postgres://[^ ]*#postgres://…#g' "$1" >&2
  if grep -q "server version mismatch" "$1"; then
    echo "pg_dump/pg_restore sont plus anciens que le serveur PostgreSQL : installez le client de la même version" \
      "(paquet postgresql-client-18 du dépôt apt.postgresql.org) ou indiquez son dossier avec PG_BIN_DIR." >&2
  fi
  rm -f "$1"
}
