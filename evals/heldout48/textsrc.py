"""Texts of the three formats of the held-out-48 document and the two normalisations of evals/README.md.
.md: raw HTML tags turned into line breaks and entities unescaped, `**`/`*` emphasis, ATX '#' marks and the `* * *`
break removed; .docx (python-docx XML): body paragraphs and table cells in document order, walking NESTED tables
recursively (a vertically merged cell once); .pdf: pypdf."""
import html
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "qd435-2020-kontum-laodong"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def md_text(path=None):
    s = Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8")
    out = []
    for ln in s.split("\n"):
        if ln.strip() == "* * *":
            continue
        ln = re.sub(r"^#+ ", "", ln)
        ln = re.sub(r"<[^>]+>", "\n", ln)
        ln = html.unescape(ln).replace("**", "")
        ln = re.sub(r"(^|\n)\*(.*)\*$", r"\1\2", ln)
        out.append(ln)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out))


def _ptext(p):
    return "".join(x.text or "" for x in p.iter(W + "t"))


def _walk(el, parts):
    for ch in el.iterchildren():
        if ch.tag == W + "p":
            parts.append(_ptext(ch))
        elif ch.tag == W + "tbl":
            for tr in ch.iterchildren(W + "tr"):
                for tc in tr.iterchildren(W + "tc"):
                    vm = tc.find(f"{W}tcPr/{W}vMerge")
                    if vm is not None and vm.get(W + "val") != "restart":
                        continue
                    _walk(tc, parts)


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
