#!/usr/bin/env bash
# The main job on samples/: set up, build, and run gouji as pipeline.yaml says, into
# out/corpus.sqlite and out/csv/. Exit status is gouji's (1 here: some samples are flagged on purpose).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --static-swift-stdlib 2>&1 | tail -n 3
.build/release/gouji run pipeline.yaml
