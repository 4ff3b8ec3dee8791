"""Parse of the held-out-29 source copy (Phụ lục III, draft annex to QĐ .../2024/QĐ-TTg, transport sector)."""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "DU-THAO-2024-Phu-luc-III-QD-13-2024-GTVT-THAM-KHAO.txt"
KEY = "pl3-qd13-gtvt-2024"
SRC_LEN = 13537


def text():
    t = SRC.read_text(encoding="utf-8")
    assert len(t) == SRC_LEN, len(t)
    return t


def lines():
    return text().split("\n")


def cells(ln):
    return [c.strip() for c in ln.strip().strip("|").split("|")]


def rows():
    out, region, prov = [], None, None
    for ln in lines():
        if not ln.startswith("|"):
            continue
        c = cells(ln)
        if len(c) == 1:
            if re.match(r"^[IVX]+\. ", c[0]):
                region = c[0]
            else:
                prov = c[0]
            continue
        if c[0].isdigit():
            out.append(dict(stt=int(c[0]), name=c[1], addr=c[2], sector=c[3], toe=c[4], region=region, prov=prov))
        elif c[0] == "" and out:
            out[-1]["extra"] = c[2]
    assert [r["stt"] for r in out] == list(range(1, 82))
    return out


def num(s):
    return int(s.replace(".", ""))


def row(n):
    return rows()[n - 1]
