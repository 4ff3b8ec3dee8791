"""The held-out-54 document: Nghị quyết số 116/NQ-CP ngày 29/4/2026 của Chính phủ về Kế hoạch thực hiện Kết luận số
213-KL/TW ngày 21/11/2025 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2020 về tăng cường sự
lãnh đạo của Đảng đối với công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai (Công báo số 277, 16-05-2026,
pages 52-65), as the plain-text extraction of the gazette PDF kept in hrmaster1982-dev/phapluat-8chude-data (see
SOURCES.md). The file is used WHOLE and nothing is reworded.

The text is hard-wrapped (one PDF line per line). LAYOUT, not text: the 14 running heads ("CÔNG BÁO/Số 277/Ngày
16-05-2026" + the page number, asserted: pages 52-65), blank lines, the rule lines made of underscores, and the table
header of the Phụ lục that the gazette REPEATS at the top of every following page (5 repeats, each asserted equal to
the first header). The rest is cut into PIECES: the letterhead lines, the title, the bases, "QUYẾT NGHỊ:", the opening
paragraph, parts I-III as paragraphs (a paragraph is the whitespace-joined run of lines from a line that opens with a
marker -- "I. ", "1. ", "a) ", "- ", "Ký bởi:" -- to the next such line), the signature lines, the gazette's
digital-signature stamp (3 lines, printed at the foot of the first page), and the Phụ lục (label, title, attachment
line, the 5-column table TT | Nội dung, nhiệm vụ | Cơ quan chủ trì thực hiện | Cơ quan phối hợp | Thời gian).

The table's cells are not marked in the text: the extraction gives the cells of a row one after another, each wrapped
over one or more lines. ANNEX_RUNS gives, for every annex line in order, its column as runs (code, last line number),
read from the repository's PDF of the same gazette (pdfplumber's table extraction of pages 60-65; every line of the
.txt matched, in order, to one line of one cell) and checked here against the .txt alone. Codes: H header, TT / N / L /
P / T the five columns, G a line holding the group numeral AND the group title ("IV Huy động …"), lower-case n / l / p /
t the cells of a PDF row whose TT cell is empty: the continuation of a task split by a page break (an n right after a
header), the sub-row of task III.6 ("Thực hiện đặt hàng …", with its own lead, partner and time) and the note row
after task IV.3 (an n alone, spanning the table)."""
import hashlib
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEY = "nq116-2026-cp-pctt"
SRC = HERE / "source" / f"{KEY}.txt"
BLOB = "e954eaceb67580205c6b0bda798638aea2931896"
SHA256 = "c8d6328b18ce387368238da5b94f057d25dc2108996907e8112c64e764a1d8c8"
NBYTES = 39478
HEAD = "CÔNG BÁO/Số 277/Ngày 16-05-2026"
HEADER = ["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ", "trì thực hiện", "Cơ quan", "phối hợp", "Thời gian"]
HEADER_CELLS = ["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì thực hiện", "Cơ quan phối hợp", "Thời gian"]
ANNEX_FIRST, ANNEX_LAST = 341, 947     # the table (1-based, inclusive)
# front matter: (kind, first line, last line) -- one piece each
FRONT = [("org", 5, 5), ("so", 8, 8), ("qh", 9, 9), ("tn", 10, 10), ("date", 12, 12), ("title", 14, 14),
         ("subtitle", 15, 18), ("issuer", 21, 21), ("base", 22, 22), ("base", 23, 26), ("base", 27, 29),
         ("base", 30, 30), ("base", 31, 31), ("decide", 33, 33), ("open", 35, 40)]
BODY_FIRST, BODY_LAST = 41, 315
SIGN = [318, 319, 320, 323]
STAMP = (51, 53)
APPX = [("label", 335, 335), ("atitle", 336, 336), ("attach", 337, 338)]
MARK = re.compile(r"^(?:[IVX]+\. |\d+\. |[a-zđ]\) |- |Ký bởi:)")
ANNEX_RUNS = [
    ("H", 347), ("TT", 348), ("N", 350), ("TT", 351), ("N", 356), ("L", 358), ("P", 361), ("T", 363), ("TT", 364),
    ("N", 367), ("L", 370), ("P", 373), ("T", 375), ("TT", 376), ("N", 379), ("L", 380), ("P", 383), ("T", 385),
    ("TT", 386), ("N", 391), ("TT", 395), ("N", 397), ("L", 398), ("P", 402), ("T", 405), ("TT", 406), ("N", 407),
    ("L", 408), ("TT", 409), ("N", 410), ("L", 412), ("TT", 413), ("N", 414), ("L", 416), ("P", 418), ("TT", 419),
    ("N", 430), ("L", 431), ("P", 435), ("T", 437), ("H", 449), ("TT", 450), ("N", 453), ("L", 454), ("P", 457),
    ("T", 460), ("TT", 461), ("N", 466), ("L", 470), ("P", 472), ("T", 473), ("TT", 474), ("N", 480), ("L", 483),
    ("P", 487), ("T", 489), ("TT", 490), ("N", 494), ("L", 496), ("P", 499), ("T", 501), ("TT", 502), ("N", 507),
    ("L", 508), ("P", 511), ("T", 513), ("TT", 514), ("N", 516), ("TT", 517), ("N", 521), ("L", 524), ("P", 527),
    ("T", 528), ("TT", 529), ("N", 536), ("L", 537), ("P", 540), ("T", 542), ("TT", 543), ("N", 548), ("L", 550),
    ("P", 554), ("T", 556), ("H", 568), ("TT", 569), ("N", 575), ("L", 577), ("P", 580), ("T", 582), ("TT", 583),
    ("N", 592), ("L", 596), ("P", 599), ("T", 600), ("TT", 601), ("N", 604), ("L", 606), ("T", 608), ("TT", 609),
    ("N", 613), ("L", 614), ("P", 617), ("T", 619), ("TT", 620), ("N", 623), ("TT", 624), ("N", 629), ("L", 632),
    ("T", 636), ("TT", 637), ("N", 643), ("L", 645), ("T", 648), ("TT", 649), ("N", 653), ("L", 656), ("T", 660),
    ("TT", 661), ("N", 665), ("L", 666), ("P", 670), ("T", 672), ("H", 684), ("n", 693), ("TT", 694), ("N", 697),
    ("L", 698), ("P", 702), ("T", 705), ("TT", 706), ("N", 713), ("n", 721), ("l", 723), ("p", 726), ("t", 729),
    ("G", 730), ("N", 731), ("TT", 732), ("N", 741), ("L", 742), ("P", 746), ("T", 749), ("TT", 750), ("N", 759),
    ("L", 767), ("P", 771), ("T", 774), ("H", 786), ("TT", 787), ("N", 814), ("L", 818), ("P", 820), ("T", 822),
    ("n", 826), ("TT", 827), ("N", 834), ("L", 835), ("P", 838), ("T", 840), ("TT", 841), ("N", 843), ("TT", 844),
    ("N", 851), ("L", 856), ("T", 860), ("H", 872), ("TT", 873), ("N", 878), ("L", 881), ("T", 885), ("TT", 886),
    ("N", 891), ("L", 894), ("T", 898), ("TT", 899), ("N", 909), ("L", 912), ("P", 916), ("T", 919), ("G", 920),
    ("TT", 921), ("N", 928), ("L", 930), ("P", 933), ("T", 934), ("TT", 935), ("N", 940), ("L", 942), ("P", 945),
    ("T", 946),
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


RULE = re.compile(r"^_{5,}$")


def _header_at(ls, i):
    got = [ls[j].strip() for j in range(i, min(i + 7, len(ls)))]
    return 7 if got == HEADER else 0


def layout():
    """0-based indices of layout lines: running heads + page numbers, rule lines, repeated table headers"""
    ls = lines()
    skip = set()
    for i in heads():
        skip.update((i, i + 1))
    for i, ln in enumerate(ls):
        if RULE.match(ln.strip()):
            skip.add(i)
    first = True
    for i in range(ANNEX_FIRST - 1, ANNEX_LAST):
        if _header_at(ls, i):
            if first:
                first = False
            else:
                skip.update(range(i, i + 7))
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
    """[(kind, text)] of parts I-III: kind = part / sec / item / dash / para; the stamp is taken out (see stamp())"""
    out, cur = [], None
    for n, t in body_lines():
        if not BODY_FIRST <= n <= BODY_LAST or STAMP[0] <= n <= STAMP[1]:
            continue
        if MARK.match(t) or cur is None:
            cur = [n, [t]]
            out.append(cur)
        else:
            cur[1].append(t)
    res = []
    for n, ts in out:
        s = ws(" ".join(ts))
        if re.match(r"^[IVX]+\. ", s):
            k = "part"
        elif re.match(r"^\d+\. ", s):
            k = "sec"
        elif re.match(r"^[a-zđ]\) ", s):
            k = "item"
        elif s.startswith("- "):
            k = "dash"
        else:
            k = "para"
        res.append((k, s))
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
    bl = [(n, t) for n, t in body_lines() if ANNEX_FIRST <= n <= ANNEX_LAST]
    out, k, prev = [], 0, ANNEX_FIRST - 1
    for code, last in ANNEX_RUNS:
        assert last > prev, (code, last)
        got = 0
        while k < len(bl) and bl[k][0] <= last:
            out.append((code, bl[k][0], bl[k][1]))
            k += 1
            got += 1
        if code == "H" and not got:
            out.append(("H", last, None))   # a repeated header (layout): marks the page break
        assert got or code == "H", (code, last)
        if code in ("TT", "G"):
            assert got == 1, (code, last)
        prev = last
    assert k == len(bl), "annex lines not all consumed"
    return out


GROUP_RE = re.compile(r"^(I|II|III|IV|V|VI) (.+)$")


def rows():
    """table rows: dict(kind = group / task / sub / note, group, tt, name, lead, partner, time).
    task = a numbered row; sub = a "-" row of task I.4 or the sub-row of task III.6 (tt "" ); note = the spanning row
    after IV.3. A task split by a page break is ONE row (its name continued by the n cell after the header)."""
    res, cur, grp, after_head, last = [], None, None, False, None
    col = {"N": "name", "L": "lead", "P": "partner", "T": "time"}
    for code, n, t in annex_lines():
        if code == "H":
            after_head = True
            continue
        if code == "G":
            m = GROUP_RE.match(t)
            grp = m.group(1)
            cur = {"kind": "group", "group": grp, "tt": grp, "name": m.group(2)}
            res.append(cur)
        elif code == "TT":
            if re.fullmatch(r"[IVX]+", t):
                grp = t
                cur = {"kind": "group", "group": grp, "tt": t, "name": ""}
            else:
                cur = {"kind": "task" if t != "-" else "sub", "group": grp, "tt": t, "name": "", "lead": "",
                       "partner": "", "time": ""}
            res.append(cur)
        elif code == "n":
            if after_head or last == "n":
                cur["name"] = ws(cur["name"] + " " + t)
            else:
                cur = {"kind": "sub", "group": grp, "tt": "", "name": t, "lead": "", "partner": "", "time": ""}
                res.append(cur)
        elif code in "NLPTlpt":
            f = col[code.upper()]
            cur[f] = ws(cur[f] + " " + t)
        after_head = after_head and code == "n"
        last = code
    for r in res:
        if r["kind"] == "sub" and r["tt"] == "" and not (r["lead"] or r["partner"] or r["time"]):
            r["kind"] = "note"
    return res


def tasks():
    return [r for r in rows() if r["kind"] == "task"]


def groups():
    return [r for r in rows() if r["kind"] == "group"]


def pieces():
    """every text piece in source order (the stamp where the source prints it)"""
    out = [t for _, t in front()]
    b = body()
    out += [t for _, t in b]
    out += stamp() + sign() + [t for _, t in appx_head()]
    out += HEADER_CELLS
    for r in rows():
        out += [x for x in (r["tt"], r.get("name"), r.get("lead"), r.get("partner"), r.get("time")) if x]
    return out


# hand-checked cells (whitespace-normalised, exact)
HAND = {
    ("I", "1", "lead"): "Bộ NN&MT, Bộ Quốc phòng",
    ("I", "8", "lead"): "Bộ Tài chính, Ngân hàng nhà nước Việt Nam",
    ("II", "1", "partner"): "Ban Chỉ huy PTDS các cấp",
    ("II", "6", "partner"): "",
    ("III", "4", "time"): "Giai đoạn 2026 - 2030",
    ("IV", "2", "lead"): "Các Bộ: NN&MT, Xây dựng, Công thương, Y tế, Giáo dục và Đào tạo, Khoa học và Công nghệ",
    ("V", "1", "time"): "Thường xuyên, hằng năm",
    ("VI", "2", "partner"): "Các bộ, cơ quan, địa phương",
}


def check():
    b = raw()
    assert len(b) == NBYTES and hashlib.sha256(b).hexdigest() == SHA256
    ls = lines()
    hs = heads()
    assert [int(ls[i + 1].strip()) for i in hs] == list(range(52, 66)), "running heads"
    hdrs = [i for i in range(ANNEX_FIRST - 1, ANNEX_LAST) if _header_at(ls, i)]
    assert len(hdrs) == 6 and hdrs[0] == ANNEX_FIRST - 1, hdrs
    # the pieces, concatenated in source order, equal the source without its layout lines
    d = dict(body_lines())
    order = sorted(d)
    srcws = ws(" ".join(d[n] for n in order))
    st = stamp()
    b_ = body()
    # rebuild in source order: front, body up to the stamp, stamp, rest of body, signature, appendix, table
    fr = " ".join(t for _, t in front())
    bd = " ".join(t for _, t in b_)
    tbl = " ".join(t for _, _, t in annex_lines() if t is not None)
    ap = " ".join(t for _, t in appx_head())
    nostamp = ws(" ".join(d[n] for n in order if not STAMP[0] <= n <= STAMP[1]))
    assert nostamp == ws(" ".join([fr, bd, " ".join(sign()), ap, tbl])), "pieces != source"
    assert ws(" ".join(st)) in srcws
    rs = rows()
    gs = [r for r in rs if r["kind"] == "group"]
    assert [g["group"] for g in gs] == ["I", "II", "III", "IV", "V", "VI"]
    ts = [r for r in rs if r["kind"] == "task"]
    per = {g: [r["tt"] for r in ts if r["group"] == g] for g in ["I", "II", "III", "IV", "V", "VI"]}
    assert per == {"I": [str(i) for i in range(1, 11)], "II": [str(i) for i in range(1, 8)],
                   "III": [str(i) for i in range(1, 7)], "IV": [str(i) for i in range(1, 5)],
                   "V": [str(i) for i in range(1, 5)], "VI": ["1", "2"]}, per
    subs = [r for r in rs if r["kind"] == "sub"]
    assert len(subs) == 5 and [r["tt"] for r in subs] == ["-", "-", "-", "-", ""]
    assert len([r for r in rs if r["kind"] == "note"]) == 1
    idx = {(r["group"], r["tt"]): r for r in ts}
    for (g, tt, f), v in HAND.items():
        assert idx[(g, tt)][f] == v, (g, tt, f, idx[(g, tt)][f])
    assert idx[("III", "4")]["name"].endswith("ứng dụng trí tuệ nhân tạo trong quản lý rủi ro thiên tai.")
    return True


if __name__ == "__main__":
    check()
    for r in rows():
        print(r)
    print(len(pieces()), "pieces")
