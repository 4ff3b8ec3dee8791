"""Texts of the three formats of the held-out-30 document and the two normalisations of evals/README.md.
The .md grid table is read column by column (a cell's wrapped segments joined with a space), as a grid-table
reader would; the .docx is read paragraph by paragraph and cell by cell (python-docx); the .pdf with pypdf."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "qd2597-cds-hatang-2025"


def _grid(lines):
    """cells of a pandoc grid table, row by row"""
    sep = lines[0]
    cuts = [i for i, ch in enumerate(sep) if ch == "+"]
    out, cur = [], None
    for ln in lines:
        if ln.startswith("+"):
            if cur is not None:
                out.append([" ".join(x.split()) for x in cur])
            cur = [""] * (len(cuts) - 1)
            continue
        for k in range(len(cuts) - 1):
            cur[k] += " " + ln[cuts[k] + 1:cuts[k + 1]]
    return out


def md_text():
    lines = (DOCS / f"{STEM}.md").read_text(encoding="utf-8").split("\n")
    parts, i = [], 0
    while i < len(lines):
        if lines[i].startswith("+-"):
            j = i
            while j < len(lines) and lines[j][:1] in ("+", "|"):
                j += 1
            for row in _grid(lines[i:j]):
                parts += row
            i = j
            continue
        parts.append(re.sub(r"^#+ ", "", lines[i]).replace("**", "").replace("*", ""))
        i += 1
    return "\n".join(parts)


def docx_text():
    import docx
    d = docx.Document(str(DOCS / f"{STEM}.docx"))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            seen = set()
            for c in r.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                parts.append(c.text)
    return "\n".join(parts)


def pdf_text():
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(DOCS / f"{STEM}.pdf")).pages)


def format_texts():
    return {"md": md_text(), "docx": docx_text(), "pdf": pdf_text()}


def norm_answer(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"\s*([%/])\s*", r"\1", s)


def norm_cite(s):
    s = unicodedata.normalize("NFD", unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[\W_]+", "", s)
