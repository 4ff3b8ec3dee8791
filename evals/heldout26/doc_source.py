"""Structured copy of the held-out-26 document, parsed from the ORIGINAL Word file (no hand-typed cells).

source/KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.docx is the real document as stored in the repository
Trangsct/skill-sct (see SOURCES.md); docs/kh-ct11-laocai-2026.docx is a byte-identical copy of it.
paragraphs() -> the body paragraphs' text (python-docx), in order
tables()     -> the three Word tables as lists of rows of cell texts (python-docx, merged cells repeated as python-docx
                gives them)
tasks()      -> the 14 rows of the Phụ lục table as dicts (tt, name, lead, partners, time, note), cells stripped
text()       -> paragraphs and every table cell joined by newlines (the "source text" that check.py searches)
"""
import functools
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEY = "kh-ct11-laocai-2026"
SRC = HERE / "source" / "KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.docx"
HEAD = ["TT", "Tên nhiệm vụ", "Sở, ngành chủ trì tham mưu", "Đơn vị phối hợp thực hiện", "Thời gian thực hiện",
        "Ghi chú"]


@functools.lru_cache(maxsize=None)
def _doc():
    import docx
    return docx.Document(str(SRC))


def paragraphs():
    return [p.text for p in _doc().paragraphs]


def styles():
    return [p.style.name for p in _doc().paragraphs]


def tables():
    return [[[c.text for c in r.cells] for r in t.rows] for t in _doc().tables]


def text():
    parts = paragraphs()
    for t in tables():
        for r in t:
            parts += r
    return "\n".join(parts)


def clean(s):
    return re.sub(r"\s+", " ", s).strip()


def appendix_table():
    t = [rows for rows in tables() if [clean(c) for c in rows[0]] == HEAD]
    assert len(t) == 1
    return t[0]


def tasks():
    out = []
    for c in appendix_table()[2:]:
        c = [clean(x) for x in c]
        assert len(c) == 6, c
        out.append(dict(tt=int(c[0]), name=c[1], lead=c[2], partners=c[3], time=c[4], note=c[5]))
    assert [t["tt"] for t in out] == list(range(1, 15)), [t["tt"] for t in out]
    return out


def task(n):
    return tasks()[n - 1]


def body():
    """body paragraphs (cleaned, non-empty), up to the Phụ lục title"""
    ps = [clean(p) for p in paragraphs()]
    i = ps.index("Phụ lục")
    return [p for p in ps[:i] if p]


def body_line(start):
    hits = [p for p in body() if p.startswith(start)]
    assert hits and len(set(hits)) == 1, (start, hits)
    return hits[0]


def section(title):
    """paragraphs under a numbered heading of part IV (e.g. '5. Sở Tài chính') up to the next numbered heading"""
    b = body()
    i = b.index(title)
    out = []
    for p in b[i + 1:]:
        if re.match(r"^(\d+\. |[IVX]+\. |\(Một số nhiệm vụ)", p):
            break
        out.append(p)
    return out
