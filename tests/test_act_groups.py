"""A table of legal acts to amend grouped by kind of act ("I. NGHỊ ĐỊNH", "II. THÔNG TƯ"): a question
counting one kind counts its group, and a kind the table has no group for is not counted as the whole
table. Real ingest of a small Markdown resolution."""

import pytest

from tests.conftest import assistant_over

DOC = """CHÍNH PHỦ
Số: 44/2027/NQ-CP

# NGHỊ QUYẾT

**Về cắt giảm thủ tục hành chính trong lĩnh vực lưu trữ và thống kê**

Điều 1. Các bộ trình ban hành các văn bản tại Phụ lục II kèm theo Nghị quyết này.

## Phụ lục II

**DANH MỤC VĂN BẢN ĐƯỢC ĐỀ XUẤT SỬA ĐỔI, BỔ SUNG**

| STT | Văn bản cần sửa đổi | Điều, khoản cần sửa đổi | Cơ quan chủ trì soạn thảo |
|---|---|---|---|
| I | NGHỊ ĐỊNH | | |
| 1 | Nghị định số 113/2025/NĐ-CP quy định chi tiết Luật Lưu trữ | Điều 5 | Bộ Nội vụ |
| 2 | Nghị định số 62/2024/NĐ-CP về thống kê | Điều 7, Điều 9 | Bộ Tài chính |
| 3 | Nghị định số 30/2020/NĐ-CP về công tác văn thư | Điều 12 | Bộ Nội vụ |
| II | THÔNG TƯ | | |
| 1 | Thông tư số 05/2025/TT-BNV hướng dẫn lưu trữ điện tử | Điều 3 | Bộ Nội vụ |
| 2 | Thông tư số 11/2024/TT-BTC về chế độ báo cáo thống kê | Phụ lục | Bộ Tài chính |
"""


@pytest.fixture(scope="module")
def resolution(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"nq-44-2027-cp.md": DOC})


@pytest.mark.parametrize("question, count", [
    ("Phụ lục II của Nghị quyết 44/2027 có bao nhiêu thông tư cần sửa đổi?", ": 2 "),
    ("How many decrees are to be amended under Resolution 44/2027?", ": 3 "),
])
def test_a_kind_of_act_is_counted_by_its_group(resolution, question, count):
    a = resolution.answer(question)
    assert a.found, a.answer
    assert count in a.answer, a.answer


def test_a_kind_of_act_the_table_does_not_group_is_not_the_whole_table(resolution):
    a = resolution.answer("Phụ lục II của Nghị quyết 44/2027 có bao nhiêu chỉ thị?")
    assert not a.found, a.answer
    assert "5" not in a.answer.split(":")[-1].split("(")[0], a.answer


@pytest.mark.parametrize("question", [
    "Which provisions of the decree on statistics (62/2024) must be amended under Resolution 44/2027?",
    "Nghị định 62/2024 cần sửa đổi những điều nào theo Nghị quyết 44/2027?",
])
def test_an_act_named_by_number_and_year_only_finds_its_row(resolution, question):
    """"62/2024" without its symbol, beside a kind of act: the row listing Nghị định số 62/2024/NĐ-CP."""
    a = resolution.answer(question)
    assert a.found and "Điều 7, Điều 9" in a.answer, a.answer


def test_a_month_is_not_read_as_an_act_number():
    from assistant.service import _acts_named_by_kind

    assert _acts_named_by_kind("Which decisions are due in 6/2027?") == set()
    assert _acts_named_by_kind("Nhiệm vụ theo quyết định nào hoàn thành tháng 10/2026?") == set()
    assert _acts_named_by_kind("Nghị quyết số 06/2022 giao gì?") == {"06/2022"}
