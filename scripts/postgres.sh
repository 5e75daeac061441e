#!/usr/bin/env bash
# Starts the machine's PostgreSQL (installed, stopped by default) and makes sure the role the project uses exists.
# Idempotent: safe to run before every test run. Prints the admin connection string tests use to create databases.
set -euo pipefail

version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
if [ -z "$version" ]; then
  echo "PostgreSQL is not installed (expected /usr/lib/postgresql/<version>)" >&2
  exit 1
fi
port=${PROPPR_PG_PORT:-5432}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}

if ! pg_isready -q -h 127.0.0.1 -p "$port"; then
  if command -v pg_ctlcluster >/dev/null && pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
    pg_ctlcluster "$version" main start >/dev/null 2>&1 || as_postgres pg_ctlcluster "$version" main start
  else
    echo "no PostgreSQL cluster '$version main' to start" >&2
    exit 1
  fi
  for _ in $(seq 1 50); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 0.2
  done
fi

as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 -d postgres <<'SQL' >/dev/null
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'proppr') THEN
    CREATE ROLE proppr LOGIN CREATEDB PASSWORD 'proppr';
  END IF;
  -- Tests drop their databases WITH (FORCE): that must be allowed to end an autovacuum worker still in one.
  IF NOT pg_has_role('proppr', 'pg_signal_backend', 'MEMBER') THEN
    GRANT pg_signal_backend TO proppr;
  END IF;
END $$;
SQL
echo "Host=127.0.0.1;Port=$port;Username=proppr;Password=proppr;Database=postgres"
