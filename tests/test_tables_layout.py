"""Where tables stand and how they are cut: appendix labels with a title on the same line, tables
outside any appendix, blank-line-bounded tables (as the Markdown/HTML/DOCX loaders render them),
headers repeated at page breaks, rows continued after a break, and the ingest report's warnings
(fast: parser only, no model, no index)."""

from __future__ import annotations

import pytest

from ingest.chunking import build_chunks
from ingest.parsing import parse_document
from ingest.records import ParsedDocument

T = "\t"
TASK_HEADER = T.join(["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"])
TASKS = [
    T.join(["1", "Xây dựng kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ", "Các sở, ngành", "Tháng 6/2027"]),
    T.join(["2", "Triển khai trợ lý ảo cho cán bộ", "Văn phòng UBND tỉnh", "Sở Nội vụ", "Tháng 9/2027"]),
]
INDICATOR_HEADER = T.join(["STT", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2027", "Cơ quan chủ trì"])
INDICATORS = [
    T.join(["1", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "80%", "Văn phòng UBND tỉnh"]),
    T.join(["2", "Tỷ lệ cơ quan dùng chữ ký số", "%", "100%", "Sở Nội vụ"]),
]
OPENING = ["KẾ HOẠCH", "Chuyển đổi số năm 2027", "", "I. MỤC TIÊU", "Đẩy mạnh chuyển đổi số trong cơ quan nhà nước.", ""]


def parse(lines: list[str]) -> ParsedDocument:
    return parse_document("\n".join(lines), doc_id="plan", file_name="plan.md", manifest_entry=None)


# ------------------------------------------------------------------ appendix labels in every form

@pytest.mark.parametrize("label_line,label,title", [
    ("Phụ lục I: CÁC CHỈ TIÊU NĂM 2027", "Phụ lục I", "CÁC CHỈ TIÊU NĂM 2027"),
    ("PHỤ LỤC II – DANH MỤC CHỈ TIÊU", "Phụ lục II", "DANH MỤC CHỈ TIÊU"),
    ("Phụ lục số 01. Các chỉ tiêu chuyển đổi số", "Phụ lục 01", "Các chỉ tiêu chuyển đổi số"),
    ("**PHỤ LỤC 3: CHỈ TIÊU CHỦ YẾU**", "Phụ lục 3", "CHỈ TIÊU CHỦ YẾU"),
    ("PHỤ LỤC IV CÁC CHỈ TIÊU", "Phụ lục IV", "CÁC CHỈ TIÊU"),
    ("Phụ lục I", "Phụ lục I", "(Kèm theo Kế hoạch số 12/KH-UBND)"),
])
def test_appendix_label_with_its_title_on_the_same_line(label_line, label, title):
    attached = "(Kèm theo Kế hoạch số 12/KH-UBND)" if label_line == "Phụ lục I" else ""
    doc = parse(OPENING + [label_line, attached, "", INDICATOR_HEADER, *INDICATORS, ""])
    assert [r.number for r in doc.rows] == ["1", "2"]
    r2 = doc.rows[1]
    assert (r2.appendix, r2.locator) == (label, f"{label}, chỉ tiêu 2")
    assert r2.fields["targets"] == {"2027": "100%"} and r2.fields["lead"] == "Sở Nội vụ"
    if label_line != "Phụ lục I":
        assert r2.appendix_title == title
    (table,) = doc.info.report.tables
    assert table.appendix == label and table.rows == 2 and table.kind == "indicator"


@pytest.mark.parametrize("mention", [
    "Các chỉ tiêu chi tiết tại Phụ lục I kèm theo.",
    "Phụ lục I kèm theo Kế hoạch này gồm các chỉ tiêu năm 2027.",
    "<sup>1</sup> Phụ lục I: Các văn bản chỉ đạo của Trung ương.",
    "1. Phụ lục I: Danh mục các chỉ tiêu năm 2027.",
])
def test_a_sentence_that_mentions_an_appendix_does_not_open_one(mention):
    lines = OPENING + [mention, "II. NHIỆM VỤ", "Triển khai các nhiệm vụ trọng tâm của năm. " * 4, "",
                       "Phụ lục I", "CÁC CHỈ TIÊU NĂM 2027", "", INDICATOR_HEADER, *INDICATORS]
    doc = parse(lines)
    assert [(r.appendix, r.number) for r in doc.rows] == [("Phụ lục I", "1"), ("Phụ lục I", "2")]
    assert doc.rows[0].appendix_title == "CÁC CHỈ TIÊU NĂM 2027"
    assert [t.appendix for t in doc.info.report.tables] == ["Phụ lục I"]


# ------------------------------------------------------------------ tables outside appendices

def test_table_in_the_body_with_a_numbered_caption():
    lines = OPENING + [
        "Bảng 1: Chỉ tiêu chuyển đổi số năm 2027", "", INDICATOR_HEADER, *INDICATORS, "",
        "II. NHIỆM VỤ", "Các nhiệm vụ được giao như sau.", "", TASK_HEADER, *TASKS, "",
    ]
    doc = parse(lines)
    assert [(r.appendix, r.appendix_title, r.locator) for r in doc.rows] == [
        ("Bảng 1", "Chỉ tiêu chuyển đổi số năm 2027", "Bảng 1, chỉ tiêu 1"),
        ("Bảng 1", "Chỉ tiêu chuyển đổi số năm 2027", "Bảng 1, chỉ tiêu 2"),
        ("Mục II. NHIỆM VỤ", "Các nhiệm vụ được giao như sau.", "Mục II. NHIỆM VỤ, nhiệm vụ 1"),
        ("Mục II. NHIỆM VỤ", "Các nhiệm vụ được giao như sau.", "Mục II. NHIỆM VỤ, nhiệm vụ 2"),
    ]
    assert doc.rows[0].fields["targets"] == {"2027": "80%"}
    assert doc.rows[3].fields["lead"] == "Văn phòng UBND tỉnh" and doc.rows[3].fields["deadline"] == "Tháng 9/2027"
    tables = doc.info.report.tables
    assert [(t.caption, t.appendix, t.kind, t.rows, t.line_start) for t in tables] == [
        ("Bảng 1: Chỉ tiêu chuyển đổi số năm 2027", None, "indicator", 2, 9),
        ("Mục II. NHIỆM VỤ: Các nhiệm vụ được giao như sau.", None, "task", 2, 16),
    ]
    # Body table rows are chunks; their lines are not narrative text.
    chunks = build_chunks(doc)
    assert sum(c.kind == "row" for c in chunks) == 4
    assert not any("Tháng 9/2027" in s.text for s in doc.sections)


def test_table_under_a_heading_without_caption_and_no_appendix_at_all():
    doc = parse(OPENING + ["2. Nhiệm vụ cụ thể", TASK_HEADER, *TASKS])
    assert [r.locator for r in doc.rows] == ["Mục 2. Nhiệm vụ cụ thể, nhiệm vụ 1", "Mục 2. Nhiệm vụ cụ thể, nhiệm vụ 2"]
    assert doc.rows[0].appendix == "Mục 2. Nhiệm vụ cụ thể" and doc.rows[0].appendix_title == ""


def test_body_tables_and_appendix_tables_together():
    doc = parse(OPENING + ["Bảng 2. Nhiệm vụ năm 2027", "", TASK_HEADER, TASKS[0], "",
                           "Phụ lục I: CÁC CHỈ TIÊU", "", INDICATOR_HEADER, *INDICATORS])
    assert [r.locator for r in doc.rows] == ["Bảng 2, nhiệm vụ 1", "Phụ lục I, chỉ tiêu 1", "Phụ lục I, chỉ tiêu 2"]


# ------------------------------------------------------------------ blank-line-bounded tables (loaders' rendering)

def test_blank_line_bounded_tables_give_the_same_rows_as_unbounded_ones():
    bounded = OPENING + ["Phụ lục I: DANH MỤC NHIỆM VỤ", "", TASK_HEADER, *TASKS, "",
                         "Phụ lục II: CÁC CHỈ TIÊU", "", INDICATOR_HEADER, *INDICATORS, "", "Nơi nhận:"]
    tight = [x for x in bounded if x]
    a, b = parse(bounded), parse(tight)
    key = lambda d: [(r.appendix, r.number, r.fields, r.columns) for r in d.rows]  # noqa: E731
    assert key(a) == key(b)
    assert [r.locator for r in a.rows] == ["Phụ lục I, nhiệm vụ 1", "Phụ lục I, nhiệm vụ 2",
                                           "Phụ lục II, chỉ tiêu 1", "Phụ lục II, chỉ tiêu 2"]


def test_two_tables_one_after_the_other_each_with_its_caption():
    doc = parse(OPENING + ["Phụ lục I: KẾ HOẠCH NĂM 2027", "", "Bảng 1. Chỉ tiêu", "", INDICATOR_HEADER, *INDICATORS, "",
                           "Bảng 2. Nhiệm vụ", "", TASK_HEADER, *TASKS, ""])
    assert [t.caption for t in doc.info.report.tables] == [
        "Phụ lục I: KẾ HOẠCH NĂM 2027 – Bảng 1. Chỉ tiêu",
        "Phụ lục I: KẾ HOẠCH NĂM 2027 – Bảng 2. Nhiệm vụ",
    ]
    assert [r.kind for r in doc.rows] == ["indicator", "indicator", "task", "task"]


# ------------------------------------------------------------------ page breaks

def test_header_repeated_after_a_page_break_is_dropped_and_the_continued_row_merged():
    lines = OPENING + [
        "Phụ lục I: DANH MỤC NHIỆM VỤ", "",
        TASK_HEADER,
        TASKS[0],
        T.join(["2", "Triển khai trợ lý ảo cho cán bộ", "Văn phòng UBND tỉnh", "Sở Nội vụ", "Tháng 9/2027"]),
        "12",  # page number
        TASK_HEADER,
        T.join(["", "và cho người dân tra cứu thủ tục", "", "", ""]),
        T.join(["3", "Diễn tập an toàn thông tin", "Công an tỉnh", "Sở Khoa học và Công nghệ", "Tháng 11/2027"]),
    ]
    doc = parse(lines)
    assert [r.number for r in doc.rows] == ["1", "2", "3"]
    r2 = doc.rows[1]
    assert r2.fields["content"] == "Triển khai trợ lý ảo cho cán bộ và cho người dân tra cứu thủ tục"
    assert (r2.line_start, r2.line_end) == (11, 14)
    assert not r2.uncertain and "Nội dung nhiệm vụ" not in r2.text
    assert doc.info.report.tables[0].rows == 3 and len(doc.info.report.tables) == 1


# ------------------------------------------------------------------ the ingest report

def test_tab_block_that_gives_no_rows_is_warned_about_and_kept_as_text():
    lines = OPENING + [
        "Phụ lục I: CÁC VĂN BẢN", "",
        T.join(["Nghị quyết 57-NQ/TW", "22/12/2024", "Bộ Chính trị"]),
        T.join(["Quyết định 749/QĐ-TTg", "03/6/2020", "Thủ tướng"]),
        T.join(["Kế hoạch 101/KH-UBND", "25/5/2025", "UBND tỉnh"]),
        "",
    ]
    doc = parse(lines)
    assert doc.rows == []
    report = doc.info.report
    assert report.tables == [] and report.rows == 0
    assert report.warnings == [
        "text that looks like a table gave 0 rows (line 9): no header row recognised; its text is kept as a passage"
    ]
    assert any("Quyết định 749/QĐ-TTg | 03/6/2020 | Thủ tướng" in s.text for s in doc.sections)


def test_header_without_numbered_rows_is_warned_about():
    lines = OPENING + ["Bảng 1. Nhiệm vụ", TASK_HEADER,
                       T.join(["", "Rà soát hạ tầng", "Sở Tài chính", "", ""]),
                       T.join(["", "Đào tạo kỹ năng", "Sở Nội vụ", "", ""])]
    report = parse(lines).info.report
    assert report.warnings == [
        "text that looks like a table gave 0 rows (line 8): no numbered row under its header; its text is kept as a passage"
    ]
    assert [(t.caption, t.rows) for t in report.tables] == [("Bảng 1: Nhiệm vụ", 0)]


def test_two_tab_lines_are_not_a_table_and_not_warned_about():
    report = parse(OPENING + [T.join(["Nơi nhận:", "TM. UBND TỈNH"]), T.join(["- Như trên;", "CHỦ TỊCH"])]).info.report
    assert report.warnings == [] and report.tables == []


def test_report_columns_rows_and_uncertain_counts():
    lines = OPENING + [
        "Phụ lục I: CÁC CHỈ TIÊU NĂM 2027", "",
        T.join(["STT", "Tên chỉ tiêu", "Đơn vị tính", "Hiện trạng", "Năm 2027", "Năm 2030", "Cơ quan chủ trì"]),
        T.join(["1", "Tỷ lệ cơ quan dùng trợ lý ảo", "%", "20%", "50%", "90%", "Văn phòng UBND tỉnh"]),
        T.join(["2", "Tỷ lệ hồ sơ được trợ lý ảo hỗ trợ", "%", "10%", "40%", "Sở Nội vụ"]),  # one value short
    ]
    doc = parse(lines)
    report = doc.info.report
    (table,) = report.tables
    assert [(c.label, c.role, c.year, c.unsure) for c in table.columns] == [
        ("STT", "number", None, False),
        ("Tên chỉ tiêu", "content", None, False),
        ("Đơn vị tính", "unit", None, False),
        ("Hiện trạng", "status", None, False),
        ("Năm 2027", "targets", "2027", False),
        ("Năm 2030", "targets", "2030", False),
        ("Cơ quan chủ trì", "lead", None, False),
    ]
    assert (table.caption, table.appendix, table.kind, table.rows, table.uncertain_rows, table.line_start) == (
        "Phụ lục I: CÁC CHỈ TIÊU NĂM 2027", "Phụ lục I", "indicator", 2, 1, 9)
    assert (report.rows, report.uncertain_rows) == (2, 1)
    assert report.warnings == ["table 'Phụ lục I: CÁC CHỈ TIÊU NĂM 2027' (line 9): 1 of 2 rows flagged uncertain"]
    assert doc.info.model_dump()["report"]["tables"][0]["columns"][4] == {
        "label": "Năm 2027", "role": "targets", "year": "2027", "unsure": False, "basis": "header+cells"}


def test_report_page_comes_from_the_loader_line_pages():
    lines = OPENING + ["Bảng 1. Nhiệm vụ", TASK_HEADER, *TASKS]
    doc = parse_document("\n".join(lines), doc_id="p", file_name="p.pdf", line_pages=[1] * 7 + [2] * 5)
    assert doc.info.report.tables[0].page == 2 and doc.rows[0].page == 2


# ------------------------------------------------------------------ tables without a usable header or numbers

def test_table_without_header_row_is_read_from_cell_content_and_flagged():
    lines = OPENING + [
        "Bảng 3. Phân công nhiệm vụ", "",
        T.join(["1", "Xây dựng kho dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ", "Quý II/2027"]),
        T.join(["2", "Triển khai trợ lý ảo cho cán bộ, công chức", "Văn phòng UBND tỉnh", "Thường xuyên"]),
        T.join(["3", "Diễn tập ứng cứu sự cố an toàn thông tin", "Công an tỉnh", "Tháng 11/2027"]),
        "",
    ]
    doc = parse(lines)
    assert [(r.number, r.fields["lead"], r.fields["deadline"]) for r in doc.rows] == [
        ("1", "Sở Khoa học và Công nghệ", "Quý II/2027"),
        ("2", "Văn phòng UBND tỉnh", "Thường xuyên"),
        ("3", "Công an tỉnh", "Tháng 11/2027"),
    ]
    assert doc.rows[2].fields["content"] == "Diễn tập ứng cứu sự cố an toàn thông tin"
    assert doc.rows[2].columns == {"Cột 1": "3", "Cột 2": "Diễn tập ứng cứu sự cố an toàn thông tin",
                                   "Cột 3": "Công an tỉnh", "Cột 4": "Tháng 11/2027"}
    assert doc.rows[0].locator == "Bảng 3, nhiệm vụ 1"
    (table,) = doc.info.report.tables
    assert table.headerless
    assert [(c.label, c.role, c.basis) for c in table.columns] == [
        ("Cột 1", "number", "cells"), ("Cột 2", "content", "cells"), ("Cột 3", "lead", "cells"), ("Cột 4", "deadline", "cells")]
    assert doc.info.report.warnings == [
        "table 'Bảng 3: Phân công nhiệm vụ' (line 9): no header row recognised; column roles taken from cell content"]


def test_unrecognised_header_line_keeps_its_labels():
    lines = OPENING + [
        "Phụ lục I: PHÂN CÔNG", "",
        T.join(["Số", "Hạng mục", "Phụ trách", "Hạn"]),
        T.join(["1", "Nâng cấp cổng dịch vụ công", "Văn phòng UBND tỉnh", "Tháng 3/2027"]),
        T.join(["2", "Số hóa hồ sơ đất đai", "Sở Nông nghiệp và Môi trường", "Tháng 6/2027"]),
    ]
    doc = parse(lines)
    r2 = doc.rows[1]
    assert (r2.fields["content"], r2.fields["lead"], r2.fields["deadline"]) == (
        "Số hóa hồ sơ đất đai", "Sở Nông nghiệp và Môi trường", "Tháng 6/2027")
    assert r2.columns["Phụ trách"] == "Sở Nông nghiệp và Môi trường"


def test_table_without_a_number_column():
    lines = OPENING + [
        "Phụ lục I: NHIỆM VỤ", "",
        T.join(["Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]),
        T.join(["Nhiệm vụ về hạ tầng số", "", ""]),
        T.join(["Xây dựng trung tâm điều hành thông minh", "Sở Khoa học và Công nghệ", "Năm 2027"]),
        T.join(["Mở rộng mạng truyền số liệu chuyên dùng", "Sở Tài chính", "Quý III/2027"]),
    ]
    doc = parse(lines)
    assert [(r.group, r.number, r.fields["lead"], r.uncertain) for r in doc.rows] == [
        (["Nhiệm vụ về hạ tầng số"], None, "Sở Khoa học và Công nghệ", False),
        (["Nhiệm vụ về hạ tầng số"], None, "Sở Tài chính", False),
    ]
    assert doc.rows[1].locator == "Phụ lục I, nhiệm vụ (không số, dòng 12)"


def test_row_split_over_a_page_break_with_several_cells_is_merged():
    """An unruled PDF row cut by a page break: its second half fills content, result and note."""
    header = T.join(["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Kết quả", "Ghi chú"])
    lines = OPENING + [
        "Phụ lục I: NHIỆM VỤ", "", header,
        T.join(["1", "Xây dựng nền tảng tích hợp, chia sẻ dữ liệu", "Sở Khoa học và Công nghệ", "Nền tảng được", "Vốn"]),
        "7", header,
        T.join(["", "cấp tỉnh (LGSP)", "", "vận hành", "ngân sách tỉnh"]),
        T.join(["2", "Số hóa hồ sơ lưu trữ", "Sở Nội vụ", "Hồ sơ số", ""]),
    ]
    rows = parse(lines).rows
    assert [r.number for r in rows] == ["1", "2"]
    r1 = rows[0]
    assert r1.fields["content"] == "Xây dựng nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)"
    assert r1.fields["result"] == "Nền tảng được vận hành" and r1.fields["note"] == "Vốn ngân sách tỉnh"
    assert not r1.uncertain and (r1.line_start, r1.line_end) == (10, 13)


def test_upper_case_numbered_row_without_values_is_a_group():
    lines = OPENING + [
        "Phụ lục I: CHỈ TIÊU", "",
        T.join(["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Cơ quan chủ trì"]),
        T.join(["I", "CHỈ TIÊU ĐẾN NĂM 2030", "", "", ""]),
        T.join(["1", "HẠ TẦNG SỐ", "", "", ""]),
        T.join(["1", "Tỷ lệ hộ gia đình có cáp quang", "%", "Tối thiểu 95% hộ gia đình", "Sở Khoa học và Công nghệ"]),
        T.join(["2", "KINH TẾ SỐ", "", "", ""]),
        T.join(["1", "Tỷ trọng kinh tế số trong GRDP", "%", "Đạt 30% GRDP của tỉnh năm 2030", "Sở Tài chính"]),
    ]
    rows = parse(lines).rows
    assert [(r.group, r.number, r.fields.get("targets")) for r in rows] == [
        (["I. CHỈ TIÊU ĐẾN NĂM 2030", "1. HẠ TẦNG SỐ"], "1", {"2030": "Tối thiểu 95% hộ gia đình"}),
        (["I. CHỈ TIÊU ĐẾN NĂM 2030", "2. KINH TẾ SỐ"], "1", {"2030": "Đạt 30% GRDP của tỉnh năm 2030"}),
    ]


def test_title_row_inside_the_table_is_its_caption():
    lines = OPENING + [T.join(["BẢNG PHÂN CÔNG NHIỆM VỤ", "", "", "", ""]), TASK_HEADER, *TASKS]
    doc = parse(lines)
    assert [t.caption for t in doc.info.report.tables] == ["Mục I. MỤC TIÊU: BẢNG PHÂN CÔNG NHIỆM VỤ"]
    assert doc.rows[0].locator == "Mục I. MỤC TIÊU, nhiệm vụ 1"
    assert doc.info.report.warnings == []


def test_body_table_label_never_matches_an_appendix_query():
    from ingest.store import appendix_matches

    doc = parse(OPENING + ["II. NHIỆM VỤ", TASK_HEADER, *TASKS])
    assert doc.rows[0].appendix == "Mục II. NHIỆM VỤ"
    assert not appendix_matches(doc.rows[0].appendix, "Phụ lục II")
    assert not appendix_matches(doc.rows[0].appendix, "II")


# ------------------------------------------------------------------ artefacts of PDF text extraction

def test_column_number_row_under_the_header_is_not_a_row():
    for numbers in (["(1)", "(2)", "(3)", "(4)", "(5)"], ["1", "2", "3", "4", "5"], ["A", "B", "C", "D", "E"]):
        doc = parse(OPENING + ["Phụ lục I: NHIỆM VỤ", TASK_HEADER, T.join(numbers), *TASKS])
        assert [r.number for r in doc.rows] == ["1", "2"], numbers
        assert doc.rows[0].fields["lead"] == "Sở Khoa học và Công nghệ"


def test_numbers_and_labels_wrapped_inside_narrow_pdf_columns():
    header = [T.join(["S T T", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu", "", "Cơ quan chủ trì"]),
              T.join(["", "", "", "Năm 202 6", "Năm 202 7", ""])]
    lines = OPENING + ["Phụ lục I: CHỈ TIÊU", *header,
                       T.join(["I", "Hạ tầng số", "", "", "", ""]),
                       *[T.join([f"{k // 10} {k % 10}" if k >= 10 else str(k), f"Chỉ tiêu thứ {k} về hạ tầng số", "%", "50%", "80%", "Sở Tài chính"])
                         for k in range(9, 12)],
                       T.join(["II I", "Xã hội số", "", "", "", ""]),
                       T.join(["1 2", "Tỷ lệ người dân có kỹ năng số cơ bản", "%", "60%", "70%", "Sở Nội vụ"]),
                       "", *header,  # the header repeated on the next page
                       T.join(["1 3", "Tỷ lệ hộ gia đình có internet cáp quang", "%", "90%", "95%", "Sở Công Thương"])]
    doc = parse(lines)
    assert [(r.number, r.group, r.fields["targets"]) for r in doc.rows] == [
        ("9", ["I. Hạ tầng số"], {"2026": "50%", "2027": "80%"}),
        ("10", ["I. Hạ tầng số"], {"2026": "50%", "2027": "80%"}),
        ("11", ["I. Hạ tầng số"], {"2026": "50%", "2027": "80%"}),
        ("12", ["III. Xã hội số"], {"2026": "60%", "2027": "70%"}),
        ("13", ["III. Xã hội số"], {"2026": "90%", "2027": "95%"}),
    ]
    assert doc.rows[0].columns["Mục tiêu – Năm 2026"] == "50%"
    assert len(doc.info.report.tables) == 1


def test_capitalised_rest_of_a_row_after_a_page_break_is_merged_when_numbering_goes_on():
    header = T.join(["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2027", "Cơ quan chủ trì"])
    lines = OPENING + ["Phụ lục I: CHỈ TIÊU", header,
                       T.join(["9", "Số điểm truy cập", "Điểm", "Tối", "Công an"]),
                       "", header,
                       T.join(["", "Internet không dây công cộng miễn phí", "", "thiểu 60", "tỉnh"]),
                       T.join(["10", "Tỷ lệ hồ sơ trực tuyến", "%", "80%", "Văn phòng UBND tỉnh"])]
    rows = parse(lines).rows
    assert [r.number for r in rows] == ["9", "10"]
    assert rows[0].fields["content"] == "Số điểm truy cập Internet không dây công cộng miễn phí"
    assert rows[0].fields["targets"] == {"2027": "Tối thiểu 60"} and rows[0].fields["lead"] == "Công an tỉnh"
    assert not rows[0].uncertain


def test_unnumbered_row_after_a_page_break_stays_a_flagged_row_when_a_number_is_missing():
    """OCR lost the number of row 10: numbering jumps from 9 to 11, so the row is not merged into 9."""
    header = T.join(["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2027", "Cơ quan chủ trì"])
    lines = OPENING + ["Phụ lục I: CHỈ TIÊU", header,
                       T.join(["9", "Số điểm truy cập Internet", "Điểm", "60", "Công an tỉnh"]),
                       header,
                       T.join(["", "Tỷ lệ hồ sơ được số hóa", "%", "70%", "Sở Nội vụ"]),
                       T.join(["11", "Tỷ lệ hồ sơ trực tuyến", "%", "80%", "Văn phòng UBND tỉnh"])]
    rows = parse(lines).rows
    assert [(r.number, r.uncertain) for r in rows] == [("9", False), (None, True), ("11", False)]
    assert rows[1].fields["content"] == "Tỷ lệ hồ sơ được số hóa" and rows[1].fields["lead"] == "Sở Nội vụ"
