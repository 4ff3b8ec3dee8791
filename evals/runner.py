"""Load question sets, answer every question, write the run's files.

Files of one run (``plan-assistant eval --questions ... --out DIR``):

* ``DIR/results.jsonl`` — one line per question: exactly the answer object of DESIGN.md
  (``Answer.to_json_dict()``) with the question's ``id``. An answer that raised is recorded as
  ``found: false`` with an ``error`` field (and scored wrong).
* ``DIR/retrieval.jsonl`` — ``{"id", "retrieved": [source texts of the top-10 chunks]}`` from
  ``assistant.retriever.search(question, k=10)``, used for recall@k / MRR only.
* ``DIR/scores.jsonl`` — one line per question: id, type, lang, answer_ok, citation_ok, strict,
  found, latency_ms, ... (``null`` scores when the set has no gold fields); used by ``--compare``.
* ``DIR/metrics.json`` and ``DIR/report.md`` (+ ``accuracy_by_type.png``) when the set has gold
  fields — see ``evals/report.py``.
"""

from __future__ import annotations

import json
import logging
import re
import time
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

RETRIEVAL_K = 10
_VI_CHARS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]")


class EvalError(ValueError):
    """An evaluation input cannot be used; the message says what to do."""


class QuestionFileError(EvalError):
    """A question file cannot be used; the message names the file and line."""


# --------------------------------------------------------------------------- loading


def load_questions(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Read JSON Lines question files (blank lines skipped) into one list.

    Every line must be a JSON object with a non-empty string ``question``. ``id`` is
    optional: a missing id becomes ``"q-<n>"`` (n = 1-based position over all files). Ids must
    be unique over all files. ``expected`` / ``evidence``, when present, must be lists of strings.
    Raises :class:`QuestionFileError` naming ``file:line``.
    """
    questions: list[dict[str, Any]] = []
    where: list[str] = []
    paths = [Path(p) for p in paths]
    if not paths:
        raise QuestionFileError("no question file given: pass --questions FILE [FILE...]")
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            raise QuestionFileError(f"{path}: file not found") from None
        except UnicodeDecodeError as exc:
            raise QuestionFileError(f"{path}: not UTF-8 text ({exc.reason}); save the file as UTF-8") from None
        except OSError as exc:
            raise QuestionFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
        for lineno, line in enumerate(lines, start=1):
            loc = f"{path}:{lineno}"
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise QuestionFileError(f"{loc}: invalid JSON ({exc.msg} at column {exc.colno}); one JSON object per line") from None
            if not isinstance(obj, dict):
                raise QuestionFileError(f"{loc}: expected a JSON object like {{\"id\": ..., \"question\": ...}}")
            text = obj.get("question")
            if not isinstance(text, str) or not text.strip():
                raise QuestionFileError(f"{loc}: missing or empty \"question\" string")
            for field in ("expected", "evidence"):
                value = obj.get(field)
                if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                    raise QuestionFileError(f"{loc}: \"{field}\" must be a list of strings")
            if "id" in obj and obj["id"] is not None:
                if not isinstance(obj["id"], (str, int)) or str(obj["id"]).strip() == "":
                    raise QuestionFileError(f"{loc}: \"id\" must be a non-empty string")
                obj["id"] = str(obj["id"])
            questions.append(obj)
            where.append(loc)

    seen: dict[str, str] = {}
    for q, loc in zip(questions, where):
        if q.get("id") is not None:
            if q["id"] in seen:
                raise QuestionFileError(f"{loc}: duplicate id {q['id']!r} (first at {seen[q['id']]}); ids must be unique")
            seen[q["id"]] = loc
    for n, (q, loc) in enumerate(zip(questions, where), start=1):
        if q.get("id") is None:
            qid = f"q-{n}"
            if qid in seen:
                raise QuestionFileError(f"{loc}: no id, and the generated id {qid!r} is already used at {seen[qid]}; give this question an id")
            q["id"] = qid
            seen[qid] = loc
    return questions


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    path = Path(path)
    out = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise QuestionFileError(f"{path}:{lineno}: invalid JSON ({exc.msg})") from None
    return out


def write_jsonl(path: str | Path, rows: Iterable[dict[str, Any]]) -> Path:
    path = Path(path)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


# --------------------------------------------------------------------------- answering


def _guess_language(text: str) -> str:
    """'vi' when the text carries Vietnamese letters or tone marks, else 'en' (error records only)."""
    if _VI_CHARS.search(text):
        return "vi"
    decomposed = unicodedata.normalize("NFD", text)
    return "vi" if any(unicodedata.category(c) == "Mn" for c in decomposed) else "en"


def _hit_text(hit: Any) -> str | None:
    """Source text of one search hit: an object with ``.chunk.source_text``, a (chunk, score)
    pair, a Chunk, or a LangChain Document."""
    if isinstance(hit, tuple) and hit:
        hit = hit[0]
    chunk = getattr(hit, "chunk", None)
    if chunk is not None:
        hit = chunk
    for attr in ("source_text", "page_content", "text"):
        value = getattr(hit, attr, None)
        if isinstance(value, str):
            return value
    return None


def _retrieve(assistant: Any, question: str, doc_ids: list[str] | None) -> list[str] | None:
    retriever = getattr(assistant, "retriever", None)
    search = getattr(retriever, "search", None)
    if search is None:
        return None
    hits = search(question, k=RETRIEVAL_K, doc_ids=doc_ids) if doc_ids else search(question, k=RETRIEVAL_K)
    texts = [_hit_text(h) for h in list(hits)[:RETRIEVAL_K]]
    return [t for t in texts if t is not None]


def run(
    questions: Sequence[dict[str, Any]],
    assistant: Any,
    progress: bool = True,
    doc_ids: list[str] | None = None,
    retrieval: bool = True,
) -> list[dict[str, Any]]:
    """Answer every question with ``assistant.answer(question, qid=id)``.

    Returns one result per question: the answer object (``Answer.to_json_dict()``) with ``id``,
    plus a side field ``"retrieved"`` (source texts of ``assistant.retriever.search(question,
    k=10)``, or ``None``) that :func:`write_results` moves to ``retrieval.jsonl``. An answer that
    raises becomes ``found: false`` with an ``error`` field. A result whose ``latency_ms`` is 0 or
    absent gets the wall-clock time the runner measured.
    """
    from tqdm.auto import tqdm

    results: list[dict[str, Any]] = []
    retrieval_failed = False
    bar = tqdm(questions, desc="answering", unit="q", disable=not progress)
    for q in bar:
        qid = q["id"]
        text = q["question"]
        t0 = time.perf_counter()
        try:
            kwargs: dict[str, Any] = {"qid": qid}
            if doc_ids:
                kwargs["doc_ids"] = doc_ids
            answer = assistant.answer(text, **kwargs)
            data = answer.to_json_dict() if hasattr(answer, "to_json_dict") else dict(answer)
            elapsed = (time.perf_counter() - t0) * 1000
            data.pop("id", None)
            result = {"id": qid, **data}
            if not result.get("latency_ms"):
                result["latency_ms"] = round(elapsed, 3)
        except Exception as exc:  # noqa: BLE001 - one failing question must not stop the run
            elapsed = (time.perf_counter() - t0) * 1000
            log.warning("question %s raised %s: %s", qid, type(exc).__name__, exc)
            lang = q.get("lang") if q.get("lang") in ("vi", "en") else _guess_language(text)
            result = {
                "id": qid,
                "question": text,
                "language": lang,
                "found": False,
                "answer": "",
                "citations": [],
                "latency_ms": round(elapsed, 3),
                "error": f"{type(exc).__name__}: {exc}",
            }
        retrieved = None
        if retrieval and not retrieval_failed:
            try:
                retrieved = _retrieve(assistant, text, doc_ids)
            except Exception as exc:  # noqa: BLE001 - retrieval metrics are optional
                log.warning("retrieval capture disabled: %s: %s", type(exc).__name__, exc)
                retrieval_failed = True
        result["retrieved"] = retrieved
        results.append(result)
    return results


def split_retrieved(results: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """(results without the side field, id -> retrieved texts)."""
    clean: list[dict[str, Any]] = []
    retrieved: dict[str, list[str]] = {}
    for r in results:
        r = dict(r)
        texts = r.pop("retrieved", None)
        if texts is not None:
            retrieved[r["id"]] = list(texts)
        clean.append(r)
    return clean, retrieved


def write_results(out_dir: str | Path, results: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """Write ``results.jsonl`` (contract objects + id) and ``retrieval.jsonl`` (when any)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    clean, retrieved = split_retrieved(results)
    write_jsonl(out / "results.jsonl", clean)
    retrieval_path = out / "retrieval.jsonl"
    if retrieved:
        write_jsonl(retrieval_path, ({"id": r["id"], "retrieved": retrieved[r["id"]]} for r in clean if r["id"] in retrieved))
    elif retrieval_path.exists():
        retrieval_path.unlink()
    return clean, retrieved


def load_run(out_dir: str | Path) -> tuple[dict[str, dict[str, Any]], dict[str, list[str]]]:
    """Read a run's results.jsonl (id -> result) and retrieval.jsonl (id -> texts)."""
    out = Path(out_dir)
    results = {r["id"]: r for r in read_jsonl(out / "results.jsonl")}
    retrieved: dict[str, list[str]] = {}
    if (out / "retrieval.jsonl").exists():
        retrieved = {r["id"]: r["retrieved"] for r in read_jsonl(out / "retrieval.jsonl")}
    return results, retrieved
