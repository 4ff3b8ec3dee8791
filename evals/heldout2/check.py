"""Build all questions from q_new.py + q_bundled.py, verify them, split into dev2/questions.

Run from the repo root:  .venv/bin/python evals/heldout2/check.py [--write]
Checks: fields and types, known doc keys, 7 types, unanswerable has empty expected/evidence,
each expected string occurs in a named document (scoring normalisation: NFC, casefold,
whitespace collapsed, no spaces around % and /), each evidence snippet occurs (accents, đ, case,
punctuation and line breaks removed). PDF text = pdfplumber page.extract_text().
--write also writes all.jsonl, dev2.jsonl (sha256(id)[0] < 90) and questions.jsonl (the rest).
"""
import hashlib, json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "corpus"
sys.path.insert(0, str(HERE))
# The bundled plans, the question types and the scoring normalisation are the project's own
# (evals/check_questions.py, one home for the scoring rules written in evals/README.md).
sys.path.insert(0, str(HERE.parent.parent))
from evals.check_questions import DOC_FILES, TYPES, normalize_answer as norm_answer, normalize_citation as norm_evidence  # noqa: E402

DOCS = {key: CORPUS / name for key, name in DOC_FILES.items()} | {
    "byt-2026": HERE / "docs" / "2026-program_kh-byt-cds.pdf",
    "qt-2027": HERE / "docs" / "2027-plan_quang-tri.md",
}
FIELDS = ["id", "question", "lang", "type", "doc", "expected", "evidence", "note"]


def text_of(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    return path.read_text(encoding="utf-8")


def load_questions():
    import q_new, q_bundled
    out = []
    for t in q_new.QUESTIONS + q_bundled.QUESTIONS:
        qid, lang, typ, doc, q, exp, ev, note = t
        out.append({"id": "h2-" + qid, "question": q, "lang": lang, "type": typ, "doc": doc,
                    "expected": exp, "evidence": ev, "note": note})
    return out


def main():
    qs = load_questions()
    texts = {k: text_of(p) for k, p in DOCS.items()}
    na = {k: norm_answer(v) for k, v in texts.items()}
    ne = {k: norm_evidence(v) for k, v in texts.items()}
    problems = []
    seen = set()
    for q in qs:
        qid = q["id"]
        if qid in seen:
            problems.append(f"{qid}: duplicate id")
        seen.add(qid)
        if list(q) != FIELDS or not all(isinstance(q[f], str) for f in ("id", "question", "note")):
            problems.append(f"{qid}: bad fields")
        if q["lang"] not in ("vi", "en"):
            problems.append(f"{qid}: bad lang")
        if q["type"] not in TYPES:
            problems.append(f"{qid}: bad type")
        docs = q["doc"] if isinstance(q["doc"], list) else [q["doc"]]
        if not docs or any(d not in DOCS for d in docs):
            problems.append(f"{qid}: unknown doc {q['doc']}")
            continue
        if q["type"] == "unanswerable":
            if q["expected"] or q["evidence"]:
                problems.append(f"{qid}: unanswerable must have empty expected/evidence")
            continue
        if not q["expected"] or not q["evidence"]:
            problems.append(f"{qid}: empty expected/evidence")
        for e in q["expected"]:
            if not any(norm_answer(e) in na[d] for d in docs):
                problems.append(f"{qid}: expected not in doc: {e!r}")
        for e in q["evidence"]:
            if not any(norm_evidence(e) in ne[d] for d in docs):
                problems.append(f"{qid}: evidence not in doc: {e!r}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(qs)} questions, {len(problems)} problems")
    if "--write" in sys.argv and not problems:
        qs.sort(key=lambda q: q["id"])
        dev, held = [], []
        for q in qs:
            (dev if hashlib.sha256(q["id"].encode()).digest()[0] < 90 else held).append(q)
        for name, rows in (("all.jsonl", qs), ("dev2.jsonl", dev), ("questions.jsonl", held)):
            with open(HERE / name, "w", encoding="utf-8") as f:
                for q in rows:
                    f.write(json.dumps(q, ensure_ascii=False) + "\n")
        print(f"wrote all.jsonl ({len(qs)}), dev2.jsonl ({len(dev)}), questions.jsonl ({len(held)})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
