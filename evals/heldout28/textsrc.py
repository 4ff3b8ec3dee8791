"""Texts of the three formats of the held-out-28 document, and the two comparison normalisations (evals/README.md).

md  : the file with setext underlines, '*' emphasis markers, the table separator line and pipes removed (each cell
      on its own line);
docx: python-docx body paragraphs + every table cell (of the pandoc-converted Word file);
pdf : pypdf extract_text() of every page, and the pages joined (a row that continues on the next page reads on);
      a variant with "-" + line break joined is accepted too (a wrapped "2012-" / "2015" cell).
"""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "qd-699-bnnmt-han-ngach-2026"


def md_text(path=None):
    t = Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8")
    t = re.sub(r"^(=+|-{3,})$", " ", t, flags=re.M)  # setext underlines
    t = re.sub(r"^\|( --- \|)+$", " ", t, flags=re.M)  # table separator row
    t = t.replace("**", "").replace("*", "")
    return t.replace("|", "\n")


def docx_text(path=None):
    import docx
    d = docx.Document(str(path or DOCS / f"{STEM}.docx"))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                parts.append(c.text)
    return "\n".join(parts)


def pdf_pages(path=None):
    from pypdf import PdfReader
    return [p.extract_text() or "" for p in PdfReader(str(path or DOCS / f"{STEM}.pdf")).pages]


def pdf_texts(path=None):
    pages = pdf_pages(path)
    texts = pages + ["\n".join(pages)]
    return texts + [re.sub(r"-[ \t]*\n\s*", "-", x) for x in texts]


def format_texts():
    return {"md": [md_text()], "docx": [docx_text()], "pdf": pdf_texts()}


def norm_answer(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"\s*([%/])\s*", r"\1", s)


def norm_cite(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[\W_]+", "", s)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def contains_answer(texts, s):
    n = norm_answer(s)
    return any(n in norm_answer(t) for t in texts)


def contains_cite(texts, s):
    n = norm_cite(s)
    return any(n in norm_cite(t) for t in texts)


def contains_verbatim(texts, s):
    return any(ws(s) in ws(t) for t in texts)
