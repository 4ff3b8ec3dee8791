"""Dense (vector) search: a thin layer over ``IndexStore.dense_search`` (Chroma).

``dense_search`` is what the hybrid retriever calls; ``StoreDenseRetriever`` is the same search
as a LangChain ``BaseRetriever``, for stock LangChain compositions (``as_ensemble``).
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from ingest.records import Chunk
from retriever.bm25 import check_kind
from retriever.documents import chunk_to_document

__all__ = ["StoreDenseRetriever", "dense_search"]


def dense_search(
    store: Any,
    query: str,
    k: int,
    doc_ids: list[str] | None = None,
    kind: str | None = None,
) -> list[tuple[Chunk, float]]:
    """Nearest chunks to ``query`` in the store's vector index, best first."""
    check_kind(kind)
    if k <= 0 or not query.strip():
        return []
    if doc_ids is not None and not doc_ids:
        return []
    return list(store.dense_search(query, k=k, doc_ids=list(doc_ids) if doc_ids else None, kind=kind))


class StoreDenseRetriever(BaseRetriever):
    """LangChain retriever around ``store.dense_search`` (Chroma-backed in the real store)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    store: Any
    k: int = 8
    doc_ids: list[str] | None = None
    kind: str | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun | None = None
    ) -> list[Document]:
        hits = dense_search(self.store, query, self.k, self.doc_ids, self.kind)
        return [
            chunk_to_document(chunk, score=float(score), dense_rank=rank)
            for rank, (chunk, score) in enumerate(hits, start=1)
        ]
