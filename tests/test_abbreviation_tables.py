"""Agencies printed in the tables by short forms that a table of abbreviations defines ("Chữ viết tắt |
Tên cơ quan, đơn vị"): an answer naming a row's lead says what the short form stands for, quoted from
the plan's table and cited. Real ingest of a small Markdown resolution whose tables are pandoc's
dash-ruled (multiline) tables."""

import pytest

from ingest.parsing import parse_document
from tests.conftest import assistant_over

DOC = """HỘI ĐỒNG NHÂN DÂN TỈNH LAM SƠN

Số: 07/2027/NQ-HĐND

# NGHỊ QUYẾT

**Thông qua Chương trình chuyển đổi số tỉnh Lam Sơn giai đoạn 2027 - 2030**

Điều 1. Thông qua Chương trình gồm các chỉ tiêu tại Phụ lục I và các nhiệm vụ tại Phụ lục II.

Cơ quan chủ trì tại các Phụ lục được ghi bằng chữ viết tắt theo Bảng chữ viết tắt.

## BẢNG CHỮ VIẾT TẮT

--------------------------------------------
Chữ viết tắt  Tên cơ quan, đơn vị
------------  ------------------------------
TTHCC         Trung tâm Hành chính công tỉnh

SKHCN         Sở Khoa học và Công nghệ

SNV           Sở Nội vụ
--------------------------------------------

# Phụ lục I

**HỆ THỐNG CHỈ TIÊU CHUYỂN ĐỔI SỐ**

-------------------------------------------------------------------------------
STT  Chỉ tiêu                                Mục tiêu       Mục tiêu     Cơ quan
                                             Đến năm 2028   Đến năm 2030 chủ trì
---  --------------------------------------  -------------  ------------ -------
1    Tỷ lệ hồ sơ thủ tục hành chính xử lý    80 - 85        Trên 90      TTHCC
     trực tuyến toàn trình

2    Số nền tảng dùng chung cấp tỉnh         Tối thiểu 3    Tối thiểu 6  SKHCN
-------------------------------------------------------------------------------

# Phụ lục II

**DANH MỤC NHIỆM VỤ**

-------------------------------------------------------------------------------
TT  Nhiệm vụ                                        Cơ quan   Thời gian
                                                    chủ trì   hoàn thành
--  ----------------------------------------------  --------  ----------------
1   Số hóa kết quả giải quyết thủ tục hành chính    TTHCC     Quý IV/2027

2   Bồi dưỡng kỹ năng số cho công chức cấp xã       SNV       Năm 2028
-------------------------------------------------------------------------------

# Phụ lục III

**DANH MỤC DỰ ÁN ĐẦU TƯ**

-------------------------------------------------------------------------------
STT  Tên dự án                                   Chủ đầu tư  Tổng mức đầu tư
---  ------------------------------------------  ----------  ----------------
1    Nâng cấp Trung tâm dữ liệu tỉnh             SKHCN       185.000

2    Hệ thống hội nghị truyền hình đến cấp xã    SNV         42.500
-------------------------------------------------------------------------------
"""


def test_a_table_of_short_forms_whose_header_is_not_a_known_header_is_read_as_definitions(tmp_path):
    path = tmp_path / "nq.md"
    path.write_text(DOC, encoding="utf-8")
    from ingest.loaders import load_file

    doc = parse_document(load_file(path).text, doc_id="nq", file_name="nq.md")
    defined = [s for s in doc.sections if "- TTHCC: Trung tâm Hành chính công tỉnh" in s.text]
    assert defined and defined[0].path == ["BẢNG CHỮ VIẾT TẮT"]
    assert {r.appendix for r in doc.rows} == {"Phụ lục I", "Phụ lục II", "Phụ lục III"} and len(doc.rows) == 6


@pytest.fixture(scope="module")
def resolution(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"nq-07-2027-hdnd.md": DOC})


@pytest.mark.parametrize("question, full", [
    ("Cơ quan nào chủ trì chỉ tiêu 1 của Nghị quyết 07/2027?", "Trung tâm Hành chính công tỉnh"),
    ("Who leads task 2 in Phụ lục II of Resolution 07/2027?", "Sở Nội vụ"),
])
def test_a_rows_short_form_lead_is_named_in_full_from_the_plans_definition(resolution, question, full):
    a = resolution.answer(question)
    assert a.found, a.answer
    assert full in a.answer, a.answer
    assert any(full in c.text and c.locator == "BẢNG CHỮ VIẾT TẮT" for c in a.citations), [c.locator for c in a.citations]


def test_no_definition_line_when_the_rows_print_no_short_form(resolution):
    a = resolution.answer("Mục tiêu đến năm 2030 của chỉ tiêu 2 là bao nhiêu?")
    assert a.found and "Tối thiểu 6" in a.answer, a.answer
    assert "Sở Khoa học và Công nghệ" in a.answer  # the row's lead SKHCN, defined
    assert "Trung tâm Hành chính công tỉnh" not in a.answer


@pytest.mark.parametrize("question, wanted, other", [
    ("Dự án 2 của Nghị quyết 07/2027 có tổng mức đầu tư bao nhiêu?", "42.500", "Bồi dưỡng kỹ năng số"),
    ("What is the total investment of project 2 under Resolution 07/2027?", "42.500", "Bồi dưỡng kỹ năng số"),
    ("Nhiệm vụ 2 của Nghị quyết 07/2027 do cơ quan nào chủ trì?", "Bồi dưỡng kỹ năng số", "42.500"),
])
def test_a_numbered_row_is_taken_from_the_table_listing_the_noun_the_question_numbers(resolution, question, wanted, other):
    """"dự án 2" is the second row of the project list, not task 2 of the task list (and the other way round)."""
    a = resolution.answer(question)
    assert a.found and wanted in a.answer and other not in a.answer, a.answer


def test_a_listed_definition_keeps_the_name_as_printed():
    """The answer quotes what a short form stands for verbatim: its commas too."""
    from assistant.aliases import find_abbreviations

    [a] = find_abbreviations("- SVHTTDL: Sở Văn hóa, Thể thao và Du lịch")
    assert (a.short, a.full) == ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch")


@pytest.mark.parametrize("question, said", [
    ("How many projects are listed in Phụ lục III of Resolution 07/2027?", ": 2 projects"),
    ("Phụ lục III của Nghị quyết 07/2027 có bao nhiêu dự án?", ": 2 dự án"),
])
def test_the_projects_a_list_holds_are_counted_as_projects(resolution, question, said):
    """"how many projects are listed": the count of the project list's rows ("projects" and "listed" say
    which rows are counted, not a topic some rows are about), named as projects."""
    a = resolution.answer(question)
    assert a.found and said in a.answer, a.answer
