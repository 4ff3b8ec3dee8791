"""Texts of the three formats of the held-out-45 document and the two normalisations of evals/README.md.
.md: YAML front-matter values, ATX '#' marks and '{#id}' header attributes, line-block '| ' prefixes removed; the
pandoc multiline table of part IV read cell by cell (column spans from its dashed separator line, a cell's wrapped
lines joined); .docx (python-docx): body paragraphs in order, w:tab as a tab; .pdf (reportlab): pypdf."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "kh556-2025-dongthap"


def _mtable(lines):
    """lines of a pandoc multiline table (first/last = full dash lines) -> cell texts row by row"""
    sep = lines[2]
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", sep)]

    def cut(ln, i):
        a, b = spans[i]
        b = spans[i + 1][0] if i + 1 < len(spans) else len(ln)
        return ln[a:b].strip()

    out = [" ".join(cut(lines[1], i) for i in range(len(spans)))]
    row = []
    for ln in lines[3:-1] + [""]:
        if ln.strip():
            row.append(ln)
            continue
        if row:
            for i in range(len(spans)):
                c = " ".join(x for x in (cut(r, i) for r in row) if x)
                if c:
                    out.append(c)
        row = []
    return out


def md_text(path=None):
    lines = Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8").split("\n")
    parts, i = [], 0
    if lines[0] == "---":
        j = lines.index("---", 1)
        for ln in lines[1:j]:
            parts.append(ln.split(":", 1)[1].strip().strip('"'))
        i = j + 1
    while i < len(lines):
        ln = lines[i]
        if re.fullmatch(r"-{20,}", ln):
            j = i + 1
            while not re.fullmatch(r"-{20,}", lines[j]):
                j += 1
            parts += _mtable(lines[i:j + 1])
            i = j + 1
            continue
        ln = re.sub(r"^#+ ", "", ln)
        ln = re.sub(r" \{#[\w-]+\}$", "", ln)
        ln = re.sub(r"^\| ", "", ln)
        parts.append(ln)
        i += 1
    return "\n".join(parts)


def docx_text(path=None):
    import docx
    d = docx.Document(str(path or DOCS / f"{STEM}.docx"))
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    parts = []
    for el in d.element.body.iterchildren():
        if el.tag == W + "p":
            s = []
            for x in el.iter(W + "t", W + "tab"):
                s.append("\t" if x.tag == W + "tab" else (x.text or ""))
            parts.append("".join(s))
    return "\n".join(parts)


def pdf_text(path=None):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path or DOCS / f"{STEM}.pdf")).pages)


def format_texts(docs=None):
    D = Path(docs or DOCS)
    return {"md": md_text(D / f"{STEM}.md"), "docx": docx_text(D / f"{STEM}.docx"), "pdf": pdf_text(D / f"{STEM}.pdf")}


def norm_answer(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"\s*([%/])\s*", r"\1", s)


def norm_cite(s):
    s = unicodedata.normalize("NFD", unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[\W_]+", "", s)
