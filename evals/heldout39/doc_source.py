"""Parse of the held-out-39 source copy: Kế hoạch số 0134/KH-UBND ngày 25/11/2025 của Ủy ban nhân dân tỉnh Đắk Lắk
"Quan trắc, cảnh báo môi trường tại một số vùng nuôi trồng thủy sản trên địa bàn tỉnh Đắk Lắk, giai đoạn 2026 - 2030":
letterhead, the plan (bases; I. Mục tiêu; II. Nội dung kế hoạch; III. Dự toán kinh phí; IV. Tổ chức thực hiện), Nơi
nhận + signature, PHỤ LỤC I (16 monitoring points in 4 areas: TT / Tên điểm quan trắc / Kiểu/loại quan trắc / Vị trí
lấy mẫu X, Y (VN-2000) / Mô tả điểm quan trắc / Ghi chú) and PHỤ LỤC II (cost estimate: TT / Chỉ tiêu / Tần suất /
Số điểm / Số mẫu phân tích trên điểm / Số đợt quan trắc/năm / Số lượng (mẫu) / Đơn giá (đồng) / Thành tiền (đồng) /
Ghi chú).
The source is a Markdown rendering of an HTML page, hard-wrapped at ~80 columns; tables are flattened: each cell is a
run of lines after a line holding a single "|". In PHỤ LỤC I a row ends with one empty cell; in PHỤ LỤC II rows end
with two empty cells and single empty cells occur INSIDE rows (cells that were merged in the original). Merged cells
were lost: PHỤ LỤC I points 13-15 have a second row (sample position + description, no TT); the "Ghi chú" cell appears
only on the first row of the points it covered (and the note of point 10 continues on point 11's row).
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "d5ffa6afac124d52.md"
KEY = "kh0134-2025-daklak"
SRC_BYTES = 49409
BLOB = "afe370e2f4256347364238cb323c305b03c98f67"
SEP = r"\n\|[ \t]*(?=\n|$)"
HEAD1 = ["TT", "Tên điểm quan trắc", "Kiểu/loại quan trắc", "Vị trí lấy mẫu (theo tọa độ VN-2000)",
         "Mô tả điểm quan trắc", "Ghi chú"]
HEAD2 = ["TT", "Chỉ tiêu", "Tần suất (đợt/tháng)", "Số điểm", "Số mẫu phân tích trên điểm", "Số đợt quan trắc/năm",
         "Số lượng (mẫu)", "Đơn giá (đồng)", "Thành tiền (đồng)", "Ghi chú"]
ROMANS = ["I", "II", "III", "IV"]
AMOUNT = re.compile(r"^\d{1,3}(\.\d{3})+$")
NOTE = re.compile(r"^(STT|SST|Giá tham khảo)")
TTRE = re.compile(r"^(I|II|III|IV|\d+(\.\d+)*|[a-c]|-|Tổng.*)$")


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


def split_parts():
    """letterhead, plan body, signature block, annex I, annex II"""
    t = raw()
    i_plan = t.index("**KẾ HOẠCH**")
    i_sig = t.index("\n|\nNơi nhận:")
    i_a1 = t.index("**PHỤ LỤC I**")
    i_a2 = t.index("**PHỤ LỤC II**")
    return t[:i_plan], t[i_plan:i_sig], t[i_sig:i_a1], t[i_a1:i_a2], t[i_a2:]


def letterhead():
    cells = [c for c in (x.strip("\n") for x in re.split(SEP, "\n" + split_parts()[0])) if clean(c)]
    out = [[clean(ln) for ln in c.split("\n") if clean(ln) and not re.match(r"^-+$", ln.strip())] for c in cells]
    assert out == [["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                   "Độc lập - Tự do - Hạnh phúc"], ["Số: 0134/KH-UBND"], ["Đắk Lắk, ngày 25 tháng 11 năm 2025"]], out
    return out


def body_blocks():
    """the plan's paragraphs (each a blank-line separated block), cleaned; the title split from the subject"""
    bl = [clean(b) for b in re.split(r"\n\s*\n", split_parts()[1]) if clean(b)]
    assert bl[0] == "KẾ HOẠCH" and bl[1].startswith("QUAN TRẮC, CẢNH BÁO"), bl[:2]
    return bl


def signature():
    cells = [c.strip("\n") for c in re.split(SEP, split_parts()[2]) if clean(c)]
    assert len(cells) == 2, len(cells)
    recv = [ws(ln) for ln in cells[0].split("\n") if ws(ln)]
    # the source wraps one recipient line ("- Bộ Nông / nghiệp và Môi trường (b/c);") and the VP line
    rec = []
    for ln in recv:
        if rec and not ln.startswith("-"):
            rec[-1] += " " + ln
        else:
            rec.append(ln)
    sig = [clean(ln) for ln in cells[1].split("\n") if clean(ln)]
    assert rec[0] == "Nơi nhận:" and len(rec) == 9, rec
    assert sig == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trương Công Thái"], sig
    return rec, sig


def _cells(part):
    return [clean(c) for c in re.split(SEP, part)]


def annex1():
    """(title lines, rows): rows = dict(kind=group|point|sub, tt, name, type, x, y, desc, note)"""
    cs = _cells(split_parts()[3])
    title = [clean(x) for x in re.split(r"\n\s*\n", re.split(SEP, split_parts()[3])[0]) if clean(x)]
    assert cs[1:7] == HEAD1 and cs[7] == "" and cs[8:10] == ["X", "Y"], cs[:10]
    rows, cur = [], []
    for c in cs[10:]:
        if c == "":
            if cur:
                rows.append(cur)
            cur = []
        else:
            cur.append(c)
    if cur:
        rows.append(cur)
    out = []
    for r in rows:
        if r[0] in ROMANS:
            assert len(r) == 2
            out.append(dict(kind="group", tt=r[0], name=r[1]))
        elif r[0].isdigit():
            assert 6 <= len(r) <= 7, r
            d = dict(kind="point", tt=r[0], name=r[1], type=r[2], x=r[3], y=r[4], desc=r[5],
                     note=r[6] if len(r) == 7 else "")
            out.append(d)
        else:
            assert len(r) == 3, r
            out.append(dict(kind="sub", tt="", name="", type="", x=r[0], y=r[1], desc=r[2], note=""))
    pts = [r for r in out if r["kind"] == "point"]
    assert [int(r["tt"]) for r in pts] == list(range(1, 17))
    assert [r["tt"] for r in out if r["kind"] == "group"] == ROMANS
    assert [out[i - 1]["tt"] for i, r in enumerate(out) if r["kind"] == "sub"] == ["13", "14", "15"]
    return title, out


def P1(n):
    r = [x for x in annex1()[1] if x["kind"] == "point" and x["tt"] == str(n)]
    assert len(r) == 1
    return r[0]


def annex2():
    """(title lines, rows): rows = dict(kind=sec|item|total, tt, name, vals: 8 cells Tần suất ... Ghi chú, sec path)"""
    part = split_parts()[4]
    title = [clean(x) for x in re.split(r"\n\s*\n", re.split(SEP, part)[0]) if clean(x)]
    cs = _cells(part)
    assert cs[1:11] == HEAD2 and cs[11] == "", cs[:12]
    cs = cs[12:]
    rows, i = [], 0
    n = len(cs)
    while i < n:
        if cs[i] == "":
            i += 1
            continue
        tt = cs[i]
        assert TTRE.match(tt), (i, tt, cs[i - 3:i + 3])
        if tt.startswith("Tổng"):
            vals = [c for c in cs[i + 1:] if c]
            assert vals == ["1.500.000.000"], vals
            rows.append(dict(kind="total", tt=tt, name="", vals=[""] * 6 + ["1.500.000.000", ""]))
            break
        name = cs[i + 1]
        j = i + 2
        got = []  # (value) in order, with "" for in-row empty cells
        while j < n:
            c = cs[j]
            nxt = cs[j + 1] if j + 1 < n else ""
            vals = [g for g in got if g]
            if c == "":
                # end of row: a TT-like cell after empties, and the row is complete
                k = j
                while k < n and cs[k] == "":
                    k += 1
                nonempty = k < n and TTRE.match(cs[k])
                complete = (len(vals) == 1 and AMOUNT.match(vals[0])) or (vals and NOTE.match(vals[-1])) or (
                    len(vals) == 4 and AMOUNT.match(vals[-1]) and not vals[0][0].isdigit())
                if (complete and (nonempty or k >= n)) or k >= n:
                    j = k
                    break
                got.append("")
                j += 1
                continue
            got.append(c)
            j += 1
        vals = [g for g in got if g]
        if len(vals) == 1 and AMOUNT.match(vals[0]):
            rows.append(dict(kind="sec", tt=tt, name=name, vals=[""] * 6 + [vals[0], ""]))
        elif vals and NOTE.match(vals[-1]) and len(vals) == 8:  # full row
            rows.append(dict(kind="item", tt=tt, name=name, vals=vals))
        elif vals and NOTE.match(vals[-1]) and len(vals) == 7:  # lobster cages (1.2): frequency cell merged away
            rows.append(dict(kind="item", tt=tt, name=name, vals=[""] + vals))
        elif vals and NOTE.match(vals[-1]) and len(vals) == 5:  # ad-hoc (2.x): frequency, quantity, price, amount, note
            rows.append(dict(kind="item", tt=tt, name=name, vals=[vals[0], "", "", ""] + vals[1:]))
        elif len(vals) == 4 and AMOUNT.match(vals[-1]):  # II.x: unit (Tần suất column), quantity, price, amount
            rows.append(dict(kind="item", tt=tt, name=name, vals=[vals[0], "", "", ""] + vals[1:] + [""]))
        else:
            raise AssertionError((tt, name, vals))
        i = j
    return title, rows


def annex2_paths():
    """annex II rows with their section path (list of (tt, name) of the enclosing section rows)"""
    title, rows = annex2()
    out, stack = [], []
    lvl = {"I": 0, "II": 0, "III": 0, "IV": 0}

    def depth(tt):
        if tt in lvl:
            return 0
        if re.match(r"^\d+(\.\d+)*$", tt):
            return 1 + tt.count(".")
        return 9  # a, b, c

    for r in rows:
        if r["kind"] == "sec":
            d = depth(r["tt"])
            stack = [s for s in stack if s[0] < d] + [(d, r["tt"], r["name"])]
            out.append(dict(r, path=[(t, n) for _, t, n in stack[:-1]]))
        else:
            out.append(dict(r, path=[(t, n) for _, t, n in stack]))
    return out


def flat():
    """the source with the flattened-table separator lines and the emphasis marks removed (for evidence checks)"""
    t = re.sub(SEP, "\n", raw())
    return t.replace("**", "").replace("*", "")


if __name__ == "__main__":
    print(letterhead())
    for b in body_blocks():
        print("B", repr(b[:100]))
    print(signature())
    t1, r1 = annex1()
    print(t1)
    for r in r1:
        print(r)
    t2, r2 = annex2()
    print(t2)
    for r in annex2_paths():
        print(r["kind"], r["tt"], r["name"][:40], r["vals"], [p[0] for p in r["path"]])


def body_items():
    """(kind, text) of the plan body: title, subject, basis, h2 (I.-IV.), h3 (bold "1."-style), h4 (bold "1.1."-style),
    h5 (italic "1.1.1."-style), b1 ("- " bullet), b2 ("+ " bullet), p (other paragraphs)"""
    raws = [b.strip() for b in re.split(r"\n\s*\n", split_parts()[1]) if clean(b)]
    out = []
    for i, r in enumerate(raws):
        c = clean(r)
        full_bold = r.startswith("**") and r.rstrip().endswith("**") and r.count("**") == 2
        full_ital = r.startswith("*") and not r.startswith("**") and r.rstrip().endswith("*") and r.count("*") == 2
        if i == 0:
            k = "title"
        elif i == 1:
            k = "subject"
        elif c.startswith("Căn cứ "):
            k = "basis"
        elif re.match(r"^(I|II|III|IV)\. ", c):
            k = "h2"
        elif full_bold and re.match(r"^\d+\.\d+\. ", c):
            k = "h4"
        elif full_bold and re.match(r"^\d+\. ", c):
            k = "h3"
        elif full_ital and re.match(r"^\d+\.\d+\.\d+\. ", c):
            k = "h5"
        elif c.startswith("- "):
            k = "b1"
        elif c.startswith("+ "):
            k = "b2"
        else:
            k = "p"
        out.append((k, c))
    return out
