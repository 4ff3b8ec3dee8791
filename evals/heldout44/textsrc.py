"""Texts of the three formats of the held-out-44 document and the two normalisations of evals/README.md.
.md: ATX "#" marks, definition-list ":   " markers, "**"/"*" emphasis, list markers and footnote carets removed; .docx (python-docx): body elements in
order, tables cell by cell (a vertically merged cell's text appears once); .pdf (reportlab): pypdf."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "kh182-2025-dongnai"


def md_text(path=None):
    parts = []
    for ln in Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8").split("\n"):
        ln = re.sub(r"^#+ ", "", ln)
        ln = re.sub(r"^:\s+", "", ln)
        ln = re.sub(r"^\s*- (?=\*\*)", "", ln)
        ln = ln.replace("[^", "[")
        parts.append(re.sub(r"\*+", "", ln))
    return "\n".join(parts)


def docx_text(path=None):
    import docx
    d = docx.Document(str(path or DOCS / f"{STEM}.docx"))
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    parts = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            parts.append("".join(t.text or "" for t in el.iter(W + "t")))
        elif tag == "tbl":
            for tc in el.iter(W + "tc"):
                parts.append("\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.iter(W + "p")))
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
