"""Texts of the three formats of the held-out-37 document and the two normalisations of evals/README.md.
.md: setext underlines (=== / ---) dropped, ATX "### " marks removed, the HTML table read cell by cell (tags dropped,
"<br>" -> line break, entities unescaped); .docx: body elements in order (paragraphs; tables cell by cell, a vertically
merged cell once); .pdf: pypdf (running header and footer included, as a reader of the PDF gets them)."""
import html
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "kh157-2025-cantho"


def md_text(path=None):
    parts = []
    for ln in Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8").split("\n"):
        if re.match(r"^(=+|-{3,})$", ln):
            continue
        if ln.startswith("<"):
            for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", ln):
                parts.append(html.unescape(c.replace("<br>", "\n")))
            continue
        parts.append(re.sub(r"^#+ ", "", ln))
    return "\n".join(parts)


def docx_text(path=None):
    import docx
    d = docx.Document(str(path or DOCS / f"{STEM}.docx"))
    parts = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            parts.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            t = docx.table.Table(el, d)
            for r in t.rows:
                for tc in r._tr.tc_lst:
                    vm = tc.tcPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}vMerge") \
                        if tc.tcPr is not None else None
                    if vm is not None and vm.get(
                            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") != "restart":
                        continue  # continuation of a vertically merged cell: read once
                    parts.append("\n".join("".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                                           for p in tc.iter() if p.tag.endswith("}p")))
    return "\n".join(parts)


def pdf_text(path=None):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path or DOCS / f"{STEM}.pdf")).pages)


def format_texts():
    return {"md": md_text(), "docx": docx_text(), "pdf": pdf_text()}


def norm_answer(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"\s*([%/])\s*", r"\1", s)


def norm_cite(s):
    s = unicodedata.normalize("NFD", unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[\W_]+", "", s)
