"""Checks of held-out set 55. Run (from the repository root): python evals/heldout55/check.py -> ends
with "N questions, 0 problems" (python-docx, reportlab, pypdf needed; no project code is imported or run).
Format/ids/split equal to build_questions.all_items(), and the split re-derived here (round(0.2 * n) of every (doc,
type) group in dev55x.jsonl); source copy = the repository blob (git blob id recomputed); doc_source.check() (byte
length and sha256, 23 running heads on pages 79-101, 11 table headers (1 + 10 repeats), the pieces of the parse = the
source without its layout lines, in order; group / task counts, hand-checked cells); .md (marker-style converter
output), .docx (python-docx with line numbering and a real footnote, fixed zip timestamps) and .pdf (reportlab,
invariant) rebuilt in a temporary folder and compared byte for byte with docs/ (the frozen files are never
overwritten); every text piece of the parse present in all three formats (citation normalisation AND answer
normalisation); every expected string in the source and in all three formats (answer normalisation, raw texts;
plan-2026 in its corpus file) unless it is a count computed from the parse; every evidence snippet in the source
(verbatim, whitespace-normalised) and in all three formats (citation normalisation, raw texts); unanswerable markers
absent from the source and every format; no exact repeat of an earlier question (question fields of other
evals/**/*.jsonl, nothing printed); evals/check_questions.py on both files."""
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import build_questions as B  # noqa: E402
import doc_source as S  # noqa: E402
import make_docs as M  # noqa: E402
import textsrc as X  # noqa: E402

TYPES = {"indicator_lookup", "task_lookup", "aggregation", "comparison", "narrative", "unanswerable"}
FIELDS = ["id", "question", "lang", "type", "doc", "expected", "evidence", "note"]


def load(name):
    return [json.loads(x) for x in (HERE / name).read_text(encoding="utf-8").splitlines() if x.strip()]


def main():
    probs = []
    P = probs.append
    held, dev = load("questions.jsonl"), load("dev55x.jsonl")
    allq = held + dev
    bh, bd = B.all_items()
    if held != bh or dev != bd:
        P("files differ from build_questions.all_items()")
    ids = sorted(r["id"] for r in allq)
    if ids != [f"h55-{i:03d}" for i in range(1, len(allq) + 1)]:
        P("ids not a full sequence")
    groups = {}
    for r in allq:
        groups.setdefault((r["doc"] or "", r["type"]), [0, 0])[0] += 1
    for r in dev:
        groups[(r["doc"] or "", r["type"])][1] += 1
    for g, (n, nd) in groups.items():
        if nd != round(B.DEV_FRACTION * n):
            P(f"split: group {g} has {nd} of {n} in dev")
    raw = S.SRC.read_bytes()
    if hashlib.sha1(b"blob %d\0" % len(raw) + raw).hexdigest() != S.BLOB:
        P("source copy is not the repository blob")
    src = S.text()
    flat = S.flat()
    fmts = X.format_texts()
    with tempfile.TemporaryDirectory() as td:
        M.build(outdir=td)
        for e in ("md", "docx", "pdf"):
            if (Path(td) / f"{M.STEM}.{e}").read_bytes() != (HERE / "docs" / f"{M.STEM}.{e}").read_bytes():
                P(f"docs .{e} not reproducible")
    try:
        S.check()
    except AssertionError as e:
        P(f"doc_source.check(): {e}")
    n_pieces = 0
    for piece in S.pieces():
        n_pieces += 1
        for k, t in fmts.items():
            if X.norm_cite(piece) not in X.norm_cite(t):
                P(f"source piece {piece[:40]!r} lost in {k}")
            if X.norm_answer(piece) not in X.norm_answer(t):
                P(f"source piece {piece[:40]!r} not whole in {k} (answer normalisation)")
    p26 = B.P26_FILE.read_text(encoding="utf-8")
    ws = lambda s: re.sub(r"\s+", " ", s)  # noqa: E731
    n_computed = 0
    for r in allq:
        if list(r) != FIELDS or r["type"] not in TYPES or r["lang"] not in ("vi", "en"):
            P(f"{r['id']}: format")
        if r["type"] == "unanswerable":
            if r["expected"] or r["evidence"]:
                P(f"{r['id']}: unanswerable with gold")
            continue
        if not r["expected"] or not r["evidence"] or any(len(e) < 3 and not e.isdigit() for e in r["expected"]):
            P(f"{r['id']}: gold missing/short")
        texts = {"src": src, **fmts} if r["doc"] == S.KEY else {"corpus": p26}
        for e in r["expected"]:
            if e.isdigit() and r["type"] in ("aggregation", "comparison") and any(
                    X.norm_answer(e) not in X.norm_answer(t) for t in texts.values()):
                n_computed += 1  # a count computed from the parse (build_questions.facts()), not a printed string
                continue
            for k, t in texts.items():
                if X.norm_answer(e) not in X.norm_answer(t):
                    P(f"{r['id']}: expected {e!r} not in {k}")
        for e in r["evidence"]:
            if len(e) < 8:
                P(f"{r['id']}: evidence too short")
            base = flat if r["doc"] == S.KEY else p26
            if ws(e).strip() not in ws(base):
                P(f"{r['id']}: evidence not verbatim in source")
            for k, t in texts.items():
                if X.norm_cite(e) not in X.norm_cite(t):
                    P(f"{r['id']}: evidence {e[:30]!r} not in {k}")
    for doc, mk in B.markers():
        texts = [src, *fmts.values()] if doc == S.KEY else [p26]
        if any(X.norm_answer(mk) in X.norm_answer(t) for t in texts):
            P(f"marker {mk!r} present")
    # earlier questions: exact repeats
    mine = {X.norm_answer(r["question"]): r["id"] for r in allq}
    n_other = 0
    for f in (ROOT / "evals").rglob("*.jsonl"):
        if f.parent == HERE:
            continue
        for ln in f.read_text(encoding="utf-8").splitlines():
            try:
                q = json.loads(ln).get("question", "")
            except Exception:
                continue
            n_other += 1
            if X.norm_answer(q) in mine:
                P(f"{mine[X.norm_answer(q)]}: exact repeat of an earlier question (in {f.parent.name})")
    if len(mine) != len(allq):
        P("duplicate question inside the set")
    # check_questions.py
    cp = subprocess.run([sys.executable, "evals/check_questions.py", str(HERE / "questions.jsonl"),
                         str(HERE / "dev55x.jsonl")], cwd=ROOT, capture_output=True, text=True)
    out = (cp.stdout + cp.stderr).strip().splitlines()
    null_ids = {r["id"] for r in allq if r["doc"] is None}
    bad = [ln for ln in out if ln.strip() and not re.search(r"unknown doc|doc key", ln, re.I)
           and not any(f"[{i}]" in ln for i in null_ids) and not re.match(r"^\d+ questions, \d+ problems$", ln.strip())]
    print(f"check_questions.py: exit {cp.returncode}, {len(out)} lines, {len(out) - len(bad)} of them doc-key notices")
    for ln in bad[:20]:
        print("  ", ln)
    print(f"checked against {n_other} earlier questions; {n_pieces} source pieces in all formats; "
          f"{len(B.markers())} unanswerable markers; "
          f"{n_computed} computed counts (asserted in build_questions.facts(), not searched in the text)")
    for p in probs:
        print("PROBLEM:", p)
    print(f"{len(allq)} questions, {len(probs)} problems")


if __name__ == "__main__":
    main()
