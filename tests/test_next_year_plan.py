"""A province's next-year plan beside the bundled kind of plans: a body named without the province
("Tỉnh Đoàn" for "Tỉnh Đoàn Bạch Long") that only works with others leads nothing; a task list titled
with the plan's year sets no figure for that year (the indicator does); and questions about things no
plan speaks of abstain however many of their folded words match ("phở bò" is "phố", "bộ" once folded).
Real ingest of a small Markdown plan."""

import pytest

from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH BẠCH LONG
Số: 341/KH-UBND

# KẾ HOẠCH

**Chuyển đổi số tỉnh Bạch Long năm 2027**

## I. MỤC TIÊU

Đến hết năm 2027, đưa giai đoạn 2 của hệ thống giám sát an toàn thông tin tập trung vào vận hành.

## Phụ lục I

**HỆ THỐNG CHỈ TIÊU NĂM 2027**

| TT | Tên chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2027 | Đơn vị chủ trì | Đơn vị phối hợp |
|---|---|---|---|---|---|
| 1 | Số hệ thống thông tin từ cấp độ 3 trở lên được giám sát qua SOC của tỉnh | Hệ thống | 45 | Công an tỉnh | Sở Khoa học và Công nghệ |
| 2 | Tỷ lệ người dân được phổ cập kỹ năng số cơ bản | % | 75 | Sở Khoa học và Công nghệ | Tỉnh Đoàn Bạch Long |
| 3 | Tỷ lệ dân số được phủ sóng di động 5G | % | 80 | Sở Khoa học và Công nghệ | Các doanh nghiệp viễn thông |

## Phụ lục II

**DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2027**

| STT | Nhiệm vụ | Thời gian hoàn thành | Đơn vị chủ trì | Đơn vị phối hợp |
|---|---|---|---|---|
| 1 | Đưa vào vận hành giai đoạn 2 Trung tâm giám sát an toàn thông tin mạng (SOC) của tỉnh | Tháng 6/2027 | Công an tỉnh | Sở Khoa học và Công nghệ |
| 2 | Triển khai phong trào Bình dân học vụ số đến thôn, tổ dân phố | Thường xuyên | Sở Khoa học và Công nghệ | Tỉnh Đoàn Bạch Long |
| 3 | Xây dựng cơ sở dữ liệu doanh nghiệp dùng chung | Tháng 9/2027 | Sở Tài chính | Sở Công Thương |
| 4 | Mở rộng vùng phủ sóng 5G tại các xã miền núi, biên giới | Năm 2027 | Sở Khoa học và Công nghệ | Các doanh nghiệp viễn thông |
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-341-bachlong-2027.md": PLAN})


@pytest.mark.parametrize("question", [
    "Tỉnh Đoàn chủ trì những nhiệm vụ nào trong Kế hoạch năm 2027?",
    "Which tasks does the provincial Youth Union (Tỉnh Đoàn) lead under the 2027 plan?",
])
def test_a_body_named_without_the_province_that_only_works_with_others_leads_nothing(plan, question):
    answer = plan.answer(question)
    assert not answer.found, answer.answer
    assert "Tỉnh Đoàn Bạch Long" in answer.answer, answer.answer


def test_the_body_named_without_the_province_still_answers_for_what_it_does(plan):
    answer = plan.answer("Tỉnh Đoàn phối hợp thực hiện nhiệm vụ nào?")
    assert answer.found and "Triển khai phong trào Bình dân học vụ số" in answer.answer, answer.answer


def test_a_task_list_titled_with_the_year_sets_no_figure_for_it(plan):
    """Both the SOC task and the SOC indicator match; only the indicator has a figure for 2027 (the task
    list's title names the plan's year, as the indicator table's does)."""
    answer = plan.answer("How many level-3-or-higher information systems should the provincial security "
                         "operations centre monitor in 2027, and who is in charge?")
    assert answer.found and "45" in answer.answer and "Công an tỉnh" in answer.answer, answer.answer
    assert any("Số hệ thống thông tin từ cấp độ 3" in c.text for c in answer.citations), answer.citations


@pytest.mark.parametrize("question", ["What is the 5G coverage target?", "Chỉ tiêu phủ sóng 5G là bao nhiêu?"])
def test_a_target_asked_is_read_from_the_indicator_not_the_task_on_the_same_thing(plan, question):
    answer = plan.answer(question)
    assert answer.found and "80" in answer.answer, answer.answer
    assert all("Mở rộng vùng phủ sóng" not in c.text for c in answer.citations), answer.answer


@pytest.mark.parametrize("question, said", [
    ("Who won the 2022 World Cup?", "World Cup"),  # only "2022" matched, the year of nothing asked
    ("What is the capital of France?", "France"),  # "capital" is "vốn" (funding) to the glossary
    ("Cách nấu phở bò?", "phở"),  # "phố", "bộ" once folded
])
def test_a_question_about_what_no_plan_speaks_of_abstains(plan, question, said):
    answer = plan.answer(question)
    assert not answer.found and said in answer.answer, answer.answer


@pytest.mark.parametrize("question, reason", [
    ("Dự báo thời tiết tuần này thế nào?", "quanh hiện tại"),  # live information, whatever the plans print
    ("What will the weather be like this week?", "around now"),
    ("Bạn là ai?", "yêu cầu đối với trợ lý"),  # to the assistant, not about the plans
    ("Who are you?", "instruction to the assistant"),
])
def test_live_information_and_questions_to_the_assistant_abstain(plan, question, reason):
    answer = plan.answer(question)
    assert not answer.found and reason in answer.answer, answer.answer


def test_a_bodys_name_without_its_place_is_read_only_as_written(plan):
    """"cấp tỉnh, đoàn thể" folds to the words of "Tỉnh Đoàn" but names no body."""
    from assistant.steps import Question

    assert "Tỉnh Đoàn Bạch Long" in plan.understand(Question("Tỉnh Đoàn phối hợp nhiệm vụ nào?")).intent.agencies
    assert "Tỉnh Đoàn Bạch Long" not in plan.understand(Question("Các cơ quan cấp tỉnh, đoàn thể phối hợp nhiệm vụ nào?")).intent.agencies


@pytest.mark.parametrize("question, value", [
    ("Đơn vị nào chủ trì xây dựng cơ sở dữ liệu doanh nghiệp dùng chung?", "Sở Tài chính"),
    ("Who leads the shared business database in the 2027 plan?", "Sở Tài chính"),
    ("Tỷ lệ người dân được phổ cập kỹ năng số cơ bản năm 2027 là bao nhiêu?", "75"),
    # capitals that name nothing the plan must print: a part referred to by its number, a body the glossary
    # knows, a place written as one word
    ("Under Article 2 of the plan, who leads the shared business database?", "Sở Tài chính"),
    ("Under Part II of the plan, who leads the shared business database?", "Sở Tài chính"),
    ("Who leads the shared business database for the provincial People's Committee?", "Sở Tài chính"),
    ("Who leads the shared business database in Bachlong?", "Sở Tài chính"),
])
def test_questions_in_the_plans_words_still_answer(plan, question, value):
    answer = plan.answer(question)
    assert answer.found and value in answer.answer, answer.answer


@pytest.mark.parametrize("question, plan_years", [
    ("How did the DTI ranking target change between the 2026 and the 2027 plan?", ["2026", "2027"]),
    ("Compare the 5G coverage targets of the 2026 and 2027 plans.", ["2026", "2027"]),
    ("What is the 2027 target for 5G coverage?", []),  # a value's year, not a plan's
])
def test_years_that_name_plans_side_by_side(question, plan_years):
    """"the 2026 and the 2027 plan": the first year names a plan as the second does, so neither is a
    target year the rows must have (before, the 2027 plan's row, with no 2026 column, was refused)."""
    from assistant.understanding import parse_question

    intent = parse_question(question)
    assert intent.plan_years == plan_years, (intent.plan_years, intent.target_years)
