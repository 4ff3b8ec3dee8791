"""Structured lookup of appendix table rows (indicators, tasks) by their fields.

``RowLookup(store).find(...)`` filters the ingested ``TableRow`` records; all filters combine
with AND. Matching rules (all accent- and case-insensitive unless said otherwise):

* ``number``: the row number as printed, exactly — "18" matches "18", not "1.8" or "180";
  a trailing dot is ignored ("1." == "1") and so are leading zeros of each part ("01" == "1").
* ``appendix``: "I", "Phụ lục I", "phụ lục 01", "01", "1" all name the appendix labelled
  "Phụ lục I" or "Phụ lục 01" (roman and arabic numerals are equivalent); "Phụ lục" alone
  names an appendix without a numeral.
* ``group``: a roman or arabic numeral matches a group label's leading numeral ("II" matches
  "II. Nhiệm vụ có thời hạn", not "I. ..."); other text is a substring of any group label.
* ``agency``: a whole-word substring of the lead agency (``role="lead"``), of the coordinating
  agencies (``role="coordinating"``) or of either (``role="any"``).
* ``year``: a key of ``fields["targets"]``, or a year the deadline mentions (ranges included).
* ``deadline``: "6/2026", "Tháng 06/2026", "06/2026" (month + year) or "2026" (year), matched
  against the deadline cell ("Tháng 6/2026", "30/6/2026", "Quý II/2026" = months 4-6,
  "Năm 2026", "2026-2030").
* ``text``: token overlap with the row text, weighted by rarity; rows are returned best first.

The records are cached per ``store.generation``.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ingest.records import TableRow
from ingest.text import BODY_TABLE_PREFIX, GROUP_WORDS, appendix_key, appendix_within, normalize_number, parse_numeral
from ingest.text import fold_words as _fold
from ingest.text import roman_to_int as _roman_to_int
from retriever.errors import InvalidFilterError, UnknownDocumentError
from retriever.text import fold_accents, tokenize

__all__ = [
    "RowLookup",
    "appendix_key",
    "deadline_keys",
    "normalize_number",
    "parse_numeral",
]

_ROLES = ("lead", "coordinating", "any")


_GROUP_NUM_RE = re.compile(r"^\s*([IVXLC]+|\d+(?:\.\d+)*|[A-ZĐ])(?:[.):\s-]|$)")  # roman/letter: upper case only
_GROUP_WORD_RE = re.compile(rf"^\s*(?:{'|'.join(GROUP_WORDS)})\s+(?=\S)", re.I)  # "Nhóm 2. …" is group 2
#: A quarter as the plans write it, accent-folded ("quy iv", "qui 3": "Quí" is "Quý" too), its numeral the group;
#: and what joins it to its year ("Quý II/2026", "Quý 3 năm 2026", "Quí IV-2025"). One home, read by the
#: question's understanding too.
QUARTER = r"qu[yi]\s*(iv|iii|ii|i|[1-4])"
QUARTER_YEAR_JOIN = r"(?:/|nam|-|–)"
_QUARTER_RE = re.compile(rf"\b{QUARTER}\s*{QUARTER_YEAR_JOIN}?\s*((?:19|20)\d{{2}})(?!\d)", re.I)
#: Quarters that share the year printed after the last: "Quý II, Quý III/2027", "Quý I - Quý II/2027" (a range).
_QUARTER_CHAIN_RE = re.compile(rf"\b((?:qu[yi]\s*(?:iv|iii|ii|i|[1-4])\s*(?:,|-|–|va)\s*)+){QUARTER}\s*{QUARTER_YEAR_JOIN}\s*((?:19|20)\d{{2}})(?!\d)", re.I)
_CHAIN_PART_RE = re.compile(rf"{QUARTER}\s*(,|-|–|va)", re.I)
_MONTH_YEAR_RE = re.compile(r"(?<!\d)(\d{1,2})\s*/\s*((?:19|20)\d{2})(?!\d)")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_YEAR_RANGE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?!\d)")


#: A group's own name numbering it after its noun (folded): "muc tieu 3", "nhom 2", "linh vuc iv".
_NUMBER_IN_GROUP_NAME = re.compile(r"\b(?:muc tieu|nhom|linh vuc|goal|group|objective)\s+(?:so\s+)?(?!(?:19|20)\d\d\b)(\d{1,2}|[ivx]{1,4})\b")


def _numeral_key(n: str) -> str:
    """A group numeral as compared: "01.2" → "1.2", "iii" as it is."""
    return n if not n[0].isdigit() else ".".join(str(int(p)) for p in n.split("."))


def _label_numerals(label: str) -> set[str]:
    """The numerals a group's label gives it: its leading one ("1.3") and the one its own name gives it after
    its noun ("Mục tiêu 3": "3")."""
    lead = group_numeral(label)
    return ({_numeral_key(lead)} if lead else set()) | {_numeral_key(m.group(1)) for m in _NUMBER_IN_GROUP_NAME.finditer(_fold(label))}


def group_numeral(label: str) -> str | None:
    """Leading numeral of a group label, as written (casefolded): 'II. Nhiệm vụ' -> 'ii'."""
    m = _GROUP_NUM_RE.match(_GROUP_WORD_RE.sub("", fold_accents(label), count=1))
    return m.group(1).lower() if m else None


def _query_numeral(q: str) -> str | None:
    """A group query that is only a numeral ('II', 'II.', '2') -> its casefolded form."""
    s = q.strip().rstrip(".:)").strip().lower()
    if s.isdigit() or (s and "." in s and all(p.isdigit() for p in s.split("."))):
        return _numeral_key(s)
    if _roman_to_int(s) is not None or (len(s) == 1 and s.isalpha()):
        return s
    return None


def deadline_keys(text: Any) -> tuple[set[tuple[int, int]], set[int]]:
    """(month, year) pairs and years mentioned by a deadline cell or query."""
    if text is None:
        return set(), set()
    s = str(text)
    folded = fold_accents(s)
    # "Quý 4/2027" is the fourth quarter, not April: quarters are read apart from months
    months = {(int(m), int(y)) for m, y in _MONTH_YEAR_RE.findall(_QUARTER_RE.sub(" ", folded)) if 1 <= int(m) <= 12}
    for q, y in _QUARTER_RE.findall(folded):  # "Quý II/2026" = months 4-6 of 2026
        qn = parse_numeral(q)
        if qn is not None and 1 <= qn <= 4:
            months.update((m, int(y)) for m in range(3 * qn - 2, 3 * qn + 1))
    for chain in _QUARTER_CHAIN_RE.finditer(folded):
        # the quarters before the year's: each of that year, and those a dash joins, every one between
        parts = [(parse_numeral(q), sep) for q, sep in _CHAIN_PART_RE.findall(chain.group(1))] + [(parse_numeral(chain.group(2)), "")]
        year = int(chain.group(3))
        quarters: set[int] = set()
        for (q, sep), (nxt, _) in zip(parts, parts[1:] + [(None, "")]):
            if q is None:
                continue
            quarters.add(q)
            if sep in ("-", "–") and nxt is not None:
                quarters.update(range(q, nxt + 1))
        for qn in quarters:
            if 1 <= qn <= 4:
                months.update((m, year) for m in range(3 * qn - 2, 3 * qn + 1))
    years = {int(y) for y in _YEAR_RE.findall(s)}
    for a, b in _YEAR_RANGE_RE.findall(s):
        lo, hi = int(a), int(b)
        if lo <= hi and hi - lo <= 50:
            years.update(range(lo, hi + 1))
    return months, years


@dataclass
class _RowInfo:
    row: TableRow
    number: str | None
    appendix: str
    group_nums: set[str]
    #: the numeral of the heading a table in the text stands under ("Mục III. …": "iii"), read when no row's
    #: own groups carry the numeral asked
    section_nums: set[str]
    group_text: list[str]
    lead: str
    coordinating: str
    target_years: set[str]
    deadline_months: set[tuple[int, int]]
    deadline_years: set[int]
    tokens: set[str] | None = field(default=None)


def _text_tokens(text: str) -> set[str]:
    return set(tokenize(fold_accents(text)))


class RowLookup:
    """Filter and rank the store's table rows (see the module docstring for the rules)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._lock = threading.RLock()
        self._generation: Any = object()
        self._infos: list[_RowInfo] = []
        self._by_id: dict[str, TableRow] = {}
        self._known_docs: set[str] = set()
        self._df: dict[str, int] | None = None

    # ---- cache ---------------------------------------------------------------------------------

    def _load(self) -> list[_RowInfo]:
        generation = self.store.generation
        if generation == self._generation:
            return self._infos
        with self._lock:
            generation = self.store.generation
            if generation != self._generation:
                rows = list(self.store.rows())
                self._infos = [self._info(r) for r in rows]
                self._by_id = {r.row_id: r for r in rows}
                self._known_docs = {d.doc_id for d in self.store.documents()} | {r.doc_id for r in rows}
                self._df = None
                self._generation = generation
            return self._infos

    @staticmethod
    def _info(row: TableRow) -> _RowInfo:
        f = row.fields or {}
        targets = f.get("targets") or {}
        target_years = {str(y).strip() for y in targets} if isinstance(targets, dict) else set()
        # keys such as "2025 (3/2025)" or "năm 2030" also count for the year they name
        for key in list(target_years):
            target_years.update(_YEAR_RE.findall(key))
        months, years = deadline_keys(f.get("deadline"))
        # ("1.3. Mục tiêu 3. …": the group is also goal 3, by the number its own name gives it)
        nums = set().union(*map(_label_numerals, row.group))
        # a table in the text stands in the part its heading numbers ("Mục III. NỘI DUNG HOẠT ĐỘNG": part III;
        # "Mục 1.3. Mục tiêu 3. …": goal 3)
        heading = row.appendix[len(BODY_TABLE_PREFIX):] if row.appendix.startswith(BODY_TABLE_PREFIX) else ""
        return _RowInfo(
            row=row,
            number=normalize_number(row.number),
            appendix=appendix_key(row.appendix),
            group_nums=nums,
            section_nums=_label_numerals(heading) if heading else set(),
            group_text=[_fold(g) for g in row.group],
            lead=_fold(f.get("lead")),
            coordinating=_fold(f.get("coordinating")),
            target_years=target_years,
            deadline_months=months,
            deadline_years=years,
        )

    def _ensure_tokens(self, infos: list[_RowInfo]) -> dict[str, int]:
        with self._lock:
            if self._df is None:
                df: dict[str, int] = {}
                for info in self._infos:
                    if info.tokens is None:
                        info.tokens = _text_tokens(self._row_search_text(info.row))
                    for t in info.tokens:
                        df[t] = df.get(t, 0) + 1
                self._df = df
            return self._df

    @staticmethod
    def _row_search_text(row: TableRow) -> str:
        content = (row.fields or {}).get("content") or ""
        return f"{row.text}\n{content}" if content and content not in row.text else row.text

    # ---- public API ------------------------------------------------------------------------------

    def known_doc_ids(self) -> set[str]:
        self._load()
        return set(self._known_docs)

    def _check_docs(self, doc_ids: list[str] | None) -> None:
        if not doc_ids:
            return
        for d in doc_ids:
            if d not in self._known_docs:
                raise UnknownDocumentError(d, sorted(self._known_docs))

    def row(self, row_id: str) -> TableRow | None:
        """The row with this id, or None."""
        self._load()
        return self._by_id.get(row_id)

    def rows(self) -> list[TableRow]:
        """Every row in the store (cached)."""
        return [i.row for i in self._load()]

    def appendices(self, doc_id: str) -> list[str]:
        """Appendix labels of a document, in order of appearance."""
        infos = self._load()
        self._check_docs([doc_id])
        seen: dict[str, None] = {}
        for info in infos:
            if info.row.doc_id == doc_id:
                seen.setdefault(info.row.appendix, None)
        return list(seen)

    def find(
        self,
        doc_ids: Iterable[str] | str | None = None,
        appendix: str | None = None,
        number: str | int | None = None,
        kind: str | None = None,
        agency: str | None = None,
        year: str | int | None = None,
        deadline: str | None = None,
        group: str | None = None,
        text: str | None = None,
        *,
        role: str = "lead",
        limit: int | None = None,
    ) -> list[TableRow]:
        """Rows matching every given filter; with ``text``, best-matching first (score > 0)."""
        return [row for row, _ in self.find_scored(
            doc_ids=doc_ids, appendix=appendix, number=number, kind=kind, agency=agency,
            year=year, deadline=deadline, group=group, text=text, role=role, limit=limit,
        )]

    def find_scored(
        self,
        doc_ids: Iterable[str] | str | None = None,
        appendix: str | None = None,
        number: str | int | None = None,
        kind: str | None = None,
        agency: str | None = None,
        year: str | int | None = None,
        deadline: str | None = None,
        group: str | None = None,
        text: str | None = None,
        *,
        role: str = "lead",
        limit: int | None = None,
    ) -> list[tuple[TableRow, float]]:
        """Like ``find`` with a score per row: the text-overlap score in [0, 1] (1.0 without ``text``)."""
        infos = self._load()
        if isinstance(doc_ids, str):
            doc_ids = [doc_ids]
        doc_list = list(dict.fromkeys(doc_ids)) if doc_ids is not None else None
        doc_list = doc_list or None
        self._check_docs(doc_list)
        if role not in _ROLES:
            raise InvalidFilterError(f"unknown agency role '{role}'; use one of: {', '.join(_ROLES)}")
        if kind is not None and kind not in ("indicator", "task", "other"):
            raise InvalidFilterError(f"unknown row kind '{kind}'; use one of: indicator, task, other")

        docs = set(doc_list) if doc_list else None
        app_key = appendix_key(appendix) if appendix is not None else None
        num_key = normalize_number(str(number)) if number is not None else None
        if number is not None and num_key is None:
            raise InvalidFilterError("empty row number; give the number as printed, e.g. '18' or '1.1'")
        agency_q = _fold(agency) if agency is not None else None
        if agency is not None and not agency_q:
            raise InvalidFilterError("empty agency filter; give part of the agency name, e.g. 'Công an tỉnh'")
        year_q = str(year).strip() if year is not None else None
        if year_q is not None and not _YEAR_RE.fullmatch(year_q):
            raise InvalidFilterError(f"year must be a four-digit year such as 2026, got '{year}'")
        dl_months: set[tuple[int, int]] = set()
        dl_years: set[int] = set()
        if deadline is not None:
            dl_months, dl_years = deadline_keys(deadline)
            if not dl_months and not dl_years:
                raise InvalidFilterError(f"deadline must name a month/year or a year, e.g. '6/2026' or '2026', got '{deadline}'")
        group_num = _query_numeral(group) if group is not None else None
        group_text = _fold(group) if group is not None else None

        # (the numeral of the heading a table in the text stands under counts only in a table none of whose rows'
        # own groups carry it: "Mục tiêu 2" of a table under "1. …" is its group's, not the heading's)
        grouped = {(i.row.doc_id, i.row.appendix) for i in infos if group_num in i.group_nums} if group_num is not None else set()
        out: list[_RowInfo] = []
        for info in infos:
            row = info.row
            if docs is not None and row.doc_id not in docs:
                continue
            if kind is not None and row.kind != kind:
                continue
            if app_key is not None and not appendix_within(info.appendix, app_key):
                continue
            if num_key is not None and info.number != num_key:
                continue
            if group is not None:
                if group_num is not None:
                    if group_num not in (info.group_nums if (row.doc_id, row.appendix) in grouped else info.section_nums):
                        continue
                elif not any(group_text in g for g in info.group_text):
                    continue
            if agency_q is not None:
                padded = f" {agency_q} "
                hit_lead = role in ("lead", "any") and padded in f" {info.lead} "
                hit_coord = role in ("coordinating", "any") and padded in f" {info.coordinating} "
                if not (hit_lead or hit_coord):
                    continue
            if year_q is not None:
                if year_q not in info.target_years and int(year_q) not in info.deadline_years:
                    continue
            if deadline is not None:
                if dl_months:
                    if not (dl_months & info.deadline_months):
                        continue
                elif not (dl_years & info.deadline_years):
                    continue
            out.append(info)

        if text is None:
            scored = [(i.row, 1.0) for i in out]
        else:
            scored = self._rank_text(text, out)
        return scored[:limit] if limit is not None else scored

    def _rank_text(self, text: str, infos: list[_RowInfo]) -> list[tuple[TableRow, float]]:
        q = _text_tokens(text)
        if not q or not infos:
            return []
        df = self._ensure_tokens(infos)
        n = max(len(self._infos), 1)
        weight = {t: math.log1p(n / (1 + df.get(t, 0))) for t in q}
        total = sum(weight.values()) or 1.0
        scored = []
        for pos, info in enumerate(infos):
            tokens = info.tokens or set()
            if tokens.isdisjoint(q):
                continue
            s = sum(weight[t] for t in q if t in tokens)
            if s > 0:
                scored.append((-s / total, pos, info.row))
        scored.sort(key=lambda x: (x[0], x[1]))
        return [(row, -neg) for neg, _, row in scored]
