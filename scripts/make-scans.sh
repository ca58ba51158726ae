#!/usr/bin/env bash
# Makes a scanned version of a PDF: each page rendered to an image, turned a little, blurred,
# with noise, saved as JPEG (grey, or colour with a red seal), and packed back into an
# image-only PDF, as a printed, stamped and scanned report looks.
#
#   scripts/make-scans.sh IN.pdf OUT.pdf [options]
#     --dpi N        resolution of the scan (150 to 300; default 200)
#     --rotate DEG   turn each page by DEG degrees (default 0.5; keep within ±1)
#     --noise S      grain (ImageMagick's Gaussian noise attenuation; default 0.4)
#     --quality Q    JPEG quality (default 60)
#     --stamp yes    a red seal on the last page (the pages are then in colour)
#     --pages A-B    only these pages (default: all)
#     --seed N       the grain's random seed, so that a scan can be made again alike (default 1)
#
# Needs poppler-utils (pdftoppm), ImageMagick (convert) and img2pdf, all from Debian; the
# tests do not: they read the fixtures this made (Tests/GoujiPipelineTests/Fixtures/scans).
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,15p' "$0" >&2; exit 64; }
in=$1 out=$2; shift 2
dpi=200 rotate=0.5 noise=0.4 quality=60 stamp="" pages="" seed=1
while [ $# -gt 0 ]; do
  case $1 in
    --dpi) dpi=$2 ;; --rotate) rotate=$2 ;; --noise) noise=$2 ;; --quality) quality=$2 ;;
    --stamp) stamp=$2 ;; --pages) pages=$2 ;; --seed) seed=$2 ;;
    *) echo "make-scans: unknown option $1" >&2; exit 64 ;;
  esac
  shift 2
done
for tool in pdftoppm convert img2pdf; do
  command -v $tool >/dev/null || { echo "make-scans: needs $tool (apt-get install poppler-utils imagemagick img2pdf)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
range=()
if [ -n "$pages" ]; then range=(-f "${pages%-*}" -l "${pages#*-}"); fi
colour=-gray
[ -n "$stamp" ] && colour=""
pdftoppm -r "$dpi" $colour "${range[@]}" -png "$in" "$work/page"
shopt -s nullglob
images=("$work"/page-*.png)
[ ${#images[@]} -gt 0 ] || { echo "make-scans: no pages rendered from $in" >&2; exit 1; }
last=${images[-1]}
jpegs=()
for image in "${images[@]}"; do
  seal=()
  if [ -n "$stamp" ] && [ "$image" = "$last" ]; then
    # A seal in the lower right of the page, printed over whatever is there: a red ring, a star,
    # and a band of strokes where its name runs (no CJK font is assumed to be installed).
    w=$(identify -format %w "$image") h=$(identify -format %h "$image")
    r=$((dpi * 3 / 4)) cx=$((w * 3 / 4)) cy=$((h * 3 / 4)) s=$((dpi / 6))
    seal=(-fill none -stroke 'rgb(220,30,40)' -strokewidth $((dpi / 40)) -draw "circle $cx,$cy $((cx + r)),$cy"
          -fill 'rgb(220,30,40)' -stroke none
          -draw "polygon $cx,$((cy - s)) $((cx + s / 3)),$((cy - s / 3)) $((cx + s)),$((cy - s / 3)) $((cx + s / 2)),$((cy + s / 5)) $((cx + s * 2 / 3)),$((cy + s)) $cx,$((cy + s / 2)) $((cx - s * 2 / 3)),$((cy + s)) $((cx - s / 2)),$((cy + s / 5)) $((cx - s)),$((cy - s / 3)) $((cx - s / 3)),$((cy - s / 3))"
          -stroke 'rgb(220,30,40)' -strokewidth $((dpi / 50)))
    for k in 0 1 2 3 4 5; do
      x=$((cx - r * 2 / 3 + k * r / 4))
      seal+=(-draw "line $x,$((cy - r * 2 / 3)) $((x + dpi / 20)),$((cy - r / 2))")
    done
  fi
  jpeg=${image%.png}.jpg
  convert "$image" "${seal[@]}" -background white -rotate "$rotate" -gravity center -extent "$(identify -format %wx%h "$image")" \
    -blur 0x0.4 -seed "$seed" -attenuate "$noise" +noise Gaussian -units PixelsPerInch -density "$dpi" -quality "$quality" "$jpeg"
  jpegs+=("$jpeg")
done
img2pdf --output "$out" "${jpegs[@]}"
echo "make-scans: $out: ${#jpegs[@]} page(s) at $dpi dpi, turned $rotate°, JPEG quality $quality$([ -n "$stamp" ] && echo ", red seal")"
