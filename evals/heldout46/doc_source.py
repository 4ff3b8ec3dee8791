"""The held-out-46 document: Kế hoạch 174/KH-UBND (18/11/2025) of UBND Thành phố Hồ Chí Minh -- key end-2025 tasks on
gender equality and the "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới" --
verbatim copy in source/.
flat(): the page without '|' separator lines and emphasis marks, whitespace-joined; structure(): the page's paragraphs
(blank-line separated, emphasis removed, line breaks joined) classified by kind; indicators(): the 22 "Chỉ tiêu" of II.1
with their Mục tiêu and sub-group; activities(): the 5 "Hoạt động" of part III; assignees(): the 4 numbered items of V."""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "31fb08f34535fce3.md"
BLOB = "23166ff52d8aef9c93c6edda1380cd09ed528bd6"
KEY = "kh174-2025-hcm-bdg"
NBYTES = 22520


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
    """list of dicts; kind in letterhead/title/sub/intro/part/sec/mt/letter/ct/bullet/plus/num/para/signature"""
    chunks = [c for c in re.split(r"\n\s*\n", text()) if c.strip()]
    out, part, sec, mt = [], None, None, None
    for c in chunks:
        if c.lstrip().startswith("|"):
            out.append(dict(kind="letterhead" if not out else "signature", cells=_cells(c)))
            continue
        v = clean(c)
        if not v:
            continue
        bold = c.lstrip().startswith("**")
        d = dict(text=v, part=part, sec=sec, mt=mt)
        if v == "KẾ HOẠCH":
            d["kind"] = "title"
        elif v.startswith("TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM"):
            d["kind"] = "sub"
        elif bold and re.match(r"^(I|II|III|IV|V|VI|VII)\. ", v):
            part, sec, mt = v.split(".")[0], None, None
            d.update(kind="part", part=part, sec=None, mt=None)
        elif part is None:
            d["kind"] = "intro"
        elif part == "V" and bold and v.startswith("Phụ nữ Thành phố"):
            # the source splits the heading of V.3 over two bold paragraphs: join it to the previous one
            out[-1]["text"] += " " + v
            sec = out[-1]["text"]
            continue
        elif bold and re.match(r"^\d+\. ", v) and part in ("I", "II", "III", "V"):
            sec, mt = v, None
            d.update(kind="sec", sec=sec, mt=None)
        elif re.match(r"^1\.\d\. Mục tiêu \d", v):
            mt = v
            d.update(kind="mt", mt=mt)
        elif re.match(r"^[a-zđ]\) ", v):
            d["kind"] = "letter"
        elif re.match(r"^(- )?Chỉ tiêu \d+:", v):
            d["kind"] = "ct"
        elif re.match(r"^\d+\. ", v):
            d["kind"] = "num"
        elif v.startswith("- "):
            d["kind"] = "bullet"
        elif v.startswith("+ "):
            d["kind"] = "plus"
        else:
            d["kind"] = "para"
        out.append(d)
    return out


def indicators():
    """II.1: [{mt, mt_num, group (a)/b) heading or ''), label 'Chỉ tiêu n', text}]"""
    res, grp = [], ""
    for b in structure():
        if b.get("part") != "II":
            continue
        if b["kind"] == "mt":
            grp = ""
        elif b["kind"] == "letter" and b.get("mt"):
            grp = b["text"]
        elif b["kind"] == "ct":
            m = re.match(r"^(?:- )?(Chỉ tiêu \d+): (.*)$", b["text"])
            res.append(dict(mt=b["mt"], mt_num=b["mt"].split(" ")[0].rstrip("."), group=grp, label=m.group(1),
                            text=m.group(2)))
    return res


def activities():
    """III: [{sec, letter, items:[texts]}]"""
    res = []
    for b in structure():
        if b.get("part") != "III" or b["kind"] in ("part", "sec"):
            continue
        if b["kind"] == "letter":
            res.append(dict(sec=b["sec"], letter=b["text"], items=[]))
        else:
            res[-1]["items"].append(b["text"])
    return res


def assignees():
    """V: [{num, name, items}]"""
    res = []
    for b in structure():
        if b.get("part") != "V" or b["kind"] == "part":
            continue
        if b["kind"] == "sec":
            num, name = b["text"].split(" ", 1)
            res.append(dict(num=num.rstrip("."), name=name, items=[]))
        else:
            res[-1]["items"].append(b["text"])
    return res


def lh_lines(b):
    c = b["cells"]
    nd = lambda xs: [x for x in xs if not re.fullmatch(r"-{3,}", x)]  # noqa: E731
    return [" ".join(nd(c[0])[:2]), nd(c[0])[2], " ".join(nd(c[1])[:2]), nd(c[1])[2], c[2][0], " ".join(c[3])]


def sig_lines(b):
    c = b["cells"]
    rec = c[0]
    s = c[1]
    return rec, [s[0]] + s[1:]


def check():
    raw = SRC.read_bytes()
    assert len(raw) == NBYTES, len(raw)
    ind = indicators()
    assert len(ind) == 22, len(ind)
    assert len(activities()) == 5
    assert [a["num"] for a in assignees()] == ["1", "2", "3", "4"]
    return ind


if __name__ == "__main__":
    for b in structure():
        print(b["kind"], "|", b.get("part"), "|", (b.get("text") or "")[:90] if b.get("text") else b.get("cells"))
    for i in check():
        print(i["mt_num"], "|", i["group"], "|", i["label"], "|", i["text"][:60])
    for a in activities():
        print(a["sec"][:20], a["letter"], [x[:40] for x in a["items"]])
    for a in assignees():
        print(a["num"], a["name"], len(a["items"]))
    st = structure()
    print(lh_lines(st[0]))
    print(sig_lines(st[-1]))
