"""Tables that set out what each body is to do, read as the text they stand for.

A plan may print its "Phân công trách nhiệm" as a table rather than as headings: each body's name in the first
column ("2.1. Sở Tài chính", "Đề nghị Liên đoàn Lao động tỉnh", a number in a column of its own or none), its
duties in the one column of text after it (one row per duty, the body's cell merged over them, an item's mark —
"a)", "-" — in a column between them, or all its duties in one cell), and no other column: no lead, partner or
deadline column a task table's reader would take. Such a table says what the same plan says as text — the body a
heading, its duties the lines under it — so it is read as that text, and the duties are found, cited and counted
as a body's duties whatever the format. A table with any other column is a table and is left to the table reader.
"""

from __future__ import annotations

import re

from ingest.parsing.sections import BODY_NAME
from ingest.parsing.tables import LogicalLine, cell_kind, classify_label
from ingest.parsing.text import squash, strip_markup
from ingest.text import OPENS_WITH_MARK

_BODY = re.compile(rf"{BODY_NAME}$")
#: A kind of body, no body: a header's label ("Cơ quan, đơn vị", "Đơn vị thực hiện", "Các cơ quan được giao").
_GENERIC_BODY = re.compile(r"^(?:các\s+)?(?:cơ quan|đơn vị|tổ chức|địa phương)(?:[\s,/]+(?:và\s+)?(?:cơ quan|đơn vị|tổ chức|"
                           r"địa phương|chủ trì|thực hiện|phối hợp|được giao|liên quan))*$", re.IGNORECASE)
#: A label saying the column holds what bodies are to do ("Nhiệm vụ được giao", "Trách nhiệm", "Nội dung công việc").
_DUTIES_LABEL = re.compile(r"nhiệm vụ|trách nhiệm|nội dung|công việc|phân công", re.IGNORECASE)
#: The fields of a column naming who does a task: a table of them is read as a table.
_ROLE_FIELDS = ("lead", "coordinating")
#: A cell naming a person ("Đồng chí Nguyễn Văn A, Phó Giám đốc …", "Ông …"): a member, no duty.
_PERSON = re.compile(r"^(?:Đồng chí|Đ/c|Ông|Bà)\s")
#: A body's number before its name ("2.1.", "3)", "IV.") or a number alone in a cell of its own.
_NUMBER = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*)[.)]?(?=\s|$)")
#: "Đề nghị" before a body outside the government that the plan asks to act.
_REQUESTED = re.compile(r"^Đề nghị\s+", re.IGNORECASE)
#: An item's mark in a cell of its own ("a)", "-", "+", "1.") or an empty cell.
_MARK = re.compile(r"^(?:[a-zđ]\)|[-–+•*]|\d+[.)])?$")
#: Where a cell that holds several duties opens the next: an item's mark after the end of a sentence, a clause
#: or an introduction ("… quyết định: - Phương án …", "… theo quy định. b) Lập, giao …").
_NEXT_ITEM = re.compile(r"(?<=[.:;])\s+(?=(?:[a-zđ]\)|[-–+•])\s)")
#: The longest name a body's cell holds; the fewest words of a duty's text on average.
_MAX_BODY_CHARS = 160
_MIN_DUTY_WORDS = 8
#: The share of the rows whose first cell names a body (the others empty: a merged cell not repeated).
_BODY_SHARE = 0.8


def _cells(line: LogicalLine) -> list[str]:
    return [squash(strip_markup(c)) for c in line.text.split("\t")]


def body_name(cell: str) -> str | None:
    """The body a cell names, its number and "Đề nghị" left out ("2.9. Đề nghị Liên đoàn Lao động tỉnh" →
    "Liên đoàn Lao động tỉnh"), or None."""
    name = _REQUESTED.sub("", _NUMBER.sub("", cell, count=1).strip(" .)")).strip()
    if not name or len(cell) > _MAX_BODY_CHARS or re.search(r"[:;/\d]", name) or name.endswith(".") or name.isupper() \
            or _GENERIC_BODY.match(name):
        return None  # (a letterhead's "Số: 12/KH-UBND", "BỘ CÔNG THƯƠNG", a header's "Cơ quan, đơn vị": no body given duties)
    return name if cell_kind(name) == "agency" or _BODY.match(name) else None


def _layout(rows: list[list[str]]) -> tuple[int | None, int, int | None, int] | None:
    """(number column, body column, mark column, text column) of a table of bodies over their duties, or None."""
    width = max(len(r) for r in rows)
    if width < 2 or width > 4:
        return None
    cols = [[r[k] if k < len(r) else "" for r in rows] for k in range(width)]
    k = 0
    number = None
    if all(not c or _NUMBER.fullmatch(c) for c in cols[0]) and any(cols[0]):
        number, k = 0, 1  # "1 | Sở Tài chính | …": a number column
    if k >= width - 1:
        return None
    body, k = k, k + 1
    mark = None
    if width - k == 2 and all(_MARK.fullmatch(c) for c in cols[k]):
        mark, k = k, k + 1
    if width - k != 1:
        return None  # another column (a partner, a deadline): a table to read as a table
    return number, body, mark, k


def _duties(text: str) -> list[str]:
    """A cell's duties, one by item mark (a PDF's cell of several paragraphs comes as one line)."""
    return [p.strip() for p in _NEXT_ITEM.split(text) if p.strip()]


def _is_header(cells: list[str]) -> bool:
    """Whether a table's first row is its labels ("Cơ quan, đơn vị | Mục | Nhiệm vụ được giao"): a first cell that
    names no body but a kind of body ("Cơ quan, đơn vị", "Đơn vị thực hiện") or a number's label ("TT"), or cells
    the header reader knows, none of them a sentence."""
    said = [c for c in cells if c]
    if not said or any(c.endswith((".", ";")) for c in said):
        return False
    return bool(_GENERIC_BODY.match(said[0])) or classify_label(said[0])[0] == "number" \
        or any(classify_label(c)[0] != "other" for c in said)


def _read(block: list[LogicalLine]) -> list[LogicalLine] | None:
    rows = [_cells(x) for x in block]
    header = 1 if rows and _is_header(rows[0]) else 0
    body_rows = [(x, r) for x, r in zip(block[header:], rows[header:]) if any(r)]
    if len(body_rows) < 2:
        return None
    layout = _layout([r for _, r in body_rows])
    if layout is None:
        return None
    number, body, mark, text = layout
    def at(r: list[str], k: int | None) -> str:
        return r[k] if k is not None and k < len(r) else ""
    if header and classify_label(at(rows[0], body))[0] in _ROLE_FIELDS:
        return None  # ("Cơ quan chủ trì | Nội dung nhiệm vụ": a task table, each row led by its body)
    if header and at(rows[0], text) and not _DUTIES_LABEL.search(at(rows[0], text)) \
            and classify_label(at(rows[0], text))[0] != "content":
        return None  # ("Cơ quan | Thành viên": what the column holds is no duty)
    names = [at(r, body) for _, r in body_rows]
    named = [n for n in names if n]
    if not named or sum(body_name(n) is not None for n in named) < _BODY_SHARE * len(named) or len(set(named)) < 2 \
            or not at(body_rows[0][1], body):
        return None
    runs = [n for k, n in enumerate(named) if k == 0 or n != named[k - 1]]
    if len(runs) != len(set(runs)):
        return None  # (a body again after another: one task per row, not each body over its duties)
    texts = [at(r, text) for _, r in body_rows]
    said = [t for t in texts if t]
    if sum(len(t.split()) for t in said) < _MIN_DUTY_WORDS * len(said) \
            or sum(len(t.split()) >= _MIN_DUTY_WORDS for t in said) < _BODY_SHARE * len(said) \
            or sum(bool(_PERSON.match(t)) for t in said) > (1 - _BODY_SHARE) * len(said):
        return None  # (short cells, or people: a list of members, a letterhead — not duties)
    out: list[LogicalLine] = []
    shown = None
    for line, r in body_rows:
        name = at(r, body)
        if name and name != shown:
            shown = name
            num = at(r, number)
            heading = f"{num.rstrip('.')}. {name}" if num else name
            out.append(LogicalLine(heading, line.line_start, line.line_end, sub_heading=not _NUMBER.match(heading)))
        said = at(r, text)
        if not said:
            continue
        pieces = [said] if mark is not None else _duties(said)
        if mark is not None and at(r, mark):
            pieces = [f"{at(r, mark)} {said}"]
        # (a duty in a row of its own, or the first of a cell's, without a mark of its own is one of the body's
        # items all the same: marked "-", as the text the table stands for lists them, so they are counted alike;
        # not a cell's opening that introduces its marked items, "… thực hiện các nội dung sau:")
        pieces = [p if OPENS_WITH_MARK.match(p) or (k == 0 and p.rstrip().endswith(":") and len(pieces) > 1) else f"- {p}"
                  for k, p in enumerate(pieces)]
        # (a duty is the body's text, whatever its mark: "a) Tham mưu …", "1. Chủ trì …" heads no section of its own)
        out.extend(LogicalLine(p, line.line_start, line.line_end, body_text=True) for p in pieces)
    return out


def bodies_over_duties(lines: list[LogicalLine]) -> list[LogicalLine]:
    """``lines`` with each table of bodies over their duties (TAB rows) written as the text it stands for:
    the body's name a heading line (a sub-heading of the section the table stands in when it has no number of
    its own), each duty a line under it."""
    out: list[LogicalLine] = []
    i = 0
    while i < len(lines):
        if "\t" not in lines[i].text:
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and ("\t" in lines[j].text or (not lines[j].text.strip() and j + 1 < len(lines) and "\t" in lines[j + 1].text)):
            j += 1
        block = [x for x in lines[i:j] if "\t" in x.text]
        read = _read(block)
        if read is None:
            out.extend(lines[i:j])
        else:
            out.extend(read)
            out.append(LogicalLine("", lines[j - 1].line_end, lines[j - 1].line_end))
        i = j
    return out
