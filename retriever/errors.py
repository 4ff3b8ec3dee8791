"""Errors of the retriever layer."""

from __future__ import annotations


class RetrieverError(Exception):
    """Base class of retriever errors."""


class UnknownDocumentError(RetrieverError):
    """A doc_id filter names a document that is not in the index."""

    def __init__(self, doc_id: str, known: list[str]):
        self.doc_id = doc_id
        super().__init__(f"unknown document '{doc_id}'; known documents: {', '.join(known) or '(none: run plan-assistant ingest)'}")
