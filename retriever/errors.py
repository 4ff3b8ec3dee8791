"""Errors of the retriever layer."""

from __future__ import annotations


class RetrieverError(Exception):
    """Base class of retriever errors."""


class UnknownDocumentError(RetrieverError):
    """A doc_id filter names a document that is not in the index."""

    def __init__(self, doc_id: str, known: list[str]):
        self.doc_id = doc_id
        super().__init__(f"unknown document '{doc_id}'; known documents: {', '.join(known) or '(none: run plan-assistant ingest)'}")


class InvalidFilterError(RetrieverError, ValueError):
    """A search or lookup filter has a value that cannot match anything (e.g. an unknown kind)."""


class EmptyIndexError(RetrieverError):
    """The index holds no chunks, so there is nothing to search."""

    def __init__(self, what: str = "the index has no chunks"):
        super().__init__(f"{what}; run `plan-assistant ingest` to index the plan documents")


class RetrieverConfigError(RetrieverError, ValueError):
    """Retriever settings that cannot work together (e.g. every fusion weight is zero)."""
