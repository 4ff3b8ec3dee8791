"""Parse of the held-out-40 source copy: Kế hoạch số 310/KH-UBND ngày 24/11/2025 của Ủy ban nhân dân thành phố Hà Nội
"Phát triển hạ tầng 5G, IoT trong các khu công nghệ cao, khu công nghiệp, cụm công nghiệp trên địa bàn thành phố Hà
Nội đến năm 2030": letterhead, the plan (preamble; I. Mục đích, yêu cầu; II. Mục tiêu; III. Giải pháp; IV. Kinh phí
thực hiện; V. Tổ chức thực hiện), Nơi nhận + signature, and the PHỤ LỤC task table (TT / Nội dung/nhiệm vụ / Cơ quan
chủ trì / Cơ quan phối hợp / Thời gian thực hiện; 6 rows).
The source is a Markdown rendering of an HTML page, hard-wrapped at ~80 columns; tables are flattened: each cell is a
run of lines after a line holding a single "|", a row ends with an empty cell ("|" followed by "|").
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "31786b0833a4130d.md"
KEY = "kh310-2025-hanoi"
SRC_BYTES = 23764
BLOB = "ed941f6a26d3c05f0d763ef34269721fdbe7ab5b"
SEP = r"\n\|[ \t]*(?=\n|$)"
HEAD = ["TT", "Nội dung/nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]


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
    """the source with the flattened-table separator lines and the emphasis marks removed (for evidence checks)"""
    t = re.sub(SEP, "\n", raw())
    return t.replace("**", "").replace("*", "")


def split_parts():
    """letterhead, plan body, signature block, annex"""
    t = raw()
    i_plan = t.index("**KẾ HOẠCH**")
    i_sig = t.index("\n|\n*Nơi nhận:*")
    i_a = t.index("**PHỤ LỤC**")
    return t[:i_plan], t[i_plan:i_sig], t[i_sig:i_a], t[i_a:]


def letterhead():
    cells = [c for c in (x.strip("\n") for x in re.split(SEP, "\n" + split_parts()[0])) if clean(c)]
    out = [[clean(ln) for ln in re.split(r"\n(?=[A-ZĐỦỘ-])", c) if clean(ln) and not re.match(r"^-+$", ln.strip())]
           for c in cells]
    out = [[clean(x) for x in re.split(r"\n", "\n".join(o))] for o in out]
    # join the hard-wrapped lines of the same visual line
    lh = [["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
          ["Số: 310/KH-UBND"], ["Hà Nội, ngày 24 tháng 11 năm 2025"]]
    got = [clean(" ".join(x for x in o if not re.match(r"^-+$", x))) for o in out]
    assert got == [" ".join(x) for x in lh], got
    return lh[0], lh[1], lh[2][0], lh[3][0]


def body_blocks():
    """[(kind, text)]: kind in title, subject, para, h1 (I.-V.), h2 (numbered 1.-5.), item (a)-d)), bullet ("- ")"""
    out = []
    for b in re.split(r"\n\s*\n", split_parts()[1]):
        c = clean(b)
        if not c:
            continue
        bs = b.strip()
        whole_bold = bs.startswith("**") and bs.endswith("**") and bs.count("**") == 2
        if c == "KẾ HOẠCH":
            k = "title"
        elif not out or out[-1][0] == "title":
            k = "subject"
        elif whole_bold and re.match(r"^[IV]+\. ", c):
            k = "h1"
        elif re.match(r"^\d\. ", c) and bs.startswith("**"):
            k = "h2"
        elif re.match(r"^[a-d]\) ", c):
            k = "item"
        elif c.startswith("- "):
            k = "bullet"
        else:
            k = "para"
        out.append((k, c))
    assert out[0] == ("title", "KẾ HOẠCH") and out[1][1].startswith("PHÁT TRIỂN HẠ TẦNG 5G"), out[:2]
    assert [c for k, c in out if k == "h1"] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "III. GIẢI PHÁP",
                                                 "IV. KINH PHÍ THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN"], out
    return out


def signature():
    cells = [c.strip("\n") for c in re.split(SEP, split_parts()[2]) if clean(c)]
    assert len(cells) == 2, len(cells)
    rec = []
    for ln in cells[0].split("\n"):
        x = clean(ln)
        if not x:
            continue
        if rec and not x.startswith("-") and rec[-1] != "Nơi nhận:":
            rec[-1] += " " + x
        else:
            rec.append(x)
    sig = [clean(ln) for ln in cells[1].split("\n") if clean(ln)]
    sig = [" ".join(sig[:2])] + sig[2:]
    assert rec[0] == "Nơi nhận:" and len(rec) == 13, rec
    assert sig == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trương Việt Dũng"], sig
    return rec, sig


def annex():
    """(title lines, rows): rows = dict(tt, task, lead, partner, time)"""
    part = split_parts()[3]
    pieces = re.split(SEP, part)
    title = [clean(x) for x in re.split(r"\n\s*\n", pieces[0]) if clean(x)]
    cs = [clean(c) for c in pieces[1:]]
    assert cs[:5] == HEAD and cs[5] == "", cs[:6]
    rows, cur = [], []
    for c in cs[6:]:
        if c == "":
            if cur:
                rows.append(cur)
            cur = []
        else:
            cur.append(c)
    if cur:
        rows.append(cur)
    out = [dict(tt=r[0], task=r[1], lead=r[2], partner=r[3], time=r[4]) for r in rows]
    assert all(len(r) == 5 for r in rows), rows
    assert [r["tt"] for r in out] == [str(i) for i in range(1, 7)]
    assert title[0] == "PHỤ LỤC", title
    return title, out


def row(n):
    return annex()[1][n - 1]


if __name__ == "__main__":
    print(letterhead())
    for k, c in body_blocks():
        print(k, repr(c[:90]))
    print(signature())
    t, rs = annex()
    print(t)
    for r in rs:
        print(r)
