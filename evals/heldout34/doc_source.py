"""Parse of the held-out-34 source copy: Kế hoạch số 0204/KH-UBND ngày 24/11/2025 của UBND tỉnh Cà Mau "Tài chính -
ngân sách nhà nước 03 năm 2026 - 2028 tỉnh Cà Mau" (body I-III, Nơi nhận, signature, five annex tables "Mẫu biểu số
01-05" and four footnotes). The source is a Markdown rendering of an HTML page in which every table is flattened:
each cell is a run of lines preceded by a line consisting of a single "|"; a row ends with one more "|" line. Data rows
have a fixed number of cells (8, or 7 in Mẫu biểu 04), so rows are read by counting cells (empty cells are "").
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "9b7eebadf7081069.md"
KEY = "kh0204-camau-tcns-2028"
SRC_BYTES = 52493
SRC_CHARS = 42924
BLOB = "a2d6d7f81b1d507a1a3e812f09d51cb0fc61d0bb"


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
    return ws(s.replace("**", "").replace("*", ""))


SEP = r"\n\|[ \t]*(?=\n|$)"


def split_parts():
    """letterhead, body, signature, annex (5 tables), footnotes"""
    t = raw()
    i_kh = t.index("**KẾ HOẠCH**")
    i_sig = t.index("|\nNơi nhận:")
    i_an = t.index("**Mẫu biểu số 01**")
    i_fn = t.index("\n[1]\n")
    return t[:i_kh], t[i_kh:i_sig], t[i_sig:i_an], t[i_an:i_fn], t[i_fn:]


def letterhead():
    blk = split_parts()[0]
    out = []
    for c in re.split(SEP, "\n" + blk.strip("\n")):
        for ln in re.split(r"\n(?=\*\*|Độc|-{3,}|Số:|\*Cà Mau)", c.strip("\n")):
            if clean(ln):
                out.append(clean(ln))
    return out


def body_blocks():
    """[(style, text)]: 'b' (whole paragraph bold), 'i' (whole paragraph italic) or 'p'"""
    out = []
    for p in re.split(r"\n\s*\n", split_parts()[1]):
        s = p.strip()
        c = clean(s)
        if not c:
            continue
        if s.startswith("**") and s.endswith("**") and s.count("**") == 2:
            st = "b"
        elif s.startswith("*") and not s.startswith("**") and s.endswith("*") and s.count("*") == 2:
            st = "i"
        elif s.startswith("** ") and s.endswith("*") and s.count("*") == 3:
            st = "i"  # "** Thuận lợi cơ bản tác động tăng thu*" (a lost bullet sign)
        else:
            st = "p"
        out.append((st, c))
    return out


def paragraphs():
    return [c for _, c in body_blocks()]


def signature():
    blk = split_parts()[2]
    cells = [c.strip("\n") for c in re.split(SEP, "\n" + blk.strip("\n")) if c.strip()]
    recv = [clean(x) for x in re.split(r"\n(?=- )", cells[0]) if clean(x)]
    sig = [clean(x) for x in re.split(r"\n(?=\*\*|KT\.)", cells[1]) if clean(x)]
    return recv, sig


# header of each table: (top row, second row, numbering row), as printed (cleaned). Top-row cells that span two columns
# over the second row are listed with their span in SPANS.
HEADS = {
    "01": (["STT", "Nội dung", "Đơn vị tính", "Năm hiện hành 2025", "Năm 2026", "Năm 2027", "Năm 2028"],
           ["Kế hoạch", "Ước thực hiện"], ["1", "2", "3", "4", "5", "6", "7", "8"]),
    "02": (["STT", "Nội dung", "Năm hiện hành 2025", "Dự kiến 03 năm kế hoạch"],
           ["Dự toán TTg giao", "Dự toán HĐND tỉnh quyết định", "Đánh giá thực hiện", "Năm 2026", "Năm 2027",
            "Năm 2028"], ["A", "B", "1", "2", "3", "4", "5", "6"]),
    "03": (["STT", "Nội dung", "Năm hiện hành 2025", "Dự kiến dự toán năm 2026", "So sánh năm 2026 với ƯTH năm 2025",
            "Dự kiến năm 2027", "Dự kiến năm 2028"], ["Dự toán", "Ước thực hiện"],
           ["A", "B", "1", "2", "3", "4=3/2", "5", "6"]),
    "04": (["STT", "Nội dung", "Năm 2025", "Dự kiến 03 năm kế hoạch"],
           ["Dự toán HĐND tỉnh quyết định", "Đánh giá thực hiện", "Năm 2026", "Năm 2027", "Năm 2028"],
           ["A", "B", "2", "3", "4", "5", "6"]),
    "05": (["STT", "Nội dung", "Năm 2025", "Dự toán 2026", "DT 2026 với UTH 2025 (%)", "Dự kiến năm 2027",
            "Dự kiến năm 2028"], ["Dự toán", "Ước thực hiện"], ["A", "B", "1", "2", "3", "4=3/2", "5", "6"]),
}
# for each table: the top-row cell that spans columns over the second row -> (first column, width)
SPANS = {"01": {3: (3, 2)}, "02": {2: (2, 3), 3: (5, 3)}, "03": {2: (2, 2)}, "04": {2: (2, 2), 3: (4, 3)},
         "05": {2: (2, 2)}}


def columns(n):
    """flattened column names of table n (top - second level)"""
    top, sec, num = HEADS[n]
    cols, j, k = [], 0, 0
    for i, h in enumerate(top):
        if i in SPANS[n]:
            _, w = SPANS[n][i]
            for _ in range(w):
                cols.append(f"{h} - {sec[k]}")
                k += 1
        else:
            cols.append(h)
    assert len(cols) == len(num) and k == len(sec), (n, cols)
    return cols


def tables():
    """[dict(no, titles=[...], unit, rows=[[cells]], bold=[bool])] for Mẫu biểu số 01..05"""
    ann = split_parts()[3]
    out = []
    for blk in re.split(r"\n(?=\*\*Mẫu biểu số \d\d\*\*)", ann):
        blk = blk.strip("\n")
        if not blk.strip():
            continue
        n = re.match(r"\*\*Mẫu biểu số (\d\d)\*\*", blk).group(1)
        i_tb = blk.index("\n|\n**STT**")
        pre = [clean(p) for p in re.split(r"\n\s*\n", blk[:i_tb]) if clean(p)]
        unit = [p for p in pre if p.startswith("Đơn vị:")]
        titles = [p for p in pre if not p.startswith("Đơn vị:")]
        rawcells = re.split(SEP, "\n" + blk[i_tb:].strip("\n"))
        assert rawcells[0] == ""
        rawcells = rawcells[1:]
        top, sec, num = HEADS[n]
        ncol = len(num)
        head = [clean(c) for c in rawcells[:len(top) + len(sec) + len(num) + 3]]
        assert head == top + [""] + sec + [""] + num + [""], (n, head)
        rest = rawcells[len(head):]
        if rest and rest[-1].strip() in ("", "** **"):
            rest = rest[:-1]
        rows, bold = [], []
        for i in range(0, len(rest), ncol + 1):
            r = rest[i:i + ncol]
            assert len(r) == ncol, (n, r)
            assert i + ncol >= len(rest) or clean(rest[i + ncol]) == "", (n, r, rest[i + ncol])
            rows.append([clean(c) for c in r])
            bold.append(r[1].strip().startswith("**"))
        out.append(dict(no=n, titles=titles, unit=unit[0] if unit else "", rows=rows, bold=bold))
    assert [t["no"] for t in out] == ["01", "02", "03", "04", "05"]
    return out


def table(n):
    return [t for t in tables() if t["no"] == n][0]


def footnotes():
    fn = split_parts()[4]
    parts = re.split(r"\n\s*\n(?=\[\d\])", fn.strip("\n"))
    return [clean(p) for p in parts if clean(p)]


def flat():
    t = re.sub(r"(?m)^\|[ \t]*$", " ", raw())
    return ws(t.replace("**", "").replace("*", ""))


if __name__ == "__main__":
    print(letterhead())
    print(signature())
    for st, p in body_blocks():
        print(st, "|", p[:110])
    for t in tables():
        print(t["no"], t["titles"], t["unit"], columns(t["no"]))
        for r, b in zip(t["rows"], t["bold"]):
            print("  ", "B" if b else " ", r)
    print(footnotes())
