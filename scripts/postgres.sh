#!/usr/bin/env bash
# Installs Debian's PostgreSQL server if missing, starts its cluster, and makes a database `gouji_test` that
# the current user owns. Prints the libpq connection words for GOUJI_POSTGRES, which the PostgreSQL tests read:
#   export GOUJI_POSTGRES="$(scripts/postgres.sh)"
set -euo pipefail
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! command -v pg_lsclusters >/dev/null; then
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql libpq-dev >&2
fi
read -r version cluster _ < <(pg_lsclusters --no-header | head -1)
$sudo pg_ctlcluster "$version" "$cluster" start >&2 2>/dev/null || true   # already running is fine
pg() { $sudo runuser -u postgres -- "$@"; }
user=$(id -un)
pg psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname = '$user'" | grep -q 1 || pg createuser --superuser "$user" >&2
pg psql -qtAc "SELECT 1 FROM pg_database WHERE datname = 'gouji_test'" | grep -q 1 || pg createdb -O "$user" gouji_test >&2
echo "host=/var/run/postgresql dbname=gouji_test"
