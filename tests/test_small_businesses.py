"""A plan that defines its initials once ("doanh nghiệp nhỏ và vừa (DNNVV), hợp tác xã (HTX), hộ kinh doanh
(HKD)") and then states its targets by them ("≥ 60% DNNVV, HTX, HKD"). An English question that says "small
businesses" (not "small and medium-sized enterprises") means "doanh nghiệp nhỏ và vừa", and so the plan's
initials. The real Assistant over a plan ingested for real."""

import pytest

from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH KHƯƠNG

Số: 77/KH-UBND

KẾ HOẠCH

Chuyển đổi số cho doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh

## I. MỤC ĐÍCH

Thúc đẩy chuyển đổi số trong hoạt động sản xuất kinh doanh của doanh nghiệp nhỏ và vừa (DNNVV), hợp tác xã (HTX), hộ kinh doanh (HKD) trên địa bàn Tỉnh.

## II. MỤC TIÊU

a) Đến hết năm 2026: Có ≥ 25% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.

b) Đến hết năm 2030: Có ≥ 60% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.

## III. NHIỆM VỤ

a) Tổ chức tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho các hộ gia đình làm nghề thủ công.

b) Hỗ trợ doanh nghiệp tiếp cận các gói tín dụng ưu đãi cho đổi mới công nghệ.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh77-2026-binhkhuong.md": PLAN})


def test_small_businesses_are_the_plans_dnnvv(assistant):
    from assistant.steps import Question

    u = assistant.understand(Question(text="What share of small businesses use digital technology by 2030?"))
    assert any(t.startswith("≈") and "dnnvv" in t[1:].split("|") for t in u.terms)
    ans = assistant.answer("What share of small businesses should apply digital technology by the end of 2030 under Plan 77?")
    assert ans.found and "≥ 60%" in ans.answer
