"""Small text helpers shared by the parsers (no heavy imports)."""

from __future__ import annotations

import re
import unicodedata

# Formatting tags left by converters (never arbitrary tags: a plan quoting "<script>" keeps it as text).
_MARKUP = re.compile(r"</?(?:b|strong|i|em|u|sup|sub|ul|ol|li|p|br|span|div|font)(?:\s[^<>]*)?/?>|\*\*|__", re.IGNORECASE)
_MD_HEADING = re.compile(r"^\s*#{1,6}\s*")
_SUP = re.compile(r"<sup>.*?</sup>", re.IGNORECASE)
_ROMAN = re.compile(r"^(?=[IVXLC]+$)M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Accent-folded, case-folded text: 'Chỉ tiêu Đề án' -> 'chi tieu de an'."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()


def strip_markup(text: str) -> str:
    """Remove markdown/HTML emphasis and footnote markers, keep the words."""
    text = _SUP.sub("", text)
    text = _MD_HEADING.sub("", text)
    text = _MARKUP.sub("", text)
    return text.strip()


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space."""
    return " ".join(text.split())


def is_roman(token: str) -> bool:
    return bool(token) and bool(_ROMAN.match(token.upper())) and token.upper() == token


def roman_to_int(token: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total, prev = 0, 0
    for ch in reversed(token.upper()):
        v = values[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    return total


def int_to_roman(n: int) -> str:
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


ATTACHED_LINE = re.compile(r"^\(?\s*(?:ban hanh )?kem theo")


def is_attached_line(text: str) -> bool:
    """'(Ban hành kèm theo Kế hoạch số …)': boilerplate that ties an appendix to its plan."""
    return bool(ATTACHED_LINE.match(fold(squash(strip_markup(text)))))
