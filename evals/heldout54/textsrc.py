"""Texts of the three formats of the held-out-54 document and the two normalisations of evals/README.md.
.md (Obsidian-flavoured Markdown) read line by line: Obsidian comment lines (`%% … %%`), block-ID lines (`^id`) and
table separator lines (`|---…`) dropped; the callout prefix `> ` removed and a callout head `[!type]+ title` read as its
title; a table row read as its non-empty cells, one per line; `#` marks, `**`/`*` emphasis and the backslash before an
escaped ordered-list dot (`1\\.`) removed; list signs ("- ") kept (they are the source's own signs).
.docx: every w:p in document order, descending through tables, rows and cells (framed paragraphs are ordinary w:p); a
paragraph's text is every w:t inside it; headers and footers are not read. .pdf: pypdf extract_text() of every page."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "nq116-2026-cp-pctt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _plain(s):
    s = s.replace("**", "")
    s = re.sub(r"(^|\s)\*([^*\s][^*]*?)\*(?=\s|$)", r"\1\2", s)
    s = re.sub(r"^(\d+)\\\.", r"\1.", s)
    return s.strip()


def md_text(path=None):
    s = Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8")
    out = []
    for ln in s.split("\n"):
        ln = ln.rstrip()
        if re.fullmatch(r"%%.*%%|\^[\w-]+", ln.strip()):
            continue
        if ln.startswith(">"):
            ln = re.sub(r"^> ?", "", ln)
            ln = re.sub(r"^\[![\w-]+\][+-]? ?", "", ln)
        if re.fullmatch(r"\|[-| :]+\|?", ln.strip()):
            continue
        if ln.startswith("|"):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", ln.strip())[1:-1]]
            out += [_plain(c) for c in cells if c]
            continue
        ln = re.sub(r"^#+ ", "", ln.strip())
        out.append(_plain(ln))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out))


def _ptext(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


SKIP = {W + "tblPr", W + "tblGrid", W + "trPr", W + "tcPr", W + "sectPr"}


def _walk(el, parts):
    for ch in el.iterchildren():
        if ch.tag == W + "p":
            parts.append(_ptext(ch))
        elif ch.tag in SKIP:
            continue
        elif ch.tag in (W + "tbl", W + "tr", W + "tc"):
            _walk(ch, parts)


def docx_text(path=None):
    import docx
    d = docx.Document(str(path or DOCS / f"{STEM}.docx"))
    parts = []
    _walk(d.element.body, parts)
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
