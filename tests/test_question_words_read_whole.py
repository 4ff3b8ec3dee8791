"""Words of a question read as the asker meant them: an acronym ("NGOs") is not a plan's Vietnamese syllable
folded to the same letters ("ngô", maize), so it names no plan; "mấy nhóm?" at the end of a question counts
groups; "có thời hạn là thực hiện thường xuyên" asks for the recurring rows (a deadline said), not for both
kinds. The real Assistant over small plans ingested for real."""

import pytest

from tests.conftest import assistant_over

FARM = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ", "Số: 21/KH-UBND", "KẾ HOẠCH", "Phát triển cây ngô năng suất cao năm 2027",
    "## I. MỤC TIÊU", "Mở rộng diện tích trồng ngô lai trên địa bàn tỉnh.",
    "## Phụ lục: NHIỆM VỤ",
    "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n"
    "| 1 | Chuyển giao giống ngô lai cho hợp tác xã | Sở Nông nghiệp và Môi trường | Năm 2027 |\n"
    "| 2 | Tập huấn kỹ thuật trồng ngô | Trung tâm Khuyến nông | Thực hiện thường xuyên |",
])

AID = "\n\n".join([
    "CHÍNH PHỦ", "Số: 64/NQ-CP", "NGHỊ QUYẾT", "Chương trình hành động về công tác phi chính phủ nước ngoài",
    "## I. MỤC TIÊU", "Nâng cao hiệu quả quản lý hoạt động của các tổ chức phi chính phủ nước ngoài.",
    "## Phụ lục: NHIỆM VỤ",
    "| TT | Tên nhiệm vụ | Cơ quan chủ trì | Thời hạn hoàn thành |\n|---|---|---|---|\n"
    "| I. | Hoàn thiện thể chế | | |\n"
    "| 1 | Tăng cường trách nhiệm báo cáo, giải trình của các tổ chức phi chính phủ nước ngoài | Bộ Ngoại giao | Thực hiện thường xuyên. |\n"
    "| 2 | Sửa đổi quy định về đăng ký hoạt động của tổ chức phi chính phủ nước ngoài | Bộ Nội vụ | Năm 2027 |\n"
    "| II. | Tăng cường kiểm tra | | |\n"
    "| 1 | Kiểm tra việc sử dụng viện trợ phi chính phủ nước ngoài | Thanh tra Chính phủ | Thực hiện thường xuyên. |",
])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh21-ngo-lai.md": FARM, "nq64-pcpnn.md": AID})


def test_an_acronym_is_not_a_plans_syllable_folded(assistant):
    answer = assistant.answer("Who leads making foreign NGOs more accountable in their reporting?")
    assert answer.found and "Bộ Ngoại giao" in answer.answer, answer.answer
    assert answer.citations[0].doc_id == "nq64-pcpnn", answer.answer


@pytest.mark.parametrize("question, said", [("Các nhiệm vụ trong phụ lục của Nghị quyết 64/NQ-CP được xếp thành mấy nhóm?", "2 nhóm"),
                                            ("The tasks in the annex of Resolution 64/NQ-CP fall into how many groups?", "2 groups")])
def test_groups_asked_at_the_end_of_a_question(assistant, question, said):
    answer = assistant.answer(question)
    assert answer.found, answer.answer
    first = answer.answer.split("\n")[0]
    assert said in first and "Hoàn thiện thể chế" in first and "Tăng cường kiểm tra" in first, answer.answer


def test_a_deadline_said_to_be_recurring_counts_the_recurring_rows(assistant):
    answer = assistant.answer("Có bao nhiêu nhiệm vụ trong phụ lục của Nghị quyết 64 có thời hạn là thực hiện thường xuyên?")
    assert answer.found, answer.answer
    first = answer.answer.split("\n")[0]
    assert "2 nhiệm vụ" in first and "thường xuyên" in first, answer.answer
    assert "Sửa đổi quy định" not in answer.answer


def test_groups_asked_before_the_question_mark():
    from assistant.service import _PARTS_ASKED

    assert _PARTS_ASKED.search(" cac nhiem vu duoc xep thanh may nhom? ")
    assert _PARTS_ASKED.search(" the annex has how many groups? ")
    assert not _PARTS_ASKED.search(" nhiem vu thuoc nhom nao? ")
