"""An item asked by its place — "the first objective of Resolution 64", "mục tiêu thứ hai", "the last objective" —
is the item in that place under the one heading that names the thing, quoted whole; a plan's first task is a row
of its table, not this. The real Assistant over a small plan ingested for real."""

import pytest

from tests.conftest import assistant_over

AIMS = [
    "Thể chế hóa đầy đủ các chủ trương về công tác phi chính phủ nước ngoài trong tình hình mới.",
    "Xác định cụ thể nhiệm vụ để các bộ, ngành, địa phương xây dựng kế hoạch hành động.",
    "Nâng cao hiệu quả phối hợp giữa các cơ quan trong quản lý viện trợ.",
]

PLAN = "\n\n".join([
    "CHÍNH PHỦ", "Số: 64/NQ-CP", "NGHỊ QUYẾT", "Chương trình hành động về công tác phi chính phủ nước ngoài",
    "## I. MỤC TIÊU", *[f"{k}. {aim}" for k, aim in enumerate(AIMS, 1)],
    "## II. NHIỆM VỤ", "Các bộ, ngành thực hiện các nhiệm vụ tại Phụ lục.",
    "## Phụ lục: NHIỆM VỤ",
    "| TT | Tên nhiệm vụ | Cơ quan chủ trì | Thời hạn hoàn thành |\n|---|---|---|---|\n"
    "| 1 | Tăng cường trách nhiệm giải trình của các tổ chức phi chính phủ nước ngoài | Bộ Ngoại giao | Năm 2027 |\n"
    "| 2 | Kiểm tra việc sử dụng viện trợ | Thanh tra Chính phủ | Năm 2028 |",
])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"nq64-pcpnn.md": PLAN})


@pytest.mark.parametrize("question, k", [("What is the first objective of Resolution 64/NQ-CP?", 0),
                                         ("Mục tiêu thứ hai của Nghị quyết 64 là gì?", 1),
                                         ("What is the last objective of Resolution 64?", 2)])
def test_the_item_in_the_place_asked(assistant, question, k):
    answer = assistant.answer(question)
    assert answer.found and AIMS[k] in answer.answer, answer.answer
    assert not any(aim in answer.answer for j, aim in enumerate(AIMS) if j != k), answer.answer



TITLED = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH LAM SƠN", "Số: 50/KH-UBND", "KẾ HOẠCH", "Phát triển du lịch cộng đồng năm 2027",
    "## I. MỤC TIÊU", "### 1. Mục tiêu chung", "Phát triển du lịch cộng đồng gắn với bảo tồn văn hóa bản địa.",
    "### 2. Mục tiêu cụ thể", "Đón 50.000 lượt khách đến các điểm du lịch cộng đồng.",
    "## II. CHỈ TIÊU CHỦ YẾU", "1. Có 10 điểm du lịch cộng đồng đạt chuẩn.", "2. Có 200 hộ tham gia làm du lịch.",
    "3. Doanh thu du lịch cộng đồng đạt 30 tỷ đồng.",
])


def test_a_section_of_titles_over_text_is_no_list_of_items(tmp_path_factory):
    """"I. MỤC TIÊU" over "1. Mục tiêu chung" and "2. Mục tiêu cụ thể", each a title over its text: the first
    objective is not the title "1. Mục tiêu chung"; and "how many targets" counts the "CHỈ TIÊU" items, not the
    two titles under "MỤC TIÊU"."""
    a = assistant_over(tmp_path_factory, {"kh50-du-lich.md": TITLED})
    first = a.answer("What is the first objective of Plan 50?")
    assert first.answer.strip().rstrip("[1]").strip() not in ("1. Mục tiêu chung", "“1. Mục tiêu chung”"), first.answer
    assert "“1. Mục tiêu chung”" not in first.answer, first.answer
    counted = a.answer("How many targets does Plan 50 set?")
    assert counted.found and " 3 " in f" {counted.answer.split(chr(10))[0]} " and "CHỈ TIÊU CHỦ YẾU" in counted.answer, counted.answer
