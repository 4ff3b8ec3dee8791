"""Scoring of answers against a question set's gold fields. Pure functions, no I/O.

The rules are those of ``evals/README`` (shared scoring rules) and agree with
``evals/check_questions.py``:

* **answer correct** — every ``expected`` string occurs in the answer text, both compared after
  Unicode NFC, case-folding, collapsing whitespace and removing spaces around ``%`` and ``/``
  (:func:`normalize_answer`). For type ``unanswerable``: correct iff ``found`` is false.
* **citation correct** — some citation's ``text`` contains some ``evidence`` snippet, both
  compared after removing accents (NFD, combining marks dropped, đ→d), case, punctuation and
  line breaks (:func:`normalize_citation`). For ``unanswerable``: correct iff ``found`` is false
  (citations are irrelevant).
* **strict** — answer and citation both correct.

Edge cases (decided here, tested in ``tests/test_metrics.py``):

* An answerable question with an empty ``expected`` list: the answer is correct only when
  ``found`` is true (there is nothing to check beyond "the assistant answered").
* An answerable question with an empty ``evidence`` list: the citation is correct only when
  ``found`` is true *and* the answer cites at least one source (the source cannot be verified,
  but an answer with no citation at all is never citation-correct).
* A result carrying an ``error`` field (the assistant raised) is wrong on every measure, also
  for unanswerable questions: a crash is not an abstention.
* A question without a result (``result is None``) is *missing*: wrong on every measure and
  listed under ``missing``.
* Only type ``unanswerable`` is special; every other type (including ``ambiguous``) and a
  question without ``type`` are answerable.
* Latency percentiles use the **nearest-rank** method: the p-th percentile of n sorted values
  is the value at 1-based rank ``ceil(p/100 * n)`` (rank 1 for p = 0); always an observed value.
  Latency is taken from each present result's ``latency_ms``.
* Abstention: positives = unanswerable questions; predicted positive = a present, error-free
  result with ``found`` false. precision = TP / predicted positives, recall = TP / positives;
  ``None`` when the denominator is zero.
* Retrieval metrics (recall@k, reciprocal rank) are computed only for answerable questions with
  evidence and a recorded retrieval list; evidence matching uses :func:`normalize_citation`.
  A question whose evidence is not in the retrieved list has reciprocal rank 0.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

UNANSWERABLE = "unanswerable"
DEFAULT_K_VALUES = (1, 3, 5, 10)
NO_VALUE = "(none)"  # group label for questions without type / lang

_WS_RE = re.compile(r"\s+")
_PCT_SLASH_RE = re.compile(r"\s*([%/])\s*")


# --------------------------------------------------------------------------- normalisation


def normalize_answer(s: str | None) -> str:
    """NFC, case-folded, whitespace collapsed, no spaces around ``%`` and ``/``.

    >>> normalize_answer("Tháng 12 / 2026:  100 %")
    'tháng 12/2026: 100%'
    """
    text = unicodedata.normalize("NFC", s or "").casefold()
    text = _WS_RE.sub(" ", text).strip()
    return _PCT_SLASH_RE.sub(r"\1", text)


def normalize_citation(s: str | None) -> str:
    """Accents removed (đ→d), case-folded, punctuation and symbols → space, whitespace collapsed.

    Punctuation is replaced by a space (not deleted) so that ``"2022-2025"`` and
    ``"2022 - 2025"`` compare equal; line breaks are whitespace and collapse to one space.

    >>> normalize_citation("Hệ thống báo cáo thông\\nkê (thông minh).")
    'he thong bao cao thong ke thong minh'
    """
    text = unicodedata.normalize("NFC", s or "")
    text = text.replace("đ", "d").replace("Đ", "D")
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        cat = unicodedata.category(ch)
        if cat.startswith("M"):  # combining marks (accents)
            continue
        if cat.startswith("P") or cat.startswith("S"):  # punctuation and symbols
            out.append(" ")
            continue
        out.append(ch)
    return _WS_RE.sub(" ", "".join(out).casefold()).strip()


# --------------------------------------------------------------------------- per question


def is_unanswerable(q: Mapping[str, Any]) -> bool:
    return q.get("type") == UNANSWERABLE


def has_gold(questions: Iterable[Mapping[str, Any]]) -> bool:
    """Gold fields present = any question has ``expected`` or ``type``."""
    return any("expected" in q or "type" in q for q in questions)


def _failed(result: Mapping[str, Any] | None) -> bool:
    return result is None or bool(result.get("error"))


def answer_correct(q: Mapping[str, Any], result: Mapping[str, Any] | None) -> bool:
    """Every expected string occurs in the normalised answer text (see module doc)."""
    if _failed(result):
        return False
    found = bool(result.get("found"))
    if is_unanswerable(q):
        return not found
    expected = [e for e in (q.get("expected") or []) if normalize_answer(e)]
    if not expected:
        return found
    text = normalize_answer(result.get("answer"))
    return all(normalize_answer(e) in text for e in expected)


def _citation_texts(result: Mapping[str, Any]) -> list[str]:
    texts = []
    for c in result.get("citations") or []:
        text = c.get("text") if isinstance(c, Mapping) else getattr(c, "text", None)
        if text:
            texts.append(text)
    return texts


def citation_correct(q: Mapping[str, Any], result: Mapping[str, Any] | None) -> bool:
    """Some citation text contains some evidence snippet (see module doc)."""
    if _failed(result):
        return False
    found = bool(result.get("found"))
    if is_unanswerable(q):
        return not found
    texts = _citation_texts(result)
    evidence = [normalize_citation(e) for e in (q.get("evidence") or [])]
    evidence = [e for e in evidence if e]
    if not evidence:
        return found and bool(texts)
    norm_texts = [normalize_citation(t) for t in texts]
    return any(e in t for e in evidence for t in norm_texts)


def strict_correct(q: Mapping[str, Any], result: Mapping[str, Any] | None) -> bool:
    return answer_correct(q, result) and citation_correct(q, result)


def retrieval_metrics(
    q: Mapping[str, Any],
    retrieved_texts: Sequence[str] | None,
    k_values: Sequence[int] = DEFAULT_K_VALUES,
) -> dict[str, float] | None:
    """recall@k (some evidence inside one of the top-k texts) and reciprocal rank.

    Returns ``None`` (skipped) for unanswerable questions, questions without evidence and
    when no retrieval was recorded.
    """
    if is_unanswerable(q) or retrieved_texts is None:
        return None
    evidence = [e for e in (normalize_citation(s) for s in (q.get("evidence") or [])) if e]
    if not evidence:
        return None
    first_hit: int | None = None
    for rank, text in enumerate(retrieved_texts, start=1):
        norm = normalize_citation(text)
        if any(e in norm for e in evidence):
            first_hit = rank
            break
    out: dict[str, float] = {}
    for k in k_values:
        out[f"recall@{k}"] = 1.0 if first_hit is not None and first_hit <= k else 0.0
    out["rr"] = 1.0 / first_hit if first_hit is not None else 0.0
    return out


def score_question(
    q: Mapping[str, Any],
    result: Mapping[str, Any] | None,
    retrieved_texts: Sequence[str] | None = None,
    k_values: Sequence[int] = DEFAULT_K_VALUES,
) -> dict[str, Any]:
    """One line of ``scores.jsonl``: the scores of one question."""
    missing = result is None
    a_ok = answer_correct(q, result)
    c_ok = citation_correct(q, result)
    latency = None if missing else result.get("latency_ms")
    return {
        "id": q.get("id"),
        "type": q.get("type") or NO_VALUE,
        "lang": q.get("lang") or NO_VALUE,
        "answer_ok": a_ok,
        "citation_ok": c_ok,
        "strict": a_ok and c_ok,
        "found": None if missing else bool(result.get("found")),
        "missing": missing,
        "error": None if missing else (result.get("error") or None),
        "latency_ms": float(latency) if isinstance(latency, (int, float)) else None,
        "retrieval": retrieval_metrics(q, retrieved_texts, k_values),
    }


def score_all(
    questions: Sequence[Mapping[str, Any]],
    results_by_id: Mapping[str, Mapping[str, Any]],
    retrieved_by_id: Mapping[str, Sequence[str]] | None = None,
    k_values: Sequence[int] = DEFAULT_K_VALUES,
) -> list[dict[str, Any]]:
    """Score every question; a question without a result is scored as missing (wrong)."""
    retrieved_by_id = retrieved_by_id or {}
    return [
        score_question(q, results_by_id.get(q.get("id")), retrieved_by_id.get(q.get("id")), k_values)
        for q in questions
    ]


# --------------------------------------------------------------------------- aggregates


def percentile(values: Sequence[float], p: float) -> float | None:
    """Nearest-rank percentile (``None`` for an empty list)."""
    if not values:
        return None
    if not 0 <= p <= 100:
        raise ValueError(f"percentile must be within 0..100, got {p}")
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def mean_reciprocal_rank(ranks: Sequence[int | None]) -> float | None:
    """MRR of 1-based ranks of the first relevant item (``None``/0 = not retrieved)."""
    if not ranks:
        return None
    return sum(1.0 / r if r else 0.0 for r in ranks) / len(ranks)


def abstention(scores: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Precision/recall of abstaining; positives = unanswerable, predicted = found false."""
    positives = sum(1 for s in scores if s.get("type") == UNANSWERABLE)
    predicted = [s for s in scores if _abstained(s)]
    tp = sum(1 for s in predicted if s.get("type") == UNANSWERABLE)
    return {
        "positives": positives,
        "predicted": len(predicted),
        "true_positives": tp,
        "precision": tp / len(predicted) if predicted else None,
        "recall": tp / positives if positives else None,
    }


def _abstained(s: Mapping[str, Any]) -> bool:
    return not s.get("missing") and not s.get("error") and s.get("found") is False


def _group(scores: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    n = len(scores)
    out: dict[str, Any] = {"n": n}
    for key in ("strict", "answer", "citation"):
        field = key if key == "strict" else f"{key}_ok"
        correct = sum(1 for s in scores if s.get(field))
        out[f"{key}_correct"] = correct
        out[key] = correct / n if n else None
    return out


def _by(scores: Sequence[Mapping[str, Any]], key: str) -> dict[str, Any]:
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for s in scores:
        groups.setdefault(s.get(key) or NO_VALUE, []).append(s)
    return {name: _group(groups[name]) for name in sorted(groups)}


def aggregate(
    per_question_scores: Sequence[Mapping[str, Any]],
    k_values: Sequence[int] = DEFAULT_K_VALUES,
) -> dict[str, Any]:
    """Overall / by type / by language accuracy, latency, retrieval, abstention."""
    scores = list(per_question_scores)
    latencies = [s["latency_ms"] for s in scores if isinstance(s.get("latency_ms"), (int, float)) and not s.get("missing")]
    retrieval = [s["retrieval"] for s in scores if s.get("retrieval")]
    retr: dict[str, Any] = {"n": len(retrieval)}
    for k in k_values:
        key = f"recall@{k}"
        vals = [r[key] for r in retrieval if key in r]
        retr[key] = sum(vals) / len(vals) if vals else None
    retr["mrr"] = sum(r["rr"] for r in retrieval) / len(retrieval) if retrieval else None
    return {
        "n": len(scores),
        "overall": _group(scores),
        "by_type": _by(scores, "type"),
        "by_lang": _by(scores, "lang"),
        "latency_ms": {
            "n": len(latencies),
            "p50": percentile(latencies, 50),
            "p95": percentile(latencies, 95),
            "mean": sum(latencies) / len(latencies) if latencies else None,
            "method": "nearest-rank",
        },
        "retrieval": retr,
        "abstention": abstention(scores),
        "missing": [s.get("id") for s in scores if s.get("missing")],
        "errors": [s.get("id") for s in scores if not s.get("missing") and s.get("error")],
    }
