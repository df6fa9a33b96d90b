#!/usr/bin/env bash
# Sets everything up and runs every test of the solution; ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
dotnet build FunctionsApp.sln -c Release --no-restore --verbosity quiet -nologo
log=$(mktemp)
status=0
dotnet test FunctionsApp.sln -c Release --no-build --verbosity quiet -nologo 2>&1 | tee "$log" || status=$?
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo
echo "accuracy on the seeds (dondoc eval tests/seeds):"
dotnet run --project functions/DonDoc.Cli -c Release --no-build -- eval tests/seeds | tail -3
echo
echo "$passed passed, $failed failed"
rm -f "$log"
exit $status
