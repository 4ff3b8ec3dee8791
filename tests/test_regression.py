"""Regression guard: the REAL assistant over the bundled corpus must keep its strict accuracy.

Answers the subset of the question set named in ``evals/regression_floor.json``
(``{"questions": "evals/dev.jsonl", "subset": "all" | N, "floor": 0.xx}``; N = the first N
questions) with a fresh index built once per module in a temporary data dir, scores it with the
evaluation runner and asserts ``strict accuracy >= floor``. Raise the floor as accuracy improves.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals import metrics as M
from evals import runner

ROOT = Path(__file__).resolve().parent.parent
FLOOR_FILE = ROOT / "evals" / "regression_floor.json"


def _assistant_class():
    try:
        import assistant

        return assistant.Assistant
    except (ImportError, AttributeError):
        return None


needs_assistant = pytest.mark.skipif(_assistant_class() is None, reason="assistant not available")


def load_floor() -> dict:
    spec = json.loads(FLOOR_FILE.read_text(encoding="utf-8"))
    assert 0.0 <= float(spec["floor"]) <= 1.0, "floor must be a fraction between 0 and 1"
    return spec


def subset(questions: list[dict], spec) -> list[dict]:
    if spec in (None, "all"):
        return questions
    return questions[: int(spec)]


@pytest.fixture(scope="module")
def real_assistant(corpus_index):
    """The real Assistant over the session's corpus index (tests/conftest.py builds it once)."""
    settings, store = corpus_index
    return _assistant_class()(settings, store=store)


def test_floor_file_is_valid():
    spec = load_floor()
    questions = runner.load_questions([ROOT / spec["questions"]])
    chosen = subset(questions, spec.get("subset"))
    assert chosen, "the regression subset is empty"
    assert M.has_gold(chosen)


@pytest.mark.slow
@needs_assistant
def test_strict_accuracy_at_least_floor(real_assistant):
    spec = load_floor()
    questions = subset(runner.load_questions([ROOT / spec["questions"]]), spec.get("subset"))
    results = runner.run(questions, real_assistant, progress=False, retrieval=False)
    clean, retrieved = runner.split_retrieved(results)
    for r in clean:  # every line honours the answer contract
        assert {"id", "question", "language", "found", "answer", "citations", "latency_ms"} <= set(r)
    scores = M.score_all(questions, {r["id"]: r for r in clean}, retrieved)
    agg = M.aggregate(scores)
    strict = agg["overall"]["strict"]
    failed = [s["id"] for s in scores if not s["strict"]]
    print(f"\nregression: strict {strict:.3f} (answer {agg['overall']['answer']:.3f}, citation {agg['overall']['citation']:.3f}) "
          f"on {len(questions)} questions; floor {spec['floor']}; errors {agg['errors']}")
    assert not agg["errors"], f"questions raised: {agg['errors']}"
    assert strict >= float(spec["floor"]), f"strict accuracy {strict:.3f} < floor {spec['floor']}; failing: {failed}"
