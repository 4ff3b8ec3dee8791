"""When or by whom an act the plan cites was issued, asked of that act by its number: the plan's own citation of
it answers (its clause, with the date and the issuer after the number), not the plan's own date or issuer; the
plan's own number still asks for its own facts. The real Assistant over a small plan ingested for real."""

import pytest

from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 218/QĐ-UBND

Bình La, ngày 12 tháng 3 năm 2024

QUYẾT ĐỊNH

Ban hành Chương trình hành động thực hiện Kế hoạch số 45-KH/TU của Ban Thường vụ Tỉnh ủy về Chỉ thị số 21-CT/TW của Ban Bí thư

Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015;

Căn cứ Quyết định số 902/QĐ-TTg ngày 20 tháng 7 năm 2023 của Thủ tướng Chính phủ về ban hành Kế hoạch thực hiện Chỉ thị số 21-CT/TW ngày 15 tháng 5 năm 2023 của Ban Bí thư;

Thực hiện Kế hoạch số 45-KH/TU ngày 02 tháng 11 năm 2023 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 21-CT/TW;

## I. NỘI DUNG

1. Tuyên truyền, quán triệt Chỉ thị số 21-CT/TW đến cán bộ, công chức, viên chức. Cơ quan thực hiện: Sở Nội vụ.

2. Rà soát cơ chế hỗ trợ doanh nghiệp nhỏ và vừa. Cơ quan thực hiện: Sở Tài chính.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-218-binhla.md": PLAN})


@pytest.mark.parametrize("question, said", [
    ("Chỉ thị số 21-CT/TW được ban hành ngày nào?", "ngày 15 tháng 5 năm 2023"),  # (the title cites it undated)
    ("chỉ thị 21-ct/tw ban hành ngày nào?", "ngày 15 tháng 5 năm 2023"),
    ("Luật số 77/2015/QH13 được ban hành ngày nào?", "ngày 19 tháng 6 năm 2015"),
    ("When was Decision 902/QĐ-TTg issued?", "ngày 20 tháng 7 năm 2023"),
    ("Kế hoạch số 45-KH/TU là của cơ quan nào?", "Ban Thường vụ Tỉnh ủy"),
])
def test_the_plans_citation_of_the_act_answers(assistant, question, said):
    answer = assistant.answer(question)
    assert answer.found and said in answer.answer, answer.answer
    assert "12 tháng 3 năm 2024" not in answer.answer  # not the plan's own date
    assert any(said in c.text for c in answer.citations)


def test_the_plans_own_number_asks_its_own_date(assistant):
    answer = assistant.answer("Quyết định 218/QĐ-UBND ban hành ngày nào?")
    assert answer.found and "12 tháng 3 năm 2024" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Việc tuyên truyền, quán triệt Chỉ thị số 21-CT/TW là của cơ quan nào?",
    "Nhiệm vụ tuyên truyền Chỉ thị số 21-CT/TW thuộc trách nhiệm của đơn vị nào?",
])
def test_a_task_about_the_act_asks_its_lead_not_the_acts_issuer(assistant, question):
    answer = assistant.answer(question)
    assert answer.found and "Sở Nội vụ" in answer.answer, answer.answer
