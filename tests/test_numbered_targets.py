"""Targets numbered in the text and tracked in an appendix by the same number; a table whose groups
are a column; money for a thing the plan never prices. Real ingest of a small Markdown plan (written
for these tests), real assistant."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

PLAN = """UBND TỈNH LAM SƠN

Số: 77/KH-UBND

# KẾ HOẠCH

**Phát triển dữ liệu số tỉnh Lam Sơn năm 2028**

## I. MỤC TIÊU

**a) Về dữ liệu của cơ quan nhà nước**

(1) Đến hết năm 2028, 100% cơ sở dữ liệu chuyên ngành được kết nối với Kho dữ liệu dùng chung.

(2) Năm 2028, hoàn thành Danh mục dữ liệu dùng chung của tỉnh.

**b) Về dữ liệu mở**

(3) Năm 2028, công bố tối thiểu 60 bộ dữ liệu mở trên Cổng dữ liệu của tỉnh.

(4) Đến hết năm 2028, 90% hệ thống thông tin có xử lý dữ liệu cá nhân hoàn thành đánh giá tác động.

## II. KINH PHÍ

Tổng kinh phí thực hiện Kế hoạch là 45,0 tỷ đồng từ ngân sách tỉnh. Kinh phí này không bao gồm 312 tỷ đồng của Dự án Trung tâm Dữ liệu tỉnh.

## III. NHIỆM VỤ

Vận hành thí điểm Sàn dữ liệu Lam Sơn trong năm 2028, kết nối với Cổng dữ liệu của tỉnh.

## PHỤ LỤC

**PHÂN CÔNG THEO DÕI CÁC CHỈ TIÊU**

| Nhóm chỉ tiêu | Chỉ tiêu số | Nội dung tóm tắt | Cơ quan theo dõi | Kỳ cập nhật |
|---|---|---|---|---|
| a) Dữ liệu của cơ quan nhà nước | (1) | Kết nối cơ sở dữ liệu chuyên ngành với Kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Hằng quý |
| | (2) | Danh mục dữ liệu dùng chung | Văn phòng UBND tỉnh | Hằng năm |
| b) Dữ liệu mở | (3) | Bộ dữ liệu mở được công bố | Sở Tài chính | 6 tháng |
| | (4) | Đánh giá tác động xử lý dữ liệu cá nhân | Công an tỉnh | 6 tháng |
"""

DOC = "2028-plan_kh-77-lam-son"


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {f"{DOC}.md": PLAN})


@pytest.mark.parametrize("question", [
    "Đến hết năm 2028, tỷ lệ hệ thống thông tin có xử lý dữ liệu cá nhân hoàn thành đánh giá tác động ở Lam Sơn là bao nhiêu, và cơ quan nào theo dõi?",
    "What share of information systems processing personal data must finish an impact assessment by the end of 2028 in Lam Sơn, and which agency tracks it?",
])
def test_a_numbered_target_brings_the_row_that_tracks_it(plan, question):
    """The figure is in sentence (4) of the text, the tracking agency in row (4) of the appendix."""
    a = plan.answer(question)
    assert a.found, a.answer
    assert "90%" in a.answer and "Công an tỉnh" in a.answer, a.answer
    assert "Sở Tài chính" not in a.answer, a.answer  # row (3), of another target
    assert any(c.locator.endswith("chỉ tiêu 4") for c in a.citations), [c.locator for c in a.citations]


def test_without_an_agency_asked_the_sentence_answers_alone(plan):
    a = plan.answer("Đến hết năm 2028, tỷ lệ hệ thống thông tin có xử lý dữ liệu cá nhân hoàn thành đánh giá tác động ở Lam Sơn là bao nhiêu?")
    assert a.found and "90%" in a.answer, a.answer
    assert "Công an tỉnh" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Nhóm dữ liệu mở của Kế hoạch 77 có bao nhiêu chỉ tiêu?",
    "How many targets are in the open data group of plan 77?",
])
def test_a_group_given_by_a_column_is_counted(plan, question):
    a = plan.answer(question)
    assert a.found, a.answer
    assert ": 2 " in a.answer or " 2 " in a.answer.split("\n")[0], a.answer
    assert "Bộ dữ liệu mở được công bố" in a.answer and "Danh mục dữ liệu dùng chung" not in a.answer, a.answer


def test_money_for_a_thing_the_plan_does_not_price_is_declined(plan):
    """The plan's only amount is its total; the data exchange is a task of the plan, priced nowhere."""
    a = plan.answer("Kế hoạch 77 dành bao nhiêu tiền cho Sàn dữ liệu Lam Sơn?")
    assert not a.found, a.answer
    b = plan.answer("Tổng kinh phí thực hiện Kế hoạch 77 là bao nhiêu?")
    assert b.found and "45,0 tỷ đồng" in b.answer, b.answer
