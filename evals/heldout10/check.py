"""Check questions.jsonl + dev10.jsonl of held-out set 10. Must print '<N> questions, 0 problems'.

Run (from the project root): .venv/bin/python evals/heldout10/check.py
"""
import ast
import collections
import json
import re

import docx
import pdfplumber

from common import (HERE, NEW, REAL, ALL_KEYS, TYPES, S, doc_text, answer_in, cite_in,
                    norm_answer)

FIELDS = ["id", "question", "lang", "type", "doc", "expected", "evidence", "note"]
problems = []


def bad(qid, msg):
    problems.append(f"{qid}: {msg}")


def new_doc_formats():
    md = doc_text(NEW)
    d = docx.Document(str(HERE / "docs" / f"{NEW}.docx"))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    dx = "\n".join(parts)
    full, cells = [], []
    with pdfplumber.open(str(HERE / "docs" / f"{NEW}.pdf")) as pdf:
        for pg in pdf.pages:
            full.append(pg.extract_text() or "")
            for tb in pg.extract_tables():
                for row in tb:
                    cells.extend(c for c in row if c)
    pdf_text = "\n".join(full)
    # dehyphenate line breaks after a hard hyphen (see make_docs.py)
    pdf_text = re.sub(r"(?<=\w)-\n(?=\w)", "-", pdf_text)
    return {"md": md, "docx": dx, "pdf": pdf_text}, cells


def main():
    rows = []
    for fname in ("questions.jsonl", "dev10.jsonl"):
        for ln, line in enumerate(open(HERE / fname, encoding="utf-8"), 1):
            x = json.loads(line)
            x["_file"] = fname
            rows.append(x)
    texts = {k: doc_text(k) for k in ALL_KEYS}
    fmts, pdf_cells = new_doc_formats()
    ids, qs = collections.Counter(), collections.Counter()
    task_nos = {t["STT"] for t in S.task_rows()}
    ind_nos = {i["TT"] for i in S.indicator_rows()}
    for x in rows:
        qid = x.get("id")
        if list(x.keys())[:-1] != FIELDS:
            bad(qid, f"fields {list(x.keys())}")
        ids[qid] += 1
        qs[x["question"]] += 1
        if not re.fullmatch(r"h10-\d{3}", qid or ""):
            bad(qid, "id form")
        if x["lang"] not in ("vi", "en"):
            bad(qid, "lang")
        if x["type"] not in TYPES:
            bad(qid, "type")
        docs = x["doc"] if isinstance(x["doc"], list) else [x["doc"]]
        if any(d not in ALL_KEYS for d in docs):
            bad(qid, f"doc {x['doc']}")
            continue
        if not isinstance(x["expected"], list) or not isinstance(x["evidence"], list):
            bad(qid, "expected/evidence not lists")
        if x["type"] == "unanswerable":
            if x["expected"] or x["evidence"]:
                bad(qid, "unanswerable with expected/evidence")
            note = x["note"]
            m = re.search(r"absent: (\[.*?\])", note)
            markers = 0
            if m:
                markers += 1
                for phrase in ast.literal_eval(m.group(1)):
                    for d in docs:
                        if answer_in(phrase, texts[d]):
                            bad(qid, f"absent phrase {phrase!r} occurs in {d}")
                        if d == NEW:
                            for f, t in fmts.items():
                                if answer_in(phrase, t):
                                    bad(qid, f"absent phrase {phrase!r} occurs in {NEW}.{f}")
            for key, pool in (("absent_task", task_nos), ("absent_indicator", ind_nos)):
                m = re.search(key + r": (\d+)", note)
                if m:
                    markers += 1
                    if docs == [NEW] and m.group(1) in pool:
                        bad(qid, f"{key} {m.group(1)} exists")
                    if docs == [REAL] and key == "absent_task" and re.search(
                            r"^\| " + m.group(1) + r"\. \|", texts[REAL], re.M):
                        bad(qid, f"{key} {m.group(1)} exists in {REAL}")
            m = re.search(r"absent_rowno: (\d+)", note)
            if m:
                markers += 1
                for d in docs:
                    if re.search(r"^" + m.group(1) + r"\.?\t", texts[d], re.M):
                        bad(qid, f"row {m.group(1)} exists in {d}")
            m = re.search(r"absent_p26_indicator: (\d+)", note)
            if m:
                markers += 1
                t26 = texts["plan-2026"]
                sec = t26[t26.index("STT\tNội dung chỉ tiêu"):t26.index("STT\tTên nhiệm vụ")]
                if re.search(r"^" + m.group(1) + r"\t", sec, re.M):
                    bad(qid, f"plan-2026 indicator {m.group(1)} exists")
            m = re.search(r"absent_lead: (.+?) \(", note)
            if m:
                markers += 1
                lead = m.group(1)
                if any(lead in S.split_agencies(t["Cơ quan chủ trì"]) for t in S.task_rows()):
                    bad(qid, f"{lead} leads a task")
            if "absent_year" in note:
                y = re.search(r"absent_year: (\d+)", note).group(1)
                if y in S.IND_HEAD[4:7] or any(y in h for h in S.IND_HEAD):
                    bad(qid, f"year {y} is a column")
            if not markers:
                bad(qid, "unanswerable without absent marker")
            continue
        if not x["expected"] or not x["evidence"]:
            bad(qid, "empty expected/evidence")
        if x["type"] == "ambiguous" and len(x["expected"]) < 2:
            bad(qid, "ambiguous with < 2 readings")
        joined = "\n".join(texts[d] for d in docs)
        for e in x["expected"]:
            if not answer_in(e, joined):
                bad(qid, f"expected {e!r} not in {docs}")
            if NEW in docs and len(docs) == 1:
                for f, t in fmts.items():
                    ok = answer_in(e, t) or (f == "pdf" and any(answer_in(e, c) for c in pdf_cells))
                    if not ok:
                        bad(qid, f"expected {e!r} not in {NEW}.{f}")
        for ev in x["evidence"]:
            if not any(cite_in(ev, texts[d]) for d in docs):
                bad(qid, f"evidence {ev!r} not in {docs}")
            if docs == [NEW]:
                for f, t in fmts.items():
                    ok = cite_in(ev, t) or (f == "pdf" and any(cite_in(ev, c) for c in pdf_cells))
                    if not ok:
                        bad(qid, f"evidence {ev!r} not in {NEW}.{f}")
    for k, v in ids.items():
        if v > 1:
            bad(k, "duplicate id")
    for k, v in qs.items():
        if v > 1:
            bad(k[:40], "duplicate question")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(rows)} questions, {len(problems)} problems")


if __name__ == "__main__":
    main()
