"""The shared text rules of every layer: one home for accent folding, Roman numerals, appendix
keys and row-number keys.

``ingest`` is the lowest layer (ui → assistant → retriever → ingest), so the parsers, the store,
the retriever (tokenizer, structured lookup) and the assistant all import these rules from here
instead of writing their own. Pure functions, standard library only, no heavy imports.

* :func:`nfc` — Unicode NFC.
* :func:`fold` — accents removed and đ/Đ → d/D (one character for one character on precomposed
  text, so spans are kept); ``casefold=True`` (the default) also case-folds. With
  ``casefold=False`` it is the tokenizer's ``retriever.text.fold_accents``.
* :func:`fold_squashed` — :func:`fold` with runs of whitespace collapsed (comparison key).
* :func:`fold_words` — NFC, case- and accent-folded, punctuation as space, single-spaced.
* :func:`is_roman`, :func:`roman_to_int`, :func:`int_to_roman` — Roman numerals (I … CCCXCIX;
  only well-formed numerals count: 'IIII', 'VX', 'IC' are not numerals).
* :func:`parse_numeral` — 'II' / '02' / '2' → 2.
* :func:`appendix_key` — the canonical key of an appendix label or query: 'Phụ lục I', 'phụ lục 01'
  and '1' all give '1'.
* :func:`appendix_matches` — whether an appendix label matches what a user typed (the label, or the
  same key: the same number in Roman or Arabic form, a part of it included).
* :func:`normalize_number` — a row number as a comparison key ('01.' → '1', '2.03' → '2.3').
* :data:`YEAR_SPAN` — a span of two years as plans and questions write it ("2025 - 2030", "2026–2030").
* :func:`is_vietnamese_syllable` — whether a token can be one Vietnamese syllable by its spelling
  (initial, vowel nucleus, final): 'nhiệm', 'thành' can; 'nhiệ', 'm', 'thànH' + 'x' cannot.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

__all__ = [
    "FOLD_TABLE",
    "YEAR_SPAN",
    "appendix_key",
    "appendix_matches",
    "appendix_within",
    "fold",
    "fold_squashed",
    "fold_words",
    "int_to_roman",
    "is_appendix_letter",
    "is_roman",
    "is_vietnamese_syllable",
    "nfc",
    "normalize_number",
    "parse_numeral",
    "roman_to_int",
]


def nfc(text: str) -> str:
    """Unicode NFC (precomposed letters: what the fold table and the plans' text use)."""
    return unicodedata.normalize("NFC", text)


# ------------------------------------------------------------------------------ accent folding

def _build_fold_table() -> dict[int, str]:
    """Precomposed Latin letter -> base letter (one char -> one char, so spans are preserved)."""
    table: dict[int, str] = {}
    for cp in range(0x00C0, 0x1F00):
        ch = chr(cp)
        if not ch.isalpha():
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if len(base) == 1 and base != ch and base.isascii():
            table[cp] = base
    table[ord("đ")] = "d"
    table[ord("Đ")] = "D"
    table[ord("ð")] = "d"  # sometimes typed for đ
    table[ord("Ð")] = "D"
    return table


#: ``str.translate`` table: precomposed Latin letter → its base letter, đ/Đ → d/D (one char for one).
FOLD_TABLE = _build_fold_table()


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    folded = text.translate(FOLD_TABLE)
    if folded.isascii():
        return folded
    # Rare: decomposed input or letters outside the table.
    decomposed = unicodedata.normalize("NFD", folded)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", out).translate(FOLD_TABLE)


def fold(text: str, *, casefold: bool = True) -> str:
    """Accents removed, đ/Đ → d/D, and (by default) case-folded: 'Chỉ tiêu Đề án' → 'chi tieu de an'.

    ``fold(text, casefold=False)`` keeps the case: 'Chỉ tiêu Đà Nẵng' → 'Chi tieu Da Nang'.
    Whitespace and punctuation are kept as they are.
    """
    out = _strip_accents(text)
    return out.casefold() if casefold else out


def fold_squashed(text: str) -> str:
    """:func:`fold` with runs of whitespace collapsed to one space and the ends stripped."""
    return " ".join(fold(text).split())


_NONWORD = re.compile(r"[\W_]+")


def fold_words(text: Any) -> str:
    """NFC, case- and accent-folded, punctuation as space, single-spaced ('' for None)."""
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    return " ".join(_NONWORD.sub(" ", fold(" ".join(nfc(text).casefold().split()), casefold=False)).split())


# ------------------------------------------------------------------------------ Roman numerals

_ROMAN = re.compile(r"^(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


#: Words a table's group row may name its numeral by ("Nhóm 2", "Phần II", "Lĩnh vực 3", "Group 4"),
#: accent-folded and lowercase: the numeral after them is the group's.
#: The nouns a plan names its rows by, each printed before a row's number as well ("Chỉ tiêu 1", "Nhiệm vụ 12",
#: "Hoạt động 3"): what a table's rows are, never what they are about.
ROW_KIND_NOUNS = ("chỉ tiêu", "tiêu chí", "nhiệm vụ", "hoạt động", "giải pháp", "dự án", "đề án", "hạng mục", "công việc")

#: What opens the label of a table in a plan's text (not an appendix): "Mục III. NỘI DUNG HOẠT ĐỘNG".
BODY_TABLE_PREFIX = "Mục "

GROUP_WORDS = ("nhom", "phan", "muc", "linh vuc", "tru cot", "khoi", "chuong", "group", "part", "pillar")


def roman_to_int(token: str) -> int | None:
    """'IV' / 'iv' → 4; None unless ``token`` is a well-formed numeral of I, V, X, L, C (1 … 399)."""
    s = token.lower() if token else ""
    if not s or not _ROMAN.match(s):
        return None
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN_VALUES[ch]
        total += -v if i + 1 < len(s) and _ROMAN_VALUES[s[i + 1]] > v else v
    return total


def is_roman(token: str) -> bool:
    """An upper-case well-formed Roman numeral ('II', 'XIV'); 'ii', 'IIII', 'I.' are not."""
    return bool(token) and token.upper() == token and roman_to_int(token) is not None


def int_to_roman(n: int, *, lower: bool = False) -> str:
    """4 → 'IV' (``lower=True``: 'iv'); '' for n ≤ 0."""
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(numeral)
            n -= value
    s = "".join(out)
    return s.lower() if lower else s


def is_appendix_letter(token: str) -> bool:
    """A letter labelling an appendix or group in order ("Phụ lục B", "Phụ lục C"): one of A–H
    (I, V and X are Roman numerals; C and D are letters here, never 100 or 500)."""
    t = token.strip().strip(".:)").strip()
    return len(t) == 1 and t.lower() in "abcdefgh"


#: The marker an item of a list opens with: "1.", "2)", "1.2.", "a)", "đ)".
ITEM_MARKER_TEXT = r"\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ]\)"
#: A line of a list as printed ("- Ban Bí thư …", "+ …", "• …", "– …" as a PDF prints it).
LIST_ITEM = re.compile(r"^\s*[-–+•*]\s")
#: The head of a document's list of recipients opening a line ("Nơi nhận:", "**Nơi nhận:**").
RECIPIENTS_OPENING = re.compile(r"^\W*Nơi nhận\b")
#: A line or a cell opening with an item's own mark ("a)", "a.", "(1)", "2.1.", "IV.", "-", "+", "•", "–", "−").
OPENS_WITH_MARK = re.compile(r"^\s*(?:[a-zđ][).]|\(?\d{1,3}(?:\.\d+)*[.)]|[IVXLC]+\.|[-+•*–−])\s")
#: An item's marker where an item opens (followed by a space).
ITEM_MARKER = re.compile(rf"(?<!\S)({ITEM_MARKER_TEXT})(?=\s)")
#: The letters Vietnamese documents label items with, in order: "đ)" follows "d)"; no f, j, w or z.
_ITEM_LETTERS = "abcdđeghiklmnopqrstuvxy"


def next_item_marker(marker: str) -> str | None:
    """The marker of the item after ``marker`` in its list: "a)" → "b)", "d)" → "đ)", "1." → "2.",
    "2.3." → "2.4."; None for what is no marker or the last letter."""
    m = re.fullmatch(r"((?:\d{1,3}\.)*)(\d{1,3})([.)])|([a-zđ])\)", marker)
    if not m:
        return None
    if m.group(4):
        at = _ITEM_LETTERS.find(m.group(4))
        return f"{_ITEM_LETTERS[at + 1]})" if 0 <= at < len(_ITEM_LETTERS) - 1 else None
    return f"{m.group(1)}{int(m.group(2)) + 1}{m.group(3)}"


def item_letter_rank(letter: str) -> int:
    """Where a letter stands among those Vietnamese documents label items with ("đ" after "d", before "e");
    past them all for any other character."""
    at = _ITEM_LETTERS.find(letter)
    return at if at >= 0 else len(_ITEM_LETTERS) + ord(letter)


def is_first_item_marker(marker: str) -> bool:
    """Whether ``marker`` opens a list: "a)", "1.", "1)", "2.1."."""
    return bool(re.fullmatch(r"a\)|(?:\d{1,3}\.)*0?1[.)]", marker))


def parse_numeral(s: str) -> int | None:
    """'II' -> 2, '02' -> 2, '2' -> 2, 'ii.' -> 2, anything else -> None."""
    s = s.strip().strip(".:)").strip()
    if s.isdigit():
        return int(s)
    return roman_to_int(s)


# ------------------------------------------------------------------------------ appendix labels

#: The count a repeated label is told apart by ("Phụ lục I (2)", "Phụ lục (2)"), not its number.
_REPEATED = re.compile(r"\s*\(\d+\)\s*$")
#: A part of an appendix, numbered with dots: "phu luc i.3.1", "2.1" (folded).
_APPENDIX_PART = re.compile(r"^\s*(?:(?:phu\s*luc|appendix|annex|pl)\b\s*(?:so\b|no\.?)?\s*)?([0-9ivxlc]+(?:\.\d+)+)\b")
_APPENDIX_KEY_PREFIX = re.compile(r"^\s*(?:phu\s*luc|appendix|annex|pl)\b\s*(?:so\b|no\.?)?\s*", re.IGNORECASE)


def is_unnumbered_appendix(label: str | None) -> bool:
    """Whether a table's appendix label is an appendix with no numeral ("Phụ lục", "PHỤ LỤC", "Annex"): a plan's
    one appendix, which a question saying "the Phụ lục" with no numeral names."""
    return bool(label) and bool(_APPENDIX_KEY_PREFIX.match(fold_words(label))) and appendix_key(label) == ""


def appendix_key(label: str | None) -> str:
    """Canonical key of an appendix label or query: 'Phụ lục I' / 'phụ lục 01' / '1' -> '1'.

    A label with no numeral ('Phụ lục') gives ''. Unparseable text gives its folded form.
    """
    if label is None:
        return ""
    label = _REPEATED.sub("", label)  # "Phụ lục I (2)": the second appendix labelled "Phụ lục I"
    part = _APPENDIX_PART.match(fold_squashed(label))
    if part:  # "Phụ lục I.3.1" -> '1.3.1'
        key = _dotted_key(part.group(1))
        if key is not None:
            return key
    folded = fold_words(label)
    rest = _APPENDIX_KEY_PREFIX.sub("", folded).strip()
    had_prefix = rest != folded
    if not rest:
        return ""
    first = rest.split()[0]
    if is_appendix_letter(first):
        return first.strip(".:)").lower()  # "Phụ lục B" -> 'b'
    dotted = _dotted_key(first)
    if dotted is not None:
        return dotted
    return "" if had_prefix else rest


def _dotted_key(numeral: str) -> str | None:
    """'ii' -> '2', '02' -> '2', 'i.3.1' -> '1.3.1' (a part of an appendix); None when not a numeral."""
    parts = numeral.strip(".:)").split(".")
    nums = [parse_numeral(p) for p in parts]
    if not parts or any(n is None for n in nums):
        return None
    return ".".join(str(n) for n in nums)


def appendix_within(label_key: str, wanted_key: str) -> bool:
    """Whether an appendix with key ``label_key`` is the one wanted or one of its parts: "Phụ lục I"
    holds "Phụ lục I.1" and "Phụ lục I.3.2" (keys from :func:`appendix_key`)."""
    return label_key == wanted_key or bool(wanted_key) and label_key.startswith(wanted_key + ".")


def appendix_matches(label: str | None, query: str) -> bool:
    """Whether an appendix ``label`` matches what a user typed: the label itself (case- and
    accent-insensitive), or the same key (:func:`appendix_key`: "I", "phu luc i", "1" and "01" all
    name "Phụ lục I" and "Phụ lục 01"), a part included ("I" holds "Phụ lục I.1"; "I.1" is not "I")."""
    if label is None:
        return False
    if fold_squashed(label) == fold_squashed(query):
        return True
    wanted = appendix_key(query)
    return bool(wanted) and appendix_within(appendix_key(label), wanted)


# ------------------------------------------------------------------------------ row numbers

def normalize_number(number: str | None) -> str | None:
    """Row number as a comparison key: trailing dot/space dropped, leading zeros of parts dropped."""
    if number is None:
        return None
    s = " ".join(nfc(str(number)).casefold().split()).rstrip(".").strip()
    if not s:
        return None
    parts = s.split(".")
    if all(p.isdigit() for p in parts):
        return ".".join(str(int(p)) for p in parts)
    return s


#: A cell that is a bullet alone ("-", "+", "–", "•", "*"): in a table's number column it marks a row under the
#: numbered row above it ("2 | Xoài" then "- | Diện tích | Ha | …"), as a number marks a row.
BULLET_CELL = re.compile(r"^[-+–•*]$")

#: A span of two years: "2025 - 2030", "2026–2030", "2026-2030" (the two years are its groups).
YEAR_SPAN = re.compile(r"(?<!\d)(20\d\d)\s*[-–—]\s*(20\d\d)(?!\d)")


# --- Vietnamese syllables by spelling -----------------------------------------------------------------
# A syllable is (initial)(nucleus)(final). Tone marks are left out (the five marks do not change which
# letters may follow); the vowel shapes ă â ê ô ơ ư stay. Nuclei in _OPEN end the syllable or take a
# consonant final; _SEMI nuclei end in a glide (i/y/o/u) and take no final; _CLOSED ones need a final
# ("nhiệ" is no syllable, "nhiệm" is). Used to tell a word that a narrow table column broke over two
# lines ("NHIỆ" / "M VỤ", "THÀN" / "H") from two words.
_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
_OPEN = "a ă â e ê i o ô ơ u ư y oa oă oe uâ uê uy uơ".split()
_CLOSED = "iê yê uô ươ uyê".split()
_SEMI = "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu yêu uôi ươi ươu oai oay oeo uây uyu uya".split()
_FINAL = "(?:ch|ng|nh|c|m|n|p|t)"
_SYLLABLE = re.compile(
    f"^{_INITIAL}(?:(?:{'|'.join(sorted(_OPEN + _CLOSED, key=len, reverse=True))}){_FINAL}"
    f"|(?:{'|'.join(sorted(_OPEN + _SEMI, key=len, reverse=True))}))$")


def is_vietnamese_syllable(token: str) -> bool:
    """Whether ``token`` (letters only, any case) is spelt as one Vietnamese syllable could be."""
    bare = unicodedata.normalize("NFC", unicodedata.normalize("NFD", token.lower()).translate(_TONES))
    return bool(bare) and _SYLLABLE.match(bare) is not None
