"""Verify held-out set 4 (dev4.jsonl + questions.jsonl) against the documents.

Run from the repository root::

    .venv/bin/python evals/heldout4/check.py [FILES...]

Checks, one line per problem:
- every line is a JSON object with id, question, lang, type, doc, expected, evidence, note of the
  right types; lang in {vi, en}; type in the seven contract types; doc a known key or a list of them;
- ids and question texts are unique across all files checked;
- unanswerable <=> expected and evidence both empty;
- every expected string occurs in (one of) the named document(s) after the answer normalisation of
  shared/evals/README.md (NFC, case-folding, whitespace collapsed, no spaces around % and /); for
  the new programme in its Markdown and DOCX text;
- every evidence snippet occurs in (one of) the named document(s) after the citation normalisation
  (accents removed incl. đ→d, case, punctuation and line breaks removed; checked both with
  punctuation deleted and with punctuation turned into a space); for the new programme in ALL
  THREE formats' extracted text: .md raw, .docx (python-docx paragraphs + table cells) and .pdf
  (pdfplumber ``page.extract_text()``). Bundled plans are read from corpus/*.txt.
Prints ``N questions, M problems``; exit status 1 when M > 0.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = ROOT / "corpus"
DOCS = HERE / "docs"
NEW_KEY = "ctht-btc-2026"

DOC_FILES = {
    "plan-2026": "2026-plan_kh-275-ubnd.txt",
    "plan-2025": "2025-plan_ubnd.txt",
    "ctr-06-2022": "2022-program_qd-176-ubnd_nq-06.txt",
    "kh-266-2025": "2025-action-plan_kh-266-tu_nq-57.txt",
    "kh-285-2025": "2025-plan_kh-285-tu_kh-02.txt",
}
LANGS = {"vi", "en"}
TYPES = {"indicator_lookup", "task_lookup", "aggregation", "narrative", "comparison", "unanswerable", "ambiguous"}
FIELDS = {"id": str, "question": str, "lang": str, "type": str, "expected": list, "evidence": list, "note": str}


def answer_norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"\s*([%/])\s*", r"\1", s)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.casefold()


def cite_norm(s: str, punct: str = "") -> str:
    s = _fold(s)
    s = re.sub(r"[^\w\s]|_", punct, s)
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path: Path) -> str:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def load_texts() -> dict[str, dict[str, str]]:
    texts = {k: {"txt": (CORPUS / f).read_text(encoding="utf-8")} for k, f in DOC_FILES.items()}
    texts[NEW_KEY] = {
        "md": (DOCS / f"{NEW_KEY}.md").read_text(encoding="utf-8"),
        "docx": docx_text(DOCS / f"{NEW_KEY}.docx"),
        "pdf": pdf_text(DOCS / f"{NEW_KEY}.pdf"),
    }
    return texts


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or [HERE / "dev4.jsonl", HERE / "questions.jsonl"]
    texts = load_texts()
    ans = {k: {f: answer_norm(t) for f, t in v.items()} for k, v in texts.items()}
    cit = {k: {f: (cite_norm(t), cite_norm(t, " ")) for f, t in v.items()} for k, v in texts.items()}

    problems: list[str] = []
    ids: set[str] = set()
    qtexts: set[str] = set()
    n = 0
    for path in files:
        for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{ln}"
            if not line.strip():
                continue
            try:
                q = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: bad JSON ({e})")
                continue
            n += 1
            if not isinstance(q, dict):
                problems.append(f"{where}: not an object")
                continue
            bad = False
            for f, typ in FIELDS.items():
                if not isinstance(q.get(f), typ):
                    problems.append(f"{where}: field {f} missing or not {typ.__name__}")
                    bad = True
            doc = q.get("doc")
            docs = [doc] if isinstance(doc, str) else doc
            if not isinstance(docs, list) or not docs or not all(isinstance(d, str) and d in texts for d in docs):
                problems.append(f"{where}: bad doc {doc!r}")
                bad = True
            if bad:
                continue
            qid = q["id"]
            if set(q) - set(FIELDS) - {"doc"}:
                problems.append(f"{where}: extra fields {sorted(set(q) - set(FIELDS) - {'doc'})}")
            if qid in ids:
                problems.append(f"{where}: duplicate id {qid}")
            ids.add(qid)
            qt = answer_norm(q["question"])
            if qt in qtexts:
                problems.append(f"{where}: duplicate question {qid}")
            qtexts.add(qt)
            if q["lang"] not in LANGS:
                problems.append(f"{where}: {qid} bad lang {q['lang']}")
            if q["type"] not in TYPES:
                problems.append(f"{where}: {qid} bad type {q['type']}")
            if not all(isinstance(x, str) and x.strip() for x in q["expected"] + q["evidence"]):
                problems.append(f"{where}: {qid} empty or non-string expected/evidence item")
                continue
            if q["type"] == "unanswerable":
                if q["expected"] or q["evidence"]:
                    problems.append(f"{where}: {qid} unanswerable with expected/evidence")
                continue
            if not q["expected"] or not q["evidence"]:
                problems.append(f"{where}: {qid} answerable without expected or evidence")
            for e in q["expected"]:
                en = answer_norm(e)
                ok = False
                for d in docs:
                    fmts = ["md", "docx"] if d == NEW_KEY else ["txt"]
                    if all(en in ans[d][f] for f in fmts):
                        ok = True
                if not ok:
                    problems.append(f"{where}: {qid} expected not in document(s): {e!r}")
            for s in q["evidence"]:
                s1, s2 = cite_norm(s), cite_norm(s, " ")
                ok = False
                for d in docs:
                    if all(s1 in t1 and s2 in t2 for t1, t2 in cit[d].values()):
                        ok = True
                if not ok:
                    missing = {d: [f for f, (t1, t2) in cit[d].items() if not (s1 in t1 and s2 in t2)] for d in docs}
                    problems.append(f"{where}: {qid} evidence not in document(s) {missing}: {s!r}")
    for p in problems:
        print(p)
    print(f"{n} questions, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
