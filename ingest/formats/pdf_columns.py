"""Text set in columns on a PDF page, read column by column.

pdfplumber's ``extract_text_lines`` gathers the characters of one height across the whole page, so a
page set in two columns comes out with each line of the left column followed by the line beside it
in the right one ("Thực hiện Kế hoạch số 283/KH-UBND ngày c) Đảm bảo tính thực tiễn …"). This module
finds the runs of lines that vertical gutters split and gives their text column by column, left to
right; every other line is left as pdfplumber read it.

A run of lines is set in two columns when:
- a gap between characters of COLUMN_GAP_SHARE of the text's width or more, in the middle
  COLUMN_MIDDLE_SHARE of that width, is common to all its lines that have text on both sides (the
  gutter), and no line of the run crosses it (a title centred over the page ends the run);
- at least COLUMN_MIN_LINES of its lines have text on both sides of the gutter;
- and the text of each side is a column's, not a label's or a signature's: the median width of
  the sides of those lines is COLUMN_SIDE_SHARE of the text's width or more ("Nơi nhận: …" beside
  "KT. CHỦ TỊCH" is no pair of columns).

A run is set in three columns or more ("newspaper" columns) when two gutters or more cross the
COLUMN_MIN_LINES lines it starts with, none of their characters between a gutter's edges, and the
run's lines go on leaving every gutter clear; each column's text has the median width of a column
(COLUMN_SIDE_SHARE of the text's width, scaled to the number of columns: a table's narrow number or
date column is no column of text), and each column holds text on COLUMN_MIN_LINES lines. The lines of
three columns seldom share a height (a heading in one column shifts the lines after it), so the
gutters are the strips no character of the first lines covers, not the gaps of one line.

A run is text beside a narrow column of its own (notes in a box at the right of each task, "Cơ quan thực
hiện: …"; side-heads at the left of each paragraph) when a strip of SIDE_GAP_SHARE of the width, anywhere
but near the edges, stays clear over COLUMN_MIN_LINES lines or more; one side's text has the median width of a
main column (SIDE_MAIN_SHARE) and the other's that of a note (from SIDE_NARROW_SHARE up to COLUMN_SIDE_SHARE),
each with text on SIDE_MIN_LINES lines; and the two flow apart: SIDE_APART_SHARE of the note's lines stand at no
height of the main text's lines (a smaller type, another leading). Labels beside their values ("Thời hạn:
Quý II") stand line by line and stay as they are. Such a run is read piece by piece: the main text is parted
where its lines step ROW_BREAK times their usual step (a row of the layout, a paragraph), and each of the note's
blocks, parted so too, is read whole with the piece it starts beside, left side first. Two blocks side by side,
neither a column of text beside notes, whose lines mostly (SIDE_FLOWS_APART_SHARE) stand at heights of their own —
the list of recipients beside the signature, its titles, "(Đã ký)" and the signer's name spaced down the page — are
read each whole, the left one first.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from statistics import median

from ingest.text import LIST_ITEM, RECIPIENTS_OPENING

#: The narrowest gutter, as a share of the page text's width: wider than the spaces a justified line
#: stretches (about 10 pt in a column of 190 pt, 2.5 % of a 400 pt text width), narrower than a
#: column gutter (a gutter of 0.5–1 cm is 4–10 % of an A4 or B5 page's text width).
COLUMN_GAP_SHARE = 0.04
#: Where a gutter may stand: the middle of the text's width (0.4 → from 30 % to 70 %).
COLUMN_MIDDLE_SHARE = 0.4
#: Lines with text on both sides of the gutter that make a run columns (a letterhead of three lines,
#: "ỦY BAN NHÂN DÂN … CỘNG HÒA XÃ HỘI …", stays as it is).
COLUMN_MIN_LINES = 6
#: The median width of each side's text, as a share of the page text's width, that makes the sides
#: columns (a column is nearly half the width; a label, a list of addressees or a signature is not).
COLUMN_SIDE_SHARE = 0.3
#: The narrowest gutter between three columns or more, as a share of the text's width: their gutters are
#: narrower for the width (0.5–1 cm in 27 cm of A4 landscape is 2–4 %); clear over six lines at once,
#: it is no run of a justified line's spaces.
COLUMNS_GAP_SHARE = 0.02
#: A line whose step to the next is more than this many times the usual step of the lines below it stands
#: apart from them (a running header above the columns: "… Kế hoạch 556/KH-UBND          tr. 2").
COLUMN_APART = 2.0
#: The share of a page's lines in runs of three columns or more that makes the page one set in columns
#: (its gutters then part no table's cells).
COLUMNS_PAGE_SHARE = 0.5
#: The share of a column's lines that a gap as wide as a gutter may part: a column of text runs on in one
#: stretch per line; the cells of two table columns a gutter found no clear strip between are parted.
COLUMNS_PARTED_SHARE = 0.1
#: A step between a column's lines this many times its usual one parts its text (a table's row, a paragraph) …
ROW_BREAK = 1.5
#: … and a run whose first column has at least ROW_BREAKS_MIN such breaks, this share of them where every other
#: column breaks too (within ROW_TOP_TOLERANCE points), is a table's rows, not columns of text.
ROW_BREAKS_MIN = 2
ROW_BREAKS_SHARED = 0.6
ROW_TOP_TOLERANCE = 1.5
#: Where the gutters of three columns or more may stand: inside the text's width less this share on
#: each side (a paragraph's indent or a hanging number is no gutter).
COLUMN_EDGE_SHARE = 0.1
#: The narrowest clear strip between text and a narrow column beside it, as a share of the text's width.
SIDE_GAP_SHARE = 0.02
#: How far from the text's edges that strip must stand (a hanging number or a paragraph's indent is no column).
SIDE_EDGE_SHARE = 0.12
#: The median width of the main text, and the narrowest median width of the notes beside it (a column of row
#: numbers is no note), as shares of the text's width; a note is narrower than COLUMN_SIDE_SHARE.
SIDE_MAIN_SHARE = 0.5
SIDE_NARROW_SHARE = 0.1
#: Lines with text that each side needs.
SIDE_MIN_LINES = 3
#: The share of the note's lines that stand at no height of a main line (within ROW_TOP_TOLERANCE) that makes
#: two flows of text: a label and its value share their lines.
SIDE_APART_SHARE = 0.3
#: The step between the lines of a paragraph, as a multiple of their type's size (a leading of 1.2–1.3 is usual).
SIDE_LEADING = 1.35
#: … and the share that makes two blocks side by side, neither of them a column of text beside notes, two flows.
SIDE_FLOWS_APART_SHARE = 0.5
#: A main line this many times the usual step below the one before it opens a paragraph (or a row of the layout).
SIDE_PARAGRAPH_STEP = 1.1


@dataclass
class ColumnLine:
    """One line of text in reading order, with the top it is sorted by among a page's blocks."""

    top: float
    text: str


def reading_order(lines: list[dict], clean=lambda s: s) -> list[ColumnLine]:
    """``lines`` (pdfplumber ``extract_text_lines(return_chars=True)`` of a page, top to bottom) in
    reading order: a run set in columns as its first column's lines, then its second's, and so on, all
    sorted at the run's top; every other line as it is. ``clean`` tidies each line's text."""
    if not lines:
        return []
    x0 = min(line["x0"] for line in lines)
    x1 = max(line["x1"] for line in lines)
    width = x1 - x0
    if width <= 0:
        return [ColumnLine(line["top"], clean(line["text"])) for line in lines]
    low, high = x0 + width * (0.5 - COLUMN_MIDDLE_SHARE / 2), x0 + width * (0.5 + COLUMN_MIDDLE_SHARE / 2)
    min_gap = COLUMN_GAP_SHARE * width
    # (each line's gaps in the middle, read once: a run that is no pair of columns is read again from its next line)
    middle_gaps = [[g for g in _gaps(line, min_gap) if g[0] < high and g[1] > low] for line in lines]
    out: list[ColumnLine] = []
    k = side_tried = 0
    while k < len(lines):
        run_end, gutters = _columns_run(lines, k, COLUMNS_GAP_SHARE * width, x0, x1)
        if gutters:
            run = lines[k:run_end]
            edges = [x0 - 1, *((a + b) / 2 for a, b in gutters), x1 + 1]
            top = run[0]["top"]
            out.extend(ColumnLine(top, clean(text)) for lo, hi in zip(edges, edges[1:])
                       for text in (_span_text(line, lo, hi) for line in run) if text.strip())
            k = run_end
            continue
        run_end, gutter = _column_run(lines, middle_gaps, k, min_gap, width)
        if gutter is None:
            pieces = []
            if k >= side_tried:  # (a run read whole and found no text beside notes is not read again from inside it)
                run_end, pieces, side_tried = _side_run(lines, k, x0, x1)
            if pieces:
                out.extend(ColumnLine(top, clean(text)) for top, texts in pieces for text in texts if text.strip())
                k = run_end
                continue
            out.append(ColumnLine(lines[k]["top"], clean(lines[k]["text"])))
            k += 1
            continue
        run = lines[k:run_end]
        middle = (gutter[0] + gutter[1]) / 2
        top = run[0]["top"]
        left = [_side_text(line, middle, left=True) for line in run]
        right = [_side_text(line, middle, left=False) for line in run]
        out.extend(ColumnLine(top, clean(text)) for text in [*left, *right] if text.strip())
        k = run_end
    return out


def set_in_columns(lines: list[dict]) -> bool:
    """Whether most of a page's lines (pdfplumber ``extract_text_lines(return_chars=True)``) are set in
    three columns or more: a page of newspaper columns, whose aligned gutters are no unruled table's."""
    if not lines:
        return False
    x0, x1 = min(line["x0"] for line in lines), max(line["x1"] for line in lines)
    if x1 <= x0:
        return False
    in_columns, k = 0, 0
    while k < len(lines):
        end, gutters = _columns_run(lines, k, COLUMNS_GAP_SHARE * (x1 - x0), x0, x1)
        in_columns += (end - k) if gutters else 0
        k = end
    return in_columns >= COLUMNS_PAGE_SHARE * len(lines)


def _gaps(line: dict, min_gap: float) -> list[tuple[float, float]]:
    """The gaps of ``min_gap`` or more between a line's characters, left to right."""
    chars = sorted((c for c in line.get("chars", ()) if c.get("text", "").strip()), key=lambda c: c["x0"])
    gaps, right = [], None
    for c in chars:
        if right is not None and c["x0"] - right >= min_gap:
            gaps.append((right, c["x0"]))
        right = c["x1"] if right is None else max(right, c["x1"])
    return gaps


def _column_run(lines: list[dict], gaps_of: list[list[tuple[float, float]]], start: int, min_gap: float,
                width: float) -> tuple[int, tuple[float, float] | None]:
    """(end, gutter) of the run of lines set in columns that starts at ``start``, or (start + 1, None); ``gaps_of``
    holds each line's gaps in the middle of the text's width."""
    gutter: tuple[float, float] | None = None
    split: list[dict] = []
    end = start
    for k in range(start, len(lines)):
        line = lines[k]
        middle_gaps = gaps_of[k]
        joined = None
        if gutter is None:
            if middle_gaps:
                joined = max(middle_gaps, key=lambda g: g[1] - g[0])
        else:
            # text on both sides of the gutter, or on one side only (a paragraph's short last line, a heading)
            for g in middle_gaps:
                both = (max(g[0], gutter[0]), min(g[1], gutter[1]))
                if both[1] - both[0] >= min(min_gap, 4.0):
                    joined = both
                    break
            if joined is None and (line["x1"] <= gutter[0] + 1 or line["x0"] >= gutter[1] - 1):
                end = k + 1
                continue
        if joined is None:
            break  # the line crosses the gutter: the run ends before it
        gutter = joined
        split.append(line)
        end = k + 1
    if gutter is None or len(split) < COLUMN_MIN_LINES:
        return start + 1, None
    lefts = [gutter[0] - line["x0"] for line in split]  # (the text's own extent on each side)
    rights = [line["x1"] - gutter[1] for line in split]
    if median(lefts) < COLUMN_SIDE_SHARE * width or median(rights) < COLUMN_SIDE_SHARE * width:
        return start + 1, None
    return end, gutter


def _columns_run(lines: list[dict], start: int, min_gap: float, x0: float, x1: float) -> tuple[int, list[tuple[float, float]]]:
    """(end, gutters) of the run of lines set in three columns or more that starts at ``start``, or
    (start + 1, []): the gutters are the strips of ``min_gap`` or more that no character of the run's
    first COLUMN_MIN_LINES lines covers, inside the text's width."""
    head = lines[start:start + COLUMN_MIN_LINES]
    width = x1 - x0
    if len(head) < COLUMN_MIN_LINES:
        return start + 1, []
    steps = [b["top"] - a["top"] for a, b in zip(head, head[1:])]
    if steps[0] > COLUMN_APART * median(steps[1:]):
        return start + 1, []  # (a line set apart above the columns, a running header, is no line of them)
    gutters = _clear_strips(head, min_gap, x0, x0 + COLUMN_EDGE_SHARE * width, x1 - COLUMN_EDGE_SHARE * width)
    if len(gutters) < 2:
        return start + 1, []
    height = _line_height(head)
    end = start
    for k in range(start, len(lines)):
        if k > start and _set_apart(lines, k, height):
            break  # (a space across every column, a title between two bands of columns: the band ends above it)
        narrowed = []
        for g0, g1 in gutters:
            left_edge, right_edge = _narrowed(lines[k], g0, g1)
            if right_edge - left_edge < min(min_gap, 4.0):
                break
            narrowed.append((left_edge, right_edge))
        else:
            gutters = narrowed
            end = k + 1
            continue
        break
    if end - start < COLUMN_MIN_LINES:
        return start + 1, []
    run = lines[start:end]
    edges = [x0 - 1, *((a + b) / 2 for a, b in gutters), x1 + 1]
    share = COLUMN_SIDE_SHARE * 2 / len(edges[1:])
    for lo, hi in zip(edges, edges[1:]):
        spans = [_span(line, lo, hi) for line in run]
        widths = [b - a for a, b in spans if b > a]
        if len(widths) < COLUMN_MIN_LINES or median(widths) < share * width:
            return start + 1, []
        # (a column of text is one stretch on each line; a table's columns taken together part their cells)
        parted = sum(1 for line in run if _gaps({"chars": [c for c in line.get("chars", ()) if lo <= (c["x0"] + c["x1"]) / 2 < hi]}, min_gap))
        if parted > COLUMNS_PARTED_SHARE * len(widths):
            return start + 1, []
    if _rows_line_up(run, edges):
        return start + 1, []
    return end, gutters


def _side_run(lines: list[dict], start: int, x0: float, x1: float) -> tuple[int, list[tuple[float, list[str]]], int]:
    """(end, pieces, scanned) of the run of text beside a narrow column that starts at ``start``, or (start + 1, [],
    scanned): each piece is (its top, its texts in reading order); ``scanned`` is the end of the lines that a clear
    strip runs down (start + 1 when none does)."""
    width = x1 - x0
    head = lines[start:start + COLUMN_MIN_LINES]
    if len(head) < COLUMN_MIN_LINES:
        return start + 1, [], start + 1
    strips = _clear_strips(head, SIDE_GAP_SHARE * width, x0, x0 + SIDE_EDGE_SHARE * width, x1 - SIDE_EDGE_SHARE * width)
    if len(strips) != 1:
        return start + 1, [], start + 1  # (none, or several: columns of a table)
    g0, g1 = strips[0]
    height = _line_height(head)
    end = start
    for k in range(start, len(lines)):
        if k > start and _set_apart(lines, k, height):
            break  # (a line set apart below, a page's number at its foot, is no line of the run)
        left_edge, right_edge = _narrowed(lines[k], g0, g1)
        if right_edge - left_edge < SIDE_GAP_SHARE * width:
            break  # a line across the strip (a heading over the whole width, words a space apart) ends the run
        g0, g1 = left_edge, right_edge
        end = k + 1
    if end - start < COLUMN_MIN_LINES:
        return start + 1, [], start + 1
    run = lines[start:end]
    middle = (g0 + g1) / 2
    side_texts = [_side_texts(line, middle) for line in run]
    recipients = bool(RECIPIENTS_OPENING.match(side_texts[0][0]))
    if recipients:
        # the list of recipients beside the signature block: the run ends with the list (a title after it,
        # "KẾ HOẠCH", stands clear of the strip too), though the block may go on below it
        end = start + _recipients_end([left for left, _ in side_texts])
        run, side_texts = lines[start:end], side_texts[:end - start]
    sides: list[list[_SideLine]] = [[], []]
    for line, texts in zip(run, side_texts):
        for side, (lo, hi) in enumerate(((float("-inf"), middle), (middle, float("inf")))):
            chars = [c for c in line.get("chars", ()) if c.get("text", "").strip() and lo <= (c["x0"] + c["x1"]) / 2 < hi]
            if chars:
                sides[side].append(_SideLine(min(c["top"] for c in chars), min(c["x0"] for c in chars),
                                             max(c["x1"] for c in chars), texts[side],
                                             median(c.get("size") or (c["bottom"] - c["top"]) for c in chars)))
    if recipients and sides[0] and sides[1]:
        # the list of recipients beside the signature block (the standard form's foot): each read whole, the list
        # first, however few lines the block holds and however they line up with the list's ("Nơi nhận: THỦ TƯỚNG")
        top = run[0]["top"]
        return end, [(top, [line.text for line in sides[0]]), (top, [line.text for line in sides[1]])], end
    if any(len(side) < SIDE_MIN_LINES for side in sides):
        return start + 1, [], end
    widths = [median(line.x1 - line.x0 for line in side) for side in sides]
    main = 0 if widths[0] >= widths[1] else 1
    note = 1 - main
    if widths[note] < SIDE_NARROW_SHARE * width:
        return start + 1, [], end
    texts, notes = sides[main], sides[note]
    apart = sum(1 for n in notes if not any(abs(n.top - t.top) <= ROW_TOP_TOLERANCE for t in texts))
    beside = widths[main] >= SIDE_MAIN_SHARE * width and widths[note] < COLUMN_SIDE_SHARE * width
    # (text beside notes; or two blocks side by side whose lines mostly stand at heights of their own — the list of
    # recipients beside the signature, its titles, "(Đã ký)" and the signer's name spaced out down the page)
    if apart < (SIDE_APART_SHARE if beside else SIDE_FLOWS_APART_SHARE) * len(notes):
        return start + 1, [], end
    if not beside:  # two blocks side by side: each read whole, the left one first
        top = run[0]["top"]
        return end, [(top, [line.text for line in sides[0]]), (top, [line.text for line in sides[1]])], end
    # where the main text is parted: a wide step (a row of the layout, a title's space) …
    usual = _usual_step(texts)
    steps = [0.0, *(b.top - a.top for a, b in zip(texts, texts[1:]))]
    breaks = [k == 0 or steps[k] > ROW_BREAK * usual for k in range(len(texts))]
    # … and, where a note starts beside it, a line that opens a paragraph a little further down than the lines of one
    # (not a line after a short one: every item of a list of recipients is short)
    opens = [breaks[k] or steps[k] > SIDE_PARAGRAPH_STEP * usual for k in range(len(texts))]
    cuts = {k for k, broken in enumerate(breaks) if broken}
    note_step = _usual_step(notes)
    blocks: list[list[_SideLine]] = []
    for k, n in enumerate(notes):
        if k == 0 or n.top - notes[k - 1].top > ROW_BREAK * note_step:
            blocks.append([])
        blocks[-1].append(n)
    placed: list[tuple[int, list[_SideLine]]] = []
    for block in blocks:
        top = block[0].top
        at = next((k for k, t in enumerate(texts) if t.top >= top - ROW_TOP_TOLERANCE), None)
        if at is not None and (note == 0 or opens[at]):
            # (a side-head is read where it stands, before the line beside it; a note at the right after its
            # paragraph or row when it stands beside the first line of one, else after the piece it stands beside)
            cuts.add(at)
        else:
            at = max((k for k, t in enumerate(texts) if t.top <= top + ROW_TOP_TOLERANCE), default=0)
        placed.append((at, block))
    starts = sorted(cuts | {0})
    # (a piece beside a note ends where a line further down than the lines of one stands below the note: the next
    # row of the layout, a heading)
    for at, block in placed:
        k = bisect_right(starts, at) - 1
        end_of = starts[k + 1] if k + 1 < len(starts) else len(texts)
        after = next((i for i in range(max(at, starts[k]) + 1, end_of)
                      if steps[i] > SIDE_PARAGRAPH_STEP * usual and texts[i].top > block[-1].top), None)
        if after is not None:
            cuts.add(after)
    starts = sorted(cuts | {0})
    pieces: list[tuple[float, list[str], list[str]]] = []
    for a, b in zip(starts, [*starts[1:], len(texts)]):
        pieces.append((texts[a].top, [t.text for t in texts[a:b]], []))
    for at, block in placed:
        pieces[bisect_right(starts, at) - 1][2].extend(n.text for n in block)
    out: list[tuple[float, list[str]]] = []
    for top, main_texts, note_texts in pieces:
        if note_texts and note == 0:
            out.append((top, [*note_texts, *main_texts]))  # (left to right: the side-head, then its text)
        else:
            out.append((top, [*main_texts, *note_texts]))
    return end, out, end


def _recipients_end(lefts: list[str]) -> int:
    """Where a list of recipients ends among the left texts of a run's lines (the first, "Nơi nhận:"): at the first
    text that is neither an item ("- Bộ Tài chính;") nor the rest of one (after an item not closed by ";" or "."); a
    line with no text at the left goes on (the signature block beside it)."""
    before = lefts[0].strip()
    for k, text in enumerate(lefts[1:], start=1):
        text = text.strip()
        if not text:
            continue
        if not LIST_ITEM.match(text) and before.endswith((";", ".", ":")):
            return k
        before = text
    return len(lefts)


def _clear_strips(head: list[dict], min_gap: float, x0: float, low: float, high: float) -> list[tuple[float, float]]:
    """The strips of ``min_gap`` or more, between ``low`` and ``high``, that no character of the ``head`` lines covers."""
    covered = sorted((c["x0"], c["x1"]) for line in head for c in line.get("chars", ()) if c.get("text", "").strip())
    strips: list[tuple[float, float]] = []
    right = x0
    for a, b in covered:
        if a - right >= min_gap and right >= low and a <= high:
            strips.append((right, a))
        right = max(right, b)
    return strips


def _line_height(head: list[dict]) -> float | None:
    """The median height of the ``head`` lines (None when a line gives no bottom)."""
    return median(line["bottom"] - line["top"] for line in head) if all("bottom" in line for line in head) else None


def _set_apart(lines: list[dict], k: int, height: float | None) -> bool:
    """Whether line ``k`` stands COLUMN_APART times a line's ``height`` below the line before it."""
    return bool(height) and lines[k]["top"] - lines[k - 1].get("bottom", lines[k - 1]["top"]) > COLUMN_APART * height


def _narrowed(line: dict, g0: float, g1: float) -> tuple[float, float]:
    """The strip ``g0``–``g1`` narrowed by the line's characters standing in its edges (the two edges meet, or
    cross, when a character stands across it)."""
    inside = [c for c in line.get("chars", ()) if c.get("text", "").strip() and c["x1"] > g0 and c["x0"] < g1]
    middle = (g0 + g1) / 2
    left_edge = max([c["x1"] for c in inside if (c["x0"] + c["x1"]) / 2 < middle], default=g0)
    right_edge = min([c["x0"] for c in inside if (c["x0"] + c["x1"]) / 2 >= middle], default=g1)
    return left_edge, right_edge


@dataclass
class _SideLine:
    top: float
    x0: float
    x1: float
    text: str
    size: float


def _side_texts(line: dict, middle: float) -> tuple[str, str]:
    """A line's text left and right of ``middle``, spaced as pdfplumber spaced the line (its text holds its
    characters in order, with the spaces it put between words); by the characters' gaps when the two differ."""
    chars = list(line.get("chars", ()))
    text = line.get("text", "")
    sides: list[int | None] = []
    j = 0
    for ch in text:
        if j < len(chars) and chars[j].get("text") == ch:
            sides.append(0 if (chars[j]["x0"] + chars[j]["x1"]) / 2 < middle else 1)
            j += 1
        elif ch.isspace():
            sides.append(None)  # (a space pdfplumber put between two words: on the side of the word before it)
        else:
            return _span_text(line, float("-inf"), middle), _span_text(line, middle, float("inf"))
    if j != len(chars):
        return _span_text(line, float("-inf"), middle), _span_text(line, middle, float("inf"))
    out: list[list[str]] = [[], []]
    side = 0
    for ch, at in zip(text, sides):
        side = side if at is None else at
        out[side].append(ch)
    return " ".join("".join(out[0]).split()), " ".join("".join(out[1]).split())


def _usual_step(side: list[_SideLine]) -> float:
    """The step between one side's lines within a block: the lower quartile of its steps, at most SIDE_LEADING times
    its type's size (notes of one line each, one per row, step by the rows: none of those steps is a line's)."""
    steps = sorted(b.top - a.top for a, b in zip(side, side[1:]))
    leading = SIDE_LEADING * median(line.size for line in side)
    return min(steps[len(steps) // 4], leading) if steps else leading


def _rows_line_up(run: list[dict], edges: list[float]) -> bool:
    """Whether the run's columns break at the same heights: each column's text is parted by wider spaces
    (ROW_BREAK times its lines' own step) that stand where every other column's are too — the rows of an unruled
    table whose cells wrap; a newspaper's columns break their paragraphs each at its own height."""
    breaks: list[list[float]] = []
    for lo, hi in zip(edges, edges[1:]):
        tops = [line["top"] for line in run if _span(line, lo, hi)[1] > 0]
        steps = [b - a for a, b in zip(tops, tops[1:])]
        if len(steps) < 2:
            return False
        usual = sorted(steps)[len(steps) // 4]  # (the lines' own step: the lower quartile, whatever share the breaks are)
        breaks.append([b for a, b in zip(tops, tops[1:]) if b - a > ROW_BREAK * usual])
    first, others = breaks[0], breaks[1:]
    if len(first) < ROW_BREAKS_MIN:
        return False
    shared = sum(1 for top in first if all(any(abs(top - t) <= ROW_TOP_TOLERANCE for t in col) for col in others))
    return shared >= ROW_BREAKS_SHARED * len(first)


def _span(line: dict, lo: float, hi: float) -> tuple[float, float]:
    """The extent of a line's characters whose middles fall between ``lo`` and ``hi`` ((0, 0) if none)."""
    xs = [(c["x0"], c["x1"]) for c in line.get("chars", ()) if c.get("text", "").strip() and lo <= (c["x0"] + c["x1"]) / 2 < hi]
    return (min(a for a, _ in xs), max(b for _, b in xs)) if xs else (0.0, 0.0)


def _side_text(line: dict, middle: float, left: bool) -> str:
    """The text of a line's characters left (or right) of ``middle``, with a space where the line has one."""
    return _span_text(line, float("-inf"), middle) if left else _span_text(line, middle, float("inf"))


def _span_text(line: dict, lo: float, hi: float) -> str:
    """The text of a line's characters whose middles fall between ``lo`` and ``hi``, with a space where
    the line has one."""
    chars = sorted((c for c in line.get("chars", ()) if lo <= (c["x0"] + c["x1"]) / 2 < hi), key=lambda c: c["x0"])
    if not chars:
        return ""
    out, right = [], None
    for c in chars:
        text = c.get("text", "")
        if right is not None and c["x0"] - right > 0.25 * max(c.get("size", 10.0), 1.0) and not text.isspace():
            if out and not out[-1].endswith(" "):
                out.append(" ")
        if text.isspace():
            if out and not out[-1].endswith(" "):
                out.append(" ")
        else:
            out.append(text)
        right = c["x1"] if right is None else max(right, c["x1"])
    return "".join(out).strip()
