"""Parse of the held-out-41 source copy: Kế hoạch số 617/KH-UBND ngày 01/12/2025 của Ủy ban nhân dân tỉnh Đồng Tháp
"Chuyển đổi số cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh": letterhead, the plan
(preamble; I. Mục đích, yêu cầu; II. Mục tiêu, đối tượng; III. Nhiệm vụ, giải pháp trọng tâm; IV. Tổ chức thực hiện),
Nơi nhận + signature, and the PHỤ LỤC "Danh mục các nhiệm vụ trọng tâm" (STT / Tên nhiệm vụ / Cơ quan chủ trì / Cơ quan
phối hợp / Thời gian hoàn thành; 4 group rows I.-IV., 11 task rows).
The source is a Markdown rendering of an HTML page, hard-wrapped at ~80 columns; tables are flattened: each cell is a
run of lines after a line holding a single "|", a row ends with an empty cell ("|" followed by "|").
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "8718801c503045f9.md"
KEY = "kh617-2025-dongthap"
SRC_BYTES = 15954
BLOB = "cc5edd636f52de992c5664771f844e8c6c7705b0"
SEP = r"\n\|[ \t]*(?=\n|$)"
HEAD = ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]


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
    lh = (["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
          "Số: 617/KH-UBND", "Đồng Tháp, ngày 01 tháng 12 năm 2025")
    cells = [clean(re.sub(r"\n-{5,}", "", c)) for c in re.split(SEP, "\n" + split_parts()[0]) if clean(c)]
    assert cells == [" ".join(lh[0]), " ".join(lh[1]), lh[2], lh[3]], cells
    return lh


def body_blocks():
    """[(kind, text)]: kind in title, subject, para, h1 (I.-IV.), h2 (numbered 1.-7.), item (a)-h))"""
    out = []
    for b in re.split(r"\n\s*\n", split_parts()[1]):
        c = clean(b)
        if not c:
            continue
        bs = b.strip()
        whole_bold = bs.startswith("**") and bs.endswith("**") and bs.count("**") == 2
        if c == "KẾ HOẠCH":
            k = "title"
        elif out and out[-1][0] == "title":
            k = "subject"
        elif whole_bold and re.match(r"^[IV]+\. ", c):
            k = "h1"
        elif whole_bold and re.match(r"^\d\. ", c):
            k = "h2"
        elif re.match(r"^(đ|[a-h])\) ", c):
            k = "item"
        else:
            k = "para"
        out.append((k, c))
    assert out[0] == ("title", "KẾ HOẠCH") and out[1][1].startswith("CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP"), out[:2]
    assert [c for k, c in out if k == "h1"] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU, ĐỐI TƯỢNG",
                                                 "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "IV. TỔ CHỨC THỰC HIỆN"], out
    return out


def signature():
    cells = [c.strip("\n") for c in re.split(SEP, split_parts()[2]) if clean(c)]
    assert len(cells) == 2, len(cells)
    rec = [clean(ln) for ln in cells[0].split("\n") if clean(ln)]
    sig = [clean(ln) for ln in cells[1].split("\n") if clean(ln)]
    sig = [" ".join(sig[:2])] + sig[2:]
    assert rec[0] == "Nơi nhận:" and len(rec) == 6 and rec[-1].startswith("- Lưu"), rec
    assert sig == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Huỳnh Minh Tuấn"], sig
    return rec, sig


def annex():
    """(title lines, groups): groups = [(group title, [dict(stt, task, lead, partner, time)])]"""
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
    groups = []
    for r in rows:
        if len(r) == 1:
            assert re.match(r"^[IV]+\. ", r[0]), r
            groups.append((r[0], []))
        else:
            assert len(r) == 5, r
            groups[-1][1].append(dict(stt=r[0], task=r[1], lead=r[2], partner=r[3], time=r[4]))
    assert [g for g, _ in groups] == ["I. NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY",
                                      "II. HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ CHUYỂN ĐỔI SỐ DOANH NGHIỆP",
                                      "III. PHÁT TRIỂN HẠ TẦNG SỐ VÀ THÚC ĐẨY ỨNG DỤNG TRONG SẢN XUẤT KINH DOANH",
                                      "IV. HỢP TÁC VÀ THU HÚT ĐẦU TƯ"], groups
    assert [r["stt"] for _, rs in groups for r in rs] == [str(i) for i in range(1, 12)]
    assert title[:2] == ["PHỤ LỤC", "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM"], title
    return title, groups


def rows():
    return [dict(r, group=g) for g, rs in annex()[1] for r in rs]


def row(n):
    return rows()[n - 1]


if __name__ == "__main__":
    print(letterhead())
    for k, c in body_blocks():
        print(k, repr(c[:100]))
    print(signature())
    t, gs = annex()
    print(t)
    for r in rows():
        print(r)
