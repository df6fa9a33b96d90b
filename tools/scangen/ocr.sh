#!/usr/bin/env bash
# OCR page images with Tesseract (Vietnamese), one process per page, 2 in parallel, and join the pages
# the way tests/corpus does: page text, blank line, "--- PAGE BREAK ---", blank line, next page.
# usage: ocr.sh OUT.txt page-1.png [page-2.png ...]     (env: JOBS=2, PSM=3, LANGS=vie)
# Prints seconds per page (wall time of each tesseract run) on stderr.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: ocr.sh OUT.txt page-1.png [page-2.png ...]" >&2; exit 2; }
OUT=$1; shift
JOBS=${JOBS:-2} PSM=${PSM:-3} LANGS=${LANGS:-vie}
command -v tesseract >/dev/null || { echo "ocr: apt-get install -y tesseract-ocr tesseract-ocr-vie" >&2; exit 1; }
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
i=0
for p in "$@"; do i=$((i + 1)); printf '%s\t%s\n' "$i" "$p"; done > "$WORK/list"
export WORK PSM LANGS
# shellcheck disable=SC2016
xargs -P "$JOBS" -L 1 bash -c '
  t0=$(date +%s.%N)
  OMP_THREAD_LIMIT=1 tesseract "$1" - -l "$LANGS" --psm "$PSM" > "$WORK/$0.txt" 2> "$WORK/$0.err"
  t1=$(date +%s.%N)
  echo "$0 $(awk -v a="$t0" -v b="$t1" "BEGIN{print b-a}")" > "$WORK/$0.time"' < <(tr '\t' ' ' < "$WORK/list")
n=$i
python3 - "$WORK" "$n" "$OUT" <<'EOF'
import sys
work, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
pages = []
for i in range(1, n + 1):
    t = open(f"{work}/{i}.txt", encoding="utf-8").read().replace("\f", "")
    pages.append(t.rstrip())
open(out, "w", encoding="utf-8").write("\n\n--- PAGE BREAK ---\n\n".join(pages) + "\n")
EOF
for i in $(seq 1 "$n"); do printf 'ocr: page %s %.2f s\n' "$i" "$(cut -d' ' -f2 "$WORK/$i.time")" >&2; done
