#!/usr/bin/env bash
# Ingests N scanned letters in one run against a local Azurite and prints throughput and per-stage times.
#   benchmarks/pipeline/run.sh SCANS_DIR [N=200]
# SCANS_DIR holds rendered scans (.pdf/.tiff), e.g. from tools/scangen/build_corpus.sh. To reach N distinct files
# from fewer scans, copies get a few trailing bytes (after %%EOF / past the last IFD), which readers ignore: each
# copy has its own content hash, so it is OCR'd and read again; copies of a letter already stored are kept with
# it as known letters (no second set of tasks), which is what a clerk's rescans cost.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=${1:?SCANS_DIR}; n=${2:-200}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mapfile -t scans < <(find "$src" -maxdepth 1 \( -name '*.pdf' -o -name '*.tif' -o -name '*.tiff' \) | sort)
[ ${#scans[@]} -gt 0 ] || { echo "no scans in $src" >&2; exit 1; }
for ((i = 0; i < n; i++)); do
  f=${scans[$((i % ${#scans[@]}))]}; base=$(basename "$f"); out="$work/$(printf '%03d' "$i")-$base"
  cp "$f" "$out"; [ "$i" -lt "${#scans[@]}" ] || printf '\n%% copy %d\n' "$i" >> "$out"
done
dotnet build functions/DonDoc.Cli -c Release --verbosity quiet -nologo >/dev/null
dondoc() { dotnet functions/DonDoc.Cli/bin/Release/net10.0/dondoc.dll "$@"; }
dondoc local up >/dev/null
dondoc upload "$work"/* >/dev/null
echo "$(nproc) cores; $n files from ${#scans[@]} scans"
dondoc ingest | tail -3
