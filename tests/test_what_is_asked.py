"""What a question asks for, read apart from what it names: rows counted by the generic noun ("how many
annex II rows"), where money comes from ("which sources of funding") and a kind of thing named beside
money ("what procurement approach does the funding section prefer") — neither asks an amount, so a
sentence that states none still answers. Real ingest of a small plan for the answers."""

import pytest

from assistant.understanding import asks_a_thing_not_money, asks_funding_source, parse_question
from retriever.text import fold_accents
from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH BẠCH LONG
Số: 77/KH-UBND

# KẾ HOẠCH

**Chuyển đổi số tỉnh Bạch Long năm 2027**

## V. KINH PHÍ THỰC HIỆN

1. Kinh phí thực hiện Kế hoạch được bảo đảm từ ngân sách tỉnh, nguồn vốn sự nghiệp khoa học và công nghệ và nguồn xã hội hóa.

2. Ưu tiên hình thức thuê dịch vụ công nghệ thông tin thay cho đầu tư mua sắm thiết bị.

## Phụ lục II

**DANH MỤC NHIỆM VỤ NĂM 2027**

| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Nâng cấp trung tâm dữ liệu tỉnh | Sở Khoa học và Công nghệ | Quý II/2027 |
| 2 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Quý IV/2027 |
| 3 | Số hóa hồ sơ hộ tịch | Sở Tư pháp | Tháng 6/2027 |
| 4 | Triển khai học bạ số | Sở Giáo dục và Đào tạo | Năm 2027 |
"""


def _folded(question: str) -> str:
    return fold_accents(question).casefold()


@pytest.mark.parametrize("question, counts_rows", [
    ("How many annex II rows name the Department of Science and Technology as the lead?", True),
    ("How many entries does annex II list for the Department of Justice?", True),
    ("How many tasks does the Department of Justice lead?", True),
    ("How many engineers will the data centre employ?", False),
])
def test_rows_counted_by_their_generic_noun(question, counts_rows):
    intent = parse_question(question)
    assert (intent.aggregation == "count" and intent.over_rows) is counts_rows


@pytest.mark.parametrize("question, source", [
    ("Which sources of funding pay for the plan?", True),
    ("Where does the money for the plan come from?", True),
    ("Kinh phí thực hiện Kế hoạch lấy từ nguồn nào?", True),
    ("How much funding does the plan have?", False),
    ("Kinh phí thực hiện Kế hoạch là bao nhiêu?", False),
])
def test_where_money_comes_from(question, source):
    assert asks_funding_source(_folded(question)) is source


@pytest.mark.parametrize("question, thing", [
    ("What procurement approach does the funding section say should be preferred?", True),
    ("Hình thức nào được ưu tiên khi sử dụng kinh phí?", True),
    ("What is the budget for the data centre?", False),
    ("What budget is allocated to the data centre?", False),
    ("Kinh phí nào được bố trí cho trung tâm dữ liệu?", False),
    ("What is the total cost?", False),
])
def test_a_kind_of_thing_asked_beside_money(question, thing):
    assert asks_a_thing_not_money(_folded(question)) is thing


@pytest.fixture(scope="module")
def held(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-77-bachlong.md": PLAN})


@pytest.mark.parametrize("question, said", [
    ("Which sources of funding does the plan draw on?", "nguồn xã hội hóa"),
    ("What procurement approach does the funding section say should be preferred?", "thuê dịch vụ công nghệ thông tin"),
])
def test_a_sentence_without_an_amount_answers(held, question, said):
    answer = held.answer(question)
    assert answer.found and said in answer.answer, answer.answer


def test_rows_counted_by_lead(held):
    answer = held.answer("How many annex II rows name the Department of Science and Technology as the lead?")
    assert answer.found and " 2 " in f" {answer.answer} ", answer.answer
    # the budget question still needs an amount: none is printed, so none is given
    assert not held.answer("How much money does the plan allocate to the data warehouse?").found


OTHER_PLAN = """ỦY BAN NHÂN DÂN TỈNH HOÀNG SƠN
Số: 12/KH-UBND

# KẾ HOẠCH

**Chuyển đổi số tỉnh Hoàng Sơn năm 2027**

## Phụ lục II

**DANH MỤC NHIỆM VỤ NĂM 2027**

| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Thực hiện nhiệm vụ khoa học và công nghệ về trí tuệ nhân tạo | Sở Khoa học và Công nghệ | Quý III/2027 |
| 2 | Thực hiện nhiệm vụ khoa học và công nghệ về mạng 5G | Sở Khoa học và Công nghệ | Năm 2027 |
| 3 | Đào tạo kỹ năng số cho cán bộ khoa học và công nghệ của tỉnh | Sở Khoa học và Công nghệ | Thường xuyên |
| 4 | Số hóa hồ sơ đất đai | Sở Nông nghiệp và Môi trường | Tháng 9/2027 |
"""


@pytest.fixture(scope="module")
def two_plans(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-77-bachlong.md": PLAN, "kh-12-hoangson.md": OTHER_PLAN})


def test_a_count_of_rows_naming_no_plan_is_given_for_each_plan(two_plans):
    answer = two_plans.answer("How many tasks does the Department of Science and Technology lead?")
    assert answer.found
    lines = answer.answer.splitlines()
    assert any("77/KH-UBND" in line and ": 2 " in line for line in lines), answer.answer
    assert any("12/KH-UBND" in line and ": 3 " in line for line in lines), answer.answer
    # a plan named: its count alone
    named = two_plans.answer("Kế hoạch 12/KH-UBND có bao nhiêu nhiệm vụ do Sở Khoa học và Công nghệ chủ trì?")
    assert named.found and ": 3 " in named.answer and "77/KH-UBND" not in named.answer, named.answer


def test_a_plan_number_with_its_symbol_that_no_document_bears(tmp_path_factory):
    # the plan prints "45" as a figure and cites "Quyết định 06/QĐ-TTg": neither makes it plan 45/KH-UBND
    plan = PLAN.replace("## Phụ lục II", "3. Thực hiện Quyết định 06/QĐ-TTg, năm 2027 phủ sóng di động 45 xã vùng sâu.\n\n## Phụ lục II")
    held = assistant_over(tmp_path_factory, {"kh-77-bachlong.md": plan})
    for question in ("Kế hoạch 45/KH-UBND giao Sở Tư pháp nhiệm vụ gì?", "Which task does Plan 45/KH-UBND give the Department of Justice?"):
        answer = held.answer(question)
        assert not answer.found and "45" in answer.answer, answer.answer
    # the plan's own number, and an act it cites, still answer
    assert held.answer("Kế hoạch 77/KH-UBND giao Sở Tư pháp nhiệm vụ gì?").found
    covered = held.answer("Theo Quyết định 06/QĐ-TTg, năm 2027 phủ sóng di động bao nhiêu xã vùng sâu?")
    assert covered.found and "45 xã" in covered.answer, covered.answer


@pytest.mark.parametrize("question, name", [
    ("Hoàng Sơn ưu tiên hình thức nào khi dùng kinh phí?", "Hoàng Sơn"),  # a place no plan prints, opening the question
])
def test_a_name_opening_a_question_that_no_plan_prints(held, question, name):
    answer = held.answer(question)
    assert not answer.found and name in answer.answer, answer.answer


def test_a_name_the_plan_prints_still_opens_a_question(held):
    # "Bạch Long" is the plan's own province; "Sở Tư pháp" a body its rows name
    assert held.answer("Bạch Long ưu tiên hình thức nào khi thực hiện kế hoạch?").found
    assert held.answer("Sở Tư pháp chủ trì nhiệm vụ nào?").found
