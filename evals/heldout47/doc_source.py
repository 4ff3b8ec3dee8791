"""The held-out-47 document: Quyết định số 2853/QĐ-UBND (21/11/2025) of UBND Thành phố Hồ Chí Minh issuing the Kế hoạch
to implement the Đề án "Nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm 2030" in the
city -- verbatim copy in source/ (sector: disaster-risk reduction / community-based disaster risk management).
flat(): the page without '|' separator lines and emphasis marks, whitespace-joined; structure(): the page's paragraphs
(blank-line separated, emphasis removed, line breaks joined) classified by kind; targets(): the 7 "-" targets of I.2;
contents(): the 3 content groups of III with their "-" activities; sources(): the 5 funding sources of IV;
assignees(): the 9 numbered assignees of V with their "-" duties."""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "437c3beb60ae2874.md"
BLOB = "ff359700a03f95742a96c5a02846697386adf294"
KEY = "qd2853-2025-hcm-thientai"
NBYTES = 24337


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


ROMAN = ("I", "II", "III", "IV", "V")


def structure():
    """list of dicts; kind in letterhead / qd / qd_title / issuer / cancu / denghi / qd_colon / dieu / signature /
    kh / kh_title / kh_note / part / sec / para / bullet / num / note"""
    chunks = [c for c in re.split(r"\n\s*\n", text()) if c.strip()]
    out, part, sec, plan = [], None, None, False
    for c in chunks:
        if c.lstrip().startswith("|"):
            out.append(dict(kind="letterhead" if not out else "signature", cells=_cells(c)))
            continue
        v = clean(c)
        if not v:
            continue
        bold = c.lstrip().startswith("**")
        d = dict(text=v, part=part, sec=sec)
        if v == "QUYẾT ĐỊNH":
            d["kind"] = "qd"
        elif v.startswith("BAN HÀNH KẾ HOẠCH TRIỂN KHAI"):
            d["kind"] = "qd_title"
        elif v == "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH":
            d["kind"] = "issuer"
        elif v.startswith("Căn cứ"):
            d["kind"] = "cancu"
        elif v.startswith("Theo đề nghị"):
            d["kind"] = "denghi"
        elif v == "QUYẾT ĐỊNH:":
            d["kind"] = "qd_colon"
        elif v.startswith("Điều "):
            d["kind"] = "dieu"
        elif v == "KẾ HOẠCH":
            plan = True
            d["kind"] = "kh"
        elif plan and v.startswith("TRIỂN KHAI THỰC HIỆN ĐỀ ÁN"):
            d["kind"] = "kh_title"
        elif v.startswith("(Ban hành kèm theo"):
            d["kind"] = "kh_note"
        elif bold and re.match(r"^(I|II|III|IV|V)\. ", v):
            part, sec = v.split(".")[0], None
            d.update(kind="part", part=part, sec=None)
        elif bold and re.match(r"^\d+\. ", v):
            sec = v
            d.update(kind="sec", sec=sec)
        elif v.startswith("(Khung kế hoạch"):
            d["kind"] = "note"
        elif v.startswith("- "):
            d["kind"] = "bullet"
        elif re.match(r"^\d+\. ", v):
            d["kind"] = "num"
        else:
            d["kind"] = "para"
        out.append(d)
    return out


def targets():
    """I.2: the 7 '-' targets (text without the dash)"""
    return [b["text"][2:] for b in structure() if b.get("part") == "I" and b["kind"] == "bullet"]


def contents():
    """III: [{num, title, items}]"""
    res = []
    for b in structure():
        if b.get("part") != "III":
            continue
        if b["kind"] == "sec":
            num, title = b["text"].split(" ", 1)
            res.append(dict(num=num.rstrip("."), title=title, items=[]))
        elif b["kind"] == "bullet":
            res[-1]["items"].append(b["text"][2:])
    return res


def sources():
    return [b["text"].split(" ", 1)[1] for b in structure() if b.get("part") == "IV" and b["kind"] == "num"]


def assignees():
    """V: [{num, lead (the numbered paragraph without its number), items}]"""
    res = []
    for b in structure():
        if b.get("part") != "V" or b["kind"] == "part":
            continue
        if b["kind"] == "num":
            num, lead = b["text"].split(" ", 1)
            res.append(dict(num=num.rstrip("."), lead=lead, items=[]))
        else:
            assert b["kind"] == "bullet", b
            res[-1]["items"].append(b["text"][2:])
    return res


def lh_cells():
    return structure()[0]["cells"]


def sig_cells():
    return [b for b in structure() if b["kind"] == "signature"][0]["cells"]


def check():
    raw = SRC.read_bytes()
    assert len(raw) == NBYTES, len(raw)
    assert len(targets()) == 7
    assert [c["num"] for c in contents()] == ["1", "2", "3"]
    assert [len(c["items"]) for c in contents()] == [5, 5, 6]
    assert len(sources()) == 5
    assert [a["num"] for a in assignees()] == [str(i) for i in range(1, 10)]
    return True


if __name__ == "__main__":
    for b in structure():
        print(b["kind"], "|", b.get("part"), "|", (b.get("text") or "")[:90] if b.get("text") else b.get("cells"))
    check()
    for a in assignees():
        print(a["num"], a["lead"][:60], len(a["items"]))
