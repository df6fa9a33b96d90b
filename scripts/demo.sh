#!/usr/bin/env bash
# Sets everything up and runs the main job on the sample letters: letters in, tasks with deadlines out.
# (Azurite, ingestion and reminder mail join this script as their issues land; see README.)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
dotnet build functions/DonDoc.Cli -c Release --no-restore --verbosity quiet -nologo
shopt -s nullglob
files=(samples/*.txt)
echo "Reading ${#files[@]} sample letters with: dondoc extract samples/*.txt"
echo
dotnet run --project functions/DonDoc.Cli -c Release --no-build -- extract "${files[@]}" > .demo-letters.jsonl || true
node -e '
const lines = require("fs").readFileSync(".demo-letters.jsonl", "utf8").split("\n").filter(Boolean);
for (const l of lines) {
  const d = JSON.parse(l);
  if (d.error) { console.log(`${d.source}: LỖI ${d.error}`); continue; }
  console.log(`${d.source}: ${d.number ?? "(không rõ số)"} ${d.docType} — ${d.issuer ?? "?"}, ${d.issuedOn ?? "?"}`);
  console.log(`   V/v ${d.subject ?? "?"}`);
  for (const t of d.tasks) {
    const due = t.deadline ?? (t.deadlineKind ? `(${t.deadlineKind}) ${t.deadlineText}` : (t.deadlineText ?? "không thời hạn"));
    console.log(`   - [${due}] ${t.assignee}: ${t.action.slice(0, 90)}`);
  }
  for (const w of d.warnings) console.log(`   ! ${w.message}`);
}'
rm -f .demo-letters.jsonl
