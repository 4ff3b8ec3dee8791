"""A ministry programme laid out unlike the bundled plans: targets in 'Lộ trình <year>' columns,
groups named 'Nhóm N', agencies by the short forms the body defines. Real ingest of a small Markdown
plan, real assistant (questions in both languages)."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

from assistant.aliases import find_abbreviations, name_forms

PLAN = """# CHƯƠNG TRÌNH Chuyển đổi số ngành Lao động giai đoạn 2027 - 2031

BỘ NỘI VỤ

Số: 412/QĐ-BNV

## I. MỤC TIÊU

Chương trình đặt ra 5 chỉ tiêu trong 02 nhóm, có lộ trình cho các năm 2027, 2029 và 2031.

## II. TỔ CHỨC THỰC HIỆN

Trung tâm Thông tin lao động (sau đây gọi tắt là TTTTLĐ) chủ trì vận hành hệ thống.
Bảo hiểm xã hội Việt Nam (sau đây gọi tắt là BHXH VN) phối hợp tiếp nhận hồ sơ hưởng trợ cấp thất nghiệp trong ngày.

## Phụ lục 1: CHỈ TIÊU VÀ LỘ TRÌNH

| TT | Chỉ tiêu | Đơn vị tính | Hiện trạng 2026 | Lộ trình 2027 | Lộ trình 2029 | Lộ trình 2031 | Đơn vị chủ trì |
|---|---|---|---|---|---|---|---|
| Nhóm 1 | Dịch vụ công về việc làm |  |  |  |  |  |  |
| 1 | Tỷ lệ hồ sơ trợ cấp thất nghiệp được liên thông với BHXH VN trong ngày | % | 40% | 55% | 85% | 100% | BHXH VN |
| 2 | Tỷ lệ phiên giao dịch việc làm tổ chức trực tuyến | % | 20% | 35% | 60% | 80% | TTTTLĐ |
| Nhóm 2 | Dữ liệu lao động |  |  |  |  |  |  |
| 3 | Số tỉnh kết nối cơ sở dữ liệu thị trường lao động | Tỉnh | 12 | 25 | 45 | 63 | TTTTLĐ |
| 4 | Tỷ lệ người lao động có mã số định danh trong cơ sở dữ liệu | % | 70% | 80% | 92% | 98% | TTTTLĐ |
| 5 | Số báo cáo thống kê lao động lập trên hệ thống điện tử | Báo cáo | 6 | 10 | 14 | 18 | Vụ Kế hoạch - Tài chính |
"""


#: A plan beside it that sets targets for 2026 (the labour programme only estimates 2026).
OTHER_PLAN = """# KẾ HOẠCH Chuyển đổi số ngành Nông nghiệp tỉnh Bình Sơn năm 2026

UBND TỈNH BÌNH SƠN

Số: 31/KH-UBND

## Phụ lục I: CHỈ TIÊU NĂM 2026

| STT | Chỉ tiêu | Chỉ tiêu năm 2026 | Cơ quan chủ trì |
|---|---|---|---|
| 1 | Tỷ lệ hợp tác xã bán sản phẩm trên sàn thương mại điện tử | 60% | Sở Nông nghiệp và Môi trường |
| 2 | Số vùng trồng được cấp mã số điện tử | 120 | Sở Nông nghiệp và Môi trường |
"""


def test_short_forms_of_several_codes_and_name_forms():
    found = {a.short: a.full for a in find_abbreviations(PLAN)}
    assert found["BHXH VN"] == "Bảo hiểm xã hội Việt Nam"
    assert found["TTTTLĐ"] == "Trung tâm Thông tin lao động"
    assert name_forms("Bảo hiểm xã hội Việt Nam") == ("bao hiem xa hoi viet nam", "bao hiem xa hoi")
    assert name_forms("Trung tâm Thông tin lao động") == ("trung tam thong tin lao dong",)


@pytest.fixture(scope="module")
def labour_assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"2027-program_lao-dong.md": PLAN, "2026-plan_nong-nghiep.md": OTHER_PLAN})


@pytest.mark.slow
def test_a_roadmap_year_is_that_years_target(labour_assistant):
    a = labour_assistant.answer("Lộ trình năm 2029 cho số tỉnh kết nối cơ sở dữ liệu thị trường lao động là bao nhiêu?")
    assert a.found and "45" in a.answer, a.answer
    assert any("Phụ lục 1" in c.locator and "3" in c.locator for c in a.citations), [c.locator for c in a.citations]


@pytest.mark.slow
def test_two_years_of_one_indicator_compared_from_its_row(labour_assistant):
    a = labour_assistant.answer("Compare the 2027 and 2031 milestones for online job-fair sessions.")
    assert a.found and "35%" in a.answer and "80%" in a.answer, a.answer


@pytest.mark.slow
def test_a_body_named_in_english_is_found_by_the_short_form_its_plan_defines(labour_assistant):
    a = labour_assistant.answer("Which indicators is social insurance responsible for in the labour programme?")
    assert a.found and "trợ cấp thất nghiệp" in a.answer, a.answer
    assert "giao dịch việc làm" not in a.answer and "thị trường lao động" not in a.answer, a.answer


@pytest.mark.slow
def test_indicators_counted_by_their_nhom_groups(labour_assistant):
    a = labour_assistant.answer("Nhóm 2 có bao nhiêu chỉ tiêu?")
    assert a.found and "3 chỉ tiêu" in a.answer, a.answer
    assert "thị trường lao động" in a.answer and "giao dịch việc làm" not in a.answer, a.answer


@pytest.mark.slow
def test_a_follow_up_asking_the_estimate_of_a_year_reads_the_status_column(labour_assistant):
    """The year asked again ("còn năm 2026 thì ước đạt bao nhiêu?") is the status column's
    ("Hiện trạng 2026"); the plan beside it that sets 2026 targets is not where it is answered."""
    first = "Lộ trình năm 2029 cho số tỉnh kết nối cơ sở dữ liệu thị trường lao động là bao nhiêu?"
    a1 = labour_assistant.answer(first)
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": a1.answer}]
    a = labour_assistant.answer("Còn năm 2026 thì ước đạt bao nhiêu?", history=history)
    assert a.found and "Hiện trạng 2026: 12" in a.answer, a.answer
