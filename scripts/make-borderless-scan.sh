#!/usr/bin/env bash
# Makes the scanned fixture of tables without ruling lines: samples/pingtan-2024.html with its
# tables' borders taken off, made into a PDF by LibreOffice (its tables then stand by position
# alone, as a text PDF's laid out with tabs or spaces do), pages 1-2 (表二, 表三, 表四) scanned by
# make-scans.sh at 150 dpi, turned -0.6°, no grain, JPEG quality 25 (under 200 KB).
#
#   scripts/make-borderless-scan.sh [OUT.pdf]   (default: Tests/GoujiPipelineTests/Fixtures/scans/pingtan-2024-borderless-150dpi.pdf)
#
# Needs LibreOffice (soffice) and qpdf besides what make-scans.sh needs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/Tests/GoujiPipelineTests/Fixtures/scans/pingtan-2024-borderless-150dpi.pdf}
command -v soffice >/dev/null || { echo "make-borderless-scan: needs LibreOffice (apt-get install libreoffice-writer-nogui)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed 's/border="1"/border="0"/g' "$root/samples/pingtan-2024.html" > "$work/pingtan-2024-borderless.html"
soffice --headless -env:UserInstallation="file://$work/profile" --infilter="HTML (StarWriter)" \
  --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/pingtan-2024-borderless.html" >/dev/null
qpdf --empty --pages "$work/pingtan-2024-borderless.pdf" 1-2 -- "$work/text.pdf"
"$root/scripts/make-scans.sh" "$work/text.pdf" "$out" --dpi 150 --rotate -0.6 --noise 0 --quality 25
