"""Retriever layer: Vietnamese-aware BM25, dense search, fusion, hybrid retriever, row lookup.

Public interface::

    from retriever import tokenize, fold_accents, normalize            # text
    from retriever import BM25Index, reciprocal_rank_fusion            # building blocks
    from retriever import HybridRetriever, ScoredChunk, as_ensemble    # LangChain retrievers
    from retriever import RowLookup                                    # structured row lookup
    from retriever import errors                                       # UnknownDocumentError, ...

``retriever.text`` and ``retriever.fusion`` are stdlib-only; the rest imports numpy and
langchain-core lazily on first attribute access, so ``import retriever`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retriever import errors
from retriever.errors import (
    EmptyIndexError,
    InvalidFilterError,
    RetrieverConfigError,
    RetrieverError,
    UnknownDocumentError,
)
from retriever.fusion import reciprocal_rank_fusion
from retriever.text import fold_accents, normalize, tokenize, tokenize_query

if TYPE_CHECKING:  # pragma: no cover
    from retriever.bm25 import BM25Index
    from retriever.dense import StoreDenseRetriever, dense_search
    from retriever.hybrid import HybridRetriever, ScoredChunk, as_ensemble
    from retriever.lookup import RowLookup

__all__ = [
    "BM25Index",
    "EmptyIndexError",
    "HybridRetriever",
    "InvalidFilterError",
    "RetrieverConfigError",
    "RetrieverError",
    "RowLookup",
    "ScoredChunk",
    "StoreDenseRetriever",
    "UnknownDocumentError",
    "as_ensemble",
    "dense_search",
    "errors",
    "fold_accents",
    "normalize",
    "reciprocal_rank_fusion",
    "tokenize",
    "tokenize_query",
]

_LAZY = {
    "BM25Index": "retriever.bm25",
    "StoreDenseRetriever": "retriever.dense",
    "dense_search": "retriever.dense",
    "HybridRetriever": "retriever.hybrid",
    "ScoredChunk": "retriever.hybrid",
    "as_ensemble": "retriever.hybrid",
    "RowLookup": "retriever.lookup",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'retriever' has no attribute '{name}'")
    import importlib

    return getattr(importlib.import_module(module), name)
