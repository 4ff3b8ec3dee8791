"""The held-out-28 document, parsed from the source copy (source/QD-699-...txt, the repository owner's text version of
Quyết định 699/QĐ-BNNMT, see SOURCES.md). Nothing here is typed by hand: every cell and line comes from the file.

text()   the whole file (str)
body()   the non-table lines before the Phụ lục, '*' emphasis markers removed
header() / signature()  the cells of the two small pipe tables (header block, Nơi nhận / signature)
rows()   the 110 facility rows of the Phụ lục: dict(group, gname, stt, name, addr, mst, rep, y25, y26)
total()  (2025, 2026) of the TỔNG row, as printed
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEY = "qd-699-bnnmt-han-ngach-2026"
SRC = HERE / "source" / "QD-699-QD-BNNMT-27-02-2026-thi-diem-phan-bo-han-ngach-2025-2026.txt"


def text():
    return SRC.read_text(encoding="utf-8")


def lines():
    return text().split("\n")


def cells(ln):
    return [c.strip() for c in ln.strip()[1:-1].split("|")]


def appendix_start():
    return lines().index("PHỤ LỤC")


def body():
    out = []
    for ln in lines()[:appendix_start()]:
        if ln.startswith("|"):
            continue
        out.append(ln.replace("*", ""))
    return out


def body_line(start):
    hits = [b for b in body() if b.startswith(start)]
    assert len(hits) == 1, (start, hits)
    return hits[0]


def appendix_lines():
    return lines()[appendix_start():]


def header():
    return cells(lines()[0]) + cells(lines()[2])


def signature():
    ln = [x for x in lines() if x.startswith("| *Nơi nhận:*")]
    assert len(ln) == 1
    return cells(ln[0])


def rows():
    out, group, gname = [], None, None
    for ln in appendix_lines():
        if not ln.startswith("|"):
            continue
        c = cells(ln)
        if c[0] in ("I", "II", "III"):
            group, gname = c[0], c[1]
            continue
        if len(c) == 7 and c[0].isdigit():
            out.append(dict(group=group, gname=gname, stt=int(c[0]), name=c[1], addr=c[2], mst=c[3], rep=c[4],
                            y25=c[5], y26=c[6]))
    return out


def groups():
    g = {}
    for r in rows():
        g.setdefault(r["group"], r["gname"])
    return g


def row(group, stt):
    hit = [r for r in rows() if r["group"] == group and r["stt"] == stt]
    assert len(hit) == 1, (group, stt)
    return hit[0]


def total():
    ln = [x for x in appendix_lines() if "TỔNG HẠN NGẠCH" in x]
    assert len(ln) == 1
    c = cells(ln[0])
    return c[2], c[3]


def num(s):
    return int(s.replace(",", ""))


if __name__ == "__main__":
    rs = rows()
    print(len(rs), {g: sum(1 for r in rs if r["group"] == g) for g in groups()}, total())
    assert sum(num(r["y25"]) for r in rs) == num(total()[0])
    assert sum(num(r["y26"]) for r in rs) == num(total()[1])
    print(body()[:3], header(), signature()[1])
