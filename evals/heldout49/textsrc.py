"""Texts of the three formats of the held-out-49 document and the two normalisations of evals/README.md.
.md: every pandoc GRID TABLE is read back cell by cell (column boundaries from the table's top border; a content line's
segment between two boundaries that carry '|' is one cell, a boundary without '|' joins the neighbouring columns
(column span); a cell ends where a separator line has dashes/equals under it, so a row-spanned cell collects its lines
across the partial separators); cells are emitted in reading order (first line, then column), a cell's wrapped lines
joined with spaces, its paragraphs / "- " list items on separate lines; outside the tables `#` marks, `**`/`*`
emphasis and list dashes removed. .docx (LibreOffice-made): body paragraphs and table cells in document order
(python-docx XML; a vertically merged cell once). .pdf: pypdf."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STEM = "qd773-2018-ttg-nguoicocong"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _plain(s):
    s = s.replace("**", "")
    s = re.sub(r"(^|\s)\*([^*\s][^*]*?)\*(?=\s|$)", r"\1\2", s)
    return s


def _cell_text(lines):
    paras, cur = [], []
    for x in lines + [""]:
        x = x.strip()
        if not x or x.startswith("- "):
            if cur:
                paras.append(" ".join(cur))
            cur = [x[2:]] if x.startswith("- ") else []
        else:
            cur.append(x)
    return "\n".join(_plain(p) for p in paras if p)


def grid_cells(block):
    """block: the physical lines of one grid table -> list of cell texts in reading order"""
    top = block[0]
    bounds = [i for i, ch in enumerate(top) if ch == "+"]
    ncol = len(bounds) - 1
    open_cells = {}  # (c0, c1) -> dict(start=line, lines=[])
    done = []
    for li, ln in enumerate(block[1:], 1):
        c = 0
        while c < ncol:
            seg = ln[bounds[c] + 1:bounds[c + 1]]
            if seg and set(seg) <= set("-="):  # a (partial) row separator under this column: its cell ends
                for k in [k for k in open_cells if k[0] <= c <= k[1]]:
                    done.append(open_cells.pop(k))
                c += 1
                continue
            c1 = c
            while c1 + 1 < ncol and ln[bounds[c1 + 1]] not in "|+":  # no boundary mark: column span
                c1 += 1
            seg = ln[bounds[c] + 1:bounds[c1 + 1]]
            key = next((k for k in open_cells if k[0] <= c <= k[1]), None)
            if key is None:
                key = (c, c1)
                open_cells[key] = dict(start=(li, c), lines=[])
            open_cells[key]["lines"].append(seg)
            c = c1 + 1
    done += open_cells.values()
    done.sort(key=lambda x: x["start"])
    return [t for t in (_cell_text(x["lines"]) for x in done) if t]


def md_text(path=None):
    s = Path(path or DOCS / f"{STEM}.md").read_text(encoding="utf-8")
    out, block = [], []
    for ln in s.split("\n") + [""]:
        if ln.startswith(("+", "|")):
            block.append(ln)
            continue
        if block:
            out += grid_cells(block)
            block = []
        ln = re.sub(r"^#+ ", "", ln)
        ln = re.sub(r"^\s*- ", "", ln)
        out.append(_plain(ln))
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
        elif ch.tag in (W + "sdt", W + "sdtContent"):
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
