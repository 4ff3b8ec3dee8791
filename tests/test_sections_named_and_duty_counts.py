"""A part of a plan's text named by its heading ("the funding section", "Phần Kinh phí thực hiện …") answers from
that part, and the duties a body's heading in the text lists, counted item by item when the question says where
they stand (not the annex rows that body leads). Real ingest of two small Markdown plans."""

import pytest

from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH HÀ LAM

Số: 41/KH-UBND

# KẾ HOẠCH

**Chuyển đổi số trong quản lý đất đai tỉnh Hà Lam năm 2026**

## I. MỤC TIÊU

Hoàn thành số hóa hồ sơ địa chính của toàn tỉnh trong năm 2026.

## II. NHIỆM VỤ

1. Đổi mới phương thức mua sắm, đầu tư hạ tầng số theo hướng mua sắm tập trung thiết bị cho các xã.

2. Xây dựng cơ sở dữ liệu đất đai dùng chung của tỉnh.

## III. KINH PHÍ THỰC HIỆN

Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách tỉnh. Ưu tiên hình thức thuê dịch vụ công nghệ thông tin
thay cho đầu tư mới.

## IV. TỔ CHỨC THỰC HIỆN

### 1. Sở Tài chính

- Bố trí kinh phí thực hiện Kế hoạch theo quy định.
- Hướng dẫn các đơn vị lập dự toán thuê dịch vụ.
- Tổng hợp, báo cáo tình hình giải ngân hằng quý.

### 2. Sở Nông nghiệp và Môi trường

- Chủ trì xây dựng cơ sở dữ liệu đất đai dùng chung.
- Theo dõi, đôn đốc các xã cập nhật dữ liệu.

## Phụ lục

**DANH MỤC NHIỆM VỤ**

| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Thuê dịch vụ lưu trữ hồ sơ địa chính | Sở Tài chính | Quý II/2026 |
| 2 | Phân bổ kinh phí số hóa cho các xã | Sở Tài chính | Quý III/2026 |
| 3 | Xây dựng cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường | Quý IV/2026 |
"""

OTHER = """ỦY BAN NHÂN DÂN TỈNH BÌNH SƠN

Số: 12/KH-UBND

# KẾ HOẠCH

**Phát triển du lịch số tỉnh Bình Sơn năm 2026**

## I. NỘI DUNG

Xây dựng bản đồ du lịch số của tỉnh; ưu tiên mua sắm thiết bị thuyết minh tự động cho các điểm di tích.

## II. TỔ CHỨC THỰC HIỆN

Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức thực hiện Kế hoạch.
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-41-halam.md": PLAN, "kh-12-binhson.md": OTHER})


@pytest.mark.parametrize("question", [
    "What does the funding section of Plan 41 give priority to?",
    "Phần Kinh phí thực hiện của Kế hoạch 41 ưu tiên hình thức mua sắm nào?",
])
def test_a_section_named_by_its_heading_answers_from_that_section(plans, question):
    a = plans.answer(question)
    assert a.found and "thuê dịch vụ công nghệ thông tin" in a.answer, a.answer
    assert "III. KINH PHÍ THỰC HIỆN" in a.citations[0].locator, a.citations


def test_a_section_named_in_english_with_no_plan_named_answers_from_that_section_only(plans):
    a = plans.answer("What does the funding section give priority to?")
    assert a.found and "thuê dịch vụ công nghệ thông tin" in a.answer, a.answer
    assert not any("thiết bị thuyết minh" in c.text for c in a.citations), a.citations


@pytest.mark.parametrize("question, said", [
    ("Mục tiêu của Kế hoạch 41 về hồ sơ địa chính là gì?", ""),
    ("Phần trăm hồ sơ được số hóa là bao nhiêu?", ""),
    ("What does the first section of the plan say?", ""),
    ("Theo phần tổ chức thực hiện, ai theo dõi các xã?", "to chuc thuc hien"),
    ("Phần Kinh phí thực hiện nêu nguồn nào?", "kinh phi thuc hien"),
    ("What does the plan's budget section say?", "budget"),
    ("What does the section on implementation arrangements require?", "implementation arrangements"),
    ("Theo phần IV Tổ chức thực hiện, ai theo dõi các xã?", "to chuc thuc hien"),
    # (folded, "phân bổ", "mức", "chương trình", "mục đích" would name parts; "part of" is a share)
    ("Mức kinh phí hỗ trợ cho mỗi hộ là bao nhiêu?", ""),
    ("Phân bổ kinh phí cho Sở Y tế là bao nhiêu?", ""),
    ("Phần lớn kinh phí thực hiện do ai bố trí?", ""),
    ("Chương trình chuyển đổi số quốc gia đặt mục tiêu gì?", ""),
    ("Mục đích chính của kế hoạch là gì?", ""),
    ("What is the largest part of the budget?", ""),
    ("Which agencies take part in the campaign?", ""),
])
def test_the_words_naming_a_part_of_the_text(question, said):
    from assistant.understanding import parse_question
    assert parse_question(question).section_said == said


def test_the_words_naming_a_part_ask_no_field():
    from assistant.understanding import parse_question
    assert "budget" not in parse_question("What does the funding section give priority to?").fields
    assert "budget" in parse_question("What funding does the plan give to priority projects?").fields
    # (an amount asked: the part's words still say what it is of)
    assert "budget" in parse_question("Theo phần kinh phí thực hiện, ngân sách tỉnh bố trí bao nhiêu?").fields
    assert "budget" in parse_question("Mức kinh phí hỗ trợ cho mỗi hộ là bao nhiêu?").fields


@pytest.mark.parametrize("question", [
    "Phần Tổ chức thực hiện của Kế hoạch 41 giao Sở Tài chính bao nhiêu nhiệm vụ?",
    "How many bullet-point duties does section IV of Plan 41 give the Department of Finance?",
])
def test_a_bodys_duties_in_the_section_named_are_counted_item_by_item(plans, question):
    a = plans.answer(question)
    assert a.found and (" 3 nhiệm vụ" in a.answer or " 3 duties" in a.answer), a.answer
    for duty in ("Bố trí kinh phí thực hiện Kế hoạch", "Hướng dẫn các đơn vị lập dự toán", "Tổng hợp, báo cáo tình hình giải ngân"):
        assert duty in a.answer, a.answer
    assert "Phân bổ kinh phí số hóa" not in a.answer, a.answer


def test_a_bodys_tasks_with_no_part_named_are_still_the_annex_rows(plans):
    a = plans.answer("Kế hoạch 41 giao Sở Tài chính chủ trì bao nhiêu nhiệm vụ trong phụ lục?")
    assert a.found and "2 nhiệm vụ" in a.answer and "Phân bổ kinh phí số hóa" in a.answer, a.answer
