#!/usr/bin/env bash
# Writes Tests/GoujiLoadTests/Corpora/corpus-v5.sql: the SQL dump of a corpus as gouji made it at commit
# 17382d2, the last before its migrations were literal SQL (schema v5), holding samples/tiantan-2024.txt
# and samples/hongze-2024.txt. The tests rebuild the corpus from it and open it with today's gouji.
#   scripts/make-old-corpus.sh                 # builds gouji at that commit in a temporary worktree
#   GOUJI=/path/to/gouji scripts/make-old-corpus.sh   # or uses a gouji built at that commit
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
commit=17382d2
work=$(mktemp -d)
trap 'rm -rf "$work"; git -C "$root" worktree prune' EXIT
if [ -z "${GOUJI:-}" ]; then
    git worktree add --detach "$work/src" "$commit" >&2
    (cd "$work/src" && scripts/setup.sh >&2 && swift build --product gouji >&2)
    GOUJI="$work/src/.build/debug/gouji"
fi
mkdir "$work/in"
cp samples/tiantan-2024.txt samples/hongze-2024.txt "$work/in/"
(cd "$work" && "$GOUJI" run --input in --sqlite corpus.sqlite --quiet) || [ $? -le 1 ]   # 1: a sample is unbalanced on purpose
# Paths and times of this machine and moment, made the same at every run.
sqlite3 "$work/corpus.sqlite" "UPDATE sources SET path = 'in/' || name, read_at = '2026-12-07 19:00:00.000'"
sqlite3 "$work/corpus.sqlite" .dump > Tests/GoujiLoadTests/Corpora/corpus-v5.sql
