"""The held-out-56 document: Nghị quyết số 175/NQ-CP ngày 30/10/2023 của Chính phủ phê duyệt Đề án Trung tâm dữ liệu
quốc gia (Công báo số 1091 + 1092, 03-11-2023, pages 45-90), as the plain-text extraction of the gazette PDF kept in
hrmaster1982-dev/phapluat-8chude-data (see SOURCES.md). The file is used WHOLE and nothing is reworded.

The text is hard-wrapped (one PDF line per line). LAYOUT, not text: the 46 running heads ("CÔNG BÁO/Số 1091 + 1092/
Ngày 03-11-2023", asserted), the page-number lines (digit-only lines with a value 45-90, asserted; the gazette prints
the number up to three times on the annex pages), the gazette's section line "VĂN BẢN PHÁP LUẬT KHÁC" (line 6), blank
lines, and the 6-line header of the Phụ lục I task table that the gazette REPEATS on every following page (5 repeats,
each asserted equal to the first). The rest is cut into PIECES:
- outside the task table, a piece is the run of lines from a BREAK line to the next one; a break line opens with an
  item marker ("Điều n.", "I.", "1.", "a)", "-", "+", "Phụ lục"), is listed in FRONT_BREAKS (the front matter, the stamp,
  the footnote, the signature, the annex titles), or follows a short marked heading line (`_heading`);
- the Phụ lục I.II task table (STT | Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | Thời gian hoàn thành) is given in
  TASKS, read from the rotated table of the repository's PDF of the same gazette (pdfplumber, pages 74-79): every task
  row as (unit number, task lines, partner lines or None, time lines), the unit cells (number + name) in UNITS with
  their lines. The gazette prints a lead unit's merged cell at its vertical middle, so in the text the unit's number and
  name stand between its rows; line 1437 holds a partner AND the start of a time cell ("Bộ Khoa học và Công nghệ Theo
  lộ trình thực"), split at SPLIT_1437."""
import hashlib
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEY = "nq175-2023-cp-ttdlqg"
SRC = HERE / "source" / f"{KEY}.txt"
BLOB = "23c92092baba3a2f008d375b4bed516960ff01f4"
SHA256 = "4c54940e8543baaf0ea7dce68949d4147459dff7ac8c0b8f0f86624ac3f97b55"
NBYTES = 122560
HEAD = "CÔNG BÁO/Số 1091 + 1092/Ngày 03-11-2023"
PAGES = range(45, 91)
HEADER = ["STT", "Đơn vị", "Nhiệm vụ chủ trì", "Đơn vị phối hợp", "Thời gian", "hoàn thành"]
HEADER_CELLS = ["STT", "Đơn vị", "Nhiệm vụ chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
SECTION_LINE = 6
TABLE_FIRST, TABLE_LAST = 1094, 1452        # header .. last time cell (1-based, inclusive)
FRONT_BREAKS = {8, 10, 13, 14, 15, 17, 19, 20, 22, 24, 27, 29, 30, 31, 32, 33, 34, 35, 37, 39, 43, 44, 45, 46, 122,
                1031, 1032, 1033, 1035, 1042, 1045, 1462, 1465, 1664, 1666}
STAMP = (43, 46)
FOOTNOTE = (122, 126)
MARK = re.compile(r"^(?:Điều \d+\. |[IVX]+\. |\d+\. |[a-zđ]\) |- |\+ |Phụ lục )")
UNITS = {1: (1123, 1125), 2: (1188, 1189), 3: (1238, 1240), 4: (1249, 1250), 5: (1294, 1295), 6: (1306, 1308),
         7: (1314, 1315), 8: (1338, 1339), 9: (1350, 1351), 10: (1356, 1358), 11: (1365, 1367), 12: (1374, 1376),
         13: (1392, 1393), 14: (1415, 1417), 15: (1424, 1425), 16: (1439, 1444)}
# (unit, task lines, partner lines or None, time lines); in source order
TASKS = [
    (1, (1100, 1104), (1105, 1107), (1108, 1108)), (1, (1109, 1114), (1115, 1116), (1117, 1117)),
    (1, (1118, 1120), (1121, 1121), (1122, 1122)), (1, (1126, 1132), (1133, 1134), (1135, 1135)),
    (1, (1152, 1156), (1157, 1159), (1160, 1160)),
    (2, (1161, 1162), None, (1164, 1164)), (2, (1165, 1169), (1170, 1172), (1173, 1173)),
    (2, (1174, 1176), (1177, 1178), (1179, 1179)), (2, (1180, 1183), (1184, 1186), (1187, 1187)),
    (2, (1190, 1192), (1193, 1195), (1196, 1196)), (2, (1211, 1212), (1213, 1215), (1216, 1216)),
    (2, (1217, 1223), (1224, 1227), (1228, 1228)), (2, (1230, 1232), (1233, 1234), (1235, 1237)),
    (3, (1241, 1245), (1246, 1247), (1248, 1248)),
    (4, (1251, 1252), (1253, 1254), (1255, 1257)), (4, (1273, 1276), (1277, 1278), (1279, 1281)),
    (4, (1284, 1288), (1289, 1290), (1291, 1293)),
    (5, (1296, 1300), (1301, 1304), (1305, 1305)),
    (6, (1309, 1311), (1312, 1312), (1313, 1313)),
    (7, (1316, 1321), (1322, 1322), (1323, 1323)),
    (8, (1340, 1343), (1344, 1344), (1345, 1349)),
    (9, (1352, 1352), None, (1354, 1355)),
    (10, (1359, 1361), (1362, 1363), (1364, 1364)),
    (11, (1368, 1370), (1371, 1371), (1372, 1373)),
    (12, (1377, 1380), (1381, 1384), (1385, 1385)),
    (13, (1386, 1387), (1388, 1389), (1390, 1391)), (13, (1394, 1396), (1397, 1398), (1399, 1399)),
    (14, (1418, 1420), (1421, 1422), (1423, 1423)),
    (15, (1426, 1428), (1429, 1429), (1430, 1431)),
    (16, (1432, 1436), (1437, 1437), (1437, 1438)), (16, (1445, 1449), (1450, 1450), (1451, 1452)),
]
SPLIT_1437 = "Bộ Khoa học và Công nghệ"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def raw():
    return SRC.read_bytes()


def text():
    return raw().decode("utf-8")


def lines():
    return text().split("\n")


def L(n):
    return lines()[n - 1].strip()


def header_starts():
    ls = lines()
    return [i + 1 for i in range(TABLE_FIRST - 1, TABLE_LAST)
            if [ls[j].strip() for j in range(i, i + len(HEADER))] == HEADER]


def layout():
    """1-based numbers of layout lines"""
    ls = lines()
    skip = {SECTION_LINE}
    for i, ln in enumerate(ls, 1):
        s = ln.strip()
        if s == HEAD or (re.fullmatch(r"\d+", s) and int(s) in PAGES):
            skip.add(i)
    for h in header_starts()[1:]:
        skip.update(range(h, h + len(HEADER)))
    return skip


def body_lines():
    skip = layout()
    return [(i, ln.strip()) for i, ln in enumerate(lines(), 1) if i not in skip and ln.strip()]


def flat():
    return ws(text())


def _heading(s):
    return bool(MARK.match(s)) and len(s) < 72 and not s.rstrip().endswith((".", ";", ",", ":"))


def _span(a, b, part=None):
    s = ws(" ".join(t for n, t in body_lines() if a <= n <= b))
    return s


def cell(rng, kind=None):
    if rng is None:
        return ""
    a, b = rng
    if a == b == 1437:
        s = L(1437)
        return SPLIT_1437 if kind == "P" else ws(s[len(SPLIT_1437):])
    if a == 1437:
        return ws(L(1437)[len(SPLIT_1437):] + " " + _span(a + 1, b))
    return _span(a, b)


def units():
    """{n: (number, name)}"""
    out = {}
    for n, (a, b) in UNITS.items():
        assert L(a) == str(n), (n, L(a))
        out[n] = _span(a + 1, b)
    return out


def tasks():
    """[{i, unit_no, unit, task, partner, time}] in source order (31 rows)"""
    u = units()
    return [{"i": k + 1, "unit_no": n, "unit": u[n], "task": cell(t), "partner": cell(p, "P"), "time": cell(tm, "T")}
            for k, (n, t, p, tm) in enumerate(TASKS)]


def pieces():
    """[(kind, line, text)] in source order; kinds: front, stamp, footnote, art, part, sec, item, dash, para, sign,
    appx, thead, unit, task, partner, time"""
    bl = body_lines()
    out = []
    tab = {}
    for n, (a, b) in UNITS.items():
        tab[a] = ("unit", a, b)
    for (n, t, p, tm) in TASKS:
        tab[t[0]] = ("task", t[0], t[1])
        if p:
            tab[p[0]] = ("partner", p[0], p[1])
        if tm and tm[0] != 1437:
            tab[tm[0]] = ("time", tm[0], tm[1])
    cur = None
    prev_heading = False
    for n, s in bl:
        if TABLE_FIRST <= n <= TABLE_LAST:
            if n < TABLE_FIRST + len(HEADER):
                if n == TABLE_FIRST:
                    out.append(["thead", n, " | ".join(HEADER_CELLS)])
                continue
            if n == 1437:
                out.append(["partner", n, SPLIT_1437])
                out.append(["time", n, ws(s[len(SPLIT_1437):])])
                continue
            if n in tab:
                k, a, b = tab[n]
                out.append([k, n, s])
            else:
                out[-1][2] += " " + s
            continue
        brk = n in FRONT_BREAKS or bool(MARK.match(s)) or prev_heading or (out and out[-1][0] in ("thead", "time"))
        if brk or not out:
            if n < 41 or n in (1031, 1032, 1033, 1035):
                k = "front" if n < 41 else "sign"
            elif STAMP[0] <= n <= STAMP[1]:
                k = "stamp"
            elif n == FOOTNOTE[0]:
                k = "footnote"
            elif n >= 1041 and (n in (1041, 1042, 1045, 1460, 1462, 1465, 1662, 1664, 1666)):
                k = "appx"
            elif s.startswith("Điều "):
                k = "art"
            elif re.match(r"[IVX]+\. ", s):
                k = "part"
            elif re.match(r"\d+\. ", s):
                k = "sec"
            elif re.match(r"[a-zđ]\) ", s):
                k = "item"
            elif s.startswith(("- ", "+ ")):
                k = "dash"
            else:
                k = "para"
            out.append([k, n, s])
        else:
            out[-1][2] += " " + s
        prev_heading = _heading(s) and not (TABLE_FIRST <= n <= TABLE_LAST)
    return [(k, n, ws(s)) for k, n, s in out]


def check():
    r = raw()
    assert len(r) == NBYTES and hashlib.sha256(r).hexdigest() == SHA256
    blob = hashlib.sha1(b"blob %d\0" % len(r) + r).hexdigest()
    assert blob == BLOB, blob
    ls = lines()
    heads = [i for i, ln in enumerate(ls, 1) if ln.strip() == HEAD]
    assert len(heads) == 46, len(heads)
    nums = sorted({int(ln.strip()) for ln in ls if re.fullmatch(r"\d+", ln.strip()) and int(ln.strip()) in PAGES})
    assert nums == list(PAGES), nums
    assert L(SECTION_LINE) == "VĂN BẢN PHÁP LUẬT KHÁC"
    hs = header_starts()
    assert hs == [1094, 1145, 1205, 1267, 1332, 1409], hs
    stt = [int(ln.strip()) for ln in ls if re.fullmatch(r"\d+", ln.strip()) and int(ln.strip()) < 45]
    assert stt == list(range(1, 17)), stt
    # every body line of the table belongs to exactly one unit/task cell
    used = {}
    for n, (a, b) in UNITS.items():
        for i in range(a, b + 1):
            used.setdefault(i, []).append("U")
    for (n, t, p, tm) in TASKS:
        for rng, c in ((t, "N"), (p, "P"), (tm, "T")):
            if rng:
                for i in range(rng[0], rng[1] + 1):
                    used.setdefault(i, []).append(c)
    skip = layout()
    for i in range(TABLE_FIRST + len(HEADER), TABLE_LAST + 1):
        if i in skip or not ls[i - 1].strip():
            assert i not in used or i in skip and False, i
            continue
        want = ["P", "T"] if i == 1437 else None
        assert i in used and (used[i] == want if want else len(used[i]) == 1), (i, used.get(i))
    t = tasks()
    assert len(t) == 31
    assert [sum(1 for x in t if x["unit_no"] == n) for n in range(1, 17)] == [5, 8, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 2,
                                                                               1, 1, 2]
    assert t[0]["task"].startswith("Tham mưu Chính phủ ban hành Nghị định") and t[0]["time"] == "Quý IV/2023"
    assert t[5]["partner"] == "" and t[5]["time"] == "Trong năm 2024"
    assert t[20]["unit"] == "Bộ Công Thương" and t[20]["time"].startswith("Quý IV/2024 và")
    assert t[29]["partner"] == "Bộ Khoa học và Công nghệ" and t[29]["time"] == "Theo lộ trình thực hiện Đề án"
    assert t[30]["unit"].startswith("UBND thành phố Hà Nội")
    # the pieces, in order, are the source without its layout lines
    whole = ws(" ".join(s for _, s in body_lines()))
    got = []
    for k, n, s in pieces():
        got.append(" ".join(HEADER) if k == "thead" else s)
    assert ws(" ".join(got)) == whole
    return True


if __name__ == "__main__":
    check()
    ps = pieces()
    from collections import Counter
    print(Counter(k for k, _, _ in ps), len(ps))
    for x in tasks():
        print(x)
