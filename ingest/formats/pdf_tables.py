"""Tables without ruling lines in a PDF page, rebuilt from word positions.

pdfplumber's default table finder follows drawn lines, so a table printed without borders comes out
as loose text. This module finds such tables from where the words sit (pdfplumber
``extract_words``) and returns their rows as cell lists on a stable column grid:

1. **Lines and segments.** Words are grouped into visual lines (vertical overlap); inside a line a
   horizontal gap clearly wider than a space (relative to the page's own typical word gap) starts a
   new *segment* — a candidate cell.
2. **Regions.** A run of lines where lines with two or more segments keep recurring is a candidate
   table. Its columns are the union of the x-ranges of its segments, leaving out *spanning*
   segments (one segment that covers two segments of another line: a group row, a label over
   sub-columns, or two cells too close to tell apart). A region is a table only if it has at least
   three columns, two lines with two or more segments that each fit one column, and one such line
   with three or more (a page holding only a repeated header and a row's continuation counts).
   Lines just above/below that do not fit the columns (a caption, the paragraph after the table, a
   page number) are left out; a single line that fits one column and sits as close as the table's
   own lines (a wrapped cell continued at the top of a page) is kept.
3. **Cells.** Every segment goes to the column it lies in; a segment crossing column boundaries is
   split at word gaps that fall on a boundary, or else kept whole in its first column (a merged
   cell: its text once, the spanned positions "").
4. **Rows.** Text wrapped inside a cell has the line spacing of the cell; rows are separated by a
   larger vertical gap (cell padding). Where a table has no such gaps, and its first column holds
   row numbers, a line with a number in the first column starts a new row (a number wrapped in a
   too-narrow column, "1"/"0", stays one cell "10"). A switch between all-bold and regular lines
   (header → body, group row → rows) is a row boundary too. Lines at the top of a page before
   any numbered line form a row with an empty first cell: the parser merges it with the row
   continued from the previous page. A token the column width broke over two lines ("2027-" /
   "2028", "100" / "%") is rejoined without a space.

Only geometry is used: no header wording, no per-document rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from statistics import median

from ingest.formats import join_wrapped
from ingest.text import BULLET_CELL

__all__ = ["PageRules", "UnruledTable", "find_unruled_tables", "open_row_ends", "rows_between_column_rules", "ruled_columns_below"]

_MIN_COLUMNS = 3
_MIN_ROW_LINES = 2  # with _MIN_COLUMNS: two lines with 3+ aligned cells each
#: A table of two columns (a term and what it stands for) needs this many lines of two cells, none
#: starting with a number, with the cells of each column starting at one x (left-aligned) in this
#: share of them: a numbered paragraph with a hanging indent, a letterhead's or a signature's two
#: blocks (centred) are not tables.
_MIN_LIST_LINES = 4
_LIST_ALIGNED_SHARE = 0.8
#: A segment spans columns when it covers two segments of at least this share of the lines beside
#: it (set on a three-line-rule hospital plan whose justified cell lines have gutter-wide gaps:
#: one such line in 25 made the whole indicator column "spanning").
_SPANNING_SHARE = 0.25
#: A gap in a line is a justified space, not a gutter, when a word of this share of the table's other
#: lines bridges it from end to end (two lines at least).
_JUSTIFIED_CROSSINGS = 0.1
#: A line of at least this many gaps, all within this factor of their median, and the median at
#: most this many ordinary spaces, is justified text: one segment. (Set on a resolution whose
#: justified paragraph line had 13 spaces of 5.8 pt against a page's 3.2 pt and a split gap of 5.83;
#: the cells of a table row are parted by gutters of 50-120 pt among 2.6 pt spaces.)
_JUSTIFIED_MIN_GAPS = 4
_JUSTIFIED_EVENNESS = 1.3
_JUSTIFIED_MAX_STRETCH = 2.5
#: A line with this share of the fullest line's segments (or more) is a full line: it sets the columns.
_FULL_LINE_SHARE = 0.6
#: A column no full line uses (a stacked record's number, left of the text spanning the columns below it) is one
#: of the table's when this many of its other lines hold a segment there (see _key_column).
_MIN_KEY_LINES = 3
#: A drawn horizontal line this share of the page wide or wider is a table's rule.
_RULE_MIN_WIDTH = 0.25
#: A gap above a table part's first full line this many times wider than every gap between the
#: part's lines below it ends the table there (the pandoc-made plan's title stood 12.8 pt above its
#: header, whose rows were at most 7.6 pt apart).
_GAP_ABOVE_TABLE = 1.5
#: A gap this many times the usual gap above a row's first line (and at least a line high) between
#: two lines parts two tables (LibreOffice's rows of a pandoc table were 5.3 pt apart, the title and
#: caption between two appendix tables 11-13 pt).
_PARAGRAPH_GAP = 2.0
#: A rule at most this many line heights above the first of the lines given (below an earlier table)
#: is the one over them; further up, it belongs to what stands between.
_RULE_TO_HEADER = 2.0
#: Lines between a rule and the first line found to fit the columns that are read as the header.
_MAX_HEADER_LINES = 6
#: A line at most this share of the page's text width is a cell's line, not a paragraph's: a run of
#: any number of them stays inside a table (a pandoc table's long cell, one word per line, ran over
#: 40 lines between two rows).
_NARROW_LINE_SHARE = 0.4
#: An ordinary space is at most this share of the line height. (A page where most lines hold one
#: word per cell — a pandoc table's narrow columns — has more gutters than spaces between words: its
#: lower-third gap was 14-25 pt in 12 pt lines, against 3.8-3.9 pt on the pages before it.)
_MAX_SPACE_SHARE = 0.4
_PAGE_NUMBER = re.compile(r"[\d\s/.-]+")
#: (a capital alone, "A", "B", marks the parts of a finance template's table: "A | TỔNG CHI NSĐP | …")
_NUMBERISH = re.compile(r"^(?:\d+(?:[.,]\d+)*[.)]?|[IVXLCivxlc]+[.)]?|[a-zđ][.)]|[A-Z][.)]?)$")


@dataclass
class UnruledTable:
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    rows: list[list[str]]


@dataclass
class _Seg:
    x0: float
    x1: float
    words: list[dict]

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


@dataclass
class _Line:
    top: float
    bottom: float
    words: list[dict]
    segs: list[_Seg] = field(default_factory=list)


def find_unruled_tables(page) -> list[UnruledTable]:
    """Tables laid out without ruling lines on ``page`` (a pdfplumber page), top to bottom."""
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, extra_attrs=["fontname"])
    if len(words) < 6:
        return []
    lines = _visual_lines(words)
    heights = [ln.bottom - ln.top for ln in lines]
    line_h = median(heights) if heights else 10.0
    space = min(_typical_space(lines), _MAX_SPACE_SHARE * line_h)
    split_gap = max(1.8 * space, 0.35 * line_h)
    for line in lines:
        line.segs = _segments(line.words, split_gap, space)

    rules = _rules(page)
    tables: list[UnruledTable] = []
    floor = 0  # lines before this index belong to an earlier table
    runs = [piece for run in _candidate_runs(lines, line_h) for piece in _split_at_paragraph_gaps(lines, *run, line_h)]
    for k, (start, end) in enumerate(runs):
        ceiling = runs[k + 1][0] if k + 1 < len(runs) else len(lines)
        found = _build_tables(lines[start:end], lines[floor:ceiling], start - floor, space, line_h,
                              page_end=ceiling == len(lines), rules=rules)
        if found:
            tables.extend(table for table, _ in found)
            floor += found[-1][1]
    return tables


# --------------------------------------------------------------------------- lines and segments


def _rules(page) -> list[float]:
    """Heights of the horizontal rules drawn across a fair part of the page (a "three-line" table's
    rules above and below its header and under its last row), top to bottom."""
    try:
        edges = page.horizontal_edges
    except Exception:  # noqa: BLE001 - a page whose drawing pdfplumber cannot read has no rules
        return []
    tops = sorted(e["top"] for e in edges if e["x1"] - e["x0"] >= _RULE_MIN_WIDTH * float(page.width))
    out: list[float] = []
    for y in tops:
        if not out or y - out[-1] > 1.0:
            out.append(y)
    return out


def _visual_lines(words: list[dict]) -> list[_Line]:
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        mid = (word["top"] + word["bottom"]) / 2
        height = word["bottom"] - word["top"]
        target = None
        for line in reversed(lines[-3:]):
            line_mid = (line.top + line.bottom) / 2
            if abs(mid - line_mid) <= 0.35 * max(height, line.bottom - line.top):
                target = line
                break
        if target is None:
            lines.append(_Line(word["top"], word["bottom"], [word]))
        else:
            target.words.append(word)
            target.top = min(target.top, word["top"])
            target.bottom = max(target.bottom, word["bottom"])
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
    lines.sort(key=lambda ln: ln.top)
    return lines


def _typical_space(lines: list[_Line]) -> float:
    gaps = [b["x0"] - a["x1"] for ln in lines for a, b in zip(ln.words, ln.words[1:]) if b["x0"] > a["x1"]]
    if not gaps:
        return 3.0
    gaps.sort()
    return max(gaps[len(gaps) // 3], 1.0)  # lower third: ordinary spaces, not gutters


def _segments(words: list[dict], split_gap: float, space: float) -> list[_Seg]:
    gaps = [b["x0"] - a["x1"] for a, b in zip(words, words[1:])]
    middle = median(gaps) if len(gaps) >= _JUSTIFIED_MIN_GAPS else None
    if middle is not None and max(gaps) <= _JUSTIFIED_EVENNESS * middle and middle <= _JUSTIFIED_MAX_STRETCH * space:
        # every space of the line stretched alike: a justified line of prose (or of one cell), whose
        # stretched spaces may reach a gutter's width; gutters between cells differ from the spaces
        # inside them
        seg = _Seg(words[0]["x0"], max(w["x1"] for w in words), list(words))
        return [seg]
    segs: list[_Seg] = []
    for word in words:
        if segs and word["x0"] - segs[-1].x1 < split_gap:
            segs[-1].words.append(word)
            segs[-1].x1 = max(segs[-1].x1, word["x1"])
        else:
            segs.append(_Seg(word["x0"], word["x1"], [word]))
    return segs


# --------------------------------------------------------------------------- regions


def _candidate_runs(lines: list[_Line], line_h: float) -> list[tuple[int, int]]:
    """[start, end) index ranges where multi-segment lines recur (at most 3 other lines between)."""
    runs: list[tuple[int, int]] = []
    start = last = None
    left = min((ln.words[0]["x0"] for ln in lines), default=0.0)
    right = max((ln.words[-1]["x1"] for ln in lines), default=0.0)

    def narrow(line: _Line) -> bool:  # a cell's line, not a paragraph's (which runs across the page)
        return line.words[-1]["x1"] - line.words[0]["x0"] <= _NARROW_LINE_SHARE * (right - left)

    for i, line in enumerate(lines):
        if len(line.segs) < 2:
            continue
        # Single-segment lines in between (wrapped cells) may be many — any number when all are as
        # narrow as a cell (one word per line in a narrow column); the run ends at a large vertical
        # gap. Lines that do not fit the columns are trimmed later.
        near = last is not None and (i - last <= 25 or all(narrow(lines[k]) for k in range(last + 1, i))) and all(
            lines[k + 1].top - lines[k].bottom <= 3 * line_h for k in range(last, i))
        if start is None or not near:
            if start is not None:
                runs.append((start, last + 1))
            start = i
        last = i
    if start is not None:
        runs.append((start, last + 1))
    return runs


def _split_at_paragraph_gaps(lines: list[_Line], start: int, end: int, line_h: float) -> list[tuple[int, int]]:
    """The run lines[start:end] cut at paragraphs standing apart between two tables: lines of one
    segment each ("PHỤ LỤC II" / "DANH MỤC …" / "(Kèm theo …)") set off above and below by gaps wider
    than _PARAGRAPH_GAP times the usual gap above a line of several cells (a row's first line) and a
    line high. Read as one run, the two tables' merged columns fit neither. A wide gap with no such
    paragraph in it (below a group row) cuts nothing. Each piece runs from its first to its last
    line of two segments or more."""
    above_rows = [lines[k].top - lines[k - 1].bottom for k in range(start + 1, end) if len(lines[k].segs) >= _MIN_COLUMNS]
    if len(above_rows) < _MIN_ROW_LINES:
        return [(start, end)]
    wide = max(_PARAGRAPH_GAP * median(above_rows), line_h)
    cuts = [k for k in range(start + 1, end) if lines[k].top - lines[k - 1].bottom > wide]
    blocks = list(zip([start, *cuts], [*cuts, end]))
    pieces: list[tuple[int, int]] = []
    current: list[int] = []  # lines of two segments or more since the last paragraph
    for a, b in blocks:
        multi = [k for k in range(a, b) if len(lines[k].segs) >= 2]
        if multi:
            current.extend(multi)
        elif current:
            pieces.append((current[0], current[-1] + 1))
            current = []
    if current:
        pieces.append((current[0], current[-1] + 1))
    return pieces


def _join_justified(run: list[_Line]) -> None:
    """Join the segments of a line split at a gap that words of other lines run through: a
    justified cell line stretched its spaces as wide as a gutter ("Số  hệ  thống  thông"), but a
    gutter between columns is bridged by no word of the table's other lines (only a group row or a
    label over sub-columns bridges one: JUSTIFIED_CROSSINGS of the lines must)."""
    # (lines of as many segments as a table has columns at least: a paragraph, a heading or a
    # letterhead of two blocks near the table bridges gutters)
    tabular = [ln for ln in run if len(ln.segs) >= _MIN_COLUMNS]
    spans = [[(w["x0"], w["x1"]) for w in ln.words] for ln in tabular]
    need = max(2.0, _JUSTIFIED_CROSSINGS * len(tabular))
    for n, line in enumerate(tabular):
        joined = [line.segs[0]]
        for seg in line.segs[1:]:
            lo, hi = joined[-1].x1 + 0.5, seg.x0 - 0.5
            crossed = sum(1 for m, words in enumerate(spans) if m != n and any(a < lo and b > hi for a, b in words))
            if crossed >= need:
                joined[-1] = _Seg(joined[-1].x0, max(joined[-1].x1, seg.x1), joined[-1].words + seg.words)
            else:
                joined.append(seg)
        line.segs = joined


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def _columns(lines: list[_Line]) -> list[tuple[float, float]]:
    """Column x-ranges: the union of the non-spanning segments of the table's full lines (those
    with nearly as many segments as the fullest: a row's first line), or of all its lines when
    fewer than two are full. A header label wider than its column or a group row running past
    its cell sits on a line with few segments: it widens no column (it would join two)."""
    # Each multi-segment line as sorted starts/ends: the segments of line L that overlap [a, b]
    # by more than 0.5 are those starting before b - 0.5 minus those ending before a + 0.5.
    multi = [(id(ln), [s.x0 for s in ln.segs], [s.x1 for s in ln.segs]) for ln in lines if len(ln.segs) >= 2]
    most = max((len(ln.segs) for ln in lines), default=0)
    full = [ln for ln in lines if len(ln.segs) >= max(_MIN_COLUMNS, _FULL_LINE_SHARE * most)]
    kept: list[tuple[float, float]] = []
    for line in (full if len(full) >= 2 else lines):
        for seg in line.segs:
            # segments of each other multi-segment line that this one overlaps
            under = [bisect_left(starts, seg.x1 - 0.5) - bisect_right(ends, seg.x0 + 0.5)
                     for key, starts, ends in multi if key != id(line)]
            beside = sum(1 for n in under if n >= 1)
            # spanning when it covers two segments of a share of the lines beside it: a group row
            # or a label over sub-columns covers two in (nearly) every line; a cell's text covers
            # two only where one line of it was justified with gaps as wide as a gutter
            spanning = sum(1 for n in under if n >= 2) >= max(1.0, _SPANNING_SHARE * beside)
            if not spanning:
                kept.append((seg.x0, seg.x1))
    kept.sort()
    cols: list[list[float]] = []
    for x0, x1 in kept:
        if cols and x0 < cols[-1][1] - 0.5:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    key = _key_column(lines, full, cols) if len(full) >= 2 else None
    if key is not None:
        return _KeyedColumns([key, *((a, b) for a, b in cols)])
    return [(a, b) for a, b in cols]


class _KeyedColumns(list):
    """The columns of a table of stacked records, its key column first (see _key_column): a record's text starting at
    a column's start and running over the columns to its right is one cell of its line; the table begins at its first
    line with a word in the key column (its header's "TT", or its first record's number)."""

    def keyed(self, line: _Line) -> bool:
        return any(0 in _cols_hit(s.x0, s.x1, self) for s in line.segs)


def _key_column(lines: list[_Line], full: list[_Line], cols: list[list[float]]) -> tuple[float, float] | None:
    """A column only the lines other than the full ones use, left of every column of the full lines: the key column
    of a table of stacked records, whose first line holds a record's number and its text spanning the columns below
    ("1 | Rà soát, thể chế hóa …" over "Bộ NN&MT | Các bộ, cơ quan | Năm 2026 - 2027") — on _MIN_KEY_LINES lines or
    more whose other segment starts where the first column starts (lines of the table, not a note or a page number
    beside it); None when there is none."""
    if not cols:
        return None
    full_ids = {id(ln) for ln in full}
    first = cols[0][0]
    keys = [ln.segs[0] for ln in lines if id(ln) not in full_ids and len(ln.segs) == 2
            and ln.segs[0].x1 < first - 0.5 and abs(ln.segs[1].x0 - first) <= 2.0]
    if len(keys) < _MIN_KEY_LINES:
        return None
    return min(k.x0 for k in keys), max(k.x1 for k in keys)


def _two_column_list(lines: list[_Line], cols: list[tuple[float, float]]) -> bool:
    """Two columns, each left-aligned, over _MIN_LIST_LINES lines of two cells not led by a number:
    a list of short forms and what they stand for ("SKHCN | Sở Khoa học và Công nghệ")."""
    if len(cols) != 2:
        return False
    pairs = [ln for ln in lines if len(ln.segs) == 2 and _fits(ln, cols)]
    if len(pairs) < _MIN_LIST_LINES or any(_NUMBERISH.match(ln.words[0]["text"]) for ln in pairs):
        return False

    def aligned(xs: list[float]) -> bool:
        return max(sum(1 for x in xs if abs(x - y) <= 2.0) for y in xs) >= _LIST_ALIGNED_SHARE * len(xs)

    return aligned([ln.segs[0].x0 for ln in pairs]) and aligned([ln.segs[1].x0 for ln in pairs])


def _cols_hit(x0: float, x1: float, cols: list[tuple[float, float]]) -> list[int]:
    return [k for k, (c0, c1) in enumerate(cols) if _overlap(x0, x1, c0, c1) > 0.5]


def _opens_what_follows(line: _Line, cols: list[tuple[float, float]]) -> bool:
    """A line alone in the first column, not numbered, wider than a numbered first column ("Ghi chú:"
    under a table whose first column holds row numbers): it opens the notes after the table."""
    if len(line.segs) != 1 or not cols or _NUMBERISH.match(line.words[0]["text"]):
        return False
    seg = line.segs[0]
    return _cols_hit(seg.x0, seg.x1, cols)[:1] == [0] and seg.x1 > cols[0][1] + 1 and cols[0][1] - cols[0][0] < 40


def _fits(line: _Line, cols: list[tuple[float, float]]) -> bool:
    """Every segment of the line lies in one column, and no two segments claim... any order. (In a table of stacked
    records a segment may also start where a column other than the first starts and run on to the right: the
    record's text over the columns of its detail line.)"""
    keyed = isinstance(cols, _KeyedColumns)
    return all(len(_cols_hit(s.x0, s.x1, cols)) == 1 or keyed and any(abs(s.x0 - c0) <= 2.0 for c0, _ in cols[1:])
               for s in line.segs)


def _build_tables(run: list[_Line], lines: list[_Line], start: int, space: float, line_h: float,
                  *, page_end: bool, rules: list[float] = ()) -> list[tuple[UnruledTable, int]]:
    """The tables in ``run`` (= lines[start:start + len(run)]), each with the index in ``lines`` after it:
    one, or — where prose stands between two tables' rows (a table's last rows, its notes, the next
    table's caption) — one for each part that holds enough rows, in page order."""
    as_found = [list(ln.segs) for ln in run]  # (justified lines are joined against the whole run's columns)
    _join_justified(run)
    cols = _columns(run)
    if len(cols) < _MIN_COLUMNS and not _two_column_list(run, cols):
        return []
    fits = [_fits(ln, cols) for ln in run]
    # Trim lines at either end that do not fit the columns (caption, paragraph after the table).
    lo, hi = 0, len(run)
    while lo < hi and not fits[lo]:
        lo += 1
    while hi > lo and not fits[hi - 1]:
        hi -= 1
    # A run of more than two non-fitting lines inside is prose between two tables: keep the part
    # with the most fitting multi-segment lines.
    parts: list[tuple[int, int]] = []
    part_start, misfit = lo, 0
    for i in range(lo, hi):
        misfit = 0 if fits[i] else misfit + 1
        if misfit > 2:
            parts.append((part_start, i - misfit + 1))
            part_start = i + 1
            misfit = 0
            while part_start < hi and not fits[part_start]:
                part_start += 1
    parts.append((part_start, hi))

    def score(p: tuple[int, int]) -> int:
        return sum(1 for ln, ok in zip(run[p[0]:p[1]], fits[p[0]:p[1]]) if ok and len(ln.segs) >= 2)

    lo, hi = max(parts, key=score)
    if score((lo, hi)) < _MIN_ROW_LINES:
        return []
    while hi - lo > _MIN_ROW_LINES and _paragraph_tail(run[lo], run[lo + 1], run[lo + 2], line_h):
        lo += 1
    lo = _after_gap_above(run, fits, lo, hi, line_h)
    if isinstance(cols, _KeyedColumns):
        # (a title or caption above a table of stacked records fits its columns loosely: the table begins at its key,
        # or at a full line before it)
        lo = next((k for k in range(lo, hi) if cols.keyed(run[k]) or len(run[k].segs) >= len(cols) - 1), lo)
    table = _table_of_part(run[lo:hi], lines, start + lo, start + hi, space, line_h, page_end=page_end, rules=rules)
    # the lines before the part kept, read with their own columns: the end of another table (the run's
    # columns, merged from both tables, fit neither)
    earlier = [p for p in parts if p[1] <= lo and score(p) >= _MIN_ROW_LINES]
    before: list[tuple[UnruledTable, int]] = []
    if earlier:
        head = run[:earlier[-1][1]]
        for ln, segs in zip(head, as_found):
            ln.segs = segs
        before = _build_tables(head, lines, start, space, line_h, page_end=False, rules=rules)
    # and the lines after it, likewise: the next table, below the prose that ends this one (its caption, its
    # own header: "Mẫu biểu số 05 / KẾ HOẠCH VAY … / STT | Nội dung | …" under the last rows of "Mẫu biểu số 04")
    later = [p for p in parts if p[0] >= hi and score(p) >= _MIN_ROW_LINES]
    after: list[tuple[UnruledTable, int]] = []
    if later and table is not None:
        first = later[0][0]
        tail = run[first:]
        for ln, segs in zip(tail, as_found[first:]):
            ln.segs = segs
        after = _build_tables(tail, lines, start + first, space, line_h, page_end=page_end, rules=rules)
        last_line = table[0].bbox[3]
        after = [t for t in after if t[0].bbox[1] > last_line]
    if table is None:
        return before
    first_line = table[0].bbox[1]
    return [t for t in before if t[0].bbox[3] < first_line] + [table] + after


def _after_gap_above(run: list[_Line], fits: list[bool], lo: int, hi: int, line_h: float) -> int:
    """Where the part run[lo:hi] really begins: after the last vertical gap, above its first full
    line, wider than _GAP_ABOVE_TABLE times every gap between its lines from that full line down.
    A header pressed to the bottom of its cells (pandoc's tables: "Đơn vị chủ" / "STT … trì") sits
    as close to the first row as the rows to each other; the heading, paragraph and caption above
    it ("II. KINH PHÍ", "Phụ lục", a title), which happen to fit the first column, stand apart."""
    first = next((k for k in range(lo, hi) if fits[k] and len(run[k].segs) >= _MIN_COLUMNS), None)
    if first is None or first == lo or hi - first < _MIN_ROW_LINES:
        return lo
    inside = max(b.top - a.bottom for a, b in zip(run[first:hi], run[first + 1:hi]))
    # (at least half a line: lines set close, whose boxes touch, have no gap to measure against)
    for k in range(first, lo, -1):
        if run[k].top - run[k - 1].bottom > max(_GAP_ABOVE_TABLE * inside, 0.5 * line_h):
            return k
    return lo


def _paragraph_tail(line: _Line, nxt: _Line, after: _Line, line_h: float) -> bool:
    """The last line of a paragraph just above a table ("phủ)" of "(Kèm theo … của Đảng ủy Chính" /
    "phủ)"), which fits a column by chance: one segment, no row number or group numeral, set apart
    from the table's first line by more than the table's own line spacing."""
    first = line.words[0]["text"]
    return len(line.segs) == 1 and not _NUMBERISH.match(first) and not first[:1].isdigit() \
        and nxt.top - line.bottom > 0.6 * line_h >= after.top - nxt.bottom


def _table_of_part(body: list[_Line], lines: list[_Line], first: int, last: int, space: float, line_h: float,
                   *, page_end: bool, rules: list[float] = ()) -> tuple[UnruledTable, int] | None:
    """The table whose rows are ``body`` (= lines[first:last]) and the index in ``lines`` after it."""
    cols = _columns(body)
    while len(body) > _MIN_ROW_LINES and _opens_what_follows(body[-1], cols):
        body, last = body[:-1], last - 1
    least = 2 if _two_column_list(body, cols) else _MIN_COLUMNS
    if len(cols) < least or not any(len(ln.segs) >= least and _fits(ln, cols) for ln in body):
        return None
    if sum(1 for ln in body if _fits(ln, cols)) < 0.6 * len(body):
        return None

    # Wrapped-cell lines just outside the run: fit one column and sit as close as the table's lines.
    gaps = [b.top - a.bottom for a, b in zip(body, body[1:])]
    max_gap = max(gaps) if gaps else line_h
    while first > 0:
        prev = lines[first - 1]
        # (in one column: above a table of stacked records, a title may start where a column starts)
        if len(prev.segs) == 1 and len(_cols_hit(prev.segs[0].x0, prev.segs[0].x1, cols)) == 1 \
                and lines[first].top - prev.bottom <= max_gap and _cols_hit(prev.segs[0].x0, prev.segs[0].x1, cols)[0] > 0:
            first -= 1
            body.insert(0, prev)
        else:
            break
    while last < len(lines):
        nxt = lines[last]
        if len(nxt.segs) == 1 and _fits(nxt, cols) and nxt.top - lines[last - 1].bottom <= min(max_gap, 0.6 * line_h) \
                and not _opens_what_follows(nxt, cols):
            last += 1
            body.append(nxt)
        else:
            break
    rest = lines[last:]
    if page_end and rest and _ends_in_one_cell(rest, lines[last - 1], cols, line_h):
        # The page ends in the last lines of one wrapped cell under the table's repeated header
        # ("nhân" / "tạo" of a task continued from the page before): they are the table's, not text.
        body.extend(rest)
        last = len(lines)

    left, right = min(c[0] for c in cols) - 2, max(c[1] for c in cols) + 2

    def within(line: _Line) -> bool:
        if line.words[0]["x0"] >= left and line.words[-1]["x1"] <= right:
            return True
        # labels, centred over their cells, may reach past the cells' extent ("STT" over "1"): a line
        # of several labels, not a centred title
        return len(line.segs) >= _MIN_COLUMNS and line.words[0]["x0"] >= left - 2 * line_h \
            and line.words[-1]["x1"] <= right + 2 * line_h

    # A rule drawn above the table's first line with a few lines between: those lines are the
    # header (labels over sub-columns do not fit the columns, so the run began below them).
    above = [y for y in rules if y < body[0].top - 0.5]
    head = 0
    if not above:
        # No rule: the lines just above of several labels, each over a column, one label over
        # several ("Mục tiêu theo năm" over "Năm 2027 | Năm 2028 | Năm 2029"), are the header too.
        k = first
        while k > 0 and first - k < _MAX_HEADER_LINES:
            prev = lines[k - 1]
            if len(prev.segs) >= _MIN_COLUMNS and within(prev) and not _fits(prev, cols) \
                    and all(_cols_hit(sg.x0, sg.x1, cols) for sg in prev.segs) \
                    and lines[k].top - prev.bottom <= 2 * line_h:
                k -= 1
            else:
                break
        if k < first:
            body[:0] = lines[k:first]
            head, first = first - k, k
    if above:
        k = first
        # (a header line may touch the rule: its top is at the rule, its bottom below it)
        while k > 0 and lines[k - 1].bottom > above[-1] + 0.5 and first - k < _MAX_HEADER_LINES and within(lines[k - 1]):
            k -= 1
        # (the lines given may begin below an earlier table: then the rule must be just above the first)
        if k < first and (lines[k - 1].bottom <= above[-1] + 0.5 if k else lines[0].top - above[-1] <= _RULE_TO_HEADER * line_h):
            body[:0] = lines[k:first]
            first = k

    if page_end and last == len(lines) - 1:
        # The page's last line, as close as the table's rows and within its width: a group row
        # whose group continues on the next page (a paragraph after a table is further away).
        final = lines[last]
        left, right = min(c[0] for c in cols), max(c[1] for c in cols)
        emphasised = all(_is_bold(w) for w in final.words)
        numbered = len(final.segs) == 2 and _cols_hit(final.segs[0].x0, final.segs[0].x1, cols) == [0]
        if final.top - lines[last - 1].bottom <= max_gap and final.words[0]["x0"] >= left - 1 \
                and final.words[-1]["x1"] <= right + 1 and (emphasised or numbered):
            last += 1
            body.append(final)

    spans: list[dict[int, list[int]]] = [{} for _ in body]
    cells = [_line_cells(ln, cols, space, spans[i]) for i, ln in enumerate(body)]
    rows = _group_rows(body, cells, cols, rules, spans, pairs=least == 2, head=head)
    x0 = min(w["x0"] for ln in body for w in ln.words)
    x1 = max(w["x1"] for ln in body for w in ln.words)
    return UnruledTable((x0, body[0].top, x1, body[-1].bottom), rows), last


def _ends_in_one_cell(rest: list[_Line], above: _Line, cols: list[tuple[float, float]], line_h: float) -> bool:
    """Whether the lines ending a page are the rest of one cell: one segment each, in one column that
    is not the first (a number's), spaced as wrapped lines, the first within two line heights of the
    table above (cell padding and a rule lie between)."""
    if len(rest) > _MAX_HEADER_LINES * 2 or any(len(ln.segs) != 1 or not _fits(ln, cols) for ln in rest):
        return False
    if any(_PAGE_NUMBER.fullmatch(" ".join(w["text"] for w in ln.words)) for ln in rest):
        return False  # a page number ("7") under the table's last row
    columns = {tuple(_cols_hit(ln.segs[0].x0, ln.segs[0].x1, cols)) for ln in rest}
    if len(columns) != 1 or next(iter(columns))[0] == 0:
        return False
    return rest[0].top - above.bottom <= 2 * line_h and all(
        b.top - a.bottom <= 0.6 * line_h for a, b in zip(rest, rest[1:]))


# --------------------------------------------------------------------------- cells and rows


def _line_cells(line: _Line, cols: list[tuple[float, float]], space: float,
                spans: dict[int, list[int]] | None = None) -> dict[int, list[str]]:
    """Column index → text pieces of one visual line; ``spans`` gets, for a piece kept whole across
    columns (a merged cell), its first column → the columns it covers."""
    out: dict[int, list[str]] = {}
    bounds = [(cols[k][1] + cols[k + 1][0]) / 2 for k in range(len(cols) - 1)]

    def col_of(x: float) -> int:
        return sum(1 for b in bounds if x > b)

    for seg in line.segs:
        hit = _cols_hit(seg.x0, seg.x1, cols)
        if len(hit) <= 1:
            k = hit[0] if hit else col_of((seg.x0 + seg.x1) / 2)
            out.setdefault(k, []).append(seg.text)
            continue
        # Crossing a boundary: split at word gaps that contain a boundary, if every crossing is one.
        pieces: list[tuple[int, list[dict]]] = []
        clean = True
        for word in seg.words:
            k = col_of((word["x0"] + word["x1"]) / 2)
            if any(word["x0"] < b < word["x1"] for b in bounds):
                clean = False
                break
            if pieces and pieces[-1][0] == k:
                pieces[-1][1].append(word)
            else:
                if pieces and word["x0"] - pieces[-1][1][-1]["x1"] < 1.2 * space:
                    clean = False  # an ordinary space on a boundary: one text running across
                    break
                pieces.append((k, [word]))
        if clean:
            for k, ws in pieces:
                out.setdefault(k, []).append(" ".join(w["text"] for w in ws))
        else:
            k = hit[0]
            out.setdefault(k, []).append(seg.text)
            if spans is not None:
                spans[k] = hit
    return out


#: A column label that is a year or a period of one ("Năm 2026", "2027", "Quý I/2026", "Giai đoạn 2026-2030").
_YEAR_LABEL = re.compile(r"^(?:(?:năm|nam|year|quý|quy|giai đoạn|giai doan)\s+)?(?:[IVX]+/)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$",
                         re.IGNORECASE)


def _row_mark(line_cells: dict[int, list[str]]) -> bool:
    """Whether a line's first-column piece marks a row: a number ("1", "III", "a)"), or a bullet ("-") on a
    line that also fills two other columns (a sub-row with its figures, not a list item)."""
    first = " ".join(line_cells.get(0, ())).strip()
    return bool(_NUMBERISH.match(first)) or (bool(BULLET_CELL.match(first)) and len(line_cells) >= 3)


def _short(text: str) -> bool:
    return len(text) <= 3 and " " not in text


def _is_bold(word: dict) -> bool:
    name = str(word.get("fontname") or "").lower()
    return "bold" in name or "black" in name or "heavy" in name


def _group_rows(body: list[_Line], cells: list[dict[int, list[str]]], cols, rules: list[float] = (),
                spans: list[dict[int, list[int]]] | None = None, *, pairs: bool = False, head: int = 0) -> list[list[str]]:
    """Rows of the table's lines; ``pairs``: a two-column list, where a line filling both columns
    starts a row (a term's definition wrapped onto a second line fills the second column only);
    ``head``: the first lines are header lines over a sub-header, read as a header as under a rule."""
    n = len(cols)
    gaps, lowests, step = _line_gaps(body)
    breaks = [False] * len(gaps)
    positive = sorted(g for g in gaps if g > 0.5)
    if positive:
        small = positive[len(positive) // 5]
        breaks = [g > small + step for g in gaps]
    # First column of row numbers: every piece short and number-like.
    # (Pieces above the first number are the header's and do not count.)
    # ("- | Diện tích | Ha | 26.120 …" under "1 | Cà phê": a bullet marks a row as a number does)
    firsts = [bool(_row_mark(c)) for c in cells if 0 in c]
    if True in firsts:
        firsts = firsts[firsts.index(True):]
    numbered = sum(firsts) >= 1 and sum(firsts) >= 0.6 * len(firsts)
    has_gaps = any(breaks)
    # A switch between all-bold lines and regular lines (header → body, group row → rows) is a
    # row boundary even where the spacing says nothing.
    bold = [all(_is_bold(w) for w in ln.words) for ln in body]
    breaks = [b or bold[i] != bold[i + 1] for i, b in enumerate(breaks)]
    # A rule drawn between two lines (under a three-line table's header) parts them.
    # (a line's box may reach above a rule drawn just over its text: up to the middle of the line below)
    ruled = [any(lowests[i] - 1.0 <= y <= (body[i + 1].top + body[i + 1].bottom) / 2 for y in rules)
             for i in range(len(body) - 1)]
    if head and not any(ruled) and head < len(body):
        ruled[head - 1] = True  # header lines found above the table without a rule: parted as by one
    breaks = [b or r for b, r in zip(breaks, ruled)]
    # "Năm 2026 | Năm 2027 | … | Năm 2030" under "GIAI ĐOẠN 2026 - 2030": a line of year labels alone is the
    # header's, never the first line of the numbered row below it ("I | CÂY CÔNG NGHIỆP")
    breaks = [b or (0 not in cells[i] and len(cells[i]) >= 2 and _row_mark(cells[i + 1])
                    and all(_YEAR_LABEL.match(" ".join(p).strip()) for p in cells[i].values()))
              for i, b in enumerate(breaks)]
    keyed = isinstance(cols, _KeyedColumns)  # (its key column is column 0)
    groups: list[list[int]] = [[0]]
    for i in range(1, len(body)):
        starts_number = numbered and 0 in cells[i] and bool(_row_mark(cells[i]))
        if starts_number and 0 in cells[i - 1] and _short(" ".join(cells[i][0])) and (
                len(cells[i]) == 1 or (1 in cells[i] and cells[i][1][0][:1].islower())):
            # "1" / "0" on two lines, the second alone or next to wrapped lowercase text: a
            # number wrapped in a narrow column ("10", "III"), not a new row.
            starts_number = False
        if keyed and 0 not in cells[i] and len(cells[i]) >= 2 and any(0 in cells[j] for j in groups[-1]) \
                and not any(0 not in cells[j] and len(cells[j]) >= 2 for j in groups[-1]):
            # a table of stacked records: a line of details below its key's lines is the next row, drawn rule or not
            # ("Bộ NN&MT | Các bộ | Năm 2026" below "1 | Rà soát …"; "Cơ quan chủ trì | …" below "TT | Nội dung")
            new_row = True
        elif has_gaps:
            # Rows separated by padding; a second number inside one padded block still splits it
            # (a number at the bottom of a bottom-aligned row does not: the block had none yet).
            new_row = breaks[i - 1] or (starts_number and any(0 in cells[j] for j in groups[-1]))
        else:
            # No padding between rows: each number starts a row (lines above the first number on a
            # page are the row continued from the previous page).
            # Without row numbers, a line filling half the columns after another such line is a
            # row of its own ("Năm 2026" / "Năm 2027" with their amounts): a wrapped cell's next
            # line fills one or two.
            # (a first column too narrow for its label, "T" / "T", wraps it: that is one row)
            filled = not numbered and all(0 in cells[j] and len(cells[j]) >= max(2, n / 2)
                                          and not _short(" ".join(cells[j][0])) for j in (i - 1, i))
            new_row = starts_number or breaks[i - 1] or filled or (pairs and len(cells[i]) == 2)
        if new_row:
            groups.append([i])
        else:
            groups[-1].append(i)
    rows: list[list[str]] = []
    # Above the first rule drawn inside the table, the header: one row (its lines may switch
    # between bold and regular), where a label kept whole over several columns ("Thời gian thực
    # hiện" over "Bắt đầu" / "Kết thúc") heads each of them.
    header = ruled.index(True) + 1 if any(ruled) else 0
    if header:
        above = [g for g in groups if g[-1] < header]
        groups = ([[i for g in above for i in g]] if above else []) + [g for g in groups if g[-1] >= header]
        if len(groups[0]) != header:
            header = 0  # a group straddles the rule: not a header the rule closes
        elif keyed:
            # a header of stacked records keeps its tiers: the key's labels ("TT | Nội dung, nhiệm vụ") over the
            # details' ("Cơ quan chủ trì | Cơ quan phối hợp | Thời gian"), as its records are read
            tier = next((i for i in groups[0][1:] if 0 not in cells[i] and len(cells[i]) >= 2
                         and all(0 in cells[j] for j in groups[0] if j < i)), None)
            if tier is not None:
                groups[0:1] = [[i for i in groups[0] if i < tier], [i for i in groups[0] if i >= tier]]
    for g, group in enumerate(groups):
        row = [""] * n
        for i in group:
            for k, pieces in cells[i].items():
                text = " ".join(pieces)
                if g == 0 and i < header and spans and k in spans[i]:
                    for extra in spans[i][k][1:]:
                        row[extra] = join_wrapped([row[extra], text])
                if k == 0 and numbered and row[0] and _short(row[0]) and _short(text):
                    row[0] += text  # "1" + "0", "S" + "T" + "T": a short label wrapped char by char
                else:
                    row[k] = join_wrapped([row[k], text])
        rows.append(row)
    return rows


# --------------------------------------------------------------------------- columns ruled, rows not

#: A vertical rule is at a column's edge when it lies within this many points of it.
_EDGE_TOLERANCE = 1.5
#: Column edges of a table's first row that must go on below it, drawn, for its rows to be read from
#: the text between them (an outer box alone, two edges, frames a note, not columns).
_MIN_RULED_EDGES = 3
#: The column rules may begin this many points below the first row: a part's title spanning the columns
#: under the header breaks them off (a title of two lines, with its padding).
_RULES_RESUME = 40.0
#: The fewest rules across a table's part, between its ends, for the rows it runs off the page with to be ruled
#: (not the rule under its header alone: a table whose rows the text parts).
_OPEN_END_ROW_RULES = 2
#: A horizontal rule this share of the table wide, or wider, between the first row and the end of the
#: columns' rules parts rows: such a table is ruled, and pdfplumber reads it.
_ROW_RULE_SHARE = 0.5


def _collinear_runs(edges: list[dict], across: str, along: tuple[str, str]) -> list[tuple[float, float, float]]:
    """Drawn lines joined where they continue one another — Word and LibreOffice draw a cell's border per
    cell: (position across, start, end) of each run of pieces at one position (within _EDGE_TOLERANCE)
    whose gaps are _EDGE_TOLERANCE * 2 or less."""
    lo, hi = along
    runs: list[list[float]] = []
    for e in sorted(edges, key=lambda e: (round(e[across]), e[lo])):
        last = runs[-1] if runs else None
        if last is not None and abs(e[across] - last[0]) <= _EDGE_TOLERANCE and e[lo] <= last[2] + 2 * _EDGE_TOLERANCE:
            last[2] = max(last[2], e[hi])
        else:
            runs.append([e[across], e[lo], e[hi]])
    return [(a, b, c) for a, b, c in runs]


@dataclass(frozen=True)
class PageRules:
    """A page's drawn lines, joined where they continue one another (:func:`_collinear_runs`): vertical runs
    (x, top, bottom) and horizontal runs (y, x0, x1). Read once per page."""

    verticals: list[tuple[float, float, float]]
    horizontals: list[tuple[float, float, float]]

    @classmethod
    def of(cls, page) -> "PageRules":
        try:
            return cls(_collinear_runs(page.vertical_edges, "x0", ("top", "bottom")),
                       _collinear_runs(page.horizontal_edges, "top", ("x0", "x1")))
        except Exception:  # noqa: BLE001 - a page whose drawing pdfplumber cannot read has no rules
            return cls([], [])


def open_row_ends(rules: PageRules) -> list[float]:
    """Where a ruled table's rows run off the page: the y at which two or more of its column rules end together
    with no rule drawn across them there — a row split across pages (Word's "allow row to break across pages",
    reportlab's ``splitInRow``) is closed by the page, not by a rule. Read as rules, they close the rows
    pdfplumber would otherwise not see as cells. Only a table whose rows are ruled, and only at the page's end: at
    the foot of a part with _OPEN_END_ROW_RULES rules or more between its ends that no column rule on the page
    goes below, at the head of a part closed by a rule at its foot that no column rule on the page starts above (a
    table whose columns alone are ruled, stopping at its parts' titles, its rows parted by the text, is read by
    :func:`ruled_columns_below`)."""
    groups: dict[tuple[float, float], list[float]] = {}
    for x, a, b in rules.verticals:
        key = next((k for k in groups if abs(k[0] - a) <= _EDGE_TOLERANCE and abs(k[1] - b) <= _EDGE_TOLERANCE), (a, b))
        groups.setdefault(key, []).append(x)
    out: list[float] = []
    # (a row runs off the page at its end: the lowest end of any column rule on it, or the highest top on the next —
    # not where a table's column rules stop at a part's title spanning it)
    highest = min((a for _, a, _ in rules.verticals), default=0.0)
    lowest = max((b for _, _, b in rules.verticals), default=0.0)
    for (top, bottom), xs in groups.items():
        left, right = min(xs), max(xs)
        if len(xs) < 2 or right - left < 10 * _EDGE_TOLERANCE:
            continue
        across = [y for y, a, b in rules.horizontals if a <= left + _EDGE_TOLERANCE and b >= right - _EDGE_TOLERANCE
                  and top - _EDGE_TOLERANCE <= y <= bottom + _EDGE_TOLERANCE]
        def drawn(y: float) -> bool:
            return any(abs(h - y) <= _EDGE_TOLERANCE for h in across)
        inside = [y for y in across if top + _EDGE_TOLERANCE < y < bottom - _EDGE_TOLERANCE]
        if not drawn(bottom) and len(inside) >= _OPEN_END_ROW_RULES and bottom >= lowest - _EDGE_TOLERANCE:
            out.append(bottom)
        if not drawn(top) and drawn(bottom) and top <= highest + _EDGE_TOLERANCE:
            out.append(top)
    return sorted(out)


def ruled_columns_below(rules: PageRules, edges: list[float], top: float, floor: float | None = None) -> float | None:
    """How far down a table's column rules go below ``top`` (the bottom of its first row), when
    ``edges`` — the x of its first row's cell edges, left to right — are drawn further down at
    _MIN_RULED_EDGES or more of them (beginning within _RULES_RESUME) and no rule across the table
    parts rows there: the bottom of its rows, which only the text lays out (``floor``: where another
    table begins below, at most). None otherwise."""
    below = [(x, a, b) for x, a, b in rules.verticals if b > top + 2.0 and a <= top + 2.0 + _RULES_RESUME
             and any(abs(x - e) <= _EDGE_TOLERANCE for e in edges)]
    if len({round(x) for x, _, _ in below}) < _MIN_RULED_EDGES:
        return None
    bottom = max(b for _, _, b in below)
    if floor is not None:
        bottom = min(bottom, floor)
    width = edges[-1] - edges[0]
    if any(top + 2.0 < y < bottom - 2.0 and b - a >= _ROW_RULE_SHARE * width for y, a, b in rules.horizontals):
        return None
    return bottom if bottom > top + 2.0 else None


def rows_between_column_rules(page, rules: PageRules, edges: list[float], top: float, bottom: float) -> tuple[list[list[str]], bool]:
    """The rows of a table whose columns are drawn and whose rows are not, from the words between
    ``top`` and ``bottom``: each word in the column its middle falls in; a line whose words run across
    an inner edge, or where the inner rules break off, spans the columns (a part's title, "II. Văn
    bản …") and is a row of its own, its text in the column it starts in; the lines between such titles
    part into rows as an unruled table's do (:func:`_group_rows`: at cell padding, at row numbers, at a
    line that fills half the columns after another). With them, whether the text holds several rows for certain:
    rows parted by padding (a gap wider than the gaps inside cells), or two lines or more that fill half the
    columns each — one row whose cells wrap over a few lines (a form's sample row, its number centred in its
    cell) holds neither."""
    verticals = rules.verticals
    try:
        region = page.crop((edges[0], top, edges[-1], bottom), strict=False)
        words = region.extract_words(keep_blank_chars=False, use_text_flow=False, extra_attrs=["fontname"])
    except Exception:  # noqa: BLE001
        return [], False
    if not words:
        return [], False
    inner = edges[1:-1]
    n = len(edges) - 1
    cols = [(edges[k], edges[k + 1]) for k in range(n)]

    def column(x: float) -> int:
        return sum(1 for e in inner if x > e)

    def drawn_at(x: float, y: float) -> bool:
        return any(abs(v - x) <= _EDGE_TOLERANCE and a - 1.0 <= y <= b + 1.0 for v, a, b in verticals)

    rows: list[list[str]] = []
    run: list[_Line] = []
    run_cells: list[dict[int, list[str]]] = []

    def close_run() -> None:
        if run:
            rows.extend(_group_rows(run, run_cells, cols))
            run.clear()
            run_cells.clear()

    lines = _visual_lines(words)
    full_lines = 0
    for line in lines:
        middle = (line.top + line.bottom) / 2
        crossing = any(w["x0"] < e < w["x1"] for w in line.words for e in inner)
        broken = bool(inner) and not any(drawn_at(e, middle) for e in inner)
        if crossing or broken:
            close_run()
            row = [""] * n
            row[min(column(line.words[0]["x0"] + 0.5), n - 1)] = " ".join(w["text"] for w in line.words)
            rows.append(row)
            continue
        cells: dict[int, list[str]] = {}
        for w in line.words:
            cells.setdefault(min(column((w["x0"] + w["x1"]) / 2), n - 1), []).append(w["text"])
        run.append(line)
        run_cells.append({k: [" ".join(v)] for k, v in cells.items()})
        full_lines += len(cells) >= max(2, n / 2)
    close_run()
    return rows, _padded(lines) or full_lines >= 2 or any(not any(r[1:]) for r in rows[1:])


def _padded(lines: list[_Line]) -> bool:
    """Whether some gap between the lines is wider than the narrowest by more than :func:`_line_gaps`'s step:
    cell padding between rows."""
    gaps, _, step = _line_gaps(lines)
    positive = sorted(g for g in gaps if g > 0.5)
    return bool(positive) and positive[-1] > positive[0] + step


def _line_gaps(lines: list[_Line]) -> tuple[list[float], list[float], float]:
    """The gap above each line after the first, measured from the lowest text above it (lines of neighbouring
    cells may overlap vertically when their baselines differ); that lowest text for each; and the step by
    which a gap wider than the gaps inside a cell parts rows (cell padding): a quarter of the median line
    height, 1.5 pt at least."""
    gaps: list[float] = []
    lowests: list[float] = []
    lowest = lines[0].bottom
    for line in lines[1:]:
        gaps.append(line.top - lowest)
        lowests.append(lowest)
        lowest = max(lowest, line.bottom)
    heights = sorted(ln.bottom - ln.top for ln in lines)
    return gaps, lowests, max(1.5, 0.25 * heights[len(heights) // 2])
