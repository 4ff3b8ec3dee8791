"""Questions over rows: counts and lists by plan, appendix, group, kind, agency and deadline.

Real assistant over the bundled corpus (slow). Expected figures are the plan's own: the 2026
plan (275/KH-UBND) has 31 indicators in Phụ lục I and, in Phụ lục II, 12 regular tasks and 65
time-bound tasks; task 65 of the time-bound part is led by the Border Guard Command.
"""

from __future__ import annotations

import re

import pytest

from assistant.understanding import parse_question

pytestmark = pytest.mark.slow

PLAN26 = "2026-plan_kh-275-ubnd"


def _row_citations(answer) -> list:
    return [c for c in answer.citations if c.locator.startswith("Phụ lục")]


def _cited_numbers(answer) -> set[str]:
    return {c.locator.rsplit(" ", 1)[-1] for c in _row_citations(answer)}


@pytest.mark.parametrize(
    "question",
    ["Kế hoạch 275 có bao nhiêu chỉ tiêu?", "How many indicators does plan 275/KH-UBND set?"],
)
def test_count_of_indicators_in_a_plan(assistant_real, question):
    a = assistant_real.answer(question)
    assert a.found
    assert re.search(r"\b31 (chỉ tiêu|indicators)\b", a.answer), a.answer
    assert {c.doc_id for c in a.citations} == {PLAN26}
    assert len(_row_citations(a)) == 31 and _cited_numbers(a) == {str(n) for n in range(1, 32)}
    # besides the rows, only the plan's own sentence stating that total may be cited
    assert all(re.search(r"\b31\b", c.text) for c in a.citations if c not in _row_citations(a))


@pytest.mark.parametrize("question", [
    "Kế hoạch 275 có bao nhiêu nhiệm vụ thường xuyên?",
    # the plan's own year names the list, it filters no deadline ("Thường xuyên" has no year)
    "Trong danh mục nhiệm vụ năm 2026 của tỉnh Thanh Hóa có bao nhiêu nhiệm vụ thường xuyên?",
])
def test_count_of_recurring_tasks(assistant_real, question):
    a = assistant_real.answer(question)
    assert a.found and re.search(r"\b12 nhiệm vụ\b", a.answer), a.answer
    assert len(a.citations) == 12 and {c.doc_id for c in a.citations} == {PLAN26}


def test_list_by_lead_agency(assistant_real):
    a = assistant_real.answer("Which tasks of plan 275 does the Border Guard Command lead?")
    assert a.found
    assert any("65" in c.locator for c in a.citations), [c.locator for c in a.citations]
    # every listed row is led by that agency, and each is cited
    for c in a.citations:
        assert "Bộ đội Biên phòng" in c.text
    assert len(re.findall(r"\[\d+\]", a.answer)) == len(a.citations)


def test_an_institution_named_in_english_counts_its_rows(assistant_real):
    # the plan prints "Trường Đại học Hồng Đức"; the question says "Hong Duc University"
    a = assistant_real.answer("How many tasks in Phụ lục II of plan 275 are led by Hong Duc University?")
    assert a.found and re.search(r"\b6 tasks\b", a.answer), a.answer
    assert len(_row_citations(a)) == 6
    assert all("Trường Đại học Hồng Đức" in c.text for c in _row_citations(a))


def test_count_by_deadline_month_names_only_rows_due_then(assistant_real):
    a = assistant_real.answer("Bao nhiêu nhiệm vụ của Kế hoạch 275 phải hoàn thành trong tháng 12/2026?")
    assert a.found and a.citations
    for c in a.citations:
        assert re.search(r"12\s*/\s*2026", c.text), c.text


def test_count_with_no_matching_row_abstains(assistant_real):
    a = assistant_real.answer("Kế hoạch 275 có bao nhiêu nhiệm vụ phải hoàn thành trong tháng 2/2031?")
    assert not a.found and not a.citations


@pytest.mark.parametrize(
    ("question", "mode", "rows"),
    [
        ("How many tasks are due in the third quarter of 2027?", "count", True),
        ("Những nhiệm vụ nào phải hoàn thành trong Quý II/2027?", "list", True),
        ("How many people should have basic digital skills by 2026?", "count", False),
    ],
)
def test_counting_rows_is_told_from_asking_a_quantity(question, mode, rows):
    intent = parse_question(question)
    assert intent.aggregation == mode and intent.over_rows is rows


def test_an_english_question_names_a_group_by_its_key_words(assistant_real):
    # Phụ lục I of plan 275 has 5 indicators in "IV. Phát triển xã hội số, thu hẹp khoảng cách số".
    a = assistant_real.answer("How many indicators of the 2026 plan are in the digital society group?")
    assert a.found and "5 indicators" in a.answer and "xã hội số" in a.answer, a.answer
    assert _cited_numbers(a) == {"27", "28", "29", "30", "31"}, a.answer


def test_two_named_groups_are_counted_each_with_the_plans_own_sentences(assistant_real):
    # KH 266 states "(1) Nhóm phát triển hạ tầng 05 chỉ tiêu" and "(5) Nhóm phát triển chuyên đổi số 37 chỉ tiêu".
    a = assistant_real.answer("KH 266 có bao nhiêu chỉ tiêu thuộc nhóm phát triển hạ tầng và nhóm phát triển chuyển đổi số?")
    assert a.found, a.answer
    assert "hạ tầng 05 chỉ tiêu" in a.answer and "37 chỉ tiêu" in a.answer, a.answer
    assert re.search(r"HẠ TẦNG: 5\b", a.answer) and re.search(r"SỐ: 37\b", a.answer), a.answer


def test_which_groups_a_table_is_divided_into_are_counted_at_the_level_that_divides_them(assistant_real):
    # Phụ lục 01 of the 2022 programme: "I. Chỉ tiêu đến năm 2025" holds "1. Về Chính quyền số",
    # "2. Về Kinh tế số" and "3. Về Xã hội số"; the group names are in the cited rows.
    a = assistant_real.answer("Phụ lục 01 của chương trình 2022 chia các chỉ tiêu đến năm 2025 thành những nhóm nào?")
    assert a.found, a.answer
    assert "thuộc 3 nhóm" in a.answer and "Về Kinh tế số" in a.answer, a.answer
    assert any("Về Xã hội số" in c.text for c in a.citations), [c.text[:80] for c in a.citations]


def test_a_counted_topic_that_one_group_label_holds_counts_that_group(assistant_real):
    # no word for "group": "kinh tế số" is what group III of Phụ lục I is about (indicators 23–26)
    a = assistant_real.answer("Kế hoạch 275 có bao nhiêu chỉ tiêu về phát triển kinh tế số?")
    assert a.found and "4 chỉ tiêu" in a.answer, a.answer
    numbers = sorted(c.locator.rsplit(" ", 1)[-1] for c in a.citations if c.locator.startswith("Phụ lục I,"))
    assert numbers == ["23", "24", "25", "26"], a.citations


def test_a_groups_count_sentence_naming_it_before_a_colon_is_quoted(assistant_real):
    # "Chỉ tiêu về phát triển chính quyền số, …: 18 chỉ tiêu;" names the group before the colon
    a = assistant_real.answer("How many of the indicators in plan 275 concern developing digital government "
                              "and improving its effectiveness?")
    assert a.found and "18" in a.answer, a.answer
    assert any("hiệu lực hoạt động: 18 chỉ tiêu" in c.text for c in a.citations), [c.text[:80] for c in a.citations]


def test_a_bracketed_cell_value_filters_a_list_and_a_named_plan_does_not_hide_the_list(assistant_real):
    # "Which Plan 285 tasks": the plan named between the words; "(Đã hoàn thành)": a whole cell value
    a = assistant_real.answer("Which Plan 285 tasks are marked as already completed (Đã hoàn thành) in the institutions group?")
    assert a.found and "“Đã hoàn thành”" in a.answer, a.answer
    listed = {c.locator.rsplit(" ", 1)[-1] for c in a.citations}
    assert listed == {"4", "5", "6", "7", "8"}, listed
    # words in brackets that are no cell's value filter nothing
    b = assistant_real.answer("Which Plan 285 tasks concern institutions (thể chế)?")
    assert "“thể chế”" not in b.answer


@pytest.mark.parametrize("question", [
    "How many indicators of plan 275 set a 2026 target of 100%?",
    "Kế hoạch 275 có bao nhiêu chỉ tiêu đạt 80% trong năm 2026?",
])
def test_count_of_rows_by_the_value_of_their_target(assistant_real, question):
    # Phụ lục I of plan 275: ten indicators target 100% for 2026, five 80%
    want = "100%" if "100%" in question else "80%"
    a = assistant_real.answer(question)
    n = 10 if want == "100%" else 5
    assert a.found and re.search(rf"\b{n} (chỉ tiêu|indicators)\b", a.answer), a.answer
    rows = _row_citations(a)
    assert len(rows) == n and all(re.search(rf"(?<![\d.,]){want}", c.text) for c in rows)


def test_a_listed_indicator_shows_its_target_as_printed(assistant_real):
    """A list of the rows a body leads gives each indicator's target (one year here), quoted from the row."""
    a = assistant_real.answer("Which indicators of plan 275 does the provincial police lead?")
    assert a.found, a.answer
    line = next(line for line in a.answer.splitlines() if line.startswith("- indicator 18:"))
    assert "2026: 100%" in line, line
