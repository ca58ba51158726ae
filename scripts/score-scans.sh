#!/usr/bin/env bash
# Scores gouji on scans it was not tuned to: scanned versions of the eval's text PDFs (and of
# its DOCX cases as LibreOffice prints them), made by make-scans.sh at 150 and 200 dpi, tilted,
# some stamped, each held to the expected values of the document it was made from.
#
#   scripts/score-scans.sh [GOUJI] [WORK]
#     GOUJI  the gouji binary (default: .build/release/gouji)
#     WORK   where the scans and outputs go (default: a new temporary folder; kept)
#
# Needs ../shared/eval (the eval cases), what make-scans.sh needs, and LibreOffice (soffice) for
# the d- cases (skipped without it). Prints the scorer's lines and its summary last.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
eval=$here/../../shared/eval
[ -d "$eval/cases" ] || { echo "score-scans: needs the eval cases in $eval" >&2; exit 2; }
gouji=${1:-.build/release/gouji}
[ -x "$gouji" ] || { echo "score-scans: no gouji binary at $gouji: build it, or pass its path" >&2; exit 2; }
work=${2:-$(mktemp -d)}
mkdir -p "$work/docs" "$work/expected" "$work/printed" "$work/out"

# name  source (docs/…)  expected case  make-scans options
cases=(
  "s150-huaian-2024   huaian-hongze-2024.pdf               huaian-hongze-2024.pdf               --dpi 150 --rotate 0.7 --quality 50"
  "s150-pingtan-2022  pingtan-2022.pdf                     pingtan-2022.pdf                     --dpi 150 --rotate -0.6 --stamp yes"
  "s150-pingtan-2024  pingtan-2024.pdf                     pingtan-2024.pdf                     --dpi 150 --rotate 0.3"
  "s150-tiantan-2024  tiantan-2024.pdf                     tiantan-2024.pdf                     --dpi 150 --rotate -0.9 --quality 45"
  "s150-district-2023 tmpl-district-stats-2023.pdf         tmpl-district-stats-2023.pdf         --dpi 150 --rotate 0.5 --stamp yes"
  "s150-suqian-2024   tmpl-suqian-2024.pdf                 tmpl-suqian-2024.pdf                 --dpi 150 --rotate -0.4"
  "s150-hangzhou-2025 fixture-hangzhou-style-2025.pdf      fixture-hangzhou-style-2025.pdf      --dpi 150 --rotate 0.8"
  "s150-pingtan-2019  pingtan-2019.pdf                     pingtan-2019.pdf                     --dpi 150 --rotate -0.5 --quality 40"
  "s150-huaian-2019   var2-004-huaian-hongze-2019.pdf      var2-004-huaian-hongze-2019.pdf      --dpi 150 --rotate 0.6"
  "s200-huaian-2023   huaian-hongze-2023.pdf               huaian-hongze-2023.pdf               --dpi 200 --rotate -0.8 --stamp yes"
  "s200-tiantan-2024  tiantan-2024.pdf                     tiantan-2024.pdf                     --dpi 200 --rotate 1.0"
  "s200-pingtan-2019  pingtan-2019.pdf                     pingtan-2019.pdf                     --dpi 200 --rotate 0.4 --noise 0.8"
  "l150-huaian-2023   var-010-huaian-hongze-2023.pdf       var-010-huaian-hongze-2023.pdf       --dpi 150 --rotate 0.6 --quality 50"
  "l150-suqian-2024   var-011-suqian-2024.pdf              var-011-suqian-2024.pdf              --dpi 150 --rotate -0.7 --stamp yes"
  "l150-pingtan-2019  var2-025-pingtan-2019.pdf            var2-025-pingtan-2019.pdf            --dpi 150 --rotate 0.4"
  "l200-huaian-2023   var2-026-huaian-hongze-2023.pdf      var2-026-huaian-hongze-2023.pdf      --dpi 200 --rotate -0.5 --quality 45"
  "l200-suqian-2024   var2-005-suqian-2024.pdf             var2-005-suqian-2024.pdf             --dpi 200 --rotate 1"
  "c150-pingtan-2022  var2-008-pingtan-2022.pdf            var2-008-pingtan-2022.pdf            --dpi 150 --rotate 0.9"
  "c200-huaian-2019   var2-004-huaian-hongze-2019.pdf      var2-004-huaian-hongze-2019.pdf      --dpi 200 --rotate -0.3 --stamp yes"
  "c150-suqian-2024   var-001-suqian-2024.pdf              var-001-suqian-2024.pdf              --dpi 150 --rotate 0.2 --quality 40"
  "d150-tiantan-2024  tiantan-2024.docx                    tiantan-2024.docx                    --dpi 150 --rotate 0.5"
  "d150-hangzhou-2025 fixture-hangzhou-style-2025.docx     fixture-hangzhou-style-2025.docx     --dpi 150 --rotate -0.8 --stamp yes"
  "d200-pingtan-2024  pingtan-2024.docx                    pingtan-2024.docx                    --dpi 200 --rotate 0.3 --quality 45"
  "d150-huaian-2024   var2-022-huaian-hongze-2024.docx     var2-022-huaian-hongze-2024.docx     --dpi 150 --rotate -0.6"
)
for line in "${cases[@]}"; do
  read -r name source expected options <<<"$line"
  pdf=$eval/cases/docs/$source
  if [ "${source##*.}" = docx ]; then
    command -v soffice >/dev/null || { echo "score-scans: no LibreOffice, $name skipped" >&2; continue; }
    [ -f "$work/printed/${source%.docx}.pdf" ] ||
      soffice --headless --convert-to pdf --outdir "$work/printed" "$pdf" >/dev/null 2>&1
    pdf=$work/printed/${source%.docx}.pdf
  fi
  # shellcheck disable=SC2086  # the options are words
  [ -f "$work/docs/$name.pdf" ] || "$here/make-scans.sh" "$pdf" "$work/docs/$name.pdf" $options >/dev/null
  python3 - "$eval/cases/expected/$expected.json" "$work/expected/$name.pdf.json" "$name.pdf" <<'EOF'
import json, sys
case = json.load(open(sys.argv[1], encoding="utf-8"))
case["source"] = sys.argv[3]
json.dump(case, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
EOF
done
rm -rf "$work/out" && mkdir "$work/out"
"$gouji" run --input "$work/docs" --csv "$work/out" --sqlite "$work/out/corpus.sqlite" >"$work/run.log" 2>&1 || true
"$eval/score" "$work/expected" "$work/out"
echo "(scans and outputs kept in $work)" >&2
