#!/usr/bin/env bash
# Create .venv and install plan-assistant with its test extras (CPU torch first: a bare
# `torch` would pull a multi-GB CUDA build).
# Installs only when pyproject.toml (the project and its dependencies) or the Python version
# changed since the last successful install: the stamp is .venv/.plan-assistant-install.
# FORCE_INSTALL=1 reinstalls anyway.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
STAMP=.venv/.plan-assistant-install
want="$( { sha256sum pyproject.toml; .venv/bin/python -c 'import sys; print(sys.version)'; } | sha256sum | cut -d' ' -f1)"
if [ "${FORCE_INSTALL:-0}" != "1" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && [ -x .venv/bin/plan-assistant ]; then
  echo "plan-assistant is up to date in $(pwd)/.venv (pyproject.toml unchanged since the last install)"
  exit 0
fi
echo "Installing plan-assistant into $(pwd)/.venv (pyproject.toml changed or first install)…"
rm -f "$STAMP"
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet "torch==2.13.0"
.venv/bin/python -m pip install --quiet -e ".[test,llm]"
echo "$want" > "$STAMP"
echo "plan-assistant installed in $(pwd)/.venv"
