"""Vietnamese syllables spelt like English words ("Công an", "do ai chủ trì") do not make a Vietnamese question
English; a bullet that the source hard-wrapped is one item; a period followed by a word in lower case ends no
sentence, unless that word is a lettered item's mark. Real ingest of a small hard-wrapped Markdown plan."""

from types import SimpleNamespace

import pytest

from assistant.evidence import sentences, unwrapped_lines
from assistant.service import _bullet_items
from assistant.understanding import english_words
from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH LAM SƠN

Số: 88/KH-UBND

# KẾ HOẠCH

**Phát triển hạ tầng 5G trong các khu công nghiệp tỉnh Lam Sơn đến năm 2030**

## I. TỔ CHỨC THỰC HIỆN

### 1. Sở Tài chính

- Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của
tỉnh theo quy định.
- Hướng dẫn các sở, ngành lập dự toán kinh phí đầu tư trạm phát sóng
5G trong các khu công nghiệp.
- Tổng hợp, báo cáo kết quả thực hiện.
"""


@pytest.mark.parametrize("question", [
    "Công an tỉnh chủ trì bao nhiêu nhiệm vụ?",
    "Nhiệm vụ bảo đảm an toàn thông tin do ai chủ trì?",
    "Những chỉ tiêu nào trong Phụ lục A đặt mục tiêu 100%?",
    "Tỉnh Long An có bao nhiêu khu công nghiệp?",
])
def test_vietnamese_syllables_spelt_like_english_words_are_not_english(question):
    assert english_words(question) == []


def test_english_words_are_still_read_beside_them():
    assert set(english_words("Which tasks does the Công an tỉnh lead in 2026?")) >= {"which", "does", "the", "in"}
    assert "in" in english_words("List the tasks due in 2026")


def test_a_bullet_the_source_wrapped_is_one_item():
    text = "1. Sở Tài chính\n- Bố trí kinh phí thực hiện Kế hoạch trong dự toán của\ntỉnh theo quy định.\n- Tổng hợp báo cáo."
    assert _bullet_items(SimpleNamespace(source_text=text)) == [
        "Bố trí kinh phí thực hiện Kế hoạch trong dự toán của tỉnh theo quy định.", "Tổng hợp báo cáo."]
    assert unwrapped_lines("a\n- b\n1. c") == ["a", "- b", "1. c"]


def test_a_period_before_a_lower_case_word_ends_no_sentence():
    assert sentences("Thúc đẩy ứng dụng AI, IoT, Big Data,... để nâng cao chất lượng sống. Năm 2026 đạt 50%.") == [
        "Thúc đẩy ứng dụng AI, IoT, Big Data,... để nâng cao chất lượng sống.", "Năm 2026 đạt 50%."]
    assert sentences("a) Tập huấn. b) Hỗ trợ. c) Kiểm tra.") == ["a) Tập huấn.", "b) Hỗ trợ.", "c) Kiểm tra."]


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-88-lamson.md": PLAN})


def test_a_bodys_wrapped_duties_are_counted_and_quoted_whole(plan):
    ans = plan.answer("Phần Tổ chức thực hiện giao Sở Tài chính bao nhiêu nhiệm vụ?")
    assert ans.found
    assert "nêu 3 nhiệm vụ" in ans.answer.splitlines()[0]
    assert "lập dự toán kinh phí đầu tư trạm phát sóng 5G trong các khu công nghiệp" in ans.answer
