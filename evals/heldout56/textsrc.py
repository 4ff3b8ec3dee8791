"""Texts of the three formats of the held-out-56 document and the two normalisations of evals/README.md.
.md (docling-style converter output) read line by line: table separator lines (`|---…`) dropped; a table row read as
its cells, one per line; `## ` marks removed; list signs ("- ", "+ ", "1. ") kept (they are the source's own).
.docx: every w:p of the body in document order, descending through tables, rows and cells; a paragraph's text is every
w:t inside it; a paragraph holding a w:endnoteReference is followed by the paragraphs of that endnote (read from
word/endnotes.xml). .pdf: pypdf extract_text() of every page."""
import re
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "nq175-2023-cp-ttdlqg"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def md_text(path=None):
    s = Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8")
    out = []
    for ln in s.split("\n"):
        ln = ln.strip()
        if re.fullmatch(r"\|[-| :]+\|?", ln):
            continue
        if ln.startswith("|"):
            out += [c.strip() for c in ln.strip("|").split("|")]
            continue
        out.append(re.sub(r"^#+ ", "", ln))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out))


def _ptext(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


SKIP = {W + "tblPr", W + "tblGrid", W + "trPr", W + "tcPr", W + "sectPr"}


def _walk(el, parts, notes):
    for ch in el.iterchildren():
        if ch.tag == W + "p":
            parts.append(_ptext(ch))
            for ref in ch.iter(W + "endnoteReference"):
                parts.extend(notes.get(ref.get(W + "id"), []))
        elif ch.tag in SKIP:
            continue
        elif ch.tag in (W + "tbl", W + "tr", W + "tc"):
            _walk(ch, parts, notes)


def docx_text(path=None):
    import docx
    from lxml import etree
    p = str(path or DOCS / f"{STEM}.docx")
    notes = {}
    with zipfile.ZipFile(p) as z:
        if "word/endnotes.xml" in z.namelist():
            root = etree.fromstring(z.read("word/endnotes.xml"))
            for fn in root.iter(W + "endnote"):
                if fn.get(W + "type") in ("separator", "continuationSeparator"):
                    continue
                notes[fn.get(W + "id")] = [_ptext(q).strip() for q in fn.iter(W + "p")]
    d = docx.Document(p)
    parts = []
    _walk(d.element.body, parts, notes)
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
