"""A plan's milestones by year and its measures: the target for a milestone year is quoted from the milestone
list; "measures" names a plan's task rows in English as "nhiệm vụ" does in Vietnamese ("how many measures are
carried out every year" counts them by their time). The real Assistant over a small plan ingested for real,
and the question reader alone."""

import pytest

from assistant.understanding import parse_question
from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH HÀ KHUÊ

Số: 77/KH-UBND

KẾ HOẠCH

Hỗ trợ hợp tác xã và hộ kinh doanh chuyển đổi số giai đoạn 2026 - 2045

Căn cứ Nghị quyết số 12/2045/NQ-HĐND ngày 01/01/2026 của Hội đồng nhân dân tỉnh.

## I. MỤC TIÊU

### 1. Mục tiêu cụ thể

- Đến hết năm 2030: có 60% hợp tác xã, hộ kinh doanh ứng dụng công nghệ số.
- Đến hết năm 2045: có 100% hợp tác xã, hộ kinh doanh ứng dụng công nghệ số.

## II. NHIỆM VỤ, GIẢI PHÁP

### 1. Tuyên truyền cho hợp tác xã

Tổ chức hội nghị, hội thảo giới thiệu công nghệ số cho hợp tác xã và hộ kinh doanh.

- Đơn vị chủ trì thực hiện: Liên minh Hợp tác xã tỉnh.
- Đơn vị phối hợp: Sở Công Thương.
- Thời gian thực hiện: Hằng năm.

### 2. Hỗ trợ nền tảng số

Hỗ trợ hợp tác xã, hộ kinh doanh sử dụng nền tảng số trong sản xuất, kinh doanh.

- Đơn vị chủ trì thực hiện: Sở Công Thương.
- Đơn vị phối hợp: Liên minh Hợp tác xã tỉnh.
- Thời gian thực hiện: Thường xuyên.

### 3. Đào tạo kỹ năng số

Mở lớp đào tạo kỹ năng số cho chủ hộ kinh doanh.

- Đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ.
- Thời gian thực hiện: Hằng năm.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh77-ha-khue.md": PLAN})


def test_the_target_for_a_milestone_year_is_quoted(assistant):
    answer = assistant.answer("What is the 2045 target for co-ops and household businesses using digital technology?")
    assert answer.found
    assert "Đến hết năm 2045: có 100% hợp tác xã" in answer.answer


def test_measures_are_counted_as_a_plans_tasks(assistant):
    intent = parse_question("How many measures are carried out every year?")
    assert intent.over_rows and intent.aggregation == "count"
    answer = assistant.answer("How many measures are carried out every year?")
    assert answer.found and "2" in answer.answer
    assert "Tổ chức hội nghị" in answer.answer and "Mở lớp đào tạo" in answer.answer
    assert "Hỗ trợ hợp tác xã, hộ kinh doanh sử dụng nền tảng số" not in answer.answer
