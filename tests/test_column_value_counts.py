"""Rows counted by the value a question says for a column it names: "bao nhiêu nhiệm vụ có cấp trình là Chính phủ"
counts the rows whose "Cấp trình" cell holds "Chính phủ" as one of its items (not "Thủ tướng Chính phủ", a longer
name), the whole cell when "chỉ" / "only" is said. The real Assistant over a small plan ingested for real."""

import pytest

from tests.conftest import assistant_over

PLAN = """# CHƯƠNG TRÌNH HÀNH ĐỘNG

**Sắp xếp tổ chức bộ máy năm 2027**

## Phụ lục

**NHIỆM VỤ TRIỂN KHAI**

| TT | Nội dung công việc | Cơ quan chủ trì | Cấp trình | Sản phẩm | Thời hạn hoàn thành |
|---|---|---|---|---|---|
| 1 | Sửa đổi Nghị định về vị trí việc làm | Bộ Nội vụ | Chính phủ | Nghị định | Quý II/2027 |
| 2 | Ban hành quy định về biên chế | Bộ Nội vụ | Chính phủ, Thủ tướng Chính phủ | Nghị định, Quyết định | Năm 2027 |
| 3 | Phê duyệt đề án tinh giản biên chế | Bộ Tài chính | Thủ tướng Chính phủ | Quyết định | Năm 2027 |
| 4 | Sửa đổi Luật Tổ chức chính quyền địa phương | Bộ Nội vụ | Quốc hội | Luật | Năm 2027 |
| 5 | Rà soát chức năng các đơn vị | Các bộ, ngành | Cấp có thẩm quyền | Báo cáo | Thường xuyên |
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"ctr-12-bomay-2027.md": PLAN})


@pytest.mark.parametrize(("question", "count"), [
    ("Có bao nhiêu nhiệm vụ có cấp trình là Chính phủ?", "2"),  # "Chính phủ" and "Chính phủ, Thủ tướng Chính phủ"
    ("Có bao nhiêu nhiệm vụ chỉ có cấp trình là Chính phủ?", "1"),
    ("Có bao nhiêu nhiệm vụ có cấp trình là Quốc hội?", "1"),
])
def test_rows_counted_by_the_value_said_for_the_column_named(assistant, question, count):
    answer = assistant.answer(question)
    assert answer.found and f": {count} nhiệm vụ" in answer.answer, answer.answer


def test_a_longer_name_holding_a_value_is_not_that_value(assistant):
    answer = assistant.answer("Có bao nhiêu nhiệm vụ có cấp trình là Thủ tướng Chính phủ?")
    assert ": 2 nhiệm vụ" in answer.answer, answer.answer  # rows 2 and 3, not the Government's rows 1 and 2


def test_two_values_said_for_the_column_count_the_rows_of_either(assistant):
    answer = assistant.answer("Có bao nhiêu nhiệm vụ có cấp trình là Quốc hội hoặc Thủ tướng Chính phủ?")
    assert ": 3 nhiệm vụ" in answer.answer, answer.answer  # rows 2, 3 (Thủ tướng Chính phủ) and 4 (Quốc hội)


def test_only_said_of_another_part_of_the_question_is_not_said_of_the_value(assistant):
    answer = assistant.answer("Có bao nhiêu nhiệm vụ có cấp trình là Chính phủ, chỉ tính nhiệm vụ do Bộ Nội vụ chủ trì?")
    assert ": 2 nhiệm vụ" in answer.answer, answer.answer  # rows 1 and 2, not row 1 alone


def test_rows_not_of_the_value_are_not_counted_as_of_the_value(assistant):
    answer = assistant.answer("Có bao nhiêu nhiệm vụ có cấp trình không phải là Chính phủ?")
    assert ": 2 nhiệm vụ" not in answer.answer, answer.answer  # (the Government's rows are not the answer)


def test_only_a_value_no_cell_holds_alone_counts_none(tmp_path_factory):
    alone = assistant_over(tmp_path_factory, {"ctr-13-bomay-2027.md": PLAN.replace("| Chính phủ | Nghị định |", "| Chính phủ; Quốc hội | Nghị định |")})
    answer = alone.answer("Có bao nhiêu nhiệm vụ chỉ có cấp trình là Chính phủ?")
    assert not answer.found and "không có dòng nào" in answer.answer, answer.answer  # none, not every row
