"""Texts of the three formats of the held-out-27 document, and the two comparison normalisations (evals/README.md).

md  : outside tables, the lines with '**' / '_' emphasis markers and setext underline lines removed; every grid-table
      cell as its own line (the cell's wrapped lines joined with a space) -- see grid_tables();
docx: python-docx body paragraphs + every table cell (merged cells once);
pdf : pypdf extract_text() of every page, and the pages joined (reading on across a page break).
"""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "ctr-14-ngoclam-2026-2030"


def grid_tables(text):
    """parse pandoc grid tables: -> list of tables, each a list of rows, each a list of cell texts.
    Column boundaries come from the '+' positions of each row's upper border; a row whose lines have no inner '|'
    at the boundaries is one full-width (merged) cell."""
    lines = text.splitlines()
    tables, i = [], 0
    while i < len(lines):
        if not lines[i].startswith("+-"):
            i += 1
            continue
        rows = []
        border = lines[i]
        i += 1
        while i < len(lines) and lines[i].startswith(("|", "+")):
            block = []
            while i < len(lines) and lines[i].startswith("|"):
                block.append(lines[i])
                i += 1
            bounds = [k for k, ch in enumerate(border) if ch == "+"]
            spans = [(a, b) for a, b in zip(bounds, bounds[1:])]
            full = all(all(ln[b] != "|" for _, b in spans[:-1]) for ln in block)
            if full:
                spans = [(0, len(border) - 1)]
            cells = []
            for a, b in spans:
                parts = [ln[a + 1:b].strip() for ln in block]
                cells.append(" ".join(p for p in parts if p))
            rows.append(cells)
            if i < len(lines) and lines[i].startswith("+"):
                border = lines[i].replace("=", "-")
                i += 1
            else:
                break
        tables.append(rows)
    return tables


def md_text(path=None):
    t = Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8")
    out = []
    for ln in t.splitlines():
        if ln.startswith(("+", "|")) or re.fullmatch(r"[=-]{3,}", ln):
            continue
        out.append(ln.replace("**", "").replace("_(", "(").replace(")_", ")"))
    for tab in grid_tables(t):
        for r in tab:
            out += r
    return "\n".join(out)


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


def pdf_texts(path=None):
    from pypdf import PdfReader
    pages = [p.extract_text() or "" for p in PdfReader(str(path or DOCS / f"{STEM}.pdf")).pages]
    return pages + ["\n".join(pages)]


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
