"""Markdown and HTML → plain lines, with every table rendered as TAB-separated rows.

Markdown goes through markdown-it-py (CommonMark plus its GFM table rule), so pipe tables, escaped
pipes, inline emphasis and code spans are read the way Markdown renderers read them rather than by
splitting on "|". HTML (a .html file, or ``<table>`` blocks inside .md/.txt text) goes through
lxml's HTML parser, which repairs the unclosed ``<td>``/``<tr>`` tags real exports contain; a
cell's ``rowspan``/``colspan`` is laid out on the table grid: the text of a cell spanning columns
appears once and the other spanned positions are "", a cell spanning rows repeats its text in each
row it covers (as a vertically merged .docx cell does: the value applies to each of those rows).

Non-table content becomes plain lines: headings on their own line without ``#``, emphasis markers
removed, ordered list items keep their number ("1. …"), bullet items start with "- " ("+ " those marked so).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ingest.formats import Block, cell_lines, cell_text, join_blocks, join_wrapped, narrative_line, table_rows

__all__ = ["html_to_lines", "markdown_to_lines", "text_with_html_tables"]

_TABLE_TAG = re.compile(r"<(/?)table\b[^>]*>", re.IGNORECASE)
_BR = re.compile(r"<br\b", re.IGNORECASE)
_MAX_SPAN = 1000  # rowspan/colspan beyond this is a broken file, not a table layout

_SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template"}
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "ul",
    "tr", "td", "th", "body", "html",
}


# --------------------------------------------------------------------------- Markdown


#: A footnote's definition ("[^2]: Dữ liệu được đánh giá …"), its own paragraph at the end of the file
_FOOTNOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*(.+(?:\n(?:[ \t]{2,}|\t).+)*)\n?", re.MULTILINE)


def footnotes_in_place(text: str) -> str:
    """Each footnote's definition moved to just after the paragraph (or table) that first refers to
    it: what it says belongs to that part of the plan, not to the signature block at the file's end.
    A footnote nothing refers to stays where it is."""
    defs = list(_FOOTNOTE_DEF.finditer(text))
    if not defs:
        return text
    body = _FOOTNOTE_DEF.sub("", text)
    for m in defs:
        key, said = m.group(1), " ".join(m.group(2).split())
        ref = body.find(f"[^{key}]")
        if ref < 0:
            body = body.rstrip("\n") + f"\n\n[^{key}]: {said}\n"
            continue
        end = body.find("\n\n", ref)
        end = len(body) if end < 0 else end
        body = body[:end] + f"\n\n[^{key}]: {said}" + body[end:]
    return body


#: A YAML metadata block at the top of the file (Pandoc's, Jekyll's, Hugo's "---" … "---" or "..."); as Pandoc
#: reads it, the line after the opening "---" is not blank (a "---" then a blank line is a thematic break)
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?![ \t]*\n)(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
#: A metadata key as converters write them ("so_ky_hieu", "title", "date-issued"): a block whose keys are words of
#: a sentence ("Kính gửi", "Thời gian thực hiện") is the document's own text between two rules
_METADATA_KEY = re.compile(r"^[A-Za-z_][\w-]*$")
#: Pandoc's attributes after a heading's text ("## IV. NHIỆM VỤ CỤ THỂ {#phan-iv}", "{.unnumbered}", "{-}"): each an
#: identifier, a class, "-" or key=value, parted by spaces (one way only to split a run of them: no backtracking)
_ATTRIBUTE = r'(?:[#.][^\s{}]+|-|[\w-]+=(?:"[^"]*"|[^\s}]+))'
_HEADING_ATTRIBUTES = re.compile(rf"[ \t]*\{{[ \t]*{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*[ \t]*\}}[ \t]*$")
#: The deepest nesting of a metadata block's values read (a YAML alias may refer to itself)
_METADATA_DEPTH = 8


def front_matter_lines(text: str) -> tuple[list[str], str]:
    """(the values of the file's YAML metadata block, one per line, in order; the text after it). The keys
    are a converter's names ("so_ky_hieu", "title"), the values the document's own lines ("Số: 556/KH-UBND",
    its title, its date). No block, or one YAML does not read as a mapping: ([], the text as it is)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return [], text
    import yaml

    try:  # (BaseLoader: every value as the text typed — "0712" stays "0712", "8:30" stays "8:30", "yes" stays "yes")
        meta = yaml.load(m.group(1), Loader=yaml.BaseLoader)  # noqa: S506 - BaseLoader builds no objects
    except yaml.YAMLError:
        return [], text
    if not isinstance(meta, dict) or not meta or not all(_METADATA_KEY.match(str(k)) for k in meta):
        return [], text

    def values(node, depth: int = 0) -> list[str]:
        if depth > _METADATA_DEPTH:
            return []
        if isinstance(node, dict):
            return [v for item in node.values() for v in values(item, depth + 1)]
        if isinstance(node, (list, tuple)):
            return [v for item in node for v in values(item, depth + 1)]
        return [] if node is None else [line.strip() for line in str(node).splitlines() if line.strip()]

    return values(meta), text[m.end():]


def markdown_to_lines(text: str) -> list[str]:
    """Plain lines of a Markdown document; pipe tables and HTML tables as TAB rows; footnotes after
    the paragraph that refers to them; a YAML metadata block's values as the document's first lines."""
    meta, text = front_matter_lines(text)
    text = footnotes_in_place(text)
    text = _kramdown(text)
    text = _callouts(text)
    text = _multimarkdown_tables(text)
    blocks: list[Block] = [Block([*meta, ""])] if meta else []
    for is_table, segment in _split_html_tables(text):
        if is_table:
            blocks.extend(_html_blocks(segment, fragment=True))
            continue
        for grid, part in _split_grid_tables(segment):
            if grid:
                blocks.append(Block(table_rows(grid), table=True))
                continue
            for records, prose in _split_record_lists(part):
                if records:
                    blocks.append(Block(table_rows(records), table=True))
                    continue
                for dashed, rest in _split_dashed_tables(prose):
                    if dashed:
                        blocks.append(Block(table_rows(dashed), table=True))
                        continue
                    for verse, other in _split_line_blocks(rest):
                        blocks.extend([Block([*verse, ""])] if verse else _markdown_blocks(other))
    return join_blocks(blocks)


#: A callout's (an "alert's") first line in a block quote, as Obsidian and GitHub write it: "> [!note] Title",
#: "> [!todo]+ I. Group" (folded open or shut by "+" / "-"), "> [!WARNING]" alone.
_CALLOUT = re.compile(r"^([ \t]{0,3}(?:>[ \t]?)+)\[![A-Za-z][\w-]*\][+-]?[ \t]*", re.MULTILINE)
#: Obsidian's block id alone on a line ("^muc-ii-2"; letters, digits and dashes, a letter among them: "^2" is a
#: figure), which names the block before it for links.
_BLOCK_ID = r"\^(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9-]+"
_BLOCK_ID_LINE = re.compile(rf"^[ \t]{{0,3}}{_BLOCK_ID}[ \t]*$", re.MULTILINE)
#: ... or closing a paragraph's or a quote's last line ("… thiên tai. ^nhom-i").
_BLOCK_ID_END = re.compile(rf"(?<=\S)[ \t]+{_BLOCK_ID}[ \t]*$", re.MULTILINE)
#: Obsidian's comment, "%% … %%" (inline or over lines; not "95%%", a figure's): no text of the document.
_OBSIDIAN_COMMENT = re.compile(r"(?<!\d)%%.*?%%", re.DOTALL)
#: A line opening a Obsidian comment: with a block id, what tells an Obsidian file (GitHub has callouts, no comments).
_COMMENT_LINE = re.compile(r"^[ \t]{0,3}%%", re.MULTILINE)
#: A fence opening a code block, in a quote or not: three backticks or tildes or more (a backtick fence's info
#: string holds no backtick: "```x``` là mã" is inline code).
_FENCE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)*(?:(`{3,})[^`]*|(~{3,}).*)$")


def _callouts(text: str) -> str:
    """Markdown text without the markup of Obsidian's and GitHub's callouts: a callout's "[!type]" mark goes and its
    title stays as the quote's first line (a group's title above its table, "TM. CHÍNH PHỦ" above a signature); in an
    Obsidian file (one with block ids or comment lines) its block ids and "%% comments %%" go too. Code blocks are
    left as they are. A file with none of them is returned unchanged."""
    obsidian = bool(_BLOCK_ID_LINE.search(text) or _COMMENT_LINE.search(text))
    if not obsidian and not _CALLOUT.search(text):
        return text
    out: list[str] = []
    prose: list[str] = []
    fence = ""  # the fence that opened the code block the lines are in ("" outside one)

    def settle() -> None:
        piece = "".join(prose)
        if obsidian:
            piece = _BLOCK_ID_END.sub("", _BLOCK_ID_LINE.sub("", _OBSIDIAN_COMMENT.sub("", piece)))
        out.append(_CALLOUT.sub(lambda m: m.group(1), piece))
        prose.clear()

    for line in text.splitlines(keepends=True):
        m = _FENCE.match(line.rstrip("\r\n"))
        mark = (m.group(1) or m.group(2)) if m else ""
        if fence:
            out.append(line)
            # (closed by a fence of the same kind, as long or longer, with nothing after it)
            if mark and mark[0] == fence[0] and len(mark) >= len(fence) and line.strip(" \t>\r\n") == mark:
                fence = ""
        elif mark:
            settle()
            out.append(line)
            fence = mark
        else:
            prose.append(line)
    settle()
    return "".join(out)


#: kramdown's (Jekyll's, GitHub Pages') markup of no words of the text: a block attribute list on a line of its own,
#: "{: .class #id key="value"}", a reference to a definition by its name ("{:toc}"), or an attribute list definition,
#: "{:name: .class}"; an extension written as one tag, "{::options auto_ids="false" /}"; a span attribute list after
#: an element, "**TT**{: .center}". (The parts are parted by spaces: one way only to split a run of them.)
_KRAMDOWN_PART = rf"(?:{_ATTRIBUTE}|[A-Za-z][\w-]*)"
_KRAMDOWN_IAL = rf"\{{:(?:[\w-]+:)?[ \t]*(?:{_KRAMDOWN_PART}(?:[ \t]+{_KRAMDOWN_PART})*)?[ \t]*\}}"
_KRAMDOWN_LINE = re.compile(rf"^[ \t]{{0,3}}(?:{_KRAMDOWN_IAL}|\{{::\w+(?:[ \t]+[^{{}}\n]*)?/\}})[ \t]*$")
_KRAMDOWN_SPAN = re.compile(rf"(?<=\S){_KRAMDOWN_IAL}")
#: kramdown's comment extension, whose text is no part of the document (closed by "{:/comment}" or "{:/}")
_KRAMDOWN_COMMENT = re.compile(r"\{::comment\}.*?\{:/(?:comment)?\}", re.DOTALL)
#: the tags of its "no Markdown" extension, whose text is the document's
_KRAMDOWN_NOMARKDOWN = re.compile(r"\{::nomarkdown(?:[ \t]+[^{}\n]*)?\}|\{:/(?:nomarkdown)?\}")
#: kramdown's hard line break: two backslashes closing a line (CommonMark's is one)
_KRAMDOWN_BREAK = re.compile(r"[ \t]*\\\\[ \t]*$")
#: a kramdown table's line: it starts with a bar (the closing bar is optional)
_KRAMDOWN_ROW = re.compile(r"^[ \t]{0,3}\|")
#: a line of dashes (or "=" for the footer) under a table's header or between its bodies: "|---", "|---+---|", "|==="
_KRAMDOWN_SEPARATOR = re.compile(r"^[ \t]{0,3}\|[ \t]*:?[-=]{3,}[-=+:| \t]*$")


def _kramdown(text: str) -> str:
    """Markdown text without kramdown's markup of no words (attribute lists, one-tag extensions, comments, the tags
    of "no Markdown"), with its hard breaks as CommonMark's; its tables as pipe tables — the header's separator as a
    delimiter row, the separators between bodies ("|---" between groups) dropped so the table reads as one, a table
    without a header (a letterhead) as TAB rows. Code blocks are left as they are; so is a file with none of
    kramdown's lines."""
    if not any(_KRAMDOWN_LINE.match(line) for line in text.split("\n")):
        return text
    text = _KRAMDOWN_NOMARKDOWN.sub("", _KRAMDOWN_COMMENT.sub("", text))
    lines = text.split("\n")
    out: list[str] = []
    table: list[str] = []
    fence = ""
    for i, line in enumerate(lines):
        opening = _FENCE.match(line)
        if fence or opening:
            out.extend(_kramdown_table(table))
            table = []
            if not fence:
                fence = opening.group(1)
            elif line.strip().startswith(fence):
                fence = ""
            out.append(line)
            continue
        if _KRAMDOWN_ROW.match(line):
            table.append(line)
            continue
        out.extend(_kramdown_table(table))
        table = []
        if _KRAMDOWN_LINE.match(line):
            out.append("")  # (an attribute list closes the block it follows)
            continue
        line = _KRAMDOWN_SPAN.sub("", line)
        if _KRAMDOWN_BREAK.search(line):
            following = lines[i + 1] if i + 1 < len(lines) else ""
            # (a break closing a paragraph's last line breaks nothing)
            ends = not following.strip() or _KRAMDOWN_LINE.match(following) or _KRAMDOWN_ROW.match(following)
            line = _KRAMDOWN_BREAK.sub("" if ends else "\\\\", line)
        out.append(line)
    out.extend(_kramdown_table(table))
    return "\n".join(out)


def _kramdown_table(lines: list[str]) -> list[str]:
    """A kramdown table's lines as Markdown reads them: with a header (its first row over a separator), a pipe table
    of one body; without one, TAB rows framed by blank lines, as a Word or HTML table's rows are read."""
    if not lines:
        return []
    rows = [[c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip().rstrip("|"))[1:]]
            for line in lines if not _KRAMDOWN_SEPARATOR.match(line)]
    if len(lines) >= 2 and not _KRAMDOWN_SEPARATOR.match(lines[0]) and _KRAMDOWN_SEPARATOR.match(lines[1]):
        width = len(rows[0])
        piped = ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
        return ["", piped[0], "|" + "---|" * width, *piped[1:], ""]
    return ["", *("\t".join(c for c in row if c) for row in rows), ""]


#: A table written as records: each row a heading (its name) over a list of labelled items, the same
#: labels in each ("#### <name>" / "- **Cơ quan trình:** …" / "- **Tiến độ:** …"); the headings of a
#: higher level between them are the parts the rows stand in. MIN_RECORDS of them or more, each
#: sharing RECORD_LABEL_SHARE of its labels with the labels of the run, make a table.
MIN_RECORDS = 3
RECORD_LABEL_SHARE = 0.6
_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
#: "- **Cơ quan trình:** Ban Dân nguyện", "* **Tiến độ**: …", "- __Hồ sơ:__" (the colon inside or after the bold)
_RECORD_ITEM = re.compile(r"^[-*+][ \t]+(\*\*|__)(?P<label>[^*_\n]{1,60}?)[ \t]*(?::[ \t]*\1|\1[ \t]*:)[ \t]*(?P<value>.*)$")
_RECORD_NOTE = re.compile(r"^\[\^[^\]\s]+\]:")


def _record_at(lines: list[str], i: int, level: int | None) -> tuple[tuple[int, str, list[tuple[str, list[str]]]], int] | None:
    """The record opening at line ``i`` (a heading of ``level``, any level when None): (level, name,
    [(label, value lines)]) and the line after it."""
    m = _MD_HEADING.match(lines[i])
    if not m or level is not None and len(m.group(1)) != level:
        return None
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    items: list[tuple[str, list[str]]] = []
    blank = False  # a blank line since the last line of the list
    while j < len(lines):
        line = lines[j]
        item = _RECORD_ITEM.match(line)
        if not line.strip():
            blank = True
        elif item:
            label = item.group("label").strip().rstrip(":").strip()
            items.append((label, [item.group("value").strip()] if item.group("value").strip() else []))
            blank = False
        elif items and (line[:1] in " \t" and line.lstrip()[:1] not in ("|", "`", "~")
                        or not blank and not _MD_HEADING.match(line) and not _RECORD_NOTE.match(line)
                        and not re.match(r"^(?:[-*+]|\d+[.)])[ \t]|^[ \t]*[|`~]", line)):
            # a nested item (indented), or a lazy continuation of the value right below it — after a blank line
            # only an indented line goes on (a paragraph, a list or a table after the list is the text's)
            items[-1][1].append(line.strip())
        else:
            break
        j += 1
    while j > i + 1 and not lines[j - 1].strip():
        j -= 1  # (the blank lines after the list are the text's)
    if len(items) < 2 or len({label for label, _ in items}) < len(items):
        return None
    return (len(m.group(1)), m.group(2).strip(), items), j


def _split_record_lists(text: str) -> list[tuple[list[list[str]] | None, str]]:
    """Pieces of Markdown text: (grid, "") for each run of records (see MIN_RECORDS) — a header of
    "Nội dung" (the rows' names) and the labels in their first order, a row per record, a part's heading
    as a row of its own; a value's nested items are its lines — and (None, text) for the rest
    (footnotes met inside a run follow its table)."""
    lines = text.split("\n")
    pieces: list[tuple[list[list[str]] | None, str]] = []
    plain: list[str] = []
    i = 0
    while i < len(lines):
        found = _record_at(lines, i, None)
        if found is None:
            plain.append(lines[i])
            i += 1
            continue
        level = found[0][0]
        records: list[tuple[str, object]] = []  # ("part", name) or ("row", (name, items))
        part_lines: list[int] = []  # the line of each part's heading taken in
        notes: list[str] = []
        labels: list[str] = []
        j = i
        while j < len(lines):
            if not lines[j].strip():
                j += 1
                continue
            if _RECORD_NOTE.match(lines[j]):
                notes.append(lines[j])
                j += 1
                continue
            rec = _record_at(lines, j, level)
            if rec is not None:
                (_, name, items), nxt = rec
                said = [label for label, _ in items]
                if labels and len(set(said) & set(labels)) < RECORD_LABEL_SHARE * len(said):
                    break
                labels += [x for x in said if x not in labels]
                records.append(("row", (name, items)))
                j = nxt
                continue
            part = _MD_HEADING.match(lines[j])
            if part and len(part.group(1)) < level and (k := _next_content(lines, j + 1)) is not None \
                    and _record_at(lines, k, level) is not None:
                records.append(("part", part.group(2).strip()))
                part_lines.append(j)
                j = k
                continue
            break
        while records and records[-1][0] == "part":
            records.pop()
            j = part_lines.pop()  # a part whose records end the run before its first: its heading is the text's
        rows = [r for r in records if r[0] == "row"]
        if len(rows) < MIN_RECORDS:
            plain.append(lines[i])
            i += 1
            continue
        above = len(plain)
        while above and not plain[above - 1].strip():
            above -= 1
        heading = _MD_HEADING.match(plain[above - 1]) if above else None
        if heading and len(heading.group(1)) < level and any(kind == "part" for kind, _ in records):
            # the first part's heading, right above its first row, is a part of the table as the others are
            records.insert(0, ("part", heading.group(2).strip()))
            del plain[above - 1:]
        grid = [["Nội dung", *labels]]
        for kind, what in records:
            if kind == "part":
                grid.append([_inline_text(str(what))] + [""] * len(labels))
                continue
            name, items = what  # type: ignore[misc]
            cells = dict(items)
            grid.append([_inline_text(name), *(cell_lines([_inline_text(x) for x in cells.get(label, [])]) for label in labels)])
        if plain:
            pieces.append((None, "\n".join(plain)))
            plain = []
        pieces.append((grid, ""))
        plain.extend(notes)
        i = j
    if plain:
        pieces.append((None, "\n".join(plain)))
    return pieces


def _next_content(lines: list[str], k: int) -> int | None:
    while k < len(lines) and not lines[k].strip():
        k += 1
    return k if k < len(lines) else None


#: Pandoc's tables ruled by dashes alone: a full rule ("-------") opens and closes a multiline table;
#: a line of dash runs under the header ("----  ------  -----") marks the columns of both kinds.
_FULL_RULE = re.compile(r"^[ \t]{0,3}-{3,}[ \t]*$")
_COLUMN_RULE = re.compile(r"^[ \t]{0,3}-+(?:[ \t]+-+)+[ \t]*$")
_MAX_HEADER_LINES = 6


def _split_dashed_tables(text: str) -> list[tuple[list[list[str]] | None, str]]:
    """Pieces of Markdown text: (grid, "") for each of Pandoc's dash-ruled tables, (None, text) for the rest.

    * multiline table: a full rule, header lines, a column rule, rows separated by blank lines (each
      row's lines joined per column), a closing full rule;
    * simple table: a header line over a column rule (or a column rule alone, closed by another),
      one row a line, ended by a blank line.

    Columns are cut where each dash run of the column rule starts; a setext heading's underline or a
    thematic break (one run) never opens a table."""
    lines = [unicodedata.normalize("NFC", line) for line in text.split("\n")]
    pieces: list[tuple[list[list[str]] | None, str]] = []
    plain: list[str] = []
    i = 0
    while i < len(lines):
        found = _multiline_table(lines, i) or _simple_table(lines, i)
        if found is None:
            plain.append(lines[i])
            i += 1
            continue
        grid, end = found
        if plain:
            pieces.append((None, "\n".join(plain)))
            plain = []
        pieces.append((grid, ""))
        i = end
    if plain:
        pieces.append((None, "\n".join(plain)))
    return pieces


#: A line of Pandoc's line block: "|" then a space and the line's text, no other "|" (a pipe table's row has more)
_LINE_BLOCK_LINE = re.compile(r"^\|(?: (?P<text>[^|]*))?$")
#: A pipe table's delimiter row written with a leading bar only ("| ---", "| :---:"): a table of one column
_ONE_COLUMN_DELIMITER = re.compile(r"^\|[ \t]*:?-{3,}:?[ \t]*$")


def _split_line_blocks(text: str) -> list[tuple[list[str] | None, str]]:
    """Pieces of Markdown text: (lines, "") for each of Pandoc's line blocks, (None, text) for the rest. A line
    block ("| Nơi nhận:" / "| - Văn phòng Chính phủ;" / "| - Lưu: VT.", an address, a letterhead) keeps its line
    breaks; each line is read as inline Markdown, its "|" dropped; a line opening with a space goes on the line
    above. It stands after a blank line (or the text's start)."""
    lines = text.split("\n")
    pieces: list[tuple[list[str] | None, str]] = []
    plain: list[str] = []
    i = 0
    while i < len(lines):
        if not _LINE_BLOCK_LINE.match(lines[i]) or (plain and plain[-1].strip()):
            plain.append(lines[i])
            i += 1
            continue
        verse: list[str] = []
        start = i
        while i < len(lines):
            m = _LINE_BLOCK_LINE.match(lines[i])
            if m:
                verse.append(m.group("text") or "")
            elif verse and lines[i].startswith(" ") and lines[i].strip():
                verse[-1] = f"{verse[-1]} {lines[i].strip()}"
            else:
                break
            i += 1
        if not any(line.strip() for line in verse) or any(_ONE_COLUMN_DELIMITER.match(line) for line in lines[start:i]):
            # ("|" lines alone: the broken cells of a scraped table, no verse; "| Nội dung" / "| ---": a table of one column)
            plain.extend(lines[start:i])
            continue
        if plain:
            pieces.append((None, "\n".join(plain)))
            plain = []
        pieces.append(([_inline_text(line) for line in verse], ""))
    if plain:
        pieces.append((None, "\n".join(plain)))
    return pieces


def _column_cuts(rule: str) -> list[int]:
    runs = [m.start() for m in re.finditer(r"-+", rule)]
    return [0, *runs[1:]]


def _cut(line: str, cuts: list[int]) -> list[str]:
    """The line's cells; a word running over a column's start stays whole in the column it began in."""
    moved = []
    for c in cuts:
        while 0 < c < len(line) and not line[c - 1].isspace() and not line[c].isspace():
            c += 1
        moved.append(c)
    return [line[a:b].strip() for a, b in zip(moved, [*moved[1:], len(line)])]


def _joined_row(lines: list[str], cuts: list[int]) -> list[str]:
    columns = zip(*(_cut(line, cuts) for line in lines))
    return [_inline_text(join_wrapped([part for part in parts if part])) for parts in columns]


def _multiline_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    if not _FULL_RULE.match(lines[i]) or (i > 0 and lines[i - 1].strip()):
        return None
    k = i + 1
    while k < len(lines) and k - i <= _MAX_HEADER_LINES and lines[k].strip() and not _COLUMN_RULE.match(lines[k]):
        k += 1
    if k >= len(lines) or k == i + 1 or not _COLUMN_RULE.match(lines[k]):
        return None
    cuts = _column_cuts(lines[k])
    grid = [_joined_row(lines[i + 1:k], cuts)]
    row: list[str] = []
    for m in range(k + 1, len(lines)):
        if _FULL_RULE.match(lines[m]):
            if row:
                grid.append(_joined_row(row, cuts))
            return (grid, m + 1) if len(grid) > 1 else None
        if lines[m].strip():
            row.append(lines[m])
        elif row:
            grid.append(_joined_row(row, cuts))
            row = []
    return None  # never closed: not a table


def _simple_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    if i > 0 and lines[i - 1].strip():
        return None
    if _COLUMN_RULE.match(lines[i]):  # headerless: closed by a second column rule
        cuts = _column_cuts(lines[i])
        for m in range(i + 1, len(lines)):
            if _COLUMN_RULE.match(lines[m]):
                body = [_joined_row([line], cuts) for line in lines[i + 1:m] if line.strip()]
                return (body, m + 1) if body else None
            if not lines[m].strip():
                return None
        return None
    if not (lines[i].strip() and i + 1 < len(lines) and _COLUMN_RULE.match(lines[i + 1])):
        return None
    cuts = _column_cuts(lines[i + 1])
    grid = [_joined_row([lines[i]], cuts)]
    m = i + 2
    while m < len(lines) and lines[m].strip() and not _COLUMN_RULE.match(lines[m]):
        grid.append(_joined_row([lines[m]], cuts))
        m += 1
    if m < len(lines) and _COLUMN_RULE.match(lines[m]):
        m += 1  # a closing rule
    return (grid, m) if len(grid) > 1 else None


#: a grid table's rule line ("+-----+------+", "+=====+======+", ":" for alignment)
_GRID_RULE = re.compile(r"^[ \t]{0,3}\+(?:[-=:]+\+)+[ \t]*$")
_GRID_LINE = re.compile(r"^[ \t]{0,3}[|+].*[|+][ \t]*$")


def _split_grid_tables(text: str) -> list[tuple[list[list[str]] | None, str]]:
    """Pieces of Markdown text: (grid, "") for each grid table (Pandoc's "+---+---+" tables, what
    converters write for cells that wrap or hold several lines), (None, text) for the rest."""
    lines = text.split("\n")
    pieces: list[tuple[list[list[str]] | None, str]] = []
    plain: list[str] = []
    i = 0
    while i < len(lines):
        if _GRID_RULE.match(lines[i]):
            j = i + 1
            while j < len(lines) and _GRID_LINE.match(lines[j]):
                j += 1
            block = lines[i:j]
            while block and not _GRID_RULE.match(block[-1]):
                block.pop()
            if len(block) >= 3:
                if plain:
                    pieces.append((None, "\n".join(plain)))
                    plain = []
                pieces.append((_grid_cells(block), ""))
                i += len(block)
                continue
        plain.append(lines[i])
        i += 1
    if plain:
        pieces.append((None, "\n".join(plain)))
    return pieces


def _grid_cells(block: list[str]) -> list[list[str]]:
    """The cells of a grid table: its column edges are the "+" of its first rule; each run of lines
    between rules is one row, a cell's lines joined; a cell whose line has no "|" at an inner
    edge spans the columns on both sides (its text stands in the first, as a merged cell's does).
    A rule drawn under some columns only ("|  I. NHÓM …  +-----+------+") closes the cells of those
    columns: a cell of the others spans the rows on both sides — its text, all its lines, stands in
    each of them, as an HTML rowspan's does."""
    block = [unicodedata.normalize("NFC", line.rstrip()) for line in block]
    top = block[0]
    indent = len(top) - len(top.lstrip())
    edges = [k for k, ch in enumerate(top) if ch == "+" and k >= indent]
    width = len(edges) - 1
    grid: list[list[str]] = []
    closed: list[list[bool]] = []  # for each row, the columns a rule closes under it
    rows: list[str] = []
    for line in block[1:]:
        ruled = _ruled_columns(line, edges)
        if ruled is None:
            rows.append(line)
            continue
        if rows:
            grid.append(_grid_row(rows, edges))
            grid[-1] += [""] * (width - len(grid[-1]))
            closed.append(ruled)
        rows = []
    # a cell left open by a rule under the other columns: one cell over the rows it spans
    for c in range(width):
        start = 0
        for r in range(len(grid)):
            if closed[r][c] or r == len(grid) - 1:
                if r > start:
                    text = " ".join(t for t in (grid[k][c] for k in range(start, r + 1)) if t)
                    for k in range(start, r + 1):
                        grid[k][c] = text
                start = r + 1
    return grid


def _ruled_columns(line: str, edges: list[int]) -> list[bool] | None:
    """For a grid table's rule line, full or under some columns only, which columns it rules ("-"/"="
    between their edges); None for a line of cells."""
    if _GRID_RULE.match(line):
        return [True] * (len(edges) - 1)
    # (a rule segment is drawn edge to edge, "+-----+", of "-", "=" or ":" only: a cell's text that is all
    # dashes, " - ", is none)
    ruled = [len(line) > edges[c + 1] and line[edges[c + 1]] == "+"
             and (seg := line[edges[c] + 1:edges[c + 1]]) != "" and seg.strip("-=:") == ""
             for c in range(len(edges) - 1)]
    return ruled if any(ruled) else None


def _grid_row(lines: list[str], edges: list[int]) -> list[str]:
    width = len(edges) - 1
    # an inner edge is a cell border when every line of the row has "|" there
    border = [all(k < len(line) and line[k] in "|+" for line in lines) for k in edges]
    cells: list[str] = []
    start = 0
    for c in range(1, width + 1):
        if c < width and not border[c]:
            continue  # the cell goes on over this edge
        parts = [line[edges[start] + 1:edges[c]] if len(line) > edges[start] else "" for line in lines]
        cells.append(_inline_text(join_wrapped(parts)))
        cells.extend([""] * (c - start - 1))
        start = c
    return cells


def _markdown_blocks(text: str) -> list[Block]:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.deflist import deflist_plugin

    # (a definition list, Pandoc's and PHP Markdown Extra's "term" / ":   definition", is read by its plugin: each term
    # a line, each definition a paragraph under it — a body over its duties, a label over its value — not ": " text)
    tokens = MarkdownIt("commonmark").enable("table").use(deflist_plugin).parse(text)
    blocks: list[Block] = []
    lines: list[str] = []
    lists: list[str] = []  # "ol"/"ul" stack
    prefix = ""
    heading = False
    carried = False  # (the next paragraph goes on the heading's line)
    i = 0

    def flush() -> None:
        nonlocal lines
        if lines:
            blocks.append(Block(lines))
            lines = []

    while i < len(tokens):
        token = tokens[i]
        kind = token.type
        if kind == "table_open":
            depth, j = 0, i
            while j < len(tokens):  # tables do not nest in Markdown, but stay safe
                depth += {"table_open": 1, "table_close": -1}.get(tokens[j].type, 0)
                if depth == 0:
                    break
                j += 1
            flush()
            blocks.append(Block(table_rows(_markdown_grid(tokens[i:j + 1])), table=True))
            i = j + 1
            continue
        if kind in ("ordered_list_open", "bullet_list_open"):
            lists.append("ol" if kind == "ordered_list_open" else "ul")
        elif kind in ("ordered_list_close", "bullet_list_close"):
            lists.pop()
            if not lists:
                lines.append("")
        elif kind == "list_item_open":
            # (a "+" item keeps its mark, as the plan's text and its other formats print it: "- Bộ Tài chính" over
            # "+ Chủ trì, …", the body's duties; other bullets are "- ")
            prefix = f"{token.info}{token.markup} " if lists and lists[-1] == "ol" else "+ " if token.markup == "+" else "- "
        elif kind == "heading_open":
            heading = True
        elif kind == "heading_close":
            heading = False
        if kind == "inline" and _MYST_TARGET.fullmatch(token.content.strip()):
            pass  # (a MyST target, "(nghi-quyet)=", names the heading below it for links: no words of the text)
        elif kind == "inline":
            parts = _inline_plain(token).split("\n")
            if heading:  # (Pandoc's attributes name the heading for links; they are no words of it)
                parts[-1] = _HEADING_ATTRIBUTES.sub("", parts[-1])
            parts[0] = prefix + parts[0]
            prefix = ""
            if carried and lines:
                # (a converter's heading cut inside a sentence, "## 7. Đối với …: Tiếp tục hoàn" over "thiện hệ
                # thống …": one paragraph, as the page prints it)
                lines[-1] = f"{lines[-1]}{'' if lines[-1].endswith('-') else ' '}{parts.pop(0).strip()}"
            carried = False
            lines.extend(part.rstrip() for part in parts)
        elif kind == "heading_close" and not lists and _cut_mid_sentence(lines, tokens, i):
            carried = True
        elif kind in ("paragraph_close", "heading_close") and not lists:
            lines.append("")
        elif kind == "fence" and (table := _list_table(token)) is not None:
            caption, grid = table
            flush()
            if caption:
                blocks.append(Block([caption, ""]))
            blocks.append(Block(table_rows(grid), table=True))
        elif kind in ("fence", "code_block"):
            lines.extend(narrative_line(x) for x in token.content.rstrip("\n").split("\n"))
            lines.append("")
        elif kind == "html_block":
            # (HTML blocks one after the other are one piece of HTML: an element opened in one, "<details>", and
            # closed in a later one holds those between, the blank lines that part them are no Markdown)
            j = i
            while j + 1 < len(tokens) and tokens[j + 1].type == "html_block":
                j += 1
            flush()
            blocks.extend(_html_blocks("\n".join(t.content for t in tokens[i:j + 1]), fragment=True))
            i = j
        i += 1
    flush()
    return blocks


#: A paragraph's opening word in small letters (not a lettered item, "a)", nor a numeral, "ii.").
_GOES_ON = re.compile(r"^[^\W\d_]{2,}(?=[\s,-])")
#: A heading this many words long or more may be a sentence's first line ("7. Đối với các đơn vị đã xây dựng cơ sở dữ
#: liệu quốc gia: Tiếp tục hoàn"); a short one ("2. Nhiệm vụ") is a title, whatever the paragraph under it opens with.
CUT_HEADING_MIN_WORDS = 8


def _cut_mid_sentence(lines: list[str], tokens, i: int) -> bool:
    """Whether the heading just closed (``tokens[i]``) is a sentence's first line a converter made a heading: it
    is long, ends in a word (no stop, colon or closing mark) and the paragraph right after it opens in small letters."""
    if not lines or not lines[-1] or lines[-1][-1] in ".:;!?)”\"" or i + 2 >= len(tokens):
        return False
    if len(lines[-1].split()) < CUT_HEADING_MIN_WORDS:
        return False
    if tokens[i + 1].type != "paragraph_open" or tokens[i + 2].type != "inline":
        return False
    opening = _GOES_ON.match(tokens[i + 2].content)
    return bool(opening) and opening.group(0).islower() and not re.fullmatch(r"[ivxlc]+", opening.group(0))


#: A MyST (Jupyter Book, Sphinx) table directive, ```{list-table} Caption: its options (":header-rows: 1") then a
#: list of rows, each a list of cells ("* - TT" / "  - Tên nhiệm vụ"). (reStructuredText's own ".. list-table::"
#: has the same body.)
_LIST_TABLE = re.compile(r"^\{list-table\}[ \t]*(.*)$")
_DIRECTIVE_OPTION = re.compile(r"^:[\w-]+:(?:[ \t].*)?$")
#: A MyST target naming the heading below it: "(nghi-quyet)=".
_MYST_TARGET = re.compile(r"\([^()\s]+\)=")


def _list_table(token) -> tuple[str, list[list[str]]] | None:
    """A MyST list-table fence's caption and cell grid, or None for any other fence. A cell is read from its own
    lines as inline Markdown, its paragraphs joined: "- 1." is the number 1., not a list that starts at 1."""
    m = _LIST_TABLE.match(token.info.strip())
    if not m:
        return None
    from markdown_it import MarkdownIt

    body = token.content.split("\n")
    while body and (_DIRECTIVE_OPTION.match(body[0].strip()) or not body[0].strip()):
        body = body[1:]
    grid: list[list[str]] = []
    stack: list[str] = []  # the lists the token is in ("bullet_list", "ordered_list"), outermost first
    for t in MarkdownIt("commonmark").parse("\n".join(body)):
        if t.type in ("bullet_list_open", "ordered_list_open"):
            stack.append(t.type.removesuffix("_open"))
        elif t.type in ("bullet_list_close", "ordered_list_close"):
            stack.pop()
        elif t.type != "list_item_open" or stack[:2] != ["bullet_list"] * len(stack[:2]):
            continue  # (only the rows' list and their cells' lists: a list inside a cell is the cell's text)
        elif len(stack) == 1:
            grid.append([])
        elif len(stack) == 2 and grid and t.map:
            lines = body[t.map[0]:t.map[1]]
            lines[0] = _CELL_MARK.sub("", lines[0], count=1)
            paragraphs = re.split(r"\n[ \t]*\n", "\n".join(line.strip() for line in lines))
            grid[-1].append(" ".join(text for p in paragraphs if (text := _inline_text(p.replace("\n", " ")))))
    width = max((len(row) for row in grid), default=0)
    return " ".join(m.group(1).split()), [row + [""] * (width - len(row)) for row in grid]


#: The marks that open a list-table's cell on its line: the row's "* " and the cell's "- ".
_CELL_MARK = re.compile(r"^[ \t]*(?:[*+-][ \t]+)?[*+-](?:[ \t]+|$)")


def _inline_text(text: str) -> str:
    """A cell's Markdown as the words it shows: emphasis and escapes ("\\(1\\)") read as Markdown does."""
    tokens = _inline_parser().parseInline(text)
    return " ".join(_inline_plain(t) for t in tokens).strip()


@functools.lru_cache(maxsize=1)
def _inline_parser():
    """One Markdown parser for every grid cell (building one costs more than parsing a cell)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def _inline_plain(token) -> str:
    """The words of an inline token: emphasis, links and HTML tags dropped, breaks kept as \\n."""
    out: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or child.type == "html_inline" and _BR.match(child.content):
            out.append("\n")
        elif child.type == "image":
            out.append(child.content)
    return "".join(out)


def _markdown_grid(tokens) -> list[list[str]]:
    grid: list[list[str]] = []
    for token in tokens:
        if token.type == "tr_open":
            grid.append([])
        elif token.type == "inline" and grid:
            grid[-1].append(cell_text(_inline_plain(token)))
    width = max((len(row) for row in grid), default=0)
    grid = [row + [""] * (width - len(row)) for row in grid]
    for r in range(2, len(grid)):  # MultiMarkdown's row span: the cell above goes on (as a merged cell reads; not the header's)
        grid[r] = [grid[r - 1][c] if cell.strip() == _MMD_ROW_SPAN else cell for c, cell in enumerate(grid[r])]
    return grid


#: MultiMarkdown's pipe tables: a blank line inside a table starts another body of the same table (GFM ends
#: the table there: the rows after it would be text), a cell "^^" goes on with the cell above (a row span;
#: see _markdown_grid) and "[Caption]" or "[Caption][label]" on the line next to the table is its caption.
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_MMD_CAPTION = re.compile(r"^\s*\[([^\[\]]+)\](?:\[[^\[\]]*\])?\s*$")
_MMD_ROW_SPAN = "^^"
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")


def _pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def _multimarkdown_tables(text: str) -> str:
    """Markdown text whose MultiMarkdown tables read as one table each: the blank line between two bodies of
    a pipe table dropped when the row after it has as many cells' bars as the table's header and opens no
    table of its own (no delimiter row under it); a caption in brackets next to a table without them."""
    lines = text.split("\n")
    if not any(_DELIMITER_ROW.match(line) for line in lines):
        return text
    out: list[str] = []
    width = 0  # the header's bars while in a table, else 0
    fence = ""  # the fence of a code block the line is in ("```", "~~~"): its lines are no table
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        opening = _FENCE.match(line)
        if fence or opening:
            if not fence:
                fence = opening.group(1)
            elif line.strip().startswith(fence):
                fence = ""
            width = 0
            out.append(line)
            continue
        if width:
            if not line.strip() and _PIPE_ROW.match(following) and _pipes(following) == width \
                    and not (i + 2 < len(lines) and _DELIMITER_ROW.match(lines[i + 2])):
                continue  # the next body of the table
            if not _PIPE_ROW.match(line):
                width = 0
                caption = _MMD_CAPTION.match(line)
                if caption and out and _PIPE_ROW.match(out[-1]):
                    line = caption.group(1).strip()
        elif _PIPE_ROW.match(line) and _DELIMITER_ROW.match(following):
            width = _pipes(line)
            caption = _MMD_CAPTION.match(out[-1]) if out else None
            if caption:
                out[-1] = caption.group(1).strip()
        out.append(line)
    return "\n".join(out)


# --------------------------------------------------------------------------- HTML


def html_to_lines(text: str) -> list[str]:
    """Plain lines of an HTML document; each ``<table>`` as TAB rows."""
    return join_blocks(_html_blocks(text, fragment=False))


def text_with_html_tables(text: str) -> str:
    """Plain text whose ``<table>…</table>`` blocks are replaced by TAB rows; the rest unchanged."""
    pieces = _split_html_tables(text)
    if not any(is_table for is_table, _ in pieces):
        return text
    blocks: list[Block] = []
    for is_table, segment in pieces:
        if is_table:
            blocks.extend(_html_blocks(segment, fragment=True))
        else:
            blocks.append(Block(segment.split("\n")))
    return "\n".join(join_blocks(blocks))


def _split_html_tables(text: str) -> list[tuple[bool, str]]:
    """Split text into (is_html_table, segment) pieces; nested tables stay inside their table."""
    pieces: list[tuple[bool, str]] = []
    pos = 0
    depth = 0
    start = 0
    for match in _TABLE_TAG.finditer(text):
        closing = bool(match.group(1))
        if not closing:
            if depth == 0:
                start = match.start()
                line_start = text.rfind("\n", 0, start) + 1
                if not text[line_start:start].strip():
                    start = line_start
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                pieces.append((False, text[pos:start]))
                pieces.append((True, text[start:match.end()]))
                pos = match.end()
    if depth:  # unclosed table: the parser closes it at the end of the text
        pieces.append((False, text[pos:start]))
        pieces.append((True, text[start:]))
    else:
        pieces.append((False, text[pos:]))
    return [(is_table, seg) for is_table, seg in pieces if seg]


def _html_blocks(markup: str, *, fragment: bool) -> list[Block]:
    import lxml.etree
    import lxml.html

    if not markup.strip():
        return []
    try:
        if fragment:
            root = lxml.html.fragment_fromstring(markup, create_parent="div")
        else:
            root = lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return [Block([narrative_line(x) for x in markup.split("\n")])]
    walker = _HtmlWalker()
    walker.walk(root)
    walker.newline()
    walker.flush()
    return walker.blocks


_TITLE_TAGS = {"summary", "h1", "h2", "h3", "h4", "h5", "h6", "legend"}


def _description_record(element) -> list[tuple[str, str]] | None:
    """A description list (``<dl>``) read as one record: each term (``<dt>``) a label, the descriptions
    (``<dd>``) after it its value — [(label, value)], in order; None unless it has two labels or more,
    each short (a column's heading, not a paragraph) and said once. ``<div>`` groups of a term and its
    descriptions (HTML allows them) are read through."""
    items: list[tuple[str, list[str]]] = []

    def visit(node) -> None:
        for child in node:
            tag = child.tag.lower() if isinstance(child.tag, str) else None
            if tag == "dt":
                items.append((_cell_plain(child), []))
            elif tag == "dd" and items:
                items[-1][1].append(_cell_plain(child))
            elif tag == "div":
                visit(child)

    visit(element)
    labels = [label for label, _ in items]
    if len(items) < 2 or len(set(labels)) < len(labels) or not all(0 < len(x) <= 60 for x in labels):
        return None
    return [(label, cell_lines(values)) for label, values in items]


class _HtmlWalker:
    """Depth-first walk that collects text lines and table blocks in document order.

    A run of description lists, one per record and sharing their terms ("STT", "Tên nhiệm vụ", "Cơ quan
    chủ trì", … each over its value), is a table written as records, as :func:`_split_record_lists` reads
    Markdown's: a table whose header is the terms, a row per list, and a title between two lists of the
    run (a ``<summary>`` or heading: the group the rows below it stand in) a row of its own. MIN_RECORDS
    lists or more, each sharing RECORD_LABEL_SHARE of its terms with the run's, make a table."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.lines: list[str] = []
        self.pieces: list[str] = []
        self.run: list[tuple[str, object]] = []  # ("part", title) or ("row", [(label, value)]) of the records read
        self.titles: list[str] = []  # the titles after the run's last record, not yet known to be parts of it
        self.title_line: int | None = None  # the line of a <summary> just read (outside a run), while nothing follows it

    def add(self, text: str | None, pre: bool) -> None:
        if not text:
            return
        if self.run and text.strip():
            self.end_run()
        if pre:
            first, *rest = text.split("\n")
            self.pieces.append(first)
            for part in rest:
                self.newline(keep_empty=True)
                self.pieces.append(part)
        else:
            self.pieces.append(re.sub(r"\s+", " ", text))

    def newline(self, keep_empty: bool = False) -> None:
        line = narrative_line(" ".join("".join(self.pieces).split()))
        self.pieces = []
        if line or keep_empty:
            self.lines.append(line)

    def flush(self) -> None:
        if self.run:
            self.end_run()
        self.title_line = None
        if self.lines:
            self.blocks.append(Block(self.lines))
            self.lines = []

    def record(self, items: list[tuple[str, str]]) -> None:
        """A description list read as a record: into the run, or opening one."""
        if self.run:
            labels = {label for kind, what in self.run if kind == "row" for label, _ in what}  # type: ignore[union-attr]
            if len({label for label, _ in items} & labels) < RECORD_LABEL_SHARE * len(items):
                self.end_run()
        if self.run and self.titles:
            self.run.extend(("part", title) for title in self.titles)
        elif not self.run and self.title_line is not None and self.title_line == len(self.lines) - 1 \
                and not "".join(self.pieces).strip():
            self.run.append(("part", self.lines.pop()))  # the title right above the first record heads its group
        self.titles, self.title_line = [], None
        self.run.append(("row", items))

    def end_run(self) -> None:
        """The run of records as a table (or, too short for one, as text: each term over its value); a title
        read after its last record follows as text."""
        run, titles = self.run, self.titles
        self.run, self.titles = [], []
        rows = [what for kind, what in run if kind == "row"]
        self.newline()
        if len(rows) >= MIN_RECORDS:
            labels: list[str] = []
            for items in rows:
                labels += [label for label, _ in items if label not in labels]  # type: ignore[union-attr]
            grid = [labels]
            for kind, what in run:
                cells = dict(what) if kind == "row" else {labels[0]: what}  # type: ignore[arg-type]
                grid.append([cells.get(label, "") for label in labels])
            if self.lines:
                self.blocks.append(Block(self.lines))
                self.lines = []
            self.blocks.append(Block(table_rows(grid), table=True))
        else:
            for kind, what in run:
                pairs = [("", what)] if kind == "part" else what
                self.lines.extend(narrative_line(x) for pair in pairs for x in pair if x)  # type: ignore[union-attr]
        self.lines.extend(narrative_line(title) for title in titles)

    def walk(self, element, pre: bool = False) -> None:
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is not None:
            tag = tag.lower()
            if tag in _SKIP_TAGS:
                return
            if tag == "dl" and (items := _description_record(element)) is not None:
                self.newline()
                self.record(items)
                return
            if tag in _TITLE_TAGS and self.run:
                if title := _cell_plain(element):
                    self.titles.append(title)  # (a part of the run if a record follows it)
                return
            if tag == "table":
                if self.run:
                    self.end_run()
                self.newline()
                caption = element.find("caption")
                if caption is not None:
                    self.lines.append(narrative_line(_cell_plain(caption)))
                self.flush()
                self.blocks.append(Block(table_rows(_html_grid(element)), table=True))
                return
            if tag == "br":
                self.newline()
                return
            block = tag in _BLOCK_TAGS
            before = len(self.lines)
            if block:
                self.newline()
            if tag == "li":
                parent = element.getparent()
                if parent is not None and parent.tag == "ol":
                    self.pieces.append(f"{parent.index(element) + 1}. ")
                else:
                    self.pieces.append("- ")
            self.add(element.text, pre or tag == "pre")
            for child in element:
                self.walk(child, pre or tag == "pre")
                self.add(child.tail, pre or tag == "pre")
            if block:
                self.newline()
            if tag == "summary" and len(self.lines) > before and not self.run:
                # (the <summary> of a <details> block naming the records in it heads their group; a heading above
                # the first record is the table's caption, and stays text)
                self.title_line = len(self.lines) - 1


def _cell_plain(element) -> str:
    """All text inside an element on one line: block boundaries and <br> end a line, the lines
    joined as :func:`ingest.formats.cell_lines` joins a cell's lines."""
    out: list[str] = []

    def visit(node, flat: bool = False) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else None
        if tag in _SKIP_TAGS:
            return
        flat = flat or tag == "table"  # a table inside the cell goes on the cell's line
        mark = " " if flat else "\n"
        broken = tag is not None and (tag in _BLOCK_TAGS or tag in ("br", "table"))
        if broken:
            out.append(mark)
        if tag is not None and node.text:
            out.append(" ".join(node.text.split("\n")))
        for child in node:
            visit(child, flat)
            if child.tail:
                out.append(" ".join(child.tail.split("\n")))
        if broken:
            out.append(mark)

    visit(element)
    return cell_lines("".join(out).split("\n"))


def _span(element, name: str) -> int:
    try:
        value = int(str(element.get(name, "1")).strip() or 1)
    except ValueError:
        return 1
    return min(max(value, 1), _MAX_SPAN)


def _html_grid(table) -> list[list[str]]:
    """The table's cells on a grid, rowspan/colspan expanded (see the module docstring)."""
    rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
    grid: list[list[str]] = []
    carried: dict[tuple[int, int], str] = {}  # (row, col) filled by a rowspan from above
    for r, row in enumerate(rows):
        out: list[str] = []
        for cell in row.xpath("./td | ./th"):
            while (r, len(out)) in carried:  # positions filled by a rowspan from above
                out.append(carried.pop((r, len(out))))
            text = _cell_plain(cell)
            col = len(out)
            colspan, rowspan = _span(cell, "colspan"), _span(cell, "rowspan")
            out.extend([text] + [""] * (colspan - 1))
            for k in range(1, min(rowspan, len(rows) - r)):
                for c in range(colspan):
                    carried[(r + k, col + c)] = text if c == 0 else ""
        for (row_at, col), text in sorted(carried.items()):
            if row_at == r:  # spans from above to the right of this row's last cell
                out.extend([""] * (col - len(out)))
                out.append(carried.pop((row_at, col)))
        grid.append(out)
    width = max((len(row) for row in grid), default=0)
    return [row + [""] * (width - len(row)) for row in grid]
