"""Errors of the ingest layer. Messages say what happened and what to do."""

from __future__ import annotations


class IngestError(Exception):
    """Base class of ingest errors."""


class UnreadableFileError(IngestError):
    """A file could not be read (corrupt, encrypted, wrong encoding, empty, unsupported)."""

    def __init__(self, path: str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class IndexUnavailableError(IngestError):
    """The index (catalog or vector store) cannot be opened or written."""
