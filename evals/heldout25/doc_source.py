"""Structured copy of the held-out-25 document, parsed from the verbatim source text (no hand-typed cells).

source/QD-1775-QD-TTg-21-11-2012-de-an-quan-ly-phat-thai-tin-chi.txt is the stored text of the real document
(Quyết định 1775/QĐ-TTg, 21/11/2012; see SOURCES.md).
lines()     -> the source lines
tables()    -> [(start_line_index, [rows of cells])] for every pipe table (separator rows dropped)
tasks()     -> the 23 rows of the DANH MỤC table as dicts (tt, name, period, lead, partners)
body()      -> the non-table lines before the DANH MỤC (the decision and the Đề án)
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEY = "qd-1775-ttg-2012"
SRC = HERE / "source" / "QD-1775-QD-TTg-21-11-2012-de-an-quan-ly-phat-thai-tin-chi.txt"
HEAD = ["TT", "Tên nhiệm vụ, dự án", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp"]


def text():
    return SRC.read_text(encoding="utf-8")


def lines():
    return text().split("\n")


def cells(line):
    assert line.startswith("| ") and line.endswith(" |"), line
    return [c.strip() for c in line[2:-2].split(" | ")]


def is_sep(line):
    return set(line.replace("|", "").replace("-", "").strip()) == set()


def tables():
    out, cur = [], None
    for i, ln in enumerate(lines()):
        if ln.startswith("| "):
            if cur is None:
                cur = (i, [])
                out.append(cur)
            if not is_sep(ln):
                cur[1].append(cells(ln))
        else:
            cur = None
    return out


def appendix_table():
    t = [rows for _, rows in tables() if rows[0] == HEAD]
    assert len(t) == 1
    return t[0]


def tasks():
    out = []
    for c in appendix_table()[1:]:
        assert len(c) == 5, c
        out.append(dict(tt=int(c[0]), name=c[1], period=c[2], lead=c[3], partners=c[4]))
    assert [t["tt"] for t in out] == list(range(1, 24))
    return out


def task(n):
    return tasks()[n - 1]


def danh_muc_index():
    return lines().index("DANH MỤC")


def body():
    return [ln for ln in lines()[:danh_muc_index()] if not ln.startswith("| ")]


def body_line(start):
    hits = [ln for ln in lines() if ln.startswith(start)]
    assert hits and len(set(hits)) == 1, (start, hits)
    return hits[0]
