"""Relevance scores: meaning and words combined (fake vectors; no model needed)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant import scoring
from assistant.evidence import content_terms
from assistant.scoring import Relevance, combine, rescale
from ingest.records import Chunk, TableRow


class FakeStore:
    """A store with three row chunks whose vectors point in known directions."""

    generation = 1

    def __init__(self, vectors: dict[str, list[float]], query_vectors: dict[str, list[float]], background: int = 0):
        self._vectors = dict(vectors)
        self._rows = [
            Chunk(chunk_id=f"c{i}", doc_id="d", kind="row", text=t, source_text=t, locator=f"r{i}", row_id=f"r{i}")
            for i, t in enumerate(["Tỷ lệ hồ sơ trực tuyến", "Chữ ký số cho người dân", "Trung tâm dữ liệu tỉnh"])
        ]
        # Unrelated passages: the background a relevant chunk must stand out from.
        rng = np.random.default_rng(0)
        for j in range(background):
            cid = f"bg{j}"
            self._rows.append(Chunk(chunk_id=cid, doc_id="d", kind="text", text="x", source_text="x", locator=cid))
            self._vectors[cid] = [0.0, 0.0, 0.0, *rng.normal(size=3).tolist()]
        self.embeddings = self
        self._queries = query_vectors

    def chunks(self, doc_id=None):
        return self._rows

    def embedding_mismatch(self):
        return False

    def vectors(self, ids):
        return {i: self._vectors[i] for i in ids if i in self._vectors}

    def embed_query(self, text):
        return self._queries[text]


def _row(i: int, text: str) -> TableRow:
    return TableRow(row_id=f"r{i}", doc_id="d", appendix="Phụ lục I", text=text, fields={"content": text})


def test_rescale_maps_background_to_0_and_standout_to_1():
    assert rescale(scoring.Z_UNRELATED) == 0.0 and rescale(scoring.Z_SAME_TOPIC) == 1.0
    assert rescale(-2.0) == 0.0 and rescale(10.0) == 1.0


def test_combine_without_vectors_is_the_lexical_score():
    assert combine(0.4, None) == 0.4
    assert combine(0.0, scoring.Z_SAME_TOPIC) == pytest.approx(scoring.SEM_WEIGHT)
    assert combine(0.6, scoring.Z_UNRELATED) == pytest.approx(0.6)  # meaning never takes words away
    assert combine(0.6, scoring.Z_SAME_TOPIC) > 0.6


def test_meaning_ranks_a_row_that_shares_no_word_with_the_question():
    from retriever.semantic import SemanticIndex

    e = np.eye(6).tolist()
    store = FakeStore({"c0": e[0], "c1": e[1], "c2": e[2]}, {"who issues digital signatures": [0.1, 0.99, 0.0, 0.0, 0.0, 0.0]}, background=40)
    rel = Relevance(SemanticIndex(store))
    rows = [_row(0, "Tỷ lệ hồ sơ trực tuyến"), _row(1, "Chữ ký số cho người dân"), _row(2, "Trung tâm dữ liệu tỉnh")]
    q = "who issues digital signatures"
    matches = rel.rows(q, content_terms(q), rows)
    assert all(m.lexical == 0 for m in matches.values())  # no shared word at all
    assert max(matches, key=lambda k: matches[k].score) == "r1"
    assert matches["r1"].semantic > scoring.Z_SAME_TOPIC > scoring.Z_UNRELATED > matches["r0"].semantic


def test_words_still_decide_when_vectors_are_missing():
    from retriever.semantic import SemanticIndex

    store = FakeStore({}, {})
    rel = Relevance(SemanticIndex(store))
    rows = [_row(0, "Tỷ lệ hồ sơ trực tuyến"), _row(2, "Trung tâm dữ liệu tỉnh")]
    q = "trung tâm dữ liệu"
    matches = rel.rows(q, content_terms(q), rows)
    assert matches["r2"].semantic is None and matches["r2"].score == matches["r2"].lexical > 0
    assert matches["r0"].score == 0


def test_semantic_top_filters_by_document_and_kind():
    from retriever.semantic import SemanticIndex

    e = np.eye(3).tolist()
    store = FakeStore({"c0": e[0], "c1": e[1], "c2": e[2]}, {"q": [0.0, 0.6, 0.8]})  # no background
    idx = SemanticIndex(store)
    assert [cid for cid, _ in idx.top("q", 2)] == ["c2", "c1"]
    assert idx.top("q", 2, doc_ids=["other"]) == []
    assert idx.top("q", 5, kind="text") == []


def test_a_term_few_chunks_contain_outweighs_terms_most_chunks_contain():
    # "kinh tế số … GRDP": "grdp" names the row; "tỷ lệ" and "số" are in most rows of any plan
    rel = Relevance(None)
    common = [f"Tỷ lệ hồ sơ số hóa của đơn vị {i}" for i in range(60)]  # an index of some size
    rel.set_rarity([content_terms(t) for t in [*common, "Tỷ trọng kinh tế số trong GRDP"]])
    rows = [_row(0, "Tỷ lệ doanh nghiệp số"), _row(1, "Tỷ trọng kinh tế số trong GRDP")]
    q_terms = content_terms("tỷ lệ số GRDP")
    plain = {r.row_id: scoring.coverage(q_terms, r.text) for r in rows}
    assert plain["r0"] > plain["r1"]  # counted alike, the common words win ...
    weighted = rel.rows("", q_terms, rows)
    assert weighted["r1"].lexical > weighted["r0"].lexical  # ... weighed by rarity, the rare one does
    assert 0 < min(rel.rarity.values()) < max(rel.rarity.values()) <= 1


def test_a_word_of_a_translated_phrase_is_not_an_untranslated_word():
    from assistant.glossary import untranslated_words

    words = untranslated_words("What is the digital economy's share of GRDP and the giraffe estimate for 2026?")
    assert "digital" not in words and "economy" not in words and "giraffe" in words
