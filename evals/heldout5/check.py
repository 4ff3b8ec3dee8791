"""Verify held-out set 5 (dev5.jsonl + questions.jsonl) against the documents.

Run from the repository root::

    .venv/bin/python evals/heldout5/check.py [FILES...]

Documents: the five bundled plans (``corpus/*.txt``; doc keys of shared/evals/README.md) and the
real report ``ducp-402-2025`` (``evals/real/ducp-402-2025.{md,docx,pdf}``).

Checks, one line per problem:
- every line is a JSON object with exactly id, question, lang, type, doc, expected, evidence, note
  of the right types; lang in {vi, en}; type one of the seven contract types; doc a known key or a
  non-empty list of known keys; ids ``h5-NNN``; ids and question texts unique across the files;
- the file a question sits in agrees with the split (first hex digit of sha256(id) < 4 -> dev5.jsonl,
  else questions.jsonl);
- unanswerable <=> expected and evidence both empty; an unanswerable question must carry in its note
  ``absent: [...]`` (a JSON list of strings: the asked-for value or key phrase) and each of them must
  NOT occur in the named document(s) in any format (answer normalisation); a note may also carry
  ``absent_task: N`` (ducp-402-2025 only): Phụ lục 1 must have no task numbered N;
- every expected string occurs in (one of) the named document(s) after the answer normalisation of
  shared/evals/README.md (NFC, case-folding, whitespace collapsed, no spaces around % and /);
- every evidence snippet occurs there after the citation normalisation (accents removed incl. đ->d,
  case, punctuation and line breaks removed; checked both with punctuation deleted and with
  punctuation turned into a space);
- for ducp-402-2025 both checks must pass in ALL THREE formats: the .md source, the .docx text
  (python-docx paragraphs + table cells) and the .pdf text (pdfplumber ``extract_text()``). The PDF
  table has no ruling lines and narrow columns, so ``extract_text()`` interleaves the wrapped lines
  of neighbouring cells; the PDF side therefore also accepts a match in the per-column text of
  Phụ lục 1 (words of each table column, taken from pdfplumber word boxes and cut at the x
  positions of the repeated header, read top to bottom across the pages), and accepts a match that
  differs only in whitespace (a line wrap inside a token such as ``562/BKHCN-`` / ``VCL``).
Prints ``N questions, M problems``; exit status 1 when M > 0.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = ROOT / "corpus"
REAL = ROOT / "evals" / "real"
REAL_KEY = "ducp-402-2025"

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


def nospace(s: str) -> str:
    return re.sub(r"\s+", "", s)


def docx_text(path: Path) -> str:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def pdf_texts(path: Path) -> list[str]:
    """[extract_text of all pages] + [one text per Phụ lục 1 column, across pages]."""
    import pdfplumber

    plain: list[str] = []
    columns: list[list[str]] = [[] for _ in range(7)]
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            plain.append(page.extract_text() or "")
            words = page.extract_words()
            tien = [w for w in words if w["text"] == "TIẾN"]
            if not tien:
                continue
            top = tien[0]["top"]
            band = [w for w in words if top - 30 <= w["top"] <= top + 15]

            def x_of(text: str, nth: int = 0) -> float | None:
                xs = sorted(w["x0"] for w in band if w["text"] == text)
                return xs[nth] if len(xs) > nth else None

            cuts = [x_of("NHIỆM"), x_of("KẾT"), x_of("THỜI"), x_of("CƠ"), x_of("TIẾN"), x_of("KẾT", 1)]
            if any(c is None for c in cuts):
                continue
            cuts = [c - 2 for c in cuts]  # type: ignore[operator]
            body = [w for w in words if w["top"] > top + 15]
            for col in range(7):
                lo = cuts[col - 1] if col else -1e9
                hi = cuts[col] if col < 6 else 1e9
                ws = sorted((w for w in body if lo <= w["x0"] < hi), key=lambda w: (round(w["top"]), w["x0"]))
                lines: dict[int, list[str]] = {}
                for w in ws:
                    lines.setdefault(round(w["top"]), []).append(w["text"])
                columns[col].extend(" ".join(v) for _, v in sorted(lines.items()))
    return ["\n".join(plain)] + ["\n".join(c) for c in columns]


def md_task_numbers(md: str) -> set[str]:
    nums = set()
    for line in md.splitlines():
        m = re.match(r"\|\s*(\d+)\.\s*\|", line)
        if m:
            nums.add(m.group(1))
    return nums


def load_texts() -> dict[str, dict[str, list[str]]]:
    """doc key -> format -> list of text variants (a string matches a format if it is in any variant)."""
    texts = {k: {"txt": [(CORPUS / f).read_text(encoding="utf-8")]} for k, f in DOC_FILES.items()}
    texts[REAL_KEY] = {
        "md": [(REAL / f"{REAL_KEY}.md").read_text(encoding="utf-8")],
        "docx": [docx_text(REAL / f"{REAL_KEY}.docx")],
        "pdf": pdf_texts(REAL / f"{REAL_KEY}.pdf"),
    }
    return texts


class Index:
    def __init__(self, texts: dict[str, dict[str, list[str]]]):
        self.ans = {k: {f: [answer_norm(t) for t in v] for f, v in fm.items()} for k, fm in texts.items()}
        self.cit = {k: {f: [(cite_norm(t), cite_norm(t, " ")) for t in v] for f, v in fm.items()} for k, fm in texts.items()}
        self.ans_ns = {k: {f: [nospace(t) for t in v] for f, v in fm.items()} for k, fm in self.ans.items()}
        self.cit_ns = {k: {f: [nospace(t1) for t1, _ in v] for f, v in fm.items()} for k, fm in self.cit.items()}

    def answer_formats_missing(self, doc: str, s: str) -> list[str]:
        n = answer_norm(s)
        missing = []
        for f, variants in self.ans[doc].items():
            ok = any(n in t for t in variants)
            if not ok and f == "pdf":
                ok = any(nospace(n) in t for t in self.ans_ns[doc][f])
            if not ok:
                missing.append(f)
        return missing

    def answer_anywhere(self, doc: str, s: str) -> list[str]:
        n = answer_norm(s)
        return [f for f, variants in self.ans[doc].items() if any(n in t for t in variants)
                or (f == "pdf" and any(nospace(n) in t for t in self.ans_ns[doc][f]))]

    def cite_formats_missing(self, doc: str, s: str) -> list[str]:
        s1, s2 = cite_norm(s), cite_norm(s, " ")
        missing = []
        for f, variants in self.cit[doc].items():
            ok = any(s1 in t1 and s2 in t2 for t1, t2 in variants)
            if not ok and f == "pdf":
                ok = any(nospace(s1) in t for t in self.cit_ns[doc][f])
            if not ok:
                missing.append(f)
        return missing


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or [HERE / "dev5.jsonl", HERE / "questions.jsonl"]
    texts = load_texts()
    idx = Index(texts)
    real_tasks = md_task_numbers(texts[REAL_KEY]["md"][0])

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
            if not re.fullmatch(r"h5-\d{3}", qid):
                problems.append(f"{where}: bad id {qid}")
            if qid in ids:
                problems.append(f"{where}: duplicate id {qid}")
            ids.add(qid)
            want = "dev5.jsonl" if int(hashlib.sha256(qid.encode()).hexdigest()[0], 16) < 4 else "questions.jsonl"
            if path.name in ("dev5.jsonl", "questions.jsonl") and path.name != want:
                problems.append(f"{where}: {qid} belongs in {want}")
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
                m = re.search(r"absent:\s*(\[.*?\])", q["note"])
                if not m:
                    problems.append(f"{where}: {qid} unanswerable without 'absent: [...]' in note")
                else:
                    try:
                        absent = json.loads(m.group(1))
                    except json.JSONDecodeError:
                        absent = None
                    if not isinstance(absent, list) or not absent:
                        problems.append(f"{where}: {qid} bad absent list")
                    else:
                        for a in absent:
                            for d in docs:
                                found = idx.answer_anywhere(d, a)
                                if found:
                                    problems.append(f"{where}: {qid} absent value {a!r} occurs in {d} {found}")
                mt = re.search(r"absent_task:\s*(\d+)", q["note"])
                if mt and mt.group(1) in real_tasks:
                    problems.append(f"{where}: {qid} task {mt.group(1)} exists in Phụ lục 1")
                continue
            if not q["expected"] or not q["evidence"]:
                problems.append(f"{where}: {qid} answerable without expected or evidence")
            for e in q["expected"]:
                if not any(not idx.answer_formats_missing(d, e) for d in docs):
                    miss = {d: idx.answer_formats_missing(d, e) for d in docs}
                    problems.append(f"{where}: {qid} expected not in document(s) {miss}: {e!r}")
            for s in q["evidence"]:
                if not any(not idx.cite_formats_missing(d, s) for d in docs):
                    miss = {d: idx.cite_formats_missing(d, s) for d in docs}
                    problems.append(f"{where}: {qid} evidence not in document(s) {miss}: {s!r}")
    for p in problems:
        print(p)
    print(f"{n} questions, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
