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

import functools
import hashlib
import re
from dataclasses import dataclass, field

from ingest.parsing.text import fold, is_roman, nfc, squash, strip_markup
from ingest.records import ColumnReport, Section, TableReport, TableRow
from ingest.text import BULLET_CELL, GROUP_WORDS, ROW_KIND_NOUNS, roman_to_int

YEAR = re.compile(r"\b(20\d\d)\b")
_YEAR_RANGE = re.compile(r"\b(20\d\d)\s*[-–—]\s*(20\d\d)\b")
_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?$")
_PERCENT_PHRASE = re.compile(r"(?:(?:từ|tối thiểu|ít nhất|đạt)\s+)?\d+(?:[.,]\d+)?\s?%(?:\s+trở lên)?", re.IGNORECASE)
VALUE_FIELDS = ("status", "targets")


@dataclass
class LogicalLine:
    text: str
    line_start: int
    line_end: int
    #: a heading one step under the section it stands in, whatever its numbering (a body's name over its duties,
    #: read from a table: :func:`ingest.parsing.duties.bodies_over_duties`)
    sub_heading: bool = False
    #: text, never a heading, whatever it opens with (a body's duty read from a table: "a) Tham mưu …")
    body_text: bool = False


@dataclass
class Column:
    label: str
    field: str  # canonical field or "other"
    year: str | None = None
    basis: str = "header"
    unsure: bool = False
    by_group: bool = False  # a value column whose year comes from the group row above each row
    noun: str = ""  # a number column read from cells "<kind> N": the kind's noun, folded ("chi tieu")


#: How a column under a spanning label is labelled: "Trong đó – Xã hội hóa", "Mục tiêu – Năm 2027".
SPAN_JOIN = " – "


def spanned(span: str, sub: str) -> str:
    """The label of the column ``sub`` under the spanning label ``span`` (``sub`` alone without one)."""
    return f"{span}{SPAN_JOIN}{sub}" if span else sub


def split_span(label: str) -> tuple[str, str]:
    """(spanning label, own label) of a column's label: ("Trong đó", "Xã hội hóa"); ("", label) alone."""
    span, _, own = label.rpartition(SPAN_JOIN)
    return span, own


#: A column label that names a period of a timeline ("Quý I/2026", "Tháng 3/2026", "Năm 2027", "6 tháng
#: đầu năm 2026", "2027"), folded.
_PERIOD_OF_TIME = re.compile(r"^(?:(?:quy|q)\s*[ivx1-4]+|thang\s*\d{1,2}|nam|6 thang (?:dau|cuoi)(?: nam)?|hoc ky\s*[ivx12]+)?"
                             r"\s*(?:/|\s|nam\s)?\s*20\d\d$")
#: What a timeline's cells hold: a mark that the row runs in that period, or nothing.
TIMELINE_MARK = re.compile(r"^\s*(?:[xX✓✔●•*+]|)\s*$")


def period_of_time(label: str) -> bool:
    """Whether a column label (its part under a spanning label) names a period of a timeline."""
    return bool(_PERIOD_OF_TIME.match(fold(split_span(label)[1]).strip()))


#: A period of a year with no year printed ("Quý I", "Tháng 9", "6 tháng đầu năm"): the year is the spanning
#: label's or the caption's ("LỘ TRÌNH THỰC HIỆN NĂM 2027"), folded.
_PERIOD_OF_YEAR = re.compile(r"^(?:(?:quy|q)\s*(?:i|ii|iii|iv|[1-4])|thang\s*\d{1,2}|6 thang (?:dau|cuoi)(?: nam)?)$")


def period_of_year(label: str) -> bool:
    """Whether a column label (its part under a spanning label) names a period of a year, no year printed."""
    return bool(_PERIOD_OF_YEAR.match(fold(split_span(label)[1]).strip()))


TIMELINE_BASIS = "cells (marks under periods: a timeline)"


def _join_split_years(text: str) -> str:
    """'Năm 202 6' (a year wrapped inside a narrow PDF column) → 'Năm 2026'."""
    return re.sub(r"\b(2\d{0,2}) (\d{1,3})\b",
                  lambda m: m.group(1) + m.group(2) if len(m.group(1) + m.group(2)) == 4 and (m.group(1) + m.group(2)).startswith("20")
                  else m.group(0), text)


def year_of(text: str) -> str | None:
    """The year a label names: '2030' in 'Đến năm 2030', the end year of 'Giai đoạn 2026-2030'."""
    f = _join_split_years(fold(text))
    m = _YEAR_RANGE.search(f)
    if m:
        return m.group(2)
    m = YEAR.search(f)
    return m.group(1) if m else None


# Header wording, matched on accent-folded word roots (never on one plan's full header).
_LEAD = re.compile(
    r"chu tri|chiu trach nhiem|theo doi|dau moi|(don vi|co quan|bo, nganh|so, nganh) (duoc )?(giao|thuc hien|trien khai)"
    # (the bodies and what they are given, "Cơ quan, đơn vị và nội dung được giao": nouns of bodies or of their
    # duties before "(được) giao", from the label's start — not "Cơ quan quản lý giao thông", "Số đơn vị đã triển khai")
    r"|^(?:cac )?(?:co quan|don vi)(?:,? (?:va )?(?:co quan|don vi|dia phuong|nganh|noi dung|nhiem vu))+ (?:duoc )?giao\b"
    r"|giao (cho )?(don vi|co quan)|trach nhiem thuc hien|^giao$|phu trach|co quan chu quan"
    r"|chu dau tu")  # an investment project's owner ("Chủ đầu tư") is the body responsible for it
_DEADLINE = re.compile(r"thoi gian|thoi han|tien do|hoan thanh|\bmoc\b|thoi diem|lo trinh|^han\b|\bket thuc\b")
#: a time column that says when the work starts, not when it is due ("Bắt đầu", "Khởi công", "Từ ngày")
_STARTS = re.compile(r"\bbat dau\b|\bkhoi cong\b|\bkhoi dong\b|\btu ngay\b|\btu thang\b|\bstart")
_ENDS = re.compile(r"\bket thuc\b|\bhoan thanh\b|\bden ngay\b|\bden thang\b|\bend\b|\bfinish")
_STATUS = re.compile(r"hien trang|thuc trang|uoc (thuc hien|dat)|(^|\s)(ket qua )?thuc hien (nam |den )?(nam )?20\d\d|^thuc hien$|^uoc th"
                     r"|\(co so\)|gia tri co so|nam co so|^co so\b|gia tri goc|nam goc")  # a baseline: "Giá trị năm 2025 (cơ sở)"
_TARGET_NO_YEAR = re.compile(r"muc tieu|giao chi tieu|chi tieu (nam|ke hoach|giao)|^ke hoach( nam)?$|gia tri (muc tieu|chi tieu)")
_CONTENT = re.compile(r"noi dung|^ten\b|danh muc|chi tieu|nhiem vu|du an|cong viec|hoat dong|giai phap|^chuong trinh|hang muc")


#: a header naming the tasks a unit leads ("Nhiệm vụ chủ trì", "Các nhiệm vụ chủ trì"), not the unit ("Tên đơn vị chủ trì")
_TASKS_LED = re.compile(r"^(?:cac |nhung )?(?:nhiem vu|noi dung|cong viec|hoat dong|du an|giai phap|hang muc)\b"
                        r"(?!.*\b(?:don vi|co quan|to chuc|ten|bo phan)\b)")

#: one column for the lead and its partners ("Cơ quan chủ trì/phối hợp", "Đơn vị chủ trì, phối hợp")
_BOTH_ROLES = re.compile(r"chu tri\s*(?:/|,|;|-|–|\bva\b|\bhoac\b)\s*(?:(?:co quan|don vi)\s+)?phoi hop")
#: a column of the values an amending plan replaces ("Theo KH 41", "Ban đầu", "Trước điều chỉnh") and
#: one of the values it sets ("Sau điều chỉnh", "Điều chỉnh", "Mới"): the plan's own value is the new one
_ORIGINAL_VALUE = re.compile(r"\b(?:theo (?:ke hoach|kh|quyet dinh|qd|van ban)|ban dau|truoc (?:khi )?dieu chinh|cu|da (?:phe duyet|ban hanh))\b")
_AMENDED_VALUE = re.compile(r"\b(?:sau (?:khi )?dieu chinh|dieu chinh|moi|cap nhat|bo sung)\b")


def _amended_over(new: str, old: str) -> bool:
    """Whether the column labelled ``new`` states a plan's value in place of the one labelled ``old``."""
    return bool(_AMENDED_VALUE.search(fold(new)) and not _AMENDED_VALUE.search(fold(old)) and _ORIGINAL_VALUE.search(fold(old)))


@functools.lru_cache(maxsize=4096)
def classify_label(label: str) -> tuple[str, str | None]:
    """Map a header label to (canonical field, year) from its wording. Works on any plan's wording.

    A target label without a year gives ``("targets", None)``: the year has to come from a
    spanning header, the caption or a group row (see :func:`decide_roles`).
    """
    f = _join_split_years(fold(squash(strip_markup(label))).strip(" .:*"))
    if not f:
        return "other", None
    if re.fullmatch(r"(s\.?\s?tt|tt|so tt|so thu tu|thu tu|ma so|ma|so)", f) or re.fullmatch(r"s?\s?t\s?t\.?", f) \
            or re.fullmatch(r"(?:chi tieu|nhiem vu|muc tieu|hang muc|du an|noi dung) so|(?:so|ma|stt) (?:chi tieu|nhiem vu|muc tieu|hieu)", f):
        return "number", None  # "Chỉ tiêu số", "Mã chỉ tiêu": the row's number under the thing it numbers
    if "ghi chu" in f:
        return "note", None
    if "can cu" in f or "phap ly" in f:
        return "legal_basis", None
    if _BOTH_ROLES.search(f):
        # "Cơ quan chủ trì/phối hợp": one column for both, the lead named first or by its label
        # ("Chủ trì: X; phối hợp: Y", split by split_roles)
        return "lead", None
    if "phoi hop" in f or re.search(r"(don vi|co quan) tham gia", f):
        return "coordinating", None
    if _LEAD.search(f):
        return "lead", None
    if "don vi tinh" in f or "don vi do" in f or f in ("don vi", "dvt", "d.v.t"):
        return "unit", None
    year = year_of(f)
    if _STATUS.search(f):
        return "status", year
    if _DEADLINE.search(f):
        # "Thời gian thực hiện – Bắt đầu" beside "… – Kết thúc": the start is no deadline
        return ("other" if _STARTS.search(f) and not _ENDS.search(f) else "deadline"), None
    if f.startswith("ten ") or f.startswith("noi dung") or f.startswith("danh muc"):
        return "content", None  # the name column, even when its header names a year
    # ("Dự toán 2026" of a budget plan's years, the label alone: that year's planned figure, beside "Dự kiến năm 2027";
    # not "Dự toán kinh phí 2026 (triệu đồng)", an amount, nor "Dự toán được duyệt (QĐ 123/2026)")
    if year and (re.search(r"chi tieu|\bnam\b|muc tieu|giao|ke hoach|\bden\b|giai doan|ket qua|gia tri|dinh huong|phan dau", f)
                 or re.fullmatch(r"du toan (?:nam )?20\d\d", f) or f == year
                 or re.fullmatch(r"20\d\d\s*[-–—]\s*20\d\d", f)):
        return "targets", year
    if "kinh phi" in f or "tong muc dau tu" in f or "von dau tu" in f or f.startswith("du toan") or (
            "nguon von" in f and re.search(r"\b(?:dong|trieu|ty)\b", f)):
        return "budget", None  # "Nguồn vốn" alone names where the money comes from, not how much
    if _TARGET_NO_YEAR.search(f):
        return "targets", None
    if "ket qua" in f or "san pham" in f or "quy mo" in f or "dau ra" in f:
        return "result", None
    if _CONTENT.search(f):
        return "content", None
    return "other", None


# ------------------------------------------------------------------ cell content evidence

#: (folded: a body's noun shares its letters with other words — "Số hóa" is no "Sở", "Bảo đảm" no "Báo",
#: "Bản đồ" no "Ban", "bộ dữ liệu" and "Bổ sung" no "Bộ", "Hội nhập" no "Hội", "Trường hợp" no "Trường", "viên chức"
#: no "Viện": those words open no body's name)
_AGENCY_CELL = re.compile(
    r"^(?:[-–+•]\s*)?(?:cac\s+)?(?:so(?! hoa| luong| lieu| hieu| tien| sanh)|ubnd|uy ban|van phong|trung tam|cong an|bo chi huy|"
    r"bo\b(?! du lieu| tieu chi| chi so| cong cu| ho so| sung)|ban\b(?! hanh| do\b| sao| ghi| tin\b)|cuc|chi cuc|"
    r"tong cuc|ngan hang|kho bac|bao hiem|thanh tra|truong(?! hop)|vien(?! chuc)|dai\b(?! hoi| dien)|"
    r"bao\b(?! cao| dam| ve| tri| quan| ton| mat)|tinh uy|huyen uy|thanh uy|dang uy|"
    r"hoi dong nhan dan|hdnd|mat tran|lien doan|doan\b(?! ket)|hoi\b(?! nghi| thao| nhap| cho)|cong ty|tap doan|buu dien|dien luc|"
    r"vien thong|doanh nghiep|co quan|don vi|dia phuong|nganh|chinh phu|thu tuong|quoc hoi|toa an|vien kiem sat|"
    r"quan doi|quan khu|bo doi|canh sat|hoc vien|dai hoc|cac tinh|cac bo)\b")
_DEADLINE_CELL = re.compile(
    r"^(?:[-–]\s*)?(?:nam\s*)?(?:20\d\d\b|quy\s+[ivx1-4]|thang\s+\d|thuong xuyen|hang nam|hang nam|hang quy|hang thang|"
    r"truoc\s|trong (nam|quy|thang)|giai doan|den (het )?(nam|thang|quy)|tu nam|hoan thanh (trong|truoc)|lien tuc|dinh ky|\d{1,2}/20\d\d)")
_VALUE_CELL = re.compile(
    r"^(?:[-–]\s*)?(?:(?:toi thieu|toi da|it nhat|tren|duoi|dat|khoang|tang|giam|>=|<=|[≥≤<>~])\s*)*"
    r"[-+]?\d[\d.,]*\s*(?:%|[^\W\d_][\w/.]*)?(?:\s+[^\W\d_][\w/.]*){0,3}$|^(co|khong|dat|100%)$")


_PERCENT = re.compile(r"\d\s*%")


def cell_kind(cell: str) -> str | None:
    """What a cell looks like: 'agency', 'deadline', 'value', 'text' or None (unclear)."""
    c = squash(cell)
    if not c:
        return None
    f = fold(c)
    if _DEADLINE_CELL.match(f):
        return "deadline"
    if _AGENCY_CELL.match(f) and len(c) < 400:
        return "agency"
    if _VALUE_CELL.match(f) and len(c.split()) <= 6:
        return "value"
    if len(c.split()) >= 5:
        return "text"
    return None


def profile(values: list[str]) -> tuple[str | None, int]:
    """Majority cell kind of a column (≥ 60% of its non-empty cells) and how many cells it has."""
    # (in a column, a cell holding a percentage is no body's name: "Đơn vị đạt tỷ lệ 100% người hưởng …" is a
    # criterion, though it opens as a list of units would)
    kinds = [("text" if k == "agency" and _PERCENT.search(v) else k) for v in values if v for k in [cell_kind(v)]]
    if len(kinds) < 2:
        return None, len(kinds)
    for k in ("agency", "deadline", "value", "text"):
        if kinds.count(k) >= 0.6 * len(kinds):
            return k, len(kinds)
    return None, len(kinds)


def _cells(text: str, keep_trailing: bool = False) -> list[str]:
    cells = [squash(strip_markup(c)) for c in text.split("\t")]
    while cells and not cells[-1] and not keep_trailing:
        cells.pop()
    return cells


def _is_header(cells: list[str]) -> bool:
    if len(cells) < 3 or any(len(c) > 80 for c in cells) or _norm_number(_compact_number(cells[0])):
        return False
    fields = [classify_label(c)[0] for c in cells if c]
    known = [f for f in fields if f != "other"]
    # a cost table names its rows by where the money comes from ("TT | Nguồn kinh phí | Tổng cộng | …")
    # (and "TT | Sản phẩm | Kế hoạch 2026 | Kế hoạch 2027 …": numbered rows of figures by year, whatever names them)
    return len(known) >= 3 and ("number" in fields or "content" in fields) and (
        "content" in fields or "lead" in fields or ("budget" in fields and "targets" in fields)
        or ("number" in fields and fields.count("targets") >= 2))


def _spans(first: list[str], width: int) -> list[tuple[int, int]]:
    """(start, end) positions of each non-empty label of a header line (a label spans the empty cells after it)."""
    idx = [i for i, c in enumerate(first) if c]
    return [(i, idx[k + 1] if k + 1 < len(idx) else max(width, i + 1)) for k, i in enumerate(idx)]


def _used_width(cells: list[str]) -> int:
    return max((i + 1 for i, c in enumerate(cells) if c), default=0)


def _dedupe_merged(cells: list[str]) -> list[str]:
    """A merged header cell rendered once per grid column ('Năm 2030', 'Năm 2030') → label + empties."""
    out = list(cells)
    for i in range(len(out) - 1, 0, -1):
        if out[i] and out[i] == cells[i - 1]:
            out[i] = ""
    return out


def _sub_cells(first: list[str], second: list[str]) -> list[str]:
    """Second header line with cells that merely repeat the label above them (vertical merge) blanked."""
    return [("" if i < len(first) and c == first[i] else c) for i, c in enumerate(second)]


def is_header_line(text: str) -> bool:
    """True for a TAB line that reads as a table header row."""
    return "\t" in text and _is_header(_cells(text))


def _is_subheader(cells: list[str], first: list[str] | None = None) -> bool:
    """Second header line: starts with empty cells and holds labels under a spanning label."""
    if first is not None:
        cells = _sub_cells(first, cells)
    nonempty = [c for c in cells if c]
    if not cells or cells[0] or not nonempty:
        return False
    if any(len(c) > 60 or (_norm_number(c) and not YEAR.fullmatch(c)) for c in nonempty):
        return False  # a row number is data; a bare year is a label ("2027" under "Lộ trình thực hiện")
    if len(nonempty) >= 2 and all(
        classify_label(c)[0] in {"targets", "status", "lead", "coordinating", "unit", "note"} for c in nonempty
    ):
        return True
    if first is None:
        return False
    first = _dedupe_merged(first)
    return _positional(_spans(first, _used_width(cells)), first, cells)


_DESCRIPTIVE = {"lead", "coordinating", "content", "number", "unit", "deadline", "note", "legal_basis"}


def _positional(spans: list[tuple[int, int]], first: list[str], second: list[str]) -> bool:
    """Every sub-label stands under a spanning label, and no year/value sub-label stands under a
    descriptive one (an OCR header whose sub-labels slid right is read the old way)."""
    wide = False
    for p, c in enumerate(second):
        if not c:
            continue
        span = next(((a, b) for a, b in spans if a <= p < b), None)
        if span is None:
            return False
        wide = wide or span[1] - span[0] >= 2
        if classify_label(first[span[0]])[0] in _DESCRIPTIVE and classify_label(c)[0] in VALUE_FIELDS \
                and not all(period_of_time(x) for x in second if x):
            # (periods under "Tiến độ thực hiện" are a timeline's columns, not slid sub-labels)
            return False
    return wide


def _stacked(first: list[str], second: list[str]) -> list[str]:
    """Two header lines as one, for a third line below them: each label of the second line under its
    spanning label of the first ("Mục tiêu – Năm 2027"), a label of the first alone where the second
    has none below it (a vertically merged cell); the span's other positions stay ""."""
    first = [_join_split_years(c) for c in first]
    below = _sub_cells(first, [_join_split_years(c) for c in second])
    merged = _dedupe_merged(first)
    out = list(merged) + [""] * max(0, len(below) - len(merged))
    for a, b in _spans(merged, max(len(merged), _used_width(below))):
        subs = [p for p in range(a, b) if p < len(below) and below[p]]
        for p in subs:
            out[p] = spanned(merged[a], below[p])
        if subs and subs[0] != a:
            out[a] = ""
    return out


def _span_column(span: str, sub: str) -> Column:
    """Column under a spanning label: the sub-label decides, the spanning label supplies a year/role."""
    fld, year = classify_label(sub)
    label = spanned(span, sub)
    if fld in ("other", "result") or (fld in ("targets", "status") and not year):
        both, both_year = classify_label(f"{sub} {span}")
        if both != "other" and (both_year or both not in ("targets", "status") or fld == "other"):
            fld, year = both, both_year
    return Column(label, fld, year)


def _join_split_number_label(label: str) -> str:
    """"ST T" → "STT": the number column's label wrapped inside its narrow column (a PDF's lines of one
    cell joined by a space); only short capital pieces whose joined form is a number column's label."""
    pieces = label.split()
    if 2 <= len(pieces) <= 3 and all(p.isupper() and len(p) <= 3 for p in pieces):
        joined = "".join(pieces)
        if classify_label(joined)[0] == "number":
            return joined
    return label


def unlabelled(k: int) -> str:
    """The label given to the ``k``-th column (from 0) when the header prints none: "Cột 1", "Cột 2", …"""
    return f"Cột {k + 1}"


def build_columns(first: list[str], second: list[str] | None) -> list[Column]:
    """Columns from one or two header lines; a spanning label is replaced by its sub-labels."""
    first = [_join_split_number_label(_join_split_years(c)) for c in first]
    second = [_join_split_number_label(_join_split_years(c)) for c in second] if second else second
    if not second:
        cols = []
        for k, label in enumerate(first):
            fld, year = classify_label(label)
            cols.append(Column(label or unlabelled(k), fld, year))
        return cols
    second = _sub_cells(first, second)
    merged = _dedupe_merged(first)
    spans = _spans(merged, _used_width(second))
    positional = _positional(spans, merged, second)
    if positional:
        cols: list[Column] = []
        for a, b in spans:
            label = merged[a]
            if b - a < 2:
                sub = second[a] if a < len(second) else ""
                if sub:  # a label split over the two header lines
                    cols.append(_span_column(label, sub))
                else:
                    fld, year = classify_label(label)
                    cols.append(Column(label, fld, year))
                continue
            for p in range(a, b):
                sub = second[p] if p < len(second) else ""
                if sub:
                    cols.append(_span_column(label, sub))
                else:
                    fld, year = classify_label(label)
                    cols.append(Column(f"{label} ({p - a + 1})", fld, year))
        return cols
    subs = [c for c in second if c]
    # Misaligned (OCR): the spanning label is the first one followed by empty cells.
    span_at = next((i for i, c in enumerate(first) if c and i + 1 < len(first) and not first[i + 1]), None)
    cols = []
    for i, label in enumerate(first):
        if not label:
            continue
        if i == span_at:
            for sub in subs:
                cols.append(_span_column(label, sub))
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
    after_header: bool = False  # the first row after a (repeated) header: may continue the row before the break


@dataclass
class _Table:
    columns: list[Column]
    header_key: str
    rows: list[_RawRow] = field(default_factory=list)
    line_start: int = 0  # first source line of the header
    header_lines: list[int] = field(default_factory=list)  # source lines of every header (incl. repeats)
    caption: str = ""
    caption_line: int = 0
    headerless: bool = False  # no header row: labels are "Cột N" or an unrecognised first line
    totals: list[_RawRow] = field(default_factory=list)  # "Tổng cộng" rows: no row of the table, kept as text
    spanned: bool = False  # a part's title laid out as lines of its own has been read as a row
    labelled: bool = False  # read by a line of labels no wording rule knows, over unnumbered rows
    record_keys: int = 0  # a table of stacked records (see _record_pair_header): the cells of a record's key line


def _header_key(cells: list[str]) -> str:
    """Same header whatever the spacing ('STT' and 'S T T' from a narrow PDF column)."""
    return "|".join(re.sub(r"\s+", "", fold(c)) for c in cells)


_SPACED_NUMBER = re.compile(r"^[\dIVXLC](?: ?[\dIVXLC.])*\.?$")


def _compact_number(cell: str) -> str:
    """'1 0' → '10', 'II I' → 'III', '4. 5' → '4.5': a row number wrapped inside a narrow column."""
    if " " in cell and len(cell) <= 12 and _SPACED_NUMBER.match(cell):
        joined = cell.replace(" ", "")
        if _NUMBER.match(joined) or is_roman(joined.rstrip(".")):
            return joined
    return cell


_YEAR_GROUP = re.compile(
    r"^(?:(?:cac |nhom )?(?:chi tieu|muc tieu|nhiem vu|ket qua)\s+)?(?:den|toi|trong|den het|giai doan|nam|tu)\s+(?:het\s+)?(?:nam\s+)?20\d\d")
_LETTER = re.compile(r"^([A-ZĐ])[.)]?$")
#: A part of a numbered row: "a)", "b.", "(c)" in the number column under it.
_SUB_LETTER = re.compile(r"^\(?([a-zđ])[.)]$")
#: The group level of the row a part belongs to: below every numbered group.
_PART_LEVEL = 99
#: a first cell naming a group by a word and its numeral ("Nhóm 1", "Phần II", "Lĩnh vực 3", "Trụ cột A")
_GROUP_WORD = re.compile(rf"^(?:{'|'.join(GROUP_WORDS)})\s+(?:\d{{1,2}}|[ivxlc]+|[a-z])[.:]?$")


def _is_bold(raw: str) -> bool:
    """Every non-empty cell of the source line is bold (markdown ** or <b>/<strong>)."""
    cells = [c.strip() for c in raw.split("\t") if c.strip()]
    return bool(cells) and all(
        re.fullmatch(r"(\*\*|__).+(\*\*|__)|<(b|strong)>.+</(b|strong)>", c, re.IGNORECASE) for c in cells
    )


def _is_group_cells(cells: list[str], columns: list[Column], raw: str = "") -> tuple[bool, str | None, str]:
    """(is_group, numeral, label) for group rows like 'I | Phát triển hạ tầng số', 'A | Đến năm 2030',
    '| Đến năm 2030 |' or a row printed in bold."""
    nonempty = [c for c in cells if c]
    if not nonempty:
        return False, None, ""
    first = cells[0]
    rest_empty = all(not c for c in cells[2:])
    if first and is_roman(first.rstrip(".")) and rest_empty and len(cells) >= 2 and cells[1]:
        return True, first.rstrip("."), cells[1]
    if first and _LETTER.match(first) and rest_empty and len(cells) >= 2 and cells[1] and not _norm_number(first):
        return True, _LETTER.match(first).group(1), cells[1]
    if first and _GROUP_WORD.match(fold(squash(strip_markup(first)))) and rest_empty and len(cells) >= 2 and cells[1]:
        return True, squash(strip_markup(first)).rstrip(".:"), cells[1]
    if first and len(nonempty) == 1 and re.search(r"[^\W\d_]{2,}", first):
        m = re.match(r"^([IVXLC]+)[.\s]+(.+)$", first)
        if m and is_roman(m.group(1)):
            return True, m.group(1), m.group(2).strip()
        # "1. Tỉnh Sơn La" under "I. TÂY BẮC BỘ", number and name in one cell: a group below the Roman one
        m = re.match(r"^(\d+(?:\.\d+)*)\.\s+(\D.*)$", first)
        if m:
            return True, m.group(1), m.group(2).strip()
        return True, None, first
    if not first and len(nonempty) == 1 and len(nonempty[0]) <= 100:
        text = nonempty[0]
        if text[:1].isupper() and (_YEAR_GROUP.match(fold(text)) or (raw and _is_bold(raw))):
            return True, None, text
    if raw and _is_bold(raw) and len(nonempty) <= 2 and (not first or not _norm_number(first)) and rest_empty \
            and not _SUB_LETTER.match(first):  # ("a) | Nhóm …" in bold: a lettered part, read as one below)
        return True, first.rstrip(".") or None, cells[1] if len(cells) > 1 and cells[1] else first
    return False, None, ""


#: The end of a sentence: a note's, not a group's title ("… (chi tiết trong Kế hoạch của cơ quan, đơn vị).").
_NOTE_SENTENCE = re.compile(r"[.;!?][)\]\"”'*_]*\s*$")
#: A note printed across a table is a sentence of at least this many words (a group's title without a numeral, in a
#: table whose groups are numbered, is shorter or no sentence). Chosen by reading, not tuned.
NOTE_MIN_WORDS = 12
#: A part's mark in lower case in the number column ("a", "b.", "c)"): a part below the numbered one above it.
_LOWER_MARK = re.compile(r"^\(?([a-zđ])[.)]?$")
#: A figure grouped in thousands ("356.104.944", "1,311,038"): a sum, not a year or a count.
_GROUPED_FIGURE = re.compile(r"^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?$")
#: The fewest cells a cost table's fullest row fills for a row stating only a sum there to be a part's total.
SUBTOTAL_MIN_CELLS = 6


def _is_subtotal_row(cells: list[str], widest: int) -> bool:
    """Whether a row gives a part's name and its sum only ("1.1 | Vùng nuôi tôm nước lợ | | … | 428.418.252"),
    in a table whose fullest row fills SUBTOTAL_MIN_CELLS cells or more: one or two figures grouped in
    thousands, three cells or more fewer than the fullest row."""
    if len(cells) < 3 or not cells[0] or not cells[1] or widest < SUBTOTAL_MIN_CELLS:
        return False
    figures = [re.sub(r"\s+", "", strip_markup(c)) for c in cells[2:] if c]  # ("1.311.038.94 6": a figure a narrow column wrapped)
    return 1 <= len(figures) <= 2 and all(_GROUPED_FIGURE.match(f) for f in figures) and widest - 2 - len(figures) >= 3


def extract_tables(lines: list[LogicalLine], start: int, end: int) -> list[_Table]:
    """Find the tables in lines[start:end] and collect their raw rows."""
    tables: list[_Table] = []
    current: _Table | None = None
    orphans: list[int] = []  # TAB lines seen while no header is open
    just_header = False

    def settle_orphans() -> None:
        if orphans:
            table = _headerless(lines, orphans, start)
            if table is not None:
                tables.append(table)
            orphans.clear()

    i = start
    after_gap = False  # a blank line since the last table line
    while i < end:
        line = lines[i]
        if "\t" not in line.text:
            if current is not None and _repeats_header(line.text, current) and _data_row_follows(lines, i + 1, end, current):
                # the header printed again on a new page, as plain lines (its second line too): the table goes on
                i = _past_header_words(lines, i + 1, end, current)
                continue
            if current is not None and (spanning := _spanning_row(lines, i, end, current)) is not None:
                # a part's title spanning the columns, which a PDF lays out as lines of their own: a row of the table
                row, i = spanning
                if not current.spanned and (first := _caption_part(current, row)) is not None:
                    current.rows.insert(0, first)  # ("I. …" printed above the header is the first part's title)
                current.spanned = True
                current.rows.append(row)
                continue
            if line.text.strip() and not _looks_like_page_noise(line.text):
                current = None  # prose ends the table
                settle_orphans()
            after_gap = after_gap or not line.text.strip()
            i += 1
            continue
        gap, after_gap = after_gap, False
        cells = _cells(line.text)
        if not any(cells):
            i += 1
            continue
        pair = _record_pair_header(lines, i, end)
        if pair is not None and _is_header(pair[0]):
            settle_orphans()
            key = _header_key(pair[0])
            if current is None or current.header_key != key:
                current = _Table(build_columns(pair[0], None), key, line_start=line.line_start, record_keys=pair[1])
                current.caption, current.caption_line = _caption_before(lines, i, start)
                tables.append(current)
            current.header_lines += [line.line_start, lines[i + 1].line_start]
            i += 2
            just_header = True
            continue
        if _is_header(cells):
            settle_orphans()
            second = third = None
            first = _cells(line.text, keep_trailing=True)
            if i + 1 < end and "\t" in lines[i + 1].text:
                nxt = _cells(lines[i + 1].text, keep_trailing=True)
                if _is_subheader(nxt, first):
                    second = nxt
                    if i + 2 < end and "\t" in lines[i + 2].text:
                        # a third header line ("Mục tiêu" › "Năm 2027" › "Theo KH 41" / "Sau điều chỉnh")
                        below = _sub_cells(_sub_cells(first, second), _cells(lines[i + 2].text, keep_trailing=True))
                        if _is_subheader(below, _stacked(first, second)):
                            third = below
            key = _header_key(cells)
            if current is None or current.header_key != key:
                columns = build_columns(_stacked(first, second), third) if third else \
                    build_columns(_cells(line.text, keep_trailing=bool(second)), second)
                before = current
                current = _Table(columns, key, line_start=line.line_start)
                current.caption, current.caption_line = _caption_before(lines, i, start)
                tables.append(current)
                if before is not None and not gap:
                    # group rows right above the new header ("B | PHÁT TRIỂN … NGÀNH, LĨNH VỰC", "I | Nông nghiệp"
                    # over a later part printed with its own header) head the rows below it, not the part above
                    current.rows[:0] = _trailing_group_rows(before)
            current.header_lines.append(line.line_start)
            for extra in range(1, 1 + bool(second) + bool(third)):
                current.header_lines.append(lines[i + extra].line_start)
            i += 1 + bool(second) + bool(third)
            just_header = True
            continue
        if _is_column_numbers(cells):
            if current is not None:  # "(1) (2) (3) …" under the header: part of the header
                current.header_lines.append(line.line_start)
            i += 1
            continue
        if current is not None and gap and 2 * len(_cells(line.text, keep_trailing=True)) <= len(current.columns):
            # after a blank line, a block of half the columns or fewer is another table (a signature
            # block laid out as a two-column table after the appendix), not this one's continuation
            current = None
        if current is None:
            orphans.append(i)
            i += 1
            continue
        current.rows.append(_RawRow(_cells(line.text, keep_trailing=True), line.line_start, line.line_end, [line.text],
                                    after_header=just_header and len(current.header_lines) > 1))
        just_header = False
        i += 1
    settle_orphans()
    for t in tables:
        if t.record_keys:
            t.rows = _stacked_records(t)
    for t in tables:  # a trailing header cell that only the sub-header filled stays a column
        while t.columns and not t.columns[-1].label.strip() and t.columns[-1].field == "other":
            t.columns.pop()
    return tables


#: How many lines below a header of stacked records its first detail line may stand (under a group's title
#: and its first key line, or a few group titles)
RECORD_LOOKAHEAD = 6


def _record_pair_header(lines: list[LogicalLine], i: int, end: int) -> tuple[list[str], int] | None:
    """A header of stacked records: its first line labels a record's key line ("STT | Nhiệm vụ", the rest
    empty), its second line, empty under the key's number, labels the detail lines below each key ("| Sản
    phẩm | Thời hạn | Chủ trì | …") — a table that prints each task across the page over one line per
    product. (The header as one line, the key's labels then the details' from under the key's last label;
    the key's cell count) or None. A header whose last label spans sub-labels over rows that fill every
    column ("Tiến độ thực hiện" over quarters) is no such header: below it, a detail line (empty under the
    key's cells) comes before any row that fills both the key's cells and the details'."""
    if i + 1 >= end or "\t" not in lines[i + 1].text:
        return None
    first = _cells(lines[i].text, keep_trailing=True)
    k = _used_width(first)
    if k < 2 or not all(first[:k]):
        return None  # (every data row of a table ends here: its second line is not read)
    second = _cells(lines[i + 1].text, keep_trailing=True)
    width = max(len(first), len(second))
    first += [""] * (width - len(first))
    second += [""] * (width - len(second))
    # (the key's number cell merged down both header rows reads in each: "TT | Tên nhiệm vụ" over "TT | Cơ quan
    # chủ trì | …", as a merged cell's text repeats in every row it covers — and so in each record's two lines)
    if width - k < 2 or (any(second[:k - 1]) and second[:k - 1] != first[:k - 1]) or not all(second[k - 1:]):
        return None
    if any(len(c) > 80 for c in second):
        return None
    key: list[str] | None = None
    for line in lines[i + 2:min(end, i + 2 + RECORD_LOOKAHEAD)]:
        if "\t" not in line.text:
            continue
        cells = _cells(line.text, keep_trailing=True) + [""] * width
        if key is not None and _details_of(cells, key, k) and any(cells[k - 1:]):
            return first[:k] + second[k - 1:], k
        if any(cells[:k - 1]) and any(cells[k:]):
            return None
        key = cells if any(cells[:k - 1]) else key
    return None


def _details_of(cells: list[str], key: list[str], k: int) -> bool:
    """Whether a line is a detail line of the key line ``key``: empty under the key's first ``k - 1`` cells, or
    repeating them (the key's number merged down its record's lines) with a detail of its own — beyond the key's
    cells, or under the key's last one where it differs from the key's ("2. | Công an tỉnh", a lead alone)."""
    if not any(cells[:k - 1]):
        return True
    # (a bullet, "-", marks each item of a list anew: the same bullet again with nothing beyond the key's cells is the
    # next item's key line; with details of its own, it is a bullet merged down its item's lines)
    if all(BULLET_CELL.match(c.strip()) for c in cells[:k - 1] if c.strip()) and not any(cells[k:]):
        return False
    return cells[:k - 1] == key[:k - 1] and (any(cells[k:]) or bool(cells[k - 1]) and cells[k - 1] != key[k - 1])


def _stacked_records(table: _Table) -> list[_RawRow]:
    """The rows of a table of stacked records (``record_keys`` key cells): each detail line a row with its
    key's cells before it (as a merged cell's text repeats in each row it covers); a key line with no
    detail line under it (a group's title) a row as it stands."""
    k = table.record_keys
    out: list[_RawRow] = []
    key: _RawRow | None = None
    used = False

    def key_alone() -> None:  # a key line no detail line followed: a row as it stands
        if key is not None and not used:
            out.append(_RawRow(key.cells[:k], key.line_start, key.line_end, key.texts, key.after_header))

    for row in table.rows:
        cells = row.cells + [""] * max(0, k - len(row.cells))
        if key is not None and _details_of(cells, key.cells + [""] * k, k):  # a detail line of the key above
            out.append(_RawRow(key.cells[:k] + cells[k - 1:], row.line_start if used else key.line_start, row.line_end,
                               ([] if used else key.texts) + row.texts, row.after_header and used))
            used = True
        elif any(cells[:k - 1]) and not any(cells[k:]):  # a key line
            key_alone()
            key, used = row, False
        else:  # a row of neither kind (the detail lines below it are no key's)
            key_alone()
            key = None
            out.append(row)
    key_alone()
    return out


def _trailing_group_rows(table: _Table) -> list[_RawRow]:
    """The group rows ending ``table`` — a mark ("B", "I", "2.") and a label, every other cell empty — taken off it."""
    taken: list[_RawRow] = []
    while table.rows:
        cells = table.rows[-1].cells
        filled = [c for c in cells if c.strip()]
        if not (len(filled) == 2 and len(cells) >= 3 and _MARKER_CELL.match(cells[0].strip())):
            break
        taken.insert(0, table.rows.pop())
    return taken


_WORD = re.compile(r"\w+")


def _header_words(table: _Table) -> set[str]:
    """The folded words of a table's column labels."""
    return {w for c in table.columns for w in _WORD.findall(fold(c.label))}


def _repeats_header(text: str, table: _Table) -> bool:
    """Whether a line without cells says only words of the table's header ("TT Chỉ tiêu ĐVT ƯTH Năm 2025
    …" over a page's rows, its cells lost): three words or more, each a word of the header's labels, and
    half of the header's words at least, or its first label's ("Đơn vị thực hiện" is a caption)."""
    words = _WORD.findall(fold(text))
    if len(words) < 3:
        return False
    labels = _header_words(table)
    first = _WORD.findall(fold(table.columns[0].label)) if table.columns else []
    return set(words) <= labels and (2 * len(set(words)) >= len(labels) or bool(first) and words[:len(first)] == first)


def _past_header_words(lines: list[LogicalLine], i: int, end: int, table: _Table) -> int:
    """The index of the first line from ``i`` that is none of: blank, page noise, plain words of the table's header."""
    labels = _header_words(table)
    while i < end and "\t" not in lines[i].text and (
            not lines[i].text.strip() or _looks_like_page_noise(lines[i].text) or set(_WORD.findall(fold(lines[i].text))) <= labels):
        i += 1
    return i


def _data_row_follows(lines: list[LogicalLine], i: int, end: int, table: _Table) -> bool:
    """Whether the line after the header's words (``_past_header_words``) is a row of the table, not prose or a header."""
    j = _past_header_words(lines, i, end, table)
    return j < end and "\t" in lines[j].text and not _is_header(_cells(lines[j].text))


#: A cell numbering a column: "3", "(3)", "C", or a number with the sum it stands for ("4=3/2", "(7)=(5)-(6)").
_COLUMN_KEY = re.compile(r"\(?(\d{1,2}|[A-Z])\)?(?:\s*=\s*[\d()+\-*/x:.,\s]+)?")


def _is_column_numbers(cells: list[str]) -> bool:
    """A row that only numbers the columns: "(1) (2) (3) …", "1 2 3 …", "A B C …", or letters then
    numbers as a finance template prints them ("A B 1 2 3 4=3/2 5 6")."""
    nonempty = [c.strip() for c in cells if c.strip()]
    if len(nonempty) < 3 or len(nonempty) < len(cells) - 1:
        return False
    keys = []
    for c in nonempty:
        m = _COLUMN_KEY.fullmatch(c)
        if not m:
            return False
        keys.append(m.group(1))
    letters = [k for k in keys if not k.isdigit()]
    if keys[:len(letters)] != letters:  # letters first, then numbers
        return False
    numbers = [int(k) for k in keys[len(letters):]]
    codes = [ord(k) for k in letters]
    return all(b == a + 1 for a, b in zip(codes, codes[1:])) and all(b == a + 1 for a, b in zip(numbers, numbers[1:])) \
        and (not numbers or not letters or numbers[0] == 1)


def _groups_before_numbers(rows: list[list[str]]) -> bool:
    """Rows whose first cell names a group of rows — printed once per group (a merged cell) or on every row —
    and whose second cell numbers them: "I. NHÓM XÃ, PHƯỜNG | 1 | …", "I. NHÓM XÃ, PHƯỜNG | 2 | …". One label
    per row is a column of names, not of groups. (The one test of :func:`_lift_group_column` and of a table
    read without a header, :func:`_headerless`.)"""
    rows = [r for r in rows if len(r) >= 2]
    numbers = [r[1] for r in rows if r[1]]
    labels = [r[0] for r in rows if r[0]]
    return len(rows) >= 3 and len(numbers) >= 0.8 * len(rows) and sum(bool(_row_number(c)) for c in numbers) >= 0.8 * len(numbers) \
        and bool(labels) and len(set(labels)) <= len(rows) / 2 \
        and not any(_row_number(c) or not re.search(r"[^\W\d_]{2,}", c) for c in labels)


def _headerless(lines: list[LogicalLine], idxs: list[int], start: int) -> _Table | None:
    """A run of TAB lines without a recognised header, read as a table when it has numbered rows (or, without
    them, under a line of labels: :func:`_labelled_unnumbered`).

    Its first line stands for the header when it is not numbered and the lines after it are (the
    labels are kept, their wording may still decide roles); otherwise the columns are "Cột 1",
    "Cột 2", … and only cell content decides their roles (see :func:`decide_roles`).
    """
    if len(idxs) < 2:
        return None
    cells = [_cells(lines[k].text, keep_trailing=True) for k in idxs]
    # ("Chỉ tiêu 1 | Năm 2025 đạt …", a table of two columns and maybe two rows, a Word table per goal: the
    # rows are numbered by their kind and number, see read_table)
    by_kind = _numbered_by_kind([c[0] for c in cells if c and c[0]])
    if len(idxs) < 3 and not by_kind:
        return None
    numbered = [c for c in cells if c and (_norm_number(c[0]) or by_kind and _kind_and_number(c[0]))]
    # ("Nhóm | STT | Tiêu chí | …": a first column that names each run of rows' group — a merged cell
    # printed on every row — before the numbers; :func:`_lift_group_column` makes its labels group rows)
    # (as _lift_group_column, 4 columns at least: a group, a number, a name and a value)
    grouped = len(numbered) < 2 and _groups_before_numbers([c for c in cells[1:] if len(c) >= 4])
    if grouped:
        numbered = [c for c in cells if len(c) > 1 and _norm_number(c[1])]
    if len(numbered) < 2:
        return _labelled_unnumbered(lines, idxs, start, cells)
    widths = sorted(_used_width(c) for c in numbered)
    width = widths[len(widths) // 2]
    if width < (2 if by_kind else 3):
        return None
    first = cells[0]
    body_from = 0
    labels = [unlabelled(k) for k in range(width)]
    # labels are short, or printed in capitals ("CÁC LUẬT, NGHỊ ĐỊNH, QUYẾT ĐỊNH … CẦN SỬA ĐỔI, BỔ SUNG")
    # (rows numbered by their kind have no such line: the first is one of them, or a group's title above
    # them, "a) Lĩnh vực lao động:")
    kind_row = bool(by_kind and first and (_kind_and_number(first[0]) or _used_width(first) < width))
    if first and first[0] and not _norm_number(first[0]) and not kind_row \
            and all(len(c) <= 60 or len(c) <= 160 and c == c.upper() for c in first) \
            and _used_width(first) >= width - 1 and not is_roman(first[0].rstrip(".")):
        labels = [first[k] if k < len(first) and first[k] else labels[k] for k in range(width)]
        body_from = 1
    cols = []
    for k, label in enumerate(labels):
        fld, year = classify_label(label) if body_from else ("other", None)
        if k == int(grouped) and fld == "other":
            fld = "number"
        if by_kind and width == 2 and k == 1 and fld == "other":
            # ("Chỉ tiêu 1 | Năm 2025 đạt 60% …": beside each row's kind and number, what the row is)
            cols.append(Column(label, "content", None, basis=KIND_NUMBER_BASIS))
            continue
        cols.append(Column(label, fld, year, basis="cells" if k == 0 and not body_from else "header"))
    header_line = lines[idxs[0]]
    table = _Table(cols, "", line_start=header_line.line_start, headerless=not body_from)
    table.caption, table.caption_line = _caption_before(lines, idxs[0], start)
    _take_rows(table, lines, idxs[body_from:], first if body_from else None)
    return table


def _take_rows(table: _Table, lines: list[LogicalLine], idxs: list[int], header: list[str] | None) -> None:
    """The lines ``idxs`` as the table's rows; a line that repeats the ``header`` (the header printed again on
    the next page) — or, under a header of labels, repeats any of its labels (its second line, a blank form's
    labels) — is the header's."""
    key = _header_key(header) if header is not None else None
    labels = {c for c in header or () if c}
    for k in idxs:
        line = lines[k]
        row = _cells(line.text, keep_trailing=True)
        if key is not None and (_header_key(row) == key or table.labelled and labels & set(row)):
            table.header_lines.append(line.line_start)
            continue
        table.rows.append(_RawRow(row, line.line_start, line.line_end, [line.text]))


#: A table that numbers no rows is read by its first line when that line is a row of labels: this many
#: of them or more, none longer than MAX_LABEL characters ...
MIN_LABELS = 3
MAX_LABEL = 60
#: ... over this many rows or more that fill two cells or more ...
MIN_UNNUMBERED_ROWS = 2
#: ... and fill, as their median, this share of the labelled columns or more (a merged cell left empty
#: in the rows below its first leaves a row short of the labels, never by half).
MIN_FILLED_SHARE = 0.5


def _labelled_unnumbered(lines: list[LogicalLine], idxs: list[int], start: int, cells: list[list[str]]) -> _Table | None:
    """A run of TAB lines whose rows carry no numbers, under a first line of labels the wording rules do
    not know ("Tên văn bản | Cơ quan trình | Cơ quan soạn thảo | … | Tiến độ"): a table all the same —
    a Word or Markdown table states its rows; only a line of labels over them says which is the header.
    The labels are distinct, short, none a number or a value, one of them read as the name column's
    ("Tên …", "Nội dung") over names in words, and the rows below fill most of them."""
    first = cells[0]
    labels = [c for c in first if c]
    if len(labels) < MIN_LABELS or len(set(labels)) < len(labels) or not first[0] or is_roman(first[0].rstrip(".")):
        return None
    if any(len(c) > MAX_LABEL or _norm_number(_compact_number(c)) or cell_kind(c) == "value" for c in labels):
        return None
    named = [k for k, c in enumerate(first) if c and classify_label(c)[0] == "content"]
    if not named:
        return None
    # (the name column names things in words: not a year's figures, "Năm 2026 | 6.200 | …", nor a blank
    # form's dots, "...... | ......")
    # (a line repeating a label is the header's second line, or a blank form's: "Tên tàu | Hô hiệu | MMSI")
    body = [row for row in cells[1:] if not set(labels) & set(row)]
    names = [row[named[0]] for row in body if len(row) > named[0] and row[named[0]]]
    worded = [c for c in names if len(re.findall(r"[^\W\d_]{2,}", c)) >= 2]
    if len(worded) < MIN_UNNUMBERED_ROWS or len(worded) < 0.8 * len(names):
        return None
    filled = [sum(bool(c) for c in row) for row in body]
    data = sorted(n for n in filled if n >= 2)
    if len(data) < MIN_UNNUMBERED_ROWS or data[len(data) // 2] < MIN_FILLED_SHARE * len(labels):
        return None
    width = _used_width(first)
    cols = [Column(label or unlabelled(k), *classify_label(label)) if label else Column(unlabelled(k), "other", None)
            for k, label in enumerate(first[:width])]
    header_line = lines[idxs[0]]
    table = _Table(cols, _header_key(first), line_start=header_line.line_start)
    table.labelled = True
    table.header_lines.append(header_line.line_start)
    table.caption, table.caption_line = _caption_before(lines, idxs[0], start)
    _take_rows(table, lines, idxs[1:], first)
    return table


_CAPTION_SKIP = re.compile(r"^\(?\s*(?:ban hanh )?kem theo|^\(?\s*don vi( tinh)?\s*:|^trang\s+\d+")


#: a caption that numbers its table ("Bảng 1.", "Biểu 2:", "Table 3")
_NUMBERED_CAPTION = re.compile(r"^(?:Bảng|Biểu|Table)\s+\d+\b", re.IGNORECASE)


def _caption_before(lines: list[LogicalLine], i: int, start: int) -> tuple[str, int]:
    """Nearest caption/heading line above the header at ``i`` (within a few lines, not past ``start``)."""
    seen = 0
    for j in range(i - 1, max(start - 1, i - 12) - 1, -1):
        if j < 0:
            break
        text = lines[j].text
        if "\t" in text:
            cells = [c for c in _cells(text) if c]
            if len(cells) == 1 and not _norm_number(cells[0]) and j == i - 1:
                return cells[0], lines[j].line_start  # a title row spanning the table
            return "", 0  # another table right above: no caption of its own
        clean = squash(strip_markup(text))
        if not clean or _looks_like_page_noise(clean) or _CAPTION_SKIP.match(fold(clean).lstrip("*_ ")):
            continue
        seen += 1
        if len(clean) <= 250:
            above = squash(strip_markup(lines[j - 1].text)) if j - 1 >= max(start, 0) and "\t" not in lines[j - 1].text else ""
            if above and _NUMBERED_CAPTION.match(above) and not _NUMBERED_CAPTION.match(clean) and len(above) + len(clean) <= 250:
                # "Bảng 1. Một số kết quả … (tính đến ngày" / "30/6/2025)": a caption wrapped over two lines
                return f"{above} {clean}", lines[j - 1].line_start
            return clean, lines[j].line_start
        if seen >= 2:
            break
    return "", 0


#: a row number printed in brackets ("(17)"), as plans number the targets of their text
_BRACKETED_NUMBER = re.compile(r"^\((\d+(?:\.\d+)*)\)$")


def _row_number(cell: str) -> str | None:
    """A row number as printed in a number column: '17', '17.' or '(17)'."""
    m = _BRACKETED_NUMBER.match(cell.strip())
    return _norm_number(m.group(1) if m else cell)


def _lift_group_column(table: _Table) -> None:
    """'Nhóm mục tiêu | Chỉ tiêu số | Nội dung | …': a first column naming each row's group — printed
    once per group (a merged cell, as Word-to-Markdown and PDF text give it) or on every row — before
    the column that numbers the rows. Its labels become group rows above their rows, and the number
    column comes first, as in a table whose groups are rows of their own."""
    cols = table.columns
    if getattr(table, "_decided", False) or len(cols) < 4 or cols[0].field == "number" \
            or not _groups_before_numbers([r.cells for r in table.rows]):
        return
    lifted: list[_RawRow] = []
    current = None
    for r in table.rows:
        label, rest = (r.cells[0], r.cells[1:]) if r.cells else ("", [])
        if label and label != current:
            if lifted and lifted[-1].cells[0] == current and not any(rest):
                label = f"{current} {label}"  # a group label wrapped onto the next line
                lifted.pop()
            lifted.append(_RawRow([label] + [""] * (len(cols) - 2), r.line_start, r.line_start, [label]))
            current = label
        if any(rest):
            if rest and _row_number(rest[0]):
                rest = [_row_number(rest[0]) or "", *rest[1:]]
            lifted.append(_RawRow(rest, r.line_start, r.line_end, r.texts, r.after_header))
    number = cols[1]
    number.field, number.year, number.basis = "number", None, "header+cells"
    table.columns = cols[1:]
    table.rows = lifted


#: The most a row-marker column's cell holds: a number, a letter or a bullet ("12", "a)", "-", "IV.").
_MARKER_CELL = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Za-zĐđ][.)]?|\(?[a-zđ]\)|[IVXLC]{1,5}\.?|[-–+•*])$")


#: A cell that keys a row's group by its mark alone: an outline number ("1.2"), a letter ("a)", "b.").
_GROUP_KEY = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|\(?[a-zđ][.)])$")


def _lift_keys_before_kind_numbers(table: _Table) -> None:
    """'Mục tiêu | Nhóm | Chỉ tiêu | Nội dung chỉ tiêu' over '1.2 | a) | Chỉ tiêu 1 | …': columns before the one
    numbering the rows by their kind ("Chỉ tiêu 1") that key each row's group by its mark alone ("1.2", "a)"),
    printed on every row or once per group. Each key becomes a group row above its rows (the first column
    the upper level), and the key columns go; read as they stand, "1.2" was a target of the row."""
    cols = table.columns
    if getattr(table, "_decided", False) or len(cols) < 3:
        return
    at = next((k for k in range(1, min(3, len(cols) - 1) + 1)
               if _numbered_by_kind([r.cells[k] for r in table.rows if len(r.cells) > k and r.cells[k]])), None)
    if at is None:
        return
    keyed = [r for r in table.rows if len(r.cells) > at and r.cells[at]]
    firsts = [r.cells[0].strip() for r in keyed if r.cells[0].strip()]
    # (keys of groups repeat — on every row or once per group, then left empty: "1.1 | Chỉ tiêu 1" with a
    # number of its own on each row is a row's number, not its group's)
    if any(c and not _GROUP_KEY.match(c.strip()) for r in keyed for c in r.cells[:at]) \
            or not firsts or len(set(firsts)) == len(keyed):
        return
    lifted: list[_RawRow] = []
    current: list[str] = [""] * at
    width = len(cols) - at
    for r in table.rows:
        keys, rest = r.cells[:at], r.cells[at:]
        for j, key in enumerate(keys):
            if key and key != current[j]:
                current[j + 1:] = [""] * (at - j - 1)
                current[j] = key
                # (the key and its column's label, "1.2. Mục tiêu", "a) Nhóm": a group's title, read as one)
                title = f"{key.strip().rstrip('.')}. {cols[j].label}" if key.strip()[:1].isdigit() else f"{key.strip()} {cols[j].label}"
                lifted.append(_RawRow([title] + [""] * (width - 1), r.line_start, r.line_start, [title]))
        if any(rest):
            lifted.append(_RawRow(list(rest), r.line_start, r.line_end, r.texts, r.after_header))
    table.columns = cols[at:]
    table.rows = lifted


def _lift_merged_label_column(table: _Table) -> None:
    """'TT | Nhóm hoạt động | Hoạt động | Cơ quan chủ trì | …': the column after the row markers names a group
    of rows once — a cell merged down, which Markdown gives as empty cells below it and Word as the same text
    on every row — while the column after it names each row, which has values of its own (lead, partners,
    period). Its labels become group rows above their rows, and the column goes; read as it stands, each
    group's rows were one row (the empty cells read as a continuation)."""
    cols = table.columns
    if getattr(table, "_decided", False) or len(cols) < 5:
        return
    if any(c.field in VALUE_FIELDS or c.field in ("lead", "coordinating", "deadline") for c in cols[1:3]):
        return
    markers = [r.cells[0] for r in table.rows if r.cells and r.cells[0]]
    if any(not _MARKER_CELL.match(m.strip()) for m in markers):
        return  # a first column of names or numbers with text: not row markers

    def own_row(r: _RawRow) -> bool:  # the row states its own thing and at least two values beside it
        return len(r.cells) >= 4 and bool(r.cells[2]) and sum(bool(c) for c in r.cells[3:]) >= 2 \
            and not r.cells[2][:1].islower()

    data = [r for r in table.rows if own_row(r)]
    if len(data) < 4:
        return
    runs, label = 0, None
    for r in data:
        if r.cells[1] and r.cells[1] != label:
            runs, label = runs + 1, r.cells[1]
    under = len(data) - runs  # rows that share the label of a row above them
    if runs < 2 or under < runs or any(_row_number(r.cells[1]) for r in data if r.cells[1]):
        return
    lifted: list[_RawRow] = []
    label = None
    for r in table.rows:
        cells = r.cells
        if len(cells) < 3:
            lifted.append(r)
            continue
        if own_row(r) and cells[1] and cells[1] != label:
            label = cells[1]
            lifted.append(_RawRow([label] + [""] * (len(cols) - 2), r.line_start, r.line_start, [label]))
        if own_row(r) or (not cells[1] and any(cells[2:])):
            # (a bullet before the group's label marks the group, not the row)
            first = cells[0] if re.search(r"\w", cells[0]) else ""
            lifted.append(_RawRow([first, *cells[2:]], r.line_start, r.line_end, r.texts, r.after_header))
        else:  # a group row of its own ("a) | Nhóm hoạt động …"): its label stays where group labels are
            lifted.append(_RawRow([cells[0], cells[1], *cells[3:]], r.line_start, r.line_end, r.texts, r.after_header))
    table.columns = [cols[0], *cols[2:]]
    table.rows = lifted


#: A part's mark and title opening a line ("1.2 Vùng nuôi tôm hùm …", "a Các chỉ tiêu …", "II. Hội nghị …").
_SPANNING_MARK = re.compile(r"^\s*((?:[IVXLC]+|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđA-ZĐ])[.)]?)\s+([^\W\d_].*)$")
#: A sum ending a line ("… tháng 590.542.236"): grouped in thousands.
_LINE_SUM = re.compile(r"\s+(\d{1,3}(?:[.,]\d{3})+)\s*$")
#: A page's running footer or header: "… trang 7", "Page 3 of 10".
_PAGE_LINE = re.compile(r"(?i)(?:\btrang|\bpage)\s+\d+(?:\s*(?:/|of|trên)\s*\d+)?\s*$")
#: The most lines a spanning title wraps over; the most lines between it and the table going on.
SPANNING_MAX_LINES = 5
#: Labels of the column a part's sum stands in (folded): "Thành tiền", "Kinh phí", "Tổng cộng".
_SUM_LABEL = re.compile(r"\b(?:thanh tien|kinh phi|tong|du toan|so tien|gia tri)\b")


def _next_mark(before: str, text: str) -> bool:
    """Whether a line opens with the mark of a part that may follow the part marked ``before``: a letter or Roman
    numeral, or a number next at some level of it or its first sub-part ("1.3" or "2" or "1.2.1" after "1.2")."""
    m = _SPANNING_MARK.match(text)
    if not m:
        return False
    mark, prev = m.group(1).rstrip(".)"), before.rstrip(".)")
    if not mark[0].isdigit() or not prev[:1].isdigit():
        return True
    return _follows(prev, mark, child=True)


def _follows(prev: str, mark: str, child: bool = False) -> bool:
    """Whether the number ``mark`` comes next after ``prev`` at some level of it ("1.3" or "2" after "1.2"), or
    (``child``) is its first sub-part ("1.2.1")."""
    try:
        new, old = [int(x) for x in mark.rstrip(".)").split(".")], [int(x) for x in prev.rstrip(".)").split(".")]
    except ValueError:
        return False
    return (child and new == old + [1]) or any(new == old[:k] + [old[k] + 1] for k in range(len(old)))


def _caption_part(table: _Table, row: _RawRow) -> _RawRow | None:
    """The first part's title, when a table whose parts are titled between its rows ("II. HOÀN THIỆN CƠ CHẾ …"
    over the header printed again) has the part before it as its caption, above its first header ("I. NÂNG CAO
    NHẬN THỨC …"): a row of the table too, the group of the rows above the second title. None when the caption is
    no part marked just before the row's mark ("II" after "I", "B" after "A", "2" after "1")."""
    m = _SPANNING_MARK.match(table.caption or "")
    if not m or not row.cells:
        return None
    mark, label = m.group(1).rstrip(".)"), m.group(2).strip()
    nxt = row.cells[0].rstrip(".)")
    if mark[:1].isdigit() or nxt[:1].isdigit():
        follows = mark[:1].isdigit() and nxt[:1].isdigit() and _follows(mark, nxt)
    elif is_roman(mark) and is_roman(nxt):
        follows = roman_to_int(nxt) == (roman_to_int(mark) or 0) + 1
    else:
        follows = len(mark) == 1 and len(nxt) == 1 and ord(nxt.upper()) == ord(mark.upper()) + 1
    if not follows:
        return None
    cells = [mark, label] + [""] * (len(table.columns) - 2)
    return _RawRow(cells, table.caption_line, table.caption_line, [table.caption])


def _spanning_row(lines: list[LogicalLine], i: int, end: int, current: _Table) -> tuple[_RawRow, int] | None:
    """A row spanning a table's columns that a PDF laid out as plain lines ("1.2 Vùng nuôi tôm hùm … 590.542.236"
    and its title's next lines, between rows of the table): (the row — its mark, its title, its sum in the column of
    sums — and the index of the line after it), when the table goes on after it (its rows, or its header again,
    past page lines and other such titles); else None."""
    m = _SPANNING_MARK.match(lines[i].text)
    if not m or len(current.columns) < 4 or _PAGE_LINE.search(lines[i].text):
        return None
    j = i + 1
    texts = [lines[i].text]
    while j < end and j - i < SPANNING_MAX_LINES and lines[j].text.strip() and "\t" not in lines[j].text \
            and not texts[-1].rstrip().endswith(".") and not lines[j].text.lstrip()[:1].isupper() \
            and not _next_mark(m.group(1), lines[j].text) and not _PAGE_LINE.search(lines[j].text):
        # (a line opening "11 tần suất …" goes on "… tháng 9 - tháng": no part 11 follows 1.2; a capital opens a sentence)
        texts.append(lines[j].text)
        j += 1
    # the table goes on after it: past blank and page lines and other such titles (each with its wrapped lines) only
    k, titled = j, False
    while k < end and k - j < 2 * SPANNING_MAX_LINES and "\t" not in lines[k].text:
        t = lines[k].text
        if _SPANNING_MARK.match(t) and not _PAGE_LINE.search(t):
            titled = True
        elif t.strip() and not _looks_like_page_noise(t) and not (titled and not t.rstrip().endswith(".")):
            return None  # (prose, or a title followed by a sentence: another table's)
        k += 1
    if k >= end or "\t" not in lines[k].text:
        return None
    after = _cells(lines[k].text, keep_trailing=True)
    if not (_is_header(_cells(lines[k].text)) and _header_key(_cells(lines[k].text)) == current.header_key) \
            and len(after) < len(current.columns) - 1:
        return None
    title = " ".join(t.strip() for t in texts)
    first_sum = _LINE_SUM.search(lines[i].text)
    if first_sum:
        title = " ".join([_LINE_SUM.sub("", lines[i].text).strip(), *(t.strip() for t in texts[1:])])
    mark, label = _SPANNING_MARK.match(title).groups()
    cells = [mark.rstrip(".)") if len(mark) > 1 else mark, label.strip()] + [""] * (len(current.columns) - 2)
    sums = [n for n, c in enumerate(current.columns) if n >= 2 and _SUM_LABEL.search(fold(c.label))]
    if first_sum and sums:
        cells[sums[-1]] = first_sum.group(1)
    return _RawRow(cells, lines[i].line_start, lines[j - 1].line_end, [" ".join(t.strip() for t in texts)]), j


def _looks_like_page_noise(text: str) -> bool:
    """A page's number or running footer between a table's rows ("12", "- 3 -", "0134/KH-UBND · trang 7")."""
    t = text.strip()
    return bool(re.fullmatch(r"[-–\d\s/]{1,6}", t)) or (len(t) <= 60 and bool(_PAGE_LINE.search(t)))


def _norm_number(cell: str) -> str | None:
    cell = cell.strip()
    if _NUMBER.match(cell):
        return cell.rstrip(".")
    return None


#: A row's kind and number printed in its first cell in place of a bare number ("Chỉ tiêu 1", "Nhiệm vụ
#: số 12", "Hoạt động 3:"), folded: the number is the row's, the noun says what the rows are.
_KIND_AND_NUMBER = re.compile(r"^(" + "|".join(fold(n) for n in ROW_KIND_NOUNS) + r")\s+(?:so\s+)?(\d{1,3})\s*[.:]?$")
#: Of the first cells of a table's rows (its group rows among them), the share at least that print a kind
#: and a number, one kind for all, for those to be the rows' numbers.
KIND_AND_NUMBER_SHARE = 0.6


#: A group's title opened by its mark: "1.2. Mục tiêu 2 …", "a) Lĩnh vực lao động:", "II. …".
_GROUP_TITLE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.|\(?[a-zđ][.)]|[IVXLC]{1,5}\.)\s+\D")
#: The basis of a number column read from cells "<kind> N" (its label is then the kind's noun).
KIND_NUMBER_BASIS = "cells (each row's kind and number)"


def _kind_and_number(cell: str) -> tuple[str, str] | None:
    """(the kind's noun folded, the number) of a first cell "Chỉ tiêu 1", or None."""
    m = _KIND_AND_NUMBER.match(fold(squash(strip_markup(cell))).strip())
    return (m.group(1), m.group(2)) if m else None


def _numbered_by_kind(firsts: list[str]) -> str | None:
    """The kind's noun (as printed, "Chỉ tiêu") when the first cells ``firsts`` number their rows as
    "<kind> N" — two rows or more, KIND_AND_NUMBER_SHARE of the cells or more, one kind, no bare number."""
    found = [(c, k) for c in firsts if (k := _kind_and_number(c))]
    # (the groups' titles among them, "1.2. Mục tiêu 2 …", "a) Lĩnh vực lao động:", count for neither)
    firsts = [c for c in firsts if not _GROUP_TITLE.match(c.strip())]
    if len(found) < 2 or len(found) < KIND_AND_NUMBER_SHARE * len(firsts) or len({k[0] for _, k in found}) != 1 \
            or any(_norm_number(c) for c in firsts):
        return None
    return re.sub(r"\s+(?:số\s+)?\d+.*$", "", squash(strip_markup(found[0][0])).strip(), flags=re.IGNORECASE)


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


def _caption_year(*texts: str) -> str | None:
    years = {y for t in texts if t for y in ([year_of(t)] if _YEAR_RANGE.search(fold(t)) else YEAR.findall(fold(t)))}
    return years.pop() if len(years) == 1 else None


#: An act's number or a full date in a label ("Quyết định số 66/2018/QĐ-UBND ngày 28/12/2018"): no year of the rows.
_DATED_REFERENCE = re.compile(r"\d+/\d{4}/[^\s,;)]+|\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\b|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE)


def _group_year(group_labels: list[str]) -> str | None:
    """The year the groups above a row set its figures for ("Đến năm 2030"), the innermost that names one — not
    the year of an act or a date a group's title cites ("theo đơn giá của Quyết định số 66/2018/QĐ-UBND")."""
    for g in reversed(group_labels):
        y = year_of(_DATED_REFERENCE.sub(" ", g))
        if y:
            return y
    return None


def _numeric_share(values: list[str]) -> float:
    """Share of non-empty cells that state a quantity (a digit, %, ≥, ≤)."""
    cells = [v for v in values if v]
    return sum(bool(re.search(r"\d|%|≥|≤", v)) for v in cells) / len(cells) if cells else 0.0


# ------------------------------------------------------------------ header vs cells

# A cell that states a time: a year, a date, a month/quarter, a recurring period.
_DATE_LIKE = re.compile(
    r"\b20\d\d\b|\b\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\b|\b(?:thang|quy|tuan|ngay)\s+(?:\d|[ivx]+\b)"
    r"|thuong xuyen|hang (?:nam|quy|thang|tuan)|lien tuc|dinh ky|giai doan|\btruoc\b|\bden (?:het|nam|thang|quy)")
# Word roots of a progress state ("Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Quá hạn", "Đã …").
_STATUS_ROOT = re.compile(r"\b(?:hoàn thành|đang|chưa|quá hạn|trễ hạn|chậm|đã)\b")
# A header that dates what it reports to now ("Kết quả hiện nay", "Kết quả thực hiện", "Ước đạt"):
# progress so far, not the planned result.
_TIME_QUALIFIER = re.compile(r"hien nay|den nay|hien tai|thuc hien|\buoc\b|da dat|luy ke|tinh den|cap nhat")
# Roles a table has once: a second claimant is resolved by :func:`_settle_duplicates`.
_SINGLE_ROLES = ("result", "deadline", "lead", "unit")


def _date_share(values: list[str]) -> float:
    cells = [squash(v) for v in values if v and v.strip()]
    if not cells:
        return 0.0
    return sum(bool(_DEADLINE_CELL.match(fold(c)) or _DATE_LIKE.search(fold(c))) for c in cells) / len(cells)


def _kind_share(values: list[str], kind: str) -> float:
    cells = [v for v in values if v and v.strip()]
    return sum(cell_kind(c) == kind for c in cells) / len(cells) if cells else 0.0


def is_status_vocabulary(values: list[str]) -> bool:
    """A column of progress states: few distinct short values, mostly with a progress word root
    ('Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Quá hạn', 'Đã hoàn thành')."""
    cells = [squash(strip_markup(v)) for v in values if v and v.strip()]
    if len(cells) < 2:
        return False
    if sum(len(c.split()) <= 4 and len(c) <= 40 for c in cells) < 0.8 * len(cells):
        return False
    distinct = {fold(c).strip(" .;") for c in cells}
    if len(distinct) > max(4, len(cells) // 3):
        return False
    return sum(bool(_STATUS_ROOT.search(nfc(c).lower())) for c in cells) >= 0.6 * len(cells)


def _is_prose(values: list[str]) -> bool:
    """Long sentences, not quantities: the median cell has 20+ words and few cells state a number."""
    cells = [squash(v) for v in values if v and v.strip()]
    if len(cells) < 2:
        return False
    words = sorted(len(c.split()) for c in cells)
    return words[len(words) // 2] >= 20 and _numeric_share(cells) < 0.5


def _settle_contradictions(cols: list[Column], columns_values: list[list[str]]) -> None:
    """A header that names a role its cells contradict does not get that role.

    A 'deadline' column whose cells are mostly not times, a 'lead' column whose cells are not
    agencies, a target column of long prose: the column becomes ``status`` when its cells are a
    small vocabulary of progress states, otherwise it stays under its own label, flagged unsure.
    """
    for col, values in zip(cols, columns_values):
        if sum(bool(v and v.strip()) for v in values) < 2:
            continue
        f = col.field
        if f == "deadline":
            wrong = _date_share(values) < 0.5
            why = "header names a deadline, cells are not dates"
            year = year_of(col.label)
            if wrong and year and _numeric_share(values) >= 0.5:
                # "Lộ trình 2028", "Mốc 2030" over "95%", "3 triệu": a time plan's value for that year
                col.field, col.year, col.basis = "targets", year, "header (a time plan's year) + cells (quantities)"
                continue
        elif f == "lead":
            if _TASKS_LED.match(fold(col.label)) and _kind_share(values, "agency") < 0.3 and not is_status_vocabulary(values) \
                    and not any(c.field == "content" for c in cols) \
                    and any(c.field == "lead" or _kind_share(v, "agency") >= 0.5 for c, v in zip(cols, columns_values) if c is not col):
                # "Nhiệm vụ chủ trì" (the tasks a unit leads; its first words name what the cells are) beside a
                # column of the units ("Đơn vị"): the tasks are the rows' content, the units column says who leads
                col.field, col.year, col.basis = "content", None, "header (tasks led) + cells (not agencies)"
                continue
            wrong = _kind_share(values, "agency") < 0.3 and (
                is_status_vocabulary(values) or profile(values)[0] in ("deadline", "value") or _is_prose(values))
            why = "header names a lead agency, cells are not agencies"
        elif f == "targets" and not col.by_group:
            # a name column headed like a target ('Chỉ tiêu năm 2030') is settled in decide_roles
            wrong = _is_prose(values) and not (_CONTENT.search(fold(col.label)) and not any(
                c.field == "content" for c in cols))
            why = "header names a target, cells are long prose"
        else:
            continue
        if not wrong:
            continue
        if is_status_vocabulary(values):
            col.field, col.year, col.basis = "status", None, "cells (progress states; " + why + ")"
        else:
            col.field, col.year, col.unsure, col.basis = "other", None, True, why


def _settle_duplicates(cols: list[Column]) -> None:
    """Two columns claiming a role a table has once: a 'result' whose header dates it to now
    ('Kết quả hiện nay', 'Kết quả thực hiện') is progress (``status``); otherwise the first column
    keeps the role and the others stay under their own labels, flagged unsure."""
    for role in _SINGLE_ROLES:
        claim = [c for c in cols if c.field == role]
        if len(claim) < 2:
            continue
        if role == "result":
            dated = [c for c in claim if _TIME_QUALIFIER.search(fold(c.label))]
            if len(dated) < len(claim):
                for c in dated:
                    c.field, c.basis = "status", "header (a result dated to now: progress)"
                claim = [c for c in claim if c not in dated]
        keep = next((c for c in claim[1:] if _amended_over(c.label, claim[0].label)), claim[0])
        for c in claim:
            if c is not keep:  # ("Thời hạn theo KH 41" gives way to "Thời hạn sau điều chỉnh")
                c.field, c.unsure, c.basis = "other", True, f"a second '{role}' column"


#: a column saying what an amending plan changed in the row or why ("Nội dung điều chỉnh", "Lý do")
_CHANGE_LABEL = re.compile(r"\b(?:dieu chinh|thay doi|ly do|sua doi)\b")
#: a column saying how often ("Kỳ cập nhật", "Kỳ báo cáo", "Tần suất", "Định kỳ"), not by when
_PERIOD_LABEL = re.compile(r"\b(?:ky (?:cap nhat|bao cao|danh gia|thu thap)|tan suat|chu ky|dinh ky)\b")


def decide_roles(table: _Table, records: list[dict], caption: str = "") -> None:
    """Settle each column's role from its header wording *and* what its cells hold.

    Header wording wins when it is clear, except that a name column ("Chỉ tiêu đến năm 2030"
    holding indicator names) is content, never a target, and a target column gets its year from
    a spanning header, a group row ("Đến năm 2030") above each row, or the caption. A column
    whose role neither its header nor its cells decide stays ``other`` with ``unsure=True``.
    """
    cols = table.columns
    n = len(cols)
    data = []
    for rec in records:
        cells = list(rec["cells"])
        while cells and not cells[-1]:
            cells.pop()
        if (rec["number"] or not any(x["number"] for x in records)) and len(cells) <= n:
            data.append(cells)
    values = [[c[k] for c in data if k < len(c)] for k in range(n)]
    _settle_contradictions(cols, values)
    _settle_duplicates(cols)
    named = [c for c in cols if c.field == "content"]
    changes = [c for c in named if _CHANGE_LABEL.search(fold(c.label))]
    if changes and len(changes) < len(named):
        # "Chỉ tiêu" and "Nội dung điều chỉnh": the second says what an amendment changed, not what the row is
        for c in changes:
            c.field, c.basis = "note", "header (what the amendment changed)"
    timeline = [k for k, c in enumerate(cols) if (period_of_time(c.label) or period_of_year(c.label))
                and all(TIMELINE_MARK.match(v or "") for v in values[k]) and any(v for v in values[k])]
    if len(timeline) >= 2:
        # "Quý I/2026 | Quý II/2026 | … | Năm 2027" marked "x": when each row runs, not a value by year;
        # "Quý I | … | Quý IV" under "Tiến độ năm 2027" (or a caption of that one year): the year of each
        for k in timeline:
            year = None if period_of_time(cols[k].label) else (year_of(split_span(cols[k].label)[0]) or _caption_year(caption))
            cols[k].field, cols[k].year, cols[k].basis, cols[k].unsure = "other", year, TIMELINE_BASIS, False
    kinds = [profile(values[k])[0] for k in range(n)]
    group_years = sorted({y for rec in records if (y := _group_year([g[1] for g in rec["groups"]]))})
    cap_year = _caption_year(caption)
    header = [c.field for c in cols]
    agency_unclear: list[int] = []
    for k, col in enumerate(cols):
        kind, f = kinds[k], col.field
        if col.basis == TIMELINE_BASIS:
            continue
        if col.unsure:
            continue  # already settled: the header and the cells disagree
        if f == "targets":
            if kind == "text" and _CONTENT.search(fold(col.label)) and header.count("content") == 0:
                col.field, col.year, col.basis = "content", None, "header+cells"
                header[k] = "content"
            elif col.year:
                col.basis = "header+cells" if kind == "value" else "header"
            elif group_years and (kind in ("value", None) or _numeric_share([c[k] for c in data if k < len(c)]) >= 0.6):
                col.by_group, col.basis = True, "header+group row"
            elif cap_year:
                col.year, col.basis = cap_year, "header+caption"
            else:
                col.field, col.unsure, col.basis = "other", True, "header names a target but no year"
        elif f == "result" and group_years and (kind == "value" or (kind not in ("agency", "deadline") and _numeric_share(
                [c[k] for c in data if k < len(c)]) >= 0.6)):
            col.field, col.by_group, col.basis = "targets", True, "header+cells+group row"
        elif f == "unit" and "content" not in header and k <= 2 and _names_column(values[k]) \
                and len(set(values[k])) == len(values[k]) >= 3:
            # "Đơn vị" over "Xã Hòa Bình", "Xã Tân Lập", …: the units a table hands figures to, each once,
            # not units of measure (which repeat: "%", "Hệ thống")
            col.field, col.basis = "content", _NAMES_BASIS
            header[k] = "content"
        elif f == "result" and "content" not in header and k <= 1 + (header[0] == "number") and kind in ("text", None) \
                and _first_text_column(header, k) and _names_rows(values[k]) \
                and any(c.field == "targets" for c in cols):
            # "TT | Sản phẩm | Kế hoạch 2026 - Lượng (Tấn) | …" over "Xoài", "Nhãn": the things the figures are
            # of — the rows' names, not an expected result (a task's product beside its name)
            col.field, col.basis = "content", "header+cells (names beside figures)"
            header[k] = "content"
        elif f == "result" and kind == "value" and any(kinds[j] == "value" and cols[j].field == "other" for j in range(n) if j != k):
            # "CT-02 Số hóa kết quả giải quyết TTHC" over bare figures beside other indicators' figures:
            # one indicator's column of a units × indicators table, not the rows' expected result
            col.field, col.basis = "other", "cells (figures beside other indicators' figures)"
        elif f == "unit" and kind == "agency":
            agency_unclear.append(k)
        elif f == "other":
            if is_status_vocabulary(values[k]):
                col.field, col.basis = "status", "cells (progress states)"
            elif kind == "agency":
                agency_unclear.append(k)
            elif kind == "deadline" and "deadline" not in header and not _PERIOD_LABEL.search(fold(col.label)):
                # ("Kỳ cập nhật số liệu: Hằng quý" is how often, not by when)
                col.field, col.basis = "deadline", "cells"
            elif kind == "value" and group_years:
                col.field, col.by_group, col.basis = "targets", True, "cells+group row"
            elif "content" not in header and k <= 2 and (kind == "text" or kind is None and _names_column(values[k])):
                # (short names — "Khoa Nhi", "Khoa Dược" down a department × indicator matrix — are
                # what each row is about as much as long ones)
                col.field, col.basis = "content", "cells" if kind == "text" else _NAMES_BASIS
                header[k] = "content"
            else:
                col.unsure, col.basis = True, "neither header nor cells decide"
        elif kind and kind == {"lead": "agency", "coordinating": "agency", "deadline": "deadline",
                               "status": "value", "number": "value", "unit": "value"}.get(f) and col.basis == "header":
            col.basis = "header+cells"
    if len(agency_unclear) == 1 and "lead" not in header:
        col = cols[agency_unclear[0]]
        col.field, col.year, col.basis = "lead", None, "cells"
    else:
        for k in agency_unclear:
            col = cols[k]
            col.field, col.unsure, col.basis = "other", True, "agency names, but the header does not say lead or coordinating"


_NAMES_BASIS = "cells (short names)"


def _first_text_column(header: list[str], k: int) -> bool:
    """Whether column ``k`` comes first after the number column (nothing but row numbers before it)."""
    return all(f == "number" for f in header[:k])


def _filled_names(values: list[str]) -> list[str]:
    """A column's filled cells when they are names: two or more, nearly all the column, none a figure; else []."""
    filled = [v for v in values if v and v.strip()]
    return filled if len(filled) >= 2 and len(filled) >= 0.8 * len(values) and _numeric_share(filled) == 0 else []


def _names_rows(values: list[str]) -> bool:
    """Whether a column's cells name things (``_filled_names``), each said once."""
    filled = _filled_names(values)
    return bool(filled) and len(set(filled)) == len(filled)


def _names_column(values: list[str]) -> bool:
    """Whether a column's cells are names (``_filled_names``) of two words or more."""
    filled = _filled_names(values)
    return bool(filled) and sum(len(v.split()) >= 2 for v in filled) >= 0.8 * len(filled)


#: A table's caption or heading that says it lists money ("Dự kiến kinh phí", "Khái toán", "Nguồn vốn")
_COST_CAPTION = re.compile(r"\b(?:kinh phi|du toan|khai toan|nguon von|von dau tu)\b")


def table_kind(cols: list[Column], caption: str = "") -> str:
    """indicator, task or other, from the name column's wording, then the other columns."""
    by_kind = next((c for c in cols if c.field == "number" and c.noun), None)
    if by_kind is not None:
        # rows numbered "Chỉ tiêu 1", "Nhiệm vụ 2": what they are is printed on each
        return "indicator" if by_kind.noun in ("chi tieu", "tieu chi") else "task"
    content = next((c for c in cols if c.field == "content"), None)
    if content is None or content.basis == _NAMES_BASIS:
        return "other"  # (rows named by short names — the departments a matrix assigns values to — are no indicators)
    f = fold(content.label)
    if "chi tieu" in f:
        return "indicator"
    if re.search(r"nhiem vu|du an|cong viec|hoat dong|giai phap|chuong trinh", f):
        return "task"
    fields = {c.field for c in cols}
    if ("budget" in fields or _COST_CAPTION.search(fold(caption))) and not fields & {"unit", "status", "lead"} \
            and "chi tieu" not in fold(caption):
        # a cost table ("Nội dung | Tổng kinh phí | Năm 2027 …", or "Nội dung | Tổng | Năm 2027 …" under
        # "DỰ KIẾN KINH PHÍ"): amounts by year, not indicators
        return "other"
    if fields & {"targets", "unit", "status"} and "deadline" not in fields:
        return "indicator"
    if "chi tieu" in fold(caption) and "nhiem vu" not in fold(caption):
        return "indicator"
    if not fields & {"lead", "coordinating", "deadline", "result"}:
        return "other"  # a list of names ("TT | Chữ viết tắt | Nội dung đầy đủ"): nobody does them by a date
    return "task"


def rows_from_tables(
    tables: list[_Table], *, doc_id: str, appendix: str, appendix_title: str, page_of_line=None
) -> list[TableRow]:
    """Turn raw table rows into TableRow records (groups, continuations, uncertainty)."""
    out: list[TableRow] = []
    for table in tables:
        rows, _ = read_table(table, doc_id=doc_id, appendix=appendix, appendix_title=appendix_title,
                             caption=table.caption or appendix_title, page_of_line=page_of_line)
        out.extend(rows)
    return out


def read_table(
    table: _Table, *, doc_id: str, appendix: str, appendix_title: str, caption: str = "",
    appendix_label: str | None = None, page_of_line=None,
) -> tuple[list[TableRow], TableReport]:
    """One table's rows (groups, continuations, roles, uncertainty) and its report."""
    _lift_group_column(table)
    _lift_merged_label_column(table)
    _lift_keys_before_kind_numbers(table)
    cols = table.columns
    raw = table.rows
    noun = _numbered_by_kind([r.cells[0] for r in raw if r.cells and r.cells[0]]) if cols else None
    if noun:
        # "Chỉ tiêu | Nội dung" over "Chỉ tiêu 1 | Năm 2025 đạt 60% …": the first column numbers the rows
        # (whatever its header says), and its noun says what they are
        for r in raw:
            if r.cells and (kn := _kind_and_number(r.cells[0])):
                r.cells[0] = kn[1]
        cols[0].field, cols[0].year, cols[0].basis, cols[0].noun = "number", None, KIND_NUMBER_BASIS, fold(noun)
        if cols[0].label == unlabelled(0) or not cols[0].label:
            cols[0].label = noun
    groups: list[tuple[int, str]] = []  # (level, label)
    records: list[dict] = []
    bullet_parent = False  # the last numbered row was the thing the bulleted rows below it measure
    # the labels of numbered groups read by what stands under them — rows numbered under them ("6" over "6.1") or the
    # bulleted rows of a numbered thing ("4 | …" over "- | Công trình …") —, which a row numbered after them closes
    numbered_groups: set[str] = set()
    # (or one label spanning the first two columns, "Nội dung" over the numbers and the names: the first is the
    # numbers' — the table's own header row, repeated over a later part, merges "STT" into its neighbour)
    # (a span written once, its next cell left empty, as an HTML colspan becomes: "Nội dung\t\tĐơn vị thực hiện")
    spanning = len(cols) >= 3 and cols[0].field not in ("other", "number") and (
        cols[1].label == cols[0].label and cols[1].field == cols[0].field or cols[1].label == unlabelled(1))
    if cols and (cols[0].field == "other" or spanning) and not getattr(table, "_decided", False):
        firsts = [r.cells[0] for r in raw if r.cells and r.cells[0]]
        # (under a span, a group's numeral, "II", marks its row as well)
        marks = sum(bool(_norm_number(c) or spanning and _MARKER_CELL.match(c)) for c in firsts)
        if len(firsts) >= 2 and marks >= 0.8 * len(firsts):
            if spanning:  # the label is the second column's, the names under it
                cols[1].label, cols[1].field, cols[1].year = cols[0].label, cols[0].field, cols[0].year
            cols[0].field, cols[0].basis = "number", "cells"  # an unreadable label over row numbers
    numbered = bool(cols) and cols[0].field == "number"
    for r in raw:
        if r.cells and r.cells[0]:
            r.cells[0] = _compact_number(r.cells[0])
    if numbered:
        raw[:] = _join_wrapped_numbers(raw)
    numbers_rows = any(_norm_number(r.cells[0]) for r in raw if r.cells)
    widest = max((sum(bool(c) for c in r.cells) for r in raw), default=0)
    closable: dict[str, str] = {}  # a part stating its sum, numbered, whose rows are numbered under it → its number
    # (how many group rows carry a numeral: "I | …", "II | …")
    numeral_groups = sum(1 for r in raw if _is_group_cells(r.cells, cols, r.texts[0] if r.texts else "")[1])
    for idx, r in enumerate(raw):
        cells = r.cells
        is_group, numeral, label = _is_group_cells(cells, cols, r.texts[0] if r.texts else "")
        if is_group and numeral is None and numeral_groups >= 2 and _NOTE_SENTENCE.search(label) \
                and len(label.split()) >= NOTE_MIN_WORDS:
            # "Các bộ, cơ quan, địa phương … (chi tiết trong Kế hoạch của cơ quan, đơn vị)." across a table whose groups
            # are numbered "I", "II": a note printed under a row, a sentence, not a group with no numeral — read as the
            # text of the row's content cell, as a table that prints it in that cell is read
            if len(cells) >= 2 and not cells[1]:
                cells = r.cells = ["", label, *([""] * (len(cells) - 2))]
            is_group, numeral, label = False, None, ""
        if noun and not is_group and cells and not _norm_number(cells[0]) \
                and _LOWER_MARK.match(cells[0].split(" ")[0]) and len(cells[0].split()) >= 2 \
                and len(" ".join(cells)) <= 120 and not re.search(r"\d", " ".join(cells)):
            # "a) Trong đời | sống gia đình": of rows numbered by their kind, a lettered part's title that a
            # PDF's column split in two
            is_group, numeral, label = True, None, " ".join(c for c in cells if c)
        if not numbers_rows and not is_group and cells and (sub := _SUB_LETTER.match(cells[0].strip())) \
                and len(cells) >= 2 and cells[1] and not any(cells[2:]):
            # "a) | Nhóm hoạt động …" alone on its row, in a table that numbers no rows: a lettered group
            # (of the top level, as "A | …" is)
            is_group, numeral, label = True, sub.group(1).upper(), cells[1]
        if not numbered and not is_group and sum(bool(c) for c in cells) >= 2:
            records.append({"raw": r, "cells": cells, "number": None, "groups": list(groups), "warnings": []})
            continue
        number = _norm_number(cells[0]) if cells else None
        nonempty_other = [c for c in cells[2:] if c]
        if number is not None or is_group:
            bullet_parent = False  # (a bulleted row belongs to the numbered thing just above it, no other)
        # Numbered group row: "1 | Về Chính quyền số" followed by "1.1 …", "4.5 | …" by "4.5.1 …".
        if not is_group and number and not nonempty_other and len(cells) >= 2 and cells[1]:
            nxt = next((x for x in raw[idx + 1:] if x.cells and x.cells[0]), None)
            if nxt is not None and (_norm_number(nxt.cells[0]) or "").startswith(number + "."):
                is_group, numeral, label = True, number, cells[1]
                numbered_groups.add(f"{numeral}. {label}")
            elif cells[1].upper() == cells[1] and len(re.findall(r"[^\W\d_]{2,}", cells[1])) >= 2:
                is_group, numeral, label = True, number, cells[1]  # "1 | HẠ TẦNG SỐ": a heading row
            elif r.texts and _is_bold(r.texts[0]) and nxt is not None and number.isdigit() \
                    and (below := _norm_number(nxt.cells[0]) or "").isdigit() and int(below) >= int(number) and below != _successor(number):
                # "**1** | **Rà soát …** |  |" in bold over "1 | Thường xuyên rà soát … | Sở …" (or "5" over "7"): a
                # heading row whose rows are numbered apart (not "1.1" over "1.2", nor "2" over "3", its next sibling;
                # nor a row over its parts "a)", its bullets "-" or the next Roman group)
                is_group, numeral, label = True, number, cells[1]
            elif nxt is not None and BULLET_CELL.match(nxt.cells[0].strip()) and any(nxt.cells[2:]):
                # "1 | Cà phê | | …" above "- | Diện tích | Ha | 26.120 …" and "- | Sản lượng | Tấn | …": the
                # thing whose figures the bulleted rows give, each by what it measures
                is_group, numeral, label = True, number, cells[1]
                bullet_parent = True
        parent = None
        if not is_group and numbered and not number and len(cells) >= 3 and cells[1] and nonempty_other:
            head = cells[0].strip().rstrip(".")
            if is_roman(head) or _LETTER.match(head):
                # "B | Ngân sách tỉnh | 388,5 | …" above "1 | Chi đầu tư phát triển | 276,0": a group that
                # states its own figures is a row of the table and the group of the rows below it
                parent, is_group, numeral, label = head, True, head, cells[1]
        subtotal = False
        if not is_group and numbered and _is_subtotal_row(cells, widest):
            # "1.1.1 | Mẫu nước nguồn cấp | | … | 356.104.944" or "a | Các chỉ tiêu thủy lý … | | … | 257.625.360" in
            # a cost table whose rows fill most columns: a part stating only its sum is a row of the table and the
            # group of the rows below it ("N-NH4+" of the water supplied is not "N-NH4+" of the pond's water)
            # (only when the rows below it are its own: numbered under it, "1.1.1" after "1.1", lettered "a" after a
            # number, bulleted with figures, or numbered again from 1 — not its next sibling, "1.3" after "1.2")
            mark = _LOWER_MARK.match(cells[0].strip())
            nxt = next((x for x in raw[idx + 1:] if x.cells and x.cells[0]), None)
            below = (_norm_number(nxt.cells[0]) or "") if nxt is not None else ""
            restarts = below == "1" and number != "1" if number else below == "1"
            deeper = nxt is not None and (
                bool(number) and (below.startswith(number + ".") or bool(_LOWER_MARK.match(nxt.cells[0].strip())))
                or restarts or bool(BULLET_CELL.match(nxt.cells[0].strip()) and any(nxt.cells[2:])))
            if (mark or number) and deeper:
                numeral = number or mark.group(1)
                parent, is_group, label, subtotal = numeral, True, cells[1], True
                if number and not restarts:
                    closable[f"{numeral}. {label}"] = numeral
        if is_group:
            # "C" after "B" (or "I" after "H") continues a lettered sequence, not a Roman numeral.
            follows_letter = (
                numeral is not None and len(numeral) == 1 and numeral.isalpha()
                and any(lv == 0 and len(lab.split(".")[0]) == 1 and ord(lab[0]) == ord(numeral.upper()) - 1 for lv, lab in groups)
            )
            if subtotal and not number:
                # (a lettered part, "a", "b", is one level below the part above it, beside another lettered one)
                level = groups[-1][0] if groups and _LOWER_MARK.match(groups[-1][1].split(" ")[0]) else (groups[-1][0] + 1 if groups else 2)
            elif numeral is not None and ((_LETTER.match(numeral) and not is_roman(numeral)) or follows_letter):
                level = 0
            elif numeral is None and groups and _LOWER_MARK.match(label.split(" ")[0]):
                # "a) Lĩnh vực lao động:" alone on its row under "1.2. Mục tiêu 2 …": a lettered part of the group
                # above it (beside the lettered part before it)
                level = groups[-1][0] if _LOWER_MARK.match(groups[-1][1].split(" ")[0]) else groups[-1][0] + 1
            else:
                level = 1 if (numeral is None or is_roman(numeral) or _GROUP_WORD.match(fold(numeral))) else 2 + numeral.count(".")
            groups = [g for g in groups if g[0] < level]
            if parent:
                records.append({"raw": r, "cells": cells, "number": parent, "groups": list(groups), "warnings": []})
            groups.append((level, f"{numeral}. {label}" if numeral else label))
            if bullet_parent and number:
                numbered_groups.add(groups[-1][1])
            if subtotal:
                bullet_parent = True  # ("- | Nhiệt độ nước | 2 | 6 | …" below it: its items)
            continue
        while number and groups and groups[-1][1] in numbered_groups and _outside_of(groups[-1][1], number):
            # "7 | Nghiên cứu … | Bộ …" after the group "6 | Thúc đẩy …" of the rows "6.1"–"6.3", or "5 | …" after the
            # numbered task "4 | …" its bulleted works stood under: a row of the group's level, beside it, not in it
            # (a numbered group of its own rows, "1. Tỉnh Sơn La" over "1", "2", …, is none of these and keeps them)
            groups = groups[:-1]
        if number and groups and groups[-1][1] in numbered_groups and _DOTTED_NUMBER.fullmatch(number) \
                and not number.startswith(_group_numeral(groups[-1][1]) + "."):
            # "1 | Dự án …" under "1 | Giao thông" after its "1.1": rows numbered anew inside the group, which then
            # holds its "2", "3" … too, as any group over rows numbered from 1 does
            numbered_groups.discard(groups[-1][1])
        if not cells or not cells[0]:
            has_content = len(cells) > 1 and bool(cells[1])
            if has_content and is_total_label(cells[1]):
                table.totals.append(r)  # "Tổng cộng | | 1.062,0": the table's total, neither a row nor part of the last one
                continue
            resumes = r.after_header and records and (
                not has_content or cells[1][:1].islower() or _numbering_goes_on(records[-1]["number"], raw[idx + 1:]))
            if has_content and len(nonempty_other) >= 2 and not resumes:
                # ("Toàn tỉnh", "Toàn Bệnh viện", "Cả nước": the whole's row goes unnumbered as a rule)
                whole = bool(_WHOLE_ROW.match(fold(strip_markup(cells[1])).strip()))
                # (nor a row of a table that numbers none: "- | … | + activity", its first column marks groups)
                records.append({"raw": r, "cells": cells, "number": None, "groups": list(groups),
                                "warnings": [] if whole or not numbers_rows else ["row number missing in the source"]})
            elif records:
                prev = records[-1]
                _merge_continuation(prev, r, len(cols))
            continue
        sub = _SUB_LETTER.match(cells[0].strip()) if number is None else None
        last = records[-1] if sub and records else None
        main = (last.get("sub") or last) if last and last["number"] else None  # the row above, or the one it is part of
        if sub and main is not None and len(cells) >= 2 and cells[1]:
            # "4 | Tỷ lệ văn bản … ký số |  | … | Văn phòng" then "a) | Tại Công ty mẹ | 95 | …": the parts of
            # row 4, numbered under it, read within it (its words, and its lead when merged down over them)
            parent = f"{main['number']}. {without_numbering(main['cells'][1]) if len(main['cells']) > 1 else ''}".strip()
            records.append({"raw": r, "cells": cells, "number": f"{main['number']}{sub.group(1)}", "sub": main,
                            "groups": [*main["groups"], (_PART_LEVEL, parent)], "warnings": []})
            continue
        if number is None and BULLET_CELL.match(cells[0].strip()) and len(cells) >= 2 and cells[1] and nonempty_other \
                and (bullet_parent or is_roman((groups[-1][1].split(".")[0] if groups else ""))):
            # "- | Diện tích | Ha | …": a row of the numbered thing above it (its group), or of a group row ("III |
            # BÒ SỮA" over "- | Tổng đàn | Con | …"), with figures of its own — unnumbered by design ("- | Thu thập …"
            # under a task, no figures, is still a row whose number is missing)
            records.append({"raw": r, "cells": cells, "number": None, "groups": list(groups), "warnings": []})
            continue
        if number is None:
            # First cell is text that is not a group (e.g. OCR noise): keep, flag.
            records.append({"raw": r, "cells": cells, "number": None, "groups": list(groups),
                            "warnings": ["row number not recognised"]})
            continue
        if closable and groups and groups[-1][1] in closable:
            # "3 | Hội nghị | …" after the part "2 | Dự phòng" and its rows "2.1", "2.2": a row of the part's level
            # that follows it ends it (and the parts below it)
            at = next((k for k, (_, label) in enumerate(groups) if label in closable
                       and number.count(".") == closable[label].count(".") and _follows(closable[label], number)), None)
            if at is not None:
                groups = groups[:at]
        records.append({"raw": r, "cells": cells, "number": number, "groups": list(groups), "warnings": []})

    if not getattr(table, "_decided", False):
        decide_roles(table, records, f"{caption} {appendix_title}")
        table._decided = True  # type: ignore[attr-defined]
    kind = table_kind(cols, f"{caption} {appendix_title}")
    numbers = [rec["number"] for rec in records if rec["number"]]
    restarted = len(numbers) != len(set(numbers))
    term = "chỉ tiêu" if kind == "indicator" else "nhiệm vụ" if kind == "task" else "dòng"
    rows = [_make_row(rec, cols, kind, term, restarted, doc_id, appendix, appendix_title, page_of_line)
            for rec in records]
    _fill_merged_leads(records, rows, cols, kind)
    by_group = sorted({y for rec in records if (y := _group_year([g[1] for g in rec["groups"]]))})
    report = TableReport(
        caption=caption,
        appendix=appendix_label,
        kind=kind,
        rows=len(rows),
        uncertain_rows=sum(r.uncertain for r in rows),
        columns=[
            ColumnReport(label=c.label, role=c.field, year=c.year or (", ".join(by_group) if c.by_group else None) or None,
                         unsure=c.unsure, basis=c.basis)
            for c in cols
        ],
        line_start=table.line_start,
        page=page_of_line(table.line_start) if page_of_line else None,
        headerless=table.headerless,
    )
    return rows, report


#: A row number of dotted decimals ("7", "6.1", "4.5.1").
_DOTTED_NUMBER = re.compile(r"\d+(?:\.\d+)*")


def _group_numeral(group: str) -> str:
    """A group label's numeral ("6" of "6. Thúc đẩy …")."""
    return group.split(". ", 1)[0]


def _outside_of(group: str, number: str) -> bool:
    """Whether a row's ``number`` comes after the numbered group ``group`` at the group's depth, so not under it
    ("7", "7.1" or "6.4"… of "6. Thúc đẩy …" — not "6.1", nor "1" or "2.1" numbered anew under it)."""
    numeral = _group_numeral(group)
    if not _DOTTED_NUMBER.fullmatch(numeral) or not _DOTTED_NUMBER.fullmatch(number):
        return False
    depth = numeral.count(".") + 1
    at_depth = tuple(int(x) for x in number.split(".")[:depth])
    return not number.startswith(numeral + ".") and at_depth > tuple(int(x) for x in numeral.split("."))


def _successor(number: str) -> str:
    head, _, last = number.rpartition(".")
    return f"{head}.{int(last) + 1}" if head else str(int(last) + 1)


_LONE_DIGITS = re.compile(r"^\d{1,2}$")
_NUMBER_REST = re.compile(r"^(\d{1,2})(\.?)$")


def _join_wrapped_numbers(raw: list[_RawRow]) -> list[_RawRow]:
    """A row number wrapped in a narrow column and printed as two lines ('1' then '9.', each line
    carrying the first and the rest of every cell) is one row '19.' when '19' continues the
    numbering of the row before and '1' would break it; the two lines' cells are joined."""
    out: list[_RawRow] = []
    prev: str | None = None
    k = 0
    while k < len(raw):
        r = raw[k]
        first = r.cells[0] if r.cells else ""
        nxt = raw[k + 1] if k + 1 < len(raw) else None
        rest = _NUMBER_REST.match(nxt.cells[0]) if nxt is not None and nxt.cells else None
        if prev and prev.isdigit() and _LONE_DIGITS.match(first) and rest and first != _successor(prev) \
                and first + rest.group(1) == _successor(prev):
            n = max(len(r.cells), len(nxt.cells))
            cells = [first + rest.group(1) + rest.group(2)] + [
                " ".join(x for x in ((r.cells[i] if i < len(r.cells) else ""), (nxt.cells[i] if i < len(nxt.cells) else "")) if x)
                for i in range(1, n)]
            r = _RawRow(cells, r.line_start, nxt.line_end, r.texts + nxt.texts, after_header=r.after_header)
            k += 1
        if r.cells and _norm_number(r.cells[0]):
            prev = _norm_number(r.cells[0])
        elif r.cells and r.cells[0]:
            prev = None  # a group row ("V", "B."): numbering may start again under it ("1", "2" are no "12")
        out.append(r)
        k += 1
    return out


def _numbering_goes_on(prev: str | None, rest: list[_RawRow]) -> bool:
    """The next numbered row carries the number after ``prev``: an unnumbered row in between is
    the rest of ``prev`` cut by a page break, not a row of its own."""
    if not prev:
        return False
    for r in rest:
        first = _compact_number(r.cells[0]) if r.cells and r.cells[0] else ""
        if first:
            return _norm_number(first) == _successor(prev)
    return False


#: The content cell of a table's total row (folded): "Tổng cộng", "Tổng số", "Cộng".
_TOTAL_ROW = re.compile(r"^(?:tong cong|tong so|tong|cong)\s*(?:[:(]|$)")


#: A row for the whole the table's units make up ("Toàn tỉnh", "Toàn Bệnh viện", "Cả nước"), folded.
_WHOLE_ROW = re.compile(r"^(?:toan|ca)\s+(?:tinh|thanh pho|huyen|xa|phuong|nuoc|quoc|nganh|benh vien|truong|don vi|he thong|so|cong ty|tap doan)\b")


def is_total_label(cell: str) -> bool:
    """Whether a row's name cell makes it the table's total ("Tổng cộng", "Tổng số", "Cộng")."""
    return bool(_TOTAL_ROW.match(fold(strip_markup(cell)).strip()))


#: Role labels inside an agency cell: "Chủ trì: X; phối hợp: Y" (folded, case-insensitive).
_ROLE_LABEL = re.compile(r"(?:^|(?<=[;.,\n]))\s*(?:(?:co quan|don vi)\s+)?(chu tri|phoi hop)(?:\s+thuc hien)?\s*:\s*")


#: A role written after the body: "Phòng CNTT chủ trì; Phòng KHTH phối hợp", "Khoa Dược (chủ trì)".
_ROLE_AFTER = re.compile(r"^(.+?)\s*\(?\s*(chu tri|phoi hop)(?:\s+thuc hien)?\s*\)?\s*$")


#: A lead named before its role and its partners after it, as a sentence: "Sở Y tế chủ trì, phối hợp với các
#: sở, ngành và Ủy ban nhân dân các xã".
_LEAD_WITH_PARTNERS = re.compile(r"^(.+?)\s+(?:chiu trach nhiem\s+)?chu tri\s*(?:,|;)?\s*(?:va\s+)?phoi hop\s+(?:voi\s+)?(.+?)\s*\.?$", re.DOTALL)


#: The longest lead named before "chủ trì, phối hợp với …" (two bodies joined by "và" fit; a clause does not).
LEAD_NAME_MAX_CHARS = 120


def _roles_after(cell: str) -> dict[str, str] | None:
    """The bodies of a cell whose parts end with their role ("X chủ trì; Y, Z phối hợp"), or None."""
    parts = [p.strip() for p in re.split(r"\s*;\s*|\n", cell) if p.strip()]
    out: dict[str, str] = {}
    for part in parts:
        m = _ROLE_AFTER.match(fold(part))
        if not m or len(fold(part)) != len(part):
            return None
        name = part[: m.end(1)].strip(" ,.-–")
        if not name:
            return None
        key = "lead" if m.group(2) == "chu tri" else "coordinating"
        out[key] = f"{out[key]}; {name}" if key in out else name
    return out if "lead" in out else None


def split_roles(cell: str) -> dict[str, str] | None:
    """The lead and coordinating bodies of a cell that labels them ("Chủ trì: VPĐKĐĐ; phối hợp:
    UBND cấp xã", or after the bodies: "Phòng CNTT chủ trì; Phòng KHTH phối hợp"), or None when the
    cell names no lead that way."""
    folded = fold(cell)
    if len(folded) != len(cell):
        return None  # folding changed the length: positions would not match
    marks = list(_ROLE_LABEL.finditer(folded))
    if not any(m.group(1) == "chu tri" for m in marks):
        # (one sentence naming the lead first: not a list of bodies' duties, "- X chỉ đạo …; - Y chủ trì phối hợp …")
        # (one sentence: no second role or list after the partners either, "…; Sở C chủ trì, phối hợp Sở D")
        if "chu tri" in folded and "phoi hop" in folded and (m := _LEAD_WITH_PARTNERS.match(folded)) \
                and len(m.group(1)) <= LEAD_NAME_MAX_CHARS and not re.search(r"chu tri|[:;\n]|^\s*[-–+•*]", m.group(1)) \
                and not re.search(r"chu tri|phoi hop|[;\n]", m.group(2)):
            return {"lead": cell[: m.end(1)].strip(" ,.-–"), "coordinating": cell[m.start(2): m.end(2)].strip(" ,.;")}
        return _roles_after(cell)
    out: dict[str, str] = {}
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(cell)
        value = cell[m.end():end].strip(" ;.,\n")
        if value:
            key = "lead" if m.group(1) == "chu tri" else "coordinating"
            out[key] = f"{out[key]}; {value}" if key in out else value
    return out or None


#: a column of short forms ("Chữ viết tắt", "Từ viết tắt", "Ký hiệu") and one of what they stand for
_SHORT_FORM_LABEL = re.compile(r"\b(?:viet tat|ky hieu)\b")
_LONG_FORM_LABEL = re.compile(r"\b(?:day du|giai thich|dien giai|y nghia|noi dung|ten)\b")


def abbreviation_section(table: _Table, path: list[str], page_of_line=None) -> Section | None:
    """A table of the plan's short forms ("TT | Chữ viết tắt | Nội dung đầy đủ") as the list of
    definitions it is ("- TTCĐS: Trung tâm Chuyển đổi số"), read like a list the text gives; None for
    any other table. Its rows are no tasks or indicators."""
    items = abbreviation_items([c.label for c in table.columns], [r.cells for r in table.rows])
    if not items:
        return None
    page = page_of_line(table.line_start) if page_of_line else None
    return Section(path=list(path), text="\n".join(items), line_start=table.line_start, line_end=table.rows[-1].line_end, page=page)


def abbreviation_items(labels: list[str], rows: list[list[str]]) -> list[str] | None:
    """The definitions ("- TTCĐS: Trung tâm Chuyển đổi số") of a table whose column labels name short
    forms and what they stand for; None for any other table (also one whose header the table
    reader did not take for a header: "Chữ viết tắt | Tên cơ quan, đơn vị")."""
    folded = [fold(label) for label in labels]
    short = next((k for k, f in enumerate(folded) if _SHORT_FORM_LABEL.search(f)), None)
    full = next((k for k, f in enumerate(folded) if k != short and _LONG_FORM_LABEL.search(f)
                 and not _SHORT_FORM_LABEL.search(f)), None)
    if short is None or full is None:
        return None
    items = [f"- {cells[short].strip()}: {cells[full].strip()}" for cells in rows
             if max(short, full) < len(cells) and cells[short].strip() and cells[full].strip()]
    return items or None


def total_sections(table: _Table, path: list[str], page_of_line=None) -> list[Section]:
    """The table's total rows as text under its heading: its column labels, then the row as printed
    ("STT | Nội dung | Tổng kinh phí | Năm 2027 …" / "Tổng cộng | 84.000 | 19.800 …"), so that a
    question about the totals finds them and the quote shows which figure is which."""
    labels = " | ".join(c.label for c in table.columns if c.label)
    out = []
    for r in table.totals:
        row = " | ".join(c for c in r.cells if c)
        page = page_of_line(r.line_start) if page_of_line else None
        out.append(Section(path=list(path), text=f"{labels}\n{row}", line_start=r.line_start, line_end=r.line_end, page=page))
    return out


def _join_cell_parts(head: str, tail: str) -> str:
    """A cell split over a page break joined again: with a space, except inside a document's symbol
    cut at its hyphen ("1013/BKHCN" / "-CNCNTT ngày …" → "1013/BKHCN-CNCNTT ngày …")."""
    if re.search(r"/[A-ZĐ]+$", head) and re.match(r"-[A-ZĐ]", tail):
        return f"{head}{tail}"
    return f"{head} {tail}".strip()


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
                cells[i] = _join_cell_parts(cells[i], c)
            else:
                cells.append(c)
    prev["cells"] = cells
    raw: _RawRow = prev["raw"]
    prev["raw"] = _RawRow(cells, raw.line_start, r.line_end, raw.texts + r.texts)


#: a group row's numbering ("I.", "1.", "A.", "a)", "Nhóm 2:") before its label
_GROUP_NUMBERING = re.compile(r"^\s*(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[A-Za-zĐđ])\s*[.):]|[-–+•])\s*")


def without_numbering(label: str) -> str:
    """A heading's or group's label without its numbering ("1. Mục tiêu tổng quát" → "Mục tiêu tổng quát",
    "II. SỞ NỘI VỤ" → "SỞ NỘI VỤ", "a) …", "- …")."""
    return _GROUP_NUMBERING.sub("", squash(label))


def body_of_label(label: str) -> str | None:
    """A group label or heading that is a body's name ("II. SỞ KHOA HỌC VÀ CÔNG NGHỆ", "4. Công an tỉnh"),
    without its numbering; None when it names something else."""
    name = without_numbering(label).strip(" :;.")
    return name if name and len(name.split()) <= 12 and cell_kind(name) == "agency" else None


def _body_of_groups(labels: list[str]) -> str | None:
    """The innermost group label that is a body's name ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Công an tỉnh"),
    without its numbering; None when no group names one."""
    return next((name for label in reversed(labels) if (name := body_of_label(label))), None)


#: Share of a task table's rows that print their lead for an empty lead cell to read as the one above
#: merged down (a table where many rows name no lead leaves them empty on purpose).
MERGED_LEAD_SHARE = 0.6


def _filled_beside_lead(row: TableRow) -> bool:
    """The row names its task and states something else of it (a deadline, a partner, a result, a
    figure): a row cut short, its other cells empty too, shows no merged cell beside it."""
    return bool(row.fields.get("content")) and any(row.fields.get(f) for f in ("deadline", "coordinating", "result", "budget", "targets", "status"))


def _fill_merged_leads(records: list[dict], rows: list[TableRow], cols: list[Column], kind: str) -> None:
    """A lead cell merged down over the rows below it ("Ban Công nghệ số" over tasks 1.1.1–1.1.3) is
    printed once: Word repeats it in each row, a PDF and a Markdown conversion leave the rows below empty.
    The parts of a row ("a)", "b)") take its lead; in a task table that names a lead in most rows, an
    empty lead cell takes the lead of the row above in the same group."""
    label = next((c.label for c in cols if c.field == "lead"), None)
    if label is None or not rows:
        return

    def give(row: TableRow, lead: str) -> None:
        row.fields["lead"] = lead
        row.columns.setdefault(label, lead)

    by_record = {id(rec): row for rec, row in zip(records, rows)}  # a part's row above it, by its record
    most = sum(1 for row in rows if row.fields.get("lead")) >= MERGED_LEAD_SHARE * len(rows)
    above: tuple[str, list] | None = None
    for rec, row in zip(records, rows):
        lead = row.fields.get("lead")
        if lead:
            above = (lead, rec["groups"])
            continue
        if not _filled_beside_lead(row):
            continue  # a row left empty but for its name ("12 | | | |") is no task of anyone's
        main = by_record.get(id(rec["sub"])) if rec.get("sub") else None
        if main is not None:
            lead = main.fields.get("lead")
        elif kind == "task" and most and above and above[1] == rec["groups"]:
            lead = above[0]
        if lead:
            give(row, lead)
    if kind != "task" or not most:
        return
    # a merged cell printed at its middle (a PDF of a cell centred over the rows it spans): the first row
    # of a group, empty, takes the lead of the row after it in the group
    for k, (rec, row) in enumerate(zip(records, rows)):
        if row.fields.get("lead") or not _filled_beside_lead(row) or rec.get("sub"):
            continue
        first_of_group = k == 0 or records[k - 1]["groups"] != rec["groups"]
        after = rows[k + 1] if k + 1 < len(rows) and records[k + 1]["groups"] == rec["groups"] else None
        if first_of_group and after is not None and after.fields.get("lead"):
            give(row, after.fields["lead"])


def _make_row(rec, cols, kind, term, restarted, doc_id, appendix, appendix_title, page_of_line) -> TableRow:
    raw: _RawRow = rec["raw"]
    assigned, uncertain, unaligned = _assign(rec["cells"], cols)
    group_labels = [g[1] for g in rec["groups"]]
    group_year = _group_year(group_labels)
    fields: dict = {}
    columns: dict[str, str] = {}
    targets: dict[str, str] = {}
    warnings = list(rec["warnings"])
    # two columns ending in one year ("Tổng cộng giai đoạn 2026 - 2030", "Giai đoạn 2028 - 2030"; "Kế hoạch 2026 -
    # Lượng (Tấn)", "Kế hoạch 2026 - Giá trị (Nghìn USD)"): the first keeps the year, unless the other is the
    # amended value of the first ("Theo KH 41" / "Sau điều chỉnh"); the other stays under its own label in
    # ``columns`` — for every row alike, so a row whose first is empty gives no year the other's figure
    year_column: dict[str, int] = {}
    for i, col in enumerate(cols):
        if col.field != "targets":
            continue
        year = col.year or (group_year if col.by_group else None)
        if year and (year not in year_column or _amended_over(col.label, cols[year_column[year]].label)):
            year_column[year] = i
    for i, value in assigned.items():
        if i >= len(cols) or not value:
            continue
        col = cols[i]
        label = col.label if col.label not in columns else f"{col.label} ({i + 1})"
        columns[label] = value
        if col.field == "targets":
            year = col.year or (group_year if col.by_group else None)
            if year:
                if year_column.get(year) == i:
                    targets[year] = value
            else:
                warnings.append(f"value under '{col.label}' has no year (no group row names one)")
        elif col.field == "number":
            continue
        elif col.field != "other":
            fields[col.field] = f"{fields[col.field]}; {value}" if col.field in fields else value
        if col.field == "status":
            fields["status_label"] = f"{fields['status_label']}; {col.label}" if "status_label" in fields else col.label
    both_roles = any(c.field == "lead" and _BOTH_ROLES.search(fold(c.label)) for c in cols)
    for role in ("lead", "coordinating"):
        labelled = split_roles(fields[role]) if fields.get(role) else None
        if labelled is None and role == "lead" and both_roles and "coordinating" not in fields and "; " in fields.get("lead", ""):
            # "Đơn vị chủ trì / phối hợp" listing bodies one per line, no role said: the lead comes first
            first, rest = fields["lead"].split("; ", 1)
            labelled = {"lead": first, "coordinating": rest}
        if labelled:  # "Chủ trì: X; phối hợp: Y" in one cell: each body under its role
            fields.pop(role)
            for key, value in labelled.items():
                fields[key] = f"{fields[key]}; {value}" if key in fields else value
    if kind == "task" and "lead" not in fields and not any(c.field == "lead" for c in cols):
        # a task list grouped by who carries it out ("I. SỞ KHOA HỌC VÀ CÔNG NGHỆ", then its tasks)
        # and no lead column: the group that names a body leads its rows
        lead = _body_of_groups(group_labels)
        if lead:
            fields["lead"] = lead
    ticked = [cols[i] for i, value in sorted(assigned.items())
              if i < len(cols) and cols[i].basis == TIMELINE_BASIS and value and value.strip()]
    marked = [split_span(c.label)[1] for c in ticked]
    if marked and "deadline" not in fields:
        years = {c.year for c in ticked}
        if len(years) == 1 and None not in years and all(period_of_year(c.label) for c in ticked):
            # "x" under Quý II and Quý III of the 2027 timeline: "Quý II, Quý III/2027", as plans write it
            fields["deadline"] = f"{', '.join(marked)}/{years.pop()}"
        else:
            fields["deadline"] = marked[-1]  # a timeline: the row runs until the last period marked
    if uncertain:
        warnings.append("cells do not match the table header; year/value columns not aligned")
        if unaligned:
            fields["unaligned_values"] = unaligned
    if not targets and not any(c.field == "targets" for c in cols):
        # Targets given by the group ("Chỉ tiêu đến năm 2025") and stated inside the content.
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
