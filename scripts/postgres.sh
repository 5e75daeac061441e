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

wait_ready() {
  for _ in $(seq 1 50); do
    pg_isready -q -h 127.0.0.1 -p "$port" && return 0
    sleep 0.2
  done
  echo "PostgreSQL did not come up on port $port" >&2
  exit 1
}

if ! pg_isready -q -h 127.0.0.1 -p "$port"; then
  if command -v pg_ctlcluster >/dev/null && pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
    pg_ctlcluster "$version" main start >/dev/null 2>&1 || as_postgres pg_ctlcluster "$version" main start
  else
    echo "no PostgreSQL cluster '$version main' to start" >&2
    exit 1
  fi
  wait_ready
fi

# The cluster tests run a Lighthouse, four nodes and a journal reader against this one server, each node with pools
# for its journal, snapshots, queries and read model: the default 100 slots have run out under load. Raising the
# limit needs a restart, done once.
min_connections=300
if [ "$(as_postgres psql -tAq -p "$port" -d postgres -c 'SHOW max_connections')" -lt "$min_connections" ]; then
  as_postgres psql -q -p "$port" -d postgres -c "ALTER SYSTEM SET max_connections = $min_connections" >/dev/null
  pg_ctlcluster "$version" main restart >/dev/null 2>&1 || as_postgres pg_ctlcluster "$version" main restart
  wait_ready
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
