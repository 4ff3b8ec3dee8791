"""Exact semantic similarity between a question and any chunk of the index.

The hybrid retriever ranks the top chunks; answer selection also needs the similarity of
*specific* candidates (every row of a numbered lookup, every row of a plan's table) — also those
the approximate top-k did not return. ``SemanticIndex`` keeps the stored vectors of the current
index generation in one normalised matrix, so a question is embedded once and compared with any
set of chunks by a matrix product (about 1 ms for 20k chunks).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

import numpy as np

from ingest.errors import IndexUnavailableError

__all__ = ["SemanticIndex"]

_QUERY_CACHE = 256


class SemanticIndex:
    """Cosine similarity of a query with the stored chunk vectors (rows and passages)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._gen: int | None = None
        self._ids: list[str] = []
        self._pos: dict[str, int] = {}
        self._matrix: np.ndarray | None = None
        self._row_chunk: dict[str, str] = {}
        self._doc_of: np.ndarray = np.asarray([], dtype=object)
        self._kind_of: np.ndarray = np.asarray([], dtype=object)
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()
        self._stats: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._partial = False
        self.available = True

    # ---- loading ------------------------------------------------------------------------------

    def _ensure(self) -> None:
        gen = self.store.generation
        if self._gen == gen:
            return
        with self._lock:
            if self._gen == gen:
                return
            chunks = self.store.chunks()
            ids = [c.chunk_id for c in chunks]
            try:
                if self.store.embedding_mismatch():
                    raise IndexUnavailableError("stored vectors come from another embedding model")
                vectors = self.store.vectors(ids)
            except Exception:  # vector store unreachable: selection falls back to lexical scores
                vectors = {}
            kept = [cid for cid in ids if cid in vectors]
            self._partial = len(kept) < len(ids)  # some chunks still lack a vector
            if kept:
                matrix = np.asarray([vectors[cid] for cid in kept], dtype=np.float32)
                norms = np.linalg.norm(matrix, axis=1, keepdims=True)
                matrix /= np.maximum(norms, 1e-12)
            else:
                matrix = None
            self._ids = kept
            self._pos = {cid: i for i, cid in enumerate(kept)}
            self._matrix = matrix
            self._row_chunk = {c.row_id: c.chunk_id for c in chunks if c.kind == "row" and c.row_id}
            by_id = {c.chunk_id: c for c in chunks}
            self._doc_of = np.asarray([by_id[cid].doc_id for cid in kept], dtype=object)
            self._kind_of = np.asarray([by_id[cid].kind for cid in kept], dtype=object)
            self.available = matrix is not None
            self._stats.clear()
            self._gen = gen

    def query_vector(self, text: str) -> np.ndarray | None:
        """The normalised query embedding (cached: the same question is embedded once)."""
        cached = self._queries.get(text)
        if cached is not None:
            return cached
        try:
            vec = np.asarray(self.store.embed_query(text), dtype=np.float32)
        except Exception:
            return None
        vec /= max(float(np.linalg.norm(vec)), 1e-12)
        with self._lock:
            self._queries[text] = vec
            while len(self._queries) > _QUERY_CACHE:
                self._queries.popitem(last=False)
        return vec

    # ---- scoring ------------------------------------------------------------------------------

    def chunk_scores(self, text: str, chunk_ids: list[str]) -> dict[str, float]:
        """chunk_id → cosine similarity with ``text`` (chunks without a vector are left out)."""
        self._ensure()
        if self._matrix is None or not chunk_ids:
            return {}
        vec = self.query_vector(text)
        if vec is None:
            return {}
        pos = [(cid, self._pos[cid]) for cid in chunk_ids if cid in self._pos]
        if not pos:
            return {}
        sims = self._matrix[[p for _, p in pos]] @ vec
        return {cid: float(s) for (cid, _), s in zip(pos, sims)}

    def spread(self, text: str) -> tuple[float, float] | None:
        """(mean, standard deviation) of the similarity of ``text`` with every chunk of the index.

        How far a chunk stands above this background says how related it is, whatever the
        embedding model's own scale (e5 puts unrelated text near 0.8, MiniLM near 0.1).
        """
        self._ensure()
        cached = self._stats.get(text)
        if cached is not None:
            return cached
        if self._matrix is None or len(self._ids) < 2:
            return None
        vec = self.query_vector(text)
        if vec is None:
            return None
        sims = self._matrix @ vec
        stats = (float(sims.mean()), max(float(sims.std()), 1e-6))
        with self._lock:
            self._stats[text] = stats
            while len(self._stats) > _QUERY_CACHE:
                self._stats.popitem(last=False)
        return stats

    def row_scores(self, text: str, row_ids: list[str]) -> dict[str, float]:
        """row_id → cosine similarity of ``text`` with the row's chunk."""
        self._ensure()
        by_chunk = {self._row_chunk[r]: r for r in row_ids if r in self._row_chunk}
        return {by_chunk[cid]: s for cid, s in self.chunk_scores(text, list(by_chunk)).items()}

    def top(self, text: str, k: int, doc_ids: list[str] | None = None, kind: str | None = None,
            max_chunks: int | None = None) -> list[tuple[str, float]] | None:
        """The ``k`` chunk ids most similar to ``text`` (in ``doc_ids``, of ``kind``), best first.

        With ``max_chunks``: None (rank elsewhere) when the index holds more chunks than that, or
        its vectors are not all held here."""
        self._ensure()
        if max_chunks is not None and (self._matrix is None or len(self._ids) > max_chunks or self._partial):
            return None
        if self._matrix is None or k <= 0:
            return []
        vec = self.query_vector(text)
        if vec is None:
            return []
        sims = self._matrix @ vec
        mask = np.ones(len(self._ids), dtype=bool)
        if doc_ids is not None:
            mask &= np.isin(self._doc_of, list(doc_ids))
        if kind is not None:
            mask &= self._kind_of == kind
        idx = np.flatnonzero(mask)
        if not len(idx):
            return []
        best = idx[np.argsort(-sims[idx])[:k]]
        return [(self._ids[int(i)], float(sims[int(i)])) for i in best]
