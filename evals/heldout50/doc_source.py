"""The held-out-50 document: Quyết định số 844/QĐ-TTg (13/5/2026) of the Prime Minister (KT. Thủ tướng, Phó Thủ tướng
Phạm Thị Thanh Trà) issuing the "Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí
thư về thực hiện bảo hiểm y tế toàn dân trong giai đoạn mới", with its PHỤ LỤC table of 29 tasks in 6 groups
(STT | Tên nhiệm vụ cụ thể | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành) -- verbatim copy in
source/ (sector: health insurance, bảo hiểm y tế).

The copy is the plain-text extraction of the Official Gazette PDF (Công báo số 286, 27-05-2026, pages 89-103) kept by
github.com/hrmaster1982-dev/phapluat-8chude-data (docs/bhxh/quyet-dinh-so-844-qd-ttg-469526.txt). Every physical line is
a line of the PDF: paragraphs are hard-wrapped, each page opens with the gazette running head ("CÔNG BÁO/Số 286/Ngày
27-05-2026" + page number), the annex table header is repeated on every annex page, and the table cells are extracted
cell after cell (long cells wrapped, some words one per line; a row that crosses a page continues after the next page's
header). parse() removes the running heads and the repeated headers, joins the wrapped lines of a paragraph/cell with
single spaces (exactly as ws() does, so the joined text is the whitespace-normalised source) and splits the table rows
into their six cells at hand-checked, ASSERTED places (ROWS below): the concatenation of a row's fragments in source
order must equal the row's text in the source. No word is changed; the only source characters not rendered are the
running heads (gazette line rendered once), the page numbers 89-103, the annex header printed on each annex page (rendered once), the underscore
rules and a stray "[" between "PHÓ THỦ TƯỚNG" and the signer's name.

flat(): the whole source whitespace-joined (evidence snippets are checked verbatim against it);
parse(): dict with gazette line, letterhead, decision, signature, stamp, plan parts I-III, annex (groups and rows);
rows(): the 29 annex rows (dicts with stt, group, name (list of paragraphs), lead, partner, result, time)."""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source" / "qd844-2026-ttg-bhyt.txt"
BLOB = "9739d8f9c12561ee5e23091c20e7aaabeec7fa98"
KEY = "qd844-2026-ttg-bhyt"
NBYTES = 37679
GAZETTE = "CÔNG BÁO/Số 286/Ngày 27-05-2026"
COLS = ["STT", "Tên nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian hoàn thành"]
HEAD_LINES = ["STT", "Tên nhiệm vụ cụ thể", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Kết quả", "Thời gian hoàn",
              "thành"]
ROMAN = ["I", "II", "III", "IV", "V", "VI"]

# Annex rows: the cells that follow the task name, in source order ('N' = a later fragment of the task name when the
# row crosses a page; 'L' lead, 'P' partner, 'R' result, 'T' time). For every row the name is what precedes the first
# listed fragment; the fragments must follow each other exactly in the source.
ROWS = {
    1: [("L", "Các bộ ở Trung ương, Ủy ban nhân dân cấp tỉnh ở địa phương"),
        ("P", "Các cơ quan, tổ chức, đơn vị khác có liên quan."), ("R", "Văn bản chỉ đạo"), ("T", "Thường xuyên")],
    2: [("L", "Ủy ban nhân dân các cấp"), ("P", "Các cơ quan, tổ chức, đơn vị có liên quan."),
        ("R", "Các chỉ tiêu được đưa vào các Nghị quyết, chương trình, kế hoạch"), ("T", "Hằng năm và từng giai đoạn")],
    3: [("L", "Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp"),
        ("P", "Các cơ quan, tổ chức, đơn vị có liên quan."),
        ("R", "Nghị quyết hỗ trợ mức đóng cho các nhóm đối tượng"), ("T", "Hằng năm và từng giai đoạn")],
    4: [("L", "Bộ Tài chính"),
        ("P", "Các Bộ, ngành, Ủy ban nhân dân cấp tỉnh, cơ quan, tổ chức, đơn vị có liên quan"),
        ("R", "Các kế hoạch, hoạt động truyền thông về bảo hiểm y tế được triển khai"), ("T", "Thường xuyên")],
    5: [("L", "Bộ Tài chính"), ("P", "Bộ Y tế, cơ quan, đơn vị liên quan"),
        ("R", "Quyết định của Bộ trưởng ban hành Đề án"), ("T", "Quý I/2027")],
    6: [("L", "Các bộ ở Trung ương, Ủy ban nhân dân cấp tỉnh ở địa phương"),
        ("P", "Các cơ quan, tổ chức, đơn vị có liên quan."), ("R", "Kế hoạch/hoạt động hằng năm"),
        ("T", "Thường xuyên")],
    7: [("L", "Bộ Y tế"), ("P", "Bộ Tài chính, các bộ, ngành, cơ quan, tổ chức có liên quan"),
        ("R", "Nghị quyết quy phạm pháp luật của Chính phủ"), ("T", "Quý II/2028")],
    8: [("L", "Bộ Y tế"), ("P", "Bộ Tài chính, các bộ, ngành, cơ"), ("R", "Nghị định của Chính phủ"),
        ("T", "Tháng 3/2027"),
        ("N", "với việc mở rộng phạm vi quyền lợi, mức hưởng bảo hiểm y tế trong đó tiếp tục nâng mức hỗ trợ đóng bảo "
              "hiểm y tế cho các đối tượng chính sách, người thuộc hộ cận nghèo, người khuyết tật, người yếu thế, bảo "
              "đảm duy trì bền vững và tăng tỷ lệ dân số tham gia bảo hiểm y tế."),
        ("P", "quan, tổ chức có liên quan")],
    9: [("L", "Bộ Y tế"), ("P", "Bộ Tài chính, các bộ, ngành, cơ quan, tổ chức có liên quan"),
        ("R", "Nghị quyết của Chính phủ"), ("T", "Quý IV/2028")],
    10: [("L", "Bộ Y tế"), ("P", "Bộ Tài chính, Bộ Tư pháp, các bộ, ngành, cơ quan, tổ chức có liên quan"),
         ("R", "Luật Bảo hiểm y tế (sửa đổi)"), ("T", "Quý I/2029")],
    11: [("L", "Bộ Y tế, Sở Y tế đối với địa phương"), ("P", "Cơ sở khám bệnh, chữa bệnh, cơ"),
         ("R", "Đề án/kế hoạch triển khai"), ("T", "Từ quý II/2027"),
         ("N", "bệnh thông thường ở cơ sở khám bệnh, chữa bệnh cấp chuyên sâu"), ("P", "quan, đơn vị liên quan")],
    12: [("L", "Cơ sở khám bệnh, chữa bệnh"), ("P", "Bộ Y tế, Sở Y tế, cơ quan, đơn vị liên quan"),
         ("R", "Đề án/kế hoạch triển khai"), ("T", "Từ quý I/2027")],
    13: [("L", "Bộ Y tế"), ("P", "Bộ Tài chính, cơ quan, đơn vị liên quan"), ("R", "Nghị quyết của Chính phủ"),
         ("T", "Đã hoàn thành")],
    14: [("L", "Cơ sở khám bệnh, chữa bệnh trình cấp có thẩm quyền"),
         ("P", "Các Bộ, ngành Ủy ban nhân dân cấp tỉnh, Sở Y tế cơ quan, đơn vị liên quan"),
         ("R", "Quyết định phê duyệt giá dịch vụ y tế"), ("T", "Từ tháng 5/2026, thường xuyên")],
    15: [("L", "Bộ Y tế, Ủy ban nhân dân cấp tỉnh"), ("P", "Bộ Tài chính, các cơ quan có liên quan"),
         ("R", "Các hoạt động, văn bản phối hợp"), ("T", "Thường xuyên")],
    16: [("L", "Ủy ban nhân dân cấp tỉnh"), ("P", "Sở Y tế, Sở Nội vụ, cơ quan, đơn vị liên quan"),
         ("R", "Quyết định của Uỷ ban nhân dân cấp tỉnh"), ("T", "Quý III/2026")],
    17: [("L", "Bộ Tài chính"), ("P", "Bộ Y tế, Sở Y tế, cơ sở khám bệnh, chữa bệnh"), ("R", "Các hoạt động"),
         ("T", "Thường xuyên")],
    18: [("L", "Bộ Y tế"), ("P", "Bộ Tài chính, cơ quan, tổ chức có liên quan, cơ sở khám bệnh, chữa bệnh"),
         ("R", "Nghị quyết của Chính phủ"), ("T", "Quý III/2027")],
    19: [("L", "Bộ Y tế"), ("P", "Bộ Tài chính, cơ quan, tổ chức có liên quan, cơ sở khám bệnh, chữa bệnh"),
         ("R", "Nghị quyết của Chính phủ"), ("T", "Quý IV/2027")],
    20: [("L", "Các Bộ, Ủy ban nhân dân các cấp"), ("P", "Cơ quan, đơn vị liên quan"),
         ("R", "Các kế hoạch/hoạt động thanh tra, kiểm tra, đôn đốc"), ("T", "Thường xuyên")],
    21: [("L", "Bộ Y tế"), ("P", "Bộ Tài chính, cơ quan, tổ chức có liên quan, cơ sở khám bệnh, chữa bệnh"),
         ("R", "Quyết định của Thủ tướng Chính phủ về giao chỉ tiêu phát triển BHYT giai đoạn 2026-2030"),
         ("T", "Quý II/2026")],
    22: [("L", "Bộ Tài chính"), ("P", "Bộ Y tế, Ủy ban nhân dân cấp tỉnh, cơ quan, tổ chức có liên quan"),
         ("R", "Kế hoạch hằng năm và các hoạt động thường xuyên"), ("T", "Hằng năm, thường xuyên")],
    23: [("L", "Bộ Y tế"), ("P", "Bộ, cơ quan, tổ chức có liên quan, cơ sở khám bệnh, chữa bệnh"),
         ("R", "Các văn bản được sửa đổi, bổ sung theo lộ trình phù hợp"), ("T", "Từ quý III/2026 đến quý III/2030"),
         ("N", "mãn tính, khám sức khỏe định kỳ và khám sàng lọc theo yêu cầu chuyên môn. Cụ thể:"),
         ("N", "- Hằng năm từ quý IV/2026 - 2029, xây dựng, sửa đổi, bổ sung các Thông tư để thực hiện tăng tỉ lệ, mức "
               "thanh toán bảo hiểm y tế đối với một số thuốc, thiết bị y tế, dịch vụ kỹ thuật y tế."),
         ("N", "- Từ quý IV/2027 xây dựng Nghị quyết thí điểm ban hành danh mục một số bệnh sàng lọc, chẩn đoán, điều "
               "trị sớm có chi phí hiệu quả cao và đối tượng ưu tiên thuộc phạm vi thanh toán bảo hiểm y tế."),
         ("N", "- Từ quý IV/2028 xây dựng Nghị quyết thí điểm thanh toán bảo hiểm y tế đối với khám sức khỏe định kỳ, "
               "quản lý bệnh mãn tính và một số dịch vụ dinh dưỡng có chi phí hiệu quả cao và đối tượng ưu tiên."),
         ("N", "- Từ quý III/2030 tổng kết, xây dựng Nghị định.")],
    24: [("L", "Bộ Y tế"),
         ("P", "Bộ, cơ quan, tổ chức, đơn vị có liên quan, cơ sở khám bệnh, chữa bệnh, doanh nghiệp"),
         ("R", "Nghị quyết của Chính phủ"), ("T", "Quý III/2027"),
         ("N", "bệnh thuộc hộ nghèo, cận nghèo, đối tượng chính sách xã hội.")],
    25: [("L", "Bộ Y tế, Bộ Tài chính, Ủy ban nhân dân cấp tỉnh."),
         ("P", "Cơ sở khám bệnh, chữa bệnh, cơ quan, đơn vị liên quan"), ("R", "Các hoạt động được triển khai"),
         ("T", "Thường xuyên")],
    26: [("L", "Bộ Công an, Ủy ban nhân dân cấp tỉnh"),
         ("P", "Bộ Tài chính, Bộ Y tế, Cơ quan, đơn vị liên quan, cơ sở khám bệnh, chữa bệnh"),
         ("R", "Các hoạt động được triển khai"), ("T", "Thường xuyên")],
    27: [("L", "Bộ Tài chính"), ("P", "Bộ, ngành, cơ quan, đơn vị có liên quan"),
         ("R", "Các hoạt động được triển khai"), ("T", "Thường xuyên"),
         ("N", "nhân tạo, dữ liệu lớn trong công tác giám định bảo hiểm y tế. Nâng cao năng lực của Cổng tiếp nhận dữ "
               "liệu khám bệnh, chữa bệnh bảo hiểm y tế của Bảo hiểm xã hội Việt Nam, bảo đảm thông suốt, tiếp nhận dữ "
               "liệu kịp thời.")],
    28: [("L", "Bộ Tài chính"), ("P", "Bộ Y tế, Ủy ban nhân dân cấp tỉnh, cơ quan, đơn vị có liên quan"),
         ("R", "Các hoạt động được triển khai"), ("T", "Thường xuyên")],
    29: [("L", "Bộ Y tế"),
         ("P", "Bộ Tài chính, Ủy ban nhân dân cấp tỉnh, cơ sở khám bệnh, chữa bệnh, cơ quan, đơn vị liên quan"),
         ("R", "Các hoạt động được triển khai"), ("T", "Thường xuyên")],
}
GROUP_OF = {**{n: "I" for n in range(1, 7)}, **{n: "II" for n in range(7, 11)}, **{n: "III" for n in range(11, 15)},
            **{n: "IV" for n in range(15, 21)}, **{n: "V" for n in range(21, 25)}, **{n: "VI" for n in range(25, 30)}}


def text():
    return SRC.read_text(encoding="utf-8")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def flat():
    return ws(text())


def _lines():
    """the source lines without running heads (gazette line + page number), repeated annex headers and blank lines;
    returns (lines, pages) with lines as (index, stripped text)"""
    L = [x.strip() for x in text().split("\n")]
    out, pages, i = [], [], 0
    while i < len(L):
        x = L[i]
        if x == GAZETTE:
            assert re.fullmatch(r"\d{2,3}", L[i + 1]), L[i + 1]
            pages.append(int(L[i + 1]))
            i += 2
            continue
        if x == "STT" and L[i:i + 9] == HEAD_LINES:
            i += 9
            continue
        if x:
            out.append((i, x))
        i += 1
    return out, pages


def clean_flat():
    """the source whitespace-joined without the running heads, page numbers and repeated annex headers"""
    return ws(" ".join(x for _, x in _lines()[0]))


def _take(lines, start, stop_pred):
    """join lines from start while not stop_pred(line) -> (text, next index)"""
    buf, j = [], start
    while j < len(lines) and not stop_pred(lines[j][1]):
        buf.append(lines[j][1])
        j += 1
    return ws(" ".join(buf)), j


def parse():
    lines, pages = _lines()
    assert pages == list(range(89, 104)), pages
    T = [x for _, x in lines]
    d = dict(gazette=GAZETTE, pages=pages)
    k = 0

    def expect(s):
        nonlocal k
        assert T[k] == s, (k, T[k], s)
        k += 1
        return s

    # ---- decision letterhead
    expect("THỦ TƯỚNG CHÍNH PHỦ")
    assert set(T[k]) == {"_"}
    k += 1
    so = expect("Số: 844/QĐ-TTg")
    qh = expect("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    tn = expect("Độc lập - Tự do - Hạnh phúc")
    assert set(T[k]) == {"_"}
    k += 1
    place = expect("Hà Nội, ngày 13 tháng 5 năm 2026")
    d["letterhead"] = dict(left=["THỦ TƯỚNG CHÍNH PHỦ"], so=so, right=[qh, tn], place=place)
    d["qd"] = expect("QUYẾT ĐỊNH")
    title, k = _take(lines, k, lambda x: x == "––––––")
    d["qd_title"] = title
    assert title.startswith("Ban hành Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW") and title.endswith(
        "trong giai đoạn mới"), title
    k += 1
    d["issuer"] = expect("THỦ TƯỚNG CHÍNH PHỦ")
    bases = []
    while T[k].startswith("Căn cứ"):
        first = T[k]
        t, k = _take(lines, k + 1, lambda x: x.startswith("Căn cứ") or x.startswith("Theo đề nghị"))
        bases.append(ws(first + " " + t))
    assert len(bases) == 4, bases
    d["bases"] = bases
    d["denghi"] = expect("Theo đề nghị của Bộ trưởng Bộ Y tế.")
    d["qd_colon"] = expect("QUYẾT ĐỊNH:")
    dieu = []
    for n in (1, 2, 3):
        lab = f"Điều {n}. "
        assert T[k].startswith(lab), T[k]
        first = T[k][len(lab):]
        t, k = _take(lines, k + 1, lambda x: x.startswith("Điều ") or x == "KT. THỦ TƯỚNG")
        dieu.append((lab.strip(), ws(first + " " + t)))
    d["dieu"] = dieu
    d["signature"] = [expect("KT. THỦ TƯỚNG"), expect("PHÓ THỦ TƯỚNG")]
    assert T[k] == "[", T[k]  # stray extraction character (not rendered)
    k += 1
    d["signature"].append(expect("Phạm Thị Thanh Trà"))
    d["stamp"] = [expect("Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                  expect("Cơ quan: VĂN PHÒNG CHÍNH PHỦ"), expect("Ngày ký: 2026-05-27 07:55:25 +07:00")]
    # ---- plan
    d["kh_letterhead"] = [expect("THỦ TƯỚNG CHÍNH PHỦ"), expect("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                          expect("Độc lập - Tự do - Hạnh phúc")]
    d["kh"] = expect("KẾ HOẠCH HÀNH ĐỘNG")
    t, k = _take(lines, k, lambda x: x.startswith("(Kèm theo"))
    d["kh_title"] = t
    assert t.startswith("Thực hiện Chỉ thị số 52-CT/TW") and t.endswith("giai đoạn mới"), t
    t, k = _take(lines, k, lambda x: x == "I. MỤC TIÊU")
    d["kh_note"] = t
    assert t == "(Kèm theo Quyết định số 844/QĐ-TTg ngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)", t
    # part I: numbered paragraphs
    d["p1_head"] = expect("I. MỤC TIÊU")
    d["p1"] = []
    while not T[k].startswith("II. "):
        m = re.match(r"^(\d)\. (.*)$", T[k])
        assert m and int(m.group(1)) == len(d["p1"]) + 1, T[k]
        t, k = _take(lines, k + 1, lambda x: re.match(r"^\d\. ", x) is not None or x.startswith("II. "))
        d["p1"].append((m.group(1), ws(m.group(2) + " " + t)))
    # part II: lead paragraph, sections 1-6 (multi-line title, then "- " items)
    d["p2_head"] = expect("II. NHIỆM VỤ CỤ THỂ")
    t, k = _take(lines, k, lambda x: x.startswith("1. "))
    d["p2_lead"] = t
    secs = []
    while not T[k].startswith("III. "):
        m = re.match(r"^(\d)\. (.*)$", T[k])
        assert m and int(m.group(1)) == len(secs) + 1, T[k]
        title, k = _take(lines, k + 1, lambda x: x.startswith("- "))
        sec = dict(num=m.group(1), title=ws(m.group(2) + " " + title), items=[])
        while T[k].startswith("- "):
            first = T[k][2:]
            t, k = _take(lines, k + 1, lambda x: x.startswith("- ") or re.match(r"^\d\. ", x) is not None
                         or x.startswith("III. "))
            sec["items"].append(ws(first + " " + t))
        secs.append(sec)
    d["p2"] = secs
    # part III: items 1-6 and the closing paragraph
    d["p3_head"] = expect("III. TỔ CHỨC THỰC HIỆN")
    items = []
    while not T[k].startswith("Trong quá trình tổ chức thực hiện"):
        m = re.match(r"^(\d)\. (.*)$", T[k])
        assert m and int(m.group(1)) == len(items) + 1, T[k]
        t, k = _take(lines, k + 1, lambda x: re.match(r"^\d\. ", x) is not None
                     or x.startswith("Trong quá trình tổ chức thực hiện"))
        items.append((m.group(1), ws(m.group(2) + " " + t)))
    d["p3"] = items
    t, k = _take(lines, k, lambda x: x == "PHỤ LỤC")
    d["closing"] = t
    assert t.endswith("xem xét, quyết định./."), t
    # ---- annex
    d["pl"] = expect("PHỤ LỤC")
    t, k = _take(lines, k, lambda x: x.startswith("(Kèm theo"))
    d["pl_title"] = t
    assert t.startswith("DANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH HÀNH ĐỘNG") and t.endswith("GIAI ĐOẠN MỚI"), t
    t, k = _take(lines, k, lambda x: set(x) == {"_"})
    d["pl_note"] = t
    assert t.startswith("(Kèm theo Kế hoạch hành động") and t.endswith("của Thủ tướng Chính phủ)"), t
    k += 1
    d["cols"] = COLS
    d["groups"], d["rows"] = _annex(lines, k)
    return d


def _annex(lines, k):
    T = [x for _, x in lines]
    groups, rows = [], []
    blocks = []  # ('G', roman, text) | ('R', stt, text)
    cur = None
    expect_row = 1
    while k < len(T):
        x = T[k]
        mg = re.match(r"^(I|II|III|IV|V|VI)\. (.*)$", x)
        mr = re.match(r"^(\d{1,2})\.(?:\s+(.*))?$", x)
        if mg and mg.group(1) == ROMAN[len(groups)] if len(groups) < 6 else False:
            cur = ["G", mg.group(1), [mg.group(2)]]
            blocks.append(cur)
            groups.append(mg.group(1))
        elif mr and int(mr.group(1)) == expect_row:
            cur = ["R", expect_row, [mr.group(2) or ""]]
            blocks.append(cur)
            expect_row += 1
        else:
            cur[2].append(x)
        k += 1
    assert expect_row == 30 and groups == ROMAN, (expect_row, groups)
    # a group title is the whole block (titles wrap over two lines); rows are split by ROWS
    G = {}
    for b in blocks:
        if b[0] == "G":
            G[b[1]] = ws(" ".join(b[2]))
    for b in blocks:
        if b[0] != "R":
            continue
        n, txt = b[1], ws(" ".join(b[2]))
        spec = ROWS[n]
        tail = " ".join(f for _, f in spec)
        assert txt.endswith(tail), (n, txt[-200:], tail)
        name0 = txt[:len(txt) - len(tail)].strip()
        assert name0, n
        cells = dict(N=[name0], L=[], P=[], R=[], T=[])
        for c, f in spec:
            cells[c].append(f)
        name = [cells["N"][0]]
        for f in cells["N"][1:]:  # a later fragment: continues the last paragraph, or starts a "- " paragraph
            if f.startswith("- "):
                name.append(f)
            else:
                name[-1] = name[-1] + " " + f
        rows.append(dict(stt=str(n), group=GROUP_OF[n], name=name, lead=" ".join(cells["L"]),
                         partner=" ".join(cells["P"]), result=" ".join(cells["R"]), time=" ".join(cells["T"]),
                         fragments=[("N", name0)] + spec))
    return [dict(num=g, title=G[g]) for g in ROMAN], rows


def rows():
    return parse()["rows"]


def row(n):
    return [r for r in rows() if r["stt"] == str(n)][0]


def section(num):
    return [s for s in parse()["p2"] if s["num"] == str(num)][0]


def pieces():
    """every text piece of the parse (for the survival check of check.py)"""
    d = parse()
    lh = d["letterhead"]
    out = [d["gazette"], *lh["left"], lh["so"], *lh["right"], lh["place"], d["qd"], d["qd_title"], d["issuer"],
           *d["bases"], d["denghi"], d["qd_colon"]]
    for a, b in d["dieu"]:
        out += [a, b]
    out += d["signature"] + d["stamp"] + d["kh_letterhead"] + [d["kh"], d["kh_title"], d["kh_note"], d["p1_head"]]
    out += [t for _, t in d["p1"]]
    out += [d["p2_head"], d["p2_lead"]]
    for s in d["p2"]:
        out.append(s["title"])
        out += s["items"]
    out.append(d["p3_head"])
    out += [t for _, t in d["p3"]]
    out += [d["closing"], d["pl"], d["pl_title"], d["pl_note"], *d["cols"]]
    for g in d["groups"]:
        out.append(g["title"])
        for r in d["rows"]:
            if r["group"] == g["num"]:
                out += r["name"] + [r["lead"], r["partner"], r["result"], r["time"]]
    return out


def check():
    raw = SRC.read_bytes()
    assert len(raw) == NBYTES, len(raw)
    d = parse()
    R = d["rows"]
    assert [r["stt"] for r in R] == [str(i) for i in range(1, 30)]
    assert [s["num"] for s in d["p2"]] == [str(i) for i in range(1, 7)]
    assert [n for n, _ in d["p3"]] == [str(i) for i in range(1, 7)]
    assert all(r["lead"] and r["partner"] and r["result"] and r["time"] for r in R)
    F = flat()
    # every row's fragments are verbatim in the source (a row is interrupted only by a running head + table header)
    for r in R:
        for _, f in r["fragments"]:
            assert ws(f) in F, (r["stt"], f)
    # every piece of the parse (except the annex column labels, printed wrapped, and the gazette line) is in the
    # source without its running heads / repeated headers; the body pieces in document order; an annex cell joined
    # from fragments around a page break by its fragments (their sequence is asserted in _annex())
    C = clean_flat()
    assert GAZETTE in F
    body = pieces()[:pieces().index("PHỤ LỤC") + 3]
    pos = 0
    for p in body:
        if p in COLS or p == GAZETTE:
            continue
        i = C.find(ws(p), pos)
        assert i >= 0, ("order", p[:60])
        pos = i
    for r in R:
        for p in r["name"] + [r["lead"], r["partner"], r["result"], r["time"]]:
            if ws(p) not in C:
                assert all(ws(f) in C for _, f in r["fragments"]) and len(r["fragments"]) > 5, (r["stt"], p[:60])
    return True


if __name__ == "__main__":
    d = parse()
    check()
    for k in ("qd_title", "issuer", "denghi", "kh_title", "kh_note", "p2_lead", "closing", "pl_title", "pl_note"):
        print(k, "|", d[k][:140])
    for b in d["bases"]:
        print("base |", b[:120])
    for a, b in d["dieu"]:
        print(a, "|", b[:120])
    for n, t in d["p1"]:
        print("I", n, "|", t[:120])
    for s in d["p2"]:
        print("II", s["num"], s["title"][:100], len(s["items"]))
        for it in s["items"]:
            print("     -", it[:110])
    for n, t in d["p3"]:
        print("III", n, "|", t[:120])
    for g in d["groups"]:
        print("G", g["num"], g["title"])
    for r in rows():
        print(r["stt"], r["group"], "|", " // ".join(r["name"])[:90], "|", r["lead"], "|", r["partner"][:50], "|",
              r["result"][:40], "|", r["time"])
