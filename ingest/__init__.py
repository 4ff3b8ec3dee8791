"""Ingest layer: load plan documents, understand their structure, index them.

Public interface::

    from ingest import Settings, get_settings, ingest_paths, ensure_index, IndexStore
    from ingest import DocumentInfo, Section, TableRow, Chunk, Citation, Answer
"""

from ingest.errors import IndexUnavailableError, IngestError, UnreadableFileError
from ingest.records import Answer, Chunk, Citation, DocumentInfo, ParsedDocument, Section, TableRow
from ingest.settings import Settings, get_settings

__all__ = [
    "Answer",
    "Chunk",
    "Citation",
    "DocumentInfo",
    "IndexStore",
    "IndexUnavailableError",
    "IngestError",
    "IngestReport",
    "ParsedDocument",
    "Section",
    "Settings",
    "TableRow",
    "UnreadableFileError",
    "ensure_index",
    "get_settings",
    "ingest_paths",
]


def __getattr__(name: str):  # lazy: importing records must not load torch/chromadb
    if name in {"ingest_paths", "ensure_index", "IngestReport"}:
        from ingest import pipeline

        return getattr(pipeline, name)
    if name == "IndexStore":
        from ingest.store import IndexStore

        return IndexStore
    raise AttributeError(name)
