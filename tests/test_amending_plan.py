"""An amending plan: a three-line header ("Mục tiêu" › "Năm 2027" › "Theo KH 41" / "Sau điều chỉnh"),
deadlines before and after the amendment, the lead and its partners one per line in one cell, and its
short forms defined in a table. Parser checks on the text, then the real assistant over the plan in
Markdown with HTML tables (written for these tests)."""

from __future__ import annotations

import pytest

from assistant.steps import Question
from ingest.parsing import parse_document
from tests.conftest import assistant_over

TARGETS = "\n".join([
    "KẾ HOẠCH Điều chỉnh, bổ sung Kế hoạch chuyển đổi số năm 2027",
    "",
    "Phụ lục I: BẢNG CHỈ TIÊU SAU ĐIỀU CHỈNH",
    "",
    "STT\tChỉ tiêu\tĐơn vị tính\tMục tiêu\t\t\t\tĐơn vị chủ trì\tNội dung điều chỉnh",
    "STT\tChỉ tiêu\tĐơn vị tính\tNăm 2027\t\tNăm 2028\t\tĐơn vị chủ trì\tNội dung điều chỉnh",
    "STT\tChỉ tiêu\tĐơn vị tính\tTheo KH 41\tSau điều chỉnh\tTheo KH 41\tSau điều chỉnh\tĐơn vị chủ trì\tNội dung điều chỉnh",
    "1\tTỷ lệ học phần dạy học kết hợp\t%\t40\t45\t60\t65\tP.ĐT\tĐiều chỉnh tăng",
    "2\tSố khóa học trực tuyến mở được công bố\tKhóa\t6\t4\t12\t9\tTTCĐS\tĐiều chỉnh giảm",
    "",
])


@pytest.mark.parametrize("blank_repeats", [False, True])
def test_a_three_line_header_dates_each_value_and_the_amended_one_is_the_target(blank_repeats):
    text = TARGETS
    if blank_repeats:  # as a PDF prints the header: the lines below hold only their own labels
        text = text.replace("STT\tChỉ tiêu\tĐơn vị tính\tNăm 2027\t\tNăm 2028\t\tĐơn vị chủ trì\tNội dung điều chỉnh",
                            "\t\t\tNăm 2027\t\tNăm 2028\t\t\t").replace(
            "STT\tChỉ tiêu\tĐơn vị tính\tTheo KH 41\tSau điều chỉnh\tTheo KH 41\tSau điều chỉnh\tĐơn vị chủ trì\tNội dung điều chỉnh",
            "\t\t\tTheo KH 41\tSau điều chỉnh\tTheo KH 41\tSau điều chỉnh\t\t")
    rows = parse_document(text, doc_id="x", file_name="x.txt").rows
    assert [r.number for r in rows] == ["1", "2"]
    assert rows[1].fields["targets"] == {"2027": "4", "2028": "9"}
    assert rows[1].columns["Mục tiêu – Năm 2028 – Theo KH 41"] == "12"
    assert rows[1].fields["content"] == "Số khóa học trực tuyến mở được công bố"  # not "…; Điều chỉnh giảm"
    assert rows[1].fields["note"] == "Điều chỉnh giảm"


TASKS = "\n".join([
    "KẾ HOẠCH Điều chỉnh, bổ sung Kế hoạch chuyển đổi số năm 2027",
    "",
    "Phụ lục II: DANH MỤC NHIỆM VỤ ĐIỀU CHỈNH",
    "",
    "TT\tNội dung nhiệm vụ\tĐơn vị chủ trì / phối hợp\tThời hạn theo KH 41\tThời hạn sau điều chỉnh\tSản phẩm",
    "1\tNâng cấp hệ thống quản lý học tập\tTTCĐS; P.ĐT; Các khoa\tQuý IV/2026\tTháng 9/2027\tHệ thống được nâng cấp",
    "2\tXây dựng ngân hàng câu hỏi thi\tChủ trì: TTKT; phối hợp: Các khoa\tQuý II/2027\tQuý I/2028\tNgân hàng câu hỏi",
    "",
])


def test_the_amended_deadline_is_the_deadline_and_the_first_body_listed_leads():
    rows = parse_document(TASKS, doc_id="x", file_name="x.txt").rows
    assert rows[0].fields["deadline"] == "Tháng 9/2027"
    assert rows[0].columns["Thời hạn theo KH 41"] == "Quý IV/2026"
    assert (rows[0].fields["lead"], rows[0].fields["coordinating"]) == ("TTCĐS", "P.ĐT; Các khoa")
    assert (rows[1].fields["lead"], rows[1].fields["coordinating"]) == ("TTKT", "Các khoa")  # roles said: as said


def test_a_table_of_short_forms_is_a_glossary_not_rows():
    text = "\n".join([
        "KẾ HOẠCH Điều chỉnh, bổ sung Kế hoạch chuyển đổi số năm 2027",
        "",
        "Các chữ viết tắt trong Kế hoạch:",
        "",
        "TT\tChữ viết tắt\tNội dung đầy đủ",
        "1\tTTCĐS\tTrung tâm Chuyển đổi số",
        "2\tP.ĐT\tPhòng Đào tạo",
        "3\tTTKT&ĐBCL\tTrung tâm Khảo thí và Đảm bảo chất lượng",
        "",
        "I. MỤC TIÊU",
        "",
        "Hoàn thành chuyển đổi số trong năm 2027.",
    ])
    doc = parse_document(text, doc_id="x", file_name="x.txt")
    assert doc.rows == []
    glossary = [s for s in doc.sections if "TTCĐS" in s.text]
    assert [s.text for s in glossary] == ["- TTCĐS: Trung tâm Chuyển đổi số\n- P.ĐT: Phòng Đào tạo\n"
                                          "- TTKT&ĐBCL: Trung tâm Khảo thí và Đảm bảo chất lượng"]
    assert not any("table" in w and "0 rows" in w for w in doc.info.report.warnings)


PLAN = """TRƯỜNG ĐẠI HỌC LAM PHONG

Số: 52/KH-ĐHLP

# KẾ HOẠCH

**Điều chỉnh, bổ sung Kế hoạch chuyển đổi số Trường Đại học Lam Phong năm 2027**

Các chữ viết tắt trong Kế hoạch:

<table>
<tr><th>TT</th><th>Chữ viết tắt</th><th>Nội dung đầy đủ</th></tr>
<tr><td>1</td><td>TTCĐS</td><td>Trung tâm Chuyển đổi số</td></tr>
<tr><td>2</td><td>P.ĐT</td><td>Phòng Đào tạo</td></tr>
<tr><td>3</td><td>TTKT&amp;ĐBCL</td><td>Trung tâm Khảo thí và Đảm bảo chất lượng</td></tr>
</table>

## I. MỤC ĐÍCH

Điều chỉnh thời hạn và đơn vị thực hiện các nhiệm vụ cho phù hợp với việc sáp nhập Trường Cao đẳng Y tế.

## II. MỤC TIÊU

1. Mục tiêu tổng quát: Hoàn thành chuyển đổi số đồng bộ tại cả hai cơ sở của Trường. Bảo đảm dữ liệu người học thống nhất sau sáp nhập. Đưa Trường trở thành trường đại học số hàng đầu của khu vực.

2. Mục tiêu cụ thể: 100% học phần được số hóa vào năm 2028.

## PHỤ LỤC: DANH MỤC NHIỆM VỤ ĐIỀU CHỈNH

<table>
<tr><th>TT</th><th>Nội dung nhiệm vụ</th><th>Đơn vị chủ trì / phối hợp</th><th>Thời hạn theo KH 41</th><th>Thời hạn sau điều chỉnh</th><th>Hình thức điều chỉnh</th></tr>
<tr><td>1</td><td>Nâng cấp hệ thống quản lý học tập</td><td>TTCĐS<br>P.ĐT<br>Các khoa</td><td>Quý IV/2026</td><td>Tháng 9/2027</td><td>Điều chỉnh thời hạn</td></tr>
<tr><td>2</td><td>Xây dựng ngân hàng câu hỏi thi</td><td>TTKT&amp;ĐBCL<br>Các khoa</td><td>Quý II/2027</td><td>Quý I/2028</td><td>Điều chỉnh thời hạn</td></tr>
<tr><td>3</td><td>Số hóa hồ sơ người học</td><td>P.ĐT<br>TTCĐS</td><td>Quý IV/2026</td><td>Quý IV/2026</td><td>Bổ sung mới</td></tr>
<tr><td>4</td><td>Xây dựng tạp chí khoa học điện tử</td><td>P.ĐT</td><td>Năm 2027</td><td>-</td><td>Dừng thực hiện (dùng nền tảng chung của tỉnh)</td></tr>
<tr><td>5</td><td>Cấp văn bằng số</td><td>P.ĐT</td><td>Năm 2027</td><td>Năm 2027</td><td>Bổ sung mới</td></tr>
</table>
"""

DOC = "2027-plan_kh-52-dhlp"


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {f"{DOC}.md": PLAN})


@pytest.mark.parametrize("question", [
    "In Lam Phong University's amended plan, what does the abbreviation TTKT&ĐBCL stand for?",
    "Trong kế hoạch điều chỉnh của Trường Đại học Lam Phong, TTKT&ĐBCL là viết tắt của gì?",
])
def test_a_short_form_defined_in_a_table_is_answered_by_its_definition(plan, question):
    a = plan.answer(question)
    assert a.found and "Trung tâm Khảo thí và Đảm bảo chất lượng" in a.answer, a.answer


def test_the_deadline_of_the_column_the_question_names(plan):
    a = plan.answer("Những nhiệm vụ nào của Trường Đại học Lam Phong có thời hạn theo KH 41 là Quý IV/2026?")
    assert a.found, a.answer
    assert "Nâng cấp hệ thống quản lý học tập" in a.answer and "Số hóa hồ sơ người học" in a.answer, a.answer
    assert "ngân hàng câu hỏi" not in a.answer, a.answer
    b = plan.answer("Những nhiệm vụ nào của Trường Đại học Lam Phong có thời hạn Quý IV/2026?")
    assert b.found and "Số hóa hồ sơ người học" in b.answer and "Nâng cấp hệ thống" not in b.answer, b.answer


def test_the_partners_listed_under_the_lead_are_coordinating(plan):
    a = plan.answer("Đơn vị nào phối hợp thực hiện nhiệm vụ nâng cấp hệ thống quản lý học tập của Trường Đại học Lam Phong?")
    assert a.found and "P.ĐT; Các khoa" in a.answer, a.answer


@pytest.mark.parametrize("question, count, listed", [
    ("Có bao nhiêu nhiệm vụ của Trường Đại học Lam Phong chỉ điều chỉnh thời hạn?", "2", "ngân hàng câu hỏi"),
    ("Kế hoạch điều chỉnh của Trường Đại học Lam Phong có bao nhiêu nhiệm vụ bổ sung mới?", "2", "Cấp văn bằng số"),
])
def test_rows_counted_by_the_kind_a_column_sorts_them_into(plan, question, count, listed):
    """"Hình thức điều chỉnh" holds a few kinds ("Điều chỉnh thời hạn", "Bổ sung mới", "Dừng thực hiện (lý do)"):
    a kind the question says is a condition on the rows counted."""
    a = plan.answer(question)
    assert a.found and f": {count} " in a.answer.split("\n")[0] and listed in a.answer, a.answer


def test_the_year_asked_shows_the_value_the_amendment_replaced_beside_the_new_one():
    from assistant.compose import same_year_cells

    row = parse_document(TARGETS, doc_id="x", file_name="x.txt").rows[1]
    assert same_year_cells(row, "2028", row.fields["targets"]["2028"]) == [("Mục tiêu – Năm 2028 – Theo KH 41", "12")]
    assert same_year_cells(row, "2027", row.fields["targets"]["2027"]) == [("Mục tiêu – Năm 2027 – Theo KH 41", "6")]


def test_an_initialism_in_the_english_plural_is_the_one_the_plans_print():
    from assistant.understanding import parse_question

    intent = parse_question("How many MOOCs and KPIs does the plan set?")
    assert "MOOC " in intent.question and "KPI " in intent.question and "MOOCs" not in intent.question


@pytest.mark.parametrize("question", [
    "Mục tiêu tổng quát của kế hoạch điều chỉnh của Trường Đại học Lam Phong là gì?",
    "What is the general objective of Lam Phong University's amended plan?",
])
def test_a_section_the_question_names_is_quoted_whole(plan, question):
    """"1. Mục tiêu tổng quát: A. B. C.": the question names the section and asks no value; its three
    sentences are the answer, not the one that shares the most words."""
    a = plan.answer(question)
    assert a.found and "trường đại học số hàng đầu của khu vực" in a.answer and "thống nhất sau sáp nhập" in a.answer, a.answer


def test_the_english_word_for_the_plans_kind_of_body_names_the_plan_not_the_topic(plan):
    """"Lam Phong University's": "University" stands with the plan's place and names the plan; its
    Vietnamese ("đại học") is no topic searched for."""
    assert plan._place_kind_words("How many tasks does Lam Phong University's amended plan set?") == "university"
    assert plan._place_kind_words("Which university courses does the plan digitise?") == ""
    u = plan.understand(Question("Which tasks of Lam Phong University's plan are due in Quý I/2028?", None, (), False))
    assert "dai_hoc" not in u.terms and "dai_hoc" not in {t for a in u.terms if a.startswith("≈") for t in a[1:].replace("|", " ").split()}
