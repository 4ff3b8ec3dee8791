"""Structured access to the held-out-22 document (fictional; source/kh168_phongkhe.py is its only source).

indicators() -> [Ind]  the 33 rows of Phụ lục I (group letter/title, stt, name, unit, targets {year: value}, lead, partner)
tasks()      -> [Task] the leaf rows of Phụ lục II: numbered tasks without sub-items and the a/b/c sub-items
parents()    -> [(group, number, content)] the numbered tasks that only head a/b/c sub-items
numbered()   -> [(group, number)] all 34 numbered tasks
body_text()  -> the body sentences (one string per paragraph)
"""
import collections
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEY = "kh-168-phongkhe-2026"
SRC = HERE / "source" / "kh168_phongkhe.py"
YEARS = ["2026", "2027", "2028"]

_spec = importlib.util.spec_from_file_location("kh168_phongkhe", SRC)
D = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(D)

Ind = collections.namedtuple("Ind", "group gtitle stt name unit targets lead partner")
Task = collections.namedtuple("Task", "group gtitle number sub parent content lead partner product deadline")


def indicators():
    out = []
    for g, title, rows in D.APP1:
        for r in rows:
            out.append(Ind(g, title, r[0], r[1], r[2], dict(zip(YEARS, r[3:6])), r[6], r[7]))
    return out


def ind(stt):
    hits = [i for i in indicators() if i.stt == str(stt)]
    assert len(hits) == 1, stt
    return hits[0]


def tasks():
    out = []
    for g, title, rows in D.APP2:
        parent = None
        for r in rows:
            if r[0].isdigit():
                if r[2:] == ("", "", "", ""):
                    parent = r
                    continue
                parent = None
                out.append(Task(g, title, r[0], "", "", *r[1:]))
            else:
                assert parent is not None, r
                out.append(Task(g, title, parent[0], r[0], parent[1], *r[1:]))
    return out


def task(number, sub=""):
    hits = [t for t in tasks() if t.number == str(number) and t.sub == sub]
    assert len(hits) == 1, (number, sub)
    return hits[0]


def parents():
    return [(g, r[0], r[1]) for g, _, rows in D.APP2 for r in rows if r[0].isdigit() and r[2:] == ("", "", "", "")]


def numbered():
    return [(g, r[0]) for g, _, rows in D.APP2 for r in rows if r[0].isdigit()]


def app2_groups():
    return [(g, t, [r for r in rows if r[0].isdigit()]) for g, t, rows in D.APP2]


def app1_groups():
    return [(g, t, rows) for g, t, rows in D.APP1]


def body_text():
    return [t for _, t in D.BODY]


def body(start):
    hits = [t for t in body_text() if t.startswith(start)]
    assert len(hits) == 1, (start, len(hits))
    return hits[0]


if __name__ == "__main__":
    print(len(indicators()), [len(r) for _, _, r in D.APP1])
    print(len(numbered()), len(tasks()), [len(r) for _, _, r in app2_groups()])
