#!/usr/bin/env bash
# Build the OCR corpus tests/corpus/5NN.{txt,expected.json} from corpus.tsv:
#   render each source letter with scangen.sh, OCR its pages with ocr.sh, write the label with make_label.py.
# usage: build_corpus.sh [--labels-only] [NNN ...]      (default: every row of corpus.tsv)
#   --labels-only: rewrite 5NN.expected.json from the pages and OCR text already made
#   env: WORKROOT (default /tmp/scangen-corpus) keeps the page images and printed text of each letter.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
WORKROOT=${WORKROOT:-/tmp/scangen-corpus}
want=" $* "
[ "${1:-}" = "--labels-only" ] && { LABELS_ONLY=1; shift; want=" $* "; }

# the label of one OCR copy (make_label.py), with the scangen options in words
label_only() {
  local id=$1 src=$2 label=$3 opts=$4 note=""
  [[ "$opts" == *"--png-depth 4"* ]] && note="16 grey levels"
  if [[ "$opts" =~ --bg-clip\ ([0-9]+) ]]; then
    note="${note:+$note, }background lighter than ${BASH_REMATCH[1]} % made white"
  fi
  python3 "$HERE/make_label.py" --orig-label "$label" --derived-from "$src" \
    --ocr "$REPO/tests/corpus/$id.txt" --scan-dir "$WORKROOT/$id" \
    --out "$REPO/tests/corpus/$id.expected.json" --note "$note"
}
while IFS=$'\t' read -r id src seed dpi opts; do
  case "$id" in ''|\#*) continue;; esac
  [ $# -eq 0 ] || [[ "$want" == *" $id "* ]] || continue
  case "$src" in
    shared/*) base="$REPO/../$src";;     # the team's shared folder, next to the repository
    *) base="$REPO/$src";;
  esac
  label="${base%.txt}.expected.json"
  if [ -n "${LABELS_ONLY:-}" ]; then label_only "$id" "$src" "$label" "$opts"; continue; fi
  W="$WORKROOT/$id"; rm -rf "$W"
  # shellcheck disable=SC2086
  "$HERE/scangen.sh" --label "$label" --text "$base" --out "$W" --seed "$seed" --dpi "$dpi" --formats png $opts
  mapfile -t pages < <(ls "$W"/page-*.png | sort -V)
  "$HERE/ocr.sh" "$REPO/tests/corpus/$id.txt" "${pages[@]}"
  label_only "$id" "$src" "$label" "$opts"
done < "$HERE/corpus.tsv"
