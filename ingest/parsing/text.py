"""Small text helpers shared by the parsers (no heavy imports).

Accent folding and Roman numerals are the shared text rules of every layer (:mod:`ingest.text`),
re-exported here for the parsers.
"""

from __future__ import annotations

import re

from ingest.text import fold, int_to_roman, is_appendix_letter, is_roman, nfc, roman_to_int

__all__ = ["ATTACHED_LINE", "fold", "int_to_roman", "is_appendix_letter", "is_attached_line", "is_caps", "is_roman", "nfc", "roman_to_int",
           "short", "squash", "strip_markup"]

# Formatting tags left by converters (never arbitrary tags: a plan quoting "<script>" keeps it as text).
_MARKUP = re.compile(r"</?(?:b|strong|i|em|u|sup|sub|ul|ol|li|p|br|span|div|font)(?:\s[^<>]*)?/?>|\*\*|__", re.IGNORECASE)
_MD_HEADING = re.compile(r"^\s*#{1,6}\s*")
_SUP = re.compile(r"<sup>.*?</sup>", re.IGNORECASE)


def strip_markup(text: str) -> str:
    """Remove markdown/HTML emphasis and footnote markers, keep the words."""
    text = _SUP.sub("", text)
    text = _MD_HEADING.sub("", text)
    text = _MARKUP.sub("", text)
    return text.strip()


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space."""
    return " ".join(text.split())


def short(text: str, limit: int = 80) -> str:
    """The text cut at a word near ``limit`` characters, with "…" when cut (labels and captions)."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 20 else limit].rstrip(" ,;:") + "…"


_LETTER = re.compile(r"[^\W\d_]")


def is_caps(text: str) -> bool:
    """Whether a line is written in capitals: it has letters and none in lower case ("TÂM", "HỢP TÁC XÃ 2026")."""
    return bool(_LETTER.search(text)) and text.upper() == text


ATTACHED_LINE = re.compile(r"^\(?\s*(?:ban hanh )?kem theo")


def is_attached_line(text: str) -> bool:
    """'(Ban hành kèm theo Kế hoạch số …)': boilerplate that ties an appendix to its plan."""
    return bool(ATTACHED_LINE.match(fold(squash(strip_markup(text)))))
