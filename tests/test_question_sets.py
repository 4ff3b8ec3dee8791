"""The question sets in evals/ are valid, and the checker really catches bad questions."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVALS = ROOT / "evals"
CORPUS = ROOT / "corpus"
CHECKER = EVALS / "check_questions.py"
DEV = EVALS / "dev.jsonl"
PROJECT = EVALS / "project.jsonl"


def _load_checker():
    spec = importlib.util.spec_from_file_location("check_questions", CHECKER)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules.setdefault("check_questions", module)
    spec.loader.exec_module(module)
    return module


cq = _load_checker()


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _docs(q: dict) -> list[str]:
    return q["doc"] if isinstance(q["doc"], list) else [q["doc"]]


def _write(path: Path, questions: list[dict]) -> Path:
    path.write_text(
        "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions), encoding="utf-8"
    )
    return path


def _good_question(**overrides) -> dict:
    q = {
        "id": "t-001",
        "question": "Who leads indicator 18 of the 2026 plan and what is the 2026 target?",
        "lang": "en",
        "type": "indicator_lookup",
        "doc": "plan-2026",
        "expected": ["Công an tỉnh", "100%"],
        "evidence": ["đạt cấp độ 3 mức độ trưởng thành về quản trị dữ liệu"],
        "note": "plan-2026 Phụ lục I, chỉ tiêu 18",
    }
    q.update(overrides)
    return q


# --------------------------------------------------------------------------- the real sets


def test_corpus_documents_present():
    for name in cq.DOC_FILES.values():
        assert (CORPUS / name).is_file(), f"missing corpus document {name}"


def test_dev_set_passes_checker():
    assert cq.check_files([DEV], CORPUS) == []


def test_project_set_passes_checker():
    assert cq.check_files([PROJECT], CORPUS) == []


def test_both_sets_pass_together():
    # ids must be unique across files and no project question may repeat a dev question
    assert cq.check_files([DEV, PROJECT], CORPUS) == []


def test_project_set_size_and_coverage():
    questions = _read(PROJECT)
    assert len(questions) >= 150

    types = Counter(q["type"] for q in questions)
    assert set(types) == set(cq.TYPES), f"types covered: {dict(types)}"
    assert types["unanswerable"] >= 20
    assert types["ambiguous"] >= 10

    langs = Counter(q["lang"] for q in questions)
    assert set(langs) == {"vi", "en"}
    assert langs["vi"] > langs["en"] * 0.9  # roughly 55% Vietnamese

    docs = Counter(d for q in questions for d in _docs(q))
    assert set(docs) == set(cq.DOC_FILES), f"documents covered: {dict(docs)}"
    for key, count in docs.items():
        assert count >= 20, f"too few questions on {key}: {count}"

    assert all(q["id"].startswith("p-") for q in questions)


def test_project_questions_are_new():
    dev_texts = {cq.normalize_answer(q["question"]) for q in _read(DEV)}
    project_texts = [cq.normalize_answer(q["question"]) for q in _read(PROJECT)]
    assert not dev_texts.intersection(project_texts)
    assert len(project_texts) == len(set(project_texts))


def test_unanswerable_and_answerable_shapes():
    for q in _read(PROJECT):
        if q["type"] == "unanswerable":
            assert q["expected"] == [] and q["evidence"] == [], q["id"]
        else:
            assert q["expected"] and q["evidence"], q["id"]


# --------------------------------------------------------------------------- normalisation


def test_citation_normalisation_ignores_accents_case_punctuation_and_line_breaks():
    assert cq.normalize_citation("Đề án 06,\n\ntập  trung") == cq.normalize_citation("de an 06 TAP trung")
    assert "dd" not in cq.normalize_citation("Đ đ")


def test_answer_normalisation_keeps_accents_but_ignores_spacing_around_percent_and_slash():
    assert cq.normalize_answer("Tháng 12 / 2026") == cq.normalize_answer("tháng 12/2026")
    assert cq.normalize_answer("100 %") == "100%"
    assert cq.normalize_answer("Công an tỉnh") != cq.normalize_answer("Cong an tinh")


# --------------------------------------------------------------------------- the checker catches problems


def test_good_question_has_no_problems(tmp_path):
    path = _write(tmp_path / "good.jsonl", [_good_question()])
    assert cq.check_files([path], CORPUS) == []


def test_evidence_not_in_document_is_reported(tmp_path):
    bad = _good_question(evidence=["trung tâm vũ trụ quốc gia đặt tại Thanh Hóa"])
    problems = cq.check_files([_write(tmp_path / "bad.jsonl", [bad])], CORPUS)
    assert any("evidence" in p and "not found" in p for p in problems), problems


def test_evidence_from_another_document_is_reported(tmp_path):
    # this snippet is in kh-266 (indicator 62), not in the 2026 plan
    bad = _good_question(evidence=["Tỷ lệ người dân có tài khoản định danh điện tử"])
    problems = cq.check_files([_write(tmp_path / "bad.jsonl", [bad])], CORPUS)
    assert any("evidence" in p and "not found" in p for p in problems), problems


def test_expected_not_in_document_is_reported(tmp_path):
    bad = _good_question(expected=["Công an tỉnh", "37,5%"])
    problems = cq.check_files([_write(tmp_path / "bad.jsonl", [bad])], CORPUS)
    assert any("expected '37,5%'" in p for p in problems), problems


def test_missing_field_is_reported(tmp_path):
    bad = _good_question()
    del bad["evidence"]
    problems = cq.check_files([_write(tmp_path / "bad.jsonl", [bad])], CORPUS)
    assert any("missing field 'evidence'" in p for p in problems), problems


def test_duplicate_id_is_reported_within_and_across_files(tmp_path):
    a = _good_question()
    b = _good_question(question="Indicator 18 in the 2026 plan: lead agency?")
    problems = cq.check_files([_write(tmp_path / "dup.jsonl", [a, b])], CORPUS)
    assert any("duplicate id" in p for p in problems), problems

    first = _write(tmp_path / "one.jsonl", [a])
    second = _write(tmp_path / "two.jsonl", [b])
    problems = cq.check_files([first, second], CORPUS)
    assert any("duplicate id" in p for p in problems), problems


def test_unanswerable_with_expected_values_is_reported(tmp_path):
    bad = _good_question(type="unanswerable", evidence=[])
    problems = cq.check_files([_write(tmp_path / "bad.jsonl", [bad])], CORPUS)
    assert any("unanswerable" in p and "expected" in p for p in problems), problems


def test_answerable_without_expected_is_reported(tmp_path):
    bad = _good_question(expected=[])
    problems = cq.check_files([_write(tmp_path / "bad.jsonl", [bad])], CORPUS)
    assert any("empty 'expected'" in p for p in problems), problems


@pytest.mark.parametrize(
    "overrides, fragment",
    [
        ({"lang": "fr"}, "unknown lang"),
        ({"type": "lookup"}, "unknown type"),
        ({"doc": "plan-2027"}, "unknown doc key"),
        ({"expected": "100%"}, "must be a list of strings"),
        ({"doc": []}, "field 'doc'"),
    ],
)
def test_bad_field_values_are_reported(tmp_path, overrides, fragment):
    bad = _good_question(**overrides)
    problems = cq.check_files([_write(tmp_path / "bad.jsonl", [bad])], CORPUS)
    assert any(fragment in p for p in problems), problems


def test_invalid_json_line_is_reported(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text(json.dumps(_good_question(), ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    problems = cq.check_files([path], CORPUS)
    assert any("invalid JSON" in p and ":2" in p for p in problems), problems


def test_multi_document_question_accepts_evidence_from_any_named_document(tmp_path):
    q = _good_question(
        doc=["plan-2026", "kh-266-2025"],
        expected=["Công an tỉnh"],
        evidence=["Tỷ lệ người dân có tài khoản định danh điện tử"],
    )
    assert cq.check_files([_write(tmp_path / "multi.jsonl", [q])], CORPUS) == []


def test_missing_corpus_is_reported(tmp_path):
    path = _write(tmp_path / "good.jsonl", [_good_question()])
    problems = cq.check_files([path], tmp_path / "no-corpus")
    assert any("not found" in p for p in problems), problems


# --------------------------------------------------------------------------- command line


def _run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(CHECKER), *args], capture_output=True, text=True, cwd=ROOT
    )


def test_cli_passes_on_the_real_sets():
    result = _run_cli(str(DEV), str(PROJECT))
    assert result.returncode == 0, result.stdout + result.stderr
    n = len(_read(DEV)) + len(_read(PROJECT))
    assert result.stdout.strip().splitlines()[-1] == f"{n} questions, 0 problems"


def test_cli_fails_and_reports_each_problem(tmp_path):
    bad_evidence = _good_question(evidence=["không có đoạn văn này trong kế hoạch"])
    bad_unanswerable = _good_question(id="t-002", question="Task 99?", type="unanswerable", evidence=[])
    path = _write(tmp_path / "bad.jsonl", [bad_evidence, bad_unanswerable])
    result = _run_cli(str(path), "--corpus", str(CORPUS))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == "2 questions, 2 problems"
    assert any("[t-001]" in line and "evidence" in line for line in lines)
    assert any("[t-002]" in line and "unanswerable" in line for line in lines)
