#!/usr/bin/env bash
# Renders labeled letters as scans for `dondoc eval` and the OCR benchmark (tools/scangen), into a folder
# of X.expected.json + X.pdf / X.tiff pairs: each label is a copy whose `source` names the scan, so eval
# reads (OCRs) the scan. Noise seeds differ from the committed fixtures (tests/scans), so these are pages
# the reader has not been tuned on.
# usage: render-scans.sh seeds|corpus [OUT]     (default OUT: .art/scans/<set>)
#   seeds : the five seed letters (tests/seeds), 300 dpi, alternately image-only PDF and multi-page TIFF
#   corpus: the letters of tools/scangen/corpus.tsv rows 505–543 (tests/corpus 3NN/4NN), at the row's dpi
# Needs chromium, imagemagick, img2pdf (tools/scangen/README.md). About 10 s per letter.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SET=${1:?usage: render-scans.sh seeds|corpus [OUT]}
OUT=${2:-$REPO/.art/scans/$SET}
mkdir -p "$OUT"
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

# render ID TEXT LABEL SEED DPI FORMAT KIND: one scan + its relabeled copy
render() {
  local id=$1 text=$2 label=$3 seed=$4 dpi=$5 fmt=$6 kind=$7
  [ -s "$OUT/$id.$fmt" ] && [ -s "$OUT/$id.expected.json" ] && return 0
  "$REPO/tools/scangen/scangen.sh" --label "$label" --text "$text" --out "$WORK/$id" --seed "$seed" \
    --dpi "$dpi" --formats "$fmt" --name "$id" 2>/dev/null
  cp "$WORK/$id/$id.$fmt" "$OUT/$id.$fmt"
  python3 - "$label" "$OUT/$id.expected.json" "$id.$fmt" "$kind" "$seed" "$dpi" <<'PY'
import json, sys
src, dst, scan, kind, seed, dpi = sys.argv[1:7]
label = json.load(open(src, encoding="utf-8"))
label["derived_from"] = label.get("source")
label["source"] = scan
if kind:
    label["text_kind"] = kind
label["notes"] = (label.get("notes") or "") + f" [scan: scangen seed {seed}, {dpi} dpi]"
json.dump(label, open(dst, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
  rm -rf "$WORK/$id"
  echo "render-scans: $OUT/$id.$fmt" >&2
}

case "$SET" in
  seeds)
    n=0
    for label in "$REPO"/tests/seeds/*.expected.json; do
      base=${label%.expected.json}; id=$(basename "$base")
      fmt=$([ $((n % 2)) = 0 ] && echo pdf || echo tiff)
      render "$id" "$base.txt" "$label" $((900 + n)) 300 "$fmt" ""
      n=$((n + 1))
    done;;
  corpus)
    while IFS=$'\t' read -r id src seed dpi opts; do
      case "$id" in ''|\#*) continue;; esac
      [[ "$src" == tests/corpus/* ]] || continue
      base="$REPO/${src%.txt}"
      fmt=$([ $((id % 2)) = 0 ] && echo pdf || echo tiff)
      render "$id" "$base.txt" "$base.expected.json" $((id + 1000)) "$dpi" "$fmt" scan
    done < "$REPO/tools/scangen/corpus.tsv";;
  *) echo "render-scans: unknown set $SET (seeds|corpus)" >&2; exit 2;;
esac
