"""Rows counted or listed by the noun their table's caption gives them ("DANH MỤC VĂN BẢN …": "bao nhiêu văn
bản", "how many documents"), not only by "nhiệm vụ" / "chỉ tiêu". Real ingest of a small Markdown resolution."""

import pytest

from tests.conftest import assistant_over

DOC = """CHÍNH PHỦ
Số: 31/2027/NQ-CP

# NGHỊ QUYẾT

**Về cắt giảm thủ tục hành chính trong lĩnh vực đo lường**

Điều 1. Các bộ trình ban hành các văn bản tại Phụ lục II kèm theo Nghị quyết này, bảo đảm có hiệu lực trước ngày 01/6/2027.

Điều 2. Bộ Tư pháp theo dõi, đôn đốc việc thực hiện Nghị quyết này.

## Phụ lục II

**DANH MỤC VĂN BẢN ĐƯỢC ĐỀ XUẤT SỬA ĐỔI, BỔ SUNG**

| STT | Văn bản cần sửa đổi | Điều, khoản cần sửa đổi | Cơ quan chủ trì soạn thảo |
|---|---|---|---|
| 1 | Nghị định số 86/2012/NĐ-CP về đo lường | Điều 5 | Bộ Khoa học và Công nghệ |
| 2 | Nghị định số 105/2016/NĐ-CP về kiểm định phương tiện đo | Điều 7, Điều 9 | Bộ Khoa học và Công nghệ |
| 3 | Nghị định số 119/2017/NĐ-CP về xử phạt trong lĩnh vực đo lường | Điều 12 | Bộ Khoa học và Công nghệ |
| 4 | Nghị định số 43/2017/NĐ-CP về nhãn hàng hóa | Khoản 2 Điều 10 | Bộ Công Thương |
| 5 | Thông tư số 23/2013/TT-BKHCN về phương tiện đo nhóm 2 | Phụ lục | Bộ Khoa học và Công nghệ |
"""


@pytest.fixture(scope="module")
def resolution(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"nq-31-2027-cp.md": DOC})


@pytest.mark.parametrize("question", [
    "Bộ Khoa học và Công nghệ chủ trì soạn thảo bao nhiêu văn bản trong Phụ lục của Nghị quyết 31/2027?",
    "How many documents does the Ministry of Science and Technology draft under Resolution 31/2027?",
])
def test_rows_are_counted_by_the_noun_their_caption_gives_them(resolution, question):
    a = resolution.answer(question)
    assert a.found, a.answer
    assert ": 4 " in a.answer, a.answer
    assert sum(1 for c in a.citations if c.locator.startswith("Phụ lục")) == 4, [c.locator for c in a.citations]


@pytest.mark.parametrize("question", [
    "By when must the documents listed in Phụ lục II of Resolution 31/2027 be in force?",
    "Các văn bản tại Phụ lục II Nghị quyết 31/2027 phải có hiệu lực trước ngày nào?",
])
def test_a_question_naming_an_appendix_is_answered_by_the_body_sentence_about_it(resolution, question):
    """The deadline of the documents the appendix lists is in the body (Điều 1), which names the appendix."""
    a = resolution.answer(question)
    assert a.found and "01/6/2027" in a.answer, a.answer
