#!/usr/bin/env bash
# Create .venv and install plan-assistant with its test extras (CPU torch first: a bare
# `torch` would pull a multi-GB CUDA build).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet "torch==2.13.0"
.venv/bin/python -m pip install --quiet -e ".[test,llm]"
echo "plan-assistant installed in $(pwd)/.venv"
