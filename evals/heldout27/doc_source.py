"""Structured access to the held-out-27 document (fictional; source/ctr14_ngoclam.py is its only source).

indicators() -> [Ind]   the 30 rows of Phụ lục 1 (group label, tt, name, unit, base (Hiện trạng 2025),
                        targets {"2026","2028","2030"}, lead)
tasks()      -> [Task]  the 38 rows of Phụ lục 2 (group label, tt, content, lead, partner, output, milestone, funding)
body_text()  -> the body paragraphs/headings (one string each)
"""
import collections
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEY = "ctr-14-ngoclam-2026-2030"
SRC = HERE / "source" / "ctr14_ngoclam.py"
YEARS = ["2026", "2028", "2030"]

_spec = importlib.util.spec_from_file_location("ctr14_ngoclam", SRC)
D = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(D)

Ind = collections.namedtuple("Ind", "group stt name unit base targets lead")
Task = collections.namedtuple("Task", "group number content lead partner output deadline funding")


def indicators():
    return [Ind(g, r[0], r[1], r[2], r[3], dict(zip(YEARS, r[4:7])), r[7]) for g, rows in D.APP1 for r in rows]


def ind(stt):
    hits = [i for i in indicators() if i.stt == str(stt)]
    assert len(hits) == 1, stt
    return hits[0]


def tasks():
    return [Task(g, *r) for g, rows in D.APP2 for r in rows]


def task(number):
    hits = [t for t in tasks() if t.number == str(number)]
    assert len(hits) == 1, number
    return hits[0]


def partners(t):
    return t.partner.split("; ")


def body_text():
    return [t for _, t in D.BODY]


def body(start):
    hits = [t for t in body_text() if t.startswith(start)]
    assert len(hits) == 1, (start, len(hits))
    return hits[0]


if __name__ == "__main__":
    print(len(indicators()), [len(r) for _, r in D.APP1])
    print(len(tasks()), [len(r) for _, r in D.APP2])
