"""How well a row or passage matches a question: the one home for relevance scores.

A score mixes two signals:

* **meaning** — cosine similarity of the question with the row's/passage's stored embedding
  (``retriever.semantic.SemanticIndex``), measured against the question's similarity with the
  whole index (standard deviations above the mean), so any embedding model's scale fits;
* **words** — the share of the question's content terms the text contains
  (``assistant.evidence.coverage``; exact names, codes and numbers count here).

With a multilingual model, meaning carries English questions to Vietnamese rows without a
translation table; words keep exact names and codes decisive. When no vectors are available
(vector store down, another model), the score is the lexical one alone.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from assistant.evidence import content_terms, coverage
from assistant.understanding import fields_cued
from ingest.parsing.tables import classify_label
from ingest.records import Chunk, TableRow
from ingest.text import fold_words
from retriever.semantic import SemanticIndex

#: Meaning is measured as how far a candidate's similarity stands above the question's
#: similarity with the whole index, in standard deviations (z): at or below Z_UNRELATED it counts
#: 0, at Z_SAME_TOPIC or more it counts 1. Model-independent; values from the dev and project sets
#: (development sets): gold rows/passages sit at z ≈ 3–6, the bulk of the index at z < 1.
Z_UNRELATED = 1.5
Z_SAME_TOPIC = 4.0
#: Weight of meaning against words in the combined score.
SEM_WEIGHT = 0.5
#: A column is asked by name when the question holds this share of its label's words ("người đại diện
#: pháp luật": all five) ...
ASKED_LABEL_COVERAGE = 0.75
#: ... and the label has this many words or more ("Địa chỉ", "Ghi chú" alone say too little to be asked).
ASKED_LABEL_MIN_TERMS = 3
#: Else a column is asked when the question says this many of its label's syllables beyond the
#: words naming the row, more than of any other column's: a two-syllable word ("năng lượng" of "Tiêu thụ
#: năng lượng (TOE)", "ngành nghề" of "Ngành nghề/Loại hình kinh doanh").
ASKED_LABEL_MIN_SYLLABLES = 2
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: The unit a column's label ends with, in brackets: "Lượng (Tấn)", "Giá trị (Nghìn USD)".
_UNIT_IN_LABEL = re.compile(r"\(([^()]{1,30})\)\s*$")


@dataclass(frozen=True)
class Match:
    """A candidate's relevance: the combined score and its parts (for tests and tuning)."""

    score: float
    lexical: float
    semantic: float | None  # standing above the background similarity, in standard deviations


def rescale(z: float) -> float:
    """A similarity's standing above the background (in standard deviations) mapped to [0, 1]."""
    return min(1.0, max(0.0, (z - Z_UNRELATED) / (Z_SAME_TOPIC - Z_UNRELATED)))


def combine(lexical: float, semantic_z: float | None) -> float:
    """Either signal can show a match; meaning adds to words and never takes a word match away
    (a weak model, or a question in another language, leaves the lexical score as it is)."""
    if semantic_z is None:
        return lexical
    return 1 - (1 - lexical) * (1 - SEM_WEIGHT * rescale(semantic_z))


def row_text(row: TableRow) -> str:
    """What a row is about: its content, its groups and its cells."""
    return " ".join([row.fields.get("content", ""), " ".join(row.group), row.text])


def passage_text(chunk: Chunk) -> str:
    """What a passage is about: its text and the heading it stands under, when a section split over
    several chunks left the heading in the first only ("a) Giai đoạn thí điểm …" over the lines on how
    allowances are allocated in that phase)."""
    heading = chunk.section_path[-1] if chunk.section_path else ""
    return chunk.source_text if not heading or heading in chunk.source_text else f"{heading}\n{chunk.source_text}"


_VALUE_CELL = re.compile(r"^\s*(?:[-–—]|[≥≤<>]?\s*\d[\d.,]*\s*%?)\s*$")


def figure_labels(row: TableRow) -> list[str]:
    """The labels of a row's figure columns ("90", "≥ 95%", "-") that no single-valued field reads, when
    it has two or more: a row of a table of units × indicators ("Khoa | DL-01 HSBA nội trú điện tử |
    KCB-01 Đơn thuốc điện tử"), where what each bare figure ("90") measures is said only by its
    column's label. An indicator's year columns count too (its targets are a year → value map, not a
    single value): their labels ("Mục tiêu năm 2027") say which year each figure is for."""
    read = {str(v) for v in row.fields.values() if isinstance(v, str)}
    labels = [label for label, cell in row.columns.items() if _VALUE_CELL.match(cell or "") and cell not in read]
    return labels if len(labels) >= 2 else []


def _plain_wanted(q_terms: AbstractSet[str]) -> set[str]:
    """The question's terms a label may hold: every way of an alternatives term, no unmatched ("~") term."""
    wanted: set[str] = set()
    for t in q_terms:
        if t.startswith("≈"):
            wanted.update(w for alt in t[1:].split("|") for w in alt.split())
        elif not t.startswith("~"):
            wanted.add(t)
    return wanted


def asked_figure(row: TableRow, q_terms: set[str]) -> tuple[str, str] | None:
    """(label, cell) of the figure column whose label shares most words with the question, when one
    does alone (:func:`figure_labels`): "Khoa Nhi … phiếu chăm sóc ký số" → ("KCB-04 Phiếu chăm sóc ký
    số", "90")."""
    wanted = _plain_wanted(q_terms)
    scored = sorted(((len(content_terms(label) & wanted), label) for label in figure_labels(row)), reverse=True)
    if not scored or scored[0][0] == 0 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1], row.columns[scored[0][1]]


def asked_column(row: TableRow, q_terms: AbstractSet[str], years: Iterable[str] = (), question: str = "") -> tuple[str, str] | None:
    """(label, cell) of the one column of a row, holding a value, whose label the question says:
    ASKED_LABEL_COVERAGE of the label's words, ASKED_LABEL_MIN_TERMS or more of them ("Người đại diện
    pháp luật của nhà máy X là ai?" asks the column "Người đại diện pháp luật", whatever fields the
    question's "ai" reads); else the column whose label shares the most words with the question, beyond
    those naming the row, ASKED_LABEL_MIN_SYLLABLES or more, no other column as many ("How much energy does
    company X use" asks "Tiêu thụ năng lượng (TOE)"). Never the row's name or number."""
    wanted = _plain_wanted(q_terms)
    question = " " + " ".join(re.sub(r"[^\w\s]", " ", fold_words(question)).split()) + " "
    named = set(content_terms(" ".join(str(row.fields.get(k) or "") for k in ("content", "number"))))
    # (the years asked, as terms or as the question's target years: "Kế hoạch 2029 - Lượng (Tấn)" of 2029)
    asked_years = {t for t in wanted if _YEAR.fullmatch(t)} | set(years)
    found, scored = [], []
    for label, cell in row.columns.items():
        cell = (cell or "").strip()
        if cell and cell in (row.fields.get("content"), row.fields.get("number")):
            continue
        valued = bool(re.search(r"[^\W_]", cell))  # (a dash, "-", is no value)
        terms = content_terms(label)
        years = set(_YEAR.findall(label))
        if years and asked_years and not years & asked_years:
            continue  # "Hiện trạng 2025" is not the 2024 baseline asked
        if valued and len(terms) >= ASKED_LABEL_MIN_TERMS and len(terms & wanted) >= ASKED_LABEL_COVERAGE * len(terms):
            found.append((label, cell))
        said = {t for t in terms if "_" not in t} & wanted - named
        # (a unit or code a label in lower case prints in capitals, "TOE", "CO2", "MW", says as much as a
        # two-syllable word; not every word of a label all in capitals)
        capitals = {fold_words(w) for w in re.findall(r"\b[A-ZĐ][A-ZĐ0-9]+\b", label)} if label != label.upper() else set()
        # (and the unit a label gives in brackets, "(Tấn)", "(Nghìn USD)": "bao nhiêu tấn" asks "Lượng (Tấn)"
        # beside "Giá trị tham gia xuất khẩu (Nghìn USD)", which shares "xuất khẩu" with the question)
        # (the whole unit said: "nghìn USD", "tấn" — not "đồng" of "hoạt động" for "(triệu đồng)")
        unit = {t for t in content_terms(m.group(1)) if "_" not in t} \
            if (m := _UNIT_IN_LABEL.search(label)) and f" {fold_words(m.group(1))} " in question else set()
        scored.append((len(said) + len(said & capitals) + len(said & unit), label, cell, valued))
    if len(found) == 1:
        return found[0]
    if found:
        return None
    by_deed = _body_column_by_deed(row, question) if {"lead", "coordinating"} & set(fields_cued(question)) else None
    if by_deed is not None:
        return by_deed
    scored.sort(key=lambda x: -x[0])
    # (the column the question names best, when it holds a value: "CT-03 Thanh toán trực tuyến: -" is no
    # answer, and no other column's figure — "CT-01 Hồ sơ trực tuyến toàn trình: 70" — stands for it)
    if scored and scored[0][0] >= ASKED_LABEL_MIN_SYLLABLES and scored[0][3] and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][1], scored[0][2]
    return None


#: A column of bodies labelled by what they do ("Cơ quan trình", "Cơ quan soạn thảo", "Đơn vị thẩm định")
#: (folded): the kind of body, then the deed.
_BODY_BY_DEED = re.compile(r"^(?:co quan|don vi|to chuc|ben)\s+(.+)$")


def _body_column_by_deed(row: TableRow, question: str) -> tuple[str, str] | None:
    """(label, cell) of the one column of bodies, under a label the table's wording rules read no role from,
    whose deed the question says ("do đơn vị nào trình" asks "Cơ quan trình"; "cơ quan nào thẩm tra" asks
    "Cơ quan thẩm tra/chuẩn bị ý kiến", one of the deeds a slash parts): the body's kind is what the
    question asks (the caller checks the question's cues of a lead or a partner: "cơ quan nào", "ai",
    "which body"), the deed which of the row's bodies.
    The deed is said as a verb more often than the row's own name says it (the question names the row
    too: "Quy chế soạn thảo văn bản … do cơ quan nào trình" asks who submits) — "trình" of "chương
    trình", "tờ trình" is no deed. ``question``: folded, one space apart and at each end."""
    name = " " + " ".join(re.sub(r"[^\w\s]", " ", fold_words(str(row.fields.get("content") or ""))).split()) + " "
    hits = []
    for label, cell in row.columns.items():
        m = _BODY_BY_DEED.match(fold_words(label))
        if not m or not (cell or "").strip() or classify_label(label)[0] != "other":
            continue
        for deed in m.group(1).split("/"):
            deed = " ".join(re.sub(r"[^\w\s]", " ", deed).split())
            if deed and _deed_said(deed, question) > _deed_said(deed, name):
                hits.append((label, cell))
                break
    return hits[0] if len(hits) == 1 else None


#: Syllables that make a deed's word the second of a noun ("chương trình", "tờ trình", "quá trình"): no deed.
_DEED_AS_NOUN = frozenset({"chuong", "to", "qua", "lo", "cong", "phuong", "hanh", "giao", "tien"})


def _deed_said(deed: str, text: str) -> int:
    """How often ``text`` (folded, padded) says ``deed`` as words of their own, not as a noun's second part."""
    count, at = 0, text.find(f" {deed} ")
    while at >= 0:
        before = text[:at].split()[-1:]
        if not before or before[0] not in _DEED_AS_NOUN:
            count += 1
        at = text.find(f" {deed} ", at + 1)
    return count


def row_text_with_labels(row: TableRow) -> str:
    """A row's text with its figure columns' labels (:func:`figure_labels`)."""
    return " ".join([row_text(row), *figure_labels(row)])


class Relevance:
    """Scores rows and passages against a question (lexical terms + query text for meaning)."""

    def __init__(self, semantic: SemanticIndex | None):
        self.semantic = semantic
        self._terms: dict[str, set[str]] = {}
        self._row_texts: dict[str, str] = {}
        self._lock = threading.Lock()
        self.rarity: dict[str, float] | None = None

    def set_rarity(self, chunk_terms: list[set[str]]) -> None:
        """Weigh each term by how few chunks contain it: w = (1 + ln((N + 1) / (df + 1))) / (1 + ln(N + 1)),
        in (0, 1]: a term in every chunk weighs 1/(1 + ln(N + 1)) of one found in a single chunk."""
        n = len(chunk_terms)
        df: dict[str, int] = {}
        for terms in chunk_terms:
            for t in terms:
                df[t] = df.get(t, 0) + 1
        top = 1 + math.log(n + 1)
        self.rarity = {t: (1 + math.log((n + 1) / (c + 1))) / top for t, c in df.items()} if n else None

    def terms(self, key: str, text: str) -> set[str]:
        """Content terms of a text, cached by key (rows and chunks are immutable per id)."""
        cached = self._terms.get(key)
        if cached is None:
            cached = content_terms(text)
            with self._lock:
                if len(self._terms) > 50_000:
                    self._terms.clear()
                self._terms[key] = cached
        return cached

    def row_text(self, row: TableRow) -> str:
        """:func:`row_text_with_labels`, cached by row id (every row a question weighs is read again by the next)."""
        cached = self._row_texts.get(row.row_id)
        if cached is None:
            cached = row_text_with_labels(row)
            with self._lock:
                if len(self._row_texts) > 50_000:
                    self._row_texts.clear()
                self._row_texts[row.row_id] = cached
        return cached

    def _z(self, query: str, sims: dict[str, float]) -> dict[str, float]:
        spread = self.semantic.spread(query) if sims else None
        if spread is None:
            return {}
        mean, std = spread
        return {k: (v - mean) / std for k, v in sims.items()}

    def rows(self, query: str, q_terms: set[str], rows: list[TableRow]) -> dict[str, Match]:
        sims = self.semantic.row_scores(query, [r.row_id for r in rows]) if self.semantic and query else {}
        sims = self._z(query, sims)
        out: dict[str, Match] = {}
        for r in rows:
            text = self.row_text(r)
            lex = coverage(q_terms, text, self.terms(f"{r.row_id}:labels", text), self.rarity)
            sem = sims.get(r.row_id)
            out[r.row_id] = Match(combine(lex, sem), lex, sem)
        return out

    def passages(self, query: str, q_terms: set[str], chunks: list[Chunk]) -> dict[str, Match]:
        sims = self.semantic.chunk_scores(query, [c.chunk_id for c in chunks]) if self.semantic and query else {}
        sims = self._z(query, sims)
        out: dict[str, Match] = {}
        for c in chunks:
            text = passage_text(c)
            lex = coverage(q_terms, text, self.terms(f"{c.chunk_id}:heading", text), self.rarity)
            sem = sims.get(c.chunk_id)
            out[c.chunk_id] = Match(combine(lex, sem), lex, sem)
        return out
