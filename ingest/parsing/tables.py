"""Appendix tables → :class:`TableRow` records.

Input is a list of logical lines (text + source line span). Table rows are TAB-separated
lines (the .txt corpus, DOCX/PDF tables rendered by the loaders, and broken PDF layouts
rebuilt by :mod:`ingest.parsing.pdf_layout`). The parser

* recognises a header row and maps its labels to canonical fields (number, content, unit,
  targets per year, status, lead, coordinating, result, deadline, legal basis, note),
  merging a two-line header ("CHỈ TIÊU" spanning "Hiện trạng", "Năm 2025", …);
* drops headers repeated at page breaks and merges a row continued after a break;
* carries group rows (I, II, "Phát triển hạ tầng số", "1 Về Chính quyền số") onto the
  rows under them, so restarted numbering stays apart;
* flags rows whose cells do not fit the header (OCR) as uncertain instead of guessing.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from ingest.parsing.text import fold, is_roman, squash, strip_markup
from ingest.records import TableRow

YEAR = re.compile(r"\b(20\d\d)\b")
_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?$")
_PERCENT_PHRASE = re.compile(r"(?:(?:từ|tối thiểu|ít nhất|đạt)\s+)?\d+(?:[.,]\d+)?\s?%(?:\s+trở lên)?", re.IGNORECASE)
VALUE_FIELDS = ("status", "targets")


@dataclass
class LogicalLine:
    text: str
    line_start: int
    line_end: int


@dataclass
class Column:
    label: str
    field: str  # canonical field or "other"
    year: str | None = None


def classify_label(label: str) -> tuple[str, str | None]:
    """Map a header label to (canonical field, year). Works on any plan's wording."""
    f = fold(squash(strip_markup(label))).strip(" .:")
    if not f:
        return "other", None
    if re.fullmatch(r"(s\.?\s?tt|tt|so tt|so thu tu)", f):
        return "number", None
    if "ghi chu" in f:
        return "note", None
    if "can cu" in f or "phap ly" in f:
        return "legal_basis", None
    if "hien trang" in f or "thuc trang" in f:
        return "status", None
    if "phoi hop" in f:
        return "coordinating", None
    if "chu tri" in f or "giao don vi" in f or "theo doi" in f or "don vi thuc hien" in f or "co quan thuc hien" in f:
        return "lead", None
    if "don vi tinh" in f or "don vi do" in f or f == "don vi":
        return "unit", None
    if "thoi gian" in f or "thoi han" in f or "tien do" in f or "hoan thanh" in f:
        return "deadline", None
    m = YEAR.search(f)
    if m and ("chi tieu" in f or "nam" in f or "muc tieu" in f or "giao" in f or f == m.group(1)):
        return "targets", m.group(1)
    if "kinh phi" in f or "tong muc dau tu" in f or "von dau tu" in f or f.startswith("du toan"):
        return "budget", None
    if "ket qua" in f or "san pham" in f or "quy mo" in f:
        return "result", None
    if "noi dung" in f or f.startswith("ten ") or "danh muc" in f or "chi tieu" in f or "nhiem vu" in f or "du an" in f:
        return "content", None
    return "other", None


def _cells(text: str, keep_trailing: bool = False) -> list[str]:
    cells = [squash(strip_markup(c)) for c in text.split("\t")]
    while cells and not cells[-1] and not keep_trailing:
        cells.pop()
    return cells


def _is_header(cells: list[str]) -> bool:
    if len(cells) < 3 or any(len(c) > 80 for c in cells) or _norm_number(cells[0]):
        return False
    fields = [classify_label(c)[0] for c in cells if c]
    known = [f for f in fields if f != "other"]
    return len(known) >= 3 and ("number" in fields or "content" in fields) and ("content" in fields or "lead" in fields)


def _is_subheader(cells: list[str]) -> bool:
    """Second header line: starts with empty cells and holds years/status labels."""
    nonempty = [c for c in cells if c]
    if not cells or cells[0] or len(nonempty) < 2:
        return False
    return all(classify_label(c)[0] in {"targets", "status", "lead", "coordinating", "unit", "note"} for c in nonempty)


def build_columns(first: list[str], second: list[str] | None) -> list[Column]:
    """Columns from one or two header lines; a spanning label is replaced by its sub-labels."""
    if not second:
        cols = []
        for label in first:
            fld, year = classify_label(label)
            cols.append(Column(label, fld, year))
        return cols
    subs = [c for c in second if c]
    # The spanning label is the first one followed by empty cells.
    span_at = next((i for i, c in enumerate(first) if c and i + 1 < len(first) and not first[i + 1]), None)
    cols: list[Column] = []
    for i, label in enumerate(first):
        if not label:
            continue
        if i == span_at:
            for sub in subs:
                fld, year = classify_label(sub)
                cols.append(Column(f"{label} – {sub}", fld, year))
        else:
            fld, year = classify_label(label)
            cols.append(Column(label, fld, year))
    return cols


@dataclass
class _RawRow:
    cells: list[str]
    line_start: int
    line_end: int
    texts: list[str] = field(default_factory=list)


@dataclass
class _Table:
    columns: list[Column]
    header_key: str
    rows: list[_RawRow] = field(default_factory=list)


def _header_key(cells: list[str]) -> str:
    return "|".join(fold(c) for c in cells)


def _is_group_cells(cells: list[str], columns: list[Column]) -> tuple[bool, str | None, str]:
    """(is_group, numeral, label) for group rows like 'I | Phát triển hạ tầng số'."""
    nonempty = [c for c in cells if c]
    if not nonempty:
        return False, None, ""
    first = cells[0]
    rest_empty = all(not c for c in cells[2:])
    if first and is_roman(first.rstrip(".")) and rest_empty and len(cells) >= 2 and cells[1]:
        return True, first.rstrip("."), cells[1]
    if first and len(nonempty) == 1 and re.search(r"[^\W\d_]{2,}", first):
        m = re.match(r"^([IVXLC]+)[.\s]+(.+)$", first)
        if m and is_roman(m.group(1)):
            return True, m.group(1), m.group(2).strip()
        return True, None, first
    return False, None, ""


def extract_tables(lines: list[LogicalLine], start: int, end: int) -> list[_Table]:
    """Find the tables in lines[start:end] and collect their raw rows."""
    tables: list[_Table] = []
    current: _Table | None = None
    i = start
    while i < end:
        line = lines[i]
        if "\t" not in line.text:
            if line.text.strip() and current is not None and not _looks_like_page_noise(line.text):
                current = None  # prose ends the table
            i += 1
            continue
        cells = _cells(line.text)
        if not any(cells):
            i += 1
            continue
        if _is_header(cells):
            second = None
            if i + 1 < end and "\t" in lines[i + 1].text and _is_subheader(_cells(lines[i + 1].text)):
                second = _cells(lines[i + 1].text)
            key = _header_key(cells)
            if current is None or current.header_key != key:
                current = _Table(build_columns(cells, second), key)
                tables.append(current)
            i += 2 if second else 1
            continue
        if current is None:
            i += 1
            continue
        current.rows.append(_RawRow(_cells(line.text, keep_trailing=True), line.line_start, line.line_end, [line.text]))
        i += 1
    return tables


def _looks_like_page_noise(text: str) -> bool:
    t = text.strip()
    return bool(re.fullmatch(r"[-–\d\s/]{1,6}", t))


def _norm_number(cell: str) -> str | None:
    cell = cell.strip()
    if _NUMBER.match(cell):
        return cell.rstrip(".")
    return None


def _assign(cells: list[str], columns: list[Column]) -> tuple[dict[int, str], bool, list[str]]:
    """Map cells to column indexes. Returns (index → value, uncertain, unaligned values)."""
    n = len(columns)
    if len(cells) > n and all(not c for c in cells[n:]):
        cells = cells[:n]
    if len(cells) == n:
        return {i: c for i, c in enumerate(cells)}, False, []
    if len(cells) < n and all(c.field not in VALUE_FIELDS for c in columns[len(cells):]) and not any(
        c.field in VALUE_FIELDS for c in columns
    ):
        # Only trailing columns are absent (e.g. an empty note): nothing is ambiguous.
        missing = {c.field for c in columns[len(cells):]}
        return {i: c for i, c in enumerate(cells)}, not missing <= {"note", "other"}, []
    # Mismatch: anchor the descriptive columns left and right of the value block,
    # never guess which value belongs to which year.
    value_idx = [i for i, c in enumerate(columns) if c.field in VALUE_FIELDS]
    if not value_idx:
        left = {i: c for i, c in enumerate(cells[:n])}
        return left, True, cells[n:]
    first_v, last_v = value_idx[0], value_idx[-1]
    out: dict[int, str] = {}
    for i in range(min(first_v, len(cells))):
        out[i] = cells[i]
    n_right = n - last_v - 1
    right_cells = cells[len(cells) - n_right:] if n_right and len(cells) - n_right > first_v else []
    for k, value in enumerate(right_cells):
        out[last_v + 1 + k] = value
    middle = cells[first_v: len(cells) - len(right_cells)]
    return out, True, [m for m in middle if m]


def _target_from_text(content: str) -> str:
    m = _PERCENT_PHRASE.search(content)
    return m.group(0) if m else content


def rows_from_tables(
    tables: list[_Table], *, doc_id: str, appendix: str, appendix_title: str, page_of_line=None
) -> list[TableRow]:
    """Turn raw table rows into TableRow records (groups, continuations, uncertainty)."""
    out: list[TableRow] = []
    for table in tables:
        cols = table.columns
        kind = "other"
        content_col = next((c for c in cols if c.field == "content"), None)
        if content_col is not None:
            kind = "indicator" if "chi tieu" in fold(content_col.label) else "task"
        raw = table.rows
        groups: list[tuple[int, str]] = []  # (level, label)
        records: list[dict] = []
        for idx, r in enumerate(raw):
            cells = r.cells
            is_group, numeral, label = _is_group_cells(cells, cols)
            number = _norm_number(cells[0]) if cells else None
            nonempty_other = [c for c in cells[2:] if c]
            # Numbered group row: "1 | Về Chính quyền số" followed by "1.1 …", "4.5 | …" by "4.5.1 …".
            if not is_group and number and not nonempty_other and len(cells) >= 2 and cells[1]:
                nxt = next((x for x in raw[idx + 1:] if x.cells and x.cells[0]), None)
                if nxt is not None and (_norm_number(nxt.cells[0]) or "").startswith(number + "."):
                    is_group, numeral, label = True, number, cells[1]
            if is_group:
                level = 1 if (numeral is None or is_roman(numeral)) else 2 + numeral.count(".")
                groups = [g for g in groups if g[0] < level]
                groups.append((level, f"{numeral}. {label}" if numeral else label))
                continue
            if not cells or not cells[0]:
                has_content = len(cells) > 1 and bool(cells[1])
                if has_content and len(nonempty_other) >= 2:
                    records.append({"raw": r, "cells": cells, "number": None, "groups": list(groups),
                                    "warnings": ["row number missing in the source"]})
                elif records:
                    prev = records[-1]
                    _merge_continuation(prev, r, len(cols))
                continue
            if number is None:
                # First cell is text that is not a group (e.g. OCR noise): keep, flag.
                records.append({"raw": r, "cells": cells, "number": None, "groups": list(groups),
                                "warnings": ["row number not recognised"]})
                continue
            records.append({"raw": r, "cells": cells, "number": number, "groups": list(groups), "warnings": []})

        numbers = [rec["number"] for rec in records if rec["number"]]
        restarted = len(numbers) != len(set(numbers))
        term = "chỉ tiêu" if kind == "indicator" else "nhiệm vụ" if kind == "task" else "dòng"
        for rec in records:
            out.append(_make_row(rec, cols, kind, term, restarted, doc_id, appendix, appendix_title, page_of_line))
    return out


def _merge_continuation(prev: dict, r: _RawRow, n_cols: int) -> None:
    cells = list(prev["cells"])
    cont = r.cells
    if len(cells) < n_cols:
        cells.extend(c for c in cont if c)
    else:
        for i, c in enumerate(cont):
            if not c:
                continue
            if i < len(cells):
                cells[i] = f"{cells[i]} {c}".strip()
            else:
                cells.append(c)
    prev["cells"] = cells
    raw: _RawRow = prev["raw"]
    prev["raw"] = _RawRow(cells, raw.line_start, r.line_end, raw.texts + r.texts)


def _make_row(rec, cols, kind, term, restarted, doc_id, appendix, appendix_title, page_of_line) -> TableRow:
    raw: _RawRow = rec["raw"]
    assigned, uncertain, unaligned = _assign(rec["cells"], cols)
    fields: dict = {}
    columns: dict[str, str] = {}
    targets: dict[str, str] = {}
    for i, value in assigned.items():
        if i >= len(cols) or not value:
            continue
        col = cols[i]
        columns[col.label] = value
        if col.field == "targets" and col.year:
            targets[col.year] = value
        elif col.field == "number":
            continue
        elif col.field != "other":
            fields[col.field] = f"{fields[col.field]}; {value}" if col.field in fields else value
        if col.field == "status":
            fields["status_label"] = col.label
    warnings = list(rec["warnings"])
    if uncertain:
        warnings.append("cells do not match the table header; year/value columns not aligned")
        if unaligned:
            fields["unaligned_values"] = unaligned
    group_labels = [g[1] for g in rec["groups"]]
    if not targets and not any(c.field == "targets" for c in cols):
        # Targets given by the group ("Chỉ tiêu đến năm 2025") and stated inside the content.
        group_year = next((YEAR.search(g).group(1) for g in reversed(group_labels) if YEAR.search(g)), None)
        if group_year and fields.get("content") and kind == "indicator":
            targets[group_year] = _target_from_text(fields["content"])
    if targets:
        fields["targets"] = targets
    number = rec["number"]
    fields["number"] = number
    parts = [appendix]
    if restarted and group_labels:
        parts.append(group_labels[0])
    parts.append(f"{term} {number}" if number else f"{term} (không số, dòng {raw.line_start})")
    locator = ", ".join(parts)
    text = "\n".join(" | ".join(c for c in _cells(t) if c) if "\t" in t else squash(t) for t in raw.texts)
    row_key = f"{doc_id}|{appendix}|{'/'.join(group_labels)}|{number}|{raw.line_start}"
    page = page_of_line(raw.line_start) if page_of_line else None
    return TableRow(
        row_id=hashlib.sha1(row_key.encode()).hexdigest()[:16],
        doc_id=doc_id,
        appendix=appendix,
        appendix_title=appendix_title,
        kind=kind,
        group=group_labels,
        number=number,
        fields=fields,
        columns=columns,
        text=text,
        line_start=raw.line_start,
        line_end=raw.line_end,
        page=page,
        uncertain=bool(uncertain or rec["warnings"]),
        warnings=warnings,
        locator=locator,
    )
