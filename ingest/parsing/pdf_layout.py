"""Rebuild appendix tables whose layout a PDF text extractor destroyed.

Some PDF extractions (e.g. ``corpus/2025-plan_ubnd.txt``) read a table column by column: each
cell is wrapped over several lines, blank lines sit in between, and the cells of one row follow
each other (number, content lines, target, legal-basis lines, agency lines). The header is broken
the same way and repeats at every page break. :func:`rebuild_broken_tables` turns such a region
back into one TAB-separated logical line for the header and one per data row; every other line
passes through unchanged.

How (no per-file rules):

1. A table starts at a short ``TT``/``STT`` line followed by short header fragments with table
   header words and then a row numbered 1. Fragments merge into column labels: a capitalised
   fragment (or a known header phrase inside a line) starts a label, a lowercase/year fragment
   continues it. Repeats of the same fragment sequence are page breaks; page numbers and date
   stamps just before them are dropped. The table ends at a "Phụ lục"/signature/"Ghi chú:" line,
   a TAB line, or the end of the text.
2. Rows start at a line holding the next expected number (alone or followed by text); a larger
   number is accepted when the following number confirms it (numbers missing in the source).
3. A row's fragments go to columns in order by dynamic programming: each column gets a type from
   its label (content, value, legal, agency, deadline, note, text) and each fragment is scored
   for *starting* or *continuing* a cell of that type (keywords, capitalisation, a dangling last
   word, greedy line-wrap consistency, column width). Widths are learnt from a first pass and
   used in later passes. At a page break a row may resume an earlier column; after the last
   columns a fragment may open an unnumbered row (source rows without a number), which is
   returned with an empty number cell and ``uncertain=True``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["LogicalLine", "rebuild_broken_tables"]


@dataclass
class LogicalLine:
    """One logical line: a source line, or a rebuilt table header/row (cells joined by TAB)."""

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
    indent: bool = False  # source line started with whitespace


_UP = r"A-ZÀ-ỸĐ"
_HEAD_WORDS = re.compile(
    r"\b(s?tt|nội dung|chỉ tiêu|tên|danh mục|nhiệm vụ|chủ trì|phối hợp|căn cứ|pháp lý|giao|"
    r"thời gian|thời hạn|tiến độ|kinh phí|tổng mức|ghi chú|đơn vị|cơ quan|sự cần thiết|dự kiến|"
    r"mục tiêu|kết quả|sản phẩm|nguồn vốn|năm 20\d\d)\b")
# Capitalised phrases that open a new header label even in the middle of a line.
_HEAD_SPLIT = re.compile(
    r"\s(?=(?:Các chỉ tiêu|Chỉ tiêu|Nội dung|Tên|Danh mục|Căn cứ|Cơ sở pháp lý|Cơ quan|Đơn vị|"
    r"Chủ trì|Phối hợp|Thời gian|Thời hạn|Tiến độ|Kinh phí|Tổng mức|Ghi chú|Mục tiêu|Kết quả|"
    r"Dự kiến|Sự cần thiết|Nguồn vốn)\b)")
_ROW_NUM = re.compile(rf"^(\d{{1,3}})\.?(?:\s+([{_UP}\-\"“(].*))?$")
_YEAR = re.compile(r"^(19|20)\d\d$")
_NUMERIC = re.compile(r"^[\d\s./-]+$")
_END = re.compile(r"^(ph[ụu] l[ụu]c\b|kt\.|tm\.|nơi nhận|ghi chú\s*:)", re.I)
_VALUE_SPLIT = re.compile(r"^(\S.{6,}?\S)\s+((?:Tối thiểu\s+)?[-+]?\d+(?:[.,]\d+)?\s*%)\s*$")

_LEGAL = re.compile(
    r"^(-\s*)?(Quyết định|Kế hoạch|Kết hoạch|Công văn|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Luật|"
    r"Thông báo|Văn bản|Tờ trình|CV số|Báo cáo số|Căn cứ|Theo|Tại Điều|Chương trình số)\b")
_LEGAL_CONT = re.compile(r"\d{1,2}/\d{1,2}/\d{4}|\d+/[A-ZĐ]|/[A-ZĐ]{2,}|-[A-ZĐ]{2,}|TTg|^ngày\b|^số\b|\(mục")
_AGENCY = re.compile(
    r"^(-\s*)?(Sở|UBND|Ủy ban|Uỷ ban|Các sở|Các cơ quan|Các đơn vị|Văn phòng|Trung tâm|Công an|"
    r"Ngân hàng|Chi cục|Cục|Ban(?! hành)|Bảo hiểm|Thanh tra|Trường|Viện|Đài|Báo(?! cáo)|Bộ|Kho bạc|"
    r"Điện lực|Hội(?! nghị| thảo| đồng| viên)|Mặt trận|Liên đoàn|Đoàn|Công ty|Bưu điện)\b")
_VALUE = re.compile(
    r"^(-\s*)?([-+≥≤<>~]?\s*\d[\d.,]*\s*%?|Tối thiểu|Tối đa|Ít nhất|Duy trì|Không giao|Không|Có|"
    r"Đạt|Hoàn thành|Triển khai|Trên|Dưới)(\s|$)")
_DEADLINE = re.compile(r"^(Năm\s*)?(20\d\d|Quý|Tháng|Thường xuyên|Hằng năm|Hàng năm|Trước|Trong năm|Giai đoạn)")
_DANGLING = re.compile(r"(\b(của|và|về|ngày|số|tại|theo|các|với|cho|trong|trên|đến|giai đoạn)|[-/,(])\s*$")
_LIST = re.compile(r"^\s*[-–•+*]\s")
_STRONG = {"legal": _LEGAL, "agency": _AGENCY}

SKIP, ROW_BREAK = -1.5, -3.0


def _col_type(label: str, idx: int, first: int) -> str:
    s = label.casefold()
    if re.fullmatch(r"s?tt", s):
        return "number"
    if re.search(r"chủ trì|phối hợp|cơ quan|đơn vị(?! tính)", s):
        return "agency"
    if re.search(r"căn cứ|pháp lý", s):
        return "legal"
    if re.search(r"thời gian|thời hạn|tiến độ", s):
        return "deadline"
    if "ghi chú" in s:
        return "note"
    if idx != first and re.search(r"giao chỉ tiêu|chỉ tiêu năm|năm 20\d\d|mục tiêu|kinh phí|tổng mức|vốn|đơn vị tính|giá trị", s):
        return "value"
    return "content" if idx == first else "text"


def _read_header(lines: list[str], i: int):
    """Header at line ``i``: (labels, fragment texts, index of the row-1 line) or None."""
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
    labels: list[str] = []
    pieces: list[list[str]] = []  # header fragments of each label (its wrapping hints the width)
    for k, frag in enumerate(frags):
        parts = [p for p in _HEAD_SPLIT.split(frag) if p]
        if k == 0:
            head = re.match(r"(S?TT)\s+(.*)", parts[0])
            parts = [head.group(1), head.group(2)] + parts[1:] if head else parts
        for p in parts:
            if labels and (p[0].islower() or p[0].isdigit()):
                labels[-1] += " " + p
                pieces[-1].append(p)
            else:
                labels.append(p)
                pieces.append([p])
    if len(labels) < 3 or sum(bool(_HEAD_WORDS.search(x.casefold())) for x in labels) < 2:
        return None
    widths = [1.5 * max(map(len, x)) if len(x) > 1 else None for x in pieces]
    return labels, frags, j, widths


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
    def __init__(self, labels: list[str], widths: list[float | None]):
        self.labels = labels
        first = 1 if re.fullmatch(r"s?tt", labels[0].casefold()) else 0
        self.types = [_col_type(x, k, first) for k, x in enumerate(labels)]
        self.content = first
        # A wrapped header label hints the column width; later passes learn it from the rows.
        self.width = widths
        present = set(self.types)
        # Unnumbered rows may open only after the agency column (or the last two columns).
        agency = max((k for k, t in enumerate(self.types) if t == "agency"), default=-1)
        self.break_from = max(agency + 1 if agency < len(labels) - 1 else agency, len(labels) - 2)
        self.strong = {t: p for t, p in _STRONG.items() if t in present}

    # -- fragment scores -------------------------------------------------------------------
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
        return -4.0 if w and len(text) > 1.2 * w + 3 else 0.0

    def start(self, frags: list[_Frag], i: int, c: int) -> float:
        t, text = self.types[c], frags[i].text
        look = " ".join(f.text for f in frags[i:i + 3])
        s = self._width_pen(c, text)
        if self._fits(t, text, look):
            s += 3.0
        elif t == "note" and _LEGAL.match(text):
            s += 1.0
        elif t in ("content", "text") and (text[0].isupper() or _LIST.match(text)):
            s += 1.0
        if text[0].islower():
            s -= 2.0
        return s

    def cont(self, frags: list[_Frag], i: int, c: int) -> float:
        t, text = self.types[c], frags[i].text
        look = " ".join(f.text for f in frags[i:i + 3])
        s = self._width_pen(c, text)
        if t == "legal" and _LEGAL_CONT.search(text):
            s += 0.5
        if not text[0].isupper():
            return s + 0.5
        if self._fits(t, text, look):
            return s
        if any(p.match(look if o == "agency" else text) for o, p in self.strong.items() if o != t):
            return s - 2.0
        return s - 0.5

    def pair(self, frags: list[_Frag], i: int, c: int) -> float:
        """Fragment ``i`` continues the cell that fragment ``i-1`` is in (greedy wrapping)."""
        a, b = frags[i - 1], frags[i]
        s = -2.0 if a.numline else 0.0
        if _LIST.match(b.text) or a.text.endswith((".", ";", ":")):
            return s
        need = len(a.text) + 1 + len(b.text.split()[0])
        w = self.width[c]
        if (w and need < 0.75 * w) or (not w and need < 0.7 * len(b.text)):
            s -= 1.5
        return s

    # -- dynamic programme -------------------------------------------------------------------
    def assign(self, frags: list[_Frag], extra: int | None) -> list[tuple[int, int]]:
        """(row offset, column) for every fragment of one numbered block.

        ``extra`` is the number of unnumbered rows the block must hold (the gap to the next row
        number minus one); ``None`` for the last block, where up to 3 are allowed.
        """
        C, c0 = len(self.labels), self.content
        cap = 3 if extra is None else extra
        first = {}
        for c in range(c0, C):
            first[(c, 0, 0)] = (self.start(frags, 0, c) + SKIP * (c - c0) * (2 if c > c0 else 1), None)
        trail = [first]
        for i in range(1, len(frags)):
            cur: dict = {}
            brk = frags[i].page != frags[i - 1].page
            prev_t = frags[i - 1].text
            dangle = -2.5 if _DANGLING.search(prev_t) or prev_t.count("(") > prev_t.count(")") else 0.0

            def put(key, score, prev):
                if key not in cur or score > cur[key][0]:
                    cur[key] = (score, prev)

            for key, (s, _) in trail[-1].items():
                c, b, r = key
                put((c, 1 if brk else b, r), s + self.cont(frags, i, c) + (0 if brk else self.pair(frags, i, c)), key)
                for c2 in range(c0, C):
                    if c2 == c:
                        continue
                    if brk or b:
                        if c2 > c or brk:
                            put((c2, 1, r), s + max(self.start(frags, i, c2), self.cont(frags, i, c2)), key)
                    elif c2 > c:
                        put((c2, 0, r), s + self.start(frags, i, c2) + SKIP * (c2 - c - 1) + dangle, key)
                if r < cap and c >= self.break_from and frags[i].text[0].isupper():
                    sc = s + ROW_BREAK + dangle + self.start(frags, i, c0) + (1.0 if frags[i].indent else 0.0)
                    put((c0, 0, r + 1), sc + (0 if b else SKIP * (C - 1 - c)), key)
            trail.append(cur)
        ends = [k for k in trail[-1] if extra is None or k[2] == extra] or list(trail[-1])
        end = max(ends, key=lambda k: trail[-1][k][0] + (0 if k[1] else SKIP * 0.5 * (C - 1 - k[0])))
        out = []
        for i in range(len(frags) - 1, -1, -1):
            out.append((end[2], end[0]))
            end = trail[i][end][1]
        return out[::-1]


def _split_value(f: _Frag) -> list[_Frag]:
    m = _VALUE_SPLIT.match(f.text)
    if not m:
        return [f]
    return [_Frag(m.group(1), f.line, f.page, f.numline, f.indent), _Frag(m.group(2), f.line, f.page, f.numline)]


def _rebuild(lines: list[str], start: int, labels: list[str], hfrags: list[str], body: int, widths):
    """Rebuild one table; returns (logical lines, index of the first line after the table)."""
    table = _Table(labels, widths)
    has_value = "value" in table.types
    frags: list[_Frag] = []
    page, j = 0, body
    while j < len(lines):
        raw, s = lines[j], lines[j].strip()
        if "\t" in raw or _END.match(s):
            break
        after = _repeat_at(lines, j, hfrags) if s == hfrags[0] else None
        if after is not None:
            while frags and _NUMERIC.match(frags[-1].text):
                frags.pop()  # page number / date stamp before a repeated header
            page += 1
            j = after
            continue
        if s:
            frags.append(_Frag(s, j + 1, page, indent=raw[:1].isspace()))
        j += 1
    stop = j
    while frags and _NUMERIC.match(frags[-1].text):  # trailing page numbers stay ordinary lines
        frags.pop()
    last = frags[-1].line if frags else body
    # Row starts.
    nums = [(k, int(m.group(1))) for k, f in enumerate(frags) if (m := _ROW_NUM.match(f.text))]
    starts, expected = [], 1
    for n_idx, (k, n) in enumerate(nums):
        following = [x for _, x in nums[n_idx + 1:]]
        if n == expected or (expected < n <= expected + 15 and (not following or n + 1 in following[:3])):
            starts.append(k)
            expected = n + 1
    blocks = []
    numbers = [int(_ROW_NUM.match(frags[k].text).group(1)) for k in starts]
    for b, k in enumerate(starts):
        m = _ROW_NUM.match(frags[k].text)
        rest = []
        if m.group(2):
            rest = [_Frag(m.group(2), frags[k].line, frags[k].page, numline=True)]
        stop_k = starts[b + 1] if b + 1 < len(starts) else len(frags)
        body_frags = rest + frags[k + 1:stop_k]
        if has_value:
            body_frags = [g for f in body_frags for g in _split_value(f)]
        gap = numbers[b + 1] - numbers[b] - 1 if b + 1 < len(starts) else None
        blocks.append((m.group(1), frags[k].line, body_frags, gap))
    # Passes: the first learns column widths, the later ones use them.
    for _ in range(3):
        assigned = [table.assign(bf, gap) if bf else [] for _, _, bf, gap in blocks]
        lengths: list[list[int]] = [[] for _ in labels]
        for (_, _, bf, _), asg in zip(blocks, assigned):
            for f, (_, c) in zip(bf, asg):
                lengths[c].append(len(f.text))
        import os
        if os.environ.get("PDFL_DEBUG"):
            print("widths", table.width)
        table.width = [sorted(x)[int(0.9 * (len(x) - 1))] if len(x) >= 3 else None for x in lengths]
    out = [LogicalLine("\t".join(labels), start + 1, body)]
    for (num, line, bf, _), asg in zip(blocks, assigned):
        rows: dict[int, list[list[str]]] = {}
        spans: dict[int, list[int]] = {}
        for f, (r, c) in zip(bf, asg):
            rows.setdefault(r, [[] for _ in labels])[c].append(f.text)
            spans.setdefault(r, []).append(f.line)
        if not rows:
            rows[0], spans[0] = [[] for _ in labels], []
        for r in sorted(rows):
            cells = [" ".join(x) for x in rows[r]]
            cells[0] = num if r == 0 else ""
            lo = [line] if r == 0 else []
            ls = spans[r] + lo
            out.append(LogicalLine("\t".join(cells), min(ls), max(ls), uncertain=r > 0))
    return out, last


def rebuild_broken_tables(lines: list[str]) -> list[LogicalLine]:
    """Return ``lines`` as logical lines, with broken-layout tables rebuilt (see module doc)."""
    out: list[LogicalLine] = []
    i = 0
    while i < len(lines):
        head = _read_header(lines, i)
        if head is None:
            out.append(LogicalLine(lines[i], i + 1, i + 1))
            i += 1
            continue
        rebuilt, last = _rebuild(lines, i, *head)
        out.extend(rebuilt)
        i = last  # ``last`` is 1-based: the next line index is the line after it
    return out
