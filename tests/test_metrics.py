"""Unit tests of evals/metrics.py: the scoring rules of the shared evals README."""

from __future__ import annotations

import unicodedata

import pytest

from evals import metrics as M


def res(answer="", found=True, citations=(), **extra):
    return {
        "question": "q",
        "language": "vi",
        "found": found,
        "answer": answer,
        "citations": [{"n": i + 1, "doc_id": "d", "doc_title": "t", "locator": "l", "text": t} for i, t in enumerate(citations)],
        "latency_ms": 1.0,
        **extra,
    }


def q(type_="indicator_lookup", expected=(), evidence=(), lang="vi", qid="x"):
    return {"id": qid, "question": "?", "lang": lang, "type": type_, "expected": list(expected), "evidence": list(evidence)}


# ---------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("100 %", "100%"),
        ("100  %  và", "100% và"),
        ("Tháng 12 / 2026", "tháng 12/2026"),
        ("THÁNG 12/2026", "tháng 12/2026"),
        ("Công an\n\ttỉnh ", "công an tỉnh"),
    ],
)
def test_normalize_answer_equivalences(a, b):
    assert M.normalize_answer(a) == M.normalize_answer(b)


def test_normalize_answer_nfd_input_and_keeps_accents():
    nfd = unicodedata.normalize("NFD", "Công an tỉnh")
    assert nfd != "Công an tỉnh"
    assert M.normalize_answer(nfd) == "công an tỉnh"
    # accents matter for answers: "tinh" is not "tỉnh"
    assert M.normalize_answer("Cong an tinh") != M.normalize_answer("Công an tỉnh")


def test_normalize_citation_accents_case_punctuation_linebreaks():
    assert M.normalize_citation("Đầu tư trang thiết bị") == "dau tu trang thiet bi"
    assert M.normalize_citation("thông\nkê") == "thong ke"
    assert M.normalize_citation("(5) Nhóm phát triển, 37 chỉ tiêu.") == "5 nhom phat trien 37 chi tieu"
    assert M.normalize_citation("2022-2025") == M.normalize_citation("2022 - 2025")
    assert M.normalize_citation(unicodedata.normalize("NFD", "ĐỖ MINH TUẤN")) == "do minh tuan"


def test_normalizers_agree_with_question_checker():
    """evals/check_questions.py validates gold fields with the same rules; they must not drift."""
    cq = pytest.importorskip("evals.check_questions")
    samples = [
        "Tháng 12 / 2026", "100 %", "Hệ thống báo cáo thông\nkê", "(5) Nhóm — 37 chỉ tiêu;", "Đỗ Minh Tuấn",
        unicodedata.normalize("NFD", "Sở Khoa học và Công nghệ"), "82,7% → 85%", "T/M BAN THƯỜNG VỤ",
    ]
    for s in samples:
        assert M.normalize_answer(s) == cq.normalize_answer(s), s
        assert M.normalize_citation(s) == cq.normalize_citation(s), s


# ---------------------------------------------------------------- answer / citation


def test_answer_all_expected_must_occur():
    question = q(expected=["Công an tỉnh", "100%"])
    assert M.answer_correct(question, res("Chủ trì: CÔNG AN TỈNH; mục tiêu 100 % năm 2026"))
    assert not M.answer_correct(question, res("Chủ trì: Công an tỉnh; mục tiêu 90%"))


def test_answer_percent_and_slash_spacing():
    assert M.answer_correct(q(expected=["Tháng 12/2026"]), res("Hạn: tháng 12 / 2026."))
    assert M.answer_correct(q(expected=["Tháng 12 / 2026"]), res("Hạn: Tháng 12/2026."))


def test_answer_accents_are_significant():
    assert not M.answer_correct(q(expected=["Công an tỉnh"]), res("Cong an tinh"))


def test_answer_nfd_answer_text():
    nfd = unicodedata.normalize("NFD", "Sở Nội vụ chủ trì, 35,7%")
    assert M.answer_correct(q(expected=["Sở Nội vụ", "35,7%"]), res(nfd))


def test_empty_expected_on_answerable_requires_found():
    question = q(expected=[])
    assert M.answer_correct(question, res("anything", found=True))
    assert not M.answer_correct(question, res("không tìm thấy", found=False))
    # blank strings count as empty
    assert not M.answer_correct(q(expected=["  "]), res("x", found=False))


def test_unanswerable_answered_is_wrong_and_abstained_is_right():
    question = q("unanswerable")
    answered = res("Mục tiêu là 100%", found=True, citations=["some row"])
    abstained = res("Các kế hoạch không đề cập nội dung này.", found=False)
    assert not M.answer_correct(question, answered)
    assert not M.citation_correct(question, answered)
    assert not M.strict_correct(question, answered)
    assert M.answer_correct(question, abstained)
    assert M.citation_correct(question, abstained)  # citations irrelevant
    assert M.strict_correct(question, abstained)


def test_citation_evidence_with_line_break_accents_punctuation():
    question = q(evidence=["Hệ thống báo cáo thông kê thông minh"])
    cited = res("x", citations=["unrelated", "54\tHệ thống báo cáo\nthông kê, thông minh.\tCông an tỉnh"])
    assert M.citation_correct(question, cited)
    assert M.citation_correct(question, res("x", citations=["HE THONG BAO CAO THONG KE THONG MINH"]))
    assert not M.citation_correct(question, res("x", citations=["Hệ thống báo cáo thống kê"]))
    assert not M.citation_correct(question, res("x", citations=[]))


def test_citation_some_evidence_some_citation():
    question = q(evidence=["alpha beta", "gamma delta"])
    assert M.citation_correct(question, res("x", citations=["zzz", "... Gamma, delta ..."]))
    assert not M.citation_correct(question, res("x", citations=["alpha", "delta"]))


def test_empty_evidence_on_answerable_requires_found_and_a_citation():
    question = q(expected=["x"], evidence=[])
    assert M.citation_correct(question, res("x", citations=["anything"]))
    assert not M.citation_correct(question, res("x", citations=[]))
    assert not M.citation_correct(question, res("x", found=False, citations=["anything"]))


def test_strict_needs_both():
    question = q(expected=["50%"], evidence=["quản trị dữ liệu cơ bản"])
    assert M.strict_correct(question, res("50%", citations=["... quản trị dữ liệu cơ bản ..."]))
    assert not M.strict_correct(question, res("50%", citations=["khác"]))
    assert not M.strict_correct(question, res("40%", citations=["quản trị dữ liệu cơ bản"]))


def test_error_and_missing_results_are_wrong_even_for_unanswerable():
    question = q("unanswerable")
    err = res("", found=False, error="RuntimeError: boom")
    assert not M.answer_correct(question, err)
    assert not M.strict_correct(question, err)
    assert not M.answer_correct(question, None)
    assert not M.citation_correct(q(evidence=["a"]), None)


# ---------------------------------------------------------------- retrieval


def test_retrieval_metrics_ranks():
    question = q(evidence=["thông kê thông minh"])
    texts = ["a", "b", "báo cáo thông\nkê, thông minh", "c"]
    r = M.retrieval_metrics(question, texts)
    assert r == {"recall@1": 0.0, "recall@3": 1.0, "recall@5": 1.0, "recall@10": 1.0, "rr": pytest.approx(1 / 3)}
    miss = M.retrieval_metrics(question, ["a", "b"])
    assert miss["rr"] == 0.0 and miss["recall@10"] == 0.0


def test_retrieval_metrics_skipped():
    assert M.retrieval_metrics(q("unanswerable"), ["x"]) is None
    assert M.retrieval_metrics(q(evidence=[]), ["x"]) is None
    assert M.retrieval_metrics(q(evidence=["x"]), None) is None


def test_mrr_known_ranks():
    assert M.mean_reciprocal_rank([1, 2, 4, None]) == pytest.approx((1 + 0.5 + 0.25 + 0) / 4)
    assert M.mean_reciprocal_rank([]) is None


# ---------------------------------------------------------------- aggregates


def test_percentile_nearest_rank():
    values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]  # 1..10
    assert M.percentile(values, 50) == 5
    assert M.percentile(values, 95) == 10
    assert M.percentile(values, 90) == 9
    assert M.percentile([7.5], 95) == 7.5
    assert M.percentile(list(range(1, 101)), 95) == 95
    assert M.percentile([], 50) is None
    assert M.percentile([3, 1], 0) == 1
    with pytest.raises(ValueError):
        M.percentile([1], 101)


def test_abstention_zero_denominators():
    none = M.abstention([])
    assert none["precision"] is None and none["recall"] is None
    # no unanswerable questions, one abstention -> precision 0, recall undefined
    s = [{"type": "indicator_lookup", "found": False, "missing": False, "error": None}]
    out = M.abstention(s)
    assert out["precision"] == 0.0 and out["recall"] is None
    # unanswerable questions but no abstention -> precision undefined, recall 0
    s = [{"type": "unanswerable", "found": True, "missing": False, "error": None}]
    out = M.abstention(s)
    assert out["precision"] is None and out["recall"] == 0.0


def test_abstention_precision_recall():
    s = [
        {"type": "unanswerable", "found": False, "missing": False, "error": None},  # TP
        {"type": "unanswerable", "found": True, "missing": False, "error": None},  # FN
        {"type": "unanswerable", "found": False, "missing": False, "error": "boom"},  # error: not an abstention
        {"type": "task_lookup", "found": False, "missing": False, "error": None},  # FP
        {"type": "task_lookup", "found": None, "missing": True, "error": None},  # missing
    ]
    out = M.abstention(s)
    assert out["positives"] == 3 and out["predicted"] == 2 and out["true_positives"] == 1
    assert out["precision"] == 0.5 and out["recall"] == pytest.approx(1 / 3)


def test_aggregate_groups_missing_latency_retrieval():
    questions = [
        q("indicator_lookup", ["100%"], ["chỉ tiêu 18"], "vi", "a"),
        q("indicator_lookup", ["50%"], ["chỉ tiêu 20"], "en", "b"),
        q("unanswerable", lang="en", qid="c"),
        q("task_lookup", ["Tháng 8/2026"], ["báo cáo"], "vi", "d"),  # no result -> missing
    ]
    results = {
        "a": {**res("100 %", citations=["Chỉ tiêu 18: ..."]), "latency_ms": 10.0},
        "b": {**res("40%", citations=["chỉ tiêu 20"]), "latency_ms": 30.0},
        "c": {**res("không có", found=False), "latency_ms": 20.0},
    }
    retrieved = {"a": ["x", "chi tieu 18"], "b": ["chỉ tiêu 20"], "c": ["y"]}
    scores = M.score_all(questions, results, retrieved)
    assert [s["strict"] for s in scores] == [True, False, True, False]
    assert scores[1]["answer_ok"] is False and scores[1]["citation_ok"] is True
    assert scores[3]["missing"] is True
    agg = M.aggregate(scores)
    assert agg["n"] == 4
    assert agg["overall"]["strict"] == 0.5 and agg["overall"]["strict_correct"] == 2
    assert agg["overall"]["answer"] == 0.5
    assert agg["overall"]["citation"] == 0.75
    assert agg["by_type"]["indicator_lookup"] == {
        "n": 2, "strict": 0.5, "strict_correct": 1, "answer": 0.5, "answer_correct": 1, "citation": 1.0, "citation_correct": 2,
    }
    assert agg["by_type"]["task_lookup"]["strict"] == 0.0
    assert agg["by_lang"]["en"]["n"] == 2 and agg["by_lang"]["en"]["strict"] == 0.5
    assert agg["by_lang"]["vi"]["strict"] == 0.5
    assert agg["missing"] == ["d"] and agg["errors"] == []
    assert agg["latency_ms"]["n"] == 3 and agg["latency_ms"]["p50"] == 20.0 and agg["latency_ms"]["p95"] == 30.0
    # retrieval: a at rank 2, b at rank 1; c unanswerable and d missing are skipped
    assert agg["retrieval"]["n"] == 2
    assert agg["retrieval"]["recall@1"] == 0.5 and agg["retrieval"]["recall@3"] == 1.0
    assert agg["retrieval"]["mrr"] == pytest.approx(0.75)
    assert agg["abstention"]["precision"] == 1.0 and agg["abstention"]["recall"] == 1.0


def test_aggregate_empty():
    agg = M.aggregate([])
    assert agg["overall"]["n"] == 0 and agg["overall"]["strict"] is None
    assert agg["latency_ms"]["p50"] is None and agg["retrieval"]["mrr"] is None


def test_has_gold():
    assert not M.has_gold([{"id": "1", "question": "?"}])
    assert M.has_gold([{"id": "1", "question": "?"}, {"id": "2", "question": "?", "type": "narrative"}])
    assert M.has_gold([{"id": "1", "question": "?", "expected": ["x"]}])
