"""Load plan documents (.txt, .md, .html, .pdf, .docx) into plain, NFC-normalised text.

Tables of every format are rendered as one line per row with the cells joined by TAB
(cell-internal line breaks become spaces), the same shape the bundled ``corpus/*.txt`` files use,
so one parser handles every format. Columns keep stable grid positions (a merged cell's text once,
"" for the other positions it spans horizontally) and each table is a contiguous block of rows
with one blank line before and after it; the caption/heading line above a table stays an ordinary
line. Narrative text from .pdf/.docx/.html never contains TAB characters (a TAB inside a
paragraph becomes a space), so there a TAB always means "table row".

* .md: markdown-it-py (pipe tables) and lxml (``<table>`` blocks), see :mod:`ingest.formats.markup`;
* .html/.htm: lxml; .txt: as written, except ``<table>`` blocks, which become TAB rows;
* .pdf: pdfplumber's ruled-table finder, and on pages where it finds none, tables rebuilt from word
  positions (:mod:`ingest.formats.pdf_tables`), text set in two columns read column by column
  (:mod:`ingest.formats.pdf_columns`); pypdf as a fallback per page;
* .docx: python-docx, tables anywhere in the body (content controls of any level read through), nested tables
  flattened into their cell.

Every failure raises :class:`ingest.errors.UnreadableFileError` with a one-line message that names
the file and says what to do.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from pathlib import Path

from lxml import etree
from pydantic import BaseModel

from ingest.errors import UnreadableFileError
from ingest.formats import Block, cell_lines, cell_text, glue_spaced_hyphens, hyphen_broken, join_blocks, join_wrapped, table_rows
from ingest.formats.markup import (
    html_to_lines,
    markdown_to_lines,
    text_with_html_tables,
)
from ingest.formats.pdf_columns import reading_order, set_in_columns
from ingest.formats.pdf_tables import PageRules, find_unruled_tables, open_row_ends, rows_between_column_rules, ruled_columns_below
from ingest.text import OPENS_WITH_MARK

SUPPORTED_SUFFIXES = {".txt", ".md", ".pdf", ".docx", ".html", ".htm"}
MAX_FILE_BYTES = 50 * 1024 * 1024
MiB = 1024 * 1024

# Characters that str.splitlines() treats as line breaks; inside one output line they become spaces
# so that ``text.split("\n")`` and ``text.splitlines()`` agree with ``line_pages``.
_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


class LoadedFile(BaseModel):
    """The text of one input file, ready for the parser."""

    path: Path
    file_name: str
    suffix: str
    sha256: str
    text: str
    line_pages: list[int] | None = None  # 1-based page of each line of ``text`` (PDF only)


def load_file(
    path: Path, *, max_bytes: int | None = None, max_pages: int | None = None
) -> LoadedFile:
    """Read ``path`` and return its text; raise UnreadableFileError saying why it can't."""
    path = Path(path)
    limit = MAX_FILE_BYTES if max_bytes is None else max_bytes
    if not path.exists():
        raise UnreadableFileError(path, "file not found; check the path")
    if not path.is_file():
        raise UnreadableFileError(path, "not a regular file; pass a .txt, .md, .pdf or .docx (or .html) file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "(none)"
        raise UnreadableFileError(
            path, f"unsupported file type '{shown}'; use .txt, .md, .pdf or .docx (or .html)"
        )
    size = path.stat().st_size
    if size > limit:
        raise UnreadableFileError(
            path,
            f"file too large ({_size(size)} > {_size(limit)}); "
            "split the file or raise the size limit",
        )
    data = path.read_bytes()
    if not data.strip():
        raise UnreadableFileError(path, "empty file; add content or remove it from the inputs")

    line_pages: list[int] | None = None
    if suffix == ".pdf":
        text, line_pages = _load_pdf(path, data, max_pages)
    elif suffix == ".docx":
        text = _load_docx(path, data)
    elif suffix == ".md":
        text = "\n".join(markdown_to_lines(_decode_text(path, data)))
    elif suffix in (".html", ".htm"):
        text = "\n".join(html_to_lines(_decode_text(path, data)))
    else:
        text = text_with_html_tables(_decode_text(path, data))
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise UnreadableFileError(path, "empty file; add content or remove it from the inputs")
    return LoadedFile(
        path=path,
        file_name=path.name,
        suffix=suffix,
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        line_pages=line_pages,
    )


# --------------------------------------------------------------------------- plain text


def _decode_text(path: Path, data: bytes) -> str:
    """Decode UTF-8 (BOM optional) or BOM-marked UTF-16; refuse anything else, never guess."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            try:
                text = data.decode("utf-16")
            except UnicodeDecodeError:
                raise UnreadableFileError(
                    path, "broken UTF-16 text; re-save the file as UTF-8"
                ) from None
        else:
            guess = _guess_encoding(data)
            raise UnreadableFileError(
                path, f"not UTF-8 text (looks like {guess}); re-save the file as UTF-8"
            ) from None
    controls = sum(1 for ch in text if ch == "\x00" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    if controls and (text.count("\x00") or controls > len(text) / 100):
        raise UnreadableFileError(
            path, "binary content, not text; ingest a .txt/.md file saved as UTF-8 text"
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _guess_encoding(data: bytes) -> str:
    """A rough name for what undecodable bytes probably are, for the error message only."""
    sample = data[:4096]
    nul_even, nul_odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(nul_even, nul_odd) > len(sample) / 4:
        return "UTF-16 without a byte-order mark"
    if sample.count(0) or sum(b < 9 for b in sample) > len(sample) / 100:
        return "binary data"
    return "a legacy 8-bit encoding such as Windows-1252/1258, TCVN3 or VNI"


def _size(n_bytes: int) -> str:
    """Human size for messages: MiB for real files, bytes for tiny limits."""
    return f"{n_bytes / MiB:.1f} MiB" if n_bytes >= MiB // 10 else f"{n_bytes} bytes"


def _one_line(value: str | None) -> str:
    """Collapse the whitespace of a table cell (line breaks, tabs) into single spaces."""
    return cell_text(value)


_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
#: … opening a line or a cell, set apart from the word after it: a list's bullet drawn in a font without a
#: character map (a "•" of Symbol, Wingdings or a standard font's own encoding) — the item's mark, kept as "-"
#: (not before a figure: a Symbol "≥" opens "(cid:179) 90%")
_UNMAPPED_BULLET = re.compile(r"(^|\t)([ ]*)\(cid:\d+\)[ ]+(?=[^\W\d_])")


def _without_unmapped_glyphs(line: str) -> str:
    """A pdfplumber line with the glyphs its fonts map to no character ("(cid:5)") left out, a bullet kept as "-"."""
    return _UNMAPPED_GLYPH.sub("", _UNMAPPED_BULLET.sub(r"\1\2- ", line))


def _clean_line(value: str) -> str:
    """One narrative line: no TABs (they mean table cells) and no embedded line breaks."""
    return _LINE_BREAKS.sub(" ", value.replace("\t", " ")).rstrip()


# --------------------------------------------------------------------------- PDF


def _load_pdf(path: Path, data: bytes, max_pages: int | None) -> tuple[str, list[int]]:
    """Extract PDF text page by page, with ruled tables rendered as TAB-separated rows."""
    import pypdf

    corrupt = "corrupt or not a PDF; re-export it as PDF and ingest again"
    if b"%PDF-" not in data[:1024]:
        raise UnreadableFileError(path, corrupt)
    encrypted = "encrypted PDF; remove the password and ingest again"
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFileError(path, encrypted)
        n_pages = len(reader.pages)
    except UnreadableFileError:
        raise
    except pypdf.errors.FileNotDecryptedError:
        raise UnreadableFileError(path, encrypted) from None
    except Exception:  # pypdf raises many exception types for damaged files
        raise UnreadableFileError(path, corrupt) from None
    if n_pages == 0:
        raise UnreadableFileError(path, "PDF has no pages; re-export it and ingest again")
    if max_pages is not None and n_pages > max_pages:
        raise UnreadableFileError(
            path, f"too many pages ({n_pages} > {max_pages}); split the file"
        )

    sheets = _pdfplumber_pages(data, n_pages)
    for number in range(1, n_pages + 1):
        if not any(sheets[number - 1]):  # pdfplumber failed or found nothing: let pypdf try this page
            sheets[number - 1] = [_pypdf_page_lines(reader, number - 1)]
    # (each printed page on its own — two on a sheet printed 2-up — the PDF's page number kept for each)
    numbers = [number for number in range(1, n_pages + 1) for _ in sheets[number - 1]]
    pages = _without_page_furniture([page for sheet in sheets for page in sheet])
    lines: list[str] = []
    line_pages: list[int] = []
    for number, page_lines in zip(numbers, pages):
        for line in page_lines:
            if not line and (not lines or not lines[-1]):
                continue  # one blank line between a table and what follows, across pages too
            lines.append(line)
            line_pages.append(number)
    if not any(line.strip() for line in lines):
        raise UnreadableFileError(path, "no text layer (scanned PDF?); OCR it first")
    return "\n".join(_join_broken_codes(lines)), line_pages


#: A page's running header and footer: the lines within PAGE_EDGE_LINES of a page's top or bottom…
PAGE_EDGE_LINES = 3
#: … that the edges of at least this share of the pages print alike (figures aside: "Trang 6", "- 7 -")
#: and of at least FURNITURE_MIN_PAGES pages
FURNITURE_SHARE = 0.5
FURNITURE_MIN_PAGES = 3
_DIGITS = re.compile(r"\d+")


#: lines that are the plan's structure, never a page's furniture, however often they recur ("PHỤ LỤC 2",
#: "(Kèm theo Kế hoạch số …)", "Biểu số 3")
_STRUCTURE_LINE = re.compile(r"^\W*(?:phụ lục|kèm theo|ban hành kèm theo|biểu|mẫu|bảng)\b", re.IGNORECASE)
#: a line of figures and at most a word or two around them ("Trang 6", "- 7 -", "Page 2 of 7", "6/12"), or a
#: page number after the document's number ("617/KH-UBND - Trang 3", "UBND tỉnh Đồng Tháp - Kế hoạch 556/KH-UBND
#: tr. 2": twelve words or codes at most before it; only a line printed so at the edge of most pages is dropped)
_FIGURES_LINE = re.compile(r"^\W*(?:[^\W\d_]+\W+){0,2}\d+(?:\W+(?:[^\W\d_]+\W+)?\d+)?\W*$"
                           r"|^\W*(?:[^\W_]+\W+){1,12}\d+\W*$")


def _edge_key(line: str) -> str:
    """A page edge line's key: its text, or, for a line of figures ("Trang 6"), its text with the figures blanked."""
    text = " ".join(line.split()).casefold()
    if _STRUCTURE_LINE.match(text):
        return ""
    return _DIGITS.sub("#", text) if _FIGURES_LINE.match(text) else text


def _without_page_furniture(pages: list[list[str]]) -> list[list[str]]:
    """The pages without their running header and footer ("ỦY BAN NHÂN DÂN … - Kế hoạch số 157/KH-UBND",
    "Trang 6"): lines printed alike at the top or bottom of most pages are the page's, not the plan's
    text; left in, they cut a table that goes on to the next page into two and put a title between a
    passage's halves. Table rows (TAB lines) are never taken: a header repeated on each page is the
    table's."""
    def edges(page: list[str]) -> list[int]:
        filled = [k for k, line in enumerate(page) if line.strip() and "\t" not in line]
        return filled[:PAGE_EDGE_LINES] + filled[-PAGE_EDGE_LINES:]

    counts: dict[str, int] = {}
    for page in pages:
        for key in {_edge_key(page[k]) for k in edges(page)}:
            counts[key] = counts.get(key, 0) + 1
    need = max(FURNITURE_MIN_PAGES, FURNITURE_SHARE * len(pages))
    furniture = {key for key, n in counts.items() if n >= need and key}
    numbered = _numbered_heads(pages, need)
    if not furniture and not numbered:
        return pages
    out = []
    for p, page in enumerate(pages):
        drop = {k for k in edges(page) if _edge_key(page[k]) in furniture} | numbered.get(p, set())
        out.append([line for k, line in enumerate(page) if k not in drop])
    return out


#: A running head that names the part a page is in beside the page's number, on the outer side ("PHỤ LỤC    7",
#: "8 | PHỤ LỤC", "II. NHIỆM VỤ CỤ THỂ    3"): a page's first or last line of a short title and a bare number, a
#: tab, a bar or a wide gap between them.
_HEAD_GAP = r"(?:\s*\t\s*|\s+[|·•–—]\s+|\s{3,})"
_NUMBERED_HEAD = re.compile(rf"^\s*(?:(\d{{1,3}}){_HEAD_GAP}[^\W\d][^\t|]{{0,80}}?|[^\W\d][^\t|]{{0,80}}?{_HEAD_GAP}(\d{{1,3}}))\s*$")


def _numbered_heads(pages: list[list[str]], need: float) -> dict[int, set[int]]:
    """The running heads (or feet) that print each page's number beside a title that changes with the part
    ("PHỤ LỤC | 7", "II. NHIỆM VỤ CỤ THỂ | 3"), which no title alone shows as repeated: the first or last
    line of a page, a short title and a bare number, where the number runs with the pages (the same offset
    from the page's place on at least ``need`` pages). Page → the indexes of its lines to drop; a table's
    row opens with its number and a mark ("3.") or holds more cells, and one printed once is no part's title."""
    found: dict[int, list[tuple[int, int, str]]] = {}
    for p, page in enumerate(pages):
        filled = [k for k, line in enumerate(page) if line.strip()]
        for k in {*filled[:1], *filled[-1:]}:
            m = _NUMBERED_HEAD.match(page[k])
            if m:
                title = " ".join(_DIGITS.sub("", page[k]).strip(" \t|·•–—").split()).casefold()
                found.setdefault(int(m.group(1) or m.group(2)) - p, []).append((p, k, title))
    at = max(found.values(), key=len, default=[])
    # (each title a part's, printed on the part's pages: one printed once is a table's row or a line of text that
    # happens to end in a figure — "3 | Tên nhiệm vụ", "Tổng cộng | 12")
    titles = Counter(title for _, _, title in at)
    at = [(p, k, title) for p, k, title in at if titles[title] >= 2]
    if len(at) < need:
        return {}
    out: dict[int, set[int]] = {}
    for p, k, _ in at:
        out.setdefault(p, set()).add(k)
    return out


_BROKEN_CODE = re.compile(r"[A-ZĐ0-9/][A-ZĐ0-9]*-$")
_CODE_REST = re.compile(r"^([A-ZĐ0-9][A-ZĐ0-9/&.-]*)(?=[\s,;.)]|$)\s*")


#: The rest of a hyphenated word the line broke ("các-" / "bon trong nước": "bon")
_WORD_REST = re.compile(r"^([^\W\d_]+)(?=[\s,;.:)]|$)\s*")


def _join_broken_codes(lines: list[str]) -> list[str]:
    """A document code cut at its hyphen by a line break ("văn bản số 1181/CVT-" / "CPTN ngày …"): the
    rest of the code moves up to its line, so the code reads whole ("1181/CVT-CPTN"); so does the rest
    of a word spelt with a hyphen ("các-" / "bon" → "các-bon"; Vietnamese words are not hyphenated
    otherwise, so only a lower-case word after a lower-case letter's hyphen is joined). Lines keep
    their number (tables' TAB lines are left alone)."""
    out = [line if "\t" in line else glue_spaced_hyphens(line) for line in lines]
    for i in range(len(out) - 1):
        line, nxt = out[i], out[i + 1]
        if "\t" in line or "\t" in nxt:
            continue
        if _BROKEN_CODE.search(line.rstrip()):
            m = _CODE_REST.match(nxt.lstrip())
        elif hyphen_broken(line.rstrip(), nxt.lstrip()):
            m = _WORD_REST.match(nxt.lstrip())
        else:
            continue
        if m:
            out[i] = line.rstrip() + m.group(1)
            out[i + 1] = nxt.lstrip()[m.end():]
    return out


def _pypdf_page_lines(reader, index: int) -> list[str]:
    """Plain pypdf text of one page (fallback path); empty list if pypdf fails too."""
    try:
        text = reader.pages[index].extract_text() or ""
    except Exception:
        return []
    return [_clean_line(line) for line in text.splitlines() if line.strip()]


#: A sheet that prints two pages side by side (a 2-up handout, a booklet's spread) is read as two pages, the
#: left one first: a landscape sheet with a band down its middle at least TWO_UP_GUTTER of its width wide that
#: no character and no rule crosses, each half numbered as a page of its own at its head or foot ("- 11 -",
#: "Trang 12"). Read as one, the lines of its two pages would be taken in the order of their height on the
#: sheet: a table that starts higher on the right page came before the left page's title and rows.
TWO_UP_GUTTER = 0.02
_PAGE_NUMBER_LINE = re.compile(r"^[\s\-–—(\[]*(?:(?:trang|page|tr\.)\s*)?\d{1,3}[\s\-–—)\]]*$", re.IGNORECASE)


def _two_up_halves(page) -> list | None:
    """The two pages of a sheet printed 2-up (see TWO_UP_GUTTER), left then right, or None."""
    if page.width <= page.height or not page.chars:
        return None
    middle = page.bbox[0] + page.width / 2  # (pdfplumber's x runs from the page's own left edge)
    if any(c["x0"] < middle < c["x1"] for c in page.chars):
        return None
    g0 = max((c["x1"] for c in page.chars if c["x1"] <= middle), default=None)
    g1 = min((c["x0"] for c in page.chars if c["x0"] >= middle), default=None)
    if g0 is None or g1 is None or g1 - g0 < TWO_UP_GUTTER * page.width:
        return None
    if any(e["x0"] < g0 and e["x1"] > g1 for e in page.horizontal_edges):
        return None  # a rule across the middle: one page's table or frame
    cut = (g0 + g1) / 2
    halves = [page.crop((page.bbox[0], page.bbox[1], cut, page.bbox[3])),
              page.crop((cut, page.bbox[1], page.bbox[2], page.bbox[3]))]
    for half in halves:
        lines = [line for line in half.extract_text_lines() if line["text"].strip()]
        if not lines:
            return None
        ends = (min(lines, key=lambda line: line["top"]), max(lines, key=lambda line: line["bottom"]))
        if not any(_PAGE_NUMBER_LINE.match(line["text"].strip()) for line in ends):
            return None
    return halves


def _pdfplumber_pages(data: bytes, n_pages: int) -> list[list[list[str]]]:
    """Lines of every sheet from pdfplumber, a list for each page it prints (two for a sheet printed 2-up,
    see _two_up_halves); a sheet that fails yields [] (the caller falls back)."""
    import pdfplumber

    result: list[list[list[str]]] = [[] for _ in range(n_pages)]
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password="")
    except Exception:
        return result
    with pdf:
        for index, page in enumerate(pdf.pages[:n_pages]):
            try:
                # a glyph the font maps to no character comes out as "(cid:5)": no text of the plan
                result[index] = [[_without_unmapped_glyphs(line) for line in _pdfplumber_page_lines(part)]
                                 for part in (_two_up_halves(page) or [page])]
            except Exception:
                result[index] = []
            finally:
                page.close()
    return result


def _pdfplumber_page_lines(page) -> list[str]:
    """One page in reading order: text lines outside tables, and each table as TAB-joined rows.

    Blocks are ordered by their top coordinate, so table rows appear where the table sits on the
    page; each table's rows are framed by blank lines. Cells pdfplumber reports as None (the
    spanned part of a merged cell) become "". Ruled tables come from pdfplumber's line finder; a
    page where it finds none is searched for tables laid out without lines.
    """
    if _has_duplicate_chars(page):  # fake bold (text drawn twice); dedupe_chars is slow, so ask
        page = page.dedupe_chars()
    # Default "lines" strategy: ruled tables only. A box with a single column (a framed note, a
    # page border) is not a table: its text stays ordinary lines.
    # (a row split across pages ends at the page, not at a rule: the ends of its column rules close it)
    page_rules = PageRules.of(page) if page.vertical_edges else PageRules([], [])
    open_ends = open_row_ends(page_rules)
    settings = {"explicit_horizontal_lines": open_ends} if open_ends else {}
    tables = [t for t in page.find_tables(table_settings=settings) if max((len(r.cells) for r in t.rows), default=0) > 1]
    words = sorted(page.extract_words(keep_blank_chars=False, use_text_flow=False), key=_middle) if tables else []
    middles = [_middle(w) for w in words]
    rules = page_rules if any(len(t.rows) <= 2 for t in tables) else PageRules([], [])
    found: list[tuple[tuple[float, float, float, float], list[list[str]]]] = [
        _ruled_table(page, table, [t.bbox for t in tables if t is not table], words, middles, rules) for table in tables
    ]
    page_lines = None  # (the page's text lines, read once: the column test and the reading order share them)
    if not found:
        page_lines = page.extract_text_lines(return_chars=True)
        if not set_in_columns(page_lines):
            # (a page set in three columns or more is no table: its gutters line up as a table's do)
            found = [(t.bbox, t.rows) for t in find_unruled_tables(page)]
    blocks: list[tuple[float, int, Block]] = []
    for bbox, grid in found:
        blocks.append((bbox[1], 0, Block(table_rows(grid), table=True)))

    boxes = [bbox for bbox, _ in found]

    def outside_tables(obj: dict) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    text_page = page.filter(outside_tables) if boxes else page
    # (text set in columns read column by column, see ingest.formats.pdf_columns)
    lines = page_lines if page_lines is not None and not boxes else text_page.extract_text_lines(return_chars=True)
    for line in reading_order(lines, _clean_line):
        if line.text.strip():
            blocks.append((line.top, 1, Block([line.text])))
    blocks.sort(key=lambda block: (block[0], block[1]))
    return join_blocks([block for _, _, block in blocks])


def _ruled_table(page, table, others: list, words: list[dict], middles: list[float],
                 rules: PageRules) -> tuple[tuple[float, float, float, float], list[list[str]]]:
    """A ruled table's bbox and cells. Where only its columns are ruled below its first row (no rule
    parts the rows: pdfplumber finds the first row alone, or beside one row holding all the others),
    the rows below the first are read from the text between the column rules — down to where they end,
    or to another table (``others``: the page's other tables' bboxes; ``rules``: the page's drawn lines, read
    once for its tables)."""
    grid = [[_pdf_cell_text(cell, bbox, words, middles) for cell, bbox in zip(row, cells.cells)]
            for row, cells in zip(table.extract(), table.rows)]
    _repeat_spanned_down(grid, table.rows)
    first = table.rows[0] if table.rows else None
    boxes = [c for c in first.cells if c is not None] if first is not None else []
    if len(table.rows) <= 2 and len(boxes) >= 3:
        edges = sorted({round(c[0], 1) for c in boxes} | {round(boxes[-1][2], 1)})
        top = max(c[3] for c in boxes)
        floor = min((b[1] for b in others if b[1] >= top - 1.0), default=None)
        bottom = ruled_columns_below(rules, edges, top, floor)
        if bottom is not None and bottom > top + 2.0:
            rows, several = rows_between_column_rules(page, rules, edges, top, bottom)
            # (the one row pdfplumber found under the first may be one row indeed: read again only when the text
            # holds several; the first row alone leaves the rest outside the table, to be read in any case)
            if rows and (several or len(table.rows) == 1):
                # (cells in the first row's grid positions: a cell pdfplumber merged is "" in the positions it spans)
                width = len(grid[0])
                if width == len(edges) - 1:
                    x0, y0, x1, _ = table.bbox
                    return (x0, y0, x1, max(bottom, table.bbox[3])), [grid[0], *rows]
    return table.bbox, grid


def _repeat_spanned_down(grid: list[list[str]], rows) -> None:
    """A cell merged down over the rows below it (a unit's name over the tasks it leads, each task a row of
    its own between rules) repeats its text in every row it covers, as a Word table's vertically merged cell
    does (see :func:`_docx_table_rows`); pdfplumber reports the covered positions as None. Only in a row with
    more cells of its own than covered ones: a row most of whose cells are merged down from the row above (a
    task's number, name and lead over its two partners' lines) is that row's continuation."""
    last: dict[int, tuple[int, tuple]] = {}  # column → (row, bbox) of the last cell of its own above
    for k, row in enumerate(rows):
        top, bottom = row.bbox[1], row.bbox[3]
        covered = {j: last[j][0] for j, cell in enumerate(row.cells)
                   if cell is None and j < len(grid[k]) and not grid[k][j] and j in last
                   and last[j][1][1] < top and last[j][1][3] >= bottom - 1.0}
        own = sum(1 for j, cell in enumerate(row.cells) if cell is not None and j < len(grid[k]) and grid[k][j])
        if covered and own > len(covered):
            for j, i in covered.items():
                grid[k][j] = grid[i][j]
        last.update((j, (k, cell)) for j, cell in enumerate(row.cells) if cell is not None)


def _middle(word: dict) -> float:
    return (word["top"] + word["bottom"]) / 2


def _pdf_cell_text(text: str | None, bbox, words: list[dict], middles: list[float]) -> str:
    """A ruled cell's lines on one line. A line that ends where the next line's first word would
    still have fit was broken on purpose (bodies listed one per line): those lines are joined as
    :func:`ingest.formats.cell_lines` joins a Word cell's paragraphs; lines the cell's width wrapped
    are joined by :func:`ingest.formats.join_wrapped`. ``words``: the page's words sorted by
    :func:`_middle`, ``middles`` their middles."""
    lines = (text or "").split("\n")
    if len(lines) < 2 or bbox is None:
        return join_wrapped(lines)
    x0, top, x1, bottom = bbox
    # the page's words sorted by their middle line (``middles``): the cell's band is found by bisection
    band = words[bisect_left(middles, top):bisect_right(middles, bottom)]
    inside = [w for w in band if x0 <= (w["x0"] + w["x1"]) / 2 <= x1]
    rows: list[list[dict]] = []
    for w in sorted(inside, key=lambda w: (w["top"], w["x0"])):
        if rows and abs(w["top"] - rows[-1][0]["top"]) <= 0.5 * (w["bottom"] - w["top"]):
            rows[-1].append(w)
        else:
            rows.append([w])
    if len(rows) != len(lines) or not rows:
        return join_wrapped(lines)
    # the width a line may fill: the cell's, less its padding (the gap before its leftmost word, on both sides)
    room = (x1 - x0) - 2 * max(1.0, min(w["x0"] for w in inside) - x0)
    pieces: list[list[str]] = [[lines[0]]]
    for prev, nxt, line in zip(rows, rows[1:], lines[1:]):
        height = prev[0]["bottom"] - prev[0]["top"]
        used = prev[-1]["x1"] - prev[0]["x0"]
        first = min(nxt, key=lambda w: w["x0"])
        if room - used > (first["x1"] - first["x0"]) + 0.3 * height:  # the word and a space
            pieces.append([line])  # the next word had room on this line: a new item
        else:
            pieces[-1].append(line)
    return cell_lines([join_wrapped(p) for p in pieces])


def _has_duplicate_chars(page) -> bool:
    """True if some character is drawn twice at (almost) the same place."""
    seen: set[tuple[str, int, int]] = set()
    for char in page.chars:
        key = (char["text"], round(char["x0"]), round(char["top"]))
        if key in seen and not char["text"].isspace():
            return True
        seen.add(key)
    return False


# --------------------------------------------------------------------------- DOCX


def _load_docx(path: Path, data: bytes) -> str:
    """Paragraphs and tables of the document body, in document order.

    Tables anywhere in the body are read; what content controls (``w:sdt``, at any level) hold is read
    in their place, which python-docx's own reading skips. Each table is a block of TAB rows framed by
    blank lines.
    """
    import docx

    from ingest.safety import check_zip_container

    check_zip_container(path, data)  # unpacked-size/ratio limits before python-docx inflates it

    try:
        document = docx.Document(io.BytesIO(data))
        _drop_tables_of_contents(document.element.body)
        _unwrap_content_controls(document.element.body)
        _accept_tracked_changes(document.element.body)
        notes = _docx_footnotes(document)
        numbering = _DocxNumbering(document)
        placed: set[str] = set()
        blocks: list[Block] = []
        for kind, item in _docx_body_items(document.element.body, document._body):
            if kind == "table":
                blocks.append(Block(_docx_table_rows(item), table=True))
                element = item._tbl
            else:
                lines = [_clean_line(line) for line in item.text.split("\n")]
                marker = numbering.marker(item)
                if marker == "-" and lines and OPENS_WITH_MARK.match(lines[0]):
                    marker = ""  # "– a) Tại Trung ương:": the item's own marker is what it is numbered by
                if marker and lines and lines[0]:
                    # Word's automatic numbering ("1.", "a)", a bullet) is no text of the paragraph: written
                    # before it, as a Markdown or PDF copy of the document prints it
                    lines[0] = f"{marker} {lines[0]}"
                blocks.append(Block(lines))
                element = item._p
            # a footnote after the paragraph or table that refers to it, as Markdown writes one ("[^2]: …")
            for ref in element.xpath(".//w:footnoteReference/@w:id"):
                if ref in notes and ref not in placed:
                    placed.add(ref)
                    blocks.append(Block([f"[^{ref}]: {notes[ref]}"]))
        lines = join_blocks(blocks)
    except Exception:
        raise UnreadableFileError(
            path, "corrupt or not a .docx; re-save it from Word/LibreOffice as .docx"
        ) from None
    return "\n".join(lines)


class _DocxNumbering:
    """The markers Word's automatic numbering gives list paragraphs ("1.", "2.1.", "a)", "-" for a bullet),
    counted in document order per list and level, as ``numbering.xml`` defines them (format, level text
    "%1.%2.", start; a list's override of a level's start or of the whole level). Lists sharing one abstract
    definition count on together unless one restarts (a start override), as Word shows them. A paragraph
    numbered by its style counts too, and one giving only its level takes its style's list."""

    _ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
              (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId → level → (format, text, start)
        self._counter: dict[str, str] = {}  # numId → the counter it counts on (its abstract list's, or its own)
        self._counts: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        def level_of(lvl) -> tuple[str, str, int]:
            fmt, text, start = (lvl.find(qn(f"w:{tag}")) for tag in ("numFmt", "lvlText", "start"))
            return (fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
                    text.get(qn("w:val"), "") if text is not None else "",
                    int(start.get(qn("w:val"), "1")) if start is not None else 1)

        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for a in root.findall(qn("w:abstractNum")):
            abstract[a.get(qn("w:abstractNumId"))] = {int(lvl.get(qn("w:ilvl"), "0")): level_of(lvl) for lvl in a.findall(qn("w:lvl"))}
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            ref_id = ref.get(qn("w:val")) if ref is not None else None
            levels = dict(abstract.get(ref_id, {}))
            restarts = False
            for override in num.findall(qn("w:lvlOverride")):
                level = int(override.get(qn("w:ilvl"), "0"))
                whole, start = override.find(qn("w:lvl")), override.find(qn("w:startOverride"))
                if whole is not None:
                    levels[level] = level_of(whole)
                    restarts = True
                if start is not None and level in levels:
                    fmt, text, _ = levels[level]
                    levels[level] = (fmt, text, int(start.get(qn("w:val"), "1")))
                    restarts = True
            num_id = num.get(qn("w:numId"))
            self._levels[num_id] = levels
            self._counter[num_id] = num_id if restarts or ref_id is None else f"abstract {ref_id}"

    def marker(self, paragraph) -> str:
        """The paragraph's marker, or "" (not a list paragraph, or a list Word does not number)."""
        if not self._levels:
            return ""
        qn = self._qn
        own = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        styled = paragraph.style.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}") if paragraph.style is not None else None
        if own is None and styled is None:
            return ""

        def value(tag: str) -> str | None:
            """The paragraph's own list id or level, else its style's."""
            for pr in (own, styled):
                found = pr.find(qn(f"w:{tag}")) if pr is not None else None
                if found is not None:
                    return found.get(qn("w:val"))
            return None

        key, level = value("numId"), int(value("ilvl") or 0)
        levels = self._levels.get(key)
        if not levels or level not in levels:
            return ""  # (numId 0: numbering switched off)
        counts = self._counts.setdefault(self._counter.get(key, key), {})
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a new item at this level starts the levels below it again
        counts[level] = counts.get(level, levels[level][2] - 1) + 1
        fmt, text, _ = levels[level]
        if fmt == "bullet":
            return "-" if text.strip() else ""  # (a bullet with no glyph shows nothing)
        if fmt == "none":
            return ""

        def shown(m: re.Match) -> str:
            at = int(m.group(1)) - 1
            f, _, start = levels.get(at, ("decimal", "", 1))
            return self._format(counts.get(at, start), f)

        return re.sub(r"%(\d)", shown, text).strip()

    @classmethod
    def _format(cls, n: int, fmt: str) -> str:
        if fmt in ("lowerLetter", "upperLetter"):
            letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
            return letter.upper() if fmt == "upperLetter" else letter
        if fmt in ("lowerRoman", "upperRoman"):
            out, rest = "", n
            for value, numeral in cls._ROMAN:
                while rest >= value:
                    out, rest = out + numeral, rest - value
            return out.upper() if fmt == "upperRoman" else out
        return str(n)


def _docx_footnotes(document) -> dict[str, str]:
    """The document's footnotes by id ("2" → its text); python-docx reads the body only."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    part = next((rel.target_part for rel in document.part.rels.values()
                 if rel.reltype == RT.FOOTNOTES and not rel.is_external), None)
    if part is None:
        return {}
    w = "{" + _DOCX_NS["w"] + "}"
    root = etree.fromstring(part.blob, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    notes: dict[str, str] = {}
    for note in root.iter(f"{w}footnote"):
        if note.get(f"{w}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = _one_line("".join(t.text or "" for t in note.iter(f"{w}t")))
        if text:
            notes[note.get(f"{w}id")] = text
    return notes


_TOC_INSTRUCTION = re.compile(r"^\s*TOC\b", re.IGNORECASE)
_TOC_STYLE = re.compile(r"^toc ?\d$", re.IGNORECASE)
#: A table of contents' entry as text: a heading's words, then a tab or dot leaders and a page number.
_TOC_ENTRY_TEXT = re.compile(r"(?:\t|\.{3,}|…)\s*\d{1,4}\s*$")


def _drop_tables_of_contents(body) -> None:
    """The document without its tables of contents: Word writes one as a field (``TOC \\o "1-3" \\h``) whose
    result is a paragraph per heading, maybe in a content control of the "Table of Contents" gallery, in
    paragraphs of the "TOC 1" … styles. Its entries repeat the headings ("Phụ lục I", "Phụ lục II") before the
    text, where they would be read as the parts themselves (or as a part twice): navigation, no text of the plan.
    Only a field that ends is one (a field left open drops nothing); a paragraph holding text of its own beside an
    entry keeps that text; a paragraph in a "TOC n" style outside such a field is dropped only when it reads as an
    entry (a link to a heading's bookmark, a page reference, or a page number after a tab), and never in a table."""
    from docx.oxml.ns import qn

    for sdt in list(body.iter(qn("w:sdt"))):
        gallery = sdt.find(f"{qn('w:sdtPr')}/{qn('w:docPartObj')}/{qn('w:docPartGallery')}")
        if gallery is not None and (gallery.get(qn("w:val")) or "").casefold() == "table of contents":
            sdt.getparent().remove(sdt)
    for simple in list(body.iter(qn("w:fldSimple"))):
        if _TOC_INSTRUCTION.match(simple.get(qn("w:instr")) or ""):
            simple.getparent().remove(simple)
    # a complex field: begin, its instruction, separate, its result, end — fields nest (an entry's PAGEREF, HYPERLINK)
    stack: list[list] = []  # [instruction, past its "separate", the w:t elements of its result]
    in_toc: set = set()  # the w:t elements of a TOC field's result, once the field has ended
    for element in body.iter(qn("w:fldChar"), qn("w:instrText"), qn("w:t")):
        if element.tag == qn("w:fldChar"):
            kind = element.get(qn("w:fldCharType"))
            if kind == "begin":
                stack.append(["", False, []])
            elif kind == "separate" and stack:
                stack[-1][1] = True
            elif kind == "end" and stack:
                instruction, _, shown = stack.pop()
                if _TOC_INSTRUCTION.match(instruction):
                    in_toc.update(shown)
                elif stack:  # (a field inside another shows its result as part of the outer one's)
                    stack[-1][2].extend(shown)
        elif element.tag == qn("w:instrText"):
            if stack:
                stack[-1][0] += element.text or ""
        elif stack and stack[-1][1]:
            stack[-1][2].append(element)
    for paragraph in list(body.iter(qn("w:p"))):
        texts = [t for t in paragraph.iter(qn("w:t")) if (t.text or "").strip()]
        if not texts or paragraph.getparent() is None:
            continue
        if all(t in in_toc for t in texts) or _toc_styled_entry(paragraph):
            paragraph.getparent().remove(paragraph)
            continue
        for t in texts:
            if t in in_toc:
                t.text = ""


def _toc_styled_entry(paragraph) -> bool:
    """A paragraph in a "TOC n" style that reads as an entry (see :func:`_drop_tables_of_contents`)."""
    from docx.oxml.ns import qn

    style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    if style is None or not _TOC_STYLE.match(style.get(qn("w:val")) or "") or _IN_TABLE_CELL(paragraph):
        return False
    linked = any((link.get(qn("w:anchor")) or "").startswith("_Toc") for link in paragraph.iter(qn("w:hyperlink")))
    referred = any("PAGEREF" in (i.text or "") for i in paragraph.iter(qn("w:instrText")))
    text = "".join(t.text or "" if t.tag == qn("w:t") else "\t" for t in paragraph.iter(qn("w:t"), qn("w:tab")))
    return linked or referred or bool(_TOC_ENTRY_TEXT.search(text.rstrip()))


def _unwrap_content_controls(body) -> None:
    """Each content control (``w:sdt``: a Word form's field) replaced by what it holds, at every level:
    around paragraphs and tables, around a table's rows (a group of task rows, a row), around a row's
    cells and around runs of text. python-docx reads a table's rows only as children of ``w:tbl``, its
    cells only as children of ``w:tr`` and a paragraph's text only from its own runs: a plan filled in
    as a form would otherwise lose its task rows, its cells or the signer's name."""
    from docx.oxml.ns import qn

    for sdt in reversed(body.findall(f".//{qn('w:sdt')}")):  # (inner controls first)
        content = sdt.find(qn("w:sdtContent"))
        if content is not None:
            if sdt.find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}") is not None:
                for text in content.iter(qn("w:t")):  # a field not filled in shows its prompt, no text of the plan
                    text.text = ""
            for child in list(content):
                sdt.addprevious(child)
        sdt.getparent().remove(sdt)


def _accept_tracked_changes(body) -> None:
    """The document as it reads with its tracked changes accepted, as Word's "No Markup" view shows it:
    an insertion's runs (``w:ins``, ``w:moveTo``) are text of their paragraph, a deletion (``w:del``,
    ``w:moveFrom``) is not, a row marked deleted is gone (a cell it opened a vertical merge with goes on in
    the row below), and a paragraph whose mark was deleted runs on into the next one, which keeps its own
    style and numbering (the mark that stays is the next one's). python-docx reads a paragraph's text only
    from its own runs, so a review copy would lose every insertion and keep the rows a reviewer struck out.
    (Footnotes are read from their text elements, which a deletion's ``w:delText`` is not.)"""
    from docx.oxml.ns import qn

    for tag in ("w:del", "w:moveFrom"):
        for element in list(body.iter(qn(tag))):
            parent = element.getparent()
            if parent is None:
                continue
            if parent.tag == qn("w:trPr"):  # a deleted table row
                row = parent.getparent()
                if row is not None and row.getparent() is not None:
                    _hand_down_merges(row)
                    row.getparent().remove(row)
            elif parent.tag != qn("w:rPr"):  # (a deleted paragraph mark: below)
                parent.remove(element)
    for tag in ("w:ins", "w:moveTo"):
        for element in reversed(list(body.iter(qn(tag)))):  # (inner ones first)
            parent = element.getparent()
            if parent is None or parent.tag in (qn("w:rPr"), qn("w:trPr"), qn("w:tcPr")):
                continue  # (a mark of an inserted paragraph, row or cell: what it marks stays)
            for child in list(element):
                element.addprevious(child)
            parent.remove(element)
    marks = [mark for tag in ("w:del", "w:moveFrom") for mark in body.iter(qn(tag))
             if mark.getparent() is not None and mark.getparent().tag == qn("w:rPr")
             and mark.getparent().getparent() is not None and mark.getparent().getparent().tag == qn("w:pPr")]
    # (the last first: of paragraphs A, B, C whose marks A and B were deleted, B joins C, then A joins them)
    for mark in reversed(marks):
        paragraph = mark.getparent().getparent().getparent()
        if paragraph is None or paragraph.tag != qn("w:p") or paragraph.getparent() is None:
            continue
        following = paragraph.getnext()
        while following is not None and following.tag not in (qn("w:p"), qn("w:tbl"), qn("w:sectPr")):
            following = following.getnext()  # (a bookmark's or a range's end between the two)
        if following is None or following.tag != qn("w:p"):
            continue
        ppr = following.find(qn("w:pPr"))
        at = 0 if ppr is None else list(following).index(ppr) + 1
        for child in reversed([c for c in paragraph if c.tag != qn("w:pPr")]):
            following.insert(at, child)
        paragraph.getparent().remove(paragraph)


def _hand_down_merges(row) -> None:
    """Before a row is taken out: a cell of it that opens a vertical merge hands its content and the merge's
    opening to the cell below it that continues the merge (cells matched by their grid column)."""
    from docx.oxml.ns import qn

    below = row.getnext()
    while below is not None and below.tag != qn("w:tr"):
        below = below.getnext()
    if below is None:
        return

    def by_column(tr) -> dict[int, object]:
        cells, col = {}, 0
        for tc in tr.findall(qn("w:tc")):
            cells[col] = tc
            span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
            col += int(span.get(qn("w:val"), "1")) if span is not None else 1
        return cells

    under = by_column(below)
    for col, tc in by_column(row).items():
        merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
        if merge is None or merge.get(qn("w:val")) != "restart" or col not in under:
            continue
        target = under[col]
        going_on = target.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
        if going_on is None or going_on.get(qn("w:val")) not in (None, "continue"):
            continue
        going_on.set(qn("w:val"), "restart")
        for old in target.findall(qn("w:p")):
            target.remove(old)
        for content in tc:
            if content.tag != qn("w:tcPr"):
                target.append(content)


def _docx_body_items(element, parent):
    """("paragraph", Paragraph) and ("table", Table) children of a body or cell, in order
    (content controls are unwrapped before: :func:`_unwrap_content_controls`)."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            # the text boxes anchored in the paragraph (a letterhead's two boxes, a signature block in a box):
            # what each holds, read where it is anchored — python-docx reads a paragraph's own runs only
            for box in _text_boxes(child):
                yield from _docx_body_items(box, parent)
            yield "paragraph", Paragraph(child, parent)
        elif child.tag == qn("w:tbl"):
            table = Table(child, parent)
            cells = _frame_cells(table)
            if cells is None:
                yield "table", table
            else:  # a frame around tables: what each of its cells holds, in order
                for cell in cells:
                    yield from _docx_body_items(cell._tc, cell)


def _text_boxes(paragraph) -> list:
    """The ``w:txbxContent`` of the text boxes anchored in a paragraph, in order: each box once (Word writes a
    box twice, as a drawing and as a VML fallback inside ``mc:AlternateContent``; the fallback is skipped), and
    a box inside another box is read with it."""
    depth = len(_BOX_ANCESTORS(paragraph))  # (a paragraph inside a box reads the boxes inside it, one level down)
    return [box for box in _TEXT_BOXES(paragraph) if len(_BOX_ANCESTORS(box)) == depth]


_DOCX_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
_TEXT_BOXES = etree.XPath(".//w:txbxContent[not(ancestor::mc:Fallback)]", namespaces=_DOCX_NS)
_BOX_ANCESTORS = etree.XPath("ancestor::w:txbxContent", namespaces=_DOCX_NS)
_IN_TABLE_CELL = etree.XPath("boolean(ancestor::w:tc)", namespaces=_DOCX_NS)


def _frame_cells(table) -> list | None:
    """The cells of a table that only frames others: one cell per row (a single column, or a cell
    merged across the row) and a table inside some cell (a group's title over its own table of
    tasks, row after row). Its rows are no records: each cell's paragraphs and tables are read as
    if they stood in the body. None for any other table."""
    from docx.oxml.ns import qn

    cells, seen = [], set()
    for row in table.rows:
        distinct = list({id(cell._tc): cell for cell in row.cells}.values())
        if len(distinct) != 1:
            return None
        if id(distinct[0]._tc) not in seen:  # (a cell merged down over rows is read once)
            seen.add(id(distinct[0]._tc))
            cells.append(distinct[0])
    if not any(cell._tc.find(qn("w:tbl")) is not None for cell in cells):
        return None
    return cells


def _docx_cell_text(cell) -> str:
    """A cell's paragraphs and nested tables (their cells in reading order) on one line (see
    :func:`ingest.formats.cell_lines`)."""
    parts: list[str] = []
    for kind, item in _docx_body_items(cell._tc, cell):
        if kind == "table":  # a table inside the cell goes on the cell's line
            nested = " ".join(" ".join(row.split("\t")) for row in _docx_table_rows(item))
            parts[-1:] = [" ".join([*parts[-1:], nested])]
        else:
            parts.extend(item.text.split("\n"))  # a line break inside a paragraph too
    return cell_lines(parts)


def _docx_table_rows(table) -> list[str]:
    """One TAB-joined line per table row, columns kept at stable grid positions.

    python-docx yields a horizontally merged cell once per grid column it spans: its text is
    emitted once and the extra positions get "". A vertically merged cell repeats its text in every
    row it covers (the value applies to each of those rows).
    """
    rows: list[str] = []
    for k, row in enumerate(table.rows):
        cells: list[str] = [""] * row.grid_cols_before
        previous = None
        bold = k > 0  # (a header row is bold as often as not: it says nothing)
        for cell in row.cells:
            text = "" if cell is previous else _docx_cell_text(cell)
            cells.append(text)
            if text and cell is not previous:
                bold = bold and _docx_all_bold(cell)
            previous = cell
        cells.extend([""] * row.grid_cols_after)
        if bold and any(cells):
            # a row printed in bold, every cell of it ("1 | Rà soát, kiện toàn … |  |  |" over the measures below
            # it): marked as Markdown marks it, "**…**", for the table reader to see it is a heading row
            cells = [f"**{c}**" if c else c for c in cells]
        if any(cells):
            rows.append("\t".join(cells))
    return rows


def _docx_all_bold(cell) -> bool:
    """Every run of text in the cell is set bold (directly, or by its character or paragraph style)."""
    runs = [(p, r) for p in cell.paragraphs for r in p.runs if r.text.strip()]

    def bold(paragraph, run) -> bool:
        if run.bold is not None:
            return bool(run.bold)
        style = run.style if run.style is not None and run.style.font.bold is not None else paragraph.style
        return bool(style is not None and style.font.bold)
    return bool(runs) and all(bold(p, r) for p, r in runs)
