"""The bodies a table's lead (or partner) column names, counted or listed once each: "bao nhiêu cơ quan chủ trì
khác nhau", "how many different lead bodies", "which departments lead the annex's tasks" — with each body's rows
(numbers a table restarts in each group said with the group's numeral, "II.1"), a cell naming two bodies
("Sở A; Sở B") counting each, "-" counting none. A question about a topic's tasks ("which departments lead the
tourism tasks") is still answered by the rows about it. The real Assistant over a small plan ingested for real."""

import pytest

from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 95/KH-UBND

KẾ HOẠCH

Đổi mới công nghệ tỉnh Bình La đến năm 2035

## PHỤ LỤC. NHIỆM VỤ VÀ GIẢI PHÁP

| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |
|---|---|---|---|---|
| I | NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH | | | |
| 1 | Xây dựng cơ chế đặt hàng nghiên cứu khoa học | Sở Khoa học và Công nghệ | Sở Tài chính | 2026 |
| 2 | Bố trí kinh phí hỗ trợ đổi mới công nghệ | Sở Tài chính | Sở Khoa học và Công nghệ | 2026 - 2030 |
| II | NHÓM GIẢI PHÁP TRONG CÁC NGÀNH | | | |
| 1 | Ứng dụng công nghệ số trong quảng bá du lịch thông minh | Sở Văn hóa, Thể thao và Du lịch | - | 2027 |
| 2 | Hỗ trợ doanh nghiệp đổi mới máy móc, thiết bị | Sở Công Thương; Sở Khoa học và Công nghệ | Hiệp hội Doanh nghiệp | 2026 - 2035 |
| 3 | Phát triển nông nghiệp công nghệ cao | Sở Nông nghiệp và Môi trường | - | 2030 |
| 4 | Thẩm định nguồn vốn cho dự án đổi mới công nghệ | Sở Tài chính | - | 2028 |
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-95-dmcn.md": PLAN})


@pytest.mark.parametrize("question", [
    "How many different lead bodies are there in the annex of plan 95?",
    "Phụ lục của Kế hoạch 95 có bao nhiêu cơ quan chủ trì khác nhau?",
])
def test_the_lead_bodies_are_counted_once_each(plan, question):
    answer = plan.answer(question)
    assert answer.found, answer.answer
    first = answer.answer.splitlines()[0]
    # 5 bodies lead the 6 tasks ("Sở Công Thương; Sở Khoa học và Công nghệ" names two)
    assert ("5 different lead bodies" in first or "5 cơ quan chủ trì khác nhau" in first) and "6" in first, answer.answer
    # each body with its rows, numbered with their group's numeral (the table restarts at 1 in group II)
    assert "Sở Khoa học và Công nghệ" in answer.answer and "I.1, II.2" in answer.answer, answer.answer
    assert "Sở Văn hóa, Thể thao và Du lịch" in answer.answer, answer.answer


def test_the_partners_are_counted_without_empty_cells(plan):
    answer = plan.answer("Có bao nhiêu đơn vị phối hợp khác nhau trong phụ lục của Kế hoạch 95?")
    assert answer.found, answer.answer
    assert "3 cơ quan phối hợp khác nhau" in answer.answer.splitlines()[0], answer.answer
    assert "Hiệp hội Doanh nghiệp" in answer.answer and "\n- -" not in answer.answer, answer.answer


def test_the_leads_of_a_topics_tasks_are_the_rows_about_it(plan):
    answer = plan.answer("Which department leads the tourism tasks of plan 95?")
    assert answer.found and "Sở Văn hóa, Thể thao và Du lịch" in answer.answer, answer.answer
    assert "different" not in answer.answer and "Sở Nông nghiệp" not in answer.answer, answer.answer
