#!/usr/bin/env bash
# Builds a corpus from samples/, writes its audit page with `gouji report`, renders the page in headless
# Chromium (Debian's, installed with a CJK font if missing) and checks what the browser shows: the flagged
# sample with its failing equation and its cells redrawn, the suspect cell marked, how often the samples
# fail, and the charts. Leaves a screenshot at $1 (default /tmp/gouji-report.png).
set -euo pipefail
cd "$(dirname "$0")/.."
shot=${1:-/tmp/gouji-report.png}

if ! command -v chromium >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build --product gouji 2>&1 | tail -1
gouji="$(swift build --show-bin-path)/gouji"
# The samples hold flagged reports on purpose: exit 1 (flagged) and 2 (failed) are answers, not faults.
status=0
"$gouji" run --input samples --sqlite "$work/corpus.sqlite" --quiet || status=$?
if [ "$status" -gt 2 ]; then echo "check-report-page: gouji run failed ($status)" >&2; exit 1; fi
"$gouji" report --sqlite "$work/corpus.sqlite" -o "$work/audit.html"

browse() { chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "$@" "file://$work/audit.html"; }
# The browser's own log goes to $work/browser.log: console messages from the page show there.
browse --enable-logging=stderr --v=0 --dump-dom > "$work/dom.html" 2>"$work/browser.log"
browse --window-size=1280,4000 --screenshot="$shot" >/dev/null 2>&1

fail() { echo "check-report-page: $1" >&2; exit 1; }
# What the browser built from the page, section by section (held in variables: grep -q in a pipe would cut it).
section() { sed -n "/<section id=\"$1\">/,/<\/section>/p" "$work/dom.html"; }
flagged=$(section flagged)
totals=$(section totals)
rates=$(section rates)
grep -q 'hongze-2024.txt' <<<"$flagged" || fail "the flagged section does not show hongze-2024.txt"
grep -q '<td>t3\.' <<<"$flagged" || fail "the flagged section shows no failing t3 equation"
grep -q 'tiantan-2024.txt' <<<"$flagged" && fail "the balanced tiantan-2024.txt is listed as flagged"
grep -q '<table class="evidence" data-rule="t3.flow">' <<<"$flagged" || fail "no redrawn cells beside the failing t3.flow"
grep -q 'class="part suspect"' <<<"$flagged" || fail "no suspect cell marked in the redrawn cells"
grep -q '2 of 11 (18.2%) unbalanced' <<<"$rates" || fail "the rates section does not count the samples' 2 unbalanced of 11"
grep -q '<rect' <<<"$totals" || fail "the totals chart has no bars"
[ "$(grep -o '<svg' "$work/dom.html" | wc -l)" -ge 3 ] || fail "fewer than three inline SVG charts"
grep -Eq 'https?://' "$work/dom.html" && fail "the page refers to the network"
grep -E 'CONSOLE|Uncaught' "$work/browser.log" && fail "the page logged to the browser's console (above)"
[ -s "$shot" ] || fail "no screenshot at $shot"
echo "check-report-page: ok — flagged report, its cells, the rates and charts shown; screenshot $shot"
