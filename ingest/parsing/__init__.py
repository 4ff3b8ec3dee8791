"""Understanding a plan: metadata, section tree, appendix tables.

``parse_document`` is the single entry point; it has no per-file special cases.
"""

from __future__ import annotations

import re

from ingest.parsing.duties import bodies_over_duties
from ingest.parsing.labelled import assigned_tasks, labelled_tasks
from ingest.parsing.metadata import DOCUMENT_KINDS, infer_metadata
from ingest.parsing.sections import heading_level, split_sections, wrapped_text
from ingest.parsing.tables import LogicalLine, abbreviation_items, abbreviation_section, extract_tables, is_header_line, read_table, total_sections
from ingest.parsing.text import fold, int_to_roman, short, is_appendix_letter, is_caps, is_roman, nfc, roman_to_int, squash, strip_markup
from ingest.records import DocumentInfo, DocumentReport, ParsedDocument, Section, TableReport
from ingest.text import BODY_TABLE_PREFIX

#: Bump when parsing changes, so unchanged files are re-parsed on the next ingest.
PARSER_VERSION = "103"

# "Phụ lục I", "PHỤ LỤC:", OCR variants such as "PHỦ LỤC II" / "PHÒNG LỤC IV" (accent-folded).
# A part of an appendix carries a dotted number: "Phụ lục I.1", "PHỤ LỤC I.3.2", "Phụ lục 2.1".
_APPENDIX = re.compile(r"(?:^|\s)ph\w{0,3}\s*l\w?c\s*(?:so\s*)?([ivxlc]+(?:\.\d+)*|\d+(?:\.\d+)*|[a-h])?\s*[:.]?\s*$")
# "Phụ lục I: CÁC CHỈ TIÊU NĂM 2027", "PHỤ LỤC II – DANH MỤC …", "Phụ lục số 01. Danh mục …".
_APPENDIX_TITLED = re.compile(
    r"^ph[ụu]\s*l[ụu]c\s*(?:số\s*)?([IVXLC]+(?:\.\d+)*|\d+(?:\.\d+)*|[A-H])?\b\s*([:.\-–—]\s*)?(\S.*)$", re.IGNORECASE)
_NEAR = 8  # a label and its "(Kèm theo …)" line belong together within this many lines
_ATTACHED = re.compile(r"^\(?\s*(?:ban hanh )?kem theo")
# "(Kèm theo Kế hoạch số …)" opens an appendix whose label is missing; "(Kèm theo đơn đề nghị …)",
# "(Kèm theo Giấy phép …)" are lines of a form printed inside an appendix, not a new one.
# (the kinds of document a plan is, and the acts and "văn bản" a plan is attached to)
_ATTACHED_TO_ACT = re.compile(r"^\(?\s*(?:ban hanh )?kem theo\s+(?:"
                              + "|".join(fold(k) for k in (*DOCUMENT_KINDS, "NGHỊ ĐỊNH", "THÔNG TƯ", "VĂN BẢN")) + r")\b")
_TABLE_CAPTION = re.compile(r"^(bảng|biểu|table)\s*(?:số\s*)?(\d+[a-z]?|[IVXLC]+)\b\s*[:.\-–—]?\s*(.*)$", re.IGNORECASE)
_MIN_BLOCK = 3  # TAB lines that look like a table: warn when they give no row


def _logical_lines(text: str, *, text_layer: bool = False) -> list[LogicalLine]:
    """The text's lines, tables a PDF's layout broke rebuilt; ``text_layer`` (a PDF's or a plain text's lines,
    no markup): group rows a page break cut from a table read back too (:func:`rejoin_group_rows`)."""
    raw = text.split("\n")
    try:
        from ingest.parsing.pdf_layout import rebuild_broken_tables
    except ImportError:  # pragma: no cover - module always ships
        rebuild_broken_tables = None
    if rebuild_broken_tables is not None:
        lines = [LogicalLine(x.text, x.line_start, x.line_end) for x in rebuild_broken_tables(raw)]
    else:
        lines = [LogicalLine(t, n, n) for n, t in enumerate(raw, start=1)]
    return rejoin_group_rows(lines) if text_layer else lines


#: A group row a PDF's text layer printed as prose between two parts of a table: at most this many lines
#: (its label wrapped in a narrow first column: "IV. BẮC" / "TRUNG BỘ" / "1. Tỉnh Thanh" / "Hóa"), each
#: at most GROUP_PIECE_CHARS long.
GROUP_PIECES = 6
GROUP_PIECE_CHARS = 60
_GROUP_OPENS = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*|[A-ZĐ])[.)]\s+\S")
_NUMBERED_CELL = re.compile(r"^\s*(?:\d|[IVXLC]+[.)\s])")


def rejoin_group_rows(lines: list[LogicalLine]) -> list[LogicalLine]:
    """Group rows that a PDF's text layer lost from its table, read back as rows: short lines between two
    parts of one table (the row above and the part below have as many cells; the part below opens with
    the same header or a numbered row) that open with a numbering ("IV. BẮC" / "TRUNG BỘ" / "1. Tỉnh
    Thanh" / "Hóa" → "IV. BẮC TRUNG BỘ", "1. Tỉnh Thanh Hóa"): a table row a page break cut from the table
    where pdfplumber saw no ruling under it. Only where the rows wrapped in the table's narrow first column
    or the table has group rows of its own: a heading between two tables of one header ("II. NHIỆM VỤ")
    stays a heading. The lines keep their numbers; the pieces after the first of each row are left blank."""
    out = list(lines)
    headers: set[str] = set()
    grouped = False  # the table above has group rows of its own ("I. TÂY BẮC BỘ | | |")
    i = 0
    while i < len(out):
        text = out[i].text
        if "\t" in text:
            cells = text.split("\t")
            if not _NUMBERED_CELL.match(cells[0]):
                headers.add(text)
            elif _GROUP_OPENS.match(cells[0].strip()) and not any(c.strip() for c in cells[1:]):
                grouped = True
            i += 1
            continue
        if not text.strip():
            i += 1
            continue
        # a run of prose lines (blank lines within) right after a table line
        prev = next((out[k] for k in range(i - 1, -1, -1) if out[k].text.strip()), None)
        j, pieces = i, []
        while j < len(out) and "\t" not in out[j].text and len(pieces) <= GROUP_PIECES:
            if out[j].text.strip():
                pieces.append(j)
            j += 1
        nxt = out[j] if j < len(out) else None
        if prev is None or "\t" not in prev.text or nxt is None or not pieces or len(pieces) > GROUP_PIECES \
                or any(len(out[k].text.strip()) > GROUP_PIECE_CHARS for k in pieces):
            i, grouped = (j if pieces else i + 1), False
            continue
        width = len(prev.text.split("\t"))
        below = nxt.text.split("\t")
        same_table = len(below) == width and (nxt.text in headers or re.match(r"^\s*\d", below[0]))
        first = out[pieces[0]].text.strip()
        if not same_table or width < 3 or not _GROUP_OPENS.match(first):
            i, grouped = j, False
            continue
        rows: list[tuple[list[int], list[str]]] = []  # (line indexes, words) of each group row
        for k in pieces:
            piece = squash(strip_markup(out[k].text))
            if _GROUP_OPENS.match(piece) or not rows:
                rows.append(([k], [piece]))
            else:
                rows[-1][0].append(k)
                rows[-1][1].append(piece)
        if not grouped and len(rows) == len(pieces):
            i = j  # short lines unwrapped under a table without group rows: headings between two tables
            continue
        for k in pieces:
            out[k] = LogicalLine("", out[k].line_start, out[k].line_end)
        for at, words in rows:
            out[at[0]] = LogicalLine("\t".join([" ".join(words), *[""] * (width - 1)]), lines[at[0]].line_start, lines[at[-1]].line_end)
        i = j
    return out


def _numeral_label(printed: str | None) -> str:
    return f"Phụ lục {printed.upper()}" if printed else "Phụ lục"


def _appendix_label(line: str) -> str | None:
    """Label of a line that holds only an appendix label ("Phụ lục II", "PHỤ LỤC:", OCR variants)."""
    clean = squash(strip_markup(line))
    if not clean or len(clean) > 40 or "\t" in line:
        return None
    m = _APPENDIX.search(fold(clean))
    if not m:
        return None
    if re.search(r"\d", m.string[: m.start()]):
        return None  # "Mẫu số 01 Phụ lục I.4": form 01 of an appendix, a reference, not its label
    numeral = m.group(1)
    if numeral is None:
        return "Phụ lục"
    # Keep the numeral as printed (I, II, 01 ..., or a letter: "PHỤ LỤC B").
    printed = re.search(r"([IVXLCivxlc]+(?:\.\d+)*|\d+(?:\.\d+)*|[A-Ha-h])\s*[:.]?\s*$", clean)
    return _numeral_label(printed.group(1) if printed else numeral)


def _continues_sentence(lines: list[LogicalLine], i: int) -> bool:
    """Whether line ``i`` ends a sentence begun on the line before (a PDF wraps prose at any
    word, so "chi tiết tại" / "Phụ lục II." puts a mere mention on a line of its own)."""
    for j in range(i - 1, max(-1, i - 3), -1):
        prev = squash(strip_markup(lines[j].text))
        if not prev:
            return False  # a blank line: the label stands alone
        if "\t" in lines[j].text or prev.upper() == prev:
            return False
        return len(prev) > 40 and not re.search(r"[.:;!?)\]»”\"]$", prev)
    return False


def _heads_a_title(lines: list[LogicalLine], i: int) -> bool:
    """Whether the next line is a title in capitals or "(Kèm theo …)": line ``i`` heads an appendix
    even when the line above it (a table's last row, say) ends without a full stop."""
    if not re.match(r"ph", fold(squash(strip_markup(lines[i].text)))):
        return False  # "… chi tiết tại Phụ lục III": the label does not open the line
    for line in lines[i + 1: i + 3]:
        clean = squash(strip_markup(line.text))
        if clean:
            if heading_level(line.text) is not None:
                return False  # "IV. KINH PHÍ THỰC HIỆN": the body's next section, not the appendix's title
            return bool(_ATTACHED.match(fold(clean))) or (clean.upper() == clean and len(re.findall(r"[A-ZĐ]", clean)) >= 10)
    return False


def _opens_with_attached_act(text: str) -> bool:
    """"(Kèm theo Kế hoạch số …)" standing as a line of its own — not a sentence wrapped so that a line
    starts "ban hành kèm theo Nghị định số …" or "kèm theo Nghị quyết này." (lower case, no bracket)."""
    clean = squash(strip_markup(text))
    return (clean[:1] == "(" or clean[:1].isupper()) and bool(_ATTACHED_TO_ACT.match(fold(clean)))


def _titled_appendix(lines: list[LogicalLine], i: int) -> tuple[str, str] | None:
    """(label, title) of a line that opens an appendix with its title on the same line.

    Not a sentence that mentions an appendix ("chi tiết tại Phụ lục I kèm theo"), a footnote
    ("<sup>1</sup> Phụ lục III: …") or a list item ("1. Phụ lục 01: …"): the line must start with
    the label, the title must follow a separator or be capitalised, and a table or a
    "(Kèm theo …)" line must follow before the next prose paragraph or appendix label.
    """
    raw = lines[i].text
    if "\t" in raw or re.match(r"^\s*(?:<sup>|\[\^|\d+[.)]?\s)", raw):
        return None
    clean = squash(strip_markup(raw))
    if len(clean) > 250:
        return None
    m = _APPENDIX_TITLED.match(clean)
    if not m:
        return None
    numeral, sep, title = m.group(1), m.group(2), m.group(3).strip()
    head = numeral.split(".")[0] if numeral else None
    if head and not (head.isdigit() or is_roman(head.upper()) or is_appendix_letter(head)):
        return None
    if not sep and not (title[:1].isupper() and (numeral or title.upper() == title)):
        return None
    if _ATTACHED.match(fold(title)):
        return None
    if raw.lstrip().startswith("#") or (title.upper() == title and re.search(r"[A-ZĐ]{3}", title)):
        # a heading ("## Phụ lục 3: …", "PHỤ LỤC 2: KIẾN NGHỊ"), not a sentence: an appendix even in prose
        return _numeral_label(numeral), title.rstrip(" .:")
    prose = 0
    for line in lines[i + 1: i + 16]:
        text = line.text
        if "\t" in text:
            return _numeral_label(numeral), title.rstrip(" .:")
        clean_next = squash(strip_markup(text))
        if not clean_next:
            continue
        if _ATTACHED.match(fold(clean_next)):
            return _numeral_label(numeral), title.rstrip(" .:")
        if _appendix_label(text) or _APPENDIX_TITLED.match(clean_next):
            return None
        if len(clean_next) > 120 and not clean_next.isupper():
            prose += 1
            if prose >= 2:
                return None
    return None


def _appendix_title(lines: list[LogicalLine], i: int) -> str:
    open_bracket = False  # inside "(Kèm theo … của" / "Chính phủ)" wrapped over lines
    for at in range(i + 1, min(i + 6, len(lines))):
        line = lines[at]
        clean = squash(strip_markup(line.text))
        if not clean:
            continue
        if open_bracket or _ATTACHED.match(fold(clean)):
            open_bracket = clean.count("(") > clean.count(")") if not open_bracket else ")" not in clean
            continue
        if "\t" in line.text:
            continue
        return _wrapped_caps(lines, at, clean)
    return ""


#: A title line at least this long that a line in capitals follows is wrapped by the page's width (a PDF's
#: "DANH MỤC CÁC CƠ SỞ PHÁT THẢI KHÍ NHÀ KÍNH PHẢI" / "THỰC HIỆN KIỂM KÊ KHÍ NHÀ KÍNH"): the two are one title.
WRAPPED_TITLE_CHARS = 40


def _wrapped_caps(lines: list[LogicalLine], at: int, clean: str) -> str:
    """A title in capitals with the lines in capitals that continue it right below (no blank line between)."""
    title = clean
    for line in lines[at + 1: at + 3]:
        nxt = squash(strip_markup(line.text))
        if len(clean) < WRAPPED_TITLE_CHARS or not nxt or "\t" in line.text or nxt.startswith("(") \
                or not is_caps(nxt) or clean.upper() != clean:
            break
        title, clean = f"{title} {nxt}", nxt
    return title


def _next_label(prev: str | None) -> str:
    """Label for an appendix whose own label is missing: the one after the previous."""
    if not prev:
        return "Phụ lục"
    numeral = prev.split()[-1]
    if "." in numeral:  # the part after "Phụ lục I.2" is "Phụ lục I.3"
        head, _, last = numeral.rpartition(".")
        return f"Phụ lục {head}.{int(last) + 1}" if last.isdigit() else "Phụ lục"
    if numeral.isdigit():
        return f"Phụ lục {int(numeral) + 1:0{len(numeral)}d}"
    if is_roman(numeral):
        return f"Phụ lục {int_to_roman(roman_to_int(numeral) + 1)}"
    if is_appendix_letter(numeral) and numeral.lower() != "h":
        return f"Phụ lục {chr(ord(numeral.upper()) + 1)}"
    return "Phụ lục"


def _appendix_starts(lines: list[LogicalLine]) -> list[tuple[int, str, str]]:
    """(line index, label, title) of each appendix.

    An appendix starts at its label line ("Phụ lục II", "Phụ lục II: DANH MỤC …") or, when the
    label is missing or unreadable, at its "(Kèm theo Kế hoạch …)" line — once the appendices
    have begun.
    """
    labels: list[tuple[int, str]] = []
    titles: dict[int, str] = {}
    for i, line in enumerate(lines):
        lab = _appendix_label(line.text)
        if lab is not None and _continues_sentence(lines, i) and not _heads_a_title(lines, i):
            lab = None  # "… chi tiết tại" / "Phụ lục II." : a sentence wrapped onto the label's line
        if lab is None:
            titled = _titled_appendix(lines, i)
            if titled:
                lab, titles[i] = titled
        if lab:
            labels.append((i, lab))
    if not labels:
        return _unlabelled_attachments(lines)
    first = labels[0][0]
    attached = [
        i for i, line in enumerate(lines)
        if i >= first - _NEAR and _opens_with_attached_act(line.text)
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
        starts.append((i, label, titles.get(i) or _appendix_title(lines, title_from)))
    return starts


#: An attached list with no "Phụ lục" label starts after this share of the document's lines: an act's
#: own "(Ban hành kèm theo Quyết định …)" under its title, at the top, is the document, not a list after it.
ATTACHMENT_AFTER_SHARE = 0.3


def _unlabelled_attachments(lines: list[LogicalLine]) -> list[tuple[int, str, str]]:
    """(line index, label, title) of the lists attached to an act that no "Phụ lục" label names: "DANH
    MỤC CÁC NHIỆM VỤ …" over "(Ban hành kèm theo Quyết định số …)" and a table, after the act's body
    (ATTACHMENT_AFTER_SHARE). One is "Phụ lục"; several are "Phụ lục 1", "Phụ lục 2", … in order."""
    found: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if i < ATTACHMENT_AFTER_SHARE * len(lines) or not _opens_with_attached_act(line.text):
            continue
        if not any("\t" in later.text for later in lines[i + 1: i + 1 + _NEAR]):
            continue  # "(Kèm theo …)" over prose: an attached text, not a list
        title: list[str] = []  # the capitalised lines right above ("DANH MỤC" / "CÁC NHIỆM VỤ, DỰ ÁN …")
        start = i
        for j in range(i - 1, max(-1, i - 6), -1):
            clean = squash(strip_markup(lines[j].text))
            if not clean:
                continue
            if "\t" in lines[j].text or clean.upper() != clean or len(re.findall(r"[A-ZĐ]", clean)) < 4:
                break
            title.insert(0, clean)
            start = j
        found.append((start, " ".join(title) or _appendix_title(lines, i)))
    if len(found) == 1:
        return [(found[0][0], "Phụ lục", found[0][1])]
    return [(i, f"Phụ lục {n}", title) for n, (i, title) in enumerate(found, start=1)]


def _heading_above(lines: list[LogicalLine], i: int, stop: int) -> str:
    for j in range(i - 1, stop - 1, -1):
        text = lines[j].text
        if "\t" not in text and heading_level(text) is not None:
            return squash(strip_markup(text))
    return ""


def _body_table_label(table, lines: list[LogicalLine], idx: int, stop: int) -> tuple[str, str]:
    """(label, title) of a table outside the appendices: "Bảng 2" from its caption, else its heading."""
    caption = table.caption
    m = _TABLE_CAPTION.match(caption) if caption else None
    if m:
        return f"{m.group(1).capitalize()} {m.group(2)}", m.group(3).strip()
    # "Mục …": a heading's own numbering ("II.") must not read as an appendix number ("Phụ lục II").
    if caption and heading_level(caption) is not None:
        return f"{BODY_TABLE_PREFIX}{short(caption)}", ""
    heading = _heading_above(lines, idx, stop)
    if heading:
        return f"{BODY_TABLE_PREFIX}{short(heading)}", caption
    return f"Bảng (dòng {table.line_start})", caption


def _tab_blocks(lines: list[LogicalLine]) -> list[tuple[int, int]]:
    """(first, last) indexes of runs of TAB lines, blank lines and page numbers allowed inside."""
    blocks: list[tuple[int, int]] = []
    start = last = None
    for i, line in enumerate(lines):
        if "\t" in line.text and any(c.strip() for c in line.text.split("\t")):
            if start is None:
                start = i
            last = i
        elif line.text.strip() and not re.fullmatch(r"[-–\d\s/]{1,6}", line.text.strip()):
            if start is not None:
                blocks.append((start, last))
            start = None
    if start is not None:
        blocks.append((start, last))
    return blocks


#: A note's mark in a cell, "[1]" or Markdown's "[^1]", and the note itself: a line of its own opening with
#: the mark ("[1] Sau khi sửa đổi …", "[^1]: …"), its text wrapped onto lines that go on in lower case.
_NOTE_MARK = re.compile(r"\[\^?(\d{1,2})\]")
_NOTE_LINE = re.compile(r"^\s*\[\^?(\d{1,2})\]:?\s+(\S.*)$")
#: How a row names the note a cell of it refers to: "Chú thích [1]".
NOTE_LABEL = "Chú thích"
#: A note is read over its wrapped lines up to about this many characters.
MAX_NOTE_CHARS = 600


def _with_footnotes(rows: list, lines: list) -> None:
    """Each note a row's cell marks ("Ủy ban Tài chính, Ngân sách chủ trì thẩm tra [1]"), when the document
    states that note on a line of its own ("[1] Sau khi sửa đổi … sẽ do Ủy ban Kinh tế và Ngân sách thực
    hiện."), joins the row as a column of its own, "Chú thích [1]": what the note says is said of that row."""
    notes: dict[str, str] = {}
    for k, line in enumerate(lines):
        if "\t" in line.text:
            continue
        m = _NOTE_LINE.match(line.text)
        if m is None or m.group(1) in notes:
            continue
        # (a PDF's line wrapped in the note, "… của Ủy ban Đối" / "ngoại thực hiện", goes on as any wrapped line
        # does: in lower case, after no stop, no list item or heading)
        said = _NOTE_LINE.match(wrapped_text(lines, k, limit=MAX_NOTE_CHARS))
        notes[m.group(1)] = (said or m).group(2).strip()
    if not notes:
        return
    for row in rows:
        marks = [n for value in row.columns.values() for n in _NOTE_MARK.findall(value or "") if n in notes]
        for n in dict.fromkeys(marks):
            row.columns.setdefault(f"{NOTE_LABEL} [{n}]", notes[n])


def parse_document(
    text: str,
    *,
    doc_id: str,
    file_name: str,
    sha256: str = "",
    manifest_entry: dict | None = None,
    line_pages: list[int] | None = None,
) -> ParsedDocument:
    """Parse one plan's text into metadata, sections, table rows and an ingest report."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    # (Markdown, Word and HTML keep their tables whole: only a text layer loses rows between a table's parts)
    text_layer = bool(line_pages) or file_name.lower().endswith((".pdf", ".txt"))
    # (a table of bodies over their duties is read as the text it stands for: each body a heading over its duties)
    lines = bodies_over_duties(_logical_lines(text, text_layer=text_layer))
    page_of_line = (lambda n: line_pages[n - 1] if 0 < n <= len(line_pages) else None) if line_pages else None

    starts = _appendix_starts(lines)
    body_end = starts[0][0] if starts else len(lines)

    rows = []
    reports: list[TableReport] = []
    narrative_ranges: list[tuple[int, int, list[str]]] = [(0, body_end, [])]
    labelled_ranges: list[tuple[int, int, str | None]] = [(0, body_end, None)]
    seen_labels: dict[str, int] = {}
    totals: list = []  # tables' "Tổng cộng" rows, kept as text

    def label_once(label: str) -> str:
        seen_labels[label] = seen_labels.get(label, 0) + 1
        return label if seen_labels[label] == 1 else f"{label} ({seen_labels[label]})"

    # Tables in the body (outside the appendices): captioned by "Bảng N …" or their heading.
    line_index = {line.line_start: k for k, line in enumerate(lines)}
    defined: list = []  # tables of short forms, read as the lists of definitions they are
    defined_lines: set[int] = set()

    def definitions(table, path: list[str]) -> bool:
        section = abbreviation_section(table, path, page_of_line)
        if section is not None:
            defined.append(section)
            defined_lines.update(range(table.line_start, section.line_end + 1))
        return section is not None

    for table in extract_tables(lines, 0, body_end):
        idx = line_index.get(table.line_start, 0)
        label, title = _body_table_label(table, lines, idx, 0)
        if definitions(table, [title or label]):
            continue
        label = label_once(label)
        caption = f"{label}: {title}" if title else label
        table_rows, report = read_table(table, doc_id=doc_id, appendix=label, appendix_title=title,
                                        caption=caption, appendix_label=None, page_of_line=page_of_line)
        rows.extend(table_rows)
        reports.append(report)
        totals.extend(total_sections(table, [caption], page_of_line))

    for k, (i, label, title) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        label = label_once(label)  # the same label twice: keep them apart
        heading = f"{label}: {title}" if title else label
        for table in extract_tables(lines, i + 1, end):
            own = table.caption
            # (a caption that ends the appendix's own title, its wrapped last line, says nothing more)
            caption = heading if not own or own == title or table.caption_line <= lines[i].line_end \
                or fold(own) == fold(heading) or len(own.split()) >= 3 and fold(title or "").endswith(fold(own)) \
                else f"{heading} – {own}"
            if definitions(table, [caption]):
                continue
            table_rows, report = read_table(table, doc_id=doc_id, appendix=label, appendix_title=title,
                                            caption=caption, appendix_label=label, page_of_line=page_of_line)
            rows.extend(table_rows)
            reports.append(report)
            totals.extend(total_sections(table, [caption], page_of_line))
        narrative_ranges.append((i + 1, end, [heading]))
        labelled_ranges.append((i + 1, end, label))

    # Tasks written as labelled items in the text ("1. …" / "- Đơn vị chủ trì: …"), in the body and
    # in the appendices outside their tables.
    for start, end, label in labelled_ranges:
        labelled_rows, report = labelled_tasks(lines, start, end, doc_id=doc_id, prefix=label, page_of_line=page_of_line,
                                               text_layer=text_layer)
        if report is not None:
            rows.extend(labelled_rows)
            reports.append(report)
        # and tasks given in a sentence ("Giao Sở X chủ trì, phối hợp với Y …, hoàn thành trong Quý III/2026")
        read = {n for r in labelled_rows for n in range(r.line_start, r.line_end + 1)}
        assigned_rows, report = assigned_tasks(lines, start, end, doc_id=doc_id, prefix=label,
                                               page_of_line=page_of_line, skip=read, text_layer=text_layer)
        if report is not None:
            rows.extend(assigned_rows)
            reports.append(report)

    _with_footnotes(rows, lines)

    # TAB blocks that gave no row: warn, and keep their text in the narrative so it can be found.
    covered: set[int] = set(defined_lines)
    for r in rows:
        covered.update(range(r.line_start, r.line_end + 1))
    warnings: list[str] = []
    keep_as_text: set[int] = set()
    for a, b in _tab_blocks(lines):
        block = [line for line in lines[a: b + 1] if "\t" in line.text]
        if any(ln in covered for line in block for ln in range(line.line_start, line.line_end + 1)):
            continue
        cells = [line.text.split("\t") for line in block]
        items = abbreviation_items(cells[0], cells[1:])
        if items:  # a table of short forms whose header the table reader did not know
            page = page_of_line(block[0].line_start) if page_of_line else None
            caption = next((squash(strip_markup(x.text)) for x in reversed(lines[max(0, a - 3):a]) if x.text.strip()), "")
            above = caption if caption.isupper() and len(caption) <= 80 else _heading_above(lines, a, 0)
            defined.append(Section(path=[above] if above else [], text="\n".join(items),
                                   line_start=block[0].line_start, line_end=block[-1].line_end, page=page))
            continue
        keep_as_text.update(line.line_start for line in block)
        if len(block) >= _MIN_BLOCK:
            why = "no header row recognised" if not any(is_header_line(x.text) for x in block) else "no numbered row under its header"
            warnings.append(f"text that looks like a table gave 0 rows (line {block[0].line_start}): {why}; its text is kept as a passage")
    for rep in reports:
        where = f"table '{short(rep.caption, 60)}' (line {rep.line_start})"
        if rep.rows == 0:
            continue  # reported above as a block without rows
        if rep.headerless:
            warnings.append(f"{where}: no header row recognised; column roles taken from cell content")
        for col in rep.columns:
            if col.unsure:
                warnings.append(f"{where}: column '{short(col.label, 50)}' kept under its own label (role unsure: {col.basis})")
        if rep.uncertain_rows:
            warnings.append(f"{where}: {rep.uncertain_rows} of {rep.rows} rows flagged uncertain")

    sections = []
    for start, end, prefix in narrative_ranges:
        sections.extend(split_sections(lines[start:end], prefix=prefix, page_of_line=page_of_line, keep_tab_lines=keep_as_text,
                                       text_layer=text_layer))

    sections.extend(totals)
    sections.extend(defined)
    doc_report = DocumentReport(
        tables=reports,
        rows=len(rows),
        uncertain_rows=sum(r.uncertain for r in rows),
        warnings=warnings,
    )
    info = infer_metadata(text, doc_id=doc_id, file_name=file_name, sha256=sha256, manifest_entry=manifest_entry)
    info = info.model_copy(update={"n_rows": len(rows), "n_sections": len(sections), "report": doc_report})
    first = next((squash(strip_markup(x.text)) for x in lines if x.text.strip()), "")
    if not manifest_entry and info.title == file_name.rsplit(".", 1)[0] and rows and rows[0].appendix_title \
            and (_appendix_label(first) or _APPENDIX_TITLED.match(first)):
        # a document that is an appendix alone (it opens with "Phụ lục III", no title block of its own, a list
        # attached to a decision): its caption is its title, not the file's name
        info = info.model_copy(update={"title": rows[0].appendix_title})
    return ParsedDocument(info=info, sections=sections, rows=rows)


__all__ = ["PARSER_VERSION", "parse_document", "DocumentInfo"]
