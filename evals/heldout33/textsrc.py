"""Texts of the three formats of the held-out-33 document and the two normalisations of evals/README.md.
.md: bold-line headings (emphasis removed); the grid table read row by row, each cell's wrapped lines joined
(the row-spanning group cell is read once, with the first row of its group); .docx: body elements in order
(paragraphs; tables cell by cell, merged cells once); .pdf (LibreOffice, borderless tables): pypdf."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "kh552-dongthap-dmcn-2035"


def _strip(s):
    return s.replace("**", "").replace("*", "")


def md_text(path=None):
    lines = Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8").split("\n")
    parts, block, span = [], [], []

    def flush():
        if not block:
            return
        ncol = len(block[0].strip("|").split("|"))
        cols = [[] for _ in range(ncol)]
        for ln in block:
            for j, c in enumerate(ln.strip()[1:-1].split("|")):
                cols[j].append(c.strip())
        joined = [" ".join(x for x in c if x) for c in cols]
        span.append(joined[0])
        parts.extend(joined)
        block.clear()

    for ln in lines:
        if ln.startswith("+") or re.match(r"^\|\s+\+", ln):
            flush()
            continue
        if ln.startswith("|"):
            block.append(ln)
        else:
            flush()
            parts.append(_strip(ln))
    flush()
    return "\n".join(parts)


def docx_text(path=None):
    import docx
    d = docx.Document(str(path or DOCS / f"{STEM}.docx"))
    parts = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            parts.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            t = docx.table.Table(el, d)
            for r in t.rows:
                seen = []  # keep the elements alive while comparing identities
                for c in r.cells:
                    if any(c._tc is x for x in seen):
                        continue
                    seen.append(c._tc)
                    parts.append(c.text)
    return "\n".join(parts)


def pdf_text(path=None):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path or DOCS / f"{STEM}.pdf")).pages)


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
