"""Units a plan names in Vietnamese ("Phòng Công nghệ thông tin", "Khoa Dược") asked about in English
by what they do ("the IT department", "the pharmacy department"). Real ingest of a small hospital plan
written for these tests, real assistant."""

from __future__ import annotations

import re

import pytest

from tests.conftest import assistant_over

PLAN = """SỞ Y TẾ TỈNH ĐÔNG LĨNH — BỆNH VIỆN ĐA KHOA PHÚ AN

Số: 61/KH-BVPA

# KẾ HOẠCH

**Chuyển đổi số Bệnh viện Đa khoa Phú An năm 2028**

## I. MỤC TIÊU

Hoàn thành bệnh án điện tử và kết nối liên thông đơn thuốc điện tử trong năm 2028.

## PHỤ LỤC

**DANH MỤC NHIỆM VỤ**

| TT | Nội dung công việc | Đơn vị thực hiện | Đơn vị phối hợp | Hạn hoàn thành |
|---|---|---|---|---|
| 1 | Nâng cấp hệ thống mạng LAN tại khu điều trị nội trú | Phòng Công nghệ thông tin | Phòng Hành chính quản trị | Quý I/2028 |
| 2 | Lập hồ sơ đề xuất cấp độ an toàn hệ thống thông tin cho phần mềm HIS | Phòng Công nghệ thông tin | Công an tỉnh | 30/6/2028 |
| 3 | Liên thông đơn thuốc điện tử ngoại trú với Hệ thống đơn thuốc quốc gia | Khoa Dược | Phòng Công nghệ thông tin | Quý I/2028 |
| 4 | Triển khai ứng dụng đặt lịch khám trên điện thoại | Phòng Công tác xã hội | Phòng Công nghệ thông tin | 30/4/2028 |
| 5 | Số hóa bệnh án giấy lưu trữ từ năm 2018 | Phòng Kế hoạch tổng hợp | Phòng Hành chính quản trị | Quý III/2028 |
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"2028-plan_bv-phu-an.md": PLAN})


def test_a_unit_named_by_what_it_does_is_counted(plan):
    a = plan.answer("How many tasks does the hospital's IT department lead?")
    assert a.found and re.search(r"\b2 tasks\b", a.answer), a.answer
    assert "Phòng Công nghệ thông tin" in a.answer


def test_a_unit_named_by_what_it_does_is_listed(plan):
    a = plan.answer("Which tasks does the pharmacy department lead, and by when?")
    assert a.found and "Liên thông đơn thuốc điện tử" in a.answer and "Quý I/2028" in a.answer, a.answer
    assert "Nâng cấp hệ thống mạng LAN" not in a.answer  # a task of another unit
