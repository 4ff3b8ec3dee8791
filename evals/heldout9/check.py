"""Check held-out set 9: format, split, and every gold string against the documents it names.

Run from the repository root: .venv/bin/python evals/heldout9/check.py
Prints "N questions, 0 problems" when everything holds.

Normalisations follow shared/evals/README.md:
- answer (expected): Unicode NFC, case-fold, whitespace collapsed, no spaces around % and /;
- citation (evidence): accents removed (đ→d), case-fold, punctuation removed (tried both deleted and
  turned into a space), line breaks/whitespace collapsed.
bxd-2027 strings must hold in all three formats: docs/bxd-2027.md, the .docx text (python-docx
paragraphs + table cells) and the .pdf text (pdfplumber extract_text() of every page, plus the
per-column text of the ruling-free appendix tables, cropped at the column x positions make_docs.py
draws them at, so a cell that wraps inside its column is still contiguous).
Bundled plans: corpus/<file>.txt; ducp-402-2025: evals/real/ducp-402-2025.md.
"""
import ast
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import plan_source as S  # noqa: E402
import make_docs as M  # noqa: E402
import build_questions as B  # noqa: E402

FIELDS = ["id", "question", "lang", "type", "doc", "expected", "evidence", "note"]
TYPES = {"indicator_lookup", "task_lookup", "aggregation", "narrative", "comparison", "unanswerable", "ambiguous"}
LANGS = {"vi", "en"}
CORPUS = {
    "plan-2026": "corpus/2026-plan_kh-275-ubnd.txt",
    "plan-2025": "corpus/2025-plan_ubnd.txt",
    "ctr-06-2022": "corpus/2022-program_qd-176-ubnd_nq-06.txt",
    "kh-266-2025": "corpus/2025-action-plan_kh-266-tu_nq-57.txt",
    "kh-285-2025": "corpus/2025-plan_kh-285-tu_kh-02.txt",
    "ducp-402-2025": "evals/real/ducp-402-2025.md",
}


def norm_answer(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s*([%/])\s*", r"\1", s)
    return s


def _strip(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.casefold()


def norm_cite(s, punct_to_space):
    s = _strip(s)
    s = re.sub(r"[^\w\s]", " " if punct_to_space else "", s)
    s = s.replace("_", " " if punct_to_space else "")
    return re.sub(r"\s+", " ", s).strip()


def load_formats():
    """doc key -> list of (format name, raw text)."""
    out = {}
    for k, p in CORPUS.items():
        with open(os.path.join(ROOT, p), encoding="utf-8") as f:
            out[k] = [(p, f.read())]
    d = os.path.join(HERE, "docs", S.KEY)
    with open(d + ".md", encoding="utf-8") as f:
        md = f.read()
    dx = M.docx_text(d + ".docx")
    full, cols = M.pdf_texts(d + ".pdf")
    out[S.KEY] = [("md", md), ("docx", dx), ("pdf", full + "\n" + cols)]
    return out


def prepared(formats):
    prep = {}
    for k, fl in formats.items():
        prep[k] = [(name, norm_answer(t), norm_cite(t, False), norm_cite(t, True)) for name, t in fl]
    return prep


def in_all_formats(prep_doc, s, kind):
    missing = []
    for name, a, c0, c1 in prep_doc:
        if kind == "answer":
            ok = norm_answer(s) in a
        else:
            ok = norm_cite(s, False) in c0 or norm_cite(s, True) in c1
        if not ok:
            missing.append(name)
    return missing


def main():
    formats = load_formats()
    prep = prepared(formats)
    problems = []
    rows = []
    for fname in ("questions.jsonl", "dev9.jsonl"):
        with open(os.path.join(HERE, fname), encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                r = json.loads(line)
                r["_file"] = fname
                rows.append(r)
    # split as build_questions.py makes it
    held, dev = B.assign_ids_and_split()
    want = {r["id"]: "questions.jsonl" for r in held}
    want.update({r["id"]: "dev9.jsonl" for r in dev})
    seen_ids, seen_q = set(), set()
    for r in rows:
        rid = r.get("id")
        if list(r.keys()) != FIELDS + ["_file"]:
            problems.append((rid, "fields", list(r.keys())))
        if not re.fullmatch(r"h9-\d{3}", str(rid)):
            problems.append((rid, "id form"))
        if rid in seen_ids:
            problems.append((rid, "duplicate id"))
        seen_ids.add(rid)
        if r["question"] in seen_q:
            problems.append((rid, "duplicate question"))
        seen_q.add(r["question"])
        if want.get(rid) != r["_file"]:
            problems.append((rid, "wrong file for split", r["_file"]))
        if r["lang"] not in LANGS:
            problems.append((rid, "lang"))
        if r["type"] not in TYPES:
            problems.append((rid, "type"))
        docs = r["doc"] if isinstance(r["doc"], list) else [r["doc"]]
        if not docs or any(d not in prep for d in docs):
            problems.append((rid, "doc key", r["doc"]))
            continue
        if not all(isinstance(x, str) and x.strip() for x in r["expected"] + r["evidence"]):
            problems.append((rid, "empty string in expected/evidence"))
        if r["type"] == "unanswerable":
            if r["expected"] or r["evidence"]:
                problems.append((rid, "unanswerable with gold strings"))
            note = r["note"]
            marked = False
            m = re.search(r"absent: (\[[^\]]*\])", note)
            if m:
                marked = True
                for phrase in ast.literal_eval(m.group(1)):
                    for d in docs:
                        for name, t in formats[d]:
                            if norm_answer(phrase) in norm_answer(t):
                                problems.append((rid, "absent phrase present", phrase, d, name))
            m = re.search(r"absent_indicator: (\S+)", note)
            if m:
                marked = True
                if any(row[0] == m.group(1) for row in S.indicator_rows()):
                    problems.append((rid, "indicator exists", m.group(1)))
            m = re.search(r"absent_task: (\S+)", note)
            if m:
                marked = True
                n = m.group(1)
                if docs == [S.KEY]:
                    if any(row[0] == n for row in S.task_rows()):
                        problems.append((rid, "task exists", n))
                else:
                    for d in docs:
                        if re.search(r"^\|\s*%s\.\s*\|" % re.escape(n), formats[d][0][1], re.M):
                            problems.append((rid, "task exists", n, d))
            m = re.search(r"absent_lead: (.+?) \(", note)
            if m:
                marked = True
                if any(m.group(1) in S.split_agencies(row[4]) for row in S.task_rows()):
                    problems.append((rid, "unit leads a task", m.group(1)))
            m = re.search(r"absent_rowno: (\d+)", note)
            if m:
                marked = True
                for d in docs:
                    if re.search(r"^%s\.?\t" % m.group(1), formats[d][0][1], re.M):
                        problems.append((rid, "row number exists", m.group(1), d))
            if not marked:
                problems.append((rid, "unanswerable without absent marker"))
            continue
        if not r["expected"] or not r["evidence"]:
            problems.append((rid, "answerable without expected/evidence"))
        if r["type"] == "ambiguous" and len(r["expected"]) < 2:
            problems.append((rid, "ambiguous with fewer than two readings"))
        for kind, strings in (("answer", r["expected"]), ("cite", r["evidence"])):
            for s in strings:
                # must hold (in every format) in at least one of the named documents
                misses = {d: in_all_formats(prep[d], s, kind) for d in docs}
                if not any(not v for v in misses.values()):
                    problems.append((rid, kind, s, misses))
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(rows)} questions, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
