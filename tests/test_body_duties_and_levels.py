"""A body's duties asked, and a ministry that is not the province's department of the same name.

A city's plan assigns duties under numbered headings that are bodies' names ("1. Sở Y tế" over its lettered
items); other sections name the same bodies in passing ("Phối hợp Sở Y tế …"). "What are Sở Y tế's duties?"
is answered by the section under its own heading, not by a sentence of another body's section. A question
about "the Ministry of Health" over a plan that prints only "Sở Y tế" (the city's Department of Health) is
about a body the plan does not name. The real Assistant over a small plan ingested for real."""

import pytest

from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN THÀNH PHỐ BÌNH KHƯƠNG

Số: 212/KH-UBND

KẾ HOẠCH

Phát động phong trào thi đua chi trả trợ cấp không dùng tiền mặt

Căn cứ Thông tư số 02/2025/TT-BNV của Bộ Nội vụ về công tác thi đua, khen thưởng;

## I. MỤC TIÊU

Phấn đấu 90% người hưởng trợ cấp nhận tiền qua tài khoản.

## II. NỘI DUNG THI ĐUA

Các xã, phường tổ chức tuyên truyền; Sở Y tế tổng hợp kết quả chấm điểm thi đua hằng quý.

## III. TỔ CHỨC THỰC HIỆN

### 1. Sở Y tế

a) Chủ trì, phối hợp với các sở, ngành kiểm tra việc thực hiện Kế hoạch thi đua.

b) Xây dựng bảng chấm điểm làm cơ sở đánh giá các tập thể.

c) Tham mưu Ủy ban nhân dân thành phố tổng kết Kế hoạch.

### 2. Sở Nội vụ

a) Phối hợp Sở Y tế thẩm định hồ sơ đề nghị khen thưởng.

b) Hướng dẫn thủ tục xét tặng Bằng khen.

### 3. Ủy ban nhân dân xã, phường

a) Tuyên truyền, vận động người hưởng trợ cấp mở tài khoản.
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-212-binhkhuong.md": PLAN})


@pytest.mark.parametrize("question", [
    "Sở Y tế có nhiệm vụ gì theo Kế hoạch 212?",
    "What must the Department of Health do under plan 212?",
])
def test_a_bodys_duties_are_the_section_under_its_own_heading(plan, question):
    answer = plan.answer(question)
    assert answer.found
    text = " ".join(c.text for c in answer.citations)
    assert "Xây dựng bảng chấm điểm" in text and "Tham mưu Ủy ban nhân dân thành phố tổng kết" in text
    assert all("Sở Y tế" in c.locator for c in answer.citations), [c.locator for c in answer.citations]


def test_a_duty_asked_with_a_topic_is_still_searched(plan):
    # a topic beside the body ("bảng chấm điểm"): the duty about it, not every duty of the body's section
    answer = plan.answer("Sở Y tế có nhiệm vụ gì về bảng chấm điểm?")
    assert answer.found and "Xây dựng bảng chấm điểm" in answer.answer
    assert "tổng kết Kế hoạch" not in answer.answer


def test_a_ministry_the_plan_prints_only_as_the_citys_department_is_not_in_the_plan(plan):
    answer = plan.answer("Which Ministry of Health circular is plan 212 based on?")
    assert not answer.found
    # the Ministry of Home Affairs is printed as a ministry ("Bộ Nội vụ"): its circular is the plan's basis
    answer = plan.answer("Which Ministry of Home Affairs circular is plan 212 based on?")
    assert answer.found and "02/2025/TT-BNV" in answer.answer


def test_a_percentage_stated_as_given_that_the_plan_prints_nowhere_is_not_in_the_plan(plan):
    for question in ("What reward do communes get for reaching the 75% target of plan 212?",
                     "What is the reward for reaching the 75% target of plan 212?"):
        answer = plan.answer(question)
        assert not answer.found and "75%" in answer.answer, question
    # the plan's own figure; figures offered to choose from, to check, or said as a bound: read as before
    assert plan.answer("Who is meant by the 90% target of plan 212?").found
    for question in ("Kế hoạch 212 phấn đấu bao nhiêu phần trăm người hưởng trợ cấp nhận tiền qua tài khoản, 75% hay 90%?",
                     "Kế hoạch 212 có đặt mục tiêu 75% người hưởng trợ cấp nhận tiền qua tài khoản không?",
                     "Kế hoạch 212 phấn đấu trên 75% người hưởng trợ cấp nhận tiền qua tài khoản như thế nào?"):
        assert "75%" not in plan.answer(question).answer, question


MINISTRY_PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH KHƯƠNG

Số: 88/KH-UBND

KẾ HOẠCH

Chuyển đổi số trong trường học năm 2026

Căn cứ Thông tư số 09/2025/TT-BGDĐT của Bộ GD&ĐT về ứng dụng công nghệ thông tin trong trường học;

## I. TỔ CHỨC THỰC HIỆN

### 1. Sở Giáo dục và Đào tạo

a) Hướng dẫn các trường báo cáo kết quả chuyển đổi số về Bộ GD&ĐT trước ngày 15/12/2026.
"""


def test_a_ministry_printed_by_its_short_form_is_in_the_plan(tmp_path_factory):
    schools = assistant_over(tmp_path_factory, {"kh-88-truonghoc.md": MINISTRY_PLAN})
    answer = schools.answer("Which Ministry of Education and Training circular is plan 88 based on?")
    assert answer.found and "GD&ĐT" in answer.answer  # (not "no plan mentions Bộ Giáo dục và Đào tạo")
