"""A plan that sets its specific aims out in its text — lettered lines under "2. Mục tiêu cụ thể", or a two-column
"STT | Mục tiêu cụ thể" table kept as text (no body column, so no rows) — answers "how many of the specific 2030
targets are at 100%" with the items that print that figure, under the heading that names them, the year said by the
words that open the section. With no plan named, a plan whose indicators are table rows is counted by its rows and
the plan whose aims are text by its items, each in turn. The real Assistant over small plans ingested for real."""

import pytest

from tests.conftest import assistant_over

AIMS = [
    "100% trạm bơm được kiểm tra an toàn trước mùa mưa lũ.",
    "Trên 80% hộ dân vùng trũng được phổ biến kỹ năng ứng phó ngập úng.",
    "100% xã có phương án sơ tán dân khi ngập sâu.",
    "Phấn đấu 95% kênh nội đồng được nạo vét định kỳ và 100% cống đầu mối được vận hành tự động.",
    "Hoàn thiện bản đồ nguy cơ ngập úng toàn huyện.",
]

TEXT_PLAN = "\n\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN THỦY LÂM", "Số: 77/KH-UBND", "KẾ HOẠCH",
    "Phòng, chống ngập úng trên địa bàn huyện đến năm 2030",
    "## I. MỤC TIÊU",
    "### 1. Mục tiêu chung",
    "Chủ động phòng, chống ngập úng, giảm thiệt hại về người và tài sản.",
    "### 2. Mục tiêu cụ thể",
    "Đến hết năm 2030, phấn đấu đạt được những mục tiêu sau:",
    "| STT | Mục tiêu cụ thể |\n|---:|:---|\n" + "\n".join(f"| {k} | {aim} |" for k, aim in enumerate(AIMS, 1)),
    "## II. TỔ CHỨC THỰC HIỆN",
    "Phòng Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã triển khai Kế hoạch.",
])

TABLE_PLAN = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ", "Số: 12/KH-UBND", "KẾ HOẠCH",
    "Chuyển đổi số trong nông nghiệp tỉnh Bắc Hà đến năm 2030",
    "## I. MỤC TIÊU",
    "Phấn đấu đến năm 2030 đạt các chỉ tiêu tại Phụ lục.",
    "## Phụ lục: CHỈ TIÊU",
    "| STT | Nội dung chỉ tiêu | Năm 2030 | Cơ quan chủ trì |\n|---|---|---|---|\n"
    "| 1 | Tỷ lệ hợp tác xã nông nghiệp có sàn giao dịch điện tử | 100% | Sở Công Thương |\n"
    "| 2 | Tỷ lệ vùng trồng được cấp mã số điện tử | 60% | Sở Nông nghiệp và Môi trường |\n"
    "| 3 | Tỷ lệ trang trại dùng nhật ký sản xuất điện tử | 100% | Sở Nông nghiệp và Môi trường |",
])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh77-thuy-lam.md": TEXT_PLAN, "kh12-bac-ha.md": TABLE_PLAN})


@pytest.mark.parametrize("question", ["How many of the specific 2030 targets of Plan 77 are set at 100%?",
                                      "Kế hoạch 77 có bao nhiêu mục tiêu cụ thể đạt 100%?"])
def test_the_aims_printing_the_figure_are_counted(assistant, question):
    answer = assistant.answer(question)
    assert answer.found, answer.answer
    first = answer.answer.split("\n")[0]
    assert " 3 " in f" {first} " and "Mục tiêu cụ thể" in first and "100%" in first, answer.answer
    for aim in (AIMS[0], AIMS[2], AIMS[3]):  # (the fourth prints 100% beside another figure: it is one)
        assert aim[:30] in answer.answer, answer.answer
    for aim in (AIMS[1], AIMS[4]):
        assert aim[:30] not in answer.answer, answer.answer
    assert {c.doc_id for c in answer.citations} == {"kh77-thuy-lam"}


def test_a_year_the_section_does_not_say_counts_none_of_its_aims(assistant):
    answer = assistant.answer("How many of the specific 2025 targets of Plan 77 are set at 100%?")
    assert not any(aim[:30] in answer.answer for aim in AIMS), answer.answer


def test_no_plan_named_each_plan_is_counted_in_turn(assistant):
    answer = assistant.answer("How many of the 2030 targets are set at 100%?")
    assert answer.found, answer.answer
    cited = {c.doc_id for c in answer.citations}
    assert cited == {"kh77-thuy-lam", "kh12-bac-ha"}, answer.answer
    lines = answer.answer.split("\n")
    table = next(line for line in lines if "12/KH-UBND" in line)
    text = next(line for line in lines if "77/KH-UBND" in line)
    assert " 2 " in f" {table} " and " 3 " in f" {text} ", answer.answer
    assert "sàn giao dịch điện tử" in answer.answer and "vùng trồng" not in answer.answer
