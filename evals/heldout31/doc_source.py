"""Parse of the held-out-31 source copy: Quyết định số 2954/QĐ-UBND ngày 20/11/2025 của UBND tỉnh Sơn La ban hành
Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030 (decision + plan + Phụ lục 01 + Phụ lục 02).
The source is a Markdown rendering of an HTML page in which every table is flattened: each cell is a run of lines
preceded by a line consisting of a single "|"; a row ends with one more "|" line (so an empty string marks the row
boundary when the block is split on "|" lines). Letterhead and signature are layout tables of the same kind.
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "f1e0981425ec38be.md"
KEY = "qd2954-sonla-xuatkhau-2030"
SRC_BYTES = 44419
SRC_CHARS = 34706
BLOB = "3b0667cd574ca51a6357ebd4d987d78cac2c88d7"
YEARS = ["2026", "2027", "2028", "2029", "2030"]


def raw():
    b = SRC.read_bytes()
    assert len(b) == SRC_BYTES, len(b)
    t = b.decode("utf-8")
    assert len(t) == SRC_CHARS, len(t)
    return t


def text():
    return raw()


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def clean(s):
    """cell/paragraph text without Markdown emphasis, lines joined"""
    s = s.replace("**", "").replace("*", "")
    return ws(s)


def split_parts():
    """letterhead, decision, signature, plan body, PL01 heading, PL01 table, PL02 heading, PL02 table"""
    t = raw()
    i_dec = t.index("** **\n\n**QUYẾT ĐỊNH**")
    i_sig = t.index("\n|\nNơi nhận:")
    i_plan = t.index("**KẾ HOẠCH**")
    i_p1 = t.index("**PHỤ LỤC 01**")
    i_t1 = t.index("\n|\n**TT**", i_p1)
    i_p2 = t.index("**PHỤ LỤC 02**")
    i_t2 = t.index("\n|\n**TT**", i_p2)
    return (t[:i_dec], t[i_dec:i_sig], t[i_sig:i_plan], t[i_plan:i_p1], t[i_p1:i_t1], t[i_t1:i_p2], t[i_p2:i_t2],
            t[i_t2:])


def cells_of(block):
    parts = re.split(r"\n\|[ \t]*(?=\n|$)", "\n" + block.strip("\n"))
    return [clean(p) for p in parts]


def paras(block):
    return [clean(p) for p in re.split(r"\n\s*\n", block) if clean(p)]


def letterhead():
    return [c for c in cells_of(split_parts()[0]) if c]


def decision_paragraphs():
    return paras(split_parts()[1])


def signature():
    """[Nơi nhận lines..., signature cell]"""
    blk = split_parts()[2]
    cells = re.split(r"\n\|[ \t]*(?=\n|$)", "\n" + blk.strip("\n"))
    cells = [c.strip("\n") for c in cells if c.strip()]
    recv = [ws(x) for x in cells[0].split("\n") if ws(x)]
    sig = [clean(x) for x in re.split(r"\n(?=\*\*)|(?<=\*\*)\n", cells[1]) if clean(x)]
    return recv, sig


def plan_paragraphs():
    return paras(split_parts()[3])


def annex_heading(n):
    return paras(split_parts()[4 if n == 1 else 6])


def _rows(cells, width):
    rows, i = [], 0
    while i < len(cells):
        assert cells[i] == "", (i, cells[i:i + 3])
        r = cells[i + 1:i + 1 + width]
        assert len(r) == width, r
        rows.append(r)
        i += 1 + width
    return rows


def table1():
    """Phụ lục 01: header (9 columns) and rows dict(kind=group|crop|item, ...)"""
    c = cells_of(split_parts()[5])
    if c[-1] == "":
        c = c[:-1]
    assert c[:6] == ["", "TT", "Chỉ tiêu", "ĐVT", "ƯTH Năm 2025", "GIAI ĐOẠN 2026 - 2030"], c[:6]
    assert c[6] == "" and c[7:12] == [f"Năm {y}" for y in YEARS], c[6:12]
    header = ["TT", "Chỉ tiêu", "ĐVT", "ƯTH Năm 2025"] + [f"Năm {y}" for y in YEARS]
    out, g, crop = [], None, None
    for r in _rows(c[12:], 9):
        if re.fullmatch(r"[IVX]+", r[0]):
            assert all(x == "" for x in r[2:]), r
            g = r[0]
            out.append(dict(kind="group", roman=r[0], title=r[1]))
        elif r[0].isdigit():
            crop = r[1]
            if all(x == "" for x in r[2:]):
                out.append(dict(kind="crop", group=g, no=r[0], name=r[1]))
            else:  # a crop row with its own values (III Bò sữa has a single line)
                out.append(dict(kind="crop", group=g, no=r[0], name=r[1]))
                out.append(dict(kind="item", group=g, crop=crop, name=r[1], unit=r[2], v2025=r[3],
                                vals=dict(zip(YEARS, r[4:]))))
        else:
            assert r[0] in ("-", ""), r
            if g == "III" and crop is None or (g == "III" and out[-1]["kind"] == "group"):
                crop = out[-1]["title"]
            out.append(dict(kind="item", group=g, crop=crop, name=r[1], unit=r[2], v2025=r[3],
                            vals=dict(zip(YEARS, r[4:]))))
    return header, out


def table2():
    """Phụ lục 02: rows dict(kind=total|group|item, no, name, qty{year}, val{year})"""
    c = cells_of(split_parts()[7])
    if c[-1] == "":
        c = c[:-1]
    assert c[:8] == ["", "TT", "Sản phẩm"] + [f"Kế hoạch {y}" for y in YEARS], c[:8]
    assert c[8] == "" and c[9:19] == ["Lượng (Tấn)", "Giá trị tham gia xuất khẩu (Nghìn USD)"] * 5, c[9:19]
    rows = _rows(c[19:], 12)
    assert rows[0] == [""] + [str(i) for i in range(1, 12)], rows[0]
    out, g = [], None
    for r in rows[1:]:
        q = dict(zip(YEARS, r[2::2]))
        v = dict(zip(YEARS, r[3::2]))
        if r[0] == "":
            kind = "total"
        elif re.fullmatch(r"[IVX]+", r[0]):
            kind, g = "group", r[0]
        else:
            assert r[0].isdigit(), r
            kind = "item"
        out.append(dict(kind=kind, group=g, no=r[0], name=r[1], qty=q, val=v))
    return out


def items1():
    return [r for r in table1()[1] if r["kind"] == "item"]


def crop1(name):
    hits = [r for r in items1() if r["crop"] == name]
    assert hits, name
    return hits


def item2(name):
    hits = [r for r in table2() if r["name"] == name]
    assert len(hits) == 1, name
    return hits[0]


def flat():
    """the source without the lines consisting of a single '|' (flattened-table separators) and without '**'/'*'
    emphasis marks, whitespace-normalised: the text against which evidence snippets are checked verbatim"""
    t = re.sub(r"(?m)^\|[ \t]*$", " ", raw())
    return ws(t.replace("**", "").replace("*", ""))


if __name__ == "__main__":
    print(letterhead())
    print(signature())
    for p in decision_paragraphs():
        print("D|", p[:150])
    for p in plan_paragraphs():
        print("P|", p[:150])
    print(annex_heading(1), annex_heading(2))
    h, rows = table1()
    print(h)
    for r in rows:
        print(r)
    for r in table2():
        print(r)
