#!/usr/bin/env bash
# Installs what DonDoc needs on a fresh Debian machine with the .NET SDK and Node: idempotent, quiet when done.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
# Tesseract and poppler read scans (OCR issue); installed now so a developer's machine is ready for them.
for pkg in tesseract-ocr tesseract-ocr-vie poppler-utils; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "setup: installing ${need_apt[*]}"
  $SUDO apt-get update -qq || echo "setup: apt-get update failed; trying to install anyway" >&2
  $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null || echo "setup: could not install ${need_apt[*]} (only OCR needs them)" >&2
fi

if [ -f package.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

dotnet restore FunctionsApp.sln --verbosity quiet
