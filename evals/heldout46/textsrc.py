"""Texts of the three formats of the held-out-46 document and the two normalisations of evals/README.md.
.md: fenced-div fences (':::'), thematic breaks, ATX '#' marks, list markers ('* ', nested '    * ') and the dashed
underline of the simple table removed; the simple table's rows kept as lines (cells separated by runs of spaces);
.docx (python-docx XML): body paragraphs and table cells in document order (a merged cell once); .pdf: pypdf."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "kh174-2025-hcm-bdg"


def md_text(path=None):
    out = []
    for ln in Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8").split("\n"):
        if ln.startswith(":::") or ln.strip() == "* * *" or re.fullmatch(r"[- ]{20,}", ln):
            continue
        ln = re.sub(r"^#+ ", "", ln)
        ln = re.sub(r"^\s*\* ", "", ln)
        out.append(ln)
    return "\n".join(out)


def docx_text(path=None):
    import docx
    d = docx.Document(str(path or DOCS / f"{STEM}.docx"))
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    parts = []
    for el in d.element.body.iterchildren():
        if el.tag == W + "p":
            parts.append("".join(x.text or "" for x in el.iter(W + "t")))
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                for tc in tr.iter(W + "tc"):
                    for p in tc.iter(W + "p"):
                        parts.append("".join(x.text or "" for x in p.iter(W + "t")))
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
