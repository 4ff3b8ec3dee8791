"""Shared records: document, section, table row, chunk, citation, answer.

Every layer (ingest → retriever → assistant → ui/evals) speaks these types. They are
plain pydantic models so they serialise to the JSON contracts of DESIGN.md unchanged.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

#: Canonical row field names (values are verbatim strings from the source cell).
CANONICAL_FIELDS = (
    "number",
    "content",
    "unit",
    "targets",  # year -> value map
    "status",
    "lead",
    "coordinating",
    "result",
    "deadline",
    "legal_basis",
    "note",
)


class ColumnReport(BaseModel):
    """How one table column was understood at ingest."""

    label: str = Field(description="The column's header label as printed (spanning labels joined with ' – ').")
    role: str = Field(description="Canonical field the column feeds (number, content, lead, targets, ...) or 'other' when unsure.")
    year: str | None = Field(default=None, description="For a targets column, the year it targets.")
    unsure: bool = Field(default=False, description="True when the role could not be decided; cells stay under their own label.")
    basis: str = Field(default="", description="Why the role was chosen: 'header', 'cells', 'header+cells', 'group row'.")


class TableReport(BaseModel):
    """One table found in a document."""

    caption: str = Field(default="", description="Caption/heading the table stands under (appendix label and title, or the nearest heading).")
    appendix: str | None = Field(default=None, description="Appendix label when the table is inside an appendix.")
    kind: str = Field(default="other", description="indicator, task or other (the majority kind of its rows).")
    rows: int = 0
    uncertain_rows: int = 0
    columns: list[ColumnReport] = Field(default_factory=list)
    line_start: int = 0
    page: int | None = None
    headerless: bool = Field(default=False, description="No header row was recognised: column roles come from cell content only.")


class DocumentReport(BaseModel):
    """What parsing found in one document: shown by `ingest`, `docs --json`, the upload response and the Tables tab."""

    tables: list[TableReport] = Field(default_factory=list)
    rows: int = 0
    uncertain_rows: int = 0
    warnings: list[str] = Field(default_factory=list, description="Human-readable problems, e.g. 'text that looks like a table gave 0 rows (line 120)'.")


class DocumentInfo(BaseModel):
    """One ingested plan document and what is known about it."""

    doc_id: str = Field(description="Stable id derived from the file name, e.g. '2026-plan_kh-275-ubnd'.")
    file: str = Field(description="File name as ingested.")
    title: str = Field(description="Document title, e.g. 'Kế hoạch Chuyển đổi số tỉnh Thanh Hóa năm 2026'.")
    number: str | None = Field(default=None, description="Document number such as '275/KH-UBND'.")
    date: str | None = Field(default=None, description="Issue date, ISO format (YYYY-MM-DD) when known.")
    issuer: str | None = Field(default=None, description="Issuing body, e.g. 'UBND tỉnh Thanh Hóa'.")
    signer: str | None = Field(default=None, description="Person who signed the document.")
    sha256: str = Field(default="", description="Hash of the file's bytes; unchanged hash = nothing to re-ingest.")
    metadata_source: Literal["manifest", "inferred"] = "inferred"
    n_rows: int = 0
    n_chunks: int = 0
    n_sections: int = 0
    report: DocumentReport | None = Field(default=None, description="Ingest report: tables, rows per table, column roles, warnings.")

    @property
    def display_title(self) -> str:
        """Title with the document number, as shown in citations."""
        return f"{self.title} ({self.number})" if self.number else self.title


class Section(BaseModel):
    """A block of narrative text under one heading path."""

    path: list[str] = Field(default_factory=list, description="Heading path from the top, e.g. ['III. NHIỆM VỤ', '2. Thể chế, chính sách số'].")
    text: str
    line_start: int
    line_end: int
    page: int | None = None


class TableRow(BaseModel):
    """One row of an appendix table, with its cells mapped to canonical fields."""

    row_id: str
    doc_id: str
    appendix: str = Field(description="Appendix label, e.g. 'Phụ lục I'.")
    appendix_title: str = ""
    kind: Literal["indicator", "task", "other"] = "other"
    group: list[str] = Field(default_factory=list, description="Group rows above this row, outermost first.")
    number: str | None = Field(default=None, description="Row number as printed: '18', '1.1', '4.5.3'.")
    fields: dict[str, Any] = Field(default_factory=dict, description="Canonical field -> verbatim value; 'targets' is a year -> value map.")
    columns: dict[str, str] = Field(default_factory=dict, description="Original column label -> verbatim cell value.")
    text: str = Field(description="The verbatim source row (cells joined as they appear).")
    line_start: int = 0
    line_end: int = 0
    page: int | None = None
    uncertain: bool = Field(default=False, description="True when cells could not be assigned to columns reliably.")
    warnings: list[str] = Field(default_factory=list)
    locator: str = ""


class ParsedDocument(BaseModel):
    """What the parser understood of one document."""

    info: DocumentInfo
    sections: list[Section] = Field(default_factory=list)
    rows: list[TableRow] = Field(default_factory=list)


ChunkKind = Literal["row", "text"]


class Chunk(BaseModel):
    """A unit of retrieval. Row chunks stand alone; text chunks never cross a section."""

    chunk_id: str = Field(description="Hash of content and location: re-ingesting unchanged text gives the same id.")
    doc_id: str
    kind: ChunkKind
    text: str = Field(description="Self-contained text that is indexed (title, appendix, labels, values).")
    source_text: str = Field(description="Verbatim source row or passage, quoted in citations.")
    embed_text: str = Field(default="", description="What the embedding model reads: the text without the document title and column labels every chunk repeats (about a third fewer tokens to embed); empty = text.")
    locator: str = Field(description="Human citation locator, e.g. 'Phụ lục I, chỉ tiêu 18'.")
    appendix: str | None = None
    number: str | None = None
    row_id: str | None = None
    section_path: list[str] = Field(default_factory=list)
    line_start: int = 0
    line_end: int = 0
    page: int | None = None
    uncertain: bool = False

    def chroma_metadata(self) -> dict[str, Any]:
        """Flat scalar metadata for Chroma (no None values, no lists)."""
        meta: dict[str, Any] = {
            "doc_id": self.doc_id,
            "kind": self.kind,
            "locator": self.locator,
            "line_start": self.line_start,
            "line_end": self.line_end,
            "uncertain": self.uncertain,
        }
        for key in ("appendix", "number", "row_id", "page"):
            value = getattr(self, key)
            if value is not None:
                meta[key] = value
        if self.section_path:
            meta["section_path"] = " > ".join(self.section_path)
        return meta


class Citation(BaseModel):
    """A numbered source quoted by an answer."""

    n: int
    doc_id: str
    doc_title: str
    locator: str
    text: str = Field(description="The quoted source row or passage, verbatim.")
    warning: str | None = Field(default=None, description="Set when the source row was flagged uncertain at ingest.")


class Answer(BaseModel):
    """The answer object of DESIGN.md (CLI --json, results.jsonl, POST /api/ask)."""

    id: str | None = None
    question: str
    language: Literal["vi", "en"]
    found: bool
    answer: str
    citations: list[Citation] = Field(default_factory=list)
    latency_ms: float = 0.0

    def to_json_dict(self) -> dict[str, Any]:
        data = self.model_dump()
        if data.get("id") is None:
            data.pop("id")
        for c in data["citations"]:
            if c.get("warning") is None:
                c.pop("warning")
        return data
