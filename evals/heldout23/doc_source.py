"""Structured access to the held-out-23 document (fictional; source/kh341_thanhhoa_2027.py is its only source).

indicators() -> [Ind]   the 32 rows of Phụ lục I (group number/title, tt "1.1", name, unit, targets {year}, lead, partner)
tasks()      -> [Task]  the 36 rows of Phụ lục II (group letter/title, stt, content, deadline, lead, partner, product, note)
body_text()  -> the body paragraphs (one string each; headings included)
"""
import collections
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEY = "kh-341-thanhhoa-2027"
SRC = HERE / "source" / "kh341_thanhhoa_2027.py"
YEARS = ["2027", "2028"]

_spec = importlib.util.spec_from_file_location("kh341_thanhhoa_2027", SRC)
D = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(D)

Ind = collections.namedtuple("Ind", "group gtitle stt name unit targets lead partner")
Task = collections.namedtuple("Task", "group gtitle number content deadline lead partner product note")


def indicators():
    return [Ind(g, t, r[0], r[1], r[2], dict(zip(YEARS, r[3:5])), r[5], r[6]) for g, t, rows in D.APP1 for r in rows]


def ind(stt):
    hits = [i for i in indicators() if i.stt == str(stt)]
    assert len(hits) == 1, stt
    return hits[0]


def tasks():
    return [Task(g, t, *r) for g, t, rows in D.APP2 for r in rows]


def task(number):
    hits = [t for t in tasks() if t.number == str(number)]
    assert len(hits) == 1, number
    return hits[0]


def app1_groups():
    return [(g, t, rows) for g, t, rows in D.APP1]


def app2_groups():
    return [(g, t, rows) for g, t, rows in D.APP2]


def body_text():
    return [t for _, t in D.BODY]


def body(start):
    hits = [t for t in body_text() if t.startswith(start)]
    assert len(hits) == 1, (start, len(hits))
    return hits[0]


if __name__ == "__main__":
    print(len(indicators()), [len(r) for _, _, r in D.APP1])
    print(len(tasks()), [len(r) for _, _, r in D.APP2])
