"""Texts of the three formats of the held-out-47 document and the two normalisations of evals/README.md.
.md: line-block and pipe-table bars ('|') turned into spaces, table delimiter rows, '___' rule and ATX '#' marks
removed, list markers ('- ', '1) ') removed; .docx (python-docx XML): body paragraphs and table cells in document order
(a merged cell once; Word's automatic list numbers/bullets are not text); .pdf: pypdf."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "qd2853-2025-hcm-thientai"


def md_text(path=None):
    out = []
    for ln in Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8").split("\n"):
        if ln.strip() == "___" or re.fullmatch(r"\|[-:| ]+\|", ln.strip()):
            continue
        if ln.startswith("|"):
            ln = re.sub(r"\s*\|\s*", "  ", ln).strip()
        ln = re.sub(r"^#+ ", "", ln)
        ln = re.sub(r"^(- |\d+\) )", "", ln)
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
                    vm = tc.find(f"{W}tcPr/{W}vMerge")
                    if vm is not None and vm.get(W + "val") != "restart":
                        continue
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
