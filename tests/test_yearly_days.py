"""A day of every year asked ("by what date each year must the agencies send their reports?"): the plan's
sentence stating one ("gửi báo cáo … trước ngày 15/11 hằng năm") answers, not a row of a task table whose
deadline is a month ("Tháng 8/2026") or a dated day ("30/6/2026"); with several plans in reach and none
named, each plan's day is shown. And a body an English question names by its whole name ("the Department
of Agriculture and Environment") is not read as the body a shorter phrase of it translates to ("department
of agriculture" → "Sở Nông nghiệp và Phát triển nông thôn", which another plan's table names). The real
Assistant over small plans ingested for real."""

import pytest

from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 61/KH-UBND

KẾ HOẠCH

Phát triển kinh tế số tỉnh Bình La giai đoạn 2026 - 2030

## I. MỤC TIÊU

Kinh tế số chiếm 30% GRDP của tỉnh vào năm 2030.

## II. TỔ CHỨC THỰC HIỆN

Sở Nông nghiệp và Môi trường chủ trì theo dõi, tổng hợp, báo cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm.

## III. CHẾ ĐỘ BÁO CÁO

Các cơ quan, đơn vị được giao nhiệm vụ theo Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh định kỳ gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm về Sở Khoa học và Công nghệ.
"""

TASKS = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 62/KH-UBND

KẾ HOẠCH

Chuyển đổi số tỉnh Bình La năm 2026

## PHỤ LỤC. DANH MỤC NHIỆM VỤ

| STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Xây dựng hệ thống báo cáo thống kê thông minh | Công an tỉnh | Tháng 8/2026 |
| 2 | Báo cáo kết quả số hóa hồ sơ đất đai | Sở Nông nghiệp và Phát triển nông thôn | 30/6/2026 |
| 3 | Tổng hợp báo cáo tiến độ chuyển đổi số của các sở | Văn phòng UBND tỉnh | Quý IV/2026 |
| 4 | Các cơ quan gửi báo cáo kết quả thực hiện kế hoạch hằng năm | Văn phòng UBND tỉnh | Tháng 12/2026 |
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-61-ktso.md": PLAN, "kh-62-cds.md": TASKS})


@pytest.mark.parametrize("question", [
    "By what date each year must the agencies send their reports on the plan?",
    "Hằng năm các cơ quan phải gửi báo cáo kết quả thực hiện trước ngày nào?",
])
def test_a_day_of_every_year_is_answered_by_the_sentence_stating_it(plans, question):
    answer = plans.answer(question)
    assert answer.found and "trước ngày 15/11 hằng năm" in answer.answer, answer.answer
    # (quoted as the plan prints it: the act it cites keeps its number and date)
    assert "Quyết định số 12/QĐ-UBND ngày 05/01/2024" in answer.answer, answer.answer
    assert not any(d in answer.answer for d in ("Tháng 8/2026", "30/6/2026", "Tháng 12/2026")), answer.answer


def test_a_body_named_in_full_keeps_its_name(plans):
    answer = plans.answer("By what date each year must the Department of Agriculture and Environment report?")
    assert answer.found and "trước ngày 15 tháng 12 hằng năm" in answer.answer, answer.answer
    assert "Phát triển nông thôn" not in answer.answer, answer.answer
