"""Appendices numbered in parts ("Phụ lục I.1", "PHỤ LỤC I.3.2"), as the Government's resolutions print
them, and lines that only look like an appendix's start."""

from __future__ import annotations

from assistant.understanding import parse_question
from ingest.parsing import parse_document
from ingest.text import appendix_key, appendix_matches, appendix_within

RESOLUTION = """\
CHÍNH PHỦ
Số: 31/2026/NQ-CP

NGHỊ QUYẾT
VỀ VIỆC CẮT GIẢM THỦ TỤC HÀNH CHÍNH

Điều 1. Cắt giảm thủ tục theo Phụ lục I và sửa đổi văn bản theo Phụ lục II ban hành
kèm theo Nghị quyết này.

PHỤ LỤC I
DANH MỤC CÁC PHỤ LỤC KÈM THEO NGHỊ QUYẾT
(Kèm theo Nghị quyết số 31/2026/NQ-CP ngày 02 tháng 3 năm 2026 của
Chính phủ)

PHỤ LỤC I.1
CẮT GIẢM THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI QUẢN LÝ CỦA BỘ NỘI VỤ
(Kèm theo Nghị quyết số 31/2026/NQ-CP ngày 02 tháng 3 năm 2026 của Chính phủ)

I. Thủ tục cấp giấy phép
1. Hồ sơ gồm đơn đề nghị theo Mẫu số 01 và bản sao giấy tờ liên quan được
ban hành kèm theo Nghị định số 12/2024/NĐ-CP quy định chi tiết.

Mẫu số 01 Phụ lục I.1
ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP
(Kèm theo đơn đề nghị số ... ngày ... tháng ... năm ...)

PHỤ LỤC II
DANH MỤC VĂN BẢN ĐƯỢC ĐỀ XUẤT SỬA ĐỔI, BỔ SUNG
(Kèm theo Nghị quyết số 31/2026/NQ-CP ngày 02 tháng 3 năm 2026 của Chính phủ)

STT\tTên văn bản\tCơ quan chủ trì soạn thảo
1\tNghị định số 12/2024/NĐ-CP quy định chi tiết Luật Lưu trữ\tBộ Nội vụ
2\tThông tư số 05/2025/TT-BNV hướng dẫn lưu trữ điện tử\tBộ Nội vụ
"""


def test_parts_of_an_appendix_have_their_own_keys():
    assert appendix_key("PHỤ LỤC I.3.2") == "1.3.2"
    assert appendix_key("Phụ lục I.1") == appendix_key("1.1") == "1.1"
    assert appendix_key("Phụ lục II") == "2"
    assert appendix_within("1.3.2", "1") and appendix_within("1.1", "1.1")
    assert not appendix_within("1.10", "1.1") and not appendix_within("1", "1.1")
    assert appendix_matches("Phụ lục I.1", "I") and appendix_matches("Phụ lục I.1", "1.1")
    assert not appendix_matches("Phụ lục I", "I.1") and not appendix_matches("Phụ lục I.10", "I.1")


def test_a_question_names_a_part_of_an_appendix():
    assert parse_question("Phụ lục I.1 cắt giảm những thủ tục nào?").appendix == "I.1"
    assert parse_question("What does Annex I.3.2 list?").appendix == "I.3.2"
    assert parse_question("Phụ lục II có bao nhiêu văn bản?").appendix == "II"


def test_resolution_parts_and_form_lines_give_no_false_appendix():
    doc = parse_document(RESOLUTION, doc_id="nq-31", file_name="nq-31.txt")
    assert {r.appendix for r in doc.rows} == {"Phụ lục II"}  # not "Phụ lục II (2)" nor a made-up III
    assert [r.fields.get("lead") for r in doc.rows] == ["Bộ Nội vụ", "Bộ Nội vụ"]
    paths = {s.path[0] for s in doc.sections if s.path}
    heads = {p.split(":")[0] for p in paths if p.startswith("Phụ lục")}
    # the form's "(Kèm theo đơn đề nghị …)" and "Mẫu số 01 Phụ lục I.1" open no appendix of their own
    assert heads == {"Phụ lục I", "Phụ lục I.1", "Phụ lục II"}
    # Phụ lục I's title is not the end of its wrapped "(Kèm theo … của / Chính phủ)" line
    assert not any(p.startswith("Phụ lục I: Chính phủ") for p in paths)


def test_label_after_a_table_row_heads_its_title_but_a_wrapped_mention_does_not():
    text = (
        "Chữ viết tắt\tTên cơ quan\nSNV\tSở Nội vụ\n\n"
        "DNVT Các doanh nghiệp viễn thông trên địa bàn tỉnh\n"
        "Phụ lục I\nHỆ THỐNG CHỈ TIÊU CHUYỂN ĐỔI SỐ TỈNH\n"
        "STT\tChỉ tiêu\tĐơn vị chủ trì\n1\tTỷ lệ hồ sơ trực tuyến\tSở Nội vụ\n\n"
        "Kinh phí thực hiện các nhiệm vụ nêu tại mục này được chi tiết tại\nPhụ lục III\n"
        "IV. KINH PHÍ THỰC HIỆN\nKinh phí do ngân sách tỉnh bảo đảm.\n"
    )
    doc = parse_document(text, doc_id="kh", file_name="kh.txt")
    assert {r.appendix for r in doc.rows if r.number == "1"} == {"Phụ lục I"}
    assert not any(s.path and s.path[0].startswith("Phụ lục III") for s in doc.sections)
