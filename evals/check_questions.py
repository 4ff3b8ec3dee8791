"""Validate question-set files (JSON Lines) against the bundled plan documents.

Usage::

    python evals/check_questions.py evals/dev.jsonl evals/project.jsonl [--corpus DIR]

Each line of a question file is one JSON object with the fields ``id``, ``question``,
``lang`` (vi/en), ``type``, ``doc`` (a document key or a list of keys), ``expected``
(strings that must all appear in a correct answer, verbatim from the plan), ``evidence``
(short verbatim snippets; a correct citation contains one of them) and ``note``.

The checker reports, one line per problem:

* lines that are not valid JSON objects, missing fields, fields of the wrong type;
* ids that repeat (within a file or across all files checked together) and question
  texts that repeat;
* unknown ``lang``, ``type`` or ``doc`` values;
* evidence snippets that do not occur in (one of) the named document(s), compared after
  removing accents (đ→d), case, punctuation and line breaks (the citation rule);
* expected strings that do not occur in (one of) the named document(s), compared after
  Unicode NFC, case-folding, collapsing whitespace and removing spaces around ``%`` and
  ``/`` (the answer rule);
* ``unanswerable`` questions with expected values or evidence, and answerable questions
  without them.

It prints a summary ``N questions, M problems`` and exits with status 1 when there is any
problem. Only the standard library is used; ``check_files`` is the importable entry point.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Iterable

# Document key -> file name in the corpus directory.
DOC_FILES: dict[str, str] = {
    "plan-2026": "2026-plan_kh-275-ubnd.txt",
    "plan-2025": "2025-plan_ubnd.txt",
    "ctr-06-2022": "2022-program_qd-176-ubnd_nq-06.txt",
    "kh-266-2025": "2025-action-plan_kh-266-tu_nq-57.txt",
    "kh-285-2025": "2025-plan_kh-285-tu_kh-02.txt",
}

LANGS = frozenset({"vi", "en"})
TYPES = frozenset(
    {
        "indicator_lookup",
        "task_lookup",
        "aggregation",
        "narrative",
        "comparison",
        "unanswerable",
        "ambiguous",
    }
)
REQUIRED_FIELDS = ("id", "question", "lang", "type", "doc", "expected", "evidence", "note")

DEFAULT_CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"

_WS_RE = re.compile(r"\s+")
_PCT_SLASH_RE = re.compile(r"\s*([%/])\s*")


def normalize_citation(text: str) -> str:
    """Citation comparison: no accents (đ→d), no case, no punctuation, no line breaks."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    out: list[str] = []
    for ch in decomposed:
        cat = unicodedata.category(ch)
        if cat.startswith("M"):  # combining accents
            continue
        if cat.startswith("P") or cat.startswith("S"):  # punctuation and symbols
            out.append(" ")
            continue
        out.append(ch)
    text = "".join(out).casefold()
    return _WS_RE.sub(" ", text).strip()


def normalize_answer(text: str) -> str:
    """Answer comparison: NFC, case-folded, whitespace collapsed, no spaces around % and /."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _WS_RE.sub(" ", text).strip()
    return _PCT_SLASH_RE.sub(r"\1", text)


class _Corpus:
    """Lazily loaded, normalised document texts."""

    def __init__(self, corpus_dir: Path) -> None:
        self.corpus_dir = Path(corpus_dir)
        self._raw: dict[str, str | None] = {}
        self._cit: dict[str, str] = {}
        self._ans: dict[str, str] = {}

    def raw(self, key: str) -> str | None:
        if key not in self._raw:
            path = self.corpus_dir / DOC_FILES[key]
            try:
                self._raw[key] = path.read_text(encoding="utf-8")
            except OSError:
                self._raw[key] = None
        return self._raw[key]

    def citation_text(self, key: str) -> str:
        if key not in self._cit:
            self._cit[key] = normalize_citation(self.raw(key) or "")
        return self._cit[key]

    def answer_text(self, key: str) -> str:
        if key not in self._ans:
            self._ans[key] = normalize_answer(self.raw(key) or "")
        return self._ans[key]


def _doc_keys(doc: object) -> list[str] | None:
    if isinstance(doc, str):
        return [doc]
    if isinstance(doc, list) and doc and all(isinstance(d, str) for d in doc):
        return list(doc)
    return None


def _is_str_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _check_question(
    q: dict, where: str, corpus: _Corpus, missing_docs_reported: set[str]
) -> list[str]:
    problems: list[str] = []
    qid = q.get("id")
    label = f"{where} [{qid}]" if isinstance(qid, str) and qid else where

    for field in REQUIRED_FIELDS:
        if field not in q:
            problems.append(f"{label}: missing field '{field}'")

    for field in ("id", "question", "note"):
        if field in q and not isinstance(q[field], str):
            problems.append(f"{label}: field '{field}' must be a string")
    for field in ("id", "question"):
        if isinstance(q.get(field), str) and not q[field].strip():
            problems.append(f"{label}: field '{field}' is empty")

    if "lang" in q and q["lang"] not in LANGS:
        problems.append(f"{label}: unknown lang {q['lang']!r} (expected one of {sorted(LANGS)})")
    qtype = q.get("type")
    if "type" in q and qtype not in TYPES:
        problems.append(f"{label}: unknown type {qtype!r}")

    keys: list[str] | None = None
    if "doc" in q:
        keys = _doc_keys(q["doc"])
        if keys is None:
            problems.append(f"{label}: field 'doc' must be a document key or a non-empty list of keys")
        else:
            unknown = [k for k in keys if k not in DOC_FILES]
            for k in unknown:
                problems.append(f"{label}: unknown doc key {k!r}")
            keys = [k for k in keys if k in DOC_FILES]
            for k in keys:
                if corpus.raw(k) is None and k not in missing_docs_reported:
                    missing_docs_reported.add(k)
                    problems.append(
                        f"corpus: document file {DOC_FILES[k]!r} for doc key {k!r} "
                        f"not found in {corpus.corpus_dir}"
                    )
            keys = [k for k in keys if corpus.raw(k) is not None]

    for field in ("expected", "evidence"):
        if field in q and not _is_str_list(q[field]):
            problems.append(f"{label}: field '{field}' must be a list of strings")

    expected = q.get("expected") if _is_str_list(q.get("expected")) else None
    evidence = q.get("evidence") if _is_str_list(q.get("evidence")) else None

    if qtype == "unanswerable":
        if expected:
            problems.append(f"{label}: unanswerable question must have empty 'expected'")
        if evidence:
            problems.append(f"{label}: unanswerable question must have empty 'evidence'")
    elif qtype in TYPES:
        if expected is not None and not expected:
            problems.append(f"{label}: answerable question has empty 'expected'")
        if evidence is not None and not evidence:
            problems.append(f"{label}: answerable question has empty 'evidence'")

    if keys:
        for value in expected or []:
            needle = normalize_answer(value)
            if not needle:
                problems.append(f"{label}: empty expected string")
            elif not any(needle in corpus.answer_text(k) for k in keys):
                problems.append(f"{label}: expected {value!r} not found in {'/'.join(keys)}")
        for snippet in evidence or []:
            needle = normalize_citation(snippet)
            if not needle:
                problems.append(f"{label}: empty evidence snippet")
            elif not any(needle in corpus.citation_text(k) for k in keys):
                problems.append(f"{label}: evidence {snippet!r} not found in {'/'.join(keys)}")
    return problems


def load_questions(path: Path) -> tuple[list[tuple[str, dict]], list[str]]:
    """Parse a JSON Lines file; returns ((location, question) pairs, problems)."""
    path = Path(path)
    items: list[tuple[str, dict]] = []
    problems: list[str] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        return items, [f"{path}: cannot read file ({exc})"]
    for lineno, line in enumerate(lines, start=1):
        where = f"{path}:{lineno}"
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            problems.append(f"{where}: line is not a JSON object")
            continue
        items.append((where, obj))
    return items, problems


def check_files(paths: Iterable[str | Path], corpus_dir: str | Path | None = None) -> list[str]:
    """Check question files; returns a list of problem descriptions (empty when all is well)."""
    corpus = _Corpus(Path(corpus_dir) if corpus_dir is not None else DEFAULT_CORPUS_DIR)
    problems: list[str] = []
    seen_ids: dict[str, str] = {}
    seen_questions: dict[str, str] = {}
    missing_docs: set[str] = set()
    for path in paths:
        items, load_problems = load_questions(Path(path))
        problems.extend(load_problems)
        for where, q in items:
            qid = q.get("id")
            if isinstance(qid, str) and qid:
                if qid in seen_ids:
                    problems.append(f"{where} [{qid}]: duplicate id (first at {seen_ids[qid]})")
                else:
                    seen_ids[qid] = where
            text = q.get("question")
            if isinstance(text, str) and text.strip():
                norm = normalize_answer(text)
                if norm in seen_questions:
                    problems.append(
                        f"{where} [{qid}]: duplicate question text (first at {seen_questions[norm]})"
                    )
                else:
                    seen_questions[norm] = where
            problems.extend(_check_question(q, where, corpus, missing_docs))
    return problems


def count_questions(paths: Iterable[str | Path]) -> int:
    return sum(len(load_questions(Path(p))[0]) for p in paths)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Validate question-set JSON Lines files.")
    parser.add_argument("files", nargs="+", help="question files (JSON Lines)")
    parser.add_argument(
        "--corpus",
        default=str(DEFAULT_CORPUS_DIR),
        help="directory holding the plan documents (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    problems = check_files(args.files, args.corpus)
    for problem in problems:
        print(problem)
    print(f"{count_questions(args.files)} questions, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
