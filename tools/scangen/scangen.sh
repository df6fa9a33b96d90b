#!/usr/bin/env bash
# scangen: render a labelled Vietnamese letter as a scanned-looking page set.
#   label JSON + text -> HTML (letter2html.py) -> Chromium PDF -> pdftoppm raster -> ImageMagick
#   scanner noise (skew, blur, speckle, JPEG) -> PNG / JPEG / multi-page TIFF / image-only PDF.
# Deterministic for a given --seed, --dpi and tool versions. See README.md.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: scangen.sh --label L.expected.json --text L.txt --out DIR [options]
  --seed N          noise / layout seed (default 1)
  --dpi N           raster resolution, 200..300 (default 200)
  --formats LIST    comma list of png,jpg,tiff,pdf (default png)
  --name PREFIX     output file prefix (default page) -> DIR/page-1.png, DIR/page.tiff, DIR/page.pdf
  --no-noise        clean grayscale raster (no skew, blur, speckle, JPEG)
  --no-seal         no red seal / signature drawing over the signature block
  --keep-html       keep DIR/letter.html and the vector DIR/letter.pdf
  --png-depth 8|4   bits per PNG pixel (default 8); 4 = 16 grey levels, about 1/3 of the size
  --bg-clip PCT     scanner "background removal" for PNG/TIFF output: grey lighter than PCT% -> white
Also writes DIR/printed.txt (the text printed on the pages) and DIR/printed-body.txt (the body
paragraphs alone), both for cer.py; DIR/info.json (what the renderer found in the text); and
DIR/scan.json (the noise parameters of each page).
EOF
}

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LABEL= TEXT= OUT= SEED=1 DPI=200 FORMATS=png NAME=page NOISE=1 SEAL=1 KEEP=0 PNGDEPTH=8 BGCLIP=
while [ $# -gt 0 ]; do
  case "$1" in
    --label) LABEL=$2; shift 2;;
    --text) TEXT=$2; shift 2;;
    --out) OUT=$2; shift 2;;
    --seed) SEED=$2; shift 2;;
    --dpi) DPI=$2; shift 2;;
    --formats) FORMATS=$2; shift 2;;
    --name) NAME=$2; shift 2;;
    --no-noise) NOISE=0; shift;;
    --no-seal) SEAL=0; shift;;
    --keep-html) KEEP=1; shift;;
    --png-depth) PNGDEPTH=$2; shift 2;;
    --bg-clip) BGCLIP=$2; shift 2;;
    -h|--help) usage; exit 0;;
    *) echo "scangen: unknown argument $1" >&2; usage >&2; exit 2;;
  esac
done
[ -n "$LABEL" ] && [ -n "$TEXT" ] && [ -n "$OUT" ] || { usage >&2; exit 2; }
[[ "$SEED" =~ ^[0-9]+$ ]] || { echo "scangen: --seed must be a non-negative integer" >&2; exit 2; }
[ "$PNGDEPTH" = 8 ] || [ "$PNGDEPTH" = 4 ] || { echo "scangen: --png-depth must be 8 or 4" >&2; exit 2; }
[ "$DPI" -ge 72 ] && [ "$DPI" -le 600 ] || { echo "scangen: --dpi out of range" >&2; exit 2; }

# /usr/local/bin may hold a stand-in 'convert'; use ImageMagick's own binary.
IM=
for c in /usr/bin/convert-im6.q16 /usr/bin/magick /usr/bin/convert; do
  if [ -x "$c" ] && "$c" -version 2>/dev/null | grep -q ImageMagick; then IM=$c; break; fi
done
[ -n "$IM" ] || { echo "scangen: ImageMagick not found (apt-get install -y imagemagick)" >&2; exit 1; }
CHROME=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$CHROME" ] || { echo "scangen: chromium not found (apt-get install -y chromium)" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "scangen: pdftoppm not found (apt-get install -y poppler-utils)" >&2; exit 1; }

mkdir -p "$OUT"
WORK=$(mktemp -d)
PROFILE=$(mktemp -d)
trap 'rm -rf "$WORK" "$PROFILE"' EXIT

SEALARG=(); [ "$SEAL" = 1 ] || SEALARG=(--no-seal)
python3 "$HERE/letter2html.py" "$LABEL" "$TEXT" --seed "$SEED" "${SEALARG[@]}" \
  --body-out "$OUT/printed.txt" --body-only-out "$OUT/printed-body.txt" --info-out "$OUT/info.json" \
  > "$WORK/letter.html"

# Headless Chromium, no network, no profile reuse, no header/footer (date, URL) on the page.
"$CHROME" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --disable-extensions --disable-default-apps --no-default-browser-check \
  --user-data-dir="$PROFILE" --no-pdf-header-footer --run-all-compositor-stages-before-draw \
  --print-to-pdf="$WORK/letter.pdf" "file://$WORK/letter.html" > "$WORK/chromium.log" 2>&1 || true
[ -s "$WORK/letter.pdf" ] || { echo "scangen: Chromium produced no PDF" >&2; cat "$WORK/chromium.log" >&2; exit 1; }

pdftoppm -r "$DPI" -gray -png "$WORK/letter.pdf" "$WORK/raw"
mapfile -t RAW < <(ls "$WORK"/raw-*.png | sort -V)
NPAGES=${#RAW[@]}

# Per-page noise parameters from the seed (python's Mersenne Twister: the same on every machine).
python3 - "$SEED" "$NPAGES" "$DPI" > "$WORK/params.tsv" <<'EOF'
import random, sys
seed, n, dpi = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
for i in range(1, n + 1):
    r = random.Random(seed * 1000 + i)
    angle = r.uniform(-1.5, 1.5)
    blur = r.uniform(0.35, 0.8) * dpi / 200      # Gaussian sigma in pixels
    gauss = r.uniform(0.15, 0.4)                 # -attenuate for Gaussian noise
    speck = r.uniform(0.01, 0.04)                # -attenuate for impulse (salt and pepper) noise
    quality = r.randint(60, 80)                  # JPEG quality of the scanner
    black = r.uniform(4, 10)                     # % black point: toner not quite black
    white = r.uniform(84, 92)                    # % white point: paper grey clipped to white
    dx, dy = r.randint(-25, 25) * dpi // 200, r.randint(-20, 20) * dpi // 200
    print(i, f"{angle:.3f}", f"{blur:.3f}", f"{gauss:.3f}", f"{speck:.3f}", quality,
          f"{black:.1f}", f"{white:.1f}", dx, dy, seed * 1000 + i, sep="\t")
EOF

PAGES_JPG=()
echo "{\"seed\": $SEED, \"dpi\": $DPI, \"noise\": $NOISE, \"pages\": [" > "$OUT/scan.json"
while IFS=$'\t' read -r i angle blur gauss speck quality black white dx dy imseed; do
  src=$(printf '%s\n' "${RAW[@]}" | sed -n "${i}p")
  dst="$WORK/scan-$i.jpg"
  if [ "$NOISE" = 1 ]; then
    geom=$("$IM" "$src" -format '%wx%h' info:)
    "$IM" "$src" -colorspace Gray -background white \
      -page "+${dx}+${dy}" -flatten -rotate "$angle" +repage -gravity center -extent "$geom" \
      -blur "0x$blur" -seed "$imseed" -attenuate "$gauss" +noise Gaussian \
      -attenuate "$speck" +noise Impulse -level "${black}%,${white}%" \
      -strip -quality "$quality" -sampling-factor 1x1 "$dst"
  else
    "$IM" "$src" -colorspace Gray -strip -quality 92 "$dst"
    quality=92
  fi
  PAGES_JPG+=("$dst")
  sep=$([ "$i" = "$NPAGES" ] && echo "" || echo ",")
  echo "  {\"page\": $i, \"skew_deg\": $angle, \"blur_px\": $blur, \"gauss\": $gauss, \"speckle\": $speck, \"jpeg_quality\": $quality, \"black_pct\": $black, \"white_pct\": $white, \"shift_px\": [$dx, $dy]}$sep" >> "$OUT/scan.json"
done < "$WORK/params.tsv"
echo "]}" >> "$OUT/scan.json"

# Outputs. Metadata stripped and dates fixed so that the same seed gives the same bytes.
CLIP=(); [ -z "$BGCLIP" ] || CLIP=(-white-threshold "$BGCLIP%")
IFS=',' read -r -a FMTS <<< "$FORMATS"
for f in "${FMTS[@]}"; do
  case "$f" in
    jpg|jpeg)
      for i in $(seq 1 "$NPAGES"); do cp "$WORK/scan-$i.jpg" "$OUT/$NAME-$i.jpg"; done;;
    png)
      for i in $(seq 1 "$NPAGES"); do
        "$IM" "$WORK/scan-$i.jpg" "${CLIP[@]}" -depth "$PNGDEPTH" -strip -define png:exclude-chunks=date,time \
          -define png:compression-level=9 -units PixelsPerInch -density "$DPI" "$OUT/$NAME-$i.png"
      done;;
    tif|tiff)
      "$IM" "${PAGES_JPG[@]}" "${CLIP[@]}" -strip -units PixelsPerInch -density "$DPI" -compress zip \
        -define tiff:document-name= -set comment "" "$OUT/$NAME.tiff";;
    pdf)
      if command -v img2pdf >/dev/null; then
        img2pdf --engine internal --creationdate 2000-01-01 --moddate 2000-01-01 --producer scangen \
          --pagesize A4 -o "$OUT/$NAME.pdf" "${PAGES_JPG[@]}"
      else  # ImageMagick may refuse PDF by policy (Debian's policy.xml); install img2pdf then
        "$IM" "${PAGES_JPG[@]}" -density "$DPI" -compress jpeg "$OUT/$NAME.pdf"
      fi;;
    *) echo "scangen: unknown format $f" >&2; exit 2;;
  esac
done
if [ "$KEEP" = 1 ]; then cp "$WORK/letter.html" "$WORK/letter.pdf" "$OUT/"; fi
echo "scangen: $NPAGES page(s) at $DPI dpi, seed $SEED -> $OUT ($FORMATS)" >&2
