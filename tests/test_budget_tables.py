"""A province's budget plan, laid out as the Ministry of Finance's templates lay it out: the columns numbered by
a row of letters then numbers ("A | B | 1 | 2 | 3 | 4=3/2 | 5 | 6") under the header, groups whose own line
carries the group's totals ("I | THU NỘI ĐỊA | 10.052.700 | …") above the lines they add up, short forms the
plan defines ("ngân sách địa phương (NSĐP)") in a Vietnamese question, and English questions in public-finance words ("domestic revenue",
"outstanding debt"). The real Assistant over a small plan ingested for real."""

import pytest

from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 91/KH-UBND

KẾ HOẠCH

Tài chính - ngân sách nhà nước 03 năm 2026 - 2028 tỉnh Bình La

## I. DỰ BÁO THU, CHI

Thu nội địa dự kiến tăng bình quân 9% mỗi năm. Chi ngân sách địa phương (NSĐP) bảo đảm các nhiệm vụ chi thường xuyên.

## PHỤ LỤC 1. DỰ KIẾN THU NGÂN SÁCH NHÀ NƯỚC GIAI ĐOẠN 2026 – 2028

Đơn vị: Triệu đồng.

| STT | Nội dung | Năm 2025 – Dự toán | Năm 2025 – Ước thực hiện | Năm 2026 | So sánh năm 2026 với ƯTH năm 2025 | Năm 2027 | Năm 2028 |
|---|---|---|---|---|---|---|---|
| A | B | 1 | 2 | 3 | 4=3/2 | 5 | 6 |
| I | THU NỘI ĐỊA | 10.052.700 | 11.080.000 | 11.132.000 | 100,5 | 13.000.000 | 14.600.000 |
| 1 | Thu từ khu vực doanh nghiệp nhà nước do Trung ương quản lý | 736.000 | 730.000 | 765.000 | 104,8 | 825.000 | 865.000 |
| 2 | Thu từ khu vực doanh nghiệp nhà nước do địa phương quản lý | 275.000 | 330.000 | 265.000 | 80,3 | 270.000 | 275.000 |
| 3 | Thu từ khu vực kinh tế ngoài quốc doanh | 1.321.000 | 1.870.000 | 2.262.000 | 121,0 | 2.840.000 | 3.280.000 |
| II | THU TỪ HOẠT ĐỘNG XUẤT NHẬP KHẨU | 315.000 | 500.000 | 273.000 | 54,6 | 286.400 | 300.700 |

## PHỤ LỤC 2. KẾ HOẠCH VAY VÀ TRẢ NỢ

Đơn vị: Triệu đồng.

| STT | Nội dung | Năm 2025 – Dự toán | Năm 2025 – Ước thực hiện | Năm 2026 | So sánh năm 2026 với ƯTH năm 2025 | Năm 2027 | Năm 2028 |
|---|---|---|---|---|---|---|---|
| A | B | 1 | 2 | 3 | 4=3/2 | 5 | 6 |
| A | MỨC DƯ NỢ VAY TỐI ĐA CỦA NSĐP | 1.883.192 | 2.128.626 | 2.126.234 | 99,89 | 2.034.558 | 2.276.658 |
| B | TRẢ NỢ GỐC VAY | 12.000 | 12.000 | 15.500 | 129,2 | 16.000 | 16.800 |
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-91-ngansach.md": PLAN})


def test_a_row_numbering_the_columns_is_no_row_nor_group():
    from ingest.parsing.tables import _is_column_numbers

    assert _is_column_numbers(["A", "B", "1", "2", "3", "4=3/2", "5", "6"])
    assert _is_column_numbers(["(1)", "(2)", "(3)", "(4)=(2)-(3)"])
    assert not _is_column_numbers(["A", "B", "2", "3"])  # numbers after letters start at 1
    assert not _is_column_numbers(["I", "THU NỘI ĐỊA", "10.052.700"])


def test_the_numbering_row_does_not_become_a_group(plan):
    rows = [r for r in plan.lookup.rows() if r.doc_id == "kh-91-ngansach"]
    assert rows and not any("B" == (r.fields.get("content") or "") for r in rows)
    assert not any(g.startswith("A. B") for r in rows for g in r.group)


@pytest.mark.parametrize("question", [
    "What is the forecast of domestic revenue for 2028?",
    "Dự kiến thu nội địa năm 2028 là bao nhiêu?",
])
def test_a_groups_own_line_answers_for_the_group(plan, question):
    answer = plan.answer(question)
    assert answer.found and "14.600.000" in answer.answer, answer.answer


def test_a_short_form_the_plan_defines_is_read_for_its_words(plan):
    answer = plan.answer("Mức dư nợ vay tối đa của ngân sách địa phương năm 2028 là bao nhiêu?")
    assert answer.found and "2.276.658" in answer.answer, answer.answer


def test_public_finance_words_read_as_the_plans_print_them():
    from assistant.glossary import translations

    said = dict(translations("domestic revenue and the principal repayment and the outstanding debt"))
    assert said["domestic revenue"] == "thu nội địa"
    assert said["principal repayment"] == "trả nợ gốc"
    assert said["outstanding debt"] == "dư nợ"
