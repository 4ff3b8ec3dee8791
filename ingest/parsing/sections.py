"""Section tree of the narrative text (I., 1., 1.1, a), …) with heading paths."""

from __future__ import annotations

import re

from ingest.parsing.tables import LogicalLine
from ingest.parsing.text import is_attached_line, is_roman, squash, strip_markup
from ingest.records import Section

_HEADINGS = [
    (1, re.compile(r"^([IVXLC]+)\.\s+\S")),
    (4, re.compile(r"^(\d+\.\d+\.\d+)\.?\s+\S")),
    (3, re.compile(r"^(\d+\.\d+)\.?\s+\S")),
    (2, re.compile(r"^(\d+)\.\s+\S")),
    (5, re.compile(r"^([a-zđ])\)\s+\S")),
]
MAX_HEADING_CHARS = 220


def heading_level(line: str) -> int | None:
    """Level of a numbered heading line, or None for body text."""
    clean = squash(strip_markup(line))
    if not clean or len(clean) > MAX_HEADING_CHARS or "\t" in line:
        return None
    for level, pattern in _HEADINGS:
        m = pattern.match(clean)
        if m and (level != 1 or is_roman(m.group(1))):
            return level
    if line.lstrip().startswith("#"):
        return 2
    return None


def split_sections(
    lines: list[LogicalLine], *, prefix: list[str] | None = None, page_of_line=None, keep_tab_lines: set[int] | None = None
) -> list[Section]:
    """Group lines into sections under their heading path.

    Table lines (TAB lines) are skipped: their rows are chunks of their own. TAB lines whose
    ``line_start`` is in ``keep_tab_lines`` (a table that gave no row) are kept as text, cells
    joined by " | ", so that their words can still be found.
    """
    keep = keep_tab_lines or set()
    prefix = list(prefix or [])
    stack: list[tuple[int, str]] = []
    sections: list[Section] = []
    buf: list[str] = []
    buf_start = buf_end = 0

    def flush() -> None:
        nonlocal buf
        text = "\n".join(buf).strip()
        if text and (len(buf) > 1 or len(text) > 80 or not stack):
            path = prefix + [h for _, h in stack]
            page = page_of_line(buf_start) if page_of_line else None
            sections.append(Section(path=path, text=text, line_start=buf_start, line_end=buf_end, page=page))
        buf = []

    for line in lines:
        if "\t" in line.text and line.line_start in keep:
            line = LogicalLine(" | ".join(c.strip() for c in line.text.split("\t") if c.strip()), line.line_start, line.line_end)
        if "\t" in line.text or is_attached_line(line.text):
            continue
        level = heading_level(line.text)
        if level is not None:
            flush()
            stack = [s for s in stack if s[0] < level]
            heading = squash(strip_markup(line.text))
            stack.append((level, heading))
            # Keep the heading line in the text too: numbered headings often carry content.
            buf_start, buf_end = line.line_start, line.line_end
            buf = [heading]
            continue
        clean = strip_markup(line.text)
        if not clean.strip():
            if buf:
                buf.append("")
            continue
        if not buf:
            buf_start = line.line_start
        buf.append(clean)
        buf_end = line.line_end
    flush()
    return sections
