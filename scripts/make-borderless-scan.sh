#!/usr/bin/env bash
# Makes the scanned fixtures of tables without ruling lines, printed by LibreOffice and scanned
# by make-scans.sh (their tables then stand by position alone, as a text PDF's laid out with
# tabs or spaces do):
#   pingtan-2024-borderless-150dpi.pdf  samples/pingtan-2024.html with its tables' borders taken
#       off, pages 1-2 (表二, 表三, 表四), 150 dpi, turned -0.6°, no grain, JPEG quality 25;
#   tiantan-2024-text-150dpi.pdf  samples/tiantan-2024.txt printed as plain text (its tables set
#       with tabs in a fixed-width font, list numbers such as "2." before their labels), both
#       pages, 150 dpi, turned 1°, JPEG quality 30;
#   tiantan-2024-page-top-150dpi.pdf  the top of a page that goes on with 表四's one row: the
#       row's last two figures (as its tabs set them), then the heading and text after the
#       table in samples/tiantan-2024.txt, printed the same way, 150 dpi, turned -0.5°.
#
#   scripts/make-borderless-scan.sh [DIR]   (default: Tests/GoujiPipelineTests/Fixtures/scans)
#
# Needs LibreOffice (soffice) and qpdf besides what make-scans.sh needs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/Tests/GoujiPipelineTests/Fixtures/scans}
command -v soffice >/dev/null || { echo "make-borderless-scan: needs LibreOffice (apt-get install libreoffice-writer-nogui)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
print() {  # FILE FILTER: FILE printed to a PDF beside it by LibreOffice
  soffice --headless -env:UserInstallation="file://$work/profile" --infilter="$2" \
    --convert-to pdf:writer_pdf_Export --outdir "$work" "$1" >/dev/null
}
sed 's/border="1"/border="0"/g' "$root/samples/pingtan-2024.html" > "$work/pingtan-2024-borderless.html"
print "$work/pingtan-2024-borderless.html" "HTML (StarWriter)"
qpdf --empty --pages "$work/pingtan-2024-borderless.pdf" 1-2 -- "$work/text.pdf"
"$root/scripts/make-scans.sh" "$work/text.pdf" "$out/pingtan-2024-borderless-150dpi.pdf" --dpi 150 --rotate -0.6 --noise 0 --quality 25

cp "$root/samples/tiantan-2024.txt" "$work/"
print "$work/tiantan-2024.txt" "Text (encoded):UTF8,LF,,,"
"$root/scripts/make-scans.sh" "$work/tiantan-2024.pdf" "$out/tiantan-2024-text-150dpi.pdf" --dpi 150 --rotate 1 --quality 30

# The row's last two figures, set at its own tab stops, over what follows the table.
row=$(grep -m1 -P '^\d+(\t\d+){14}$' "$root/samples/tiantan-2024.txt")
{ printf '\t%s\n\n' "$(cut -f14- <<<"$row")"; sed -n '/^#### 五、/,/^#### 六、/p' "$root/samples/tiantan-2024.txt" | head -n 3; } > "$work/page-top.txt"
print "$work/page-top.txt" "Text (encoded):UTF8,LF,,,"
"$root/scripts/make-scans.sh" "$work/page-top.pdf" "$out/tiantan-2024-page-top-150dpi.pdf" --dpi 150 --rotate -0.5 --quality 30
