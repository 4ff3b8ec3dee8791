"""Texts of the three formats of the held-out-50 document and the two normalisations of evals/README.md.
.md: fenced ```text blocks are read as whitespace-aligned columns (a line's text left of column make_docs.COL_R is the
left column, the rest the right column; all left-column lines first, then the right-column lines; lines that start at
or after the column -- the right-aligned signature block -- belong to the right column); raw HTML (<details>, <summary>,
<dl>/<dt>/<dd>, <p>, <ul>/<li>, <strong>) has its tags removed, every block tag ending a line, entities unescaped;
outside those, `#` marks, `**`/`__`/`_` emphasis and "- " bullets are removed (ordered-list numbers are kept: they are the
source's numbers). .docx: every w:p in document order, descending through tables, rows, cells and content controls
(w:sdt / w:sdtContent at block, row and cell level), a vertically merged continuation cell skipped. .pdf: pypdf
extract_text() (all four orientations, so the 90-degree text of the rotated annex pages is read)."""
import html
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "qd844-2026-ttg-bhyt"
COL_R = 36
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _plain(s):
    s = s.replace("**", "").replace("__", "")
    s = re.sub(r"(^|\s)_([^_\s][^_]*?)_(?=\s|$)", r"\1\2", s)
    return s


def _fence(block):
    left, right = [], []
    for ln in block:
        if not ln.strip():
            continue
        body = ln.strip()
        if ln[0] == " " and "  " not in body:  # an indented single chunk: the right-aligned signature block
            right.append(body)
            continue
        a, b = ln[:COL_R].strip(), ln[COL_R:].strip()
        if a:
            left.append(a)
        if b:
            right.append(b)
    return left + right


def _html(s):
    s = re.sub(r"</?(details|summary|dl|dt|dd|p|ul|li)( [^>]*)?>", "\n", s)
    s = re.sub(r"</?strong>", "", s)
    return html.unescape(s)


def md_text(path=None):
    s = Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8")
    out, fence, hblock = [], None, []
    for ln in s.split("\n"):
        if fence is not None:
            if ln == "```":
                out += _fence(fence)
                fence = None
            else:
                fence.append(ln)
            continue
        if ln.startswith("```"):
            fence = []
            continue
        if ln.startswith("<"):
            out += [x.strip() for x in _html(ln).split("\n") if x.strip()]
            continue
        ln = re.sub(r"^#+ ", "", ln)
        ln = re.sub(r"^- ", "", ln)
        out.append(_plain(ln))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out))


def _ptext(p):
    return "".join(x.text or "" for x in p.iter(W + "t"))


SKIP = {W + "sdtPr", W + "sdtEndPr", W + "tblPr", W + "tblGrid", W + "trPr", W + "tcPr", W + "sectPr"}


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
        elif ch.tag in (W + "tbl", W + "tr", W + "sdt", W + "sdtContent"):
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


HEAD = re.compile(r"^CÔNG BÁO/Số 286/Ngày 27-05-2026\nTrang \d+\n", re.M)


def pdf_body(text):
    """the .pdf text without its running heads (gazette line + "Trang n", which pypdf puts at the start of every page,
    also inside a paragraph that crosses a page break) -- used only for the survival check of the parse's pieces"""
    n = len(HEAD.findall(text))
    return HEAD.sub("", text), n


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
