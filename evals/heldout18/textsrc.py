"""Text of the three formats of the held-out-18 document and the two normalisations of
shared/evals/README.md. Used by make_docs.py (self-check) and check.py. Reads only files in docs/."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
import sys as _sys
_sys.path.insert(0, str(HERE))
DOCS = HERE / "docs"
import plan_source as _P
KEY = _P.KEY


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
    """the .md as a Markdown reader gives its text: pandoc MULTILINE tables (rows of dashes above and below,
    columns placed by the dashed separator, one text line per body row) -- the dash-only rule lines are dropped,
    every other line kept; bold markers and backslash escapes removed"""
    raw = Path(path or DOCS / f"{KEY}.md").read_text(encoding="utf-8")
    lines = [x for x in raw.splitlines() if not re.fullmatch(r"[-\s]*-{3,}[-\s]*", x)]
    raw = "\n".join(lines)
    raw = re.sub(r"\*\*|(?<!\w)\*|\*(?!\w)", "", raw)
    raw = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|\"])", r"\1", raw)
    return raw


def docx_text(path=None):
    """python-docx: body paragraphs, every table cell (merged cells repeat; harmless); the footnotes part
    if any (this document has none)."""
    import docx
    from docx.oxml import parse_xml
    d = docx.Document(str(path or DOCS / f"{KEY}.docx"))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for rel in d.part.rels.values():
        if rel.reltype.endswith("/footnotes"):
            root = parse_xml(rel.target_part.blob)
            for fn in root.iter(W + "footnote"):
                if int(fn.get(W + "id")) > 0:
                    for p in fn.iter(W + "p"):
                        parts.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(parts)


def pdf_text(path=None):
    """pypdf extract_text() of every page, joined."""
    from pypdf import PdfReader
    r = PdfReader(str(path or DOCS / f"{KEY}.pdf"))
    return "\n".join(p.extract_text() or "" for p in r.pages)


_CACHE = {}


def format_texts():
    """{'md': [text], 'docx': [text], 'pdf': [text]}"""
    if "all" not in _CACHE:
        _CACHE["all"] = {"md": [md_text()], "docx": [docx_text()], "pdf": [pdf_text()]}
    return _CACHE["all"]


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
