"""Texts of the three formats of the held-out-55 document and the two normalisations of evals/README.md.
.md (marker-style converter output) read line by line: page-separator lines (`{n}----…`) and table separator lines
(`|---…`) dropped; `<span id=…></span>` anchors removed; `<br>` read as a line break; a table row read as its non-empty
cells, one per line; `#` marks and `**` emphasis removed; list signs ("- ", "1. ") kept (they are the source's own).
.docx: every w:p of the body in document order, descending through tables, rows and cells; a paragraph's text is every
w:t inside it; a paragraph holding a w:footnoteReference is followed by the paragraphs of that footnote (read from
word/footnotes.xml); headers and footers are not read. .pdf: pypdf extract_text() of every page."""
import re
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "qd982-2026-ttg-cnso"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _plain(s):
    s = s.replace("**", "")
    return s.strip()


def md_text(path=None):
    s = Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8")
    out = []
    for ln in s.split("\n"):
        ln = ln.rstrip()
        if re.fullmatch(r"\{\d+\}-{10,}", ln.strip()):
            continue
        if re.fullmatch(r"\|[-| :]+\|?", ln.strip()):
            continue
        ln = re.sub(r'<span id="[^"]*"></span>', "", ln)
        if ln.startswith("|"):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", ln.strip())[1:-1]]
            for c in cells:
                if c:
                    out += [_plain(x) for x in c.split("<br>")]
            continue
        ln = re.sub(r"^#+ ", "", ln.strip())
        out += [_plain(x) for x in ln.split("<br>")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out))


def _ptext(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


SKIP = {W + "tblPr", W + "tblGrid", W + "trPr", W + "tcPr", W + "sectPr"}


def _walk(el, parts, notes):
    for ch in el.iterchildren():
        if ch.tag == W + "p":
            parts.append(_ptext(ch))
            for ref in ch.iter(W + "footnoteReference"):
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
        if "word/footnotes.xml" in z.namelist():
            root = etree.fromstring(z.read("word/footnotes.xml"))
            for fn in root.iter(W + "footnote"):
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
