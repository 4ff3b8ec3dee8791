"""Check that every expected/evidence string of a held-out file occurs verbatim in the document's formats.
usage: python check.py evals/real/nq-24-2026-cp.heldout.jsonl"""
import json, re, sys, unicodedata, html
from pathlib import Path
def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    return re.sub(r"\s+", " ", s).strip()
qf = Path(sys.argv[1]); base = qf.parent / qf.name.split(".")[0]
texts = {}
from docx import Document
d = Document(str(base) + ".docx")
parts = [p.text for p in d.paragraphs]
for t in d.tables:
    for r in t.rows:
        for c in r.cells: parts.append(c.text)
texts["docx"] = norm("\n".join(parts))
import pypdf
texts["pdf"] = norm("\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(base) + ".pdf").pages))
md = Path(str(base) + ".md")
if md.exists():
    t = re.sub(r"<[^>]+>", " ", md.read_text(encoding="utf-8")); t = html.unescape(t).replace("\\", "")
    texts["md"] = norm(t.replace("**", "").replace("*", ""))
bad = 0; n = 0
for line in qf.read_text(encoding="utf-8").splitlines():
    q = json.loads(line)
    assert set(q) == {"id","question","lang","type","doc","expected","evidence","note"}, q["id"]
    assert (q["type"] == "unanswerable") == (not q["expected"]), q["id"]
    for kind in ("expected", "evidence"):
        for s in q[kind]:
            n += 1
            miss = [f for f, t in texts.items() if norm(s) not in t]
            if miss: bad += 1; print(q["id"], kind, repr(s), "missing in", miss)
print(f"{n} strings checked in {sorted(texts)}; {bad} missing")
sys.exit(1 if bad else 0)
