#!/usr/bin/env bash
# Build the OCR corpus tests/corpus/5NN.{txt,expected.json} from corpus.tsv:
#   render each source letter with scangen.sh, OCR its pages with ocr.sh, write the label with make_label.py.
# usage: build_corpus.sh [NNN ...]      (default: every row of corpus.tsv)
#   env: WORKROOT (default /tmp/scangen-corpus) keeps the page images and printed text of each letter.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
WORKROOT=${WORKROOT:-/tmp/scangen-corpus}
want=" $* "
while IFS=$'\t' read -r id src seed dpi opts; do
  case "$id" in ''|\#*) continue;; esac
  [ $# -eq 0 ] || [[ "$want" == *" $id "* ]] || continue
  case "$src" in
    shared/*) base="$REPO/../$src";;     # the team's shared folder, next to the repository
    *) base="$REPO/$src";;
  esac
  label="${base%.txt}.expected.json"
  W="$WORKROOT/$id"; rm -rf "$W"
  # shellcheck disable=SC2086
  "$HERE/scangen.sh" --label "$label" --text "$base" --out "$W" --seed "$seed" --dpi "$dpi" --formats png $opts
  mapfile -t pages < <(ls "$W"/page-*.png | sort -V)
  "$HERE/ocr.sh" "$REPO/tests/corpus/$id.txt" "${pages[@]}"
  note=""
  [[ "$opts" == *--png-depth* ]] && note="$(echo "$opts" | sed 's/--//g')"
  python3 "$HERE/make_label.py" --orig-label "$label" --derived-from "$src" \
    --ocr "$REPO/tests/corpus/$id.txt" --scan-dir "$W" --out "$REPO/tests/corpus/$id.expected.json" --note "$note"
done < "$HERE/corpus.tsv"
