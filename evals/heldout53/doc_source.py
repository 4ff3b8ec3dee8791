"""The held-out-53 document: Nghị quyết số 105/NQ-CP ngày 08/4/2026 của Chính phủ ban hành Chương trình hành động
của Chính phủ thực hiện Kết luận số 210-KL/TW ngày 12/11/2025 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục
xây dựng, hoàn thiện tổ chức bộ máy của hệ thống chính trị trong thời gian tới (Công báo số 242, 22-04-2026, pages
69-97), as the plain-text extraction of the gazette PDF kept in hrmaster1982-dev/phapluat-8chude-data (see
SOURCES.md). The file is used WHOLE and nothing is reworded.

The text is hard-wrapped (one PDF line per line). LAYOUT, not text: the 29 running heads ("CÔNG BÁO/Số 242/Ngày
22-04-2026" + the page number, asserted: pages 69-97), blank lines, the rule lines made of underscores, and the
table header of Phụ lục I that the gazette REPEATS at the top of every following page (15 repeats, each asserted equal
to the first header). The rest is cut into PIECES: the resolution (letterhead, title, bases, "QUYẾT NGHỊ:", Điều 1-3,
signature, the digital-signature stamp), the programme (letterhead, title, attachment line, an opening paragraph,
parts I-III as paragraphs), Phụ lục I (title, attachment line, the 7-column task table) and Phụ lục II (title,
attachment line, paragraphs). A paragraph is the whitespace-joined run of lines from a line that opens with a marker
("1. ", "a) ", "- ", "+ ", "Căn cứ ", "Điều n." ...) -- or from one of the unmarked paragraph openings listed in
EXTRA_STARTS -- to the next such line.

Phụ lục I's cells are not marked in the text: the extraction gives the cells of a row one after another (TT, Nội
dung công việc, Cơ quan chủ trì, Cơ quan phối hợp, Cấp trình, Sản phẩm, Thời hạn hoàn thành), each wrapped over one
or more lines; a row that continues on the next page continues there with the rest of its cells, in the same order.
ANNEX_RUNS gives, for every annex line in order, its column as runs (column, last line number) -- read from the x
positions of the text in the repository's PDF of the same gazette (every line of the .txt matched in order to the
PDF's character stream of one column) -- and is checked here: the runs consume exactly the annex lines, in order, and
cells are asserted by text (HAND). "G" marks a line holding two cells (a group numeral and its title, or a sub-task
number such as "2.1" and the start of its task text)."""
import hashlib
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "nq105-2026-cp-tcbm.txt"
BLOB = "4f48a3bc06dd95a8d23fe0fe3291a8588dbf4d11"
SHA256 = "e5e10a65395215c570ae161dc20ee1e38e2648f46be022b0fa448eb3f6a45cb4"
NBYTES = 70763
KEY = "nq105-2026-cp-tcbm"
HEAD = "CÔNG BÁO/Số 242/Ngày 22-04-2026"
COLS = ("name", "lead", "partner", "level", "product", "time")
CODE = {"N": "name", "L": "lead", "P": "partner", "C": "level", "S": "product", "T": "time"}
HEADER = ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Cấp trình", "Sản phẩm",
          "Thời hạn hoàn thành"]
ANNEX_FIRST, ANNEX_LAST = 343, 1585          # Phụ lục I (1-based line numbers, inclusive)
# unmarked paragraph openings (1-based line numbers): a line that starts a paragraph without a marker
EXTRA_STARTS = {71, 301, 1623, 1676, 1709, 1727, 1732, 1735}
ANNEX_RUNS = [
    ("TT", 351), ("N", 352), ("L", 354), ("P", 356), ("C", 357), ("S", 358), ("T", 360), ("TT", 361), ("N", 362),
    ("TT", 363), ("N", 371), ("L", 378), ("P", 382), ("C", 385), ("S", 390), ("T", 391), ("TT", 392), ("N", 400),
    ("L", 407), ("P", 412), ("C", 415), ("S", 418), ("T", 419), ("TT", 435), ("N", 436), ("TT", 437), ("N", 444),
    ("L", 446), ("P", 450), ("C", 453), ("S", 456), ("T", 457), ("TT", 458), ("N", 472), ("L", 474), ("P", 478),
    ("C", 481), ("S", 484), ("T", 487), ("TT", 488), ("N", 492), ("L", 494), ("P", 498), ("C", 501), ("S", 503),
    ("T", 504), ("N", 528), ("TT", 529), ("N", 532), ("L", 534), ("P", 538), ("C", 541), ("S", 545), ("T", 546),
    ("TT", 547), ("N", 552), ("L", 559), ("P", 560), ("C", 563), ("S", 567), ("T", 568), ("TT", 569), ("N", 574),
    ("L", 575), ("P", 581), ("C", 582), ("S", 583), ("T", 588), ("N", 609), ("P", 614), ("TT", 615), ("N", 628),
    ("L", 629), ("P", 640), ("C", 643), ("S", 648), ("T", 649), ("TT", 650), ("N", 656), ("L", 661), ("P", 665),
    ("C", 668), ("S", 674), ("T", 675), ("N", 694), ("L", 696), ("G", 697), ("TT", 698), ("N", 713), ("L", 720),
    ("P", 724), ("C", 727), ("S", 734), ("T", 735), ("TT", 736), ("N", 741), ("L", 745), ("P", 750), ("C", 753),
    ("S", 758), ("T", 759), ("N", 784), ("L", 786), ("S", 795), ("G", 796), ("N", 799), ("L", 800), ("P", 808),
    ("C", 811), ("S", 812), ("T", 813), ("G", 814), ("N", 818), ("L", 821), ("P", 829), ("C", 832), ("S", 833),
    ("T", 834), ("G", 850), ("N", 875), ("L", 877), ("P", 885), ("C", 888), ("S", 893), ("T", 894), ("N", 913),
    ("G", 914), ("N", 935), ("L", 936), ("P", 944), ("C", 947), ("S", 951), ("T", 952), ("N", 975), ("TT", 976),
    ("N", 990), ("L", 992), ("P", 996), ("C", 999), ("S", 1003), ("T", 1004), ("TT", 1005), ("N", 1009), ("L", 1013),
    ("P", 1017), ("C", 1020), ("S", 1024), ("T", 1028), ("N", 1051), ("L", 1054), ("S", 1057), ("T", 1065),
    ("TT", 1066), ("N", 1071), ("L", 1078), ("P", 1082), ("C", 1085), ("S", 1089), ("T", 1090), ("TT", 1091),
    ("N", 1097), ("L", 1098), ("P", 1101), ("C", 1102), ("S", 1105), ("T", 1112), ("TT", 1113), ("N", 1117),
    ("L", 1119), ("P", 1123), ("C", 1125), ("S", 1126), ("T", 1127), ("P", 1146), ("TT", 1147), ("N", 1152),
    ("L", 1153), ("P", 1156), ("C", 1157), ("S", 1158), ("T", 1159), ("TT", 1160), ("N", 1166), ("L", 1167),
    ("P", 1172), ("C", 1175), ("S", 1176), ("T", 1177), ("G", 1178), ("TT", 1179), ("N", 1188), ("L", 1195),
    ("P", 1199), ("C", 1202), ("S", 1206), ("T", 1207), ("N", 1229), ("TT", 1230), ("N", 1236), ("L", 1243),
    ("P", 1247), ("C", 1255), ("S", 1258), ("T", 1268), ("TT", 1269), ("N", 1279), ("L", 1286), ("P", 1290),
    ("C", 1293), ("S", 1295), ("T", 1296), ("N", 1315), ("TT", 1316), ("N", 1323), ("L", 1324), ("P", 1330),
    ("C", 1332), ("S", 1334), ("T", 1345), ("TT", 1346), ("N", 1349), ("L", 1350), ("P", 1356), ("C", 1357),
    ("S", 1358), ("T", 1359), ("TT", 1360), ("N", 1364), ("L", 1365), ("P", 1373), ("C", 1374), ("S", 1375),
    ("T", 1406), ("TT", 1407), ("N", 1413), ("L", 1416), ("P", 1424), ("C", 1427), ("S", 1429), ("T", 1433),
    ("TT", 1434), ("N", 1438), ("L", 1445), ("P", 1449), ("C", 1452), ("S", 1455), ("T", 1456), ("TT", 1457),
    ("N", 1461), ("L", 1462), ("P", 1466), ("C", 1468), ("S", 1469), ("T", 1470), ("P", 1489), ("TT", 1490),
    ("N", 1491), ("TT", 1492), ("N", 1513), ("L", 1520), ("P", 1524), ("C", 1527), ("S", 1531), ("T", 1535),
    ("TT", 1551), ("N", 1558), ("L", 1565), ("P", 1569), ("C", 1572), ("S", 1575), ("T", 1579),
]

# hand-checked cells (whitespace-normalised, exact)
HAND = {
    ("I", "1", "lead"): "Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    ("I", "1", "time"): "Thường xuyên",
    ("I", "2", "partner"): "Bộ Nội vụ; các bộ, ngành, cơ quan liên quan",
    ("I", "2", "product"): "Quyết định biểu dương, khen thưởng",
    ("III", "2.1", "lead"): "Bộ Nội vụ",
    ("III", "2.1", "product"): "Báo cáo",
    ("III", "2.2", "lead"): "Các bộ quản lý ngành, lĩnh vực",
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
    """0-based indices of the running-head lines (the page number is the next line)"""
    return [i for i, ln in enumerate(lines()) if ln.startswith(HEAD)]


RULE = re.compile(r"^_{5,}$")


def _header_at(ls, i):
    """number of lines of a repeated table header starting at 0-based line i (0 if none)"""
    want = ["TT", "Nội dung công việc", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Cấp trình", "Sản phẩm",
            "Thời hạn", "hoàn thành"]
    got = [ls[j].strip() for j in range(i, min(i + 10, len(ls)))]
    return 10 if got == want else 0


def layout():
    """0-based indices of the layout lines: running heads + page numbers, rule lines, repeated table headers"""
    ls = lines()
    skip = set()
    for i in heads():
        skip.update((i, i + 1))
    for i, ln in enumerate(ls):
        if RULE.match(ln.strip()):
            skip.add(i)
    first = True
    for i in range(ANNEX_FIRST - 1, ANNEX_LAST):
        n = _header_at(ls, i)
        if n:
            if first:
                first = False
            else:
                skip.update(range(i, i + n))
    return skip


def body_lines():
    """[(line number 1-based, stripped text)] of the non-blank lines that are not layout"""
    skip = layout()
    return [(i + 1, ln.strip()) for i, ln in enumerate(lines()) if i not in skip and ln.strip()]


def flat():
    """the whole source, whitespace-normalised (layout included): evidence snippets must occur in it"""
    return ws(text())


START = re.compile(r"^(\d+\.\s|[a-zđ]\)\s|[IVX]+\.\s|- |\+ |Căn cứ |Thực hiện Kết luận |Theo đề nghị |Trên cơ sở "
                   r"|QUYẾT NGHỊ|Điều \d+\.)")


def _paras(seg):
    out = []
    for no, t in seg:
        if START.match(t) or no in EXTRA_STARTS or not out:
            out.append(t)
        else:
            out[-1] += " " + t
    return [ws(p) for p in out]


def _idx(bl, pred, after=0):
    for k in range(after, len(bl)):
        if pred(bl[k][1]):
            return k
    raise AssertionError("marker not found")


def kind(p):
    """the kind of a body paragraph (for layout): part / section / item / dash / plus / plain"""
    if re.match(r"^[IVX]+\.\s", p):
        return "part"
    if re.match(r"^\d+\.\s", p):
        return "section"
    if re.match(r"^[a-zđ]\)\s", p):
        return "item"
    if p.startswith("- "):
        return "dash"
    if p.startswith("+ "):
        return "plus"
    return "plain"


def _annex(bl, k):
    """parse Phụ lục I's table from body-line index k (the first header line); returns (header_lines, groups, k)"""
    runs = list(ANNEX_RUNS)
    no = lambda j: bl[j][0]  # noqa: E731
    # header: the first 7 runs
    hdr = []
    for col, last in runs[:7]:
        buf = []
        while True:
            buf.append(bl[k][1])
            if no(k) == last:
                break
            k += 1
        k += 1
        hdr.append(ws(" ".join(buf)))
    assert hdr == HEADER, hdr
    groups, row = [], None
    for col, last in runs[7:]:
        buf = []
        while True:
            assert no(k) <= last, (col, last, no(k))
            buf.append(bl[k][1])
            if no(k) == last:
                break
            k += 1
        k += 1
        piece = ws(" ".join(buf))
        if col == "TT" or col == "G":
            if col == "G":
                m = re.match(r"^([IVX]+|\d+\.\d+)\s+(.*)$", piece)
                num, rest = m.group(1), m.group(2)
            else:
                num, rest = piece, None
            if re.fullmatch(r"[IVX]+", num):
                groups.append({"num": num, "title": rest or "", "tasks": []})
                row = None
                continue
            row = {"group": groups[-1]["num"], "stt": num, "frags": [], **{c: "" for c in COLS}}
            groups[-1]["tasks"].append(row)
            if rest:
                row["frags"].append(("name", rest))
                row["name"] = rest
            continue
        c = CODE[col]
        if row is None:                       # the group title (one N run after the numeral)
            assert c == "name" and not groups[-1]["title"], piece
            groups[-1]["title"] = piece
            continue
        row["frags"].append((c, piece))
        row[c] = ws(row[c] + " " + piece)
    return hdr, groups, k


def parse():
    bl = body_lines()
    t = lambda k: bl[k][1]  # noqa: E731
    d = {}
    # ---------------- the resolution
    k_title = _idx(bl, lambda s: s == "NGHỊ QUYẾT")
    d["letterhead"] = [t(k) for k in range(0, k_title)]
    assert d["letterhead"] == ["CHÍNH PHỦ", "Số:  105/NQ-CP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                               "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 08 tháng 4 năm 2026"], d["letterhead"]
    k_cp = _idx(bl, lambda s: s == "CHÍNH PHỦ", k_title)
    d["title"] = [t(k) for k in range(k_title, k_cp)]
    assert len(d["title"]) == 5
    k_qn = _idx(bl, lambda s: s == "QUYẾT NGHỊ:", k_cp)
    d["issuer_line"] = t(k_cp)
    d["bases"] = _paras(bl[k_cp + 1:k_qn])
    assert len(d["bases"]) == 5 and sum(b.startswith("Căn cứ") for b in d["bases"]) == 2
    k_tm = _idx(bl, lambda s: s == "TM. CHÍNH PHỦ", k_qn)
    d["resolves"] = t(k_qn)
    d["articles"] = _paras(bl[k_qn + 1:k_tm])
    assert [a[:7] for a in d["articles"]] == ["Điều 1.", "Điều 2.", "Điều 3."]
    k_ky = _idx(bl, lambda s: s.startswith("Ký bởi:"), k_tm)
    d["signature"] = [t(k) for k in range(k_tm, k_ky)]
    assert d["signature"] == ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Phạm Thị Thanh Trà"]
    d["stamp"] = [t(k) for k in range(k_ky, k_ky + 3)]
    assert d["stamp"][2] == "Ngày ký: 2026-04-22 16:11:18 +07:00"
    # ---------------- the programme
    k0 = k_ky + 3
    k_ct = _idx(bl, lambda s: s == "CHƯƠNG TRÌNH", k0)
    d["p_letterhead"] = [t(k) for k in range(k0, k_ct)]
    assert d["p_letterhead"] == ["CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    k_kt = _idx(bl, lambda s: s.startswith("(Kèm theo"), k_ct)
    d["p_title"] = [t(k) for k in range(k_ct, k_kt)]
    assert len(d["p_title"]) == 4
    d["p_attached"] = ws(t(k_kt) + " " + t(k_kt + 1))
    assert d["p_attached"].endswith("của Chính phủ)")
    k_I = _idx(bl, lambda s: s == "I. MỤC ĐÍCH, YÊU CẦU", k_kt)
    d["p_intro"] = _paras(bl[k_kt + 2:k_I])
    assert len(d["p_intro"]) == 1 and d["p_intro"][0].startswith("Căn cứ Kết luận")
    k_II = _idx(bl, lambda s: s == "II. NHIỆM VỤ, GIẢI PHÁP", k_I)
    k_III = _idx(bl, lambda s: s == "III. TỔ CHỨC THỰC HIỆN", k_II)
    k_PL1 = _idx(bl, lambda s: s == "Phụ lục I", k_III)
    parts = []
    for a, b in ((k_I, k_II), (k_II, k_III), (k_III, k_PL1)):
        parts.append({"title": t(a), "paras": _paras(bl[a + 1:b])})
    d["parts"] = parts
    # sections of part II
    secs = [p for p in parts[1]["paras"] if kind(p) == "section"]
    assert [s.split(".")[0] for s in secs] == ["1", "2", "3", "4", "5"], secs
    # ---------------- Phụ lục I
    k_TT = _idx(bl, lambda s: s == "TT", k_PL1)
    d["a1_title"] = [t(k) for k in range(k_PL1, k_TT - 2)]
    assert len(d["a1_title"]) == 4 and d["a1_title"][0] == "Phụ lục I"
    d["a1_attached"] = ws(t(k_TT - 2) + " " + t(k_TT - 1))
    assert d["a1_attached"].startswith("(Kèm theo Chương trình hành động")
    hdr, groups, k = _annex(bl, k_TT)
    d["groups"] = groups
    d["rows"] = [r for g in groups for r in g["tasks"]]
    # ---------------- Phụ lục II
    assert t(k) == "Phụ lục II", t(k)
    d["a2_title"] = [t(k), t(k + 1), t(k + 2)]
    d["a2_attached"] = ws(t(k + 3) + " " + t(k + 4))
    assert d["a2_attached"].startswith("(Kèm theo") and d["a2_attached"].endswith("của Chính phủ)")
    d["a2_paras"] = _paras(bl[k + 5:])
    return d


def row(g, stt):
    for r in parse()["rows"]:
        if r["group"] == g and r["stt"] == str(stt):
            return r
    raise KeyError((g, stt))


def stream(d=None):
    """every piece in SOURCE order (annex cells as their fragments) -- must equal the whitespace-normalised source
    without its layout lines"""
    d = d or parse()
    out = [*d["letterhead"], *d["title"], d["issuer_line"], *d["bases"], d["resolves"], *d["articles"],
           *d["signature"], *d["stamp"], *d["p_letterhead"], *d["p_title"], d["p_attached"], *d["p_intro"]]
    for p in d["parts"]:
        out += [p["title"], *p["paras"]]
    out += [*d["a1_title"], d["a1_attached"], *HEADER]
    for g in d["groups"]:
        out += [f"{g['num']} {g['title']}"]
        for r in g["tasks"]:
            out += [r["stt"], *[p for _, p in r["frags"]]]
    out += [*d["a2_title"], d["a2_attached"], *d["a2_paras"]]
    return out


def pieces(d=None):
    """the text pieces every format must keep (annex cells whole)"""
    d = d or parse()
    out = [*d["letterhead"], *d["title"], d["issuer_line"], *d["bases"], d["resolves"], *d["articles"],
           *d["signature"], *d["stamp"], *d["p_letterhead"], *d["p_title"], d["p_attached"], *d["p_intro"]]
    for p in d["parts"]:
        out += [p["title"], *p["paras"]]
    out += [*d["a1_title"], d["a1_attached"], *HEADER]
    for g in d["groups"]:
        out += [g["title"]]
        for r in g["tasks"]:
            out += [r[c] for c in COLS if r[c]]
    out += [*d["a2_title"], d["a2_attached"], *d["a2_paras"]]
    return out


def check():
    b = raw()
    assert len(b) == NBYTES and hashlib.sha256(b).hexdigest() == SHA256
    assert hashlib.sha1(b"blob %d\0" % len(b) + b).hexdigest() == BLOB
    ls = lines()
    hs = heads()
    assert len(hs) == 29 and [int(ls[i + 1]) for i in hs] == list(range(69, 98)), [ls[i + 1] for i in hs]
    assert all(ls[i].rstrip() == HEAD for i in hs)
    reps = [i for i in range(ANNEX_FIRST - 1, ANNEX_LAST) if _header_at(ls, i)]
    assert len(reps) == 16, len(reps)             # the header + 15 repeats
    d = parse()
    # nothing lost, nothing added, nothing reordered
    assert ws(" ".join(stream(d))) == ws(" ".join(t for _, t in body_lines()))
    assert [g["num"] for g in d["groups"]] == ["I", "II", "III", "IV", "V"]
    assert [len(g["tasks"]) for g in d["groups"]] == [2, 8, 13, 9, 2], [len(g["tasks"]) for g in d["groups"]]
    assert len(d["rows"]) == 34
    for (g, stt, col), v in HAND.items():
        assert row(g, stt)[col] == v, (g, stt, col, row(g, stt)[col])
    for r in d["rows"]:
        assert all(r[c] for c in COLS), (r["group"], r["stt"], [c for c in COLS if not r[c]])
    return True


if __name__ == "__main__":
    check()
    d = parse()
    print(len(pieces(d)), "pieces;", len(d["rows"]), "rows;", len(ws(" ".join(t for _, t in body_lines()))), "chars")
    for g in d["groups"]:
        print(g["num"], g["title"][:90])
        for r in g["tasks"]:
            print("  ", r["stt"], "|", r["name"][:50], "|", r["lead"][:40], "|", r["partner"][:40], "|", r["level"],
                  "|", r["product"][:40], "|", r["time"][:50])
