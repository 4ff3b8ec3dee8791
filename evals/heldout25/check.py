"""Checks of held-out set 25. Run: .venv/bin/python evals/heldout25/check.py  -> ends with "N questions, 0 problems".

format and ids; files equal to build_questions.all_items() (so the seeded split is reproduced); no repeat of an
earlier question (the `question` field of every other evals/**/*.jsonl, compared after answer normalisation; nothing
is printed from those files); aggregation facts (build_questions.facts() asserts them against the parse); every expected
string in the source text and in all three formats (answer normalisation; plan-2026 strings in its corpus file);
every evidence snippet verbatim (whitespace-normalised) in the source, .md and .docx, and in the .pdf text after
citation normalisation; unanswerable markers (absent phrases in the source and every format, partner-only agencies
lead no task, the list ends at 23, no table cell with "tỷ", no sector target line mentioning industry; plan-2026:
absent phrase, last indicator 31, no 2027 column).
"""
import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import build_questions as B  # noqa: E402
import doc_source as S  # noqa: E402
import textsrc as X  # noqa: E402

TYPES = {"indicator_lookup", "task_lookup", "aggregation", "comparison", "narrative", "unanswerable"}
FIELDS = ["id", "question", "lang", "type", "doc", "expected", "evidence", "note"]
DOCS_OK = {S.KEY, "plan-2026", "plan-2025", "ctr-06-2022", "kh-266-2025", "kh-285-2025", None}


def load(name):
    return [json.loads(ln) for ln in (HERE / name).read_text(encoding="utf-8").splitlines() if ln.strip()]


def main():
    probs = []
    P = probs.append
    held, dev = load("questions.jsonl"), load("dev25x.jsonl")
    allq = held + dev
    bh, bd = B.all_items()
    if held != bh or dev != bd:
        P("files differ from build_questions.all_items() (split/ids)")
    ids = [r["id"] for r in allq]
    if len(set(ids)) != len(ids) or sorted(ids) != [f"h25-{i:03d}" for i in range(1, len(ids) + 1)]:
        P("ids not unique / not a full sequence")
    for r in allq:
        if list(r) != FIELDS:
            P(f"{r.get('id')}: fields {list(r)}")
        if r["type"] not in TYPES or r["lang"] not in ("vi", "en") or r["doc"] not in DOCS_OK:
            P(f"{r['id']}: bad type/lang/doc")
        if r["type"] == "unanswerable":
            if r["expected"] or r["evidence"]:
                P(f"{r['id']}: unanswerable with gold")
        else:
            if not r["expected"] or not r["evidence"]:
                P(f"{r['id']}: missing gold")
            if any(len(e) < 15 for e in r["evidence"]):
                P(f"{r['id']}: evidence shorter than 15 chars")
    # split: round(0.2 n) of every (doc, type) group in dev
    g_all, g_dev = collections.Counter(), collections.Counter()
    for r in allq:
        g_all[(r["doc"], r["type"])] += 1
    for r in dev:
        g_dev[(r["doc"], r["type"])] += 1
    for k, n in g_all.items():
        if g_dev[k] != round(0.2 * n):
            P(f"split {k}: {g_dev[k]} of {n}")
    # repeats
    earlier = set()
    nfiles = 0
    for p in (ROOT / "evals").rglob("*.jsonl"):
        if p.parent == HERE:
            continue
        nfiles += 1
        for ln in p.read_text(encoding="utf-8").splitlines():
            try:
                earlier.add(X.norm_answer(json.loads(ln).get("question", "")))
            except Exception:
                pass
    for r in allq:
        if X.norm_answer(r["question"]) in earlier:
            P(f"{r['id']}: repeats an earlier question")
    if len({X.norm_answer(r['question']) for r in allq}) != len(allq):
        P("duplicate question inside the set")
    # gold strings
    B.facts()
    src = [S.text()]
    F = X.format_texts()
    p26 = [B.p26_text()]
    for r in allq:
        if r["type"] == "unanswerable":
            continue
        if r["doc"] == S.KEY:
            for e in r["expected"]:
                if not X.contains_answer(src, e):
                    P(f"{r['id']}: expected not in source: {e}")
                for f, tx in F.items():
                    if not X.contains_answer(tx, e):
                        P(f"{r['id']}: expected not in {f}: {e}")
            for e in r["evidence"]:
                if not X.contains_verbatim(src, e):
                    P(f"{r['id']}: evidence not verbatim in source: {e[:40]}")
                for f in ("md", "docx"):
                    if not X.contains_verbatim(F[f], e):
                        P(f"{r['id']}: evidence not verbatim in {f}: {e[:40]}")
                if not X.contains_cite(F["pdf"], e):
                    P(f"{r['id']}: evidence not in pdf: {e[:40]}")
        else:
            for e in r["expected"]:
                if not X.contains_answer(p26, e):
                    P(f"{r['id']}: expected not in {r['doc']}: {e}")
            for e in r["evidence"]:
                if not X.contains_verbatim(p26, e):
                    P(f"{r['id']}: evidence not in {r['doc']}: {e[:40]}")
    # unanswerable markers
    M = B.markers()
    leads = {t["lead"] for t in S.tasks()}
    nmark = 0
    for r in allq:
        if r["type"] != "unanswerable" or r["doc"] is None:
            continue
        m = M.get(r["question"])
        if not m:
            P(f"{r['id']}: no marker")
            continue
        nmark += 1
        kind, arg = m
        if kind == "absent":
            for ph in arg:
                for name, tx in [("source", src)] + list(F.items()):
                    if X.contains_answer(tx, ph):
                        P(f"{r['id']}: '{ph}' present in {name}")
        elif kind == "not_lead":
            if arg in leads:
                P(f"{r['id']}: {arg} leads a task")
            if not any(arg in t["partners"] for t in S.tasks()):
                P(f"{r['id']}: {arg} is not even a partner (marker kind wrong)")
        elif kind == "max_tt":
            if max(t["tt"] for t in S.tasks()) != arg:
                P(f"{r['id']}: last task is not {arg}")
            if f"| {arg + 1} |" in S.text():
                P(f"{r['id']}: row {arg + 1} exists")
        elif kind == "no_table_cell":
            if any(arg in c for row in S.appendix_table() for c in row):
                P(f"{r['id']}: a table cell contains {arg}")
        elif kind == "no_target_line":
            if any(arg in ln for ln in S.body() if ln.startswith("Mục tiêu") and "so với năm 2005" in ln):
                P(f"{r['id']}: a target line mentions {arg}")
        elif kind == "p26_absent":
            for ph in arg:
                if X.contains_answer(p26, ph):
                    P(f"{r['id']}: '{ph}' present in plan-2026")
        elif kind == "p26_max":
            if max(x["stt"] for x in B.p26_rows()) != arg:
                P(f"{r['id']}: plan-2026 last indicator is not {arg}")
        elif kind == "p26_no_col":
            heads = [ln for ln in B.p26_text().split("\n") if ln.startswith("STT\tNội dung chỉ tiêu")]
            if not heads or any(arg in h for h in heads):
                P(f"{r['id']}: plan-2026 header has {arg}")
        else:
            P(f"{r['id']}: unknown marker {kind}")
    for p in probs:
        print("PROBLEM", p)
    print(f"checked against {len(earlier)} earlier questions in {nfiles} files; {nmark} unanswerable markers")
    print(f"{len(allq)} questions, {len(probs)} problems")
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
