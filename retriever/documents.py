"""Chunk <-> LangChain Document conversion shared by the retrievers."""

from __future__ import annotations

from typing import Any

from langchain_core.documents import Document

from ingest.records import Chunk

__all__ = ["chunk_metadata", "chunk_to_document"]


def chunk_metadata(chunk: Chunk) -> dict[str, Any]:
    """Metadata carried by every Document the retrievers return."""
    return {
        "chunk_id": chunk.chunk_id,
        "doc_id": chunk.doc_id,
        "kind": chunk.kind,
        "locator": chunk.locator,
        "source_text": chunk.source_text,
        "appendix": chunk.appendix,
        "number": chunk.number,
        "row_id": chunk.row_id,
        "section_path": list(chunk.section_path),
        "page": chunk.page,
        "line_start": chunk.line_start,
        "line_end": chunk.line_end,
        "uncertain": chunk.uncertain,
    }


def chunk_to_document(chunk: Chunk, **extra: Any) -> Document:
    """A Document with ``page_content = chunk.text``, id = chunk_id and the chunk's metadata."""
    meta = chunk_metadata(chunk)
    meta.update(extra)
    return Document(page_content=chunk.text, metadata=meta, id=chunk.chunk_id)
