"""A register: a list of firms grouped by region and province, each with an address, a line of business and
one figure, beside a province's plan. Officials ask for a firm's figure or line of business in their own
words ("how much energy does X use" of a column "Tiêu thụ năng lượng (TOE)"), which province a firm is
listed under, how many firms a region has, the smallest figure; a firm named after a province ("… PTSC Thanh
Hóa") does not make the question one about that province's plan. A PDF's text layer that lost group rows
from the table at a page break (printed as short lines between two parts of it) and repeats the header on
every page still gives one table with every row in its group. Parsing on its own, then the real Assistant."""

import tempfile
from pathlib import Path

import pytest

from assistant.understanding import detect_language
from ingest.loaders import load_file
from ingest.parsing import parse_document, rejoin_group_rows
from ingest.parsing.tables import LogicalLine
from tests.conftest import assistant_over

REGISTER = """# Phụ lục II

## DANH MỤC CÁC CƠ SỞ PHẢI KIỂM KÊ KHÍ NHÀ KÍNH NGÀNH VẬN TẢI

| STT | Tên cơ sở | Địa chỉ | Ngành nghề/Loại hình kinh doanh | Tiêu thụ năng lượng (TOE) |
|---:|---|---|---|---:|
| **I. TÂY BẮC BỘ** |  |  |  |  |
| **1. Tỉnh Sơn La** |  |  |  |  |
| 1 | Công ty cổ phần xe khách Mường Thanh | Tổ 9, Phường Chiềng Lề, TP Sơn La | Vận chuyển hành khách | 3.127 |
| 2 | Công ty TNHH Vận tải Hồng Lam | Tổ 2, Phường Tô Hiệu, TP Sơn La | Vận tải hàng hóa | 1.424 |
| **2. Tỉnh Lai Châu** |  |  |  |  |
| 3 | Công ty TNHH Đèo Gió | Phường Tân Phong, TP Lai Châu | Vận tải hành khách bằng xe taxi | 2.205 |
| **II. BẮC TRUNG BỘ** |  |  |  |  |
| **1. Tỉnh Thanh Hóa** |  |  |  |  |
| 4 | Công ty Cổ phần Cảng Biển Xanh Thanh Hóa | Khu kinh tế Nghi Sơn, tỉnh Thanh Hóa | Dịch vụ cảng, vận tải hàng hóa | 2.007 |
| 5 | Công ty cổ phần Khoáng sản Đại Dương | Xã Hải Hà, thị xã Nghi Sơn, tỉnh Thanh Hóa | Dịch vụ cảng | 1.250 |
| **2. Tỉnh Nghệ An** |  |  |  |  |
| 6 | Công ty TNHH Hiệp Phát | Thành phố Vinh, tỉnh Nghệ An | Vận tải hàng hóa | 1.370 |
| 7 | Công ty TNHH Minh Khang | Thành phố Vinh, tỉnh Nghệ An | Vận tải hàng hóa | 1.052 |
"""

PLAN = """ỦY BAN NHÂN DÂN TỈNH THANH HÓA

# KẾ HOẠCH

**Chuyển đổi số tỉnh Thanh Hóa năm 2027**

## I. MỤC TIÊU

Tỷ trọng kinh tế số trong GRDP của tỉnh đạt 15%; 100% hồ sơ thủ tục hành chính được số hóa.

## II. TỔ CHỨC THỰC HIỆN

Sở Khoa học và Công nghệ theo dõi, đôn đốc các cơ quan triển khai Kế hoạch; Cảng vụ Hàng hải Thanh Hóa phối hợp số hóa thủ tục cảng biển.
"""

#: The register as a PDF's text layer gives it: the header on every page; the rows of "II. BẮC TRUNG BỘ" and
#: "1. Tỉnh Thanh Hóa", cut from the table at a page break, printed as wrapped prose between its two parts.
REGISTER_PDF_TEXT = """PHỤ LỤC II
DANH MỤC CÁC CƠ SỞ PHẢI KIỂM KÊ KHÍ NHÀ KÍNH NGÀNH VẬN TẢI
STT\tTên cơ sở\tĐịa chỉ\tNgành nghề/Loại hình kinh doanh\tTiêu thụ năng lượng (TOE)
I. TÂY BẮC BỘ\t\t\t\t
1. Tỉnh Sơn La\t\t\t\t
1\tCông ty cổ phần xe khách Mường Thanh\tTổ 9, Phường Chiềng Lề, TP Sơn La\tVận chuyển hành khách\t3.127
2\tCông ty TNHH Vận tải Hồng Lam\tTổ 2, Phường Tô Hiệu, TP Sơn La\tVận tải hàng hóa\t1.424
2. Tỉnh Lai Châu\t\t\t\t
3\tCông ty TNHH Đèo Gió\tPhường Tân Phong, TP Lai Châu\tVận tải hành khách bằng xe taxi\t2.205

II. BẮC
TRUNG BỘ
1. Tỉnh Thanh
Hóa

STT\tTên cơ sở\tĐịa chỉ\tNgành nghề/Loại hình kinh doanh\tTiêu thụ năng lượng (TOE)
4\tCông ty Cổ phần Cảng Biển Xanh Thanh Hóa\tKhu kinh tế Nghi Sơn, tỉnh Thanh Hóa\tDịch vụ cảng, vận tải hàng hóa\t2.007
5\tCông ty cổ phần Khoáng sản Đại Dương\tXã Hải Hà, thị xã Nghi Sơn, tỉnh Thanh Hóa\tDịch vụ cảng\t1.250
2. Tỉnh Nghệ An\t\t\t\t

STT\tTên cơ sở\tĐịa chỉ\tNgành nghề/Loại hình kinh doanh\tTiêu thụ năng lượng (TOE)
6\tCông ty TNHH Hiệp Phát\tThành phố Vinh, tỉnh Nghệ An\tVận tải hàng hóa\t1.370
7\tCông ty TNHH Minh Khang\tThành phố Vinh, tỉnh Nghệ An\tVận tải hàng hóa\t1.052
"""


def _rows(text: str, name: str):
    """The rows of ``text`` read as the loader reads a file called ``name`` (Markdown tables to TAB lines)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text, encoding="utf-8")
        loaded = load_file(path)
    return parse_document(loaded.text, doc_id="pl2", file_name=name, manifest_entry=None).rows


def test_rows_keep_their_region_and_province():
    rows = {r.number: r for r in _rows(REGISTER, "pl2.md")}
    assert len(rows) == 7
    assert rows["4"].group == ["II. BẮC TRUNG BỘ", "1. Tỉnh Thanh Hóa"], rows["4"].group
    assert rows["3"].group == ["I. TÂY BẮC BỘ", "2. Tỉnh Lai Châu"], rows["3"].group


def test_a_pdf_that_lost_group_rows_at_a_page_break_gives_the_same_rows():
    rows = _rows(REGISTER_PDF_TEXT, "pl2.txt")
    # the repeated headers are no rows; the rows of both parts are one table
    assert [r.number for r in rows] == ["1", "2", "3", "4", "5", "6", "7"], [r.number for r in rows]
    by_number = {r.number: r.group for r in rows}
    assert by_number == {r.number: r.group for r in _rows(REGISTER, "pl2.md")}, by_number


def test_group_rows_rejoined_only_between_parts_of_a_table():
    lines = [LogicalLine(t, n, n) for n, t in enumerate(REGISTER_PDF_TEXT.split("\n"), start=1)]
    out = rejoin_group_rows(lines)
    texts = [x.text for x in out]
    assert "II. BẮC TRUNG BỘ\t\t\t\t" in texts and "1. Tỉnh Thanh Hóa\t\t\t\t" in texts
    assert len(out) == len(lines)  # the lines keep their numbers
    # a heading after a table that no part of it follows is prose still
    tail = [LogicalLine("1\tA\tB\tC\t1.000", 1, 1), LogicalLine("II. TỔ CHỨC THỰC HIỆN", 2, 2),
            LogicalLine("Sở Tài chính bố trí kinh phí.", 3, 3)]
    assert [x.text for x in rejoin_group_rows(tail)] == [x.text for x in tail]
    # and so is a heading between two tables of one header, neither of them grouped
    header = "STT\tNội dung\tCơ quan chủ trì\tThời gian"
    two = [LogicalLine(t, n, n) for n, t in enumerate(
        [header, "1\tLắp camera\tCông an tỉnh\t2027", "II. NHIỆM VỤ", header, "1\tSố hóa hồ sơ\tSở Tư pháp\t2027"], start=1)]
    assert [x.text for x in rejoin_group_rows(two)] == [x.text for x in two]


def test_an_english_question_quoting_vietnamese_names_is_english():
    assert detect_language("Between Công ty Cổ phần Vận tải Phú Mỹ and Công ty Cảng dịch vụ dầu khí, which has the larger energy use?") == "en"
    assert detect_language("Taxi Quyết Tiến hay Vận tải An Phước tiêu thụ nhiều năng lượng hơn?") == "vi"


# ---- answers -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def held(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"pl2-van-tai.md": REGISTER, "kh-cds-thanhhoa-2027.md": PLAN})


@pytest.mark.parametrize("question", ["Công ty TNHH Vận tải Hồng Lam tiêu thụ bao nhiêu năng lượng?",
                                      "How much energy does Công ty TNHH Vận tải Hồng Lam use?",
                                      "Công ty TNHH Vận tải Hồng Lam tiêu thụ bao nhiêu TOE?"])
def test_a_firms_figure_asked_in_other_words_is_read_from_its_column(held, question):
    answer = held.answer(question)
    assert answer.found and "1.424" in answer.answer, answer.answer


def test_a_firm_named_after_a_province_is_no_question_on_that_provinces_plan(held):
    answer = held.answer("Công ty Cổ phần Cảng Biển Xanh Thanh Hóa tiêu thụ bao nhiêu năng lượng?")
    assert answer.found and "2.007" in answer.answer, answer.answer
    # the province's own plan, asked by its place, is still that plan
    plan = held.answer("Kế hoạch chuyển đổi số của tỉnh Thanh Hóa đặt mục tiêu tỷ trọng kinh tế số bao nhiêu?")
    assert plan.found and "15%" in plan.answer, plan.answer


@pytest.mark.parametrize("question", ["Công ty TNHH Đèo Gió hoạt động trong ngành nghề gì?",
                                      "What line of business is Công ty TNHH Đèo Gió in?"])
def test_a_column_named_by_its_words(held, question):
    answer = held.answer(question)
    assert answer.found and "Vận tải hành khách bằng xe taxi" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["Công ty TNHH Minh Khang thuộc tỉnh nào?",
                                      "Which province is Công ty TNHH Minh Khang listed under?"])
def test_the_province_a_firm_is_listed_under(held, question):
    answer = held.answer(question)
    assert answer.found and "Tỉnh Nghệ An" in answer.answer, answer.answer


def test_a_region_counted_by_its_provinces_rows(held):
    answer = held.answer("Vùng Bắc Trung Bộ có tổng số bao nhiêu cơ sở?")
    assert answer.found and "4 dòng" in answer.answer and "BẮC TRUNG BỘ" in answer.answer, answer.answer


def test_the_smallest_figure_by_a_unit_the_label_prints(held):
    answer = held.answer("Which listed facility has the lowest TOE?")
    assert answer.found and "Công ty TNHH Minh Khang" in answer.answer and "1.052" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["Công ty TNHH Vận tải Hồng Lam có bao nhiêu xe buýt điện?",
                                      "What is the tax code of Công ty TNHH Hiệp Phát?"])
def test_a_column_the_register_lacks_is_not_answered(held, question):
    assert not held.answer(question).found


def test_a_question_in_capitals_or_title_case_stays_vietnamese():
    assert detect_language("CÔNG AN TỈNH NGHỆ AN CÓ NHIỆM VỤ GÌ?") == "vi"
    assert detect_language("Kế Hoạch Của Tỉnh Long An Và An Giang Có Bao Nhiêu Chỉ Tiêu?") == "vi"


def test_a_province_named_in_english_after_its_name_counts_its_rows(held):
    answer = held.answer("How many facilities in Nghệ An province are on the list?")
    assert answer.found and "2 rows" in answer.answer and "Tỉnh Nghệ An" in answer.answer, answer.answer


def test_which_city_a_firm_is_listed_under(tmp_path_factory):
    register = REGISTER.replace("**2. Tỉnh Nghệ An**", "**2. Thành phố Cửa Lò**")
    held = assistant_over(tmp_path_factory, {"pl2-van-tai.md": register})
    answer = held.answer("Công ty TNHH Minh Khang thuộc thành phố nào?")
    assert answer.found and "Thành phố Cửa Lò" in answer.answer, answer.answer


def test_a_programme_named_by_its_owner_among_programmes_of_its_years():
    from assistant.understanding import parse_question, resolve_documents
    from ingest.records import DocumentInfo

    docs = [DocumentInfo(doc_id="nq-nhangiang", file="a.md", title="Nghị quyết thông qua Chương trình chuyển đổi số tỉnh Nhạn Giang giai đoạn 2026 - 2030",
                         issuer="HĐND tỉnh Nhạn Giang", date="2026-03-01"),
            DocumentInfo(doc_id="ctr-ngoclam", file="b.md", title="Chương trình chuyển đổi số tỉnh Ngọc Lâm giai đoạn 2026 - 2030",
                         issuer="UBND tỉnh Ngọc Lâm", date="2026-02-01")]
    intent = parse_question("Under Nhạn Giang province's 2026-2030 digital transformation programme, what share of files is handled online?")
    candidates, explicit = resolve_documents(intent, docs)
    assert candidates == ["nq-nhangiang"] and explicit, candidates
