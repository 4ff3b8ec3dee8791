"""Hybrid retrieval: Vietnamese-aware BM25 + dense search, fused by weighted RRF.

``HybridRetriever`` is a LangChain ``BaseRetriever`` (``.invoke(query)`` returns Documents, so
it drops into any chain) with a typed ``search()`` that the assistant uses directly::

    retriever = HybridRetriever(store=store, settings=settings)
    hits = retriever.search("chỉ tiêu 18 quản trị dữ liệu", k=5, doc_ids=["2026-plan_kh-275-ubnd"])
    docs = retriever.invoke("who leads indicator 18", doc_ids=[...], kind="row")

The BM25 index is built lazily from ``store.chunks()`` and rebuilt when ``store.generation``
changes (thread-safe; tokens of unchanged chunks are reused). With ``dense_weight == 0`` the
query is never embedded. ``as_ensemble`` composes the stock LangChain pieces instead
(``BM25Retriever`` with our tokenizer + a Chroma-backed dense retriever in an
``EnsembleRetriever``).
"""

from __future__ import annotations

import logging

import threading
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import BaseModel, ConfigDict, PrivateAttr

from ingest.records import Chunk
from ingest.settings import Settings
from retriever.bm25 import BM25Index, check_kind
from ingest.errors import IndexUnavailableError
from retriever.dense import StoreDenseRetriever, dense_search
from retriever.documents import chunk_to_document
from retriever.errors import EmptyIndexError, RetrieverConfigError, UnknownDocumentError
from retriever.fusion import reciprocal_rank_fusion
from retriever.text import tokenize

__all__ = ["HybridRetriever", "ScoredChunk", "as_ensemble", "check_doc_ids"]

_DEFAULTS = Settings.model_fields


class ScoredChunk(BaseModel):
    """One hybrid search hit: the chunk, its fused score and its rank in each ranking (1-based)."""

    model_config = ConfigDict(frozen=True)

    chunk: Chunk
    score: float
    bm25_rank: int | None = None
    dense_rank: int | None = None
    bm25_score: float | None = None
    dense_score: float | None = None

    def to_document(self) -> Document:
        return chunk_to_document(
            self.chunk,
            score=self.score,
            bm25_rank=self.bm25_rank,
            dense_rank=self.dense_rank,
            bm25_score=self.bm25_score,
            dense_score=self.dense_score,
        )


def _normalise_doc_ids(doc_ids: Any) -> list[str] | None:
    """None or [] = no filter; a single string is one id."""
    if doc_ids is None:
        return None
    if isinstance(doc_ids, str):
        doc_ids = [doc_ids]
    ids = [d for d in dict.fromkeys(doc_ids)]
    return ids or None


def check_doc_ids(doc_ids: list[str] | None, known: set[str] | list[str]) -> None:
    """Raise UnknownDocumentError for the first id that is not a known document."""
    if not doc_ids:
        return
    known_set = set(known)
    for d in doc_ids:
        if d not in known_set:
            raise UnknownDocumentError(d, sorted(known_set))


class HybridRetriever(BaseRetriever):
    """BM25 + dense retrieval with reciprocal rank fusion over an IndexStore.

    Fields left at None take their value from ``settings`` (``top_k``, ``bm25_weight``,
    ``dense_weight``, ``rrf_k``). ``doc_ids``/``kind`` are default filters; ``search()`` and
    ``invoke(query, doc_ids=..., kind=..., k=...)`` can override them per call.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    store: Any
    settings: Settings | None = None
    k: int | None = None
    bm25_weight: float | None = None
    dense_weight: float | None = None
    rrf_k: int | None = None
    candidates: int | None = None
    """Depth of each ranking before fusion (default: max(50, 4 * k))."""
    doc_ids: list[str] | None = None
    kind: str | None = None
    exact: Any = None
    """An in-memory index of the stored vectors (``retriever.semantic.SemanticIndex``): when set and
    holding the vectors of an index of at most ``exact_dense_max_chunks`` chunks, it ranks the dense
    side exactly; Chroma's query ranks otherwise."""

    _lock: Any = PrivateAttr(default_factory=threading.RLock)
    _bm25: BM25Index | None = PrivateAttr(default=None)
    _bm25_generation: Any = PrivateAttr(default=None)
    _known_docs: set[str] = PrivateAttr(default_factory=set)
    _known_generation: Any = PrivateAttr(default=None)
    _builds: int = PrivateAttr(default=0)

    # ---- configuration ---------------------------------------------------------------------

    def _setting(self, name: str) -> Any:
        value = getattr(self, name if name != "top_k" else "k")
        if value is not None:
            return value
        if self.settings is not None:
            return getattr(self.settings, name)
        return _DEFAULTS[name].default

    @property
    def effective_k(self) -> int:
        return int(self._setting("top_k"))

    @property
    def weights(self) -> tuple[float, float]:
        """(bm25_weight, dense_weight) in effect."""
        return float(self._setting("bm25_weight")), float(self._setting("dense_weight"))

    @property
    def build_count(self) -> int:
        """How many times the BM25 index was (re)built — for tests and diagnostics."""
        return self._builds

    # ---- index management ------------------------------------------------------------------

    @property
    def bm25_index(self) -> BM25Index:
        """The BM25 index for the store's current generation (built or rebuilt on demand)."""
        generation = self.store.generation
        index = self._bm25
        if index is not None and self._bm25_generation == generation:
            return index
        with self._lock:
            generation = self.store.generation
            if self._bm25 is None or self._bm25_generation != generation:
                old_cache = self._bm25.token_cache if self._bm25 is not None else None
                self._bm25 = BM25Index(self.store.chunks(), tokenize, token_cache=old_cache)
                self._bm25_generation = generation
                self._builds += 1
            return self._bm25

    def known_doc_ids(self) -> set[str]:
        """Ids of the documents in the store (cached per generation)."""
        generation = self.store.generation
        if self._known_generation != generation:
            with self._lock:
                if self._known_generation != generation:
                    self._known_docs = {d.doc_id for d in self.store.documents()}
                    self._known_generation = generation
        return self._known_docs

    def refresh(self) -> None:
        """Forget cached state; the next search rebuilds from the store."""
        with self._lock:
            self._bm25 = None
            self._bm25_generation = None
            self._known_generation = None

    # ---- search ------------------------------------------------------------------------------

    def search(
        self,
        query: str,
        k: int | None = None,
        doc_ids: list[str] | str | None = None,
        kind: str | None = None,
    ) -> list[ScoredChunk]:
        """Top ``k`` chunks for ``query``, best first, restricted to ``doc_ids``/``kind``.

        Raises UnknownDocumentError when a doc id is not in the index, InvalidFilterError for a
        kind other than 'row'/'text'.
        """
        k = self.effective_k if k is None else int(k)
        doc_ids = _normalise_doc_ids(self.doc_ids if doc_ids is None else doc_ids)
        kind = check_kind(self.kind if kind is None else kind)
        bm25_weight, dense_weight = self.weights
        if bm25_weight <= 0 and dense_weight <= 0:
            raise RetrieverConfigError("bm25_weight and dense_weight are both 0; set at least one of them above 0")
        check_doc_ids(doc_ids, self.known_doc_ids())
        if k <= 0 or not query or not query.strip():
            return []
        depth = max(self.candidates or 0, 4 * k, 50)

        rankings: list[list[str]] = []
        weights: list[float] = []
        chunks: dict[str, Chunk] = {}
        bm25_rank: dict[str, tuple[int, float]] = {}
        dense_rank: dict[str, tuple[int, float]] = {}
        if bm25_weight > 0:
            hits = self.bm25_index.search(query, depth, doc_ids, kind)
            ids = []
            for rank, (chunk, score) in enumerate(hits, start=1):
                chunks[chunk.chunk_id] = chunk
                bm25_rank[chunk.chunk_id] = (rank, score)
                ids.append(chunk.chunk_id)
            rankings.append(ids)
            weights.append(bm25_weight)
        if dense_weight > 0:
            try:
                hits = self._exact_dense(query, depth, doc_ids, kind)
                if hits is None:
                    hits = dense_search(self.store, query, depth, doc_ids, kind)
            except IndexUnavailableError as exc:
                # The vector store is unreachable or built with another model: answer from
                # BM25 alone rather than fail, and say why once.
                if not getattr(self, "_dense_warned", False):
                    logging.getLogger(__name__).warning("dense search unavailable, using BM25 only: %s", exc)
                    object.__setattr__(self, "_dense_warned", True)
                hits = []
            ids = []
            for rank, (chunk, score) in enumerate(hits, start=1):
                chunks.setdefault(chunk.chunk_id, chunk)
                if chunk.chunk_id not in dense_rank:
                    dense_rank[chunk.chunk_id] = (rank, float(score))
                ids.append(chunk.chunk_id)
            rankings.append(ids)
            weights.append(dense_weight)

        fused = reciprocal_rank_fusion(rankings, weights, k=int(self._setting("rrf_k")))
        out: list[ScoredChunk] = []
        for chunk_id, score in fused[:k]:
            b = bm25_rank.get(chunk_id)
            d = dense_rank.get(chunk_id)
            out.append(
                ScoredChunk(
                    chunk=chunks[chunk_id],
                    score=score,
                    bm25_rank=b[0] if b else None,
                    bm25_score=b[1] if b else None,
                    dense_rank=d[0] if d else None,
                    dense_score=d[1] if d else None,
                )
            )
        return out

    def _exact_dense(self, query: str, k: int, doc_ids: list[str] | None, kind: str | None) -> list[tuple[Chunk, float]] | None:
        """The dense ranking from the in-memory vectors, or None when Chroma's query should rank."""
        limit = int(self.settings.exact_dense_max_chunks if self.settings is not None
                    else _DEFAULTS["exact_dense_max_chunks"].default)
        if self.exact is None or limit <= 0 or (doc_ids is not None and not doc_ids):
            return None
        ranked = self.exact.top(query, k, doc_ids=doc_ids, kind=kind, max_chunks=limit)
        if ranked is None:
            return None
        return [(c, score) for c, score in ((self.store.chunk(cid), score) for cid, score in ranked) if c is not None]

    def _get_relevant_documents(
        self,
        query: str,
        *,
        run_manager: CallbackManagerForRetrieverRun | None = None,
        k: int | None = None,
        doc_ids: list[str] | str | None = None,
        kind: str | None = None,
    ) -> list[Document]:
        return [hit.to_document() for hit in self.search(query, k=k, doc_ids=doc_ids, kind=kind)]


def as_ensemble(store: Any, settings: Settings | None = None, k: int | None = None):
    """Stock LangChain composition: ``EnsembleRetriever`` of ``BM25Retriever`` (our tokenizer)
    and a Chroma-backed dense retriever (``StoreDenseRetriever``), weighted by the settings.

    The BM25 side is a snapshot of the store's chunks at call time; call again after ingesting.
    """
    from langchain_classic.retrievers import EnsembleRetriever
    from langchain_community.retrievers import BM25Retriever

    settings = settings or Settings()
    k = settings.top_k if k is None else k
    chunks = store.chunks()
    if not chunks:
        raise EmptyIndexError()
    bm25 = BM25Retriever.from_documents([chunk_to_document(c) for c in chunks], preprocess_func=tokenize, k=k)
    retrievers: list[BaseRetriever] = [bm25]
    weights = [settings.bm25_weight]
    if settings.dense_weight > 0:
        retrievers.append(StoreDenseRetriever(store=store, k=k))
        weights.append(settings.dense_weight)
    if not any(w > 0 for w in weights):
        raise RetrieverConfigError("bm25_weight and dense_weight are both 0; set at least one of them above 0")
    return EnsembleRetriever(retrievers=retrievers, weights=weights, c=settings.rrf_k, id_key="chunk_id")
