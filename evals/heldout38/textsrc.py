"""Texts of the three formats of the held-out-38 document and the two normalisations of evals/README.md.
.md: setext underlines (=== / ---) dropped, ATX "#### " marks and "**" removed, "* " bullets unmarked; the GRID table
read cell by cell (each cell's wrapped lines joined with spaces, a blank line inside a cell kept as a line break;
a group row spanning all columns read as one cell); .docx (pandoc-made): body elements in order, tables cell by cell;
.pdf (LibreOffice): pypdf."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "qd2820-2025-hcm"


def _grid(lines):
    out, cur = [], None
    for ln in lines:
        if ln.startswith("+"):
            if cur:
                for c in cur:
                    out.append("\n".join(" ".join(x) for x in c if x).strip())
            cur = None
            continue
        cs = ln[1:-1].split("|")
        if cur is None or len(cur) != len(cs):
            if cur:
                for c in cur:
                    out.append("\n".join(" ".join(x) for x in c if x).strip())
            cur = [[[]] for _ in cs]
        for c, t in zip(cur, cs):
            t = t.strip()
            if t:
                c[-1].append(t)
            elif c[-1]:
                c.append([])
    return [x for x in out if x]


def md_text(path=None):
    parts, tbl = [], []
    for ln in Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8").split("\n"):
        if ln.startswith("+") or ln.startswith("|"):
            tbl.append(ln)
            continue
        if tbl:
            parts += _grid(tbl)
            tbl = []
        if re.match(r"^(=+|-{3,})$", ln):
            continue
        ln = re.sub(r"^#+ ", "", ln).replace("**", "")
        parts.append(re.sub(r"^\* ", "", ln))
    if tbl:
        parts += _grid(tbl)
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
