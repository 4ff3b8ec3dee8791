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


def test_a_later_header_spanning_the_number_and_name_columns_keeps_both(tmp_path_factory):
    """A task table's header printed again over a later part with one label over the number and name columns
    ("<th colspan=2>Nội dung</th>", written "Nội dung\\t\\t…"): the first column is the numbers', the names stand
    under the label — they had been read as the number in the name's place, the names lost; and the group rows
    right above that header belong to the rows below it."""
    text = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 93/KH-UBND

KẾ HOẠCH

Phát triển kinh tế số tỉnh Bình La giai đoạn 2026 - 2030

## PHỤ LỤC. DANH MỤC NHIỆM VỤ

<table>
<tr><th>STT</th><th>Nhiệm vụ</th><th>Đơn vị thực hiện</th><th>Thời gian thực hiện</th></tr>
<tr><td><b>A</b></td><td colspan="3"><b>PHÁT TRIỂN NỀN MÓNG</b></td></tr>
<tr><td>1.1</td><td>Xây dựng trung tâm dữ liệu tỉnh</td><td>Sở Khoa học và Công nghệ</td><td>2026 - 2027</td></tr>
<tr><td><b>B</b></td><td colspan="3"><b>PHÁT TRIỂN NGÀNH, LĨNH VỰC</b></td></tr>
<tr><th colspan="2">Nội dung</th><th>Đơn vị thực hiện</th><th>Thời gian thực hiện</th></tr>
<tr><td><b>I</b></td><td colspan="3"><b>Nông nghiệp</b></td></tr>
<tr><td>1.1</td><td>Triển khai nền tảng truy xuất nguồn gốc nông sản</td><td>Sở Nông nghiệp và Môi trường</td><td>2026 - 2030</td></tr>
<tr><td>1.2</td><td>Số hóa dữ liệu đất đai và cây trồng</td><td>Sở Nông nghiệp và Môi trường</td><td>2027</td></tr>
<tr><td><b>II</b></td><td colspan="3"><b>Y tế</b></td></tr>
<tr><td>2.1</td><td>Triển khai hồ sơ bệnh án điện tử</td><td>Sở Y tế</td><td>2026</td></tr>
</table>
"""
    plan = assistant_over(tmp_path_factory, {"kh-93-ktso.md": text})
    rows = {r.fields.get("content"): r for r in plan.lookup.rows() if r.doc_id == "kh-93-ktso"}
    farm, health = rows.get("Triển khai nền tảng truy xuất nguồn gốc nông sản"), rows.get("Triển khai hồ sơ bệnh án điện tử")
    assert farm is not None and farm.number == "1.1" and health is not None and health.number == "2.1", rows
    # the group rows right above the later header ("B | …", "I | Nông nghiệp") head its rows
    assert list(farm.group) == ["B. PHÁT TRIỂN NGÀNH, LĨNH VỰC", "I. Nông nghiệp"], farm.group
    assert list(health.group) == ["B. PHÁT TRIỂN NGÀNH, LĨNH VỰC", "II. Y tế"], health.group
    answer = plan.answer("Who leads the electronic medical records task, and when?")
    assert answer.found and "Sở Y tế" in answer.answer and "2026" in answer.answer, answer.answer


def test_a_budget_year_column_is_that_years_figure_and_two_budget_columns_keep_their_labels(tmp_path_factory):
    """A budget plan's year columns "Năm 2025 – Dự toán", "Năm 2025 – Ước thực hiện", "Dự toán 2026", "Dự kiến năm
    2027": "Dự toán 2026" is the 2026 figure (it had been read as a second budget, "budget: 1.883.192; 2.126.234", and
    2026 asked found no value); the cells of two columns of one kind are each said under their own column's label."""
    from ingest.parsing.tables import classify_label

    assert classify_label("Dự toán 2026") == ("targets", "2026")
    assert classify_label("Dự toán")[0] == "budget"
    # an amount's or an act's year is no year of figures
    assert classify_label("Dự toán kinh phí 2026 (triệu đồng)")[0] == "budget"
    assert classify_label("Dự toán được duyệt (QĐ 123/2026)")[0] == "budget"
    text = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 94/KH-UBND

KẾ HOẠCH

Vay và trả nợ ngân sách tỉnh Bình La 03 năm 2026 - 2028

## PHỤ LỤC. KẾ HOẠCH VAY, TRẢ NỢ

Đơn vị: Triệu đồng.

| STT | Nội dung | Năm 2025 – Dự toán | Năm 2025 – Ước thực hiện | Dự toán 2026 | Dự kiến năm 2027 | Dự kiến năm 2028 |
|---|---|---|---|---|---|---|
| A | MỨC DƯ NỢ VAY TỐI ĐA CỦA NSĐP | 1.883.192 | 2.128.626 | 2.126.234 | 2.034.558 | 2.276.658 |
| B | TRẢ NỢ GỐC VAY | 12.000 | 12.000 | 15.500 | 16.000 | 16.800 |

## PHỤ LỤC 2. KINH PHÍ CÁC DỰ ÁN

| STT | Tên dự án | Kinh phí (triệu đồng) – Ngân sách tỉnh | Kinh phí (triệu đồng) – Ngân sách trung ương | Cơ quan chủ trì |
|---|---|---|---|---|
| 1 | Xây dựng kho dữ liệu tài chính | 4.500 | 12.300 | Sở Tài chính |
"""
    plan = assistant_over(tmp_path_factory, {"kh-94-vayno.md": text})
    answer = plan.answer("Mức dư nợ vay tối đa của ngân sách địa phương theo dự toán năm 2026 là bao nhiêu?")
    assert answer.found and "2.126.234" in answer.answer, answer.answer
    answer = plan.answer("Dự án xây dựng kho dữ liệu tài chính có kinh phí bao nhiêu?")
    assert answer.found and "Ngân sách tỉnh: 4.500" in answer.answer and "Ngân sách trung ương: 12.300" in answer.answer, answer.answer
