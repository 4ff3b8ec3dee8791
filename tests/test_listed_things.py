"""A count or list of the things a section of a plan's text lists under a heading that names them ("how many
targets for the end of 2026" → the bullets of "1. Mục tiêu đến hết năm 2026"), each item whole though the source
wraps its lines; and Vietnamese syllables spelt like English words ("Công an", "do ai chủ trì") do not make a
Vietnamese question English. Real ingest of small Markdown plans."""

import pytest

from assistant.understanding import english_words
from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH LAM SƠN

Số: 88/KH-UBND

# KẾ HOẠCH

**Phát triển hạ tầng 5G trong các khu công nghiệp tỉnh Lam Sơn đến năm 2030**

## I. MỤC ĐÍCH, YÊU CẦU

### 1. Mục đích

Phát triển hạ tầng 5G đồng bộ trong các khu công nghiệp.

### 2. Yêu cầu

- Hạ tầng 5G được phát triển đồng bộ với hạ tầng giao thông, hạ tầng điện và hạ
tầng chiếu sáng trong các khu công nghiệp.
- Bảo đảm an toàn, an ninh mạng trong việc phát triển hạ tầng số.
- Xác định cụ thể trách nhiệm của các cấp, các ngành.

## II. MỤC TIÊU

### 1. Mục tiêu đến hết năm 2026

- Hoàn thành điều chỉnh quy hoạch viễn thông cho toàn bộ các khu công nghiệp
hiện hữu.
- 100% các khu công nghiệp có tối thiểu 1 trạm phát sóng 5G.
- Thí điểm mạng 5G riêng cho tối thiểu 2 nhà máy thông minh.
- 80% doanh nghiệp trong khu công nghiệp được tư vấn ứng dụng 5G.

### 2. Mục tiêu đến năm 2030

- Hoàn thiện hạ tầng viễn thông thụ động cho toàn bộ các khu công nghiệp.
- 100% các khu công nghiệp ứng dụng phần mềm quản lý hạ tầng thông minh.

## III. TỔ CHỨC THỰC HIỆN

### 1. Công an tỉnh

- Bảo đảm an ninh mạng cho hạ tầng 5G trong các khu công nghiệp.

### 2. Sở Tài chính

- Bố trí kinh phí thực hiện Kế hoạch theo quy định.
"""

TABLE_PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH SƠN

Số: 12/KH-UBND

# KẾ HOẠCH

**Chuyển đổi số tỉnh Bình Sơn năm 2026**

## I. MỤC TIÊU

Phát triển chính quyền số.

## Phụ lục

**DANH MỤC CHỈ TIÊU**

| TT | Chỉ tiêu | Đơn vị tính | Cơ quan chủ trì | Năm 2026 |
|---|---|---|---|---|
| 1 | Tỉ lệ phủ sóng 5G | % | Sở Khoa học và Công nghệ | 60% |
| 2 | Tỉ lệ hồ sơ trực tuyến toàn trình | % | Văn phòng UBND tỉnh | 80% |

## II. NHIỆM VỤ

### 1. Chỉ tiêu phấn đấu

- Phủ sóng 5G toàn tỉnh.
- Hồ sơ trực tuyến toàn trình.
- Chữ ký số cho người dân.
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-88-lamson.md": PLAN, "kh-12-binhson.md": TABLE_PLAN})


@pytest.mark.parametrize("question, n, lang", [
    ("How many targets does Plan 88 set for the end of 2026?", 4, "en"),
    ("Kế hoạch 88 đặt bao nhiêu mục tiêu đến hết năm 2026?", 4, "vi"),
    ("How many requirements does Plan 88 state?", 3, "en"),
    ("Kế hoạch 88 nêu bao nhiêu yêu cầu?", 3, "vi"),
])
def test_a_count_of_things_a_section_lists_is_its_bullets(plans, question, n, lang):
    ans = plans.answer(question)
    assert ans.found
    head = ans.answer.splitlines()[0]
    assert (f"gồm {n} mục" if lang == "vi" else f"has {n} parts") in head
    # every item, a line the source wrapped joined to it
    if "mục tiêu" in question or "targets" in question:
        assert "2026" in head and "2030" not in head
        assert "cho toàn bộ các khu công nghiệp hiện hữu." in ans.answer
    else:
        assert "đồng bộ với hạ tầng giao thông, hạ tầng điện và hạ tầng chiếu sáng" in ans.answer
    assert ans.citations and all(c.doc_id == "kh-88-lamson" for c in ans.citations)


def test_the_year_said_picks_the_list(plans):
    ans = plans.answer("Kế hoạch 88 đặt ra những mục tiêu nào đến năm 2030?")
    assert ans.found
    assert "Mục tiêu đến năm 2030" in ans.answer.splitlines()[0]
    assert "phần mềm quản lý hạ tầng thông minh" in ans.answer
    assert "trạm phát sóng 5G" not in ans.answer


def test_rows_still_answer_a_count_of_a_tables_indicators(plans):
    # (a table's rows answer first: the section "1. Chỉ tiêu phấn đấu" and its three bullets only where no row does)
    ans = plans.answer("Kế hoạch 12 có bao nhiêu chỉ tiêu?")
    assert ans.found
    assert "2 chỉ tiêu" in ans.answer.splitlines()[0]
    assert {c.locator for c in ans.citations} == {"Phụ lục, chỉ tiêu 1", "Phụ lục, chỉ tiêu 2"}


@pytest.mark.parametrize("question", [
    "Kế hoạch 88 bố trí bao nhiêu kinh phí cho các mục tiêu năm 2026?",  # (money asked; targets said in passing)
    "How many industrial parks will have 5G under Plan 88's targets for 2026?",  # (parks counted, not targets)
    "How many tasks of Plan 88 are due in Quarter IV 2027?",  # (a condition on rows: no section's list)
])
def test_a_noun_said_in_passing_or_a_condition_on_rows_is_no_list_of_a_section(plans, question):
    ans = plans.answer(question)
    assert "gồm 4 mục" not in ans.answer and "has 4 parts" not in ans.answer


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
