"""Verify the third held-out question set against the documents it names.

    .venv/bin/python evals/heldout3/check.py [FILE ...]

Default files: all.jsonl if present, else dev3.jsonl + questions.jsonl in this directory.
Checks: required fields and types, valid lang/type/doc keys, unique ids and questions,
unanswerable <=> empty expected and evidence, every expected string occurs in (one of) the named
document(s) after the answer normalisation of evals/README.md (NFC, casefold, collapsed
whitespace, no spaces around % and /), every evidence snippet occurs after the citation
normalisation (no accents, đ->d, no case, no punctuation, no whitespace).
The .docx plan is read with python-docx: paragraphs, then every table cell.
Prints one line per problem and "N questions, M problems".
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "corpus"

DOCS = {
    "plan-2026": CORPUS / "2026-plan_kh-275-ubnd.txt",
    "plan-2025": CORPUS / "2025-plan_ubnd.txt",
    "ctr-06-2022": CORPUS / "2022-program_qd-176-ubnd_nq-06.txt",
    "kh-266-2025": CORPUS / "2025-action-plan_kh-266-tu_nq-57.txt",
    "kh-285-2025": CORPUS / "2025-plan_kh-285-tu_kh-02.txt",
    "kh-318-bxd-2026": HERE / "docs" / "kh-318-bxd-2026.docx",
}
TYPES = {"indicator_lookup", "task_lookup", "narrative", "aggregation", "comparison",
         "ambiguous", "unanswerable"}
LANGS = {"vi", "en"}
FIELDS = ("id", "question", "lang", "type", "doc", "expected", "evidence", "note")


def read_text(path: Path) -> str:
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def norm_answer(s: str) -> str:
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s*([%/])\s*", r"\1", s)
    return s


def norm_cite(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return "".join(ch for ch in s.casefold() if ch.isalnum())


def load(files: list[Path]) -> list[tuple[str, dict]]:
    out = []
    for f in files:
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    out.append((f"{f.name}:{i}", json.loads(line)))
                except json.JSONDecodeError as e:
                    out.append((f"{f.name}:{i}", {"__error__": str(e)}))
    return out


def check(files: list[Path]) -> int:
    texts = {k: read_text(p) for k, p in DOCS.items()}
    ans = {k: norm_answer(v) for k, v in texts.items()}
    cit = {k: norm_cite(v) for k, v in texts.items()}
    problems: list[str] = []
    ids: set[str] = set()
    questions: set[str] = set()
    rows = load(files)
    for where, q in rows:
        if "__error__" in q:
            problems.append(f"{where}: bad JSON {q['__error__']}")
            continue
        label = f"{where} {q.get('id')}"
        missing = [f for f in FIELDS if f not in q]
        if missing:
            problems.append(f"{label}: missing {missing}")
            continue
        if q["id"] in ids:
            problems.append(f"{label}: duplicate id")
        ids.add(q["id"])
        if q["question"] in questions:
            problems.append(f"{label}: duplicate question")
        questions.add(q["question"])
        if q["lang"] not in LANGS:
            problems.append(f"{label}: bad lang")
        if q["type"] not in TYPES:
            problems.append(f"{label}: bad type")
        keys = q["doc"] if isinstance(q["doc"], list) else [q["doc"]]
        if not keys or any(k not in DOCS for k in keys):
            problems.append(f"{label}: bad doc {q['doc']!r}")
            continue
        if not isinstance(q["expected"], list) or not isinstance(q["evidence"], list):
            problems.append(f"{label}: expected/evidence must be lists")
            continue
        if q["type"] == "unanswerable":
            if q["expected"] or q["evidence"]:
                problems.append(f"{label}: unanswerable with expected/evidence")
            continue
        if not q["expected"] or not q["evidence"]:
            problems.append(f"{label}: answerable without expected/evidence")
        for e in q["expected"]:
            if not any(norm_answer(e) in ans[k] for k in keys):
                problems.append(f"{label}: expected not in doc: {e!r}")
        for e in q["evidence"]:
            if not norm_cite(e) or not any(norm_cite(e) in cit[k] for k in keys):
                problems.append(f"{label}: evidence not in doc: {e!r}")
    for p in problems:
        print(p)
    print(f"{len(rows)} questions, {len(problems)} problems")
    return len(problems)


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]]
    if not args:
        args = [HERE / "all.jsonl"] if (HERE / "all.jsonl").exists() else [
            HERE / "dev3.jsonl", HERE / "questions.jsonl"]
    sys.exit(1 if check(args) else 0)
