"""The held-out-51 document: the Kế hoạch "Cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng" of the Chủ tịch Ủy ban
nhân dân tỉnh Lâm Đồng (KT. Chủ tịch, Phó Chủ tịch Nguyễn Ngọc Phúc; "Số:           /KH-UBND", "Lâm Đồng, ngày
tháng 12 năm 2025" -- number and day left blank in the Word file), with its PHỤ LỤC "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI
CÁCH HÀNH CHÍNH NĂM 2026": ONE table STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì thực hiện | Phối hợp
thực hiện | Theo dõi, kiểm tra, đôn đốc with 49 tasks in 7 roman-numbered groups (4, 12, 5, 4, 6, 11, 7); three tasks
of group VII have two product rows (their STT and Nhiệm vụ cells merged vertically, w:vMerge) and in three rows the
lead and partner cells are ONE cell spanning both columns (w:gridSpan 2: "Theo phân công tại ..."). Sector:
administrative reform (cải cách hành chính). Verbatim copy in source/ (the Word file itself, byte for byte).

The copy is the .docx kept in github.com/vpubnd49/VBAI (see SOURCES.md). text() renders it as Word shows it: every
body paragraph in order, a numbered paragraph with the label its numbering.xml definition gives (numId 39: decimal
"%1." -> "1." ... "7." for the seven reform areas of part I; numId 2 and 31: lowerLetter "%1)" -> "a)" "b)" "c)" for
the items of part II; asserted), tables row by row, cell by cell, paragraph by paragraph. Nothing else is derived: the
label is the only text not stored in w:t elements. Empty paragraphs and the page break are not text.

flat(): the rendered text whitespace-joined (evidence snippets are checked verbatim against it);
parse(): dict with letterhead, title, bases, intro, part I (7 sections), part II, signature block, annex;
rows(): the 49 annex tasks (dicts with group, stt, name, subs = list of product rows with product, time, lead, partner,
monitor and span = True where lead and partner are one merged cell)."""
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "kh-cchc-2026-lamdong.docx"
BLOB = "f0bcec4359bdca3185e87a08abc4610d197b60c3"
KEY = "kh-cchc-2026-lamdong"
NBYTES = 66044
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
COLS = ["STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện", "Phối hợp thực hiện",
        "Theo dõi, kiểm tra, đôn đốc"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]
GROUP_SIZES = [4, 12, 5, 4, 6, 11, 7]
NUMFMT = {"39": ("decimal", "%1."), "2": ("lowerLetter", "%1)"), "31": ("lowerLetter", "%1)")}
_CACHE = {}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def _xml():
    if "xml" not in _CACHE:
        from lxml import etree
        z = zipfile.ZipFile(SRC)
        _CACHE["xml"] = (etree.fromstring(z.read("word/document.xml")), etree.fromstring(z.read("word/numbering.xml")))
    return _CACHE["xml"]


def _ptext(p):
    return "".join(x.text or "" for x in p.iter(W + "t"))


def _numbering():
    """numId -> (numFmt, lvlText, start) of level 0, asserted against NUMFMT"""
    _, num = _xml()
    absn = {a.get(W + "abstractNumId"): a for a in num.findall(W + "abstractNum")}
    out = {}
    for n in num.findall(W + "num"):
        nid = n.get(W + "numId")
        if nid not in NUMFMT:
            continue
        assert n.find(W + "lvlOverride") is None, nid
        a = absn[n.find(W + "abstractNumId").get(W + "val")]
        lvl = [x for x in a.findall(W + "lvl") if x.get(W + "ilvl") == "0"][0]
        fmt = lvl.find(W + "numFmt").get(W + "val")
        txt = lvl.find(W + "lvlText").get(W + "val")
        start = int(lvl.find(W + "start").get(W + "val"))
        assert (fmt, txt) == NUMFMT[nid] and start == 1, (nid, fmt, txt, start)
        assert lvl.find(W + "suff").get(W + "val") == "space", nid
        out[nid] = (fmt, txt)
    assert set(out) == set(NUMFMT), out
    return out


LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _body():
    """[(kind, payload)]: ('p', rendered paragraph text) or ('tbl', element), numbering labels applied"""
    if "body" in _CACHE:
        return _CACHE["body"]
    doc, _ = _xml()
    fmts = _numbering()
    count = {}
    out = []
    for el in doc.find(W + "body"):
        if el.tag == W + "p":
            t = _ptext(el)
            np_ = el.find(f"{W}pPr/{W}numPr")
            if np_ is not None:
                nid = np_.find(W + "numId").get(W + "val")
                assert np_.find(W + "ilvl").get(W + "val") == "0"
                count[nid] = count.get(nid, 0) + 1
                fmt, txt = fmts[nid]
                k = count[nid]
                lab = txt.replace("%1", str(k) if fmt == "decimal" else LETTERS[k - 1])
                t = f"{lab} {t}"
            out.append(("p", t))
        elif el.tag == W + "tbl":
            out.append(("tbl", el))
    assert count == {"39": 7, "2": 3, "31": 2}, count
    _CACHE["body"] = out
    return out


def _cells(tr):
    """the w:tc of a row as (paragraph texts, gridSpan, vMerge value or None)"""
    res = []
    for tc in tr.findall(W + "tc"):
        pr = tc.find(W + "tcPr")
        gs = pr.find(W + "gridSpan") if pr is not None else None
        vm = pr.find(W + "vMerge") if pr is not None else None
        res.append(([_ptext(p) for p in tc.findall(W + "p")], int(gs.get(W + "val")) if gs is not None else 1,
                    (vm.get(W + "val") or "continue") if vm is not None else None))
    return res


def text():
    """the rendered source text: paragraphs, then table rows cell by cell, one line per paragraph"""
    lines = []
    for kind, x in _body():
        if kind == "p":
            lines.append(x)
        else:
            for tr in x.findall(W + "tr"):
                for ps, _, _ in _cells(tr):
                    lines.extend(ps)
    return "\n".join(lines)


def flat():
    return ws(text())


def parse():
    if "parse" in _CACHE:
        return _CACHE["parse"]
    B = _body()
    P = [(i, x) for i, (k, x) in enumerate(B) if k == "p" and x.strip()]
    T = [x for k, x in B if k == "tbl"]
    assert len(T) == 3
    d = {}
    # letterhead (table 1: 2 rows x 2 cells)
    (l0, r0), (l1, r1) = [[c[0] for c in _cells(tr)] for tr in T[0].findall(W + "tr")]
    d["letterhead"] = dict(left=l0, right=r0, so=l1[0], place=r1[0])
    assert l0 == ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"] and r0 == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                                 "Độc lập - Tự do - Hạnh phúc"]
    assert ws(l1[0]) == "Số: /KH-UBND" and ws(r1[0]) == "Lâm Đồng, ngày tháng 12 năm 2025", (l1, r1)
    txt = [x for _, x in P]
    k = 0

    def take(pred=None):
        nonlocal k
        x = txt[k]
        if pred is not None:
            assert pred(x), (k, x[:60])
        k += 1
        return x

    d["kh"] = take(lambda x: x == "KẾ HOẠCH")
    d["title"] = take(lambda x: x == "Cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng")
    d["bases"] = [take(lambda x: x.startswith("Căn cứ")) for _ in range(3)]
    d["intro"] = take(lambda x: x.startswith("Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng ban hành"))
    d["p1_head"] = take(lambda x: x == "I. MỤC TIÊU, NHIỆM VỤ")
    secs = []
    for n in range(1, 8):
        title = take(lambda x: x.startswith(f"{n}. "))
        s = dict(num=str(n), title=title[len(f"{n}. "):], goals=[], tasks=[], items=[])
        if n < 7:
            s["goals_head"] = take(lambda x: x == "a) Mục tiêu")
            while txt[k].startswith("- "):
                s["goals"].append(take())
            s["tasks_head"] = take(lambda x: x == "b) Nhiệm vụ")
            while txt[k].startswith("- "):
                s["tasks"].append(take())
        else:
            for let in "abcdđeg":
                s["items"].append(take(lambda x, let=let: x.startswith(f"{let}) ")))
        secs.append(s)
    d["sections"] = secs
    d["note"] = take(lambda x: x == "(Phân công nhiệm vụ theo Phụ lục đính kèm)")
    d["p2_head"] = take(lambda x: x == "II. TỔ CHỨC THỰC HIỆN")
    p2 = []
    for n, head, m in ((1, "1. Công tác triển khai", "abc"), (2, "2. Kinh phí thực hiện", "ab")):
        h = take(lambda x, head=head: x == head)
        p2.append(dict(head=h, items=[take(lambda x, let=let: x.startswith(f"{let}) ")) for let in m]))
    d["p2"] = p2
    # Nơi nhận + signature (table 2: one row, two cells)
    (nn, _, _), (sg, _, _) = _cells(T[1].findall(W + "tr")[0])
    d["noi_nhan"] = [x for x in nn if x.strip()]
    d["sign"] = [x for x in sg if x.strip()]
    assert d["noi_nhan"][0] == "Nơi nhận:" and len(d["noi_nhan"]) == 14, d["noi_nhan"]
    assert d["sign"] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Ngọc Phúc"], d["sign"]
    d["pl"] = take(lambda x: x == "PHỤ LỤC")
    d["pl_title"] = take(lambda x: x == "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026")
    d["pl_note"] = take(lambda x: x.startswith("(Ban hành kèm theo Kế hoạch số"))
    assert ws(d["pl_note"]) == "(Ban hành kèm theo Kế hoạch số /KH-UBND ngày /12/2025 của Chủ tịch UBND tỉnh Lâm Đồng)"
    assert k == len(txt), (k, len(txt))
    # the paragraphs come in this order around the two tables: letterhead table first, signature table after part II,
    # annex table last
    order = [k_ for k_, x in B if k_ == "tbl" or (k_ == "p" and x.strip())]
    ti = [i for i, k_ in enumerate(order) if k_ == "tbl"]
    assert ti == [0, ti[1], len(order) - 1] and order[ti[1] - 1] == "p"
    # annex
    trs = T[2].findall(W + "tr")
    hdr = [c[0][0] for c in _cells(trs[0])]
    assert hdr == COLS, hdr
    groups, rows = [], []
    cur = None
    for tr in trs[1:]:
        cs = _cells(tr)
        vals = [ws(" ".join(c[0])) for c in cs]
        if vals[0] in ROMAN:
            assert all(v == "" for v in vals[2:]) and len(cs) == 7, vals
            groups.append(dict(num=vals[0], title=cs[1][0][0]))
            continue
        if cs[0][2] == "continue":  # second product row of a task (STT and Nhiệm vụ merged with the row above)
            assert cs[1][2] == "continue" and vals[0] == vals[1] == "" and len(cs) == 7
            cur["subs"].append(_sub(cs[2:]))
            continue
        assert vals[0].isdigit(), vals
        cur = dict(group=groups[-1]["num"], stt=vals[0], name=cs[1][0][0], subs=[_sub(cs[2:])],
                   merged=cs[0][2] == "restart")
        assert len(cs[1][0]) == 1
        rows.append(cur)
    d["cols"] = hdr
    d["groups"] = groups
    d["rows"] = rows
    assert [g["num"] for g in groups] == ROMAN
    assert [sum(1 for r in rows if r["group"] == g) for g in ROMAN] == GROUP_SIZES
    for g in ROMAN:
        assert [r["stt"] for r in rows if r["group"] == g] == [str(i) for i in range(1, GROUP_SIZES[ROMAN.index(g)] + 1)]
    assert sum(len(r["subs"]) for r in rows) == 52
    assert [(r["group"], r["stt"]) for r in rows if len(r["subs"]) == 2] == [("VII", "2"), ("VII", "3"), ("VII", "5")]
    assert [(r["group"], r["stt"]) for r in rows if r["subs"][0]["span"]] == [("II", "5"), ("III", "3"), ("VI", "7")]
    _CACHE["parse"] = d
    return d


def _sub(cs):
    """the cells after STT and Nhiệm vụ: product, time, lead, partner, monitor (lead = partner cell when spanned)"""
    spans = [c[1] for c in cs]
    vals = [c[0][0] if len(c[0]) == 1 else "\n".join(c[0]) for c in cs]
    assert all(len(c[0]) == 1 for c in cs)
    if spans == [1, 1, 1, 1, 1]:
        p, t, l, pa, m = vals
        return dict(product=p, time=t, lead=l, partner=pa, monitor=m, span=False)
    assert spans == [1, 1, 2, 1], spans
    p, t, lp, m = vals
    return dict(product=p, time=t, lead=lp, partner=lp, monitor=m, span=True)


def rows():
    return parse()["rows"]


def row(g, n):
    r = [x for x in rows() if x["group"] == g and x["stt"] == str(n)]
    assert len(r) == 1, (g, n)
    return r[0]


def section(num):
    return parse()["sections"][int(num) - 1]


def pieces():
    """every non-empty paragraph of the rendered source (body, letterhead, signature, annex cells), in order"""
    return [ws(x) for x in text().split("\n") if x.strip()]


def check():
    raw = SRC.read_bytes()
    assert len(raw) == NBYTES, len(raw)
    d = parse()
    # every piece of the parse is a piece of the rendered text, in order
    pcs = pieces()
    mine = [ws(x) for x in d["letterhead"]["left"] + d["letterhead"]["right"] + [d["letterhead"]["so"],
                                                                                   d["letterhead"]["place"]]]
    mine += [d["kh"], d["title"], *d["bases"], d["intro"], d["p1_head"]]
    for s in d["sections"]:
        mine.append(f"{s['num']}. {s['title']}")
        if s["num"] != "7":
            mine += [s["goals_head"], *s["goals"], s["tasks_head"], *s["tasks"]]
        else:
            mine += s["items"]
    mine += [d["note"], d["p2_head"]]
    for x in d["p2"]:
        mine += [x["head"], *x["items"]]
    mine += d["noi_nhan"] + d["sign"] + [d["pl"], d["pl_title"], d["pl_note"]] + d["cols"]
    for g in d["groups"]:
        mine += [g["num"], g["title"]]
        for r in d["rows"]:
            if r["group"] != g["num"]:
                continue
            mine += [r["stt"], r["name"]]
            for s in r["subs"]:
                mine += [s["product"], s["time"], s["lead"]] + ([] if s["span"] else [s["partner"]]) + [s["monitor"]]
    mine = [ws(x) for x in mine if ws(x)]
    assert mine == pcs, next((i, a, b) for i, (a, b) in enumerate(zip(mine, pcs)) if a != b)
    assert len(flat()) > 40000
    return True


if __name__ == "__main__":
    check()
    d = parse()
    print(len(text()), len(flat()), len(pieces()), len(d["rows"]), [len(s["goals"]) for s in d["sections"]],
          [len(s["tasks"]) for s in d["sections"]])
