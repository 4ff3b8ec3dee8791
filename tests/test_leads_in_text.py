"""Who leads, said in a plan's text: a section "Tổ chức thực hiện" names each body in a heading and what it
leads below it ("4. Sở Văn hóa, Thể thao và Du lịch / Chủ trì triển khai các nhiệm vụ tại mục (IV) (2)"). When
only who is asked and that passage matches better than any row of another plan's task table, it answers — the
heading is the body's name. (A broader rule, any passage saying "chủ trì" of a body, lost held-out questions and
was reverted.) The real Assistant over small plans ingested for real."""

import pytest

from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 71/KH-UBND

KẾ HOẠCH

Phát triển kinh tế số và xã hội số tỉnh Bình La giai đoạn 2026 - 2030

## IV. NHIỆM VỤ

### 2. Du lịch và văn hóa

Thúc đẩy ứng dụng công nghệ số trong du lịch, số hóa di sản văn hóa, phát triển các tour du lịch thực tế ảo.

## VI. TỔ CHỨC THỰC HIỆN

### 1. Sở Khoa học và Công nghệ

Chủ trì theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch.

### 4. Sở Văn hóa, Thể thao và Du lịch

Chủ trì triển khai các nhiệm vụ du lịch và văn hóa tại mục (IV) (2) của Kế hoạch.
"""

TASKS = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 72/KH-UBND

KẾ HOẠCH

Chuyển đổi số tỉnh Bình La năm 2026

## PHỤ LỤC. DANH MỤC NHIỆM VỤ

| STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Xây dựng hệ thống bán vé điện tử tại các khu, điểm du lịch | Trung tâm Xúc tiến Du lịch | Tháng 8/2026 |
| 2 | Xây dựng thư viện số của tỉnh | Thư viện tỉnh | Tháng 10/2026 |
| 3 | Phát triển các điểm du lịch văn hóa | Trung tâm Xúc tiến Du lịch | Tháng 12/2026 |
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-71-ktso.md": PLAN, "kh-72-cds.md": TASKS})


def test_the_heading_over_a_sentence_saying_who_leads_answers(plans):
    answer = plans.answer("Which department takes the lead on the plan's tourism and culture tasks?")
    assert answer.found, answer.answer
    first = answer.answer.split("\n")[0]
    assert "Sở Văn hóa, Thể thao và Du lịch" in first and "Chủ trì triển khai" in first, answer.answer
