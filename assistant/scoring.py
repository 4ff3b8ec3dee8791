"""How well a row or passage matches a question: the one home for relevance scores.

A score mixes two signals:

* **meaning** — cosine similarity of the question with the row's/passage's stored embedding
  (``retriever.semantic.SemanticIndex``), rescaled so that the model's "unrelated" level maps
  to 0 and its "same topic" level to 1;
* **words** — the share of the question's content terms the text contains
  (``assistant.evidence.coverage``; exact names, codes and numbers count here).

With a multilingual model, meaning carries English questions to Vietnamese rows without a
translation table; words keep exact names and codes decisive. When no vectors are available
(vector store down, another model), the score is the lexical one alone.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from assistant.evidence import content_terms, coverage
from ingest.records import Chunk, TableRow
from retriever.semantic import SemanticIndex

#: Cosine similarity of an unrelated question/passage pair and of a same-topic pair for the
#: embedding model; similarities are rescaled linearly between them (clipped to [0, 1]).
#: Set from the dev and project sets (development sets) with multilingual-e5-small: the median
#: similarity of the gold row to its question and of random rows to the same questions.
SEM_UNRELATED = 0.78
SEM_SAME_TOPIC = 0.88
#: Weight of meaning against words in the combined score.
SEM_WEIGHT = 0.5


@dataclass(frozen=True)
class Match:
    """A candidate's relevance: the combined score and its parts (for tests and tuning)."""

    score: float
    lexical: float
    semantic: float | None


def rescale(similarity: float) -> float:
    span = SEM_SAME_TOPIC - SEM_UNRELATED
    return min(1.0, max(0.0, (similarity - SEM_UNRELATED) / span))


def combine(lexical: float, semantic: float | None) -> float:
    if semantic is None:
        return lexical
    return (1 - SEM_WEIGHT) * lexical + SEM_WEIGHT * rescale(semantic)


def row_text(row: TableRow) -> str:
    """What a row is about: its content, its groups and its cells."""
    return " ".join([row.fields.get("content", ""), " ".join(row.group), row.text])


class Relevance:
    """Scores rows and passages against a question (lexical terms + query text for meaning)."""

    def __init__(self, semantic: SemanticIndex | None):
        self.semantic = semantic
        self._terms: dict[str, set[str]] = {}
        self._lock = threading.Lock()

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

    def rows(self, query: str, q_terms: set[str], rows: list[TableRow]) -> dict[str, Match]:
        sims = self.semantic.row_scores(query, [r.row_id for r in rows]) if self.semantic and query else {}
        out: dict[str, Match] = {}
        for r in rows:
            text = row_text(r)
            lex = coverage(q_terms, text, self.terms(r.row_id, text))
            sem = sims.get(r.row_id)
            out[r.row_id] = Match(combine(lex, sem), lex, sem)
        return out

    def passages(self, query: str, q_terms: set[str], chunks: list[Chunk]) -> dict[str, Match]:
        sims = self.semantic.chunk_scores(query, [c.chunk_id for c in chunks]) if self.semantic and query else {}
        out: dict[str, Match] = {}
        for c in chunks:
            lex = coverage(q_terms, c.source_text, self.terms(c.chunk_id, c.source_text))
            sem = sims.get(c.chunk_id)
            out[c.chunk_id] = Match(combine(lex, sem), lex, sem)
        return out
