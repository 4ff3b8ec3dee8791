"""Shared code of the held-out sets that ship their own generated document.

Each such set directory ``evals/heldoutN/`` keeps two thin scripts that hold only the set's
parameters and document what they do:

* ``check.py`` builds a :class:`CheckedSet` and calls :func:`check_main`: it verifies the set's
  question files against the bundled plans (``corpus/*.txt``) and the set's document in .md, .docx
  and .pdf (see the docstring of ``evals/heldout6/check.py`` for the list of checks);
* ``make_docs.py`` builds a :class:`RenderedSet` from the set's ``plan_source.py`` and calls
  :func:`make_docs_main`: it renders the document as Markdown, DOCX (pandoc) and PDF (reportlab),
  deterministically, then checks the table cells can be read back from the DOCX and PDF.

The documents and question files of the sets are frozen: a change here must leave every set's
``make_docs.py`` output byte for byte identical (sha256 in the set's FROZEN.md) and every
``check.py`` output unchanged. Heavy libraries (python-docx, pdfplumber, reportlab) are imported
inside the functions that use them.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def docx_text(path: Path) -> str:
    """python-docx paragraphs, then every table cell, one per line."""
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


# ================================================================ check.py

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


@dataclass(frozen=True)
class CheckedSet:
    """What a set's check.py knows about its set."""

    set_dir: Path  # evals/heldoutN: the question files and docs/<new_key>.{md,docx,pdf}
    id_prefix: str  # question ids are <id_prefix>-NNN, e.g. "h6"
    dev_file: str  # the readable development part, e.g. "dev6.jsonl" (the rest is questions.jsonl)
    new_key: str  # doc key of the set's own document, e.g. "kh-tn-2027"
    ind_section: str  # Markdown heading line opening the indicator appendix, e.g. "## Phụ lục 01"
    task_section: str  # the same for the task appendix
    row_number: str  # regex of a row number in a table's first cell and in absent_task / absent_indicator
    ind_head: tuple[str, ...]  # first word of each header cell of the indicator table (PDF column cuts)
    ind_anchor: str  # a word of ind_head that marks the indicator header row on a PDF page
    task_head: tuple[str, ...]  # the same for the task table
    task_anchor: str


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


def _cuts(band: list[dict], head: tuple[str, ...]) -> list[float] | None:
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


def pdf_texts(path: Path, cs: CheckedSet) -> list[str]:
    """[extract_text of all pages] + [one text per column of each appendix table, across pages]."""
    import pdfplumber

    plain: list[str] = []
    cols: dict[str, list[list[str]]] = {"ind": [[] for _ in cs.ind_head], "task": [[] for _ in cs.task_head]}
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            plain.append(page.extract_text() or "")
            if page.width <= page.height:  # appendix tables are on landscape pages
                continue
            words = page.extract_words()
            for key, head, anchor in (("ind", cs.ind_head, cs.ind_anchor), ("task", cs.task_head, cs.task_anchor)):
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


def md_row_numbers(md: str, cs: CheckedSet) -> tuple[set[str], set[str]]:
    """(row numbers of the indicator appendix, row numbers of the task appendix) from the Markdown tables."""
    ind, task = set(), set()
    part = None
    for line in md.splitlines():
        if line.startswith(cs.ind_section):
            part = ind
        elif line.startswith(cs.task_section):
            part = task
        m = re.match(r"\|\s*(" + cs.row_number + r")\s*\|", line)
        if m and part is not None:
            part.add(m.group(1))
    return ind, task


def load_texts(cs: CheckedSet) -> dict[str, dict[str, list[str]]]:
    """doc key -> format -> list of text variants (a string matches a format if it is in any variant)."""
    docs = cs.set_dir / "docs"
    texts = {k: {"txt": [(CORPUS / f).read_text(encoding="utf-8")]} for k, f in DOC_FILES.items()}
    texts[cs.new_key] = {
        "md": [(docs / f"{cs.new_key}.md").read_text(encoding="utf-8")],
        "docx": [docx_text(docs / f"{cs.new_key}.docx")],
        "pdf": pdf_texts(docs / f"{cs.new_key}.pdf", cs),
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


def check_main(cs: CheckedSet, argv: list[str]) -> int:
    """Check the question files named in argv (default: the set's two files); print the problems."""
    files = [Path(a) for a in argv] or [cs.set_dir / cs.dev_file, cs.set_dir / "questions.jsonl"]
    texts = load_texts(cs)
    idx = Index(texts)
    new_ind, new_task = md_row_numbers(texts[cs.new_key]["md"][0], cs)

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
            if not re.fullmatch(cs.id_prefix + r"-\d{3}", qid):
                problems.append(f"{where}: bad id {qid}")
            if qid in ids:
                problems.append(f"{where}: duplicate id {qid}")
            ids.add(qid)
            want = cs.dev_file if int(hashlib.sha256(qid.encode()).hexdigest()[0], 16) < 4 else "questions.jsonl"
            if path.name in (cs.dev_file, "questions.jsonl") and path.name != want:
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
                    mt = re.search(tag + r":\s*(" + cs.row_number + ")", q["note"])
                    if mt:
                        if cs.new_key not in docs:
                            problems.append(f"{where}: {qid} {tag} needs doc {cs.new_key}")
                        elif mt.group(1) in nums:
                            problems.append(f"{where}: {qid} {tag} {mt.group(1)} exists in {cs.new_key}")
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


# ================================================================ make_docs.py


@dataclass(frozen=True)
class RenderedSet:
    """What a set's make_docs.py knows about its document; the layout defaults are those of sets 6 and 7."""

    set_dir: Path  # evals/heldoutN: writes docs/<source.BASENAME>.{md,docx,pdf}
    source: ModuleType  # the set's plan_source module (BASENAME, TITLE, BODY, IND_*, INDICATORS, TASK_*, TASKS)
    author: str  # PDF author metadata
    ind_widths: tuple[float, ...]  # PDF column widths of the indicator table; the last column takes the rest
    task_widths: tuple[float, ...]  # the same for the task table
    docx_date: tuple[int, int, int, int, int, int]  # zip timestamp of every member of the .docx
    margin: float = 48  # PDF page margin (pt)
    line_spacing: float = 1.4  # PDF line height of body paragraphs, as a multiple of the font size
    title_gap: float = 4  # PDF space after the title (pt)
    landscape_body: bool = False  # PDF body on landscape pages too (else portrait; appendices always landscape)


# ---------------------------------------------------------------- Markdown
def md_escape(s: str) -> str:
    return s.replace("|", "\\|")


def table_md(header, rows) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * len(header)) + "|"]
    for r in rows:
        if r[0] == "group":
            cells = [f"**{r[1]}**", f"**{r[2]}**"] + [""] * (len(header) - 2)
        else:
            cells = [md_escape(c) for c in r]
        out.append("| " + " | ".join(cells) + " |")
    return out


def build_md(S: ModuleType) -> str:
    lines: list[str] = []
    for kind, text in S.BODY:
        if kind == "title":
            lines += [f"# {text}", ""]
        elif kind == "h1":
            lines += [f"## {text}", ""]
        elif kind == "h2":
            lines += [f"### {text}", ""]
        elif kind == "li":
            lines += [f"- {text}", ""]
        elif kind == "center":
            lines += [f"**{text}**", ""]
        elif kind == "sign":
            lines += [f"*{text}*", ""]
        else:
            lines += [text, ""]
    for title, caption, header, rows in (
        (S.IND_TITLE, S.IND_CAPTION, S.IND_HEADER, S.INDICATORS),
        (S.TASK_TITLE, S.TASK_CAPTION, S.TASK_HEADER, S.TASKS),
    ):
        lines += [f"## {title}", "", f"*{caption}*", ""]
        lines += table_md(header, rows)
        lines += [""]
    return "\n".join(lines)


# ---------------------------------------------------------------- PDF
def build_pdf(path: Path, rs: RenderedSet) -> list[str]:
    """Draw the PDF; return every drawn table-cell line (for the extraction check)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    S = rs.source
    pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    M = rs.margin
    body_size = landscape(A4) if rs.landscape_body else A4
    c = canvas.Canvas(str(path), pagesize=body_size, invariant=1)
    c.setTitle(S.TITLE)
    c.setAuthor(rs.author)
    st = {"W": body_size[0], "H": body_size[1], "y": body_size[1] - M, "page": 1}
    drawn: list[str] = []

    def footer():
        c.setFont("DV", 8)
        c.drawCentredString(st["W"] / 2, 20, str(st["page"]))

    def new_page(size=None):
        footer()
        c.showPage()
        st["page"] += 1
        if size is not None:
            c.setPageSize(size)
            st["W"], st["H"] = size
        st["y"] = st["H"] - M

    def para(text, font="DV", size=10.5, indent=0, center=False, gap=4):
        lines = simpleSplit(text, font, size, st["W"] - 2 * M - indent)
        for ln in lines:
            if st["y"] - size * rs.line_spacing < M:
                new_page()
            st["y"] -= size * rs.line_spacing
            c.setFont(font, size)
            if center:
                c.drawCentredString(st["W"] / 2, st["y"], ln)
            else:
                c.drawString(M + indent, st["y"], ln)
        st["y"] -= gap

    for kind, text in S.BODY:
        if kind == "title":
            para(text, "DVB", 13, center=True, gap=rs.title_gap)
        elif kind == "center":
            para(text, "DVB", 10.5, center=True)
        elif kind == "h1":
            para(text, "DVB", 11.5, gap=5)
        elif kind == "h2":
            para(text, "DVB", 10.5)
        elif kind == "li":
            para("- " + text, indent=12)
        elif kind == "sign":
            para(text, "DVB", 10.5, center=True, gap=10)
        else:
            para(text)

    FS, LH, PAD = 8.3, 10.4, 5

    def table(title, caption, header, rows, widths):
        if rs.landscape_body:
            new_page()  # already landscape: keep the page size
        else:
            new_page(landscape(A4))
        widths = list(widths) + [st["W"] - 2 * M - sum(widths)]
        para(title, "DVB", 11.5, center=True, gap=2)
        para(caption, "DV", 9.5, center=True, gap=8)
        xs = [M]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)

        def wrap(cells, font, spans):
            wrapped = [simpleSplit(t, font, FS, w - 2 * PAD) or [""] for t, (x, w) in zip(cells, spans)]
            return wrapped, max(len(wl) for wl in wrapped) * LH + 4

        def put(wrapped, spans, font):
            y0 = st["y"]
            c.setFont(font, FS)
            for wl, (x, w) in zip(wrapped, spans):
                for i, ln in enumerate(wl):
                    c.drawString(x + PAD, y0 - (i + 1) * LH, ln)
                    drawn.append(ln)

        full = list(zip(xs, widths))

        def header_row():
            wrapped, h = wrap(header, "DVB", full)
            put(wrapped, full, "DVB")
            st["y"] -= h + 3

        header_row()
        for r in rows:
            if r[0] == "group":
                cells = [r[1], r[2]]
                spans = [full[0], (xs[1], sum(widths[1:]))]
                font = "DVB"
            else:
                cells, spans, font = list(r), full, "DV"
            wrapped, h = wrap(cells, font, spans)
            if st["y"] - h < M:
                new_page()
                header_row()
            put(wrapped, spans, font)
            st["y"] -= h

    table(S.IND_TITLE, S.IND_CAPTION, S.IND_HEADER, S.INDICATORS, rs.ind_widths)
    table(S.TASK_TITLE, S.TASK_CAPTION, S.TASK_HEADER, S.TASKS, rs.task_widths)
    footer()
    c.showPage()
    c.save()
    return drawn


# ---------------------------------------------------------------- checks
def ws(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def _normalise_docx(path: Path, date_time: tuple[int, int, int, int, int, int]) -> None:
    """Make the pandoc .docx byte-stable: fixed zip timestamps and order, no creation date."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", data)
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


def make_docs_main(rs: RenderedSet) -> int:
    """Write docs/<BASENAME>.{md,docx,pdf}, check the tables read back; print a summary."""
    S = rs.source
    docs = rs.set_dir / "docs"
    docs.mkdir(exist_ok=True)
    md_path = docs / f"{S.BASENAME}.md"
    md_path.write_text(build_md(S), encoding="utf-8")
    docx_path = docs / f"{S.BASENAME}.docx"
    subprocess.run(["pandoc", "-f", "gfm", "-t", "docx", "-o", str(docx_path), str(md_path)], check=True)
    _normalise_docx(docx_path, rs.docx_date)
    pdf_path = docs / f"{S.BASENAME}.pdf"
    drawn = build_pdf(pdf_path, rs)

    problems = 0
    ptext = ws(pdf_text(pdf_path))
    for ln in drawn:
        if ws(ln) not in ptext:
            problems += 1
            print("PDF missing:", ln)
    dtext = ws(docx_text(docx_path))
    for rows in (S.INDICATORS, S.TASKS):
        for r in rows:
            for cell in (r[1:] if r[0] == "group" else r):
                if ws(cell) not in dtext:
                    problems += 1
                    print("DOCX missing:", cell)
    print(f"wrote {md_path.name}, {docx_path.name}, {pdf_path.name}; "
          f"{len(drawn)} PDF cell lines checked; {problems} problems")
    return 1 if problems else 0
