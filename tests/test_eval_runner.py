"""End-to-end tests of the evaluation runner with a scripted FakeAssistant (unit level), plus
the quick-start baseline (splitter/scorer; the real embedding model under @slow)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from evals import cli as eval_cli
from evals import compare as eval_compare
from evals import runner
from ingest.records import Answer, Chunk, Citation

CONTRACT_KEYS = {"id", "question", "language", "found", "answer", "citations", "latency_ms"}

ROW18 = "18\tTỉ lệ các sở, ngành, địa phương đạt cấp độ 3 mức độ trưởng thành về quản trị dữ liệu\t%\t100%\tCông an tỉnh"
ROW20 = "20\tTỉ lệ cán bộ chuyên trách CNTT được đào tạo đạt chứng chỉ quản trị dữ liệu cơ bản\t%\t50%\tCông an tỉnh"
TASK = "54\tHệ thống báo cáo\nthông kê thông minh\tCông an tỉnh\tTháng 8/2026"

GOLD = [
    {"id": "g-1", "question": "who leads indicator 18 and what's the 2026 target", "lang": "en", "type": "indicator_lookup",
     "doc": "plan-2026", "expected": ["Công an tỉnh", "100%"], "evidence": ["đạt cấp độ 3 mức độ trưởng thành về quản trị dữ liệu"], "note": ""},
    {"id": "g-2", "question": "Chỉ tiêu 20 có mục tiêu bao nhiêu?", "lang": "vi", "type": "indicator_lookup",
     "doc": "plan-2026", "expected": ["50%"], "evidence": ["đạt chứng chỉ quản trị dữ liệu cơ bản"], "note": ""},
    {"id": "g-3", "question": "Hệ thống báo cáo thông kê thông minh hoàn thành khi nào?", "lang": "vi", "type": "task_lookup",
     "doc": "plan-2026", "expected": ["Tháng 8/2026"], "evidence": ["Hệ thống báo cáo thông kê thông minh"], "note": ""},
    {"id": "g-4", "question": "What is the 2026 budget for drones in Nghệ An?", "lang": "en", "type": "unanswerable",
     "doc": "plan-2026", "expected": [], "evidence": [], "note": ""},
    {"id": "g-5", "question": "Câu hỏi làm hệ thống lỗi", "lang": "vi", "type": "narrative",
     "doc": "plan-2026", "expected": ["x"], "evidence": ["y"], "note": ""},
]


def _answer(question, qid, *, found, text, rows=(), language="en", latency=5.0):
    cits = [Citation(n=i + 1, doc_id="2026-plan_kh-275-ubnd", doc_title="Kế hoạch 2026 (275/KH-UBND)",
                     locator=f"Phụ lục I, chỉ tiêu {i + 1}", text=r) for i, r in enumerate(rows)]
    return Answer(id=qid, question=question, language=language, found=found, answer=text, citations=cits, latency_ms=latency)


def _chunk(text: str, n: int) -> Chunk:
    return Chunk(chunk_id=f"c{n}", doc_id="2026-plan_kh-275-ubnd", kind="row", text=text, source_text=text, locator=f"row {n}")


class FakeRetriever:
    def __init__(self, ranking: dict[str, list[str]]):
        self.ranking = ranking
        self.calls: list[tuple[str, int]] = []

    def search(self, question: str, k: int = 10):
        self.calls.append((question, k))
        texts = self.ranking.get(question, ["không liên quan"])
        return [SimpleNamespace(chunk=_chunk(t, i), score=1.0 / (i + 1)) for i, t in enumerate(texts[:k])]


class FakeAssistant:
    """Scripted answers: question text -> Answer factory; a question mapped to an exception raises."""

    def __init__(self, script: dict[str, object], ranking: dict[str, list[str]] | None = None):
        self.script = script
        self.retriever = FakeRetriever(ranking or {})
        self.calls: list[tuple[str, str | None]] = []

    def answer(self, question, doc_ids=None, history=None, qid=None):
        self.calls.append((question, qid))
        item = self.script[question]
        if isinstance(item, Exception):
            raise item
        return item(question, qid)


def script_v1():
    g = {q["id"]: q["question"] for q in GOLD}
    return {
        g["g-1"]: lambda q, i: _answer(q, i, found=True, text="Indicator 18 is led by Công an tỉnh; target 100 % [1].", rows=[ROW18], latency=10.0),
        g["g-2"]: lambda q, i: _answer(q, i, found=True, text="Mục tiêu 40% [1].", rows=[ROW20], language="vi", latency=20.0),
        g["g-3"]: lambda q, i: _answer(q, i, found=True, text="Hạn: Tháng 8 / 2026 [1].", rows=[TASK], language="vi", latency=30.0),
        g["g-4"]: lambda q, i: _answer(q, i, found=False, text="The plans do not say.", latency=40.0),
        g["g-5"]: RuntimeError("index exploded"),
    }


RANKING = {
    GOLD[0]["question"]: ["khác", ROW18],
    GOLD[1]["question"]: [ROW20],
    GOLD[2]["question"]: ["a", "b", "c", "d", "e"],
}


def write_questions(path: Path, questions) -> Path:
    path.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in questions) + "\n\n", encoding="utf-8")
    return path


def read_jsonl(path: Path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def make_args(argv):
    parser = argparse.ArgumentParser()
    eval_cli.add_arguments(parser)
    return parser.parse_args(argv)


# ---------------------------------------------------------------- loading


def test_load_questions_generates_ids_and_skips_blank_lines(tmp_path):
    f = tmp_path / "q.jsonl"
    f.write_text('{"question": "a?"}\n\n{"id": "x", "question": "b?"}\n   \n{"question": "c?"}\n', encoding="utf-8")
    qs = runner.load_questions([f])
    assert [q["id"] for q in qs] == ["q-1", "x", "q-3"]


def test_load_questions_bad_json_names_file_and_line(tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": "a", "question": "x"}\n\n{"id": "b", "question": \n', encoding="utf-8")
    with pytest.raises(runner.QuestionFileError, match=r"bad\.jsonl:3: invalid JSON"):
        runner.load_questions([f])


def test_load_questions_duplicate_ids_across_files(tmp_path):
    a = write_questions(tmp_path / "a.jsonl", [{"id": "same", "question": "1"}])
    b = write_questions(tmp_path / "b.jsonl", [{"id": "other", "question": "2"}, {"id": "same", "question": "3"}])
    with pytest.raises(runner.QuestionFileError, match=r"b\.jsonl:2: duplicate id 'same' \(first at .*a\.jsonl:1\)"):
        runner.load_questions([a, b])


@pytest.mark.parametrize(
    ("line", "match"),
    [
        ('{"id": "a"}', "missing or empty \"question\""),
        ('["not", "an", "object"]', "expected a JSON object"),
        ('{"id": "a", "question": "x", "expected": "100%"}', "\"expected\" must be a list of strings"),
    ],
)
def test_load_questions_invalid_lines(tmp_path, line, match):
    f = tmp_path / "q.jsonl"
    f.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(runner.QuestionFileError, match=match):
        runner.load_questions([f])


def test_load_questions_missing_file(tmp_path):
    with pytest.raises(runner.QuestionFileError, match="file not found"):
        runner.load_questions([tmp_path / "nope.jsonl"])


# ---------------------------------------------------------------- end to end


def test_eval_end_to_end_with_gold(tmp_path, capsys):
    qfile = write_questions(tmp_path / "gold.jsonl", GOLD)
    out = tmp_path / "run1"
    fake = FakeAssistant(script_v1(), RANKING)
    args = make_args(["--questions", str(qfile), "--out", str(out), "--no-progress"])
    assert eval_cli.run_from_cli(args, settings=None, assistant=fake) == 0
    printed = capsys.readouterr().out

    # every question answered with its id
    assert [c[1] for c in fake.calls] == [q["id"] for q in GOLD]
    assert all(k == 10 for _, k in fake.retriever.calls)

    # results.jsonl: exactly the contract answer object + id (error line adds "error")
    results = read_jsonl(out / "results.jsonl")
    assert [r["id"] for r in results] == [q["id"] for q in GOLD]
    for r in results[:4]:
        assert set(r) == CONTRACT_KEYS
        assert "retrieved" not in r
    assert results[0]["citations"][0] == {
        "n": 1, "doc_id": "2026-plan_kh-275-ubnd", "doc_title": "Kế hoạch 2026 (275/KH-UBND)", "locator": "Phụ lục I, chỉ tiêu 1", "text": ROW18,
    }
    err = results[4]
    assert set(err) == CONTRACT_KEYS | {"error"}
    assert err["found"] is False and "index exploded" in err["error"] and err["language"] == "vi"

    # retrieval side file
    retrieval = {r["id"]: r["retrieved"] for r in read_jsonl(out / "retrieval.jsonl")}
    assert retrieval["g-1"] == ["khác", ROW18]

    # scores.jsonl
    scores = {s["id"]: s for s in read_jsonl(out / "scores.jsonl")}
    assert {k: scores["g-1"][k] for k in ("answer_ok", "citation_ok", "strict")} == {"answer_ok": True, "citation_ok": True, "strict": True}
    assert scores["g-2"]["answer_ok"] is False and scores["g-2"]["citation_ok"] is True
    assert scores["g-3"]["strict"] is True  # "Tháng 8 / 2026" + evidence across a line break
    assert scores["g-4"]["strict"] is True  # abstained on unanswerable
    assert scores["g-5"]["strict"] is False and scores["g-5"]["error"]

    # metrics.json
    m = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    a = m["assistant"]
    assert m["question_files"] == [str(qfile.resolve())]
    assert a["n"] == 5
    assert a["overall"]["strict"] == pytest.approx(3 / 5)
    assert a["overall"]["answer"] == pytest.approx(3 / 5)
    assert a["overall"]["citation"] == pytest.approx(4 / 5)
    assert a["by_type"]["indicator_lookup"]["strict"] == 0.5
    assert a["by_lang"]["en"]["strict"] == 1.0 and a["by_lang"]["vi"]["strict"] == pytest.approx(1 / 3)
    assert a["latency_ms"]["p50"] == 20.0  # sorted: error (< 10 ms), 10, 20, 30, 40 -> rank ceil(2.5) = 3
    assert a["latency_ms"]["p95"] == 40.0
    assert a["retrieval"]["n"] == 4  # g-1, g-2, g-3, g-5 (unanswerable skipped)
    assert a["retrieval"]["recall@1"] == 0.25 and a["retrieval"]["recall@3"] == 0.5
    assert a["retrieval"]["mrr"] == pytest.approx((0.5 + 1.0) / 4)
    assert a["abstention"] == {"positives": 1, "predicted": 1, "true_positives": 1, "precision": 1.0, "recall": 1.0}
    assert a["errors"] == ["g-5"] and a["missing"] == []
    assert "baseline" not in m

    # report.md + chart
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "## Overall" in report and "| assistant | 5 | 60.0% |" in report
    assert "## Accuracy by question type" in report and "| indicator_lookup | 2 | 50.0% (1) |" in report
    assert "## Accuracy by language" in report and "| en | 2 | 100.0% (2) |" in report
    assert "## Retrieval" in report and "recall@10" in report and "MRR" in report
    assert "## Abstention" in report and "## Latency" in report
    assert "](accuracy_by_type.png)" in report
    png = out / "accuracy_by_type.png"
    assert png.exists() and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # failures: g-2 (answer) and g-5 (error), with question, expected, answer and citations
    assert "## Failures (2)" in report
    assert "### g-2" in report and "Chỉ tiêu 20 có mục tiêu bao nhiêu?" in report and "Mục tiêu 40%" in report
    assert "Phụ lục I, chỉ tiêu 1" in report and "index exploded" in report
    assert "### g-1" not in report

    # stdout summary
    assert "overall" in printed and "60.0%" in printed and "lang=vi" in printed and "p95" in printed


def test_eval_without_gold_fields(tmp_path, capsys):
    plain = [{"id": q["id"], "question": q["question"]} for q in GOLD[:4]]
    qfile = write_questions(tmp_path / "plain.jsonl", plain)
    out = tmp_path / "plain-run"
    out.mkdir()
    (out / "metrics.json").write_text("{}")  # stale file from an earlier run must not survive
    fake = FakeAssistant(script_v1(), RANKING)
    args = make_args(["--questions", str(qfile), "--out", str(out), "--no-progress"])
    assert eval_cli.run_from_cli(args, settings=None, assistant=fake) == 0
    results = read_jsonl(out / "results.jsonl")
    assert [r["id"] for r in results] == ["g-1", "g-2", "g-3", "g-4"]
    assert all(set(r) == CONTRACT_KEYS for r in results)
    assert not (out / "metrics.json").exists() and not (out / "report.md").exists()
    scores = read_jsonl(out / "scores.jsonl")
    assert all(s["strict"] is None for s in scores)
    printed = capsys.readouterr().out
    assert "not scored" in printed and "found 3" in printed


def test_limit_and_missing_arguments(tmp_path, capsys):
    qfile = write_questions(tmp_path / "gold.jsonl", GOLD)
    fake = FakeAssistant(script_v1(), RANKING)
    args = make_args(["--questions", str(qfile), "--out", str(tmp_path / "lim"), "--limit", "2", "--no-progress"])
    assert eval_cli.run_from_cli(args, settings=None, assistant=fake) == 0
    assert len(read_jsonl(tmp_path / "lim" / "results.jsonl")) == 2
    assert eval_cli.run_from_cli(make_args(["--out", str(tmp_path / "x")]), settings=None, assistant=fake) == 2
    assert "--questions" in capsys.readouterr().err


def test_bad_question_file_is_a_one_line_error(tmp_path, capsys):
    f = tmp_path / "bad.jsonl"
    f.write_text("{oops\n", encoding="utf-8")
    args = make_args(["--questions", str(f), "--out", str(tmp_path / "o")])
    assert eval_cli.run_from_cli(args, settings=None, assistant=FakeAssistant({})) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "bad.jsonl:1" in err and "\n" not in err


def test_compare_lists_flipped_questions(tmp_path, capsys):
    qfile = write_questions(tmp_path / "gold.jsonl", GOLD)
    before, after = tmp_path / "before", tmp_path / "after"
    eval_cli.evaluate([qfile], before, FakeAssistant(script_v1(), RANKING), progress=False)
    v2 = script_v1()
    g = {q["id"]: q["question"] for q in GOLD}
    v2[g["g-2"]] = lambda q, i: _answer(q, i, found=True, text="Mục tiêu 50% [1].", rows=[ROW20], language="vi")  # fixed
    v2[g["g-4"]] = lambda q, i: _answer(q, i, found=True, text="100%", rows=[ROW18])  # broken: answered an unanswerable
    eval_cli.evaluate([qfile], after, FakeAssistant(v2, RANKING), progress=False)

    cmp = eval_compare.compare(before, after)
    assert [r["id"] for r in cmp["fixed"]] == ["g-2"]
    assert [r["id"] for r in cmp["broken"]] == ["g-4"]
    assert cmp["strict_before"] == pytest.approx(0.6) and cmp["strict_after"] == pytest.approx(0.6)
    assert cmp["fixed"][0]["before"]["answer_ok"] is False and cmp["fixed"][0]["after"]["answer_ok"] is True

    # CLI: prints a table, writes nothing without --out
    listing = sorted(p.name for p in tmp_path.iterdir())
    assert eval_cli.run_from_cli(make_args(["--compare", str(before), str(after)]), settings=None) == 0
    printed = capsys.readouterr().out
    assert "fixed" in printed and "broken" in printed and "g-2" in printed and "g-4" in printed
    assert sorted(p.name for p in tmp_path.iterdir()) == listing
    out = tmp_path / "diff"
    assert eval_cli.run_from_cli(make_args(["--compare", str(before), str(after), "--out", str(out)]), settings=None) == 0
    saved = json.loads((out / "compare.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in saved["broken"]] == ["g-4"]
    assert "g-2" in (out / "compare.md").read_text(encoding="utf-8")


def test_compare_rejects_non_run_folder(tmp_path, capsys):
    args = make_args(["--compare", str(tmp_path), str(tmp_path)])
    assert eval_cli.run_from_cli(args, settings=None) == 2
    assert "scores.jsonl" in capsys.readouterr().err


# ---------------------------------------------------------------- baseline


def test_baseline_splitter_and_context_scorer(tmp_path):
    from evals import baseline

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = "\n\n".join(f"Đoạn {i}: " + ("nội dung kế hoạch chuyển đổi số " * 12) for i in range(12))
    (corpus / "a.txt").write_text(body, encoding="utf-8")
    (corpus / "b.txt").write_text("Chỉ tiêu 18: Công an tỉnh chủ trì, mục tiêu 100%.", encoding="utf-8")
    (corpus / "ignored.md").write_text("not a txt", encoding="utf-8")
    docs = baseline.split_corpus(corpus)
    assert {d.metadata["source"] for d in docs} == {"a.txt", "b.txt"}
    assert all(len(d.page_content) <= 1000 for d in docs)
    assert sum(d.metadata["source"] == "a.txt" for d in docs) >= 4

    q = {"type": "indicator_lookup", "expected": ["Công an tỉnh", "100 %"], "evidence": ["Công an tỉnh chủ trì"]}
    assert baseline.score_context(q, ["x", "Chỉ tiêu 18: Công an tỉnh chủ trì, mục tiêu 100%."]) == {"answer_ok": True, "citation_ok": True, "strict": True}
    # expected values spread over two chunks still count for the answer; evidence must sit in one chunk
    q2 = {"type": "indicator_lookup", "expected": ["Công an tỉnh", "100%"], "evidence": ["Công an tỉnh mục tiêu 100%"]}
    assert baseline.score_context(q2, ["Công an tỉnh", "mục tiêu 100%"]) == {"answer_ok": True, "citation_ok": False, "strict": False}
    # the baseline never abstains
    assert baseline.score_context({"type": "unanswerable", "expected": [], "evidence": []}, ["x"])["strict"] is False


@pytest.mark.slow
def test_baseline_with_real_embeddings(tmp_path):
    try:
        from ingest.embeddings import get_embeddings  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"ingest.embeddings not available yet: {exc}")
    from evals import baseline
    from ingest.settings import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    filler = "\n\n".join(f"Section {i}. General provisions about meetings and reporting schedules." * 3 for i in range(10))
    (corpus / "plan.txt").write_text(
        filler + "\n\nThe provincial police lead the drone surveillance equipment investment, due January 2026.\n\n" + filler,
        encoding="utf-8",
    )
    (corpus / "other.txt").write_text("Cooking recipes: rice, fish sauce and herbs. " * 40, encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus)
    questions = [
        {"id": "b-1", "question": "Who leads the drone surveillance equipment investment?", "lang": "en", "type": "task_lookup",
         "expected": ["provincial police", "January 2026"], "evidence": ["drone surveillance equipment investment"]},
        {"id": "b-2", "question": "What is the budget for Mars?", "lang": "en", "type": "unanswerable", "expected": [], "evidence": []},
    ]
    scores, bl = baseline.run_baseline(questions, settings, progress=False)
    assert not bl.reused and bl.n_chunks == len(baseline.split_corpus(corpus))
    assert (tmp_path / "data" / "baseline").is_dir()
    assert scores[0]["strict"] is True and scores[0]["retrieval"]["recall@3"] == 1.0
    assert len(scores[0]["context"]) == baseline.TOP_K
    assert scores[1]["strict"] is False
    # second build reuses the collection (same chunks, same model)
    again = baseline.Baseline(settings).build()
    assert again.reused and again.store._collection.count() == bl.n_chunks
