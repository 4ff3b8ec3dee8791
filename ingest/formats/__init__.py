"""Format readers that turn a file's tables into TAB-separated rows for the parser.

The contract every reader keeps (see ``ingest.loaders``): a table row is one line of TAB-separated
cells (cells hold no TAB or line break, and no ``**``), columns sit at stable grid positions (a
merged cell's text appears once, the positions it spans horizontally are ""), and each table is a
contiguous block of such lines with exactly one blank line before and after it. The line just
above a table (its caption or heading) stays an ordinary line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.text import is_vietnamese_syllable

__all__ = ["Block", "cell_lines", "cell_text", "glue_spaced_hyphens", "hyphen_broken", "join_blocks", "join_wrapped", "narrative_line", "table_rows"]

_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def cell_text(value: str | None) -> str:
    """One table cell on one line: whitespace runs (TABs, line breaks) become one space."""
    return " ".join((value or "").replace("**", " ").split())


#: a line of a cell that goes on on the next line: it ends in a comma, a dash, an opening bracket or a
#: small word that needs what follows ("Sở Khoa học và" / "Công nghệ")
_LINE_GOES_ON = re.compile(r"(?:[,;:(\[/–-]|\b(?:và|của|với|cho|các|những|trong|theo|tại|về|để|hoặc|hay|thuộc|đối))$", re.IGNORECASE)


def cell_lines(lines: list[str]) -> str:
    """One table cell on one line, from lines the author broke on purpose (paragraphs or line breaks
    in a Word cell, ``<br>`` in HTML): each line that starts anew — upper case, after a line that
    does not go on — is an item of its own and follows a "; " ("P.ĐT" / "Các khoa" → "P.ĐT; Các
    khoa", lead and partners one per line); a line that continues the one before, or follows a name
    of two words or more in capitals (a heading set over two lines), follows a space."""
    out = last = ""
    for line in (cell_text(x) for x in lines):
        if not line:
            continue
        # (a name set in capitals over two lines, "ỦY BAN NHÂN DÂN" / "TỈNH HÀ KHUÊ", is one name)
        if out and line[:1].isupper() and not _LINE_GOES_ON.search(out) and not out.endswith(";") \
                and not (last.isupper() and len(last.split()) >= 2):
            out += "; "
        elif out:
            out += " "
        out += line
        last = line
    return out


_GLUED_AFTER = re.compile(r"\d[-/–]$")  # "2027-" + "2028", "12/" + "2027": a token wrapped at its dash
# A document code wrapped at its dash or slash: "57-" + "NQ/TW", "708/BTTTT-" + "CATTT",
# "1013/BKHCN" + "-CNCNTT". Only when the other side is an upper-case letter or a digit, so
# "kinh tế -" / "xã hội" (spaced dash, lower case) keeps its space.
_CODE_BEFORE = re.compile(r"[0-9A-ZĐ][-/]$")
_CODE_AFTER = re.compile(r"^[0-9A-ZĐ]")
_CODE_DASH_START = re.compile(r"^[-/][0-9A-ZĐ]")
_LAST_WORD = re.compile(r"([^\W\d_]+)$")
_CONSONANTS_START = re.compile(r"^([^\W\d_]{1,2})(?![^\W\d_])")
_YEAR_HEAD = re.compile(r"/(\d{1,3})$")
_YEAR_TAIL = re.compile(r"^(\d{1,3})(?!\d)")


def hyphen_broken(before: str, after: str) -> bool:
    """A word spelt with a hyphen that a line or a cell broke at it ("các-" / "bon"): lower-case letters
    on both sides (Vietnamese words are not hyphenated otherwise; "Y tế -" / "Công an" is a dash)."""
    return before[-1:] == "-" and before[-2:-1].islower() and after[:1].islower()


def _year_broken(before: str, after: str) -> bool:
    """A date's year the cell's width broke ("Quý III/202" / "8"): the two runs of digits make four."""
    head, tail = _YEAR_HEAD.search(before), _YEAR_TAIL.match(after)
    return bool(head and tail and len(head.group(1)) + len(tail.group(1)) == 4)


#: A word of four letters or more in plain Latin letters, ending in lower case, at the end of a line; one or two
#: lower-case letters opening the next and ending a word there; and English words of two letters, whole words.
_FOREIGN_LAST = re.compile(r"(?:^|\s)([A-Za-z]{3,}[a-z])$")
_FOREIGN_TAIL = re.compile(r"([a-z]{1,2})(?![^\W\d_])")
_EN_SHORT = frozenset({"of", "to", "in", "on", "is", "at", "by", "as", "or", "up", "it", "if", "be", "we", "no", "so", "do", "go", "me", "my"})


def _word_broken(before: str, after: str) -> bool:
    """A Vietnamese word the cell's width broke inside ("NHIỆ" / "M VỤ", "THÀN" / "H"): the next line
    starts with one or two letters that are no syllable of their own and, in the case of the letter
    before, complete the last word into a syllable. Initialisms ("Bộ" / "KHCN") and group letters
    ("Nhóm" / "C") make no syllable that way and keep their space."""
    foreign = _FOREIGN_LAST.search(before)
    tail_of_foreign = _FOREIGN_TAIL.match(after)
    if foreign and tail_of_foreign and not is_vietnamese_syllable(foreign.group(1)) \
            and not is_vietnamese_syllable(tail_of_foreign.group(1)) and tail_of_foreign.group(1) not in _EN_SHORT:
        return True  # a foreign name the width broke: "Futabuslin" / "es" → "Futabuslines"
    last, first = _LAST_WORD.search(before), _CONSONANTS_START.match(after)
    if not last or not first or is_vietnamese_syllable(first.group(1)):
        return False
    tail, head = last.group(1)[-1], first.group(1)
    if (tail.isupper() and not head.isupper()) or (tail.islower() and not head.islower()):
        return False
    return is_vietnamese_syllable(last.group(1) + head)


#: A hyphen a justified PDF line set apart from the rest of its word ("các- bon")
_HYPHEN_SPACED = re.compile(r"(?<=[^\W\d_])- +(?=[^\W\d_])")


def glue_spaced_hyphens(text: str) -> str:
    """"các- bon" → "các-bon" where both sides are lower case (a dash between words, "Y tế - Công an",
    keeps its spaces)."""
    return _HYPHEN_SPACED.sub(_glued_hyphen, text)


def _glued_hyphen(m: re.Match) -> str:
    before, after = m.string[m.start() - 1], m.string[m.end()]
    return "-" if before.islower() and after.islower() else m.group(0)


def join_wrapped(parts: list[str]) -> str:
    """The lines of one table cell as one line: a space between lines, except where the cell's
    width broke a token ("2027-" / "2028" → "2027-2028", "100" / "%" → "100%", "các-" / "bon" →
    "các-bon", "NHIỆ" / "M" → "NHIỆM")."""
    out = ""
    for part in (glue_spaced_hyphens(" ".join(p.split())) for p in parts):
        if not part:
            continue
        glued = (
            (_GLUED_AFTER.search(out) and part[:1].isdigit())
            or (_CODE_BEFORE.search(out) and _CODE_AFTER.match(part))
            or (out[-1:].isalnum() and out[-1:].upper() == out[-1:] and _CODE_DASH_START.match(part))
            or part.startswith("%")
            or _word_broken(out, part)
            or hyphen_broken(out, part)
            or _year_broken(out, part)
        )
        if out and not glued:
            out += " "
        out += part
    return out


def narrative_line(value: str) -> str:
    """One ordinary line: no TABs (they mean table cells) and no embedded line breaks."""
    return _LINE_BREAKS.sub(" ", value.replace("\t", " ")).rstrip()


@dataclass
class Block:
    """Consecutive output lines: ordinary text (``table=False``) or the rows of one table."""

    lines: list[str] = field(default_factory=list)
    table: bool = False


def table_rows(grid: list[list[str]]) -> list[str]:
    """TAB-joined lines of a cell grid; rows whose cells are all empty are dropped."""
    return ["\t".join(cell_text(c) for c in row) for row in grid if any(cell_text(c) for c in row)]


def join_blocks(blocks: list[Block]) -> list[str]:
    """Lines of all blocks, each table framed by exactly one blank line on either side."""
    out: list[str] = []
    for block in blocks:
        if block.table:
            if not block.lines:
                continue
            while out and not out[-1].strip():
                out.pop()
            out.append("")
            out.extend(block.lines)
            out.append("")
        else:
            for line in block.lines:
                if not line.strip() and out and not out[-1].strip() and _after_table(out):
                    continue  # the table's trailing blank line already separates
                out.append(line)
    return out


def _after_table(out: list[str]) -> bool:
    """True if ``out`` ends with a table row followed by blank lines."""
    for line in reversed(out):
        if line.strip():
            return "\t" in line
    return False
