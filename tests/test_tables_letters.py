"""Lettered groups A, B, C, D are siblings (C and D are letters here, not Roman 100 and 500)."""

from ingest.parsing import parse_document

TEXT = "\n".join([
    "KẾ HOẠCH Chuyển đổi số năm 2027",
    "",
    "Phụ lục I: CÁC CHỈ TIÊU NĂM 2027",
    "",
    "TT\tTên chỉ tiêu\tĐơn vị tính\tChỉ tiêu năm 2027\tCơ quan chủ trì",
    "A\tHẠ TẦNG SỐ\t\t\t",
    "1\tTỷ lệ phủ sóng 5G\t%\t90%\tSở Khoa học và Công nghệ",
    "B\tCHÍNH QUYỀN SỐ\t\t\t",
    "2\tTỷ lệ hồ sơ trực tuyến\t%\t80%\tVăn phòng UBND tỉnh",
    "C\tKINH TẾ SỐ\t\t\t",
    "3\tTỷ trọng kinh tế số\t%\t20%\tSở Tài chính",
    "D\tXÃ HỘI SỐ\t\t\t",
    "4\tTỷ lệ dân có chữ ký số\t%\t50%\tCông an tỉnh",
    "",
])


def test_lettered_groups_do_not_nest():
    rows = parse_document(TEXT, doc_id="x", file_name="x.txt").rows
    assert [r.group for r in rows] == [["A. HẠ TẦNG SỐ"], ["B. CHÍNH QUYỀN SỐ"], ["C. KINH TẾ SỐ"], ["D. XÃ HỘI SỐ"]]


def test_roman_groups_still_nest_under_letters():
    text = TEXT.replace("C\tKINH TẾ SỐ\t\t\t", "I\tKINH TẾ SỐ\t\t\t")
    rows = parse_document(text, doc_id="x", file_name="x.txt").rows
    assert rows[2].group == ["B. CHÍNH QUYỀN SỐ", "I. KINH TẾ SỐ"]
