"""Abbreviations a plan defines for itself: "Trung tâm Công nghệ thông tin (sau đây gọi tắt là
TTCNTT)", "Cục Quản lý nhà và thị trường bất động sản (sau đây gọi tắt là Cục QLN)".

Plans name agencies in full once and by the short form in their tables, so a question may use
either. The definitions are read from the documents (nothing here names one plan's agencies); a
definition counts only when the short form's letters are the initials of the words before it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ingest.text import fold_words
from retriever.text import fold_accents

#: "(sau đây gọi tắt là X)", "(gọi tắt là X)", "(sau đây viết tắt là X)", "(viết tắt: X)"
_DEFINITION = re.compile(r"\(\s*(?:sau đây\s+)?(?:được\s+)?(?:gọi|viết)\s+tắt\s*(?:là|:)?\s*([^()]{2,40}?)\s*\)", re.IGNORECASE)
#: "Trung tâm Thông tin và Xúc tiến du lịch (TTTT&XTDL)": a name followed by its initials in brackets,
#: with no "gọi tắt" — kept only when the letters are the initials of the words before (full_name)
_BRACKETED_CODE = re.compile(r"\(\s*((?:[A-ZĐ][^\W\d_]*\s+){0,2}[A-ZĐ][A-ZĐ&\-]*[A-ZĐ])\s*\)")
#: a line of an abbreviations list: "- Phòng TCCB: Phòng Tổ chức cán bộ;"
_LISTED = re.compile(r"^[ \t]*[-–•*+]?[ \t]*((?:[A-ZĐ][^\W\d_]*[ \t]+){0,2}[A-ZĐ][A-ZĐ&.\-]*[A-ZĐ])[ \t]*:[ \t]*([^\n:]{3,120}?)[ \t]*[;.]?[ \t]*$",
                     re.MULTILINE)
#: where the sentence part holding the full name starts
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]")
_WORD = re.compile(r"[\w&-]+")


#: A name an English acronym stands for ("Nền tảng tích hợp, chia sẻ dữ liệu thành phố (gọi tắt là
#: LGSP)") has at most this many words; a longer stretch is a sentence, not a name.
ACRONYM_NAME_MAX_WORDS = 14


@dataclass(frozen=True)
class Abbreviation:
    short: str  # "TTCNTT", "Cục QLN"
    full: str  # "Trung tâm Công nghệ thông tin"
    sentence: str  # the plan's sentence that defines it (quoted as the citation)
    bracketed: bool = False  # defined by its initials in brackets alone, without "gọi tắt"


def _letters(token: str) -> str:
    return re.sub(r"[^a-z]", "", fold_accents(token).casefold())


def _initials_match(words: list[str], letters: str) -> bool:
    """The short form's letters are the initials of the words, in order, the first word's first
    ("Quản lý nhà và thị trường" → "qln" matches; small joining words may be skipped)."""
    initials = [_letters(w)[:1] for w in words]
    if not letters or not initials or initials[0] != letters[0]:
        return False
    at = 0
    for ch in initials:
        if at < len(letters) and ch == letters[at]:
            at += 1
    return at == len(letters)


#: words an initialism skips ("Văn hóa, Thể thao và Du lịch" → "VHTTDL")
_JOINING = frozenset({"va", "&", "-"})


def initials_in(short: str, text: str) -> bool:
    """Whether a short form in capitals ("VHTTDL", "KH&CN") is the initials of a run of words of
    ``text`` ("… ngành Văn hóa, Thể thao và Du lịch …"), joining words skipped."""
    letters = _letters(short)
    if len(letters) < 3 or sum(c.isupper() for c in short) < len(letters):
        return False
    initials = "".join(_letters(w)[:1] for w in _WORD.findall(text) if fold_words(w) not in _JOINING)
    return letters in initials


def full_name(before: str, short: str) -> str | None:
    """The words of ``before`` (text up to the parenthesis) that the short form abbreviates."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    words = _WORD.findall(clause)
    parts = short.split()
    head, code = parts[:-1], parts[-1]
    # the code must be an abbreviation: two or more capitals ("TTCNTT", "QLN", "KH&CN"), not a word
    if sum(c.isupper() for c in code) < 2:
        return None
    readings = [(head, _letters(code))]  # "Cục QLN": "Cục" written out, then the initials of "QLN"
    if head and all(p.isupper() and len(p) >= 2 for p in parts):
        readings.append(([], _letters("".join(parts))))  # "BHXH VN": every part is initials
    for written, letters in readings:
        for i in range(len(words) - 1, -1, -1):  # the closest start that explains every letter
            if written and not _written_at(words, i, written):
                continue
            rest = words[i + len(written):]
            if rest and _initials_match(rest, letters) and len(rest) <= 3 * len(letters) + 2:
                return " ".join(words[i:])
    return None


def acronym_name(before: str, short: str) -> str | None:
    """The name an English acronym stands for in a definition ("Nền tảng tích hợp, chia sẻ dữ liệu
    thành phố (gọi tắt là LGSP)", "… Trung tâm giám sát, điều hành đô thị thông minh thành phố
    (gọi tắt là Trung tâm IOC)"): its letters are no initials of the Vietnamese words, so the name
    is the stretch the written-out words open ("Trung tâm …"), or else the whole clause — when it
    is short enough to be a name and opens with a capital."""
    words = _WORD.findall(_CLAUSE_BREAK.split(before)[-1])
    parts = short.split()
    head, code = parts[:-1], parts[-1]
    if not (code.isascii() and code.isalpha() and code.isupper() and len(code) >= 2):
        return None
    if head:
        starts = [i for i in range(len(words)) if _written_at(words, i, head)]
        name = words[starts[-1]:] if starts else []
    else:  # a capital inside the clause may open a name or a proper noun of the sentence: no guess
        name = words
    if len(head) < len(name) <= ACRONYM_NAME_MAX_WORDS and name[0][:1].isupper():
        return " ".join(name)
    return None


def _written_at(words: list[str], i: int, written: list[str]) -> bool:
    """Whether ``words`` hold the short form's written-out words ("Trung tâm", "Cục") from ``i`` on."""
    return [w.casefold() for w in words[i:i + len(written)]] == [h.casefold() for h in written]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding text[start:end]."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("; ", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end), text.find("; ", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return " ".join(text[left + 1:right].split()).strip(" -+•")


def find_abbreviations(text: str) -> list[Abbreviation]:
    """Every abbreviation the text defines, with its full name and defining sentence."""
    out = []
    for m in _DEFINITION.finditer(text):
        short = " ".join(m.group(1).split()).strip(" .,;:\"“”")
        name = full_name(text[:m.start()], short) or acronym_name(text[:m.start()], short)
        if name:
            out.append(Abbreviation(short, name, sentence_around(text, m.start(), m.end())))
    for m in _LISTED.finditer(text):
        # a list of abbreviations: "- Phòng TCCB: Phòng Tổ chức cán bộ", "- VP HĐND-UBND: Văn phòng …"
        short, name_text = " ".join(m.group(1).split()), m.group(2).strip()
        name = full_name(name_text, short)
        if name and name.split()[0].casefold() == name_text.split()[0].casefold() and not any(a.short == short for a in out):
            # the whole name as the list prints it ("Sở Văn hóa, Thể thao và Du lịch"), its commas kept
            out.append(Abbreviation(short, name_text.strip(" ;."), " ".join(m.group(0).split()).strip(" -–•*+"), bracketed=True))
    for m in _BRACKETED_CODE.finditer(text):
        short = " ".join(m.group(1).split())
        name = full_name(text[:m.start()], short)  # initials only: an English acronym needs "gọi tắt"
        if name and len(name.split()) >= 2 and not any(a.short == short for a in out):
            out.append(Abbreviation(short, name, sentence_around(text, m.start(), m.end()), bracketed=True))
    return out


#: a line of a glossary: a short term, a colon, what it means ("- KH 41: Kế hoạch số 41/KH-ĐHVX …")
_TERM_LINE = re.compile(r"^[ \t]*[-–•*+]?[ \t]*[^\s:][^:\n]{0,24}:[ \t]+\S")


def defines_only(text: str) -> bool:
    """Whether a text is a glossary and nothing else: a term per line (three or more), most of them
    short forms."""
    lines = [x for x in text.split("\n") if x.strip()]
    return len(lines) >= 3 and all(_TERM_LINE.match(x) for x in lines) and \
        sum(bool(_LISTED.fullmatch(x)) for x in lines) >= 2 / 3 * len(lines)


def may_define(text: str) -> bool:
    """Whether a text may define a short form (cheap test before :func:`find_abbreviations`)."""
    return "tắt" in text or bool(_BRACKETED_CODE.search(text)) or bool(_LISTED.search(text))


#: words a body's full name may end with that a question naming the body often leaves out
#: ("Bảo hiểm xã hội Việt Nam" is "social insurance" in English, "Công an tỉnh" "the police")
_NAME_QUALIFIERS = ("viet nam", "tinh", "trung uong")


@functools.lru_cache(maxsize=1024)
def name_forms(full: str) -> tuple[str, ...]:
    """The folded forms (``fold_words``) a question may name a defined body by: its full name, and
    the name less a trailing qualifier when two words or more remain."""
    folded = fold_words(full)
    forms = [folded]
    for q in _NAME_QUALIFIERS:
        if folded.endswith(" " + q) and len(folded[: -len(q)].split()) >= 2:
            forms.append(folded[: -len(q) - 1])
    return tuple(forms)


#: A body's name has at most this many parts ("Lao động, Thương binh và Xã hội": three) to write as initials.
INITIALLED_PARTS_MAX = 3


def initialled_forms(name: str, kinds: tuple[str, ...] | frozenset[str]) -> tuple[str, ...]:
    """The forms people write a body's name in with some parts as their initials: "Bộ Nông nghiệp và
    Phát triển nông thôn" → "Bộ Nông nghiệp và PTNT", "Bộ NN và Phát triển nông thôn", "Bộ NN và PTNT",
    "Bộ NN&PTNT". The name after its kind (one of ``kinds``: "Bộ", "Sở", "Ủy ban nhân dân" …) splits
    at "và" and commas; a part of two words or more may be written as its initials."""
    kind = next((k for k in sorted(kinds, key=len, reverse=True) if name.startswith(k + " ")), None)
    if kind is None:
        return ()
    parts = [p for p in re.split(r"\s*(?:,|&|\bvà\b)\s*", name[len(kind) + 1:].strip()) if p]
    if not parts or len(parts) > INITIALLED_PARTS_MAX:
        return ()
    initials = ["".join(w[:1].upper() for w in p.split()) if len(p.split()) >= 2 else None for p in parts]
    forms: list[str] = []
    for mask in range(1, 2 ** len(parts)):
        if any(mask >> k & 1 and initials[k] is None for k in range(len(parts))):
            continue
        written = [initials[k] if mask >> k & 1 else parts[k] for k in range(len(parts))]
        joined = written[0] if len(written) == 1 else ", ".join(written[:-1]) + " và " + written[-1]
        forms.append(f"{kind} {joined}")
        if all(mask >> k & 1 for k in range(len(parts))) and len(parts) > 1:
            forms.append(f"{kind} {'&'.join(written)}")  # "Bộ NN&PTNT", "Sở KH&CN"
    return tuple(forms)
