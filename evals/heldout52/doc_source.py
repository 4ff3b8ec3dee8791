"""The held-out-52 document: Nghị quyết số 100/NQ-CP ngày 06/4/2026 của Chính phủ ban hành Chương trình hành động
thực hiện Chỉ thị số 49-CT/TW về công tác phi chính phủ nước ngoài giai đoạn 2026 - 2030 (Công báo số 242, 22-04-2026,
pages 49-68), as the plain-text extraction of the gazette PDF kept in hrmaster1982-dev/phapluat-8chude-data
(see SOURCES.md). The file is used WHOLE and nothing is reworded.

The text is hard-wrapped (one PDF line per line); every page opens with the running head "CÔNG BÁO/Số 242/Ngày
22-04-2026" and its page number (asserted: 20 heads, pages 49-68); those heads and the blank lines are layout, not text.
The rest is cut into PIECES: the decision (letterhead lines, title, bases, articles, signature, the digital-signature
stamp lines), the programme (letterhead, title, parts I-III as paragraphs, part II in seven numbered sections with
lettered items) and the PHỤ LỤC task table. A paragraph is the whitespace-joined run of lines from a line that opens
with its marker ("1. ", "a) ", "Căn cứ ", "Điều n." ...) to the next marker line; the part II section titles run to
their first "a)" item.

The PHỤ LỤC's cells are not marked in the text: the extraction gives, per page, the cells of a row one after another
(TT, Tên nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Kết quả/Đánh giá, Thời hạn hoàn thành), each cell wrapped over
one or more lines; a row that continues on the next page continues there with the rest of its cells, in the same
order. ROWS below gives, for every task, the cell fragments in source order as (column, last line number) -- read by
hand from the gazette PDF's text positions (the repository's PDF of the same gazette; the column of every line was
taken from its x position) and checked here: the fragments consume exactly the non-blank, non-head lines of the annex
in order, and a few cells are asserted by their text (HAND)."""
import hashlib
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "nq100-2026-cp-pcpnn.txt"
BLOB = "be7ea16d37a5001363cb04ce7e65b3ddfe9cac26"
SHA256 = "852890fb8f286f7a940a83761b70f3dc15cb1e5a7cdef758a86e48c197c54efa"
NBYTES = 50603
KEY = "nq100-2026-cp-pcpnn"
HEAD = "CÔNG BÁO/Số 242/Ngày 22-04-2026"
COLS = ("name", "lead", "partner", "result", "time")
HEADER = ["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả/Đánh giá", "Thời hạn hoàn thành"]

N, L, P, R, T = COLS
# group -> [(stt, [(column, last line number of the fragment), ...]), ...]   (line numbers 1-based)
ROWS = [
    ("I", [("1", [(N, 363), (L, 365), (P, 378), (R, 383), (T, 400)]),
           ("2", [(N, 419), (L, 421), (P, 432), (R, 435), (T, 452)]),
           ("3", [(N, 458), (L, 460), (P, 473), (R, 478), (T, 495)]),
           ("4", [(N, 500), (L, 502), (P, 508), (R, 511), (T, 515), (N, 532), (P, 537)])]),
    ("II", [("1", [(N, 552), (L, 558), (P, 567), (R, 569), (T, 571)]),
            ("2", [(N, 580), (L, 582), (P, 589), (R, 591), (T, 592)]),
            ("3", [(N, 604), (L, 606), (P, 616), (R, 620), (T, 622)]),
            ("4", [(N, 628), (L, 632), (P, 637), (R, 639), (T, 643)])]),
    ("III", [("1", [(N, 661), (L, 665), (P, 670), (R, 673), (T, 677)]),
             ("2", [(N, 683), (L, 687), (P, 692), (R, 695), (T, 699), (N, 708)]),
             ("3", [(N, 718), (L, 721), (P, 726), (R, 729), (T, 733)]),
             ("4", [(N, 744), (L, 746), (P, 751), (R, 754), (T, 758)]),
             ("5", [(N, 763), (L, 765), (P, 770), (R, 771), (T, 772)]),
             ("6", [(N, 777), (L, 779), (P, 784), (R, 787), (N, 797), (P, 800)]),
             ("7", [(N, 808), (L, 812), (P, 818), (R, 821), (T, 825)])]),
    ("IV", [("1", [(N, 847), (L, 855), (P, 865), (R, 870), (T, 871)]),
            ("2", [(N, 883), (L, 891), (P, 901), (R, 905), (T, 906)]),
            ("3", [(N, 912), (L, 914), (P, 921), (R, 925), (T, 942)]),
            ("4", [(N, 948), (L, 950), (P, 957), (R, 960), (T, 963)])]),
    ("V", [("1", [(N, 988), (L, 995), (P, 1001), (R, 1005), (T, 1006)]),
           ("2", [(N, 1018), (L, 1025), (P, 1031), (R, 1036), (T, 1037)]),
           ("3", [(N, 1050), (L, 1055), (P, 1062), (R, 1067), (T, 1083)]),
           ("4", [(N, 1095), (L, 1105), (P, 1111), (R, 1116), (T, 1117)])]),
    ("VI", [("1", [(N, 1128), (L, 1130), (P, 1134), (R, 1137), (T, 1138), (N, 1145), (P, 1149), (R, 1153)]),
            ("2", [(N, 1160), (L, 1163), (P, 1170), (R, 1174), (T, 1175)]),
            ("3", [(N, 1185), (L, 1189), (P, 1196), (R, 1206), (T, 1210)]),
            ("4", [(N, 1216), (L, 1218), (P, 1227), (R, 1231), (T, 1232)]),
            ("5", [(N, 1250), (L, 1252), (P, 1261), (R, 1265), (T, 1269)]),
            ("6", [(N, 1274), (L, 1276), (P, 1281), (R, 1284), (T, 1288)])]),
    ("VII", [("1", [(N, 1304), (L, 1312), (P, 1317), (R, 1323), (T, 1327), (N, 1335)]),
             ("2", [(N, 1343), (L, 1351), (P, 1356), (R, 1362), (T, 1366)]),
             ("3", [(N, 1377), (L, 1385), (P, 1390), (R, 1402), (T, 1403)])]),
]
# hand-checked cells (whitespace-normalised, exact)
HAND = {
    ("I", "1", "lead"): "Bộ Ngoại giao",
    ("I", "4", "partner"): "Các Bộ, ngành, địa phương, Ủy ban Công tác về các tổ chức PCPNN",
    ("II", "1", "lead"): "Bộ Nội vụ, Bộ Ngoại giao",
    ("II", "1", "time"): "Năm 2026 – 2030",
    ("II", "2", "result"): "Nghị định được ban hành",
    ("III", "6", "partner"): "Bộ Công an, Bộ Tài chính, các Bộ, ngành liên quan",
    ("III", "6", "time"): "",
    ("IV", "1", "lead"): "Các Bộ, ngành, địa phương, các tổ chức nhân dân",
    ("IV", "4", "time"): "Năm 2026- 2030",
    ("V", "4", "lead"): "Bộ Ngoại giao, Bộ Nội vụ, Ủy ban công tác phi chính phủ nước ngoài",
    ("VI", "1", "result"): "Quyết định của Thủ tướng Chính phủ kiện toàn Ủy ban công tác về các tổ chức phi chính phủ nước ngoài",
    ("VI", "2", "lead"): "UBND các tỉnh, thành phố",
    ("VII", "3", "time"): "2026 - 2030",
}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def raw():
    return SRC.read_bytes()


def text():
    return raw().decode("utf-8")


def lines():
    return text().split("\n")


def heads():
    """0-based indices of the running-head lines (the head line; the page number is the next line)"""
    ls = lines()
    return [i for i, ln in enumerate(ls) if ln.startswith(HEAD)]


def body_lines():
    """[(line number 1-based, stripped text)] of the non-blank lines that are not running heads / page numbers"""
    ls = lines()
    skip = set()
    for i in heads():
        skip.update((i, i + 1))
    return [(i + 1, ln.strip()) for i, ln in enumerate(ls) if i not in skip and ln.strip()]


def flat():
    """the whole source, whitespace-normalised (running heads included): evidence snippets must occur in it"""
    return ws(text())


START = re.compile(r"^(\d+\.\s|[a-zđ]\)\s|[IVX]+\.\s|Căn cứ |Theo đề nghị |Trên cơ sở |QUYẾT NGHỊ|Điều \d+\.|Nhằm đạt )")


def _paras(seg):
    out = []
    for _, t in seg:
        if START.match(t) or not out:
            out.append(t)
        else:
            out[-1] += " " + t
    return [ws(p) for p in out]


def _idx(bl, pred, after=0):
    for k in range(after, len(bl)):
        if pred(bl[k][1]):
            return k
    raise AssertionError("marker not found")


def parse():
    bl = body_lines()
    t = lambda k: bl[k][1]  # noqa: E731
    d = {}
    # ---------------- the decision
    k_title = _idx(bl, lambda s: s == "NGHỊ QUYẾT")
    d["letterhead"] = [t(k) for k in range(0, k_title)]
    assert d["letterhead"] == ["CHÍNH PHỦ", "Số:  100/NQ-CP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                               "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 06 tháng 4 năm 2026"], d["letterhead"]
    k_cp = _idx(bl, lambda s: s == "CHÍNH PHỦ", k_title)
    d["title"] = [t(k) for k in range(k_title, k_cp)]
    assert len(d["title"]) == 4
    k_qn = _idx(bl, lambda s: s == "QUYẾT NGHỊ:", k_cp)
    d["issuer_line"] = t(k_cp)
    d["bases"] = _paras(bl[k_cp + 1:k_qn])
    assert len(d["bases"]) == 5 and sum(b.startswith("Căn cứ") for b in d["bases"]) == 3
    k_tm = _idx(bl, lambda s: s == "TM. CHÍNH PHỦ", k_qn)
    d["resolves"] = t(k_qn)
    d["articles"] = _paras(bl[k_qn + 1:k_tm])
    assert [a[:7] for a in d["articles"]] == ["Điều 1.", "Điều 2.", "Điều 3."]
    k_ky = _idx(bl, lambda s: s.startswith("Ký bởi:"), k_tm)
    d["signature"] = [t(k) for k in range(k_tm, k_ky)]
    assert d["signature"] == ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Bùi Thanh Sơn"]
    d["stamp"] = [t(k) for k in range(k_ky, k_ky + 3)]
    assert d["stamp"][2] == "Ngày ký: 2026-04-22 16:16:54 +07:00"
    # ---------------- the programme
    k0 = k_ky + 3
    k_ct = _idx(bl, lambda s: s.startswith("CHƯƠNG TRÌNH HÀNH ĐỘNG"), k0)
    d["p_letterhead"] = [t(k) for k in range(k0, k_ct)]
    assert d["p_letterhead"] == ["CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    k_kt = _idx(bl, lambda s: s.startswith("(Kèm theo"), k_ct)
    d["p_title"] = [t(k) for k in range(k_ct, k_kt)]
    assert len(d["p_title"]) == 3
    d["p_attached"] = t(k_kt)
    k_I = _idx(bl, lambda s: s == "I. MỤC TIÊU", k_kt)
    k_II = _idx(bl, lambda s: s == "II. NHIỆM VỤ CỤ THỂ", k_I)
    k_III = _idx(bl, lambda s: s == "III. TỔ CHỨC THỰC HIỆN", k_II)
    k_PL = _idx(bl, lambda s: s == "PHỤ LỤC", k_III)
    d["part1"] = {"title": t(k_I), "items": _paras(bl[k_I + 1:k_II])}
    assert [p[:2] for p in d["part1"]["items"]] == ["1.", "2."]
    # part II: intro paragraph, then 7 sections "n. title" (title runs to the first "a)") with lettered items
    seg = bl[k_II + 1:k_III]
    ps = _paras(seg)
    intro, secs = ps[0], []
    assert intro.startswith("Nhằm đạt được mục tiêu")
    for p in ps[1:]:
        m = re.match(r"^(\d+)\.\s+(.*)$", p)
        if m:
            secs.append({"num": m.group(1), "title": p, "items": []})
        else:
            assert re.match(r"^[a-zđ]\) ", p), p
            secs[-1]["items"].append(p)
    assert [s["num"] for s in secs] == [str(i) for i in range(1, 8)]
    assert [len(s["items"]) for s in secs] == [5, 4, 7, 4, 4, 5, 3], [len(s["items"]) for s in secs]
    d["part2"] = {"title": t(k_II), "intro": intro, "sections": secs}
    d["part3"] = {"title": t(k_III), "items": _paras(bl[k_III + 1:k_PL])}
    assert [p.split(".")[0] for p in d["part3"]["items"]] == [str(i) for i in range(1, 7)]
    # ---------------- the annex
    k_TT = _idx(bl, lambda s: s == "TT", k_PL)
    d["a_title"] = [t(k) for k in range(k_PL, k_TT - 1)]
    assert len(d["a_title"]) == 4 and d["a_title"][0] == "PHỤ LỤC"
    d["a_attached"] = t(k_TT - 1)
    assert d["a_attached"].startswith("(Kèm theo Chương trình hành động")
    hdr = [t(k) for k in range(k_TT, k_TT + 11)]
    assert hdr == ["TT", "Tên nhiệm vụ", "Cơ quan", "chủ trì", "Cơ", "quan", "phối hợp", "Kết quả/Đánh giá", "Thời",
                   "hạn", "hoàn thành"], hdr
    d["header_lines"] = hdr
    k = k_TT + 11
    groups = []
    for g, tasks in ROWS:
        assert t(k) == f"{g}.", (k, t(k))
        tl = []
        k += 1
        while not re.fullmatch(r"\d+\.", t(k)):
            tl.append(t(k))
            k += 1
        grp = {"num": g, "title": ws(" ".join(tl)), "tasks": []}
        for stt, frags in tasks:
            assert t(k) == f"{stt}.", (g, stt, t(k))
            k += 1
            row = {"group": g, "stt": stt, "frags": [], **{c: "" for c in COLS}}
            for col, last in frags:
                buf = []
                while True:
                    buf.append(t(k))
                    if bl[k][0] == last:
                        break
                    assert bl[k][0] < last, (g, stt, col, last)
                    k += 1
                k += 1
                piece = ws(" ".join(buf))
                row["frags"].append((col, piece))
                row[col] = ws(row[col] + " " + piece)
            grp["tasks"].append(row)
        groups.append(grp)
    assert k == len(bl), (k, len(bl))
    d["groups"] = groups
    d["rows"] = [r for g in groups for r in g["tasks"]]
    return d


def row(g, stt):
    for r in parse()["rows"]:
        if r["group"] == g and r["stt"] == str(stt):
            return r
    raise KeyError((g, stt))


def section(num):
    return parse()["part2"]["sections"][int(num) - 1]


def stream(d=None):
    """every piece in SOURCE order (annex cells as their fragments) -- must equal the whitespace-normalised source
    without running heads"""
    d = d or parse()
    out = [*d["letterhead"], *d["title"], d["issuer_line"], *d["bases"], d["resolves"], *d["articles"],
           *d["signature"], *d["stamp"], *d["p_letterhead"], *d["p_title"], d["p_attached"],
           d["part1"]["title"], *d["part1"]["items"], d["part2"]["title"], d["part2"]["intro"]]
    for s in d["part2"]["sections"]:
        out += [s["title"], *s["items"]]
    out += [d["part3"]["title"], *d["part3"]["items"], *d["a_title"], d["a_attached"], *d["header_lines"]]
    for g in d["groups"]:
        out += [f"{g['num']}.", g["title"]]
        for r in g["tasks"]:
            out += [f"{r['stt']}.", *[p for _, p in r["frags"]]]
    return out


def pieces(d=None):
    """the text pieces every format must keep (annex cells whole, header cells joined)"""
    d = d or parse()
    out = [*d["letterhead"], *d["title"], d["issuer_line"], *d["bases"], d["resolves"], *d["articles"],
           *d["signature"], *d["stamp"], *d["p_letterhead"], *d["p_title"], d["p_attached"],
           d["part1"]["title"], *d["part1"]["items"], d["part2"]["title"], d["part2"]["intro"]]
    for s in d["part2"]["sections"]:
        out += [s["title"], *s["items"]]
    out += [d["part3"]["title"], *d["part3"]["items"], *d["a_title"], d["a_attached"], *HEADER]
    for g in d["groups"]:
        out += [g["title"]]
        for r in g["tasks"]:
            out += [r[c] for c in COLS if r[c]]
    return out


def check():
    b = raw()
    assert len(b) == NBYTES and hashlib.sha256(b).hexdigest() == SHA256
    assert hashlib.sha1(b"blob %d\0" % len(b) + b).hexdigest() == BLOB
    ls = lines()
    hs = heads()
    assert len(hs) == 20 and [int(ls[i + 1]) for i in hs] == list(range(49, 69)), [ls[i + 1] for i in hs]
    assert all(ls[i].rstrip() == HEAD for i in hs)
    d = parse()
    # nothing lost, nothing added, nothing reordered
    assert ws(" ".join(stream(d))) == ws(" ".join(t for _, t in body_lines()))
    assert len(d["groups"]) == 7 and [len(g["tasks"]) for g in d["groups"]] == [4, 4, 7, 4, 4, 6, 3]
    assert len(d["rows"]) == 32
    for (g, stt, col), v in HAND.items():
        assert row(g, stt)[col] == v, (g, stt, col, row(g, stt)[col])
    # every task has name, lead, partner and result; only III.6 has no deadline cell
    for r in d["rows"]:
        assert all(r[c] for c in ("name", "lead", "partner", "result")), r["stt"]
    assert [(r["group"], r["stt"]) for r in d["rows"] if not r["time"]] == [("III", "6")]
    # rows continued on the next page (a cell split into two fragments)
    split = [(r["group"], r["stt"]) for r in d["rows"] if len(r["frags"]) > len({c for c, _ in r["frags"]})]
    assert split == [("I", "4"), ("III", "2"), ("III", "6"), ("VI", "1"), ("VII", "1")], split
    return True


if __name__ == "__main__":
    check()
    d = parse()
    print(len(pieces(d)), "pieces;", len(d["rows"]), "tasks;", len(ws(" ".join(t for _, t in body_lines()))), "chars")
    for g in d["groups"]:
        print(g["num"], g["title"][:70])
        for r in g["tasks"]:
            print("  ", r["stt"], "|", r["lead"], "|", r["partner"][:50], "|", r["result"][:40], "|", r["time"][:40])
