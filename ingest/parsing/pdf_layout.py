"""Rebuild appendix tables whose layout a PDF text extractor destroyed.

Some PDF extractions (e.g. ``corpus/2025-plan_ubnd.txt``) read a table column by column: each
cell is wrapped over several lines with blank lines in between, and the cells of one row follow
each other (number, content lines, target, legal-basis lines, agency lines). The header is broken
the same way and repeats at every page break. :func:`rebuild_broken_tables` turns such a region
back into one TAB-separated logical line for the header and one per data row; every other line
(including TAB-separated tables) passes through unchanged.

How (generic, no per-file rules or value lists):

1. Header: a short ``TT``/``STT`` line without TAB, followed by short fragments with table-header
   words and then a line numbered 1. Fragments merge into column labels: a capitalised fragment
   (or a known header phrase inside a line, "Cơ sở pháp lý Ghi chú") starts a label, a
   lowercase/year fragment continues it ("Giao chỉ" + "tiêu năm" + "2025"). The same fragment
   sequence later is a repeated header (page break); page numbers/date stamps just before it are
   dropped. The table ends at a "Phụ lục N" label, a signature/"Nơi nhận"/"Ghi chú:" line, a TAB
   line, or the end of the text.
2. Rows start at a line holding the next expected number, alone or followed by text. A larger
   number is accepted when the next number confirms it; the gap says how many unnumbered rows the
   source holds in between.
3. Cells: each column gets a type from its label (content, value, legal, agency, deadline, note,
   text). A dynamic programme puts a row's fragments into columns in order, scoring each fragment
   for *starting* or *continuing* a cell of that type: keywords (Quyết định/Công văn..., Sở/UBND/
   Trung tâm..., %, "Tối thiểu"...), capitalisation, a dangling last word ("của", "06-"), list
   markers, and line-wrap consistency with the column width (a non-final line of a wrapped cell
   is nearly as wide as the column; no line is much wider). Widths come from the header wrapping
   at first and are re-learnt from the rows in two more passes. At a page break a row may resume
   any column. Inside a number gap a fragment after the agency column may open an unnumbered row
   (exactly as many as the gap); it is returned with an empty number cell and ``uncertain=True``.
   A number line ending in a value ("21 Tỷ trọng ... GRDP. 20%") is split into two fragments.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["LogicalLine", "rebuild_broken_tables"]


@dataclass
class LogicalLine:
    """A source line, or a rebuilt table header/row (cells joined by TAB)."""

    text: str
    line_start: int  # 1-based, inclusive
    line_end: int
    uncertain: bool = False  # rebuilt row whose number is missing in the source


@dataclass
class _Frag:
    text: str
    line: int  # 1-based
    page: int
    numline: bool = False  # text that stood on the row-number line
    indent: bool = False  # source line started with whitespace (pypdf: a new text block)


_HEAD_WORDS = re.compile(
    r"\b(s?tt|nội dung|chỉ tiêu|tên|danh mục|nhiệm vụ|chủ trì|phối hợp|căn cứ|pháp lý|giao|"
    r"thời gian|thời hạn|tiến độ|kinh phí|tổng mức|ghi chú|đơn vị|cơ quan|sự cần thiết|"
    r"dự kiến|mục tiêu|kết quả|sản phẩm|nguồn vốn|năm 20\d\d)\b")
_HEAD_SPLIT = re.compile(  # capitalised phrases that open a new label inside a header line
    r"\s(?=(?:Các chỉ tiêu|Chỉ tiêu|Nội dung|Tên|Danh mục|Căn cứ|Cơ sở pháp lý|Cơ quan|Đơn vị|"
    r"Chủ trì|Phối hợp|Thời gian|Thời hạn|Tiến độ|Kinh phí|Tổng mức|Ghi chú|Mục tiêu|"
    r"Kết quả|Dự kiến|Sự cần thiết|Nguồn vốn)\b)")
_ROW_NUM = re.compile(r"^(\d{1,3})\.?(?:\s+([A-ZÀ-ỸĐ\-\"“(].*))?$")
_YEAR = re.compile(r"^(19|20)\d\d$")
_NUMERIC = re.compile(r"^[\d\s]+$")  # page numbers, "31  12  2024" stamps
_END = re.compile(
    r"^(ph[ụu] l[ụu]c(\s+([ivxlc]+|\d+))?\s*([:.]|$)|kt\.|tm\.|nơi nhận|ghi chú\s*:)", re.I)
_VALUE_SPLIT = re.compile(r"^(\S.{6,}?\S)\s+((?:Tối thiểu\s+)?[-+]?\d+(?:[.,]\d+)?\s*%)\s*$")

_LEGAL = re.compile(
    r"^(-\s*)?(Quyết định|Kế hoạch|Kết hoạch|Công văn|Nghị quyết|Nghị định|Thông tư|Chỉ thị|"
    r"Luật|Thông báo|Văn bản|Tờ trình|CV số|Báo cáo số|Căn cứ|Theo|Tại Điều|Chương trình số)\b")
_LEGAL_CONT = re.compile(
    r"\d{1,2}/\d{1,2}/\d{4}|\d+/[A-ZĐ]|/[A-ZĐ]{2,}|-[A-ZĐ]{2,}|TTg|^ngày\b|^số\b|\(mục")
_AGENCY = re.compile(
    r"^(-\s*)?(Sở|UBND|Ủy ban|Uỷ ban|Các sở|Các cơ quan|Các đơn vị|Văn phòng|Trung tâm|Công an|"
    r"Ngân hàng|Chi cục|Cục|Ban(?! hành)|Bảo hiểm|Thanh tra|Trường|Viện|Đài|Báo(?! cáo)|Bộ|"
    r"Kho bạc|Điện lực|Hội(?! nghị| thảo| đồng| viên)|Mặt trận|Liên đoàn|Đoàn|Công ty|Bưu điện)\b")
_VALUE = re.compile(
    r"^(-\s*)?([-+≥≤<>~]?\s*\d[\d.,]*\s*%?|Tối thiểu|Tối đa|Ít nhất|Duy trì|Không giao|Không|"
    r"Có|Đạt|Hoàn thành|Triển khai|Trên|Dưới)(\s|$)")
_DEADLINE = re.compile(
    r"^(Năm\s*)?(20\d\d|Quý|Tháng|Thường xuyên|Hằng năm|Hàng năm|Trước|Trong năm|Giai đoạn)")
_DANGLING = re.compile(  # a line ending like this goes on in the same cell
    r"(\b(của|và|về|ngày|số|tại|theo|các|với|cho|trong|trên|đến|giai đoạn|"
    r"Sở|Văn phòng|Ủy ban|Uỷ ban|Trung tâm|Cục|Chi cục|Ban|Bộ|Hội)|[-/,(])\s*$")
_LIST = re.compile(r"^\s*[-–•+*]\s")

SKIP, ROW_BREAK, DANGLE = -1.5, -3.0, -4.0  # empty column; unnumbered row; cell ends "của"/"06-"


def _col_type(label: str, idx: int) -> str:
    s = label.casefold()
    if idx == 0:
        return "number"
    if re.search(r"chủ trì|phối hợp|cơ quan|đơn vị(?! tính)", s):
        return "agency"
    if re.search(r"căn cứ|pháp lý", s):
        return "legal"
    if re.search(r"thời gian|thời hạn|tiến độ", s):
        return "deadline"
    if "ghi chú" in s:
        return "note"
    if idx > 1 and re.search(
            r"giao chỉ tiêu|chỉ tiêu năm|năm 20\d\d|mục tiêu|kinh phí|tổng mức|vốn|đơn vị tính|giá trị", s):
        return "value"
    return "content" if idx == 1 else "text"


def _read_header(lines: list[str], i: int):
    """Broken header at line ``i``: (labels, fragments, index of the row-1 line, widths) or None."""
    first = lines[i].strip()
    if "\t" in lines[i] or len(first) > 60 or not re.match(r"S?TT\b", first):
        return None
    frags, j = [], i
    while j < len(lines) and len(frags) < 16:
        s = lines[j].strip()
        if "\t" in lines[j]:
            return None
        if s:
            if _ROW_NUM.match(s) and not _YEAR.match(s):
                break
            if frags and len(s.split()) > 4 and not _HEAD_WORDS.search(s.casefold()):
                return None
            frags.append(s)
        j += 1
    m = _ROW_NUM.match(lines[j].strip()) if j < len(lines) else None
    if not m or m.group(1) != "1":
        return None
    labels: list[list[str]] = []  # the header fragments of each label
    for k, frag in enumerate(frags):
        parts = [p for p in _HEAD_SPLIT.split(frag) if p]
        head = re.match(r"(S?TT)\s+(.*)", parts[0]) if k == 0 else None
        if head:
            parts = [head.group(1), head.group(2)] + parts[1:]
        for p in parts:
            if labels and (p[0].islower() or p[0].isdigit()):
                labels[-1].append(p)
            else:
                labels.append([p])
    names = [" ".join(x) for x in labels]
    if len(names) < 3 or sum(bool(_HEAD_WORDS.search(x.casefold())) for x in names) < 2:
        return None
    widths = [1.5 * max(map(len, x)) if len(x) > 1 else None for x in labels]  # wrapped label
    return names, frags, j, widths


def _repeat_at(lines: list[str], j: int, frags: list[str]) -> int | None:
    """If the header fragments repeat from line ``j``, the index just after them."""
    k = 0
    while j < len(lines) and k < len(frags):
        s = lines[j].strip()
        if s:
            if s != frags[k]:
                return None
            k += 1
        j += 1
    return j if k == len(frags) else None


class _Table:
    """Column types and widths of one table, and the per-row assignment of fragments."""

    def __init__(self, labels: list[str], widths: list[float | None]):
        self.labels = labels
        self.types = [_col_type(x, k) for k, x in enumerate(labels)]
        self.width = widths
        agency = max((k for k, t in enumerate(self.types) if t == "agency"), default=-1)
        self.break_from = agency if agency > 0 else len(labels) - 2  # where a new row may open

    def _fits(self, t: str, text: str, look: str) -> bool:
        if t == "legal":
            return bool(_LEGAL.match(text))
        if t == "agency":
            return bool(_AGENCY.match(look))
        if t == "value":
            return bool(_VALUE.match(text)) and len(text.split()) <= 4
        if t == "deadline":
            return bool(_DEADLINE.match(text))
        return False

    def _width_pen(self, c: int, text: str) -> float:
        w = self.width[c]
        over = len(text) - (1.1 * w + 2) if w else 0
        return -min(4.0, 1.0 + over) if over > 0 else 0.0

    def start(self, frags: list[_Frag], i: int, c: int) -> float:
        """Score of fragment ``i`` opening a cell in column ``c``."""
        t, text = self.types[c], frags[i].text
        look = " ".join(f.text for f in frags[i:i + 3])
        s = self._width_pen(c, text)
        if self._fits(t, text, look):
            s += 3.0
        elif t == "note" and _LEGAL.match(text):
            s += 2.0
        elif t in ("content", "text") and (text[0].isupper() or _LIST.match(text)):
            s += 1.0
        return s - 3.0 if text[0].islower() else s

    def cont(self, frags: list[_Frag], i: int, c: int) -> float:
        """Score of fragment ``i`` continuing the cell of column ``c``."""
        t, text = self.types[c], frags[i].text
        look = " ".join(f.text for f in frags[i:i + 3])
        s = self._width_pen(c, text) + (0.5 if t == "legal" and _LEGAL_CONT.search(text) else 0.0)
        own = self._fits(t, text, look)
        later = {self.types[k] for k in range(c + 1, len(self.types))} - {t}
        if not own and any(self._fits(o, text, look) for o in later):
            return s - 2.0  # looks like the start of a later column
        if not text[0].isupper() or _DANGLING.search(frags[i - 1].text):
            return s + 0.5
        if own:  # a second item in the same cell comes after a separator
            sep = _LIST.match(text) or frags[i - 1].text.endswith((".", ";", ","))
            return s + (0.5 if sep else -1.0)
        done = t not in ("content", "text") and re.search(r"(\d{4}|[.;])\s*$", frags[i - 1].text)
        return s - (1.0 if done else 0.5)  # capitalised; after a finished citation/item: unlikely

    def pair(self, frags: list[_Frag], i: int, c: int) -> float:
        """Line-wrap consistency of fragments ``i-1`` and ``i`` in the same cell of ``c``."""
        a, b = frags[i - 1], frags[i]
        s = -2.0 if a.numline else 0.0  # text beside the row number is a complete one-line cell
        if a.text.endswith(".") and b.text[0].islower():
            s -= 1.0
        look = " ".join(f.text for f in frags[i:i + 3])
        if _LIST.match(b.text) or a.text.endswith((".", ";", ":")) or self._fits(self.types[c], b.text, look):
            return s  # a hard line break
        need = len(a.text) + 1 + len(b.text.split()[0])  # the next word would have fitted
        w = self.width[c]
        if (w and need < 0.85 * w - 2) or (not w and need < 0.7 * len(b.text)):
            s -= 1.5
        return s

    def assign(self, frags: list[_Frag], extra: int | None) -> list[tuple[int, int]]:
        """(row offset, column) of every fragment of one numbered block.

        ``extra``: how many unnumbered rows the block holds (gap to the next number minus one);
        ``None`` for the last block, which may hold up to 3.
        """
        C, c0 = len(self.labels), 1
        cap = 3 if extra is None else extra
        memo: dict = {}

        def sc(kind: str, i: int, c: int) -> float:
            if (kind, i, c) not in memo:
                memo[(kind, i, c)] = getattr(self, kind)(frags, i, c)
            return memo[(kind, i, c)]

        # State (column, resumed after a page break, unnumbered rows opened) -> (score, previous).
        trail = [{(c, 0, 0): (sc("start", 0, c) + SKIP * (c - c0) * (2 if c > c0 else 1), None)
                  for c in range(c0, C)}]
        for i in range(1, len(frags)):
            cur: dict = {}
            brk = frags[i].page != frags[i - 1].page
            prev = frags[i - 1].text
            dangle = DANGLE if _DANGLING.search(prev) or prev.count("(") > prev.count(")") else 0.0

            def put(key, score, back):
                if key not in cur or score > cur[key][0]:
                    cur[key] = (score, back)

            for key, (s, _) in trail[-1].items():
                c, b, r = key
                put((c, 1 if brk else b, r), s + sc("cont", i, c) + (0 if brk else sc("pair", i, c)), key)
                for c2 in range(c0, C):
                    if c2 == c:
                        continue
                    if brk or (b and c2 > c):  # resuming cells: any column after a break
                        step = max(sc("start", i, c2), sc("cont", i, c2)) - (0 if brk else 0.5)
                        put((c2, 1, r), s + step, key)
                    elif c2 > c and not b:
                        put((c2, 0, r), s + sc("start", i, c2) + SKIP * (c2 - c - 1) + dangle, key)
                if r < cap and c >= self.break_from and frags[i].text[0].isupper():
                    step = ROW_BREAK + dangle + sc("start", i, c0) + (1.5 if frags[i].indent else 0.0)
                    put((c0, 0, r + 1), s + step + (0 if b else SKIP * 0.5 * (C - 1 - c)), key)
            trail.append(cur)
        ends = [k for k in trail[-1] if extra is None or k[2] == extra] or list(trail[-1])
        end = max(ends, key=lambda k: trail[-1][k][0] + (0 if k[1] else SKIP * 0.5 * (C - 1 - k[0])))
        out = []
        for i in range(len(frags) - 1, -1, -1):
            out.append((end[2], end[0]))
            end = trail[i][end][1]
        return out[::-1]


def _learn_widths(n: int, blocks, assigned) -> list[float | None]:
    """Column widths: the non-final lines of a wrapped cell end a few characters short of it."""
    inner: list[list[int]] = [[] for _ in range(n)]
    every: list[list[int]] = [[] for _ in range(n)]
    for (_, _, bf, _), asg in zip(blocks, assigned):
        for k, (f, key) in enumerate(zip(bf, asg)):
            every[key[1]].append(len(f.text))
            if k + 1 < len(bf) and asg[k + 1] == key and bf[k + 1].page == f.page:
                inner[key[1]].append(len(f.text))
    return [sorted(a)[len(a) // 2] + 3.0 if len(a) >= 3 else (max(b) if b else None)
            for a, b in zip(inner, every)]


def _split_value(f: _Frag) -> list[_Frag]:
    m = _VALUE_SPLIT.match(f.text)
    if not m:
        return [f]
    return [_Frag(m.group(1), f.line, f.page, f.numline, f.indent),
            _Frag(m.group(2), f.line, f.page, f.numline)]


def _rebuild(lines: list[str], start: int, labels: list[str], hfrags: list[str], body: int, widths):
    """Rebuild one table: (logical lines, 1-based number of its last source line)."""
    table = _Table(labels, widths)
    frags: list[_Frag] = []
    page, j = 0, body
    while j < len(lines):
        s = lines[j].strip()
        if "\t" in lines[j] or _END.match(s):
            break
        after = _repeat_at(lines, j, hfrags) if s == hfrags[0] else None
        if after is not None:  # repeated header: drop the page number / stamp before it
            while frags and _NUMERIC.match(frags[-1].text):
                frags.pop()
            page, j = page + 1, after
            continue
        if s:
            frags.append(_Frag(s, j + 1, page, indent=lines[j][:1].isspace()))
        j += 1
    while frags and _NUMERIC.match(frags[-1].text):  # a trailing page number stays an ordinary line
        frags.pop()
    last = frags[-1].line if frags else body
    # Row starts: the expected number, or a larger one that the next number confirms.
    nums = [(k, int(m.group(1))) for k, f in enumerate(frags) if (m := _ROW_NUM.match(f.text))]
    starts, numbers, expected = [], [], 1
    for x, (k, n) in enumerate(nums):
        following = [v for _, v in nums[x + 1:x + 4]]
        if n == expected or (expected < n <= expected + 15 and (not following or n + 1 in following)):
            starts.append(k)
            numbers.append(n)
            expected = n + 1
    blocks = []
    for b, k in enumerate(starts):
        rest = _ROW_NUM.match(frags[k].text).group(2)
        head = [_Frag(rest, frags[k].line, frags[k].page, numline=True)] if rest else []
        body_frags = head + frags[k + 1:starts[b + 1] if b + 1 < len(starts) else len(frags)]
        if "value" in table.types:
            body_frags = [g for f in body_frags for g in _split_value(f)]
        gap = numbers[b + 1] - numbers[b] - 1 if b + 1 < len(starts) else None
        blocks.append((str(numbers[b]), frags[k].line, body_frags, gap))
    assigned: list[list[tuple[int, int]]] = []
    for _ in range(3):  # pass 1 uses header-derived widths, passes 2-3 widths learnt from rows
        assigned = [table.assign(bf, gap) if bf else [] for _, _, bf, gap in blocks]
        table.width = _learn_widths(len(labels), blocks, assigned)
    out = [LogicalLine("\t".join(labels), start + 1, body)]
    for (num, line, bf, _), asg in zip(blocks, assigned):
        rows: dict[int, list[list[str]]] = {0: [[] for _ in labels]}
        spans: dict[int, list[int]] = {0: [line]}
        for f, (r, c) in zip(bf, asg):
            rows.setdefault(r, [[] for _ in labels])[c].append(f.text)
            spans.setdefault(r, []).append(f.line)
        for r in sorted(rows):
            cells = [" ".join(x) for x in rows[r]]
            cells[0] = num if r == 0 else ""
            out.append(LogicalLine("\t".join(cells), min(spans[r]), max(spans[r]), uncertain=r > 0))
    return out, last


def rebuild_broken_tables(lines: list[str]) -> list[LogicalLine]:
    """Return ``lines`` as logical lines, with broken-layout tables rebuilt (see module doc).

    Ordinary lines pass through verbatim with ``line_start == line_end`` (1-based). A rebuilt
    table contributes one TAB-joined header line and one TAB-joined line per data row, whose
    span covers the row's source lines; page numbers and repeated headers inside it vanish.
    """
    norm = [unicodedata.normalize("NFC", x) for x in lines]  # for analysis; ordinary lines verbatim
    out: list[LogicalLine] = []
    i = 0
    while i < len(lines):
        head = _read_header(norm, i)
        if head is None:
            out.append(LogicalLine(lines[i], i + 1, i + 1))
            i += 1
            continue
        rebuilt, last = _rebuild(norm, i, *head)
        out.extend(rebuilt)
        i = last  # the 1-based number of the table's last line is the index of the next line
    return out
