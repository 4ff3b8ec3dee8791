"""A goal asked as words ("đặt mục tiêu gì", "what goal") is answered by the sentence that states it, a figure
or not; a target asked as a figure ("bao nhiêu") still needs one. Real ingest of a small Markdown plan."""

import pytest

from tests.conftest import assistant_over

DOC = """BỘ CÔNG THƯƠNG
Số: 812/QĐ-BCT

# QUYẾT ĐỊNH

**Về việc ban hành Kế hoạch chuyển đổi số ngành Công Thương năm 2028**

## I. MỤC TIÊU

1. Mục tiêu tổng quát: Định hướng đến năm 2030, thương mại điện tử trở thành kênh phân phối chủ đạo của thị trường bán lẻ trong nước.

2. Mục tiêu cụ thể: hoàn thành kết nối các cơ sở dữ liệu chuyên ngành của Bộ với Nền tảng tích hợp, chia sẻ dữ liệu.

## II. TỔ CHỨC THỰC HIỆN

Văn phòng Bộ chủ trì theo dõi, đôn đốc thực hiện Kế hoạch.
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-812-bct.md": DOC})


@pytest.mark.parametrize("question", [
    "Định hướng đến năm 2030, Kế hoạch chuyển đổi số ngành Công Thương đặt mục tiêu gì cho thương mại điện tử?",
    "What goal does the trade sector's plan set for e-commerce by 2030?",
])
def test_a_goal_asked_as_words_is_the_sentence_that_states_it(plan, question):
    a = plan.answer(question)
    assert a.found, a.answer
    assert "kênh phân phối chủ đạo" in a.answer, a.answer


def test_a_target_asked_as_a_figure_still_needs_one(plan):
    a = plan.answer("Đến năm 2030, tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt bao nhiêu phần trăm?")
    assert not a.found, a.answer
