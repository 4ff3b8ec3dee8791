"""A plan that defines its initials once ("doanh nghiệp nhỏ và vừa (DNNVV), hợp tác xã (HTX), hộ kinh doanh
(HKD)") and then states its targets by them ("≥ 60% DNNVV, HTX, HKD"). An English question that names the
three in words ("small businesses, cooperatives and household businesses") reaches the target sentence:
two names sharing a word ("doanh" of "doanh nghiệp" and "kinh doanh") each find their initials. The real
Assistant over a plan ingested for real."""

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


def test_names_sharing_a_word_each_reach_their_initials(assistant):
    ans = assistant.answer("What share of small businesses, cooperatives and household businesses should apply "
                           "digital technology by the end of 2030 under Plan 77?")
    assert ans.found
    assert "≥ 60%" in ans.answer


def test_each_name_said_in_english_is_one_term_with_its_initials(assistant):
    from assistant.steps import Question

    u = assistant.understand(Question(text="What share of small businesses and household businesses use digital technology?"))
    grouped = [t for t in u.terms if t.startswith("≈")]
    assert any("|dnnvv" in t or "≈dnnvv|" in t for t in grouped)
    assert any("|hkd" in t or "≈hkd|" in t for t in grouped)
