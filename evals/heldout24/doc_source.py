"""Structured copy of the held-out-24 document, parsed from the verbatim source text (no hand-typed cells).

source/QD-419-QD-TTg-05-4-2017-chuong-trinh-REDD-plus.txt is the stored text of the real document (see SOURCES.md).
lines()       -> the source lines
rows()        -> every Phụ lục table row as (kind, cells): kind 'section' (a) / b) / c), 2 cells) or 'row' (8 cells)
sections()    -> [(letter, title, [content groups])], a content group = (text, [activities])
activities()  -> [dict(sec, sec_title, grp, grp_no, text, lead, partners, outputs, funding, time, intro)] for every
                 row that has a lead agency (the intro row "+ Thực hiện các hoạt động can thiệp sau …" has none and
                 is kept as the `intro` of the "." sub-activities under it)
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEY = "qd-419-ttg-2017"
SRC = HERE / "source" / "QD-419-QD-TTg-05-4-2017-chuong-trinh-REDD-plus.txt"
HEAD = ["TT", "Nhóm hoạt động", "Hoạt động", "Cơ quan chủ trì", "Cơ quan phối hợp", "Đầu ra chủ yếu",
        "Nguồn kinh phí", "Thời gian"]
SECS = ["a)", "b)", "c)"]


def text():
    return SRC.read_text(encoding="utf-8")


def lines():
    return text().split("\n")


def cells(line):
    assert line.startswith("| ") and line.endswith(" |"), line
    return [c.strip() for c in line[2:-2].split(" | ")]


def appendix_start():
    return lines().index("| " + " | ".join(HEAD) + " |")


def rows():
    out = []
    for ln in lines()[appendix_start() + 2:]:
        c = cells(ln)
        if c[0] in SECS:
            assert len(c) == 2, ln
            out.append(("section", c))
        else:
            assert len(c) == 8, ln
            out.append(("row", c))
    return out


def sections():
    out = []
    for kind, c in rows():
        if kind == "section":
            out.append((c[0], c[1], []))
        elif c[0] == "-":
            out[-1][2].append((c[1], [c]))
        else:
            assert c[0] == "" and c[1] == "", c
            out[-1][2][-1][1].append(c)
    return out


def activities():
    out, n, intro = [], 0, None
    for sec, title, groups in sections():
        for gtext, rs in groups:
            n += 1
            for c in rs:
                if not c[3]:
                    assert c[2].startswith("+ ") and c[2].endswith(":") and not any(c[3:]), c
                    intro = c[2]
                    continue
                if not c[2].startswith(". "):
                    intro = None
                out.append(dict(sec=sec, sec_title=title, grp=gtext, grp_no=n, text=c[2], lead=c[3], partners=c[4],
                                outputs=c[5], funding=c[6], time=c[7], intro=intro))
    return out


def act(start):
    """the one activity whose text starts with `start` (after its '+ ' / '. ' marker)"""
    hits = [a for a in activities() if a["text"][2:].startswith(start)]
    assert len(hits) == 1, (start, len(hits))
    return hits[0]


def body_line(start):
    hits = [x for x in lines() if x.startswith(start)]
    assert len(hits) == 1, (start, len(hits))
    return hits[0]


def body_text():
    ls = lines()
    return "\n".join(ls[:appendix_start()])


if __name__ == "__main__":
    for s, t, g in sections():
        print(s, t, len(g), [len(r) for _, r in g])
    acts = activities()
    print(len(acts))
    import collections
    print(collections.Counter(a["lead"].rstrip(".") for a in acts))
    print(collections.Counter(a["time"] for a in acts))
