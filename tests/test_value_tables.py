"""Tables of values rather than tasks, and questions on a plan's structure, asked as officials ask them: a
column named by its label ("Người đại diện pháp luật … là ai?"), the row with the largest or smallest
figure of a column (of the whole table or of a group named in words, the total row left out), the numbered
parts of a section named by its heading, English words the glossary carries into Vietnamese, and the
ways of a glossary phrase. Real ingest of small Markdown documents."""

import pytest

from assistant.steps import Question
from assistant.understanding import column_figures
from tests.conftest import assistant_over

QUOTAS = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG

# QUYẾT ĐỊNH

**Về việc phân bổ hạn mức phát thải thí điểm cho các cơ sở năm 2025 và năm 2026**

Điều 1. Phân bổ hạn mức phát thải thí điểm cho các cơ sở theo Phụ lục kèm theo Quyết định này.

Điều 2. Cục Khí hậu theo dõi việc tuân thủ hạn mức của các cơ sở.

Điều 3. Các cơ sở nộp trả hạn mức phát thải theo Chính phủ quy định về hạn mức phát thải năm 2026.

## Phụ lục

**DANH SÁCH CƠ SỞ ĐƯỢC PHÂN BỔ HẠN MỨC PHÁT THẢI**

| TT | Tên cơ sở | Địa chỉ | Mã số thuế | Người đại diện pháp luật | Hạn mức - Năm 2025 | Hạn mức - Năm 2026 |
|---|---|---|---|---|---|---|
| **I** | **Các nhà máy nhiệt điện** | | | | | |
| 1 | Nhà máy nhiệt điện Sông Đà 1 | Xã Bình An, tỉnh Hòa Bình | 0100100001 | Nguyễn Văn Khánh | 1,204,500 | 1,310,200 |
| 2 | Nhà máy nhiệt điện Sông Đà 2 | Xã Bình An, tỉnh Hòa Bình | 0100100002 | Trần Thị Lụa | 2,450,300 | 2,690,800 |
| 3 | Nhà máy nhiệt điện Cửa Lò | Phường Nghi Hải, tỉnh Nghệ An | 2900200003 | Lê Minh Quân | 980,750 | 1,020,400 |
| 4 | Nhà máy điện Diesel Phú Quý | Xã Ngũ Phụng, tỉnh Bình Thuận | 3400600007 | Đỗ Văn Tâm | 21,460 | 23,510 |
| **II** | **Các cơ sở sản xuất xi măng** | | | | | |
| 1 | Nhà máy xi măng Hoàng Sơn | Xã Hà Lĩnh, tỉnh Thanh Hóa | 2800300004 | Phạm Đức Thịnh | 3,120,000 | 3,405,600 |
| 2 | Nhà máy xi măng Tân Kỳ | Xã Tân Hợp, tỉnh Nghệ An | 2900400005 | Hoàng Văn Sơn | 640,300 | 702,100 |
| 3 | Nhà máy xi măng Lạng Giang | Xã Tân Thịnh, tỉnh Bắc Giang | 2400500006 | Vũ Thị Hạnh | 1,890,450 | 2,010,900 |
| | **TỔNG HẠN MỨC PHÁT THẢI** | | | | 10,286,300 | 11,140,000 |
"""

PLAN = """ỦY BAN NHÂN DÂN TỈNH HÀ LAN

# KẾ HOẠCH

**Phát triển kinh tế số tỉnh Hà Lan năm 2026**

## I. MỤC TIÊU

Tỷ trọng kinh tế số trong GRDP đạt 15%; độ che phủ rừng được giám sát bằng ảnh vệ tinh; nền tảng Digital Twin của tỉnh được thử nghiệm.

Năm tiếp theo, đội ngũ công chức được tuyển dụng sẽ giám sát mỏ đá vôi, thay bóng đèn tiết kiệm điện và khắc phục hậu quả trận lũ tại Việt Nam.

## II. TỔ CHỨC THỰC HIỆN

### 1. Sở Khoa học và Công nghệ

Là cơ quan thường trực, theo dõi, đôn đốc các cơ quan triển khai Kế hoạch; tổng hợp báo cáo trước ngày 10/12 hằng năm.

### 2. Sở Tài chính

Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.

### 3. Ủy ban nhân dân các xã, phường

Triển khai các nhiệm vụ của Kế hoạch trên địa bàn; báo cáo kết quả về Sở Khoa học và Công nghệ.

## Phụ lục

**CHỈ TIÊU KINH TẾ SỐ NĂM 2026**

| TT | Chỉ tiêu | Đơn vị | Năm 2026 | Cơ quan chủ trì |
|---|---|---|---|---|
| 1 | Tỉ trọng kinh tế số đóng góp GRDP | % | 15 | Cục Thống kê tỉnh |
| 2 | Tỉ lệ đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế của tỉnh | % | 47 | Cục Thống kê tỉnh |
| 3 | Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số | % | 60 | Sở Công Thương |
"""


PROVINCE = """ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

# KẾ HOẠCH

**Chuyển đổi số tỉnh Nghệ An năm 2026**

## I. MỤC TIÊU

Đưa 100% hồ sơ công việc cấp tỉnh lên môi trường mạng.

## Phụ lục

**DANH MỤC NHIỆM VỤ**

| TT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Nâng cấp Cổng dịch vụ công tỉnh | Văn phòng UBND tỉnh | Quý II/2026 |
| 2 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Quý IV/2026 |
"""


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-hanmuc-2026.md": QUOTAS, "kh-ktso-halan-2026.md": PLAN,
                                             "kh-cds-nghean-2026.md": PROVINCE})


def _cited(answer):
    return " ".join(c.text for c in answer.citations)


def test_a_column_named_by_its_label_is_what_is_asked_whatever_ai_reads(both):
    a = both.answer("Người đại diện pháp luật của Nhà máy xi măng Tân Kỳ là ai?")
    assert a.found and "Hoàng Văn Sơn" in a.answer, a.answer
    assert "Nhà máy xi măng Tân Kỳ" in _cited(a), a.citations


def test_the_row_with_the_largest_figure_of_a_year_column_leaves_the_total_out(both):
    a = both.answer("Cơ sở nào có hạn mức năm 2026 lớn nhất trong phụ lục?")
    assert a.found and "Nhà máy xi măng Hoàng Sơn" in a.answer and "3,405,600" in a.answer, a.answer
    assert "11,140,000" not in a.answer, a.answer  # the total row is no facility
    assert "Nhà máy xi măng Hoàng Sơn" in _cited(a), a.citations


def test_the_smallest_of_a_group_named_in_words(both):
    a = both.answer("Which thermal power plant has the lowest 2025 allowance?")
    assert a.found and "Nhà máy điện Diesel Phú Quý" in a.answer and "21,460" in a.answer, a.answer
    assert "Tân Kỳ" not in a.answer, a.answer  # smaller, but a cement plant
    assert "Sông Đà" not in a.answer and "smallest" in a.answer, a.answer  # the one row, said to be the smallest
    b = both.answer("Trong nhóm cơ sở sản xuất xi măng, cơ sở nào có hạn mức năm 2025 thấp nhất?")
    assert b.found and "Nhà máy xi măng Tân Kỳ" in b.answer and "640,300" in b.answer, b.answer
    assert "Hoàng Sơn" not in b.answer and "Nhỏ nhất" in b.answer, b.answer


def test_figures_are_read_the_way_their_column_writes_them():
    assert column_figures(["1,204,500", "980,750", ""]) == [1204500.0, 980750.0, None]
    assert column_figures(["640,300", "702,100", "980,750"]) == [640300.0, 702100.0, 980750.0]  # thousands, all of them
    assert column_figures(["1.126,0", "5,5", "≥ 85%"]) == [1126.0, 5.5, 85.0]


def test_a_bound_on_money_stays_on_money_and_a_place_achieved_in_is_not_a_location():
    from assistant.understanding import parse_question

    money = parse_question("Năm 2026 có bao nhiêu nhiệm vụ có kinh phí trên 5 tỷ đồng?")
    assert money.figure_bound is None and money.amount_bound == (">", 5.0, 1e9), (money.figure_bound, money.amount_bound)
    figure = parse_question("How many facilities have a 2026 limit above 500,000?")
    assert figure.figure_bound == (">", 500000.0, "above 500,000"), figure.figure_bound
    from assistant.understanding import _LOCATED_PLACE

    assert _LOCATED_PLACE.search("những cơ sở nào đặt tại tỉnh thanh hóa")
    assert not _LOCATED_PLACE.search("tỷ lệ hồ sơ được số hóa đạt tại tỉnh bắc giang")  # "đạt", achieved


def test_the_numbered_parts_of_a_section_named_by_its_heading(both):
    a = both.answer("Phần Tổ chức thực hiện của kế hoạch kinh tế số Hà Lan gồm bao nhiêu mục?")
    assert a.found and "gồm 3 mục" in a.answer, a.answer
    assert "Ủy ban nhân dân các xã, phường" in a.answer, a.answer
    b = both.answer("How many numbered sections does the implementation part of the Hà Lan digital economy plan have?")
    assert b.found and "3 parts" in b.answer, b.answer


def test_any_noun_said_to_be_numbered_asks_the_parts(both):
    # "nội dung" is no word for a part, but "đánh số" says the parts are counted
    a = both.answer("Phần Tổ chức thực hiện của kế hoạch kinh tế số Hà Lan gồm bao nhiêu nội dung đánh số?")
    assert a.found and "gồm 3 mục" in a.answer, a.answer


def test_a_share_in_percent_or_a_level_is_no_numbered_part():
    from assistant.service import _SECTION_PARTS_ASKED

    assert _SECTION_PARTS_ASKED.search(" kế hoạch có bao nhiêu mục? ")
    assert _SECTION_PARTS_ASKED.search(" mục nội dung thực hiện gồm bao nhiêu nội dung đánh số? ")
    for houses in (" có bao nhiêu tuyến phố được đánh số nhà? ", " có bao nhiêu nhà được đánh số và gắn biển? ",
                   " how many numbered houses does the plan target? "):
        assert not _SECTION_PARTS_ASKED.search(houses), houses
    for other in (" đạt bao nhiêu phần trăm? ", " có bao nhiêu mục tiêu? ", " có bao nhiêu mức độ an toàn? ",
                  " có bao nhiêu điểm cầu trực tuyến? ", " hệ thống gồm những phân hệ nào? ", " các phần mềm dùng chung "):
        assert not _SECTION_PARTS_ASKED.search(other), other


def test_an_english_word_the_glossary_carries_is_no_term_though_the_index_prints_it(both):
    # "Digital Twin" puts "digital" in the index; "the digital economy's share" is "kinh tế số" all the same
    u = both.understand(Question(text="What is Hà Lan's 2026 target for the digital economy's share of GRDP?"))
    assert "digital" not in u.terms, u.terms
    a = both.answer("Compare Hà Lan's 2026 targets for the digital economy's share of GRDP and for TFP's contribution to growth.")
    assert a.found and "15" in a.answer and "47" in a.answer, a.answer
    cited = _cited(a)
    assert "Tỉ trọng kinh tế số đóng góp GRDP" in cited and "(TFP)" in cited, a.citations


def test_a_word_cut_off_a_glossary_phrase_is_no_way_of_its_own(both):
    # "forest cover" reads "tỷ lệ che phủ rừng" or "độ che phủ rừng": "tỷ lệ" alone names no forest cover
    u = both.understand(Question(text="What does the Hà Lan plan say about forest cover?"))
    ways = [t for t in u.terms if t.startswith("≈") and "che_phu" in t]
    assert ways, u.terms
    assert all(set(way.split()) != {"ti", "le", "ti_le"} for way in ways[0][1:].split("|")), ways


def test_two_things_named_by_their_numbers_are_each_their_own_row(both):
    a = both.answer("How do the 2025 allowances of the Sông Đà 1 and Sông Đà 2 power plants compare?")
    assert a.found and "1,204,500" in a.answer and "2,450,300" in a.answer, a.answer
    b = both.answer("Hạn mức năm 2026 của Nhà máy nhiệt điện Sông Đà 2 là bao nhiêu?")
    assert b.found and "2,690,800" in b.answer, b.answer
    assert "1,310,200" not in b.answer, b.answer  # Sông Đà 1 is another plant


def test_a_place_a_thing_is_located_in_filters_rows_and_names_no_plan(both):
    a = both.answer("Có bao nhiêu cơ sở đặt tại tỉnh Nghệ An trong danh sách phân bổ hạn mức?")
    # ("tỉnh Nghệ An" is where the plants are, not the Nghệ An plan)
    assert a.found and "Cửa Lò" in a.answer and "Tân Kỳ" in a.answer and "“tỉnh Nghệ An”" in a.answer, a.answer
    assert "Hoàng Sơn" not in a.answer and "Cổng dịch vụ công" not in a.answer, a.answer


def test_a_date_asked_that_no_sentence_states_is_not_answered(both):
    a = both.answer("By what date must the Climate Department check the facilities' compliance with their limits?")
    assert not a.found and "date" in a.answer, a.answer
    # an act's date asked is the act's: "số mấy, ngày nào" of a document the plan cites
    b = both.answer("Kế hoạch kinh tế số Hà Lan được ban hành theo văn bản số mấy, ngày nào?")
    assert "no such date" not in b.answer and "thời hạn" not in b.answer, b.answer


def test_a_proper_name_a_row_prints_is_not_found_in_words_folded_alike(both):
    from assistant.service import _accented_words, _prints_all, _proper_names

    assert _proper_names("What is the 2026 emission limit of the Phú Quý diesel power station?") == ["Phú Quý"]
    assert _proper_names("Hạn mức của Posco SS-Vina (Bà Rịa) theo Phụ lục II Quý III?") == ["Posco SS-Vina", "Bà Rịa"]
    # "Chính phủ quy định" folds to the words of "Phú Quý": the article is no answer about the plant
    assert not _prints_all("theo Chính phủ quy định về hạn mức", [_accented_words("Phú Quý")])
    assert _prints_all("Nhà máy điện Diesel Phú Quý", [_accented_words("Phú Quý")])
    a = both.answer("What is the 2026 emission limit of the Phú Quý diesel power station?")
    assert a.found and "23,510" in a.answer, a.answer
    assert "Nhà máy điện Diesel Phú Quý" in _cited(a) and "Chính phủ quy định" not in a.answer, a.answer


def test_a_vietnamese_question_whose_word_pairs_the_plans_never_print_is_off_topic(both):
    a = both.answer("Đội tuyển bóng đá Việt Nam sẽ đá trận tiếp theo vào ngày nào?")
    assert not a.found and not a.citations, a.answer
    b = both.answer("Sở Khoa học và Công nghệ tổng hợp báo cáo trước ngày nào hằng năm?")
    assert b.found and "10/12" in b.answer, b.answer


def test_rows_counted_by_a_bound_on_the_figure_of_the_year_asked_and_the_total_row_is_no_row(both):
    a = both.answer("How many facilities have a 2026 limit above 2,000,000?")
    assert a.found and "3 " in a.answer and "2,690,800" in a.answer and "3,405,600" in a.answer and "2,010,900" in a.answer, a.answer
    assert "1,310,200" not in a.answer and "11,140,000" not in a.answer, a.answer
    b = both.answer("Có bao nhiêu cơ sở sản xuất xi măng trong danh sách phân bổ hạn mức?")
    assert b.found and "3 " in b.answer, b.answer
    assert "of 7 rows" in a.answer and "trên tổng số 7 dòng" in b.answer, (a.answer, b.answer)  # 7 facilities, no total


@pytest.mark.parametrize("question, subject, value", [
    ("Hạn mức phát thải năm 2026 của Nhà máy xi măng Tân Kỳ là bao nhiêu?", "Dòng 2", "năm 2026: 702,100"),
    ("What is the 2026 allowance of the Tân Kỳ cement plant?", "Row 2", "2026: 702,100")])
def test_a_listed_facility_is_a_row_not_an_indicator(both, question, subject, value):
    # a table whose caption lists facilities ("DANH SÁCH CƠ SỞ …") holds no indicators: its year figures are
    # the year's values, not targets
    answer = both.answer(question)
    assert answer.found and answer.answer.startswith(subject) and value in answer.answer, answer.answer
    assert "Chỉ tiêu" not in answer.answer and "Indicator" not in answer.answer and "target" not in answer.answer
