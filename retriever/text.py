"""Vietnamese-aware text normalisation and tokenisation (pure functions, stdlib only).

``tokenize`` turns text into BM25 terms:

* syllables: runs of letters (Vietnamese letters included), NFC + casefolded, with the old/new
  tone placement ("hoà"/"hòa", "uỷ"/"ủy") and i/y spelling ("tỷ"/"tỉ", "kỹ"/"kĩ") unified;
* numbers and codes kept whole: ``18`` (also from ``18,``), ``1.1``, ``4.5.3``, ``2.588``,
  ``56,3``; a percent sign glued to a number, with or without a space, gives ``56,3%`` *and*
  ``56,3``; codes and dates with ``/`` or ``-`` are kept whole and split into their parts too:
  ``275/kh-ubnd`` + ``275``, ``kh``, ``ubnd``; ``31/12/2025`` + ``31``, ``12``, ``2025``;
  an integer with leading zeros also gives its value (``01`` → ``01``, ``1``);
* bigrams of adjacent syllables (``chỉ_tiêu``) — adjacency stops at punctuation and numbers;
* the accent-folded variant of every term (``chi``, ``tieu``, ``chi_tieu``), so an unaccented
  query ("chi tieu") matches accented text ("Chỉ tiêu").

Very frequent function syllables (và, của, các, ...) and English stop words are dropped as
unigrams but kept inside bigrams. ``tokenize_query`` is the same function: queries and documents
must be tokenised alike.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ingest.text import FOLD_TABLE
from ingest.text import fold as _fold
from ingest.text import fold_words

__all__ = [
    "STOP_WORDS",
    "EN_STOP_WORDS",
    "fold_accents",
    "normalize",
    "tokenize",
    "tokenize_query",
]

# --------------------------------------------------------------------------------------------
# accent folding

_FOLD_TABLE = FOLD_TABLE  # the shared rule (ingest/text.py)


def fold_accents(text: str) -> str:
    """Remove diacritics and map đ/Đ to d/D: "Chỉ tiêu Đà Nẵng" -> "Chi tieu Da Nang" (case kept).

    The shared rule :func:`ingest.text.fold` without case folding. Short strings (the tokens that
    content terms are made of, asked for again and again) are remembered.
    """
    return _fold_short(text) if len(text) <= 32 else _fold(text, casefold=False)


@functools.lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:
    return _fold(text, casefold=False)


_WS_RE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """NFC, casefold, collapse runs of whitespace to one space, strip."""
    return _WS_RE.sub(" ", unicodedata.normalize("NFC", text).casefold()).strip()


# --------------------------------------------------------------------------------------------
# stop words

_VI_STOP = """
và của các có được trong cho theo với là những này đã để từ một thì mà hoặc về tại trên
đến do bị nên nếu như khi vào ra lại cũng đang sẽ nhưng đó kia thế rằng vẫn còn hay mỗi
""".split()

_EN_STOP = """
the of and or is are was were be been being what which who whom whose how why when where
does did for with from by at this that these those it its as into about there their they
we you your our will would should can could has have had not than then also any all each
per under over plan plans please tell me give show list
s t ll ve re
""".split()  # last line: remnants of contractions ("what's", "don't", "they're")
# Vietnamese syllables that are also English words ("an", "in", "to", "do", "no", ...) are
# deliberately *not* English stop words: "an ninh", "in ấn", "tổ chức" (folded "to").

STOP_WORDS: frozenset[str] = frozenset(_VI_STOP) | frozenset(_EN_STOP)
EN_STOP_WORDS: frozenset[str] = frozenset(_EN_STOP)

# Unaccented input: only folded stop syllables that are not also common content syllables
# ("co" = có/cơ, "tu" = từ/tư/tử, "de" = để/đề, "da" = đã/đa, "do" ... are kept).
_ASCII_STOP: frozenset[str] = frozenset(
    {"va", "cua", "cac", "duoc", "trong", "cho", "theo", "voi", "la", "nhung", "nay"}
) | frozenset(_EN_STOP)


# --------------------------------------------------------------------------------------------
# syllable canonicalisation (memoised: Vietnamese has a few thousand distinct syllables)

_TONED_A = "àáảãạ"
_TONED_E = "èéẻẽẹ"
_TONED_Y = "ỳýỷỹỵ"
_TONED_O = "òóỏõọ"
_TONED_U = "ùúủũụ"
_TONED_I = "ìíỉĩị"
_Y_TO_I = {"y": "i", **{y: i for y, i in zip(_TONED_Y, _TONED_I)}}
_CONSONANTS = frozenset("bcdđghklmnprstvx")


def _canon_syllable(s: str) -> str:
    """Unify old/new tone placement and the i/y spelling of open syllables."""
    n = len(s)
    if n >= 2:
        last, prev = s[-1], s[-2]
        # old style "hoà", "khoẻ", "thuỷ" -> new style "hòa", "khỏe", "thủy" (open syllables only)
        if prev == "o" and last in _TONED_A:
            s = s[:-2] + _TONED_O[_TONED_A.index(last)] + "a"
        elif prev == "o" and last in _TONED_E:
            s = s[:-2] + _TONED_O[_TONED_E.index(last)] + "e"
        elif prev == "u" and last in _TONED_Y and (n < 3 or s[-3] != "q"):
            s = s[:-2] + _TONED_U[_TONED_Y.index(last)] + "y"
        # "tỷ", "kỹ", "lý", "mỹ", "sỹ" -> "tỉ", "kĩ", "lí", "mĩ", "sĩ" (consonant(s) + y)
        last = s[-1]
        if last in _Y_TO_I and n <= 3 and all(c in _CONSONANTS for c in s[:-1]):
            s = s[:-1] + _Y_TO_I[last]
    return s


# syllable -> (canonical, folded, keep_as_unigram)
_SYL_MEMO: dict[str, tuple[str, str, bool]] = {}
_SYL_MEMO_MAX = 200_000


def _syllable(s: str) -> tuple[str, str, bool]:
    info = _SYL_MEMO.get(s)
    if info is None:
        canon = _canon_syllable(s)
        if canon.isascii():
            folded = canon
            keep = canon not in _ASCII_STOP and s not in _ASCII_STOP  # "by" -> "bi" is still "by"
        else:
            folded = canon.translate(_FOLD_TABLE)
            keep = canon not in STOP_WORDS and s not in STOP_WORDS
        info = (canon, folded, keep)
        if len(_SYL_MEMO) >= _SYL_MEMO_MAX:
            _SYL_MEMO.clear()
        _SYL_MEMO[s] = info
    return info


def canonical_words(text: str) -> str:
    """:func:`ingest.text.fold_words` with the i/y spellings of open syllables as one, as :func:`tokenize` reads
    them ("tỷ trọng" and "tỉ trọng" alike); its runs of letters only ("CO2" → "co")."""
    return " ".join(_canon_syllable(w) for w in re.findall(r"[^\W\d_]+", fold_words(text)))


# --------------------------------------------------------------------------------------------
# tokenizer

# A word: alphanumeric runs joined by . , / - without spaces, optionally followed by a percent
# sign (with or without a space). Trailing punctuation ("18," / "2025.") is not part of it.
# Group 1 is what separates the word from the previous one: two syllables are adjacent (form a
# bigram) only when that gap is whitespace.
_TOKEN_RE = re.compile(r"([\W_]*)([^\W_]+(?:[./,\-][^\W_]+)*)(\s?%)?")
_SPLIT_RE = re.compile(r"[./,\-]")


def tokenize(text: str) -> list[str]:
    """BM25 terms of ``text`` (see module docstring). Deterministic; NFC/NFD input alike."""
    if not text:
        return []
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = text.casefold()
    out: list[str] = []
    append = out.append
    syllable = _syllable
    prev_canon: str | None = None  # previous syllable in the current run of adjacent syllables
    prev_folded = ""
    for gap, word, pct in _TOKEN_RE.findall(text):
        if word.isalpha():
            canon, folded, keep = syllable(word)
            if keep:
                append(canon)
                if folded != canon:
                    append(folded)
            if prev_canon is not None and (gap == " " or gap.isspace()):
                bigram = prev_canon + "_" + canon
                append(bigram)
                fb = prev_folded + "_" + folded
                if fb != bigram:
                    append(fb)
            prev_canon, prev_folded = canon, folded
            continue
        pct = pct or None
        prev_canon = None
        if word.isalnum():
            # a number or a letter/digit mix such as "5g"
            _emit_whole(word, pct, append)
            continue

        # compound: parts joined by . , / -
        parts = _SPLIT_RE.split(word)
        if "/" in word or "-" in word:
            # a code or a date: whole, then its parts ("275/kh-ubnd", "31/12/2025", "kh-ubnd")
            _emit_whole(word, pct, append)
            _emit_parts(parts, append)
        elif all(p.isdigit() for p in parts):
            # "1.1", "4.5.3", "2.588", "56,3": one number
            _emit_whole(word, pct, append)
        else:
            # "dữ.liệu", "2025.tỉ": a missing space after . or , -> separate words
            _emit_parts(parts, append)
    return out


def _emit_parts(parts: list[str], append) -> None:
    for part in parts:
        if part.isalpha():
            canon, folded, keep = _syllable(part)
            if keep:
                append(canon)
                if folded != canon:
                    append(folded)
        else:
            _emit_whole(part, None, append)


def _emit_whole(word: str, pct: str | None, append) -> None:
    append(word)
    folded = word if word.isascii() else word.translate(_FOLD_TABLE)
    if folded != word:
        append(folded)
    if word.isdigit() and len(word) > 1 and word[0] == "0":
        stripped = word.lstrip("0") or "0"
        append(stripped)
    if pct is not None and word[-1].isdigit():
        append(word + "%")


tokenize_query = tokenize
