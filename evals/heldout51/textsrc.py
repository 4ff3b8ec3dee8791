"""Texts of the three formats of the held-out-51 document and the two normalisations of evals/README.md.
.md: MultiMarkdown read line by line: table rows split at "|" into cells (the empty strings of "||" column spans and the
"^^" row-span cells dropped, the separator row dropped), the caption line "[title][label]" read as its title; `#`
marks, `**`/`*` emphasis and leading indentation removed ("- " bullets and "1." list numbers are kept: they are the
source's own dashes and numbers). .docx: every w:p in document order, descending through tables, rows and cells (a
vertically merged continuation cell skipped), the text of a paragraph = all its w:t, INCLUDING runs inside tracked
insertions (w:ins) and excluding deleted text (w:delText; the file has none). .pdf: pypdf extract_text() of every sheet
(the two A5 pages of a sheet come out left half first)."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "kh-cchc-2026-lamdong"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _plain(s):
    s = s.replace("**", "")
    s = re.sub(r"(^|\s)\*([^*\s][^*]*?)\*(?=\s|$)", r"\1\2", s)
    return s


def md_text(path=None):
    s = Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8")
    out = []
    for ln in s.split("\n"):
        ln = ln.strip()
        m = re.fullmatch(r"\[([^\]]+)\]\[[^\]]*\]", ln)
        if m:
            out.append(m.group(1))
            continue
        if ln.startswith("|"):
            if re.fullmatch(r"\|(\s*:?-+:?\s*\|)+", ln):
                continue
            cells = ln.strip("|").split("|")
            for c in cells:
                c = _plain(c.strip())
                if c and c != "^^":
                    out.append(c)
            continue
        ln = re.sub(r"^#+ ", "", ln)
        out.append(_plain(ln).rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out))


def _ptext(p):
    return "".join(x.text or "" for x in p.iter(W + "t"))


SKIP = {W + "tblPr", W + "tblGrid", W + "trPr", W + "tcPr", W + "sectPr"}


def _walk(el, parts):
    for ch in el.iterchildren():
        if ch.tag == W + "p":
            parts.append(_ptext(ch))
        elif ch.tag in SKIP:
            continue
        elif ch.tag == W + "tc":
            vm = ch.find(f"{W}tcPr/{W}vMerge")
            if vm is not None and vm.get(W + "val") != "restart":
                continue
            _walk(ch, parts)
        elif ch.tag in (W + "tbl", W + "tr"):
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


FOOT = re.compile(r"^- \d+ -$\n?", re.M)


def pdf_body(text):
    """the .pdf text without its half-page footers "- n -" (pypdf puts the two of a sheet after the sheet's text, also
    inside a paragraph or table row that continues on the next sheet) -- used only for the survival check of the
    parse's pieces"""
    n = len(FOOT.findall(text))
    return FOOT.sub("", text), n


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
