"""Unit tests of BM25, rank fusion, the hybrid retriever and the LangChain compositions.

A FakeStore built from hand-made records stands in for IndexStore; its dense_search returns a
fixed ranking, so no embedding model is loaded here.
"""

from __future__ import annotations

import math
import threading
from collections import Counter

import pytest
from langchain_core.documents import Document

from ingest.records import Chunk, DocumentInfo
from ingest.settings import Settings
from retriever import (
    BM25Index,
    HybridRetriever,
    ScoredChunk,
    as_ensemble,
    reciprocal_rank_fusion,
    tokenize,
)
from retriever.errors import InvalidFilterError, RetrieverConfigError, UnknownDocumentError

PLAN26 = "2026-plan_kh-275-ubnd"
CTR06 = "2022-program_qd-176-ubnd_nq-06"


def _row(chunk_id, doc_id, number, text, appendix="Phụ lục I"):
    return Chunk(
        chunk_id=chunk_id,
        doc_id=doc_id,
        kind="row",
        text=text,
        source_text=text.split(": ", 1)[-1],
        locator=f"{appendix}, chỉ tiêu {number}",
        appendix=appendix,
        number=number,
        row_id=f"{doc_id}:{chunk_id}",
    )


def _text(chunk_id, doc_id, text):
    return Chunk(
        chunk_id=chunk_id,
        doc_id=doc_id,
        kind="text",
        text=text,
        source_text=text,
        locator="Mục II",
        section_path=["II. MỤC TIÊU"],
    )


C18 = _row(
    "c18",
    PLAN26,
    "18",
    "Kế hoạch Chuyển đổi số năm 2026. Phụ lục I, chỉ tiêu 18: Tỉ lệ các sở, ngành, địa phương đạt cấp độ 3 "
    "mức độ trưởng thành về quản trị dữ liệu. Đơn vị tính: %. Giao chỉ tiêu 2026: 100%. Chủ trì: Công an tỉnh.",
)
C180 = _row(
    "c180",
    CTR06,
    "180",
    "Chương trình hành động 06-NQ/TU. Phụ lục 01, chỉ tiêu 180: Giải quyết hồ sơ trong 180 ngày. "
    "Chủ trì: Văn phòng UBND tỉnh.",
    appendix="Phụ lục 01",
)
C19 = _row(
    "c19",
    PLAN26,
    "19",
    "Kế hoạch Chuyển đổi số năm 2026. Phụ lục I, chỉ tiêu 19: Tỉ lệ cán bộ, công chức cấp tỉnh, cấp xã được "
    "bồi dưỡng kỹ năng số căn bản. Giao chỉ tiêu 2026: 100%. Chủ trì: Sở Nội vụ.",
)
C17 = _row(
    "c17",
    PLAN26,
    "17",
    "Kế hoạch Chuyển đổi số năm 2026. Phụ lục I, chỉ tiêu 17: Tỉ lệ các cơ quan nhà nước thực hiện chỉ đạo, "
    "điều hành, quản trị nội bộ trên môi trường điện tử. Giao chỉ tiêu 2026: 100%. Chủ trì: Văn phòng UBND tỉnh.",
)
T_DATA = _text(
    "t-data",
    PLAN26,
    "Phát triển dữ liệu số: xây dựng kho dữ liệu dùng chung, cơ sở dữ liệu chuyên ngành, dữ liệu mở; "
    "kết nối, chia sẻ dữ liệu giữa các cơ quan; làm sạch dữ liệu và khai thác dữ liệu.",
)
T_5G = _text("t-5g", CTR06, "Phủ sóng 5G và băng rộng cố định đến các xã; hạ tầng số, trung tâm dữ liệu của tỉnh.")
T_PR = _text("t-pr", CTR06, "Tổ chức tuyên truyền, phổ biến về chuyển đổi số tới người dân.")
CHUNKS = [C180, C19, C17, T_DATA, T_5G, C18, T_PR]


class FakeStore:
    """Stands in for IndexStore: chunks/documents/rows from memory, a fixed dense ranking."""

    def __init__(self, chunks, dense_ranking=None, docs=None):
        self._chunks = list(chunks)
        self.dense_ranking = list(dense_ranking or [])
        self._docs = docs if docs is not None else sorted({c.doc_id for c in self._chunks})
        self.generation = 1
        self.dense_calls: list[dict] = []
        self.chunks_calls = 0

    def documents(self):
        return [DocumentInfo(doc_id=d, file=f"{d}.txt", title=d) for d in self._docs]

    def document(self, doc_id):
        return next((d for d in self.documents() if d.doc_id == doc_id), None)

    def chunks(self, doc_id=None):
        self.chunks_calls += 1
        return [c for c in self._chunks if doc_id is None or c.doc_id == doc_id]

    def chunk(self, chunk_id):
        return next((c for c in self._chunks if c.chunk_id == chunk_id), None)

    def rows(self, doc_id=None, appendix=None):
        return []

    def dense_search(self, query, k, doc_ids=None, kind=None):
        self.dense_calls.append({"query": query, "k": k, "doc_ids": doc_ids, "kind": kind})
        by_id = {c.chunk_id: c for c in self._chunks}
        out = []
        for i, cid in enumerate(self.dense_ranking):
            c = by_id[cid]
            if doc_ids is not None and c.doc_id not in doc_ids:
                continue
            if kind is not None and c.kind != kind:
                continue
            out.append((c, 1.0 - 0.1 * i))
        return out[:k]

    def add(self, chunk):
        self._chunks.append(chunk)
        if chunk.doc_id not in self._docs:
            self._docs.append(chunk.doc_id)
        self.generation += 1


class NoDenseStore(FakeStore):
    def dense_search(self, query, k, doc_ids=None, kind=None):  # pragma: no cover - must not run
        raise AssertionError("dense_search must not be called when dense_weight == 0")


def ids(hits):
    return [c.chunk_id for c, _ in hits]


# ----------------------------------------------------------------------------------------------
# BM25


def test_bm25_full_phrase_ranks_first_over_repeated_partial_terms():
    index = BM25Index(CHUNKS)
    hits = index.search("quản trị dữ liệu", k=5)
    assert ids(hits)[0] == "c18"
    # the text chunk saying "dữ liệu" seven times comes later; the "quản trị nội bộ" row too
    assert "t-data" in ids(hits) and "c17" in ids(hits)
    assert hits[0][1] > hits[1][1]


def test_bm25_unaccented_query_finds_accented_chunk():
    index = BM25Index(CHUNKS)
    assert ids(index.search("quan tri du lieu", k=3))[0] == "c18"
    assert ids(index.search("chi tieu 18", k=3))[0] == "c18"


def test_bm25_number_tokens_matter():
    index = BM25Index(CHUNKS)
    assert ids(index.search("18", k=5)) == ["c18"]
    assert ids(index.search("180", k=5)) == ["c180"]
    assert ids(index.search("chỉ tiêu 18", k=1)) == ["c18"]
    assert ids(index.search("chỉ tiêu 180", k=1)) == ["c180"]


def test_bm25_filters():
    index = BM25Index(CHUNKS)
    assert set(ids(index.search("dữ liệu", k=10, doc_ids=[CTR06]))) == {"t-5g"}
    assert all(c.kind == "text" for c, _ in index.search("dữ liệu", k=10, kind="text"))
    assert all(c.kind == "row" for c, _ in index.search("dữ liệu", k=10, kind="row"))
    assert ids(index.search("dữ liệu", k=10, doc_ids=[PLAN26], kind="row")) == ["c18"]
    assert set(ids(index.search("dữ liệu", k=10))) == {"c18", "t-data", "t-5g"}
    assert index.search("dữ liệu", k=10, doc_ids=["nope"]) == []
    with pytest.raises(InvalidFilterError):
        index.search("dữ liệu", k=10, kind="table")


def test_bm25_k_limits_and_no_match():
    index = BM25Index(CHUNKS)
    assert len(index.search("tỉ lệ", k=2)) == 2
    assert index.search("xyzzy", k=5) == []
    assert index.search("", k=5) == []
    assert index.search("tỉ lệ", k=0) == []
    assert BM25Index([]).search("tỉ lệ", k=3) == []


def test_bm25_scores_match_the_okapi_formula():
    chunks = [_text(f"d{i}", "doc", t) for i, t in enumerate(["an ninh mạng", "an toàn dữ liệu dữ liệu", "hạ tầng số"])]
    index = BM25Index(chunks, k1=1.5, b=0.75)
    docs = [tokenize(c.text) for c in chunks]
    n = len(docs)
    avgdl = sum(map(len, docs)) / n

    def expected(query):
        out = []
        for d in docs:
            tf = Counter(d)
            s = 0.0
            for t in tokenize(query):
                df = sum(1 for x in docs if t in x)
                if not df:
                    continue
                idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
                s += idf * tf[t] * 2.5 / (tf[t] + 1.5 * (1 - 0.75 + 0.75 * len(d) / avgdl))
            out.append(s)
        return out

    for q in ("dữ liệu", "an ninh dữ liệu", "hạ tầng"):
        assert index.scores(q) == pytest.approx(expected(q))


def test_bm25_reuses_token_cache_on_rebuild():
    calls = []

    def counting(text):
        calls.append(text)
        return tokenize(text)

    first = BM25Index(CHUNKS, counting)
    assert len(calls) == len(CHUNKS)
    BM25Index(CHUNKS + [C18.model_copy(update={"chunk_id": "new"})], counting, token_cache=first.token_cache)
    assert len(calls) == len(CHUNKS) + 1


def test_langchain_bm25retriever_with_our_tokenizer():
    from langchain_community.retrievers import BM25Retriever

    docs = [Document(page_content=c.text, metadata={"chunk_id": c.chunk_id}, id=c.chunk_id) for c in CHUNKS]
    retriever = BM25Retriever.from_documents(docs, preprocess_func=tokenize, k=2)
    out = retriever.invoke("quan tri du lieu chi tieu 18")
    assert len(out) == 2
    assert out[0].metadata["chunk_id"] == "c18"


# ----------------------------------------------------------------------------------------------
# fusion


def test_rrf_known_example():
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "c", "d"]], k=60)
    assert [i for i, _ in fused] == ["b", "c", "a", "d"]
    scores = dict(fused)
    assert scores["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert scores["c"] == pytest.approx(1 / 63 + 1 / 62)
    assert scores["a"] == pytest.approx(1 / 61)
    assert scores["d"] == pytest.approx(1 / 63)


def test_rrf_weights():
    fused = reciprocal_rank_fusion([["a", "b"], ["b", "a"]], weights=[1.0, 0.5], k=0)
    assert fused == [("a", pytest.approx(1.0 + 0.25)), ("b", pytest.approx(0.5 + 0.5))]
    fused = reciprocal_rank_fusion([["a", "b"], ["b", "a"]], weights=[0.5, 1.0], k=0)
    assert [i for i, _ in fused] == ["b", "a"]


def test_rrf_ties_are_deterministic():
    assert reciprocal_rank_fusion([["a"], ["b"]]) == [("a", pytest.approx(1 / 61)), ("b", pytest.approx(1 / 61))]
    assert [i for i, _ in reciprocal_rank_fusion([["x", "a"], ["b", "y"]], k=1)] == ["x", "b", "a", "y"]


def test_rrf_empty_and_zero_weight_and_duplicates():
    assert reciprocal_rank_fusion([]) == []
    assert reciprocal_rank_fusion([[], []]) == []
    assert reciprocal_rank_fusion([["a"], ["b"]], weights=[1.0, 0.0]) == [("a", pytest.approx(1 / 61))]
    assert reciprocal_rank_fusion([["a", "a", "b"]], k=0) == [("a", pytest.approx(1.0)), ("b", pytest.approx(1 / 3))]
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], weights=[1.0, 1.0])
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], weights=[-1.0])


# ----------------------------------------------------------------------------------------------
# hybrid


def make_retriever(store, **kw):
    settings = Settings(top_k=kw.pop("top_k", 5), bm25_weight=kw.pop("bm25_weight", 1.0),
                        dense_weight=kw.pop("dense_weight", 1.0), rrf_k=kw.pop("rrf_k", 60))
    return HybridRetriever(store=store, settings=settings, **kw)


def test_hybrid_fused_order():
    store = FakeStore(CHUNKS, dense_ranking=["t-5g", "c18", "c19"])
    retriever = make_retriever(store)
    hits = retriever.search("quản trị dữ liệu", k=4)
    assert all(isinstance(h, ScoredChunk) for h in hits)
    bm25 = ids(BM25Index(CHUNKS).search("quản trị dữ liệu", k=50))
    assert bm25[0] == "c18" and "t-5g" in bm25
    expected = reciprocal_rank_fusion([bm25, ["t-5g", "c18", "c19"]], [1.0, 1.0], k=60)[:4]
    assert [h.chunk.chunk_id for h in hits] == [i for i, _ in expected]
    top = hits[0]
    assert top.chunk.chunk_id == "c18"
    assert (top.bm25_rank, top.dense_rank) == (1, 2)
    assert top.score == pytest.approx(1 / 61 + 1 / 62)
    assert store.dense_calls and store.dense_calls[0]["query"] == "quản trị dữ liệu"


def test_hybrid_dense_only_hit_is_included():
    store = FakeStore(CHUNKS, dense_ranking=["t-pr"])
    hits = make_retriever(store).search("quản trị dữ liệu", k=10)
    pr = next(h for h in hits if h.chunk.chunk_id == "t-pr")
    assert pr.bm25_rank is None and pr.dense_rank == 1
    assert pr.score == pytest.approx(1 / 61)
    assert hits[0].chunk.chunk_id == "c18" and hits[0].score == pytest.approx(1 / 61)
    assert [h.chunk.chunk_id for h in hits][:2] == ["c18", "t-pr"]  # tie: BM25 ranking listed first


def test_hybrid_weights_change_the_order():
    store = FakeStore(CHUNKS, dense_ranking=["t-pr"])
    bm25_first = make_retriever(store, dense_weight=0.1).search("quản trị dữ liệu", k=1)
    dense_first = make_retriever(store, bm25_weight=0.1, dense_weight=1.0).search("quản trị dữ liệu", k=1)
    assert bm25_first[0].chunk.chunk_id == "c18"
    assert dense_first[0].chunk.chunk_id == "t-pr"


def test_dense_disabled_when_weight_is_zero():
    store = NoDenseStore(CHUNKS)
    hits = make_retriever(store, dense_weight=0.0).search("quản trị dữ liệu", k=3)
    assert hits[0].chunk.chunk_id == "c18"
    assert all(h.dense_rank is None for h in hits)


def test_bm25_disabled_when_weight_is_zero():
    store = FakeStore(CHUNKS, dense_ranking=["t-pr", "c19"])
    hits = make_retriever(store, bm25_weight=0.0).search("quản trị dữ liệu", k=3)
    assert [h.chunk.chunk_id for h in hits] == ["t-pr", "c19"]
    assert all(h.bm25_rank is None for h in hits)
    with pytest.raises(RetrieverConfigError):
        make_retriever(store, bm25_weight=0.0, dense_weight=0.0).search("x")


def test_generation_change_rebuilds_bm25():
    store = FakeStore(CHUNKS, dense_ranking=[])
    retriever = make_retriever(store, dense_weight=0.0)
    assert [h.chunk.chunk_id for h in retriever.search("chỉ tiêu 18", k=1)] == ["c18"]
    retriever.search("quản trị dữ liệu")
    assert retriever.build_count == 1 and store.chunks_calls == 1
    new = _row("c-new", "2025-plan_ubnd", "7", "Phụ lục 01, chỉ tiêu 7: Nền tảng điều hành thông minh IOC cấp tỉnh.",
               appendix="Phụ lục 01")
    store._chunks.append(new)  # without a generation change the cached index is kept
    assert retriever.search("IOC") == []
    store.add(new.model_copy(update={"chunk_id": "c-new2"}))
    hits = retriever.search("IOC", k=2)
    assert {h.chunk.chunk_id for h in hits} == {"c-new", "c-new2"}
    assert retriever.build_count == 2


def test_concurrent_searches_build_once():
    store = FakeStore(CHUNKS)
    retriever = make_retriever(store, dense_weight=0.0)
    errors = []

    def work():
        try:
            for _ in range(5):
                assert retriever.search("quản trị dữ liệu", k=1)[0].chunk.chunk_id == "c18"
        except Exception as exc:  # pragma: no cover
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert retriever.build_count == 1


def test_unknown_doc_id_raises():
    store = FakeStore(CHUNKS, dense_ranking=["c18"])
    retriever = make_retriever(store)
    with pytest.raises(UnknownDocumentError) as info:
        retriever.search("quản trị dữ liệu", doc_ids=["no-such-plan"])
    assert "no-such-plan" in str(info.value) and PLAN26 in str(info.value)
    with pytest.raises(UnknownDocumentError):
        retriever.invoke("quản trị dữ liệu", doc_ids=["no-such-plan"])
    assert not store.dense_calls


def test_doc_and_kind_filters_reach_both_rankings():
    store = FakeStore(CHUNKS, dense_ranking=["t-5g", "c180", "c18", "t-data"])
    retriever = make_retriever(store)
    hits = retriever.search("dữ liệu", k=10, doc_ids=[PLAN26], kind="text")
    assert [h.chunk.chunk_id for h in hits] == ["t-data"]
    assert store.dense_calls[-1]["doc_ids"] == [PLAN26] and store.dense_calls[-1]["kind"] == "text"
    # field defaults apply when the call gives none; [] means no filter
    scoped = make_retriever(store, doc_ids=[CTR06])
    assert {h.chunk.doc_id for h in scoped.search("dữ liệu", k=10)} == {CTR06}
    assert {h.chunk.doc_id for h in retriever.search("dữ liệu", k=10, doc_ids=[])} == {CTR06, PLAN26}
    with pytest.raises(InvalidFilterError):
        retriever.search("dữ liệu", kind="table")


def test_invoke_returns_documents_with_metadata():
    store = FakeStore(CHUNKS, dense_ranking=["c19", "c18"])
    retriever = make_retriever(store, top_k=3)
    docs = retriever.invoke("quản trị dữ liệu")
    assert len(docs) == 3 and all(isinstance(d, Document) for d in docs)
    top = docs[0]
    assert top.page_content == C18.text and top.id == "c18"
    meta = top.metadata
    for key in ("chunk_id", "doc_id", "kind", "locator", "source_text", "appendix", "number", "row_id",
                "score", "bm25_rank", "dense_rank"):
        assert key in meta, key
    assert meta["doc_id"] == PLAN26 and meta["number"] == "18" and meta["appendix"] == "Phụ lục I"
    assert meta["locator"] == "Phụ lục I, chỉ tiêu 18" and meta["bm25_rank"] == 1 and meta["dense_rank"] == 2
    assert retriever.invoke("quản trị dữ liệu", k=1, kind="text")[0].metadata["kind"] == "text"


def test_hybrid_in_a_runnable_chain():
    from langchain_core.runnables import RunnableLambda

    store = FakeStore(CHUNKS, dense_ranking=[])
    chain = make_retriever(store, dense_weight=0.0) | RunnableLambda(lambda docs: [d.metadata["locator"] for d in docs])
    assert chain.invoke("chỉ tiêu 18 quản trị dữ liệu")[0] == "Phụ lục I, chỉ tiêu 18"


def test_empty_query_returns_nothing():
    store = FakeStore(CHUNKS, dense_ranking=["c18"])
    assert make_retriever(store).search("   ") == []
    assert not store.dense_calls


def test_as_ensemble_returns_documents():
    from langchain_classic.retrievers import EnsembleRetriever

    store = FakeStore(CHUNKS, dense_ranking=["t-5g", "c18"])
    ensemble = as_ensemble(store, Settings(top_k=3, bm25_weight=1.0, dense_weight=1.0))
    assert isinstance(ensemble, EnsembleRetriever)
    docs = ensemble.invoke("quản trị dữ liệu")
    got = [d.metadata["chunk_id"] for d in docs]
    assert got[0] == "c18"  # first in BM25, second in dense
    assert "t-5g" in got
    assert len(got) == len(set(got))
    assert store.dense_calls
    no_dense = as_ensemble(NoDenseStore(CHUNKS), Settings(top_k=2, dense_weight=0.0))
    assert no_dense.invoke("chi tieu 18")[0].metadata["chunk_id"] == "c18"


class UnreachableDenseStore(FakeStore):
    """A store whose vector index cannot answer (Chroma server down, other embedding model)."""

    def dense_search(self, query, k, doc_ids=None, kind=None):
        from ingest.errors import IndexUnavailableError

        self.dense_calls.append({"query": query})
        raise IndexUnavailableError("Chroma server at 127.0.0.1:8001 is not reachable")


def test_unreachable_dense_index_falls_back_to_bm25(caplog):
    store = UnreachableDenseStore(CHUNKS)
    retriever = make_retriever(store)
    with caplog.at_level("WARNING"):
        first = retriever.search("quản trị dữ liệu", k=3)
        second = retriever.search("quản trị dữ liệu", k=3)
    assert first[0].chunk.chunk_id == "c18" and [h.chunk.chunk_id for h in first] == [h.chunk.chunk_id for h in second]
    assert all(h.dense_rank is None for h in first)
    assert len(store.dense_calls) == 2  # tried each time, warned once
    assert sum("dense search unavailable" in r.message for r in caplog.records) == 1


class FakeExact:
    """Stands in for SemanticIndex: an exact dense ranking held in memory, or None (too large)."""

    def __init__(self, ranking, held=True):
        self.ranking, self.held, self.calls = ranking, held, []

    def top(self, text, k, doc_ids=None, kind=None, max_chunks=None):
        self.calls.append((text, k, max_chunks))
        return [(cid, 0.9 - 0.01 * i) for i, cid in enumerate(self.ranking)][:k] if self.held else None


def test_the_vectors_held_in_memory_rank_the_dense_side():
    store = FakeStore(CHUNKS, dense_ranking=["c19", "c17"])
    exact = FakeExact(["t-5g", "c18", "c19"])
    hits = HybridRetriever(store=store, settings=Settings(), exact=exact).search("quản trị dữ liệu", k=4)
    assert exact.calls and not store.dense_calls  # Chroma's query is not asked
    top = hits[0]
    assert top.chunk.chunk_id == "c18" and (top.bm25_rank, top.dense_rank) == (1, 2)


@pytest.mark.parametrize("held, limit", [(False, 200_000), (True, 0)])
def test_chroma_ranks_when_the_vectors_are_not_held_or_exact_ranking_is_off(held, limit):
    store = FakeStore(CHUNKS, dense_ranking=["t-5g", "c18", "c19"])
    exact = FakeExact(["c17"], held=held)
    retriever = HybridRetriever(store=store, settings=Settings(exact_dense_max_chunks=limit), exact=exact)
    hits = retriever.search("quản trị dữ liệu", k=4)
    assert store.dense_calls and hits[0].chunk.chunk_id == "c18" and hits[0].dense_rank == 2


def test_canonical_words_read_i_y_spellings_as_one():
    from retriever.text import canonical_words

    # (folding alone keeps "ty" and "ti" apart; a number is no word of a term, a code's letters are)
    assert canonical_words("Tỷ trọng kinh tế số 2030") == canonical_words("tỉ trọng kinh tế số") == "ti trong kinh te so"
    assert canonical_words("Kỹ thuật, lý luận") == "ki thuat li luan"
    assert canonical_words("Quý II, thuỷ lợi") == "quy ii thuy loi"  # ("qu", "th" + "uy" keep their y)
    assert canonical_words("tấn CO2 tương đương") == "tan co tuong duong"
