"""Checks of held-out set 28. Run: .venv/bin/python evals/heldout28/check.py  -> ends with "N questions, 0 problems".

format and ids; files equal to build_questions.all_items() (so the seeded split is reproduced); no repeat of an
earlier question (the `question` field of every other evals/**/*.jsonl, compared after answer normalisation, exact and
near (difflib ratio >= 0.9); nothing is printed from those files); the source copy's length and column sums against the
printed totals; docs/ rebuilt by make_docs.py give the same bytes; aggregation facts (build_questions.facts() asserts
them against the parse); every expected string in the source text and in all three formats (answer normalisation;
plan-2026 strings in its corpus file); every evidence snippet verbatim (whitespace-normalised) in the source, .md and
.docx, and in the .pdf text after citation normalisation; unanswerable markers (absent phrases in the source and every
format; plan-2026: absent phrase, last indicator 31); evals/check_questions.py on both files.
"""
import collections
import difflib
import hashlib
import re
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
    held, dev = load("questions.jsonl"), load("dev28x.jsonl")
    allq = held + dev
    bh, bd = B.all_items()
    if held != bh or dev != bd:
        P("files differ from build_questions.all_items() (split/ids)")
    ids = [r["id"] for r in allq]
    if len(set(ids)) != len(ids) or sorted(ids) != [f"h28-{i:03d}" for i in range(1, len(ids) + 1)]:
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
    earl = sorted(earlier)
    for r in allq:
        nq = X.norm_answer(r["question"])
        if nq in earlier:
            P(f"{r['id']}: repeats an earlier question")
            continue
        sm = difflib.SequenceMatcher(None, nq, autojunk=False)
        for e in earl:
            sm.set_seq1(e)
            if sm.real_quick_ratio() >= 0.9 and sm.quick_ratio() >= 0.9 and sm.ratio() >= 0.9:
                P(f"{r['id']}: near-repeat of an earlier question")
                break
    if len({X.norm_answer(r['question']) for r in allq}) != len(allq):
        P("duplicate question inside the set")
    # the source copy and the rebuilt docs
    t = S.text()
    if len(t) != 22103:
        P(f"source copy has {len(t)} characters, not 22,103")
    if sum(S.num(r["y25"]) for r in S.rows()) != S.num(S.total()[0]) or \
            sum(S.num(r["y26"]) for r in S.rows()) != S.num(S.total()[1]):
        P("column sums differ from the printed totals")
    import make_docs as MK  # noqa: E402
    import tempfile
    h = lambda p: hashlib.sha256(Path(p).read_bytes()).hexdigest()  # noqa: E731
    if MK.md() != (HERE / "docs" / f"{S.KEY}.md").read_text(encoding="utf-8"):
        P("docs .md differs from make_docs.md()")
    with tempfile.TemporaryDirectory() as td:
        MK.docx(HERE / "docs" / f"{S.KEY}.md", Path(td) / "x.docx")
        MK.pdf(Path(td) / "x.pdf")
        if h(Path(td) / "x.docx") != h(HERE / "docs" / f"{S.KEY}.docx"):
            P("docs .docx is not what make_docs.py builds")
        if h(Path(td) / "x.pdf") != h(HERE / "docs" / f"{S.KEY}.pdf"):
            P("docs .pdf is not what make_docs.py builds")
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
        elif kind == "p26_absent":
            for ph in arg:
                if X.contains_answer(p26, ph):
                    P(f"{r['id']}: '{ph}' present in plan-2026")
        elif kind == "p26_max":
            if max(x["stt"] for x in B.p26_rows()) != arg:
                P(f"{r['id']}: plan-2026 last indicator is not {arg}")
        else:
            P(f"{r['id']}: unknown marker {kind}")
    # evals/check_questions.py on both files: it knows only the five corpus keys, so its only accepted complaints are
    # "unknown doc key" for this set's document and "field 'doc' must be ..." for the doc-null off-topic questions
    sys.path.insert(0, str(ROOT))
    from evals import check_questions as CQ  # noqa: E402
    cq = CQ.check_files([str(HERE / "questions.jsonl"), str(HERE / "dev28x.jsonl")], str(ROOT / "corpus"))
    ok_key = f"unknown doc key {S.KEY!r}"
    null_ids = {r["id"] for r in allq if r["doc"] is None}
    n_known = 0
    for line in cq:
        m = re.search(r"\[(h28-\d{3})\]", line)
        if ok_key in line or ("field 'doc' must be" in line and m and m.group(1) in null_ids):
            n_known += 1
        else:
            P(f"check_questions: {line}")
    print(f"check_questions.py: {len(cq)} messages, {n_known} of them the expected doc-key notices "
          f"({sum(1 for r in allq if r['doc'] == S.KEY)} new-document + {len(null_ids)} doc-null questions)")
    for p in probs:
        print("PROBLEM", p)
    print(f"checked against {len(earlier)} earlier questions in {nfiles} files; {nmark} unanswerable markers")
    print(f"{len(allq)} questions, {len(probs)} problems")
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
