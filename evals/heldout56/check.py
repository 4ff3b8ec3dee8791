"""Checks of held-out set 56 (run from the repository root: python evals/heldout56/check.py)."""
import hashlib
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
import build_questions as B  # noqa: E402
import doc_source as S  # noqa: E402
import make_docs as M  # noqa: E402
import textsrc as T  # noqa: E402

problems = []


def bad(msg):
    problems.append(msg)
    print("PROBLEM:", msg)


def load(name):
    return [json.loads(x) for x in (HERE / name).read_text(encoding="utf-8").splitlines() if x.strip()]


S.check()
facts = B.facts()
held, dev = load("questions.jsonl"), load("dev56x.jsonl")
rows = held + dev
# the files are what build_questions.py makes
ref_h, ref_d = (HERE / "questions.jsonl").read_bytes(), (HERE / "dev56x.jsonl").read_bytes()
B.build()
if (HERE / "questions.jsonl").read_bytes() != ref_h or (HERE / "dev56x.jsonl").read_bytes() != ref_d:
    bad("question files differ from build_questions.py output")
# ids, counts, split
ids = sorted(r["id"] for r in rows)
if ids != [f"h56-{i:03d}" for i in range(1, 121)]:
    bad("ids")
groups = defaultdict(list)
for r in rows:
    groups[(str(r["doc"]), r["type"])].append(r["id"])
devids = {r["id"] for r in dev}
for g, v in groups.items():
    if sum(i in devids for i in v) != round(0.2 * len(v)):
        bad(f"split {g}")
if len(held) != 96 or len(dev) != 24:
    bad("file sizes")
# documents rebuild byte for byte
with tempfile.TemporaryDirectory() as td:
    M.build(td)
    for ext in ("md", "docx", "pdf"):
        if (Path(td) / f"{S.KEY}.{ext}").read_bytes() != (HERE / "docs" / f"{S.KEY}.{ext}").read_bytes():
            bad(f"docs/{S.KEY}.{ext} is not reproducible")
# texts
ft = T.format_texts()
na = {k: T.norm_answer(v) for k, v in ft.items()}
nc = {k: T.norm_cite(v) for k, v in ft.items()}
src_body = T.norm_answer(" ".join(s for _, s in S.body_lines()))
src_flat = S.flat()
p26 = (ROOT / "corpus" / "2026-plan_kh-275-ubnd.txt").read_text(encoding="utf-8")
p26_flat, p26_na = S.ws(p26), T.norm_answer(p26)
for k, n, s in S.pieces():
    s = " ".join(S.HEADER_CELLS) if k == "thead" else s
    for f in ft:
        if T.norm_cite(s) not in nc[f] or T.norm_answer(s) not in na[f]:
            bad(f"piece {k}@{n} lost in {f}")
for r in rows:
    counts = {str(v) for v in facts.values() if isinstance(v, int)}
    if r["doc"] == S.KEY:
        for e in r["expected"]:
            if r["type"] == "aggregation" and e in counts:
                continue   # a count computed from the parsed annex and asserted in build_questions.facts()
            if T.norm_answer(e) not in src_body:
                bad(f"{r['id']} expected not in source: {e}")
            for f in ft:
                if T.norm_answer(e) not in na[f]:
                    bad(f"{r['id']} expected not in {f}: {e}")
        for e in r["evidence"]:
            if S.ws(e) not in src_flat:
                bad(f"{r['id']} evidence not verbatim in source: {e}")
            for f in ft:
                if T.norm_cite(e) not in nc[f]:
                    bad(f"{r['id']} evidence not in {f}: {e}")
        if r["type"] == "unanswerable":
            m = r["note"].split(": ", 1)[1]
            if T.norm_answer(m) in src_body:
                bad(f"{r['id']} unanswerable marker present in source: {m}")
    elif r["doc"] == B.P26:
        for e in r["expected"]:
            if r["type"] == "aggregation" and e in counts:
                continue
            if T.norm_answer(e) not in p26_na:
                bad(f"{r['id']} expected not in plan-2026: {e}")
        for e in r["evidence"]:
            if S.ws(e) not in p26_flat:
                bad(f"{r['id']} evidence not in plan-2026: {e}")
        if r["type"] == "unanswerable" and T.norm_answer(r["note"].split(": ", 1)[1]) in p26_na:
            bad(f"{r['id']} marker present in plan-2026")
    if r["type"] != "unanswerable" and (not r["expected"] or not r["evidence"]):
        bad(f"{r['id']} empty expected/evidence")
# no exact repeat of an earlier set's question (reads only the `question` field of the other sets' files)
mine = {r["question"].strip().casefold() for r in rows}
for p in sorted((ROOT / "evals").rglob("*.jsonl")):
    if p.parent == HERE:
        continue
    for ln in p.read_text(encoding="utf-8").splitlines():
        try:
            qq = json.loads(ln).get("question", "")
        except Exception:
            continue
        if isinstance(qq, str) and qq.strip().casefold() in mine:
            bad(f"exact repeat of a question in {p.relative_to(ROOT)}")
# source blob and sha
r = S.raw()
if hashlib.sha256(r).hexdigest() != S.SHA256:
    bad("source sha256")
# evals/check_questions.py: only doc-key notices are tolerated
out = subprocess.run([sys.executable, str(ROOT / "evals" / "check_questions.py"), str(HERE / "questions.jsonl"),
                      str(HERE / "dev56x.jsonl")], capture_output=True, text=True, cwd=ROOT)
for ln in (out.stdout + out.stderr).splitlines():
    if ln.strip() and not any(x in ln for x in ("unknown doc key", "field 'doc' must be", "problems", "OK", "ok")):
        bad("check_questions: " + ln)
print("check_questions.py:", (out.stdout + out.stderr).strip().splitlines()[-1:] or "(no output)", "rc", out.returncode)
print(f"{len(rows)} questions, {len(problems)} problems")
sys.exit(1 if problems else 0)
