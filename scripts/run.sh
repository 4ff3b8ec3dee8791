#!/usr/bin/env bash
# One command on a fresh machine: install, build the index from corpus/, serve the chat + API.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/plan-assistant serve "$@"
