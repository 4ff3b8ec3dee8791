#!/usr/bin/env python3
"""Validate evals/heldout/questions.jsonl (stdlib only).

For every question: fields, types, languages, doc keys; every `expected` string occurs in the
named document under the answer-normalisation (NFC, casefold, collapsed whitespace, no spaces
around % and /); every `evidence` snippet occurs in the document under the citation-normalisation
(accents removed, đ→d, case-folded, punctuation and line breaks removed) — checked both with
punctuation deleted and with punctuation replaced by a space, so a scorer using either reading agrees.
A note containing "cross-doc: key1, key2" adds those documents to the search space (comparisons
across plans). Prints "N questions, M problems" and lists the problems. Exit code 1 on problems.
"""
import json
import pathlib
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent  # the project root
CORPUS = ROOT / "corpus"
DOCS = {
    "plan-2026": CORPUS / "2026-plan_kh-275-ubnd.txt",
    "plan-2025": CORPUS / "2025-plan_ubnd.txt",
    "ctr-06-2022": CORPUS / "2022-program_qd-176-ubnd_nq-06.txt",
    "kh-266-2025": CORPUS / "2025-action-plan_kh-266-tu_nq-57.txt",
    "kh-285-2025": CORPUS / "2025-plan_kh-285-tu_kh-02.txt",
    "new-plan": HERE / "docs" / "ke-hoach-cds-nghe-an-2027.md",
}
TYPES = {"indicator_lookup", "task_lookup", "aggregation", "narrative", "comparison", "unanswerable", "ambiguous"}
LANGS = {"vi", "en"}
FIELDS = ["id", "question", "lang", "type", "doc", "expected", "evidence", "note"]


def norm_answer(s: str) -> str:
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s*([%/])\s*", r"\1", s)
    return s


def strip_accents(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def norm_cite(s: str, punct_as_space: bool) -> str:
    s = strip_accents(s).casefold()
    s = re.sub(r"[^\w\s]|_", " " if punct_as_space else "", s)
    return re.sub(r"\s+", " ", s).strip()


def main(path: pathlib.Path) -> int:
    texts = {k: p.read_text(encoding="utf-8") for k, p in DOCS.items()}
    na = {k: norm_answer(t) for k, t in texts.items()}
    nc = {k: (norm_cite(t, True), norm_cite(t, False)) for k, t in texts.items()}
    problems, n, ids = [], 0, set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {lineno}: bad JSON ({e})")
            continue
        qid = q.get("id", f"line {lineno}")
        if list(q.keys()) != FIELDS:
            problems.append(f"{qid}: fields {list(q.keys())} != {FIELDS}")
        if qid in ids:
            problems.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not isinstance(q.get("question"), str) or len(q.get("question", "").strip()) < 5:
            problems.append(f"{qid}: empty question")
        if q.get("lang") not in LANGS:
            problems.append(f"{qid}: bad lang {q.get('lang')!r}")
        if q.get("type") not in TYPES:
            problems.append(f"{qid}: bad type {q.get('type')!r}")
        if q.get("doc") not in DOCS:
            problems.append(f"{qid}: bad doc {q.get('doc')!r}")
            continue
        exp, ev = q.get("expected"), q.get("evidence")
        if not (isinstance(exp, list) and all(isinstance(x, str) and x.strip() for x in exp)):
            problems.append(f"{qid}: expected must be a list of non-empty strings")
            exp = []
        if not (isinstance(ev, list) and all(isinstance(x, str) and x.strip() for x in ev)):
            problems.append(f"{qid}: evidence must be a list of non-empty strings")
            ev = []
        if q.get("type") == "unanswerable":
            if exp or ev:
                problems.append(f"{qid}: unanswerable must have empty expected/evidence")
            continue
        if not exp:
            problems.append(f"{qid}: no expected strings")
        if not ev:
            problems.append(f"{qid}: no evidence snippets")
        keys = [q["doc"]]
        m = re.search(r"cross-doc:\s*([\w\-, ]+)", q.get("note", ""))
        if m:
            for k in re.split(r"[,\s]+", m.group(1).strip()):
                if k in DOCS:
                    keys.append(k)
                elif k:
                    problems.append(f"{qid}: unknown cross-doc key {k!r}")
        for e in exp:
            if not any(norm_answer(e) in na[k] for k in keys):
                problems.append(f"{qid}: expected {e!r} not found in {keys}")
        for e in ev:
            a, b = norm_cite(e, True), norm_cite(e, False)
            if len(a.split()) < 2:
                problems.append(f"{qid}: evidence {e!r} too short")
            if not any(a in nc[k][0] and b in nc[k][1] for k in keys):
                problems.append(f"{qid}: evidence {e!r} not found in {keys}")
    print(f"{n} questions, {len(problems)} problems")
    for p in problems:
        print(" -", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "questions.jsonl"))
