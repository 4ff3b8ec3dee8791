"""Objectives set out year by year as the items of one list ("a) Đến hết năm 2025: …", "c) Đến hết năm 2045:
…") under a heading of objectives that names no year: asked for one of those years, the list answers, though a
passage on the same firms elsewhere shares more of the question's words. The real Assistant over a small plan
ingested for real."""

import pytest

from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 73/KH-UBND

# KẾ HOẠCH chuyển đổi số cho doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh tỉnh Bình La

## I. MỤC TIÊU

### 1. Mục tiêu chung

Thúc đẩy doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh ứng dụng công nghệ số trong sản xuất, kinh doanh.

### 2. Mục tiêu cụ thể

- a) Đến hết năm 2025: có 30% DNNVV, HTX, HKD trên địa bàn tỉnh ứng dụng nền tảng số.
- b) Đến hết năm 2030: có 60% DNNVV, HTX, HKD trên địa bàn tỉnh ứng dụng nền tảng số.
- c) Đến hết năm 2045: 100% DNNVV, HTX, HKD trên địa bàn tỉnh ứng dụng nền tảng số.

## II. NHIỆM VỤ, GIẢI PHÁP

### 1. Hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh ứng dụng công nghệ số

Sở Công Thương hướng dẫn doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh sử dụng công nghệ số, nền tảng số
trong quản trị, bán hàng và thanh toán; tổ chức tập huấn cho hộ kinh doanh về sử dụng công nghệ số.

### 2. Hỗ trợ tài chính

Sở Tài chính bố trí kinh phí hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã chuyển đổi số.
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh73-2027-binhla.md": PLAN})


@pytest.mark.parametrize("question", [
    "Đến hết năm 2045, tỷ lệ doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh sử dụng công nghệ số là bao nhiêu?",
    "What share of small firms, cooperatives and household businesses should use digital technology by 2045?",
])
def test_the_list_of_objectives_by_year_answers_for_its_year(plan, question):
    a = plan.answer(question)
    assert a.found and "100%" in a.answer, a.answer
    assert any("Đến hết năm 2045: 100%" in c.text for c in a.citations), [c.text[:80] for c in a.citations]
