"""Section tree of the narrative text (I., 1., 1.1, a), …) with heading paths."""

from __future__ import annotations

import re

from ingest.parsing.tables import LogicalLine, cell_kind
from ingest.parsing.text import is_attached_line, is_caps, is_roman, short, squash, strip_markup
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


#: An article of an act ("Điều 1.", "**Điều 2.** Các cơ sở …", "ĐIỀU 3:"): a part of its own, whatever its length —
#: its first sentence is often its whole text ("Điều 4. Quyết định này có hiệu lực …"). The dot or colon after the
#: number sets it apart from a reference that a PDF wrapped onto a new line ("… tại" / "Điều 19 của Nghị định …").
_ARTICLE = re.compile(r"^(?:Điều|ĐIỀU|Ðiều)\s+(\d+[a-z]?)\s*[.:]\s*(.*)$")
#: A line that is only a page's number ("2", "- 3 -").
_PAGE_NUMBER = re.compile(r"^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$")
#: Its level: the articles of a decision stand as the Roman parts of a plan (a plan attached after them opens
#: its "I." in their place; an article's "1.", "2." are its clauses).
_ARTICLE_LEVEL = 1
#: An article's line longer than this that ends in a colon is a sentence, not a title ("Điều 3. Tổ chức thực hiện:").
_ARTICLE_TITLE_CHARS = 40
#: The longest article title kept whole in a heading path; a longer first sentence is cut there.
_ARTICLE_NAME_CHARS = 100


def article_heading(lines: list[LogicalLine], i: int) -> str | None:
    """The heading-path name of line ``i`` when it opens an article ("Điều 2. Các cơ sở được …"), else None.

    It must open a paragraph: the line before is blank, a heading, in capitals ("QUYẾT ĐỊNH:") or ends a
    sentence or clause — so a reference wrapped onto a line of its own is read on."""
    if "\t" in lines[i].text:
        return None
    clean = squash(strip_markup(lines[i].text))
    m = _ARTICLE.match(clean)
    if not m:
        return None
    j = i - 1
    while j >= 0 and _PAGE_NUMBER.match(lines[j].text):
        j -= 1  # (a page's number between the pages, "2": the line before it is the one that must end)
    prev = squash(strip_markup(lines[j].text)) if j >= 0 else ""
    # (or closes a bracket or quote, "(Chi tiết theo Phụ lục đính kèm)"; capitals: a line with letters)
    if prev and not (_ENDS_A_SENTENCE.search(prev) or prev.endswith(("/.", ")", "”", '"', "»"))
                     or (prev.upper() == prev and re.search(r"[^\W\d_]", prev)) or heading_level(lines[j].text) is not None):
        return None
    # (its first sentence as every format prints it: a PDF's line is cut by the page's width)
    name = _ARTICLE.match(wrapped_text(lines, i, _ARTICLE_NAME_CHARS)).group(2)
    return f"Điều {m.group(1)}. {short(name, _ARTICLE_NAME_CHARS)}".rstrip()


_LETTER_HEADING = re.compile(r"^([A-ZĐ])[.)]\s+\S")
#: A body's name by its kind ("Bộ Tài chính", "Ủy ban nhân dân …", "Phòng Y tế"), up to a colon, a full stop or a number.
BODY_NAME = (r"(?:(?:Bộ|Các bộ|Ủy ban|Uỷ ban|UBND|Sở|Các sở|Tổng cục|Cục|Chi cục|Văn phòng|Ngân hàng|Kho bạc|"
             r"Thanh tra|Liên đoàn|Mặt trận|Tập đoàn|Tổng công ty|Thông tấn xã|Công an|Bảo hiểm|Các cơ quan|Các địa phương)\b"
             # (kinds that are also common words — "Trường hợp", "Phòng chống", "Hội nghị", "Ban hành" —
             # only before a capitalised name: "Vụ Tài chính", "Trường Đại học …", "Ban Chỉ đạo")
             r"|(?:Vụ|Phòng|Trường|Hội|Ban|Viện|Học viện|Bệnh viện|Đài|Trung tâm)(?=\s+[A-ZĐÀ-Ỹ]))[^:;.\d]{2,110}")
#: A bullet that names a body and ends in a colon, its duties in the items below it ("- Bộ Tài chính:",
#: "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:"): the heading of those items.
_BODY_BULLET = re.compile(rf"^[-–•]\s+(?:Đề nghị\s+)?({BODY_NAME})(:?)\s*$")
#: The item mark of a body's duties under a body's bullet written without its colon ("- Bộ Tài chính" / "+ Chủ trì, …").
_SUB_ITEM = re.compile(r"^\+\s")
#: "Đề nghị" before a body outside the Government that an act asks to act ("- Đề nghị Mặt trận Tổ quốc Việt Nam …").
_REQUESTED = re.compile(r"^Đề nghị\s+")
#: A "+" item naming a person ("+ Ông Trần Văn Cường, Phó Giám đốc Sở"): a member listed, no duty.
_PERSON = re.compile(r"^\+\s+(?:Ông|Bà|Đồng chí|Đ/c)\s")
#: A bullet of the body bullets' own mark naming a body: the next body's line ends the duties of the one before
#: (a "-" under a "+" item, "+ Chủ trì: / - chi tiết 1", goes on with them).
_BODY_SIBLING = re.compile(r"^[-–•]\s")
#: Its level: below the lettered items ("b) Trách nhiệm của các bộ, ngành:") it stands in.
_BODY_LEVEL = 6


class LetterLevels:
    """Levels of lettered headings ("A. Hạ tầng số"), which depend on where they stand: above the
    Roman parts when the first comes before any ("A. BÁO CÁO …" / "I. …"), between a Roman part and
    its "1." items when it comes inside one. Later letters take the level of the first."""

    def __init__(self) -> None:
        self.last: tuple[str, float] | None = None

    def level(self, clean: str, open_levels: list[float]) -> float | None:
        m = _LETTER_HEADING.match(clean)
        if not m or len(clean) > MAX_HEADING_CHARS:
            return None
        letter = m.group(1)
        if is_roman(letter) and not (self.last and ord(letter) == ord(self.last[0]) + 1):
            return None  # "I.", "V.": a Roman part, not the letter after "H"/"U"
        level = self.last[1] if self.last else (1.5 if any(lv <= 1 for lv in open_levels) else 0.5)
        self.last = (letter, level)
        return level


def wrapped_text(lines: list[LogicalLine], i: int, limit: int = MAX_HEADING_CHARS) -> str:
    """Line ``i`` with the lines that continue it, up to about ``limit`` characters (a PDF wraps a paragraph
    at the page's width: "1. Chủ động thành lập … phù hợp với pháp" / "luật và …": a line that ends in no
    stop is continued by a next line in lower case that is no heading, list item or table row)."""
    last = squash(strip_markup(lines[i].text))
    parts = [last]
    total = len(last)
    for nxt in lines[i + 1:]:
        text = squash(strip_markup(nxt.text))
        if _ENDS_A_SENTENCE.search(last) or "\t" in nxt.text or not text or not text[0].islower() \
                or _LIST_ITEM.match(text) or heading_level(nxt.text) is not None:
            break
        parts.append(text)
        total += 1 + len(text)
        last = text
        if total > limit:
            break
    return " ".join(parts)


#: The most words the line ending a heading in capitals may hold ("III. NHIỆM VỤ, GIẢI PHÁP TRỌNG" / "TÂM").
CAPS_HEADING_TAIL_WORDS = 6


def _caps_heading_wrapped(lines: list[LogicalLine], i: int, heading: str, taken: set[int]) -> str:
    """A numbered heading in capitals with the line that ends it, when the page's width (a PDF's narrow column)
    wrapped it: the next line, in capitals too, of CAPS_HEADING_TAIL_WORDS words at most, no heading, figure or
    label of its own ("III. NHIỆM VỤ, GIẢI PHÁP TRỌNG" / "TÂM"). Its index goes into ``taken``."""
    if not is_caps(heading) or i + 1 >= len(lines):
        return heading
    nxt = lines[i + 1]
    text = squash(strip_markup(nxt.text))
    if not text or "\t" in nxt.text or not is_caps(text) or heading_level(nxt.text) is not None \
            or len(text.split()) > CAPS_HEADING_TAIL_WORDS or re.search(r"[\d:()]", text) or is_attached_line(nxt.text) \
            or len(heading) + 1 + len(text) > MAX_HEADING_CHARS:
        return heading
    taken.add(i + 1)
    return f"{heading} {text}"


def _next_text(lines: list[LogicalLine], i: int) -> str:
    """The next line of text after line ``i`` ("" at the end): blank lines, a page's number between two pages and
    table lines skipped."""
    for nxt in lines[i + 1:]:
        text = squash(strip_markup(nxt.text))
        if text and not _PAGE_NUMBER.match(text) and "\t" not in nxt.text and not is_attached_line(nxt.text):
            return text
    return ""


def _wrapped_length(lines: list[LogicalLine], i: int) -> int:
    """The length of line ``i`` with the lines that continue it, so that a long numbered or lettered item
    is read alike whichever format broke its lines."""
    return len(wrapped_text(lines, i))


_ENDS_A_SENTENCE = re.compile(r"[.:;!?]\s*$")
#: The level of lettered items ("a)", "b)") and how an item that is a sentence ends.
_ITEM_LEVEL = 5
_ENDS_AN_ITEM = re.compile(r"[.;]\s*$")
_LIST_ITEM = re.compile(r"^(?:[-+•*–]\s|[a-zđ]\)\s)")


def split_sections(
    lines: list[LogicalLine], *, prefix: list[str] | None = None, page_of_line=None, keep_tab_lines: set[int] | None = None,
    text_layer: bool = True,
) -> list[Section]:
    """Group lines into sections under their heading path.

    Table lines (TAB lines) are skipped: their rows are chunks of their own. TAB lines whose
    ``line_start`` is in ``keep_tab_lines`` (a table that gave no row) are kept as text, cells
    joined by " | ", so that their words can still be found. In a ``text_layer`` (a PDF's or a plain text's lines,
    broken at the page's width) a numbered heading in capitals is read with the line that ends it.
    """
    keep = keep_tab_lines or set()
    prefix = list(prefix or [])
    stack: list[tuple[float, str]] = []
    letters = LetterLevels()
    sections: list[Section] = []
    buf: list[str] = []
    buf_start = buf_end = 0

    intro: str | None = None  # a heading with no text of its own that introduces its sub-items
    wrapped_heading: set[int] = set()  # lines that end a heading in capitals the page's width wrapped
    plus_items = False  # the open body's duties are "+" items (its bullet's own mark "-" then opens the next)
    sub_level: float | None = None  # the level of the sub-headings read from a table (bodies over their duties)

    def flush() -> None:
        nonlocal buf, intro
        text = "\n".join(buf).strip()
        # (a blank line after a heading is no text of its own: a Markdown heading stands as a PDF's does)
        # (a numbered line that is a sentence, "1. Đến hết năm 2027, kinh tế số chiếm 18% GRDP.", says something)
        if text and (sum(1 for b in buf if b.strip()) > 1 or len(text) > 80 or not stack or _ENDS_AN_ITEM.search(text)
                     or (_ARTICLE.match(text) and text.endswith(":") and len(text) > _ARTICLE_TITLE_CHARS)):
            # (an article's line that opens what follows says something: "Điều 1. Phê duyệt Kế hoạch … sau:", whose
            # plan's "I." would not hold it as its first item's intro)
            path = prefix + [h for _, h in stack]
            if intro is not None and intro in path[:-1]:
                # "1. Hàng hóa … gồm 02 loại:" over "a) …", "b) …": the sentence that says what the items
                # are stands with the first of them, as it does in a format that kept the items as text
                text = f"{intro}\n{text}"
            intro = None
            page = page_of_line(buf_start) if page_of_line else None
            sections.append(Section(path=path, text=text, line_start=buf_start, line_end=buf_end, page=page))
        elif text and stack and text.endswith(":"):
            intro = text
        buf = []

    for i, line in enumerate(lines):
        if i in wrapped_heading:
            continue  # (the end of the heading above, read with it)
        # (a table's row of two cells or more kept as text is text: "6.3 | Trên 80% …" heads no section, however it
        # opens; a row of one cell may be a heading a page's layout set apart, "1. Ban Quản lý …")
        kept_row = "\t" in line.text and line.line_start in keep and sum(bool(c.strip()) for c in line.text.split("\t")) > 1
        if "\t" in line.text and line.line_start in keep:
            line = LogicalLine(" | ".join(c.strip() for c in line.text.split("\t") if c.strip()), line.line_start, line.line_end)
        if "\t" in line.text or is_attached_line(line.text):
            continue
        if kept_row:
            if not buf:
                buf_start = line.line_start
            buf.append(strip_markup(line.text))
            buf_end = line.line_end
            continue
        # (an article first: "## Điều 3. …" is an article, not any Markdown heading its clauses would close)
        article = article_heading(lines, i)
        level = _ARTICLE_LEVEL if article else heading_level(line.text)
        letter = letters.level(squash(strip_markup(line.text)), [lv for lv, _ in stack]) if "\t" not in line.text else None
        if letter is not None and letter > 1 and not article:
            level = letter  # a lettered group inside a Roman part; parts above them keep their old reading
        if line.body_text:
            level, letter, article = None, None, None
        if line.sub_heading:  # a body over its duties, read from a table: one step under the section it stands in
            if sub_level is None or not any(lv == sub_level for lv, _ in stack):
                sub_level = (max((lv for lv, _ in stack if lv != sub_level), default=0)) + 0.5
            level, letter, article = sub_level, None, None
        if not article and level is not None and not line.sub_heading and _wrapped_length(lines, i) > MAX_HEADING_CHARS:
            level = None  # an item of a list whose text a PDF's page width wrapped: body text, as in Markdown
        if level == _ITEM_LEVEL and _ENDS_AN_ITEM.search(squash(strip_markup(line.text))):
            level = None  # "a) Điện năng mua bán theo hợp đồng song phương.": an item that says something, not a title
        clean_line = squash(strip_markup(line.text))
        body = _BODY_BULLET.match(clean_line) if level is None and stack and not line.body_text else None
        below = _next_text(lines, i) if body else ""
        if body and not body.group(2) and (not _SUB_ITEM.match(below) or _PERSON.match(below)):
            # a bullet naming a body without a colon heads the "+" items under it, or nothing (nor over its
            # members: "- Sở Tài chính" / "+ Ông Trần Văn Cường, Phó Giám đốc Sở")
            body = None
        if body:
            level = _BODY_LEVEL
            plus_items = bool(_SUB_ITEM.match(below))
        elif level is None and plus_items and stack and stack[-1][0] == _BODY_LEVEL and _BODY_SIBLING.match(clean_line) \
                and cell_kind(_REQUESTED.sub("", clean_line[1:].strip())) == "agency":
            # "- Ngân hàng Nhà nước rà soát …" after "- Bộ Tài chính" and its "+" items: no longer that body's duty
            flush()
            stack = stack[:-1]
        if level is not None:
            flush()
            stack = [s for s in stack if s[0] < level]
            heading = body.group(1) if body else article or squash(strip_markup(line.text))
            if not body and not article and text_layer and not line.sub_heading:  # (Markdown, Word: a heading is one line, never wrapped)
                heading = _caps_heading_wrapped(lines, i, heading, wrapped_heading)
            stack.append((level, heading))
            # Keep the heading line in the text too: numbered headings often carry content (an article's
            # whole first line: its path name may be cut).
            buf_start, buf_end = line.line_start, line.line_end
            buf = [squash(strip_markup(line.text)) if article else heading]
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
