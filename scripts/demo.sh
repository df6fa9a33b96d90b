#!/usr/bin/env bash
# Sets everything up and runs DonDoc's main job on this machine: Azurite starts, the sample scans are uploaded
# to `incoming` and ingested (OCR → letter reader → Table Storage), the letters and tasks found are printed, and
# the reminder digests for one day are written to .local/outbox as HTML + JSON.
#   ./scripts/demo.sh            keep what earlier runs stored (uploading the same scans again adds nothing)
#   ./scripts/demo.sh --fresh    start from empty storage
# DONDOC_DEMO_DAY=yyyy-MM-dd chooses the reminder day (default 2025-07-22).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
dotnet build functions/DonDoc.Cli -c Release --no-restore --verbosity quiet -nologo
dondoc() { dotnet functions/DonDoc.Cli/bin/Release/net10.0/dondoc.dll "$@"; }
export DONDOC_OUTBOX_DIR="${DONDOC_OUTBOX_DIR:-.local/outbox}"

if [ "${1:-}" = "--fresh" ]; then
  dondoc local down >/dev/null || true
  rm -rf .local/azurite .local/outbox
fi

echo "== 1. Azurite and the storage DonDoc uses"
dondoc local up
echo; echo "== 2. Who receives reminders (samples/directory.csv → Directory table)"
dondoc directory import samples/directory.csv
echo; echo "== 3. A clerk drops scans into incoming (one is a broken file)"
dondoc upload samples/*.pdf samples/*.tiff
echo; echo "== 4. Ingest: OCR, read each letter, store letters and tasks"
dondoc ingest || true
echo; echo "== 5. Letters stored"
dondoc letters
echo; echo "== 6. Tasks stored"
dondoc tasks
echo; echo "== 7. Reminders for ${DONDOC_DEMO_DAY:-2025-07-22}"
dondoc remind --today "${DONDOC_DEMO_DAY:-2025-07-22}"
echo
echo "Done. Open the digests in $DONDOC_OUTBOX_DIR/*.html; files that could not be read are in the 'failed'"
echo "container with a .error.json each. Azurite keeps running (dondoc local down stops it)."
