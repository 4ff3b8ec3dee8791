"""Texts of the three formats of the held-out-52 document and the two normalisations of evals/README.md.
.md: MyST Markdown read line by line: fence lines (```{list-table}, ```{note}, ```) dropped except that a list-table's
ARGUMENT (its caption) is read as a line; directive option lines (":name: …") and target labels ("(label)=") dropped;
list-table items ("* - x", "  - x", continuation paragraphs indented four spaces) read as their text (empty items
dropped); `#` marks, `**`/`*` emphasis, trailing backslash hard breaks and leading indentation removed (ordered-list
numbers are kept: they are the source's own numbers). .docx: every w:p in document order, descending through tables,
rows and cells (a vertically merged continuation cell skipped) and INTO TEXT BOXES: a paragraph's own text (its w:t
outside w:txbxContent) first, then the paragraphs of each text box it anchors, in order. .pdf: pypdf extract_text() of
every page (the running head of a page comes first)."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "nq100-2026-cp-pcpnn"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _plain(s):
    s = s.replace("**", "")
    s = re.sub(r"(^|\s)\*([^*\s][^*]*?)\*(?=\s|$)", r"\1\2", s)
    return s


def md_text(path=None):
    s = Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8")
    out = []
    for ln in s.split("\n"):
        m = re.fullmatch(r"```\{[a-z-]+\}\s*(.*)", ln)
        if m:
            if m.group(1):
                out.append(m.group(1))
            continue
        if ln.startswith("```") or re.fullmatch(r":[a-z-]+:.*", ln) or re.fullmatch(r"\([a-z0-9-]+\)=", ln):
            continue
        m = re.fullmatch(r"(?:\* -|  -)(?: (.*))?", ln)
        if m:
            if m.group(1):
                out.append(_plain(m.group(1).strip()))
            continue
        ln = ln.strip()
        ln = re.sub(r"^#+ ", "", ln)
        ln = re.sub(r"\\$", "", ln)
        out.append(_plain(ln).rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out))


def _own_text(p):
    """text of a w:p without the text of the text boxes it anchors"""
    out = []
    for t in p.iter(W + "t"):
        a = t.getparent()
        inside = False
        while a is not None and a is not p:
            if a.tag == W + "txbxContent":
                inside = True
                break
            a = a.getparent()
        if not inside:
            out.append(t.text or "")
    return "".join(out)


def _boxes(p):
    """the w:txbxContent elements anchored in this paragraph (not nested in another one), in order"""
    out = []
    for b in p.iter(W + "txbxContent"):
        a = b.getparent()
        nested = False
        while a is not None and a is not p:
            if a.tag == W + "txbxContent":
                nested = True
                break
            a = a.getparent()
        if not nested:
            out.append(b)
    return out


SKIP = {W + "tblPr", W + "tblGrid", W + "trPr", W + "tcPr", W + "sectPr"}


def _walk(el, parts):
    for ch in el.iterchildren():
        if ch.tag == W + "p":
            parts.append(_own_text(ch))
            for b in _boxes(ch):
                _walk(b, parts)
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


RUNNING = ("NGHỊ QUYẾT", "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ", "I. MỤC TIÊU", "II. NHIỆM VỤ CỤ THỂ",
           "III. TỔ CHỨC THỰC HIỆN", "PHỤ LỤC")
_H = "|".join(re.escape(h) for h in RUNNING)
HEADS = re.compile(rf"^(?:(?:{_H}) \| \d+|\d+ \| (?:{_H}))$\n?", re.M)


def pdf_body(text):
    """the .pdf text without its running heads ("II. NHIỆM VỤ CỤ THỂ | 5" / "4 | II. NHIỆM VỤ CỤ THỂ", pypdf puts each
    at the start of its page, also inside a paragraph or table row that continues from the previous page) -- used only
    for the survival check of the parse's pieces"""
    n = len(HEADS.findall(text))
    return HEADS.sub("", text), n


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
