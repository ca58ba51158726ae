#!/usr/bin/env bash
# Installs what gouji needs on a Debian machine that has the Swift toolchain: the C libraries it
# links (poppler through its C++ API, zlib, libxml2, libgsf for legacy Word compound files, SQLite,
# libpq, mimalloc, tesseract with its chi_sim and eng data for scans), pkg-config to find them,
# poppler-utils (pdftoppm draws the audit page's pictures of PDF pages; pdftotext is the benchmark's
# yardstick), and qpdf, with which the PDF tests make encrypted and rotated files.
# Safe to run again: it installs only what is missing.
set -euo pipefail
packages=(pkg-config libpoppler-private-dev zlib1g-dev libxml2-dev libgsf-1-dev libsqlite3-dev libpq-dev libmimalloc-dev poppler-utils qpdf libtesseract-dev libleptonica-dev tesseract-ocr-chi-sim tesseract-ocr-eng)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
command -v swift >/dev/null || { echo "setup: the Swift toolchain is not on PATH" >&2; exit 1; }
