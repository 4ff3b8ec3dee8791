"""Verify held-out set 7 (dev7.jsonl + questions.jsonl) against the documents.

Run from the repository root::

    .venv/bin/python evals/heldout7/check.py [FILES...]

Documents: the five bundled plans (``corpus/*.txt``; doc keys of shared/evals/README.md) and the
fictional ministry programme ``bo-yt-2026`` (``evals/heldout7/docs/bo-yt-2026.{md,docx,pdf}``).

Checks, one line per problem:
- every line is a JSON object with exactly id, question, lang, type, doc, expected, evidence, note
  of the right types; lang in {vi, en}; type one of the seven contract types; doc a known key or a
  non-empty list of known keys; ids ``h7-NNN``; ids and question texts unique across the files;
- the file a question sits in agrees with the split (first hex digit of sha256(id) < 4 -> dev7.jsonl,
  else questions.jsonl);
- unanswerable <=> expected and evidence both empty; an unanswerable question must carry in its note
  ``absent: [...]`` (a JSON list of strings: the asked-for value or key phrase) and none of them may
  occur in the named document(s) in any format (answer normalisation); a note may also carry
  ``absent_task: N`` / ``absent_indicator: N`` (bo-yt-2026 only): Phụ lục 2 / Phụ lục 1 must
  have no row numbered N;
- every expected string occurs in (one of) the named document(s) after the answer normalisation of
  shared/evals/README.md (NFC, case-folding, whitespace collapsed, no spaces around % and /);
- every evidence snippet occurs there after the citation normalisation (accents removed incl. đ->d,
  case, punctuation and line breaks removed; checked both with punctuation deleted and with
  punctuation turned into a space);
- for bo-yt-2026 both checks must pass in ALL THREE formats: the .md source, the .docx text
  (python-docx paragraphs + table cells) and the .pdf text (pdfplumber). The PDF tables have no
  ruling lines, so ``extract_text()`` interleaves the wrapped lines of neighbouring cells; the PDF
  side therefore also accepts a match in the per-column text of the two appendix tables (words of
  each column taken from pdfplumber word boxes, cut at the x positions of the repeated header row,
  read top to bottom across the pages).
Bundled plans are read from ``corpus/`` relative to the repository root.
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
DOCS = HERE / "docs"
NEW_KEY = "bo-yt-2026"

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

# First word of each header cell of the two appendix tables (PDF column cuts).
IND_HEAD = ["TT", "Chỉ", "Đơn", "Hiện", "Lộ", "Lộ", "Lộ", "Đơn"]
TASK_HEAD = ["TT", "Nhiệm", "Sản", "Đơn", "Đơn", "Thời"]


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


def _cuts(band: list[dict], head: list[str]) -> list[float] | None:
    """x0 of the header words in reading order, matched left to right."""
    words = sorted(band, key=lambda w: w["x0"])
    cuts: list[float] = []
    i = 0
    for h in head:
        while i < len(words) and unicodedata.normalize("NFC", words[i]["text"]) != h:
            i += 1
        if i == len(words):
            return None
        cuts.append(words[i]["x0"])
        i += 1
    return cuts


def pdf_texts(path: Path) -> list[str]:
    """[extract_text of all pages] + [one text per column of each appendix table, across pages]."""
    import pdfplumber

    plain: list[str] = []
    cols: dict[str, list[list[str]]] = {"ind": [[] for _ in IND_HEAD], "task": [[] for _ in TASK_HEAD]}
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            plain.append(page.extract_text() or "")
            if page.width <= page.height:  # appendix tables are on landscape pages
                continue
            words = page.extract_words()
            for key, head, anchor in (("ind", IND_HEAD, "Hiện"), ("task", TASK_HEAD, "Sản")):
                anchors = [w for w in words if unicodedata.normalize("NFC", w["text"]) == anchor]
                if not anchors:
                    continue
                top = min(w["top"] for w in anchors)
                band = [w for w in words if abs(w["top"] - top) < 2]
                cuts = _cuts(band, head)
                if cuts is None:
                    continue
                cuts = [x - 2 for x in cuts]
                body = [w for w in words if w["top"] > top + 15]
                for ci in range(len(head)):
                    lo = cuts[ci]
                    hi = cuts[ci + 1] if ci + 1 < len(cuts) else 1e9
                    sel = sorted((w for w in body if lo <= w["x0"] < hi), key=lambda w: (round(w["top"]), w["x0"]))
                    lines: dict[int, list[str]] = {}
                    for w in sel:
                        lines.setdefault(round(w["top"]), []).append(w["text"])
                    cols[key][ci].extend(" ".join(v) for _, v in sorted(lines.items()))
    return ["\n".join(plain)] + ["\n".join(c) for k in ("ind", "task") for c in cols[k]]


def md_row_numbers(md: str) -> tuple[set[str], set[str]]:
    """(indicator numbers of Phụ lục 1, task numbers of Phụ lục 2) from the Markdown tables."""
    ind, task = set(), set()
    part = None
    for line in md.splitlines():
        if line.startswith("## Phụ lục 1"):
            part = ind
        elif line.startswith("## Phụ lục 2"):
            part = task
        m = re.match(r"\|\s*(\d+(?:\.\d+)?)\s*\|", line)
        if m and part is not None:
            part.add(m.group(1))
    return ind, task


def load_texts() -> dict[str, dict[str, list[str]]]:
    """doc key -> format -> list of text variants (a string matches a format if it is in any variant)."""
    texts = {k: {"txt": [(CORPUS / f).read_text(encoding="utf-8")]} for k, f in DOC_FILES.items()}
    texts[NEW_KEY] = {
        "md": [(DOCS / f"{NEW_KEY}.md").read_text(encoding="utf-8")],
        "docx": [docx_text(DOCS / f"{NEW_KEY}.docx")],
        "pdf": pdf_texts(DOCS / f"{NEW_KEY}.pdf"),
    }
    return texts


class Index:
    def __init__(self, texts: dict[str, dict[str, list[str]]]):
        self.ans = {k: {f: [answer_norm(t) for t in v] for f, v in fm.items()} for k, fm in texts.items()}
        self.cit = {k: {f: [(cite_norm(t), cite_norm(t, " ")) for t in v] for f, v in fm.items()}
                    for k, fm in texts.items()}

    def answer_missing(self, doc: str, s: str) -> list[str]:
        n = answer_norm(s)
        return [f for f, variants in self.ans[doc].items() if not any(n in t for t in variants)]

    def answer_found(self, doc: str, s: str) -> list[str]:
        n = answer_norm(s)
        return [f for f, variants in self.ans[doc].items() if any(n in t for t in variants)]

    def cite_missing(self, doc: str, s: str) -> list[str]:
        s1, s2 = cite_norm(s), cite_norm(s, " ")
        return [f for f, variants in self.cit[doc].items() if not any(s1 in t1 and s2 in t2 for t1, t2 in variants)]


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or [HERE / "dev7.jsonl", HERE / "questions.jsonl"]
    texts = load_texts()
    idx = Index(texts)
    new_ind, new_task = md_row_numbers(texts[NEW_KEY]["md"][0])

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
            if not re.fullmatch(r"h7-\d{3}", qid):
                problems.append(f"{where}: bad id {qid}")
            if qid in ids:
                problems.append(f"{where}: duplicate id {qid}")
            ids.add(qid)
            want = "dev7.jsonl" if int(hashlib.sha256(qid.encode()).hexdigest()[0], 16) < 4 else "questions.jsonl"
            if path.name in ("dev7.jsonl", "questions.jsonl") and path.name != want:
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
                absent = None
                if m:
                    try:
                        absent = json.loads(m.group(1))
                    except json.JSONDecodeError:
                        absent = None
                if not isinstance(absent, list) or not absent or not all(isinstance(a, str) and a for a in absent):
                    problems.append(f"{where}: {qid} unanswerable without a valid 'absent: [...]' in note")
                else:
                    for a in absent:
                        for d in docs:
                            found = idx.answer_found(d, a)
                            if found:
                                problems.append(f"{where}: {qid} absent phrase {a!r} occurs in {d} {found}")
                for tag, nums in (("absent_task", new_task), ("absent_indicator", new_ind)):
                    mt = re.search(tag + r":\s*(\d+(?:\.\d+)?)", q["note"])
                    if mt:
                        if NEW_KEY not in docs:
                            problems.append(f"{where}: {qid} {tag} needs doc {NEW_KEY}")
                        elif mt.group(1) in nums:
                            problems.append(f"{where}: {qid} {tag} {mt.group(1)} exists in {NEW_KEY}")
                continue
            if q["type"] == "ambiguous" and len(q["expected"]) < 2:
                problems.append(f"{where}: {qid} ambiguous question with fewer than two expected readings")
            if not q["expected"] or not q["evidence"]:
                problems.append(f"{where}: {qid} answerable without expected or evidence")
            for e in q["expected"]:
                if not any(not idx.answer_missing(d, e) for d in docs):
                    miss = {d: idx.answer_missing(d, e) for d in docs}
                    problems.append(f"{where}: {qid} expected not in document(s) {miss}: {e!r}")
            for s in q["evidence"]:
                if not any(not idx.cite_missing(d, s) for d in docs):
                    miss = {d: idx.cite_missing(d, s) for d in docs}
                    problems.append(f"{where}: {qid} evidence not in document(s) {miss}: {s!r}")
    for p in problems:
        print(p)
    print(f"{n} questions, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
