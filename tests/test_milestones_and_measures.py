"""A plan's milestones by year, its measures and how often each is done: the target for a year asked is looked
for in the passages that state a figure for that year (a milestone list shares few words with the question
beside the year); "measures" names a plan's task rows in English as "nhiệm vụ" does in Vietnamese. The real Assistant over a small plan
ingested for real, and the question reader alone."""

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


def test_the_passages_stating_a_figure_for_the_year_asked_are_found_not_an_acts_number(assistant):
    found = assistant._passages_stating_years(["kh77-ha-khue"], ["2045"], {"hop_tac", "tac_xa"})
    assert found and all("Đến hết năm 2045" in c.source_text for c in found)
    # "Nghị quyết số 12/2045/NQ-HĐND" prints 2045 inside an act's number: no target for 2045
    assert not any("12/2045" in c.source_text and "Đến hết năm 2045" not in c.source_text for c in found)
    assert assistant._passages_stating_years(["kh77-ha-khue"], ["2039"], set()) == []


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
