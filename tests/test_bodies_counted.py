"""Two bodies' tasks counted side by side: asked without a counting word ("does X or Y lead more tasks"),
a body's words naming no group of rows ("tài chính" of "Bộ Tài chính" beside a group on "gánh nặng tài chính"),
and a body leading "on its own" — no other lead in its cell. The real Assistant over a plan ingested for real."""

import pytest

from tests.conftest import assistant_over

PLAN = """THỦ TƯỚNG CHÍNH PHỦ

Số: 901/QĐ-TTg

KẾ HOẠCH HÀNH ĐỘNG

Thực hiện bảo hiểm y tế toàn dân

## Phụ lục

DANH MỤC NHIỆM VỤ

| STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| I | Hoàn thiện thể chế | | | |
| 1 | Xây dựng Nghị định về mức đóng | Bộ Y tế | Bộ Tư pháp | Quý II/2027 |
| 2 | Sửa đổi Thông tư hướng dẫn thanh toán | Bộ Y tế | Các bộ, ngành | Quý IV/2027 |
| 3 | Xây dựng cơ chế hỗ trợ mức đóng | Bộ Tài chính | Bộ Y tế | Quý I/2028 |
| II | Giảm gánh nặng tài chính cho người tham gia | | | |
| 4 | Mở rộng phạm vi quyền lợi | Bộ Y tế | Bảo hiểm xã hội Việt Nam | Năm 2028 |
| 5 | Bảo đảm nguồn kinh phí hỗ trợ | Bộ Tài chính | Các địa phương | Hằng năm |
| 6 | Kết nối dữ liệu khám chữa bệnh | Bộ Y tế, Bộ Tài chính, Bộ Công an | Các cơ sở y tế | Thường xuyên |
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-901-ttg.md": PLAN})


def test_two_bodies_compared_by_their_tasks_over_every_group(plan):
    """"chủ trì nhiều nhiệm vụ hơn": each body's tasks counted over the whole table — "tài chính" of Bộ Tài chính
    does not narrow the other side to group II, "Giảm gánh nặng tài chính …"."""
    answer = plan.answer("Bộ Y tế hay Bộ Tài chính chủ trì nhiều nhiệm vụ hơn?")
    assert answer.found, answer.answer
    assert "Bộ Y tế: 4" in answer.answer and "Bộ Tài chính: 3" in answer.answer, answer.answer


def test_a_body_leading_on_its_own_has_no_other_lead_in_its_cell(plan):
    answer = plan.answer("Does the Ministry of Health or the Ministry of Finance lead more tasks on its own?")
    assert answer.found, answer.answer
    assert "Bộ Y tế (sole lead): 3" in answer.answer and "Bộ Tài chính (sole lead): 2" in answer.answer, answer.answer
    alone = plan.answer("Bộ Y tế một mình chủ trì bao nhiêu nhiệm vụ?")
    assert "3 nhiệm vụ" in alone.answer and "Kết nối dữ liệu" not in alone.answer, alone.answer
