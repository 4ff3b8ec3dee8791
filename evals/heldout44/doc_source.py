"""The held-out-44 document: Kế hoạch 182/KH-UBND (20/11/2025) of UBND tỉnh Đồng Nai -- implementing the national target
programme on drug prevention and control to 2030 -- verbatim copy in source/.
flat(): the page without '|' separator lines and emphasis marks, whitespace-joined; structure(): the page's paragraphs
(blank-line separated, emphasis removed, line breaks joined) classified by kind; agencies(): the 13 assignees of III.2
with their items; indicators(): the 9 targets 6.1-6.9 of part II."""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "f069c23c942c1ec6.md"
BLOB = "736238d93946a772d8d1f3ee71f41a616633fa8e"
KEY = "kh182-2025-dongnai"
NBYTES = 42661


def text():
    return SRC.read_text(encoding="utf-8")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def clean(s):
    return ws(s.replace("**", "").replace("*", ""))


def flat():
    return ws("\n".join(clean(ln) for ln in text().split("\n") if ln.strip() != "|"))


def _cells(chunk):
    """a '|'-separated block -> list of cells, each a list of cleaned lines"""
    out, cur = [], []
    for ln in chunk.split("\n"):
        if ln.strip() == "|":
            if any(x for x in cur):
                out.append([x for x in cur if x])
            cur = []
        else:
            cur.append(clean(ln))
    if any(x for x in cur):
        out.append([x for x in cur if x])
    return out


def structure():
    """list of dicts with kind in letterhead/title/sub/intro/part/sec/num/item/agency/letter/bullet/para/signature"""
    chunks = [c for c in re.split(r"\n\s*\n", text()) if c.strip()]
    out, part, sec = [], None, None
    for c in chunks:
        if c.lstrip().startswith("|"):
            out.append(dict(kind="letterhead" if not out else "signature", cells=_cells(c)))
            continue
        v = clean(c)
        if not v:
            continue
        d = dict(text=v, part=part, sec=sec)
        if v == "KẾ HOẠCH":
            d["kind"] = "title"
        elif v.startswith("TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH"):
            d["kind"] = "sub"
        elif re.match(r"^(I|II|III|IV)\. [A-ZĐÂƯ]", v) and v.upper() == v:
            part = v.split(".")[0]
            sec = None
            d.update(kind="part", part=part, sec=None)
        elif part is None:
            d["kind"] = "intro"
        elif re.match(r"^\d\. ", v) and len(v) < 60:
            sec = v
            d.update(kind="sec", sec=sec)
        elif re.match(r"^\d\. ", v):
            d["kind"] = "num"
        elif part == "III" and sec == "2. Phân công trách nhiệm" and re.match(r"^2\.\d+\. ", v) and len(v) < 130:
            d["kind"] = "agency"
        elif re.match(r"^\d\.\d\. ", v):
            d["kind"] = "item"
        elif re.match(r"^[a-zđ]\) ", v):
            d["kind"] = "letter"
        elif v.startswith("- "):
            d["kind"] = "bullet"
        else:
            d["kind"] = "para"
        out.append(d)
    return out


def agencies():
    """III.2: [{num, name, items:[{mark, text}]}] -- mark is 'a)', '-', '' (plain paragraph)"""
    res, cur = [], None
    for b in structure():
        if b.get("part") != "III" or b.get("sec") != "2. Phân công trách nhiệm" or b["kind"] in ("sec", "part"):
            continue
        if b["kind"] == "agency":
            num, name = b["text"].split(" ", 1)
            cur = dict(num=num.rstrip("."), name=name, items=[])
            res.append(cur)
            continue
        if cur is None:
            continue  # the lead paragraph of III.2
        t = b["text"]
        m = re.match(r"^([a-zđ]\)|-) (.*)$", t)
        cur["items"].append(dict(mark=m.group(1), text=m.group(2)) if m else dict(mark="", text=t))
    return res


def indicators():
    return [b["text"] for b in structure() if b["kind"] == "item" and b["sec"] == "6. Chỉ tiêu chủ yếu đến năm 2030"]


def check():
    raw = SRC.read_bytes()
    assert len(raw) == NBYTES, len(raw)
    ag = agencies()
    assert [a["num"] for a in ag] == [f"2.{i}" for i in range(1, 14)], [a["num"] for a in ag]
    assert all(a["items"] for a in ag)
    ind = indicators()
    assert [x[:4] for x in ind] == [f"6.{i}." for i in range(1, 10)], ind
    return ag


if __name__ == "__main__":
    for b in structure():
        print(b["kind"], "|", b.get("part"), "|", (b.get("text") or "")[:90] if b.get("text") else b.get("cells"))
    for a in check():
        print(a["num"], a["name"], [(i["mark"], i["text"][:40]) for i in a["items"]])
