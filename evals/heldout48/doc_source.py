"""The held-out-48 document: Quyết định số 435/QĐ-UBND (04/5/2020) of UBND tỉnh Kon Tum issuing the Chương trình hành
động to implement Kế hoạch số 119-KH/TU of the provincial Party Standing Committee on Chỉ thị số 37-CT/TW ("xây dựng
quan hệ lao động hài hoà, ổn định và tiến bộ trong tình hình mới") -- verbatim copy in source/ (sector: labour
relations / industrial relations).

The copy is a plain-text crawl of a thuvienphapluat.vn page, one physical line per paragraph, with some headings glued
to the next item ("... tiến bộ 1.1.", "III. TỔ CHỨC THỰC HIỆN 1."), the letterhead, title and issuer on one line, and
the signature glued to the programme title. parse() splits those lines at fixed, asserted places (no text is changed;
only the "-------" letterhead rules are dropped) and returns the document as typed blocks.

flat(): the whole source whitespace-joined (evidence snippets are checked verbatim against it);
parse(): dict with letterhead, decision, recipients, signature, programme parts I-III;
tasks(): the 18 numbered activities of part II (1.1-1.4, 2.1-2.10, 3.1-3.4) with their group, paragraphs and the
"Cơ quan thực hiện" / "Thời gian thực hiện" lines that follow them (None where a task shares the lines printed after
a later task: 1.1 with 1.2, 3.1-3.3 with 3.4); blocks(): the 14 runs of tasks closed by one lead/time pair."""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "qd435-2020-kontum.txt"
BLOB = "b0a78da92ef807269eec1efabffb02569c895887"
KEY = "qd435-2020-kontum-laodong"
NBYTES = 23571
LEAD, TIME = "Cơ quan thực hiện:", "Thời gian thực hiện:"


def text():
    return SRC.read_text(encoding="utf-8")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def flat():
    return ws(text())


def lines():
    return text().split("\n")


def _cut(s, sep):
    i = s.index(sep)
    return s[:i].strip(), s[i:].strip()


def parse():
    L = lines()
    assert len(L) == 108, len(L)
    d = {}
    assert L[0] == "Quyết định 435/QĐ-UBND năm 2020"
    d["page_title"] = L[0]
    assert L[1] == "ỦY BAN NHÂN DÂN TỈNH KON TUM -------"
    assert L[2] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------"
    l4 = L[3]
    so, rest = _cut(l4, "Kon Tum, ngày")
    place, rest = _cut(rest, "QUYẾT ĐỊNH V/V")
    title, issuer = _cut(rest[len("QUYẾT ĐỊNH "):], "ỦY BAN NHÂN DÂN TỈNH KON TUM")
    assert so == "Số: 435/QĐ-UBND" and place == "Kon Tum, ngày 04 tháng 5 năm 2020" and issuer == "ỦY BAN NHÂN DÂN TỈNH KON TUM"
    d["letterhead"] = dict(left=["ỦY BAN NHÂN DÂN", "TỈNH KON TUM"],
                           right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
                           so=so, place=place)
    d["qd"] = "QUYẾT ĐỊNH"
    d["qd_title"] = title
    d["issuer"] = issuer
    d["bases"] = L[4:8]
    assert all(x.startswith(("Căn cứ", "Thực hiện Kế hoạch")) for x in d["bases"])
    denghi, colon = _cut(L[8], "QUYẾT ĐỊNH:")
    assert denghi.startswith("Xét đề nghị") and colon == "QUYẾT ĐỊNH:"
    d["denghi"], d["qd_colon"] = denghi, colon
    assert L[9] == "Điều 1." and L[11] == "Điều 2."
    d["dieu"] = [("Điều 1.", L[10]), ("Điều 2.", L[12])]
    assert L[13] == "Nơi nhận:"
    d["recipients"] = L[14:25]
    assert all(x.startswith("- ") for x in d["recipients"]) and d["recipients"][-1] == "- Lưu VT, KGVX2."
    sig, prog = _cut(L[25], "CHƯƠNG TRÌNH HÀNH ĐỘNG")
    assert sig == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp"
    d["signature"] = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hữu Tháp"]
    ptitle, pnote = _cut(prog[len("CHƯƠNG TRÌNH HÀNH ĐỘNG "):], "(Ban hành kèm theo")
    d["ct"] = "CHƯƠNG TRÌNH HÀNH ĐỘNG"
    d["ct_title"], d["ct_note"] = ptitle, pnote
    # part I
    assert L[26] == "I. MỤC ĐÍCH, YÊU CẦU"
    d["part1"] = dict(head=L[26], items=[("1.", [L[27][3:]]), ("2.", [L[28][3:], L[29]])])
    assert L[27].startswith("1. ") and L[28].startswith("2. ")
    # part II
    assert L[30] == "II. NỘI DUNG HOẠT ĐỘNG"
    groups, tasks = [], []
    cur = None
    i = 31
    while i < 92:
        ln = L[i]
        m = re.match(r"^(\d)\. (.*?) (\1\.1\.)(?: (.*))?$", ln)
        if m:  # group heading glued to its first task number (and, for group 3, the task's first sentence)
            groups.append(dict(num=m.group(1), title=m.group(2)))
            cur = dict(num=m.group(3).rstrip("."), group=m.group(1), paras=[m.group(4)] if m.group(4) else [],
                       lead=None, time=None)
            tasks.append(cur)
        elif re.fullmatch(r"\d\.\d+\.", ln):
            cur = dict(num=ln.rstrip("."), group=groups[-1]["num"], paras=[], lead=None, time=None)
            tasks.append(cur)
        elif re.match(r"^\d\.\d+\. ", ln):
            n, rest = ln.split(" ", 1)
            cur = dict(num=n.rstrip("."), group=groups[-1]["num"], paras=[rest], lead=None, time=None)
            tasks.append(cur)
        elif ln.startswith("- " + LEAD):
            v = ln[len("- " + LEAD):].strip()
            if " -" + TIME in v:  # 2.10: the time line is glued to the lead line
                v, t = v.split(" -" + TIME)
                cur["time"] = t.strip()
            cur["lead"] = v.strip()
        elif ln.startswith(("- " + TIME, "* " + TIME)):
            cur["time"] = ln[2 + len(TIME):].strip()
        else:
            cur["paras"].append(ln)
        i += 1
    d["part2"] = dict(head=L[30], groups=groups, tasks=tasks)
    # part III
    m = re.match(r"^(III\. TỔ CHỨC THỰC HIỆN) (1\.)$", L[92])
    assert m
    items = [dict(num="1", paras=[L[93], L[94]])]
    for j in (95, 99, 101, 104):
        assert re.fullmatch(r"\d\.", L[j]), L[j]
    items.append(dict(num="2", paras=[L[96], L[97], L[98]]))
    items.append(dict(num="3", paras=[L[100]]))
    items.append(dict(num="4", paras=[L[102], L[103]]))
    items.append(dict(num="5", paras=[L[105]]))
    d["part3"] = dict(head=m.group(1), items=items)
    d["footnotes"] = [L[106], L[107]]
    assert L[106].startswith("[1] ") and L[107].startswith("[2] ")
    return d


def tasks():
    return parse()["part2"]["tasks"]


def groups():
    return parse()["part2"]["groups"]


def blocks():
    """runs of consecutive tasks of one group closed by a lead line: [[task, ...], ...]"""
    out, cur = [], []
    for t in tasks():
        cur.append(t)
        if t["lead"] is not None:
            out.append(cur)
            cur = []
    assert not cur
    return out


def task(num):
    return [t for t in tasks() if t["num"] == num][0]


def pieces():
    """every text piece of the parse (for the survival check of check.py)"""
    d = parse()
    lh = d["letterhead"]
    out = lh["left"] + lh["right"] + [lh["so"], lh["place"], d["qd"], d["qd_title"], d["issuer"], *d["bases"],
                                      d["denghi"], d["qd_colon"]]
    for a, b in d["dieu"]:
        out += [a, b]
    out += ["Nơi nhận:", *d["recipients"], *d["signature"], d["ct"], d["ct_title"], d["ct_note"], d["part1"]["head"]]
    for n, ps in d["part1"]["items"]:
        out += ps
    out.append(d["part2"]["head"])
    for g in d["part2"]["groups"]:
        out.append(g["title"])
    for t in d["part2"]["tasks"]:
        out += t["paras"] + [x for x in (t["lead"], t["time"]) if x]
    out.append(d["part3"]["head"])
    for it in d["part3"]["items"]:
        out += it["paras"]
    return out + d["footnotes"]


def check():
    raw = SRC.read_bytes()
    assert len(raw) == NBYTES, len(raw)
    T = tasks()
    assert [t["num"] for t in T] == ["1.1", "1.2", "1.3", "1.4"] + [f"2.{i}" for i in range(1, 11)] + \
        ["3.1", "3.2", "3.3", "3.4"], [t["num"] for t in T]
    assert [g["num"] for g in groups()] == ["1", "2", "3"]
    assert all(t["paras"] for t in T)
    assert [len(b) for b in blocks()] == [2, 1, 1] + [1] * 10 + [4]
    assert all(t["time"] for t in T if t["lead"])
    return True


if __name__ == "__main__":
    d = parse()
    check()
    for k in ("qd_title", "issuer", "denghi", "ct_title", "ct_note"):
        print(k, "|", d[k][:100])
    for g in groups():
        print("G", g["num"], g["title"])
    for t in tasks():
        print(t["num"], len(t["paras"]), "|", t["paras"][0][:60], "|", (t["lead"] or "-")[:60], "|", (t["time"] or "-")[:50])
