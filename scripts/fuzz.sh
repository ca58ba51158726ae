#!/usr/bin/env bash
# Fuzzes the text, HTML, Word XML, Word binary (.doc) and PDF paths and the table reconstructor with seeded
# random inputs.
#   scripts/fuzz.sh [SECONDS per target, default 60] [SEED, default: the date]
# A crash leaves the input being tried in $TMPDIR/gouji-fuzz-input.*; the same seed finds it again.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
seed="${2:-$(date +%s)}"
echo "fuzz: ${seconds} s per target, seed ${seed}"
swift build --build-tests >/dev/null
# Seven targets, two at a time; a hang inside one input is stopped by the bound as a whole.
GOUJI_FUZZ_SECONDS="$seconds" GOUJI_FUZZ_SEED="$seed" \
    timeout --signal=KILL "$((seconds * 5 + 120))" swift test --skip-build --filter FuzzTests 2>&1 \
    | grep -E "fuzz |✘|✔ Suite|error|Fatal|signal"
