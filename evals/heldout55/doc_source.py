"""The held-out-55 document: Quyết định số 982/QĐ-TTg ngày 04/6/2026 của Thủ tướng Chính phủ phê duyệt Đề án hỗ trợ,
phát triển các doanh nghiệp công nghệ số vươn ra toàn cầu đến năm 2030, tầm nhìn đến năm 2045 (Công báo số 333,
16-06-2026, pages 79-101), as the plain-text extraction of the gazette PDF kept in hrmaster1982-dev/phapluat-8chude-data
(see SOURCES.md). The file is used WHOLE and nothing is reworded.

The text is hard-wrapped (one PDF line per line). LAYOUT, not text: the 23 running heads ("CÔNG BÁO/Số 333/Ngày
16-06-2026" + the page number, asserted: pages 79-101), blank (or all-space) lines, and the 9-line table header of the
Phụ lục that the gazette REPEATS at the top of every following page (10 repeats, each asserted equal to the first). The
rest is cut into PIECES: the letterhead lines, the title, the bases, "QUYẾT ĐỊNH:", Điều 1-3 as paragraphs (a paragraph
is the whitespace-joined run of lines from a line that opens with a marker -- "Điều n.", "I. ", "1. ", "a) ", "- ",
"Ký bởi:" -- or a line listed in BREAKS, to the next such line), the signature lines, the gazette's digital-signature
stamp (3 lines, printed at the foot of the first page), and the Phụ lục (label, title, attachment line, the 6-column
table TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian thực hiện).

The table's cells are not marked in the text: the extraction gives the cells of a row one after another, each wrapped
over one or more lines. ANNEX_RUNS gives, for every annex line in order, its column as runs (code, last line number),
read from the repository's PDF of the same gazette (pdfplumber's table extraction of pages 91-101; every line of the
.txt matched, in order, to one line of one cell) and checked here against the .txt alone. Codes: H header (the first
one is text, the repeats are layout), TT / N / L / P / S / T the six columns, G a line holding the group numeral AND the
group title ("2. Đẩy mạnh …"), lower-case n / l / p / s / t the cells of a PDF row whose TT cell is empty: the
continuation of a task split by a page break (right after a repeated header)."""
import hashlib
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEY = "qd982-2026-ttg-cnso"
SRC = HERE / "source" / f"{KEY}.txt"
BLOB = "c7c0dfdc8856e8b8298a94ddc6f7ff6cac74cba1"
SHA256 = "1bf117ba152e54782f442a10be8136c016685724f7cc7d69c63f1482b7935375"
NBYTES = 52739
HEAD = "CÔNG BÁO/Số 333/Ngày 16-06-2026"
HEADER = ["TT", "Nhiệm vụ, giải pháp", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Sản phẩm", "Thời gian",
          "thực hiện"]
HEADER_CELLS = ["TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian thực hiện"]
ANNEX_FIRST, ANNEX_LAST = 468, 1265     # the table (1-based, inclusive)
# front matter: (kind, first line, last line) -- one piece each
FRONT = [("org", 5, 5), ("qh", 7, 7), ("tn", 8, 8), ("so", 10, 10), ("date", 11, 11), ("title", 13, 13),
         ("subtitle", 14, 15), ("issuer", 18, 18), ("base", 19, 20), ("base", 21, 21), ("base", 22, 24),
         ("base", 25, 26), ("base", 27, 35), ("base", 36, 38), ("decide", 39, 39)]
BODY_FIRST, BODY_LAST = 40, 450
SIGN = [451, 452, 455]
STAMP = (43, 45)
APPX = [("label", 462, 462), ("atitle", 463, 464), ("attach", 465, 465)]
BREAKS = {76, 385}   # unmarked paragraphs after a heading line ("1. Mục tiêu tổng quát", "4. Bộ Ngoại giao")
MARK = re.compile(r"^(?:Điều \d+\. |[IVX]+\. |\d+\. |[a-zđ]\) |- |Ký bởi:)")
ANNEX_RUNS = [
    ("H", 476), ("TT", 477), ("N", 478), ("TT", 479), ("N", 485), ("L", 486), ("P", 491), ("S", 493), ("T", 495),
    ("TT", 496), ("N", 500), ("L", 501), ("P", 506), ("S", 508), ("T", 509), ("TT", 510), ("N", 515), ("L", 517),
    ("P", 521), ("S", 523), ("T", 524), ("TT", 525), ("N", 526), ("L", 527), ("P", 528), ("S", 529), ("T", 530),
    ("H", 544), ("n", 548), ("l", 549), ("p", 551), ("s", 553), ("TT", 554), ("N", 558), ("L", 560), ("P", 563),
    ("S", 565), ("T", 566), ("TT", 567), ("N", 578), ("L", 579), ("P", 584), ("S", 598), ("T", 599), ("TT", 600),
    ("N", 602), ("L", 603), ("P", 605), ("S", 607), ("T", 608), ("H", 622), ("n", 629), ("p", 633), ("s", 645),
    ("G", 646), ("N", 647), ("TT", 648), ("N", 652), ("L", 654), ("P", 658), ("S", 664), ("T", 666), ("TT", 667),
    ("N", 671), ("L", 673), ("P", 676), ("S", 678), ("T", 680), ("H", 694), ("TT", 695), ("N", 702), ("L", 704),
    ("P", 707), ("S", 709), ("T", 711), ("TT", 712), ("N", 717), ("L", 719), ("P", 722), ("S", 724), ("T", 725),
    ("TT", 726), ("N", 736), ("L", 738), ("P", 742), ("S", 748), ("T", 749), ("TT", 750), ("N", 752), ("L", 754),
    ("P", 756), ("S", 758), ("T", 760), ("H", 774), ("n", 779), ("p", 782), ("s", 783), ("TT", 784), ("N", 790),
    ("L", 792), ("P", 798), ("S", 801), ("T", 802), ("TT", 803), ("N", 807), ("L", 809), ("P", 814), ("S", 818),
    ("T", 820), ("G", 821), ("TT", 822), ("N", 828), ("L", 830), ("P", 836), ("S", 838), ("T", 839), ("H", 853),
    ("p", 855), ("TT", 856), ("N", 860), ("L", 862), ("P", 868), ("S", 876), ("T", 878), ("TT", 879), ("N", 882),
    ("L", 883), ("P", 889), ("S", 891), ("T", 892), ("TT", 894), ("N", 902), ("L", 903), ("P", 911), ("S", 915),
    ("T", 916), ("H", 930), ("TT", 931), ("N", 937), ("L", 939), ("P", 944), ("S", 948), ("T", 949), ("G", 950),
    ("TT", 951), ("N", 955), ("L", 957), ("P", 960), ("S", 962), ("T", 963), ("TT", 964), ("N", 967), ("L", 969),
    ("P", 974), ("S", 981), ("T", 983), ("TT", 985), ("N", 988), ("L", 990), ("P", 995), ("S", 1001), ("T", 1003),
    ("H", 1017), ("TT", 1018), ("N", 1023), ("L", 1025), ("P", 1029), ("S", 1035), ("T", 1037), ("TT", 1038),
    ("N", 1043), ("L", 1045), ("P", 1049), ("S", 1058), ("T", 1060), ("TT", 1061), ("N", 1066), ("L", 1068),
    ("P", 1072), ("S", 1074), ("T", 1076), ("G", 1077), ("TT", 1078), ("N", 1081), ("L", 1083), ("P", 1086),
    ("S", 1089), ("T", 1090), ("H", 1104), ("n", 1107), ("s", 1108), ("TT", 1109), ("N", 1117), ("L", 1119),
    ("P", 1123), ("S", 1125), ("T", 1127), ("TT", 1128), ("N", 1133), ("L", 1135), ("P", 1138), ("S", 1140),
    ("T", 1142), ("TT", 1143), ("N", 1144), ("TT", 1145), ("N", 1152), ("L", 1154), ("P", 1158), ("S", 1160),
    ("T", 1161), ("H", 1175), ("n", 1181), ("TT", 1182), ("N", 1188), ("L", 1190), ("P", 1194), ("S", 1198),
    ("T", 1200), ("TT", 1201), ("N", 1208), ("L", 1210), ("P", 1214), ("S", 1216), ("T", 1217), ("TT", 1218),
    ("N", 1223), ("L", 1225), ("P", 1229), ("S", 1231), ("T", 1232), ("H", 1246), ("n", 1248), ("p", 1250),
    ("TT", 1251), ("N", 1256), ("L", 1258), ("P", 1261), ("S", 1263), ("T", 1264),
]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def raw():
    return SRC.read_bytes()


def text():
    return raw().decode("utf-8")


def lines():
    return text().split("\n")


def heads():
    return [i for i, ln in enumerate(lines()) if ln.startswith(HEAD)]


def _header_at(ls, i):
    got = [ls[j].strip() for j in range(i, min(i + len(HEADER), len(ls)))]
    return len(HEADER) if got == HEADER else 0


def header_starts():
    ls = lines()
    return [i for i in range(ANNEX_FIRST - 1, ANNEX_LAST) if _header_at(ls, i)]


def layout():
    """0-based indices of layout lines: running heads + page numbers, repeated table headers"""
    skip = set()
    for i in heads():
        skip.update((i, i + 1))
    for i in header_starts()[1:]:
        skip.update(range(i, i + len(HEADER)))
    return skip


def body_lines():
    skip = layout()
    return [(i + 1, ln.strip()) for i, ln in enumerate(lines()) if i not in skip and ln.strip()]


def flat():
    """the whole source, whitespace-normalised (layout included): evidence snippets must occur in it"""
    return ws(text())


def _span(a, b):
    return ws(" ".join(t for n, t in body_lines() if a <= n <= b))


def front():
    return [(k, _span(a, b)) for k, a, b in FRONT]


def body():
    """[(kind, text)] of Điều 1-3: kind = art / part / sec / item / dash / para; the stamp is taken out"""
    return [(k, s) for k, s, _ in body_lines_first()]


def page_of(n):
    """gazette page (79-101) of source line n (1-based)"""
    ls = lines()
    pg = None
    for i in heads():
        if i + 1 <= n:
            pg = int(ls[i + 1].strip())
    return pg


def body_lines_first():
    """[(kind, text, first line)] of Điều 1-3"""
    out, cur = [], None
    for n, t in body_lines():
        if not BODY_FIRST <= n <= BODY_LAST or STAMP[0] <= n <= STAMP[1]:
            continue
        if MARK.match(t) or n in BREAKS or cur is None:
            cur = [n, [t]]
            out.append(cur)
        else:
            cur[1].append(t)
    res = []
    for n0, ts in out:
        s = ws(" ".join(ts))
        if re.match(r"^Điều \d+\. ", s):
            k = "art"
        elif re.match(r"^[IVX]+\. ", s):
            k = "part"
        elif re.match(r"^\d+\. ", s):
            k = "sec"
        elif re.match(r"^[a-zđ]\) ", s):
            k = "item"
        elif s.startswith("- "):
            k = "dash"
        else:
            k = "para"
        res.append((k, s, n0))
    return res


def stamp():
    return [t for n, t in body_lines() if STAMP[0] <= n <= STAMP[1]]


def sign():
    d = dict(body_lines())
    return [d[n] for n in SIGN]


def appx_head():
    return [(k, _span(a, b)) for k, a, b in APPX]


def annex_lines():
    """[(code, line number, text)] of the table lines (the first header included), from ANNEX_RUNS"""
    ls = lines()
    hs = set(header_starts()[1:])
    bl = [(n, t) for n, t in body_lines() if ANNEX_FIRST <= n <= ANNEX_LAST]
    out, k, prev, nh = [], 0, ANNEX_FIRST - 1, 0
    for code, last in ANNEX_RUNS:
        assert last > prev, (code, last)
        got = 0
        while k < len(bl) and bl[k][0] <= last:
            out.append((code, bl[k][0], bl[k][1]))
            k += 1
            got += 1
        if code == "H":
            if nh == 0:
                assert got == len(HEADER) and [t for _, _, t in out[-got:]] == HEADER
            else:
                assert got == 0 and (last - len(HEADER)) in hs, (code, last)   # a repeated header: layout
                out.append(("H", last, None))
            nh += 1
        else:
            assert got, (code, last)
        if code in ("TT", "G"):
            assert got == 1, (code, last)
        prev = last
    assert k == len(bl), "annex lines not all consumed"
    assert nh == len(hs) + 1
    return out


G_RE = re.compile(r"^(\d+\.) (.+)$")
COL = {"N": "name", "L": "lead", "P": "partner", "S": "product", "T": "time"}


def rows():
    """table rows: dict(kind = group / task, group, tt, name, lead, partner, product, time, lines = the source
    lines of each cell).
    group = a "n." row with a title only (groups 1-6); task = a row with a lead agency: "1.1" … "6.3", and the two
    "n." rows 7. and 8. that are at once a group and a task (their own numbered item). A task split by a page break
    is ONE row (the lower-case cells after the repeated header continue it)."""
    res, cur, grp = [], None, None
    for code, n, t in annex_lines():
        if code == "H":
            continue
        if code == "G":
            m = G_RE.match(t)
            grp = m.group(1).rstrip(".")
            cur = {"kind": "group", "group": grp, "tt": m.group(1), "name": m.group(2), "lines": {"name": [m.group(2)]}}
            res.append(cur)
        elif code == "TT":
            if re.fullmatch(r"\d+\.", t):
                grp = t.rstrip(".")
                cur = {"kind": "group", "group": grp, "tt": t, "name": "", "lines": {}}
            else:
                cur = {"kind": "task", "group": grp, "tt": t, "name": "", "lead": "", "partner": "",
                       "product": "", "time": "", "lines": {}}
            res.append(cur)
        elif code == "N" and cur["kind"] == "group":
            cur["name"] = ws(cur["name"] + " " + t)
            cur["lines"].setdefault("name", []).append(t)
        else:
            f = COL[code.upper()]
            if cur["kind"] == "group":          # rows 7. and 8.: a group row that carries lead, partner, …
                cur["kind"] = "task"
                for x in ("lead", "partner", "product", "time"):
                    cur.setdefault(x, "")
            cur[f] = ws(cur.get(f, "") + " " + t)
            cur["lines"].setdefault(f, []).append(t)
    return res


def tasks():
    return [r for r in rows() if r["kind"] == "task"]


def groups():
    """the 8 numbered areas of the table (rows 7. and 8. included, they are tasks too)"""
    return [r for r in rows() if re.fullmatch(r"\d+\.", r["tt"])]


def pieces():
    """every text piece in source order (the stamp where the source prints it)"""
    out = [t for _, t in front()]
    b = body()
    out += [b[0][1]] + stamp() + [t for _, t in b[1:]]
    out += sign() + [t for _, t in appx_head()]
    out += HEADER_CELLS
    for r in rows():
        out += [x for x in (r["tt"], r.get("name"), r.get("lead"), r.get("partner"), r.get("product"),
                            r.get("time")) if x]
    return out


# hand-checked cells (whitespace-normalised, exact), against the gazette PDF
HAND = {
    ("1.1", "lead"): "Bộ Tài chính",
    ("1.6", "time"): "Quý III/2026",
    ("1.7", "partner"): "Bộ Khoa học và Công nghệ Cơ quan, tổ chức và doanh nghiệp liên quan",
    ("2.8", "lead"): "Bộ Giáo dục và Đào tạo",
    ("3.3", "time"): "Quý I/2027",
    ("3.4", "lead"): "Bộ Tài chính",
    ("3.5", "lead"): "Ngân hàng Nhà nước",
    ("4.2", "lead"): "Bộ Văn hóa, Thể thao và Du lịch",
    ("5.1", "product"): "Công bố danh sách 05 doanh nghiệp công nghệ số chủ lực",
    ("7.", "partner"): "Bộ Tài chính Bộ Ngoại giao Bộ Công Thương Cơ quan, tổ chức, doanh nghiệp liên quan",
    ("8.", "product"): "Hệ thống thông tin đưa vào sử dụng",
}


def check():
    b = raw()
    assert len(b) == NBYTES and hashlib.sha256(b).hexdigest() == SHA256
    ls = lines()
    hs = heads()
    assert [int(ls[i + 1].strip()) for i in hs] == list(range(79, 102)), "running heads"
    hdrs = header_starts()
    assert len(hdrs) == 11 and hdrs[0] == ANNEX_FIRST - 1, hdrs
    d = dict(body_lines())
    order = sorted(d)
    fr = " ".join(t for _, t in front())
    bd = " ".join(t for _, t in body())
    tbl = " ".join(t for _, _, t in annex_lines() if t is not None)
    ap = " ".join(t for _, t in appx_head())
    nostamp = ws(" ".join(d[n] for n in order if not STAMP[0] <= n <= STAMP[1]))
    assert nostamp == ws(" ".join([fr, bd, " ".join(sign()), ap, tbl])), "pieces != source"
    withstamp = ws(" ".join(d[n] for n in order))
    assert ws(" ".join(stamp())) in withstamp and stamp()[0].startswith("Ký bởi:")
    # every line of the source is a piece line or layout
    covered = set(d) | {i + 1 for i in layout()} | {i + 1 for i, ln in enumerate(ls) if not ln.strip()}
    assert covered == set(range(1, len(ls) + 1))
    assert all(FRONT[i][2] < FRONT[i + 1][1] for i in range(len(FRONT) - 1)) and FRONT[-1][2] < BODY_FIRST
    rs = rows()
    gs = groups()
    assert [g["tt"] for g in gs] == [f"{i}." for i in range(1, 9)]
    ts = tasks()
    per = {}
    for r in ts:
        per.setdefault(r["group"], []).append(r["tt"])
    assert per == {"1": [f"1.{i}" for i in range(1, 8)], "2": [f"2.{i}" for i in range(1, 9)],
                   "3": [f"3.{i}" for i in range(1, 6)], "4": [f"4.{i}" for i in range(1, 7)],
                   "5": [f"5.{i}" for i in range(1, 4)], "6": [f"6.{i}" for i in range(1, 4)],
                   "7": ["7."], "8": ["8."]}, per
    assert len(ts) == 34 and all(r["lead"] and r["partner"] and r["product"] and r["time"] for r in ts)
    idx = {r["tt"]: r for r in ts}
    for (tt, f), v in HAND.items():
        assert idx[tt][f] == v, (tt, f, idx[tt][f])
    assert idx["1.7"]["product"].endswith("mức tối đa 2 tỷ đồng/doanh nghiệp/thị trường quốc tế mới,…)")
    assert idx["6.1"]["name"].endswith("thẩm quyền và quy định của pháp luật.")
    assert idx["5.1"]["name"].endswith("có tiềm năng xuất khẩu.")
    # the body: 4 roman parts in Điều 1, 3 articles
    bk = [k for k, _ in body()]
    assert bk.count("art") == 3 and bk.count("part") == 4, bk
    return True


if __name__ == "__main__":
    check()
    for r in rows():
        print(r)
    for k, t in body():
        print(k, t[:90])
    print(len(pieces()), "pieces")
