"""Texts of the three formats of the held-out-19 document, and the two comparison normalisations.

md: the file with HTML tags replaced by spaces, entities unescaped, '**' and table pipes removed (one text);
docx: python-docx paragraphs + every table cell (merged cells once);
pdf: pdfplumber extract_text() of each page, plus, for the appendix pages, the text of each table column cropped
     by its x-range (so a cell that wraps onto two lines reads as one string).
"""
import html
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "qd-bct-cds-2027"


def md_text(path=None):
    t = Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8")
    t = re.sub(r"<[^>]+>", " ", t)
    t = html.unescape(t).replace("**", "")
    t = re.sub(r"^\s*\|?[-:| ]+\|[-:| ]*$", " ", t, flags=re.M)
    return t.replace("|", "\n")


def docx_text(path=None):
    import docx
    d = docx.Document(str(path or DOCS / f"{STEM}.docx"))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            seen = []
            for c in r.cells:
                if c._tc in seen:
                    continue
                seen.append(c._tc)
                parts.append(c.text)
    return "\n".join(parts)


def pdf_texts(path=None, columns=None):
    import pdfplumber
    out = []
    with pdfplumber.open(str(path or DOCS / f"{STEM}.pdf")) as pdf:
        for page in pdf.pages:
            out.append(page.extract_text() or "")
            if page.width > page.height and columns:  # landscape appendix pages
                for x0, x1 in columns:
                    crop = page.crop((x0, 0, min(x1, page.width), page.height))
                    out.append(crop.extract_text() or "")
    return out


def format_texts():
    from make_docs import pdf_columns
    return {"md": [md_text()], "docx": [docx_text()], "pdf": pdf_texts(columns=pdf_columns())}


def norm_answer(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"\s*([%/])\s*", r"\1", s)


def norm_cite(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[\W_]+", "", s)


def contains_answer(texts, s):
    n = norm_answer(s)
    return any(n in norm_answer(t) for t in texts)


def contains_cite(texts, s):
    n = norm_cite(s)
    return any(n in norm_cite(t) for t in texts)
