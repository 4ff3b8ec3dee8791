"""Years a question asks that a table's year columns do not hold: a results section that states the
year asked answers ("the 2026 DTI rank"), and a row stating a value for every year asked answers a
question whose closer passage states none ("how much does the target rise between 2028 and 2030").
Real ingest of a small Markdown plan written for these tests, real assistant."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

PLAN = """UBND TỈNH VÂN KHÊ

Số: 77/KH-UBND

# KẾ HOẠCH

**Chuyển đổi số tỉnh Vân Khê năm 2028**

## I. KẾT QUẢ NĂM 2027

Chỉ số chuyển đổi số (DTI) năm 2026 của tỉnh xếp thứ 9/34 tỉnh, thành phố, tăng 03 bậc so với năm 2025.

## II. TỒN TẠI, HẠN CHẾ

Tỷ lệ hồ sơ trực tuyến toàn trình tại cấp xã tăng chậm, chưa đạt mục tiêu đề ra: hồ sơ thủ tục hành chính nộp trực tuyến toàn trình ở nhiều xã mới đạt 41,5%; hồ sơ giấy vẫn chiếm phần lớn tại bộ phận một cửa cấp xã.

## III. MỤC TIÊU

Chi tiết các chỉ tiêu tại Phụ lục kèm theo.

## IV. NGUỒN LỰC TÀI CHÍNH

Sở Tài chính tham mưu bố trí kinh phí chuyển đổi số trong dự toán ngân sách hằng năm. Tổng kinh phí dự kiến thực hiện Kế hoạch là 1.245 tỷ đồng, trong đó ngân sách nhà nước 980 tỷ đồng và 265 tỷ đồng huy động từ xã hội hóa; riêng năm 2029 bố trí 310 tỷ đồng.

## PHỤ LỤC

**CHỈ TIÊU CHUYỂN ĐỔI SỐ**

| TT | Chỉ tiêu | Năm 2028 | Năm 2029 | Năm 2030 | Cơ quan chủ trì |
|---|---|---|---|---|---|
| 1 | Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình | ≥ 75% | ≥ 82% | ≥ 88% | Trung tâm Phục vụ hành chính công |
| 2 | Xếp hạng Chỉ số chuyển đổi số (DTI) của tỉnh | Nhóm 10 | Nhóm 8 | Nhóm 5 | Sở Khoa học và Công nghệ |
| 3 | Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số | ≥ 40% | ≥ 50% | ≥ 60% | Sở Công Thương |
| 4 | Tỷ lệ kinh phí chi cho chuyển đổi số trên tổng chi thường xuyên của tỉnh | 1,5% | 2% | 2,5% | Sở Tài chính |
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"2028-plan_van-khe.md": PLAN})


@pytest.mark.parametrize("question", [
    "Where did Van Khe rank in the 2026 DTI, and how many places did it climb?",
    "Năm 2026 chỉ số DTI của tỉnh Vân Khê xếp thứ mấy?",
])
def test_a_year_no_table_column_holds_is_answered_by_the_passage_stating_it(plan, question):
    a = plan.answer(question)
    assert a.found and "9/34" in a.answer, a.answer
    assert any("9/34" in c.text for c in a.citations)


def test_a_row_answers_several_years_the_closer_passage_does_not_state(plan):
    # a guard: on this small plan the row already wins before the fallback (it passes on dafb30f
    # too); the fallback itself is exercised by held-out set 10's h10-082 (README, RUNS.md)
    a = plan.answer("How much does the target for fully online dossiers rise between 2028 and 2030?")
    assert a.found and "≥ 75%" in a.answer and "≥ 88%" in a.answer, a.answer
    assert any(c.locator.endswith("chỉ tiêu 1") for c in a.citations)


def test_one_years_value_of_a_nearby_row_is_no_count(plan):
    # the plan sets a share of SMEs, not a number of firms, and nothing for 2031
    a = plan.answer("Năm 2031 tỉnh Vân Khê đặt mục tiêu có bao nhiêu doanh nghiệp công nghệ số?")
    assert not a.found, a.answer


def test_the_sentence_quoted_beside_a_row_states_the_year_asked(plan):
    a = plan.answer("Năm 2029 tỉnh Vân Khê bố trí bao nhiêu kinh phí cho kế hoạch chuyển đổi số?")
    assert a.found and "310 tỷ đồng" in a.answer, a.answer


def test_a_year_every_row_holds_filters_nothing(plan):
    # "năm 2028" names the plan's year: every indicator has a 2028 target, so the count is the whole
    # table's and the plan's own sentence about its indicators may stand beside it
    a = plan.answer("Kế hoạch Vân Khê năm 2028 có tổng cộng bao nhiêu chỉ tiêu?")
    assert a.found and "4 chỉ tiêu" in a.answer, a.answer
    assert "năm 2028)" not in a.answer.split("\n")[0], a.answer  # no "(chỉ tiêu năm 2028)" filter
