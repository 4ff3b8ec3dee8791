"""Texts of the three formats of the held-out-29 document and the two normalisations of evals/README.md."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "pl3-qd13-gtvt-2024"


def md_text():
    t = (DOCS / f"{STEM}.md").read_text(encoding="utf-8")
    t = re.sub(r"^\|[-:|]+\|$", " ", t, flags=re.M).replace("**", "").replace("*", "")
    t = re.sub(r"^#+ ", "", t, flags=re.M)
    return t.replace("|", "\n")


def docx_text():
    import docx
    d = docx.Document(str(DOCS / f"{STEM}.docx"))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
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
