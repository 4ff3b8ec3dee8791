"""The held-out-45 document: Kế hoạch 556/KH-UBND (19/11/2025) of UBND tỉnh Đồng Tháp -- implementing Nghị quyết
48/NQ-CP on the strategy for sustainable use of marine and island resources and protection of the marine environment to
2030, vision 2050 -- verbatim copy in source/.
flat(): the page without '|' separator lines and emphasis marks, whitespace-joined; structure(): the page's paragraphs
(blank-line separated, emphasis removed, line breaks joined) classified by kind; agencies(): the 13 assignees of part IV
with their items; groups(): the 11 task groups of part III with their items."""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "bffd9da6f0d38031.md"
BLOB = "8383ef6d662238df4f1c9e58fdf5806cfdd3293b"
KEY = "kh556-2025-dongthap"
NBYTES = 46225
ROMAN = ("I", "II", "III", "IV", "V", "VI")


def text():
    return SRC.read_text(encoding="utf-8")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def clean(s):
    return ws(s.replace("**", "").replace("*", ""))


def flat():
    return ws("\n".join(clean(ln) for ln in text().split("\n") if ln.strip() != "|"))


def _cells(chunk):
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
    """list of dicts, kind in letterhead/title/sub/intro/part/sec/agency/letterhead_item(letter)/bullet/plus/num/para/signature"""
    chunks = [c for c in re.split(r"\n\s*\n", text()) if c.strip()]
    out, part, sec = [], None, None
    for c in chunks:
        if c.lstrip().startswith("|"):
            out.append(dict(kind="letterhead" if not out else "signature", cells=_cells(c)))
            continue
        v = clean(c)
        if not v:
            continue
        bold = c.lstrip().startswith("**")
        d = dict(text=v, part=part, sec=sec)
        if v == "KẾ HOẠCH":
            d["kind"] = "title"
        elif v.startswith("THỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP"):
            d["kind"] = "sub"
        elif bold and re.match(r"^(I|II|III|IV|V|VI)\. ", v):
            part = v.split(".")[0]
            sec = None
            d.update(kind="part", part=part, sec=None)
        elif part is None:
            d["kind"] = "intro"
        elif bold and re.match(r"^\d+\. ", v):
            sec = v
            d.update(kind="agency" if part == "IV" else "sec", sec=sec)
        elif re.match(r"^\d+\. ", v):
            d["kind"] = "num"
        elif re.match(r"^[a-zđ]\) ", v):
            d["kind"] = "letter"
        elif v.startswith("- "):
            d["kind"] = "bullet"
        elif v.startswith("+ "):
            d["kind"] = "plus"
        else:
            d["kind"] = "para"
        out.append(d)
    return out


def agencies():
    """IV: [{num, name, items:[{mark, text}]}] -- mark '-' or '' (one plain paragraph)"""
    res, cur = [], None
    for b in structure():
        if b.get("part") != "IV" or b["kind"] == "part":
            continue
        if b["kind"] == "agency":
            num, name = b["text"].split(" ", 1)
            cur = dict(num=num.rstrip("."), name=name, items=[])
            res.append(cur)
            continue
        t = b["text"]
        m = re.match(r"^(-) (.*)$", t)
        cur["items"].append(dict(mark="-", text=m.group(2)) if m else dict(mark="", text=t))
    return res


def groups():
    """III: [{num, title, items:[{kind, text}]}]"""
    res = []
    for b in structure():
        if b.get("part") != "III" or b["kind"] == "part":
            continue
        if b["kind"] == "sec":
            num, title = b["text"].split(" ", 1)
            res.append(dict(num=num.rstrip("."), title=title, items=[]))
        else:
            res[-1]["items"].append(dict(kind=b["kind"], text=b["text"]))
    return res


def lh_lines(b):
    c = b["cells"]
    nd = lambda xs: [x for x in xs if not re.fullmatch(r"-{3,}", x)]  # noqa: E731
    return nd(c[0]) + [" ".join(nd(c[1])[:2]), nd(c[1])[2], c[2][0], " ".join(c[3])]


def sig_lines(b):
    """(recipients lines, signature lines) with wrapped lines re-joined"""
    rec = []
    for x in b["cells"][0]:
        if rec and not x.startswith("-") and rec[-1] != "Nơi nhận:":
            rec[-1] += " " + x
        else:
            rec.append(x)
    s = b["cells"][1]
    sig = [s[0] + " " + s[1]] + s[2:]
    return rec, sig


def check():
    raw = SRC.read_bytes()
    assert len(raw) == NBYTES, len(raw)
    ag = agencies()
    assert [a["num"] for a in ag] == [str(i) for i in range(1, 14)], [a["num"] for a in ag]
    assert all(a["items"] for a in ag)
    gr = groups()
    assert [g["num"] for g in gr] == [str(i) for i in range(1, 12)], [g["num"] for g in gr]
    return ag


if __name__ == "__main__":
    for b in structure():
        print(b["kind"], "|", b.get("part"), "|", (b.get("text") or "")[:90] if b.get("text") else b.get("cells"))
    for a in check():
        print(a["num"], a["name"], [(i["mark"], i["text"][:40]) for i in a["items"]])
    st = structure()
    print(lh_lines(st[0]))
    print(sig_lines(st[-1]))
