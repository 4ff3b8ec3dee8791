"""Structured copy of the held-out-21 document, parsed from the verbatim source text (no hand-typed cells).

source/QD-232-QD-TTg-24-01-2025-de-an-thi-truong-cac-bon.txt is the stored text of the real document (see SOURCES.md).
lines()        -> the source lines
tasks()        -> [(group, group_title, number, content, lead, partners, deadline)] for the 42 rows of the Phụ lục
groups()       -> [(roman, title, [rows])]
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEY = "qd-232-ttg-2025"
SRC = HERE / "source" / "QD-232-QD-TTg-24-01-2025-de-an-thi-truong-cac-bon.txt"
TASK_HEAD = ["TT", "Nhiệm vụ và giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/ hoàn thành"]
ROMAN = ["I", "II", "III", "IV", "V"]


def text():
    return SRC.read_text(encoding="utf-8")


def lines():
    return text().split("\n")


def cells(line):
    assert line.startswith("| ") and line.endswith(" |"), line
    return [c.strip() for c in line[2:-2].split(" | ")]


def appendix_start():
    ls = lines()
    return ls.index("| " + " | ".join(TASK_HEAD) + " |")


def groups():
    ls = lines()
    out = []
    for ln in ls[appendix_start() + 2:]:
        c = cells(ln)
        assert len(c) == 5, ln
        if c[0] in ROMAN:
            assert c[2:] == ["", "", ""]
            out.append((c[0], c[1], []))
        else:
            out[-1][2].append(tuple(c))
    return out


def tasks():
    return [(g, title, *row) for g, title, rows in groups() for row in rows]


def task(group, number):
    hits = [t for t in tasks() if t[0] == group and t[2] == number]
    assert len(hits) == 1, (group, number)
    return hits[0]


def body_line(start):
    hits = [x for x in lines() if x.startswith(start)]
    assert len(hits) == 1, (start, len(hits))
    return hits[0]


if __name__ == "__main__":
    for g, t, rows in groups():
        print(g, len(rows), t)
    print(len(tasks()))
