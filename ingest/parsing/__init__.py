"""Understanding a plan: metadata, section tree, appendix tables.

``parse_document`` is the single entry point; it has no per-file special cases.
"""

from __future__ import annotations

import re

from ingest.parsing.metadata import infer_metadata
from ingest.parsing.sections import split_sections
from ingest.parsing.tables import LogicalLine, extract_tables, rows_from_tables
from ingest.parsing.text import fold, int_to_roman, is_roman, nfc, roman_to_int, squash, strip_markup
from ingest.records import DocumentInfo, ParsedDocument

#: Bump when parsing changes, so unchanged files are re-parsed on the next ingest.
PARSER_VERSION = "3"

# "Phụ lục I", "PHỤ LỤC:", OCR variants such as "PHỦ LỤC II" / "PHÒNG LỤC IV" (accent-folded).
_APPENDIX = re.compile(r"(?:^|\s)ph\w{0,3}\s*l\w?c\s*([ivxlc]+|\d+)?\s*[:.]?\s*$")
_NEAR = 8  # a label and its "(Kèm theo …)" line belong together within this many lines
_ATTACHED = re.compile(r"^\(?\s*(?:ban hanh )?kem theo")


def _logical_lines(text: str) -> list[LogicalLine]:
    raw = text.split("\n")
    try:
        from ingest.parsing.pdf_layout import rebuild_broken_tables
    except ImportError:  # pragma: no cover - module always ships
        rebuild_broken_tables = None
    if rebuild_broken_tables is not None:
        rebuilt = rebuild_broken_tables(raw)
        return [LogicalLine(x.text, x.line_start, x.line_end) for x in rebuilt]
    return [LogicalLine(t, n, n) for n, t in enumerate(raw, start=1)]


def _appendix_label(line: str) -> str | None:
    clean = squash(strip_markup(line))
    if not clean or len(clean) > 40 or "\t" in line:
        return None
    m = _APPENDIX.search(fold(clean))
    if not m:
        return None
    numeral = m.group(1)
    if numeral is None:
        return "Phụ lục"
    # Keep the numeral as printed (I, II, 01 ...).
    printed = re.search(r"([IVXLCivxlc]+|\d+)\s*[:.]?\s*$", clean)
    return f"Phụ lục {printed.group(1).upper() if printed else numeral.upper()}"


def _appendix_title(lines: list[LogicalLine], i: int) -> str:
    for line in lines[i + 1: i + 6]:
        clean = squash(strip_markup(line.text))
        if not clean:
            continue
        if "\t" in line.text or _ATTACHED.match(fold(clean)):
            continue
        return clean
    return ""


def _next_label(prev: str | None) -> str:
    """Label for an appendix whose own label is missing: the one after the previous."""
    if not prev:
        return "Phụ lục"
    numeral = prev.split()[-1]
    if numeral.isdigit():
        return f"Phụ lục {int(numeral) + 1:0{len(numeral)}d}"
    if is_roman(numeral):
        return f"Phụ lục {int_to_roman(roman_to_int(numeral) + 1)}"
    return "Phụ lục"


def _appendix_starts(lines: list[LogicalLine]) -> list[tuple[int, str, str]]:
    """(line index, label, title) of each appendix.

    An appendix starts at its label line ("Phụ lục II") or, when the label is missing or
    unreadable, at its "(Kèm theo Kế hoạch …)" line — once the appendices have begun.
    """
    labels = [(i, _appendix_label(line.text)) for i, line in enumerate(lines)]
    labels = [(i, lab) for i, lab in labels if lab]
    if not labels:
        return []
    first = labels[0][0]
    attached = [
        i for i, line in enumerate(lines)
        if i >= first - _NEAR and _ATTACHED.match(fold(squash(strip_markup(line.text))))
    ]
    starts: list[tuple[int, str, str]] = []
    label_at = dict(labels)
    used_attached: set[int] = set()
    for i, lab in labels:
        used_attached.update(a for a in attached if abs(a - i) <= _NEAR)
    events = sorted(set(label_at) | {a for a in attached if a not in used_attached})
    for i in events:
        label = label_at.get(i) or _next_label(starts[-1][1] if starts else None)
        title_from = i
        if i not in label_at:  # title precedes the "(Kèm theo …)" line
            title_from = max(0, i - 3)
        starts.append((i, label, _appendix_title(lines, title_from)))
    return starts


def parse_document(
    text: str,
    *,
    doc_id: str,
    file_name: str,
    sha256: str = "",
    manifest_entry: dict | None = None,
    line_pages: list[int] | None = None,
) -> ParsedDocument:
    """Parse one plan's text into metadata, sections and appendix table rows."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = _logical_lines(text)
    page_of_line = (lambda n: line_pages[n - 1] if 0 < n <= len(line_pages) else None) if line_pages else None

    starts = _appendix_starts(lines)
    body_end = starts[0][0] if starts else len(lines)

    rows = []
    narrative_ranges: list[tuple[int, int, list[str]]] = [(0, body_end, [])]
    seen_labels: dict[str, int] = {}
    for k, (i, label, title) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        seen_labels[label] = seen_labels.get(label, 0) + 1
        if seen_labels[label] > 1:  # the same label twice: keep them apart
            label = f"{label} ({seen_labels[label]})"
        tables = extract_tables(lines, i + 1, end)
        rows.extend(rows_from_tables(tables, doc_id=doc_id, appendix=label, appendix_title=title, page_of_line=page_of_line))
        heading = f"{label}: {title}" if title else label
        narrative_ranges.append((i + 1, end, [heading]))

    sections = []
    for start, end, prefix in narrative_ranges:
        sections.extend(split_sections(lines[start:end], prefix=prefix, page_of_line=page_of_line))

    info = infer_metadata(text, doc_id=doc_id, file_name=file_name, sha256=sha256, manifest_entry=manifest_entry)
    info = info.model_copy(update={"n_rows": len(rows), "n_sections": len(sections)})
    return ParsedDocument(info=info, sections=sections, rows=rows)


__all__ = ["PARSER_VERSION", "parse_document", "DocumentInfo"]
