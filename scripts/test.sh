#!/usr/bin/env bash
# Sets up and runs the whole test suite: the system packages, a PostgreSQL server for the PostgreSQL
# loader's tests (unless GOUJI_POSTGRES already names one), the build, the tests.
# The second tier, over the project's evaluation cases, runs where they are (../shared/eval/cases beside
# the package, or the folder GOUJI_EVAL_DIR names) and is skipped with its reason elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -z "${GOUJI_POSTGRES:-}" ]; then
  GOUJI_POSTGRES="$(scripts/postgres.sh)"
  export GOUJI_POSTGRES
fi
swift build --build-tests
swift test --skip-build 2>&1
