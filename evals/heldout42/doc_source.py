"""Parse of the held-out-42 source copy: Nghị quyết số 1339/NQ-UBTVQH15 ngày 28/12/2024 của Ủy ban Thường vụ Quốc hội
ban hành Kế hoạch sửa đổi, bổ sung các luật, nghị quyết phục vụ công tác sắp xếp tổ chức bộ máy của các cơ quan của
Quốc hội, cơ quan thuộc Ủy ban Thường vụ Quốc hội và Văn phòng Quốc hội: the resolution (title, issuer, 3 legal bases,
QUYẾT NGHỊ, Điều 1-3), the KẾ HOẠCH (title, "Ban hành kèm theo" line) with its TASK TABLE (TT / Tên văn bản / Cơ quan
trình / Cơ quan soạn thảo / Cơ quan thẩm tra/chuẩn bị ý kiến / Tiến độ / Hồ sơ; 2 group rows, 11 text rows, the TT column
empty in the page) and 3 footnotes.
The source is a Markdown rendering of an HTML page; the table is a broken pipe table (rows split over several lines,
stray "|" lines, no row numbers). Cells are recovered by splitting the table text on "|": a row starts at a cell
beginning "Luật " or "Nghị quyết "; two rows have no examining-body cell (5 cells instead of 6).
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "ae8d299abf846604.md"
KEY = "nq1339-2024-ubtvqh"
SRC_BYTES = 15356
BLOB = "71e391dbd39710ab04c62bd820eeaaaebcf89436"
HEAD = ["TT", "Tên văn bản", "Cơ quan trình", "Cơ quan soạn thảo", "Cơ quan thẩm tra/chuẩn bị ý kiến", "Tiến độ",
        "Hồ sơ"]
FIELDS = ["name", "submit", "draft", "exam", "time", "dossier"]


def raw():
    b = SRC.read_bytes()
    assert len(b) == SRC_BYTES, len(b)
    return b.decode("utf-8")


def text():
    return raw()


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def clean(s):
    return ws(s.replace("**", "").replace("*", ""))


def flat():
    """the source with the table's "|" separators and the emphasis marks removed (for evidence checks)"""
    t = raw()
    i, j = t.index("| TT |"), t.index("[1] Sau")
    tab = "\n".join(c.strip() for c in t[i:j].split("|") if c.strip())
    return (t[:i] + tab + "\n\n" + t[j:]).replace("**", "").replace("*", "")


def parts():
    t = raw()
    i_plan = t.index("--------------\n\n## KẾ HOẠCH")
    i_tab = t.index("| TT |")
    i_fn = t.index("[1] Sau")
    return t[:i_plan], t[i_plan:i_tab], t[i_tab:i_fn], t[i_fn:]


def resolution():
    """blocks (kind, text) of the resolution: title, subtitle, issuer, basis x3, decide, art, para"""
    blocks = [b for b in parts()[0].split("\n\n") if b.strip()]
    out = []
    for b in blocks:
        c = clean(b)
        if b.startswith("*") and not b.startswith("**"):
            out.append(("basis", c))
        elif re.match(r"^\*\*Điều \d\.\*\*$", b):
            out.append(("art", c))
        elif b.startswith("**"):
            out.append(("bold", c))
        else:
            out.append(("para", c))
    kinds = [k for k, _ in out]
    assert kinds == ["bold"] * 3 + ["basis"] * 3 + ["bold", "art", "para", "art"] + ["para"] * 4 + ["art", "para"], kinds
    assert out[0][1] == "NGHỊ QUYẾT" and out[2][1] == "ỦY BAN THƯỜNG VỤ QUỐC HỘI" and out[6][1] == "QUYẾT NGHỊ:"
    return out


def plan_head():
    blocks = [clean(b) for b in parts()[1].split("\n\n") if b.strip() and not b.startswith("---")]
    blocks = [re.sub(r"^#+ ", "", b) for b in blocks]
    assert blocks[0] == "KẾ HOẠCH" and blocks[1].startswith("SỬA ĐỔI, BỔ SUNG") and blocks[2].startswith(
        "(Ban hành kèm theo Nghị quyết số 1339/NQ-UBTVQH15 ngày 28 tháng 12 năm 2024"), blocks
    assert len(blocks) == 3
    return blocks


def cells():
    return [ws(c) for c in parts()[2].split("|") if ws(c)]


def table():
    """(groups, rows): groups = [(title, [row, ...]), ...]; row = dict(name, submit, draft, exam, time, dossier, group)"""
    cs = cells()
    assert cs[:7] == HEAD, cs[:7]
    groups, cur = [], None
    for c in cs[7:]:
        if re.match(r"^(I|II)\. ", c):
            groups.append((c, []))
            continue
        if re.match(r"^(Luật|Nghị quyết) ", c):
            cur = [c]
            groups[-1][1].append(cur)
            continue
        cur.append(c)
    rows = []
    for gi, (g, rs) in enumerate(groups):
        for k, r in enumerate(rs):
            if len(r) == 5:
                r = r[:3] + [""] + r[3:]
            assert len(r) == 6, r
            d = dict(zip(FIELDS, r))
            d["group"] = gi + 1
            rows.append(d)
            rs[k] = d
    assert [len(x[1]) for x in groups] == [2, 9], [len(x[1]) for x in groups]
    assert sum(1 for r in rows if not r["exam"]) == 2
    return groups, rows


def rows():
    return table()[1]


def row(n):
    """the n-th text of the table in page order (1-11; the page itself has no row numbers)"""
    return rows()[n - 1]


def footnotes():
    fn = [ws(x) for x in parts()[3].split("\n\n") if x.strip()]
    assert len(fn) == 3 and all(f.startswith(f"[{i}] ") for i, f in enumerate(fn, 1)), fn
    return fn


if __name__ == "__main__":
    for k, c in resolution():
        print(k, c[:100])
    print(plan_head())
    for r in rows():
        print(r["group"], "|", r["name"][:70], "|", r["submit"], "|", r["draft"], "|", r["exam"][:60], "|", r["time"][:60])
    print(footnotes())
