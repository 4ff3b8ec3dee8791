"""The held-out-43 document: Kế hoạch 141/KH-UBND (20/11/2025) of UBND tỉnh Bắc Ninh, verbatim copy in source/.
paras(): the page's paragraphs (blank-line separated) with emphasis marks removed and line breaks joined;
letterhead / signature blocks kept apart; tasks(): the measures of part III with their lead-in fields."""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "09daab284f92e2dd.md"
BLOB = "e32f88c3043d2f6218513b0a803734a4e040c78c"
KEY = "kh141-2025-bacninh"
NBYTES = 17632


def text():
    return SRC.read_text(encoding="utf-8")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def clean(s):
    s = s.replace("**", "").replace("*", "")
    return ws(s)


def flat():
    """source without '|' separator lines and emphasis marks, whitespace-joined"""
    return ws("\n".join(clean(ln) for ln in text().split("\n") if ln.strip() != "|"))


def blocks():
    t = text()
    chunks = [c for c in re.split(r"\n\s*\n", t) if c.strip()]
    out = []
    for c in chunks:
        if c.lstrip().startswith("|"):
            cells = [ws(clean(x)) for x in c.split("\n|") if clean(x.strip("|"))]
            cells = [ws(clean(x.strip("|"))) for x in re.split(r"\n?\|\n?", c) if clean(x)]
            out.append(("cells", cells))
        else:
            s = clean(c)
            if s:
                out.append(("p", s))
    return out


FIELD = re.compile(r"^-?\s*(Đơn vị chủ trì tham mưu thực hiện|Đơn vị chủ trì thực hiện|Đơn vị chủ trì|Đơn vị thực hiện|"
                   r"Đơn vị phối hợp thực hiện|Đơn vị phối hợp|Thời gian thực hiện): ?(.*)$")


def structure():
    """list of dicts: kind in letterhead/title/sub/intro/part/section/item/field/para/signature"""
    bl = blocks()
    out = []
    part = None
    for i, (k, v) in enumerate(bl):
        if k == "cells":
            out.append(dict(kind="letterhead" if not out else "signature", cells=v))
            continue
        if v == "":
            continue
        if v == "KẾ HOẠCH":
            out.append(dict(kind="title", text=v)); continue
        if v.startswith("NÂNG CAO NĂNG LỰC"):
            out.append(dict(kind="sub", text=v)); continue
        m = re.match(r"^(I|II|III|IV)\. (.*)$", v)
        if m:
            part = m.group(1)
            out.append(dict(kind="part", text=v, part=part)); continue
        m = FIELD.match(v)
        if m:
            out.append(dict(kind="field", label=m.group(1), value=m.group(2), text=v, part=part)); continue
        if part == "III" and re.match(r"^\d\. ", v):
            out.append(dict(kind="section", text=v, part=part)); continue
        if part in ("I",) and re.match(r"^\d\. ", v):
            out.append(dict(kind="section", text=v, part=part)); continue
        if part is None:
            out.append(dict(kind="intro", text=v)); continue
        if out and out[-1]["kind"] == "field" and v[0].islower():
            out[-1]["value"] += " " + v; out[-1]["text"] += " " + v; continue
        out.append(dict(kind="para", text=v, part=part))
    return out


def tasks():
    """measures of part III: each with section number, section title, measure text(s), lead, partner, time"""
    st = structure()
    res, sec, cur, pend = [], None, None, []
    for b in st:
        if b.get("part") != "III" or b["kind"] == "part":
            continue
        if b["kind"] == "section":
            sec = b["text"]; pend = []; continue
        if b["kind"] == "para":
            if cur is not None and cur.get("closed"):
                cur = None
            pend.append(b["text"]); continue
        if b["kind"] == "field":
            if cur is None:
                cur = dict(section=sec, measure=pend, lead=None, lead_label=None, partner=None, partner_label=None, time=None)
                res.append(cur); pend = []
            lab, val = b["label"], b["value"]
            if "phối hợp" in lab:
                cur["partner"], cur["partner_label"] = val, lab
            elif lab.startswith("Thời gian"):
                cur["time"] = val; cur["closed"] = True
                cur = None
            else:
                cur["lead"], cur["lead_label"] = val, lab
    for r in res:
        r.pop("closed", None)
    return res


def check():
    raw = SRC.read_bytes()
    assert len(raw) == NBYTES, len(raw)
    ts = tasks()
    assert len(ts) == 16, len(ts)
    assert all(t["lead"] and t["partner"] and t["time"] for t in ts)
    return ts


if __name__ == "__main__":
    for b in structure():
        print(b["kind"], "|", (b.get("text") or b.get("cells"))[:100] if b.get("text") else b.get("cells"))
    for i, t in enumerate(tasks(), 1):
        print(i, t["section"][:30], "|", [m[:40] for m in t["measure"]], "|", t["lead_label"], ":", t["lead"], "|", t["partner"], "|", t["time"])
