"""Texts of the three formats of the held-out-36 document and the two normalisations of evals/README.md.
.md: ATX heading marks and emphasis removed, pipe-table rows read cell by cell ("<br>" -> line break, the |---| row
dropped); .docx: body elements in order (paragraphs; tables cell by cell); .pdf: pypdf."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "nq394-2025-moitruong"


def _strip(s):
    return s.replace("**", "").replace("*", "")


def md_text(path=None):
    parts = []
    for ln in Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8").split("\n"):
        if ln.startswith("|"):
            if re.match(r"^\|[-|: ]+\|$", ln):
                continue
            for c in ln.strip().strip("|").split("|"):
                parts.append(_strip(c.strip()).replace("<br>", "\n"))
        else:
            parts.append(_strip(re.sub(r"^#+ ", "", ln)))
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
                seen = []
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
