"""Text of the three formats of the held-out-11 document, and the two normalisations of
shared/evals/README.md. Used by make_docs.py (self-check) and check.py. Reads only files in docs/."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"


# ---------------------------------------------------------------- normalisation
def norm_answer(s):
    """NFC, case-fold, collapse whitespace, no spaces around % and /."""
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s*([%/])\s*", r"\1", s)
    return s


def _strip_accents(s):
    s = unicodedata.normalize("NFC", s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def norm_cite(s, punct_to_space=False):
    """No accents (đ→d), case-folded, punctuation deleted (or turned into spaces), whitespace collapsed."""
    s = _strip_accents(s).casefold()
    s = re.sub(r"[^\w\s]|_", " " if punct_to_space else "", s)
    return re.sub(r"\s+", " ", s).strip()


def cite_forms(s):
    return {norm_cite(s), norm_cite(s, True)}


# ---------------------------------------------------------------- format readers
def md_text(path=None):
    return Path(path or DOCS / "lacgiang-nnmt-2027.md").read_text(encoding="utf-8")


def docx_text(path=None):
    import docx
    d = docx.Document(str(path or DOCS / "lacgiang-nnmt-2027.docx"))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def _column_texts(page):
    """Per-column text of an appendix table page of the unruled PDF: the header row's first line
    (bold words of the table font size nearest the top of the table) gives each column's left x;
    every column is cut out with within_bbox and read line by line."""
    words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
    head = [w for w in words if "Bold" in w["fontname"] and abs(w["size"] - 8.5) < 0.01]
    if not head:
        return []
    top = min(w["top"] for w in head)
    line = sorted((w for w in head if abs(w["top"] - top) < 1.0), key=lambda w: w["x0"])
    lefts = [line[0]["x0"]]
    for prev, w in zip(line, line[1:]):
        if w["x0"] - prev["x1"] > 6.0:
            lefts.append(w["x0"])
    edges = [x - 2.0 for x in lefts] + [page.width]
    out = []
    for x0, x1 in zip(edges, edges[1:]):
        crop = page.within_bbox((x0, top - 1.0, x1, page.height))
        out.append(crop.extract_text() or "")
    return out


_PDF_CACHE = {}


def pdf_texts(path=None):
    """(full text of all pages, [column texts of the table pages])"""
    path = str(path or DOCS / "lacgiang-nnmt-2027.pdf")
    if path not in _PDF_CACHE:
        import pdfplumber
        full, cols = [], []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                full.append(page.extract_text() or "")
                if page.width > page.height:
                    cols.extend(_column_texts(page))
        _PDF_CACHE[path] = ("\n".join(full), cols)
    return _PDF_CACHE[path]


def format_texts():
    """{'md': [text], 'docx': [text], 'pdf': [full, col1, col2, ...]}"""
    full, cols = pdf_texts()
    return {"md": [md_text()], "docx": [docx_text()], "pdf": [full] + cols}


def contains_answer(texts, s):
    n = norm_answer(s)
    return any(n in norm_answer(t) for t in texts)


def contains_cite(texts, s):
    forms = cite_forms(s)
    for t in texts:
        tf = cite_forms(t)
        if any(f and f in x for f in forms for x in tf):
            return True
    return False
