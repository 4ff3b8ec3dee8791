"""A plan's reporting regime, dated by day and month of every year ("trước ngày 15/6"), asked beside task
rows that have deadlines of their own: the sentence stating the days is quoted, with the rows or instead of
them. Real ingest of a small Markdown plan."""

import pytest

from tests.conftest import assistant_over

DOC = """ỦY BAN NHÂN DÂN TỈNH HÀ TRUNG
Số: 93/KH-UBND

# KẾ HOẠCH

**Chuyển đổi số tỉnh Hà Trung năm 2027**

## I. MỤC TIÊU

Năm 2027, 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.

## II. TỔ CHỨC THỰC HIỆN

1. Các sở, ban, ngành tổ chức thực hiện các nhiệm vụ được giao tại Phụ lục.

Các sở, ban, ngành gửi báo cáo kết quả 6 tháng đầu năm trước ngày 15/6 và báo cáo cả năm trước ngày 25/11 về Sở Khoa học và Công nghệ để tổng hợp.

## Phụ lục

**DANH MỤC NHIỆM VỤ**

| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |
|---|---|---|---|
| 1 | Tổng hợp báo cáo định kỳ 6 tháng và hằng năm về kết quả chuyển đổi số của các sở, ban, ngành | Sở Khoa học và Công nghệ | Tháng 12/2027 |
| 2 | Xây dựng báo cáo thống kê ngành trên môi trường điện tử | Sở Tài chính | Tháng 9/2027 |
| 3 | Nâng cấp hệ thống báo cáo của tỉnh | Văn phòng UBND tỉnh | Năm 2027 |
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-93-hatrung.md": DOC})


@pytest.mark.parametrize("question", [
    "Theo Kế hoạch 93, các sở gửi báo cáo 6 tháng và báo cáo cả năm trước ngày nào?",
])
def test_the_reporting_days_of_every_year_are_quoted(plan, question):
    a = plan.answer(question)
    assert a.found, a.answer
    assert "15/6" in a.answer and "25/11" in a.answer, a.answer


@pytest.mark.parametrize("text, dated", [
    ("gửi báo cáo 6 tháng đầu năm trước ngày 15/6", True),
    ("hoàn thành trước ngày 31/01/2027", True),
    ("trong Quý IV/2027", True),
    ("hệ thống đáp ứng 5/14 tiêu chí an toàn", False),  # a share, not a day
    ("kết nối 19/31 cơ sở dữ liệu", False),
])
def test_a_day_of_every_year_states_a_date(text, dated):
    """The kind of value a deadline question wants: a day and month after "ngày" is a date; a bare "5/14" is not."""
    from assistant.service import _DATE

    assert bool(_DATE.search(text)) is dated
