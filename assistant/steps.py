"""The records passed between the answering steps: understand → retrieve → select → compose.

Each step is a method of :class:`assistant.service.Assistant` that takes one of these records and
returns the next, so a test can run any step on its own with a hand-made input.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from assistant.evidence import Evidence, PassageHit
from assistant.understanding import QueryIntent
from ingest.records import Chunk, Citation, DocumentInfo, TableRow


@dataclass(frozen=True)
class Question:
    """What the user sent."""

    text: str
    doc_ids: tuple[str, ...] | None = None
    history: tuple[dict, ...] = ()
    use_llm: bool = True


@dataclass(frozen=True)
class Understanding:
    """The question read against the index: what it asks and which plans may answer it."""

    question: Question
    intent: QueryIntent
    candidates: tuple[str, ...]  # doc_ids that may hold the answer
    explicit: bool  # the question named its plan(s)
    docs: Mapping[str, DocumentInfo]
    terms: frozenset[str]  # the question's content terms that occur in the index
    #: the content terms of each part of a question in two or more parts ("who chairs it and how
    #: often does it meet"); () for a question in one part
    parts: tuple[frozenset[str], ...] = ()
    #: the words of each of those parts as asked, in the same order (a part's meaning is searched for)
    part_texts: tuple[str, ...] = ()
    #: single words of the question (or its English words' Vietnamese) as printed with their accents,
    #: whose folded form the plans also print with other accents ("sắn" beside "sản"): a row or passage
    #: printing the word itself matches better (``assistant.evidence.ACCENTED`` terms, for scoring only)
    accented: frozenset[str] = frozenset()
    #: the plans in reach before the question's words narrowed them to the one plan it is about (what no
    #: plan prints is read over all of these); () when nothing narrowed them
    reach: tuple[str, ...] = ()
    #: the kind of thing every side of a comparison is, when its sides say the head's thing again ("which decree is
    #: due earlier: the one on … or the one on …" → the terms of "decree"); empty otherwise
    thing: frozenset[str] = frozenset()

    @property
    def in_reach(self) -> tuple[str, ...]:
        """The plans whose words say what the plans print: ``reach``, or the candidates."""
        return self.reach or self.candidates

    @property
    def language(self) -> str:
        return self.intent.language


@dataclass(frozen=True)
class Retrieved:
    """Candidates found for the question, before choosing: rows and passages.

    ``strategy`` says how they were found: ``numbered`` (rows by number), ``aggregate`` (rows by
    table filters), ``search`` (hybrid + semantic search), ``per_plan`` (the same search in each
    plan the question names apart, to answer for each), ``meta`` (signature blocks),
    ``refused`` (an instruction, not a question).
    """

    understanding: Understanding
    strategy: str
    rows: tuple[TableRow, ...] = ()
    passages: tuple[Chunk, ...] = ()
    quoted: tuple[PassageHit, ...] = ()  # passages already cut to the quoted sentences (meta)
    reason: str = ""  # why nothing was found, when nothing was
    plans: tuple[str, ...] = ()  # per_plan: the plans named one by one, in the question's order


@dataclass(frozen=True)
class Selection:
    """The evidence the answer may state (empty = abstain)."""

    understanding: Understanding
    evidence: Evidence


@dataclass(frozen=True)
class Composition:
    """The composed answer text and its citations."""

    selection: Selection
    found: bool
    text: str
    citations: list[Citation] = field(default_factory=list)
