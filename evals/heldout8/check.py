# -*- coding: utf-8 -*-
"""Check held-out set 8 (dev8.jsonl + questions.jsonl) against the documents.

- fields, types, languages, doc keys, ids h8-NNN, unique ids and questions;
- unanswerable <=> empty expected/evidence; the note's `absent: [...]` phrases must NOT occur in the
  named document(s); `absent_task` / `absent_indicator` must not exist in the new plan's tables;
  `absent_rowno: N` must not start a table row of a bundled plan;
- ambiguous: at least two expected values;
- every `expected` string occurs in the named document(s) (answer normalisation of
  shared/evals/README.md), at least one `evidence` snippet occurs (citation normalisation);
  for sgddt-2027 both must hold in ALL THREE formats: .md text, .docx (python-docx paragraphs and
  table cells), .pdf (pdfplumber extract_text() of every page plus the cells of extract_tables(),
  whose wrapped lines are joined with spaces); bundled plans are read from corpus/*.txt. With several
  docs, a string must occur in at least one of them.

Run from the repository root: .venv/bin/python evals/heldout8/check.py
"""
import ast
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, ROOT)
import plan_source as S  # noqa: E402
from evals.metrics import normalize_answer, normalize_citation  # noqa: E402

BUNDLED = {
    "plan-2026": "2026-plan_kh-275-ubnd.txt",
    "plan-2025": "2025-plan_ubnd.txt",
    "ctr-06-2022": "2022-program_qd-176-ubnd_nq-06.txt",
    "kh-266-2025": "2025-action-plan_kh-266-tu_nq-57.txt",
    "kh-285-2025": "2025-plan_kh-285-tu_kh-02.txt",
}
TYPES = {"indicator_lookup", "task_lookup", "aggregation", "narrative", "comparison", "unanswerable", "ambiguous"}
KEYS = ["id", "question", "lang", "type", "doc", "expected", "evidence", "note"]


# The scoring rules' own normalisations (shared/evals/README.md), so the check compares what the scorer compares.
ans_norm, cit_norm = normalize_answer, normalize_citation


def load_texts():
    from docx import Document
    import pdfplumber
    texts = {}
    for k, f in BUNDLED.items():
        texts[k] = [("txt", open(os.path.join(ROOT, "corpus", f), encoding="utf-8").read())]
    stem = os.path.join(HERE, "docs", S.DOC_KEY)
    md = open(stem + ".md", encoding="utf-8").read()
    d = Document(stem + ".docx")
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    dx = "\n".join(parts)
    full = []
    with pdfplumber.open(stem + ".pdf") as pdf:
        for pg in pdf.pages:
            full.append(pg.extract_text() or "")
        for pg in pdf.pages:
            for tb in pg.extract_tables():
                for row in tb:
                    for c in row:
                        if c:
                            full.append(c.replace("\n", " "))
    texts[S.DOC_KEY] = [("md", md), ("docx", dx), ("pdf", "\n".join(full))]
    return texts


def main():
    texts = load_texts()
    A = {k: [(f, ans_norm(t)) for f, t in v] for k, v in texts.items()}
    C = {k: [(f, cit_norm(t)) for f, t in v] for k, v in texts.items()}
    task_ids = {g + "." + n for g, n, *_ in S.task_rows()}
    ind_ids = {r[0] for r in S.indicator_rows()}
    problems, n = [], 0
    seen_ids, seen_q = set(), set()
    split = {}
    for fn in ("dev8.jsonl", "questions.jsonl"):
        for line in open(os.path.join(HERE, fn), encoding="utf-8"):
            q = json.loads(line)
            n += 1
            qid = q.get("id")
            split[qid] = fn

            def bad(msg):
                problems.append(f"{qid}: {msg}")

            if list(q.keys()) != KEYS:
                bad(f"keys {list(q.keys())}")
            if not re.fullmatch(r"h8-\d{3}", qid or ""):
                bad("id form")
            if qid in seen_ids:
                bad("duplicate id")
            seen_ids.add(qid)
            if q["question"] in seen_q:
                bad("duplicate question")
            seen_q.add(q["question"])
            if q["lang"] not in ("vi", "en"):
                bad("lang")
            if q["type"] not in TYPES:
                bad("type")
            docs = q["doc"] if isinstance(q["doc"], list) else [q["doc"]]
            if not docs or any(d not in texts for d in docs):
                bad(f"doc {q['doc']}")
                continue
            if not all(isinstance(x, str) and x for x in q["expected"] + q["evidence"]):
                bad("expected/evidence must be non-empty strings")
            if q["type"] == "unanswerable":
                if q["expected"] or q["evidence"]:
                    bad("unanswerable with expected/evidence")
                m = re.search(r"absent: (\[[^\]]*\])", q["note"])
                if not m and "absent_" not in q["note"]:
                    bad("unanswerable without absent marker")
                if m:
                    for ph in ast.literal_eval(m.group(1)):
                        for d in docs:
                            for f, t in A[d]:
                                if ans_norm(ph) in t:
                                    bad(f"absent phrase {ph!r} found in {d}.{f}")
                m = re.search(r"absent_task: ([IVX]+\.\d+)", q["note"])
                if m and m.group(1) in task_ids:
                    bad("absent_task exists")
                m = re.search(r"absent_indicator: (\d+)", q["note"])
                if m and m.group(1) in ind_ids:
                    bad("absent_indicator exists")
                m = re.search(r"absent_rowno: (\d+)", q["note"])
                if m:
                    for d in docs:
                        if re.search(r"(?m)^" + m.group(1) + r"[.\t]", texts[d][0][1]):
                            bad(f"row {m.group(1)} exists in {d}")
                continue
            if not q["expected"] or not q["evidence"]:
                bad("answerable without expected/evidence")
            if q["type"] == "ambiguous" and len(q["expected"]) < 2:
                bad("ambiguous with < 2 readings")
            for e in q["expected"]:
                ok = False
                for d in docs:
                    if all(ans_norm(e) in t for f, t in A[d]):
                        ok = True
                    elif any(ans_norm(e) in t for f, t in A[d]):
                        bad(f"expected {e!r} missing in some format of {d}: " +
                            ",".join(f for f, t in A[d] if ans_norm(e) not in t))
                if not ok:
                    bad(f"expected {e!r} not in {docs}")
            ok = False
            for ev in q["evidence"]:
                for d in docs:
                    if all(cit_norm(ev) in t for f, t in C[d]):
                        ok = True
            if not ok:
                bad("no evidence snippet found (all formats)")
            for ev in q["evidence"]:
                if not any(any(cit_norm(ev) in t for f, t in C[d]) for d in docs):
                    bad(f"evidence {ev!r} not found")
    for p in problems:
        print(p)
    print(f"{n} questions, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
