#!/usr/bin/env bash
# One command on a fresh machine: install (incl. Debian chromium for the browser test), run all tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if ! command -v chromium >/dev/null 2>&1 || ! command -v soffice >/dev/null 2>&1 || ! command -v pandoc >/dev/null 2>&1 || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >/dev/null
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core libreoffice-writer-nogui pandoc >/dev/null
fi
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
