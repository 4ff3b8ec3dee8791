"""Questions about one of several plans held side by side, asked as officials ask them: a numbered task
read off one table's own column labels ("chủ trì tham mưu"), a department written half in initials
("Sở NN&MT"), a section named by its capitalised heading ("Phần Tổ chức thực hiện"), a baseline year the
table has no column for, a year's value that a row states and a results passage does not, a programme
and a plan named side by side, two indicators compared that share words. Real ingest of two small
Markdown plans."""

import pytest

from tests.conftest import assistant_over

MINERALS = """ỦY BAN NHÂN DÂN TỈNH LAM SƠN

# KẾ HOẠCH

**Triển khai thực hiện Chỉ thị số 11-CT/TU về tăng cường quản lý nhà nước về khoáng sản**

## I. MỤC ĐÍCH, YÊU CẦU

Nâng cao hiệu lực quản lý nhà nước về địa chất, khoáng sản trên địa bàn tỉnh.

## II. TỔ CHỨC THỰC HIỆN

### 1. Sở Nông nghiệp và Môi trường

Là cơ quan thường trực, đôn đốc các sở, ngành triển khai Kế hoạch; tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.

### 2. Sở Tài chính

Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của các cơ quan.

## Phụ lục

**MỘT SỐ NHIỆM VỤ TRỌNG TÂM CỦA CÁC SỞ, NGÀNH**

| TT | Tên nhiệm vụ | Sở, ngành chủ trì tham mưu | Đơn vị phối hợp thực hiện | Thời gian thực hiện |
|---|---|---|---|---|
| 1 | Tổ chức quán triệt Chỉ thị của Ban Thường vụ Tỉnh ủy về khoáng sản | Các Sở, ban, ngành; UBND các xã | Các cơ quan liên quan | Quý I/2026 |
| 2 | Rà soát, cập nhật phương án quản lý về địa chất, khoáng sản vào điều chỉnh Quy hoạch tỉnh | Sở Nông nghiệp và Môi trường | Sở Tài chính | Tháng 5/2026 |
| 3 | Tổ chức đấu giá quyền khai thác khoáng sản làm vật liệu xây dựng thông thường | Sở Nông nghiệp và Môi trường | UBND các xã | Hằng năm |
"""

PROGRAMME = """ỦY BAN NHÂN DÂN TỈNH NGỌC LÂM

# CHƯƠNG TRÌNH

**Chuyển đổi số tỉnh Ngọc Lâm giai đoạn 2026 - 2030**

Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về chuyển đổi số quốc gia.

## II. MỤC TIÊU

Chương trình đặt ra 4 chỉ tiêu với giá trị hiện trạng năm 2025 và mục tiêu các năm 2026, 2028.

## I. KẾT QUẢ ĐẠT ĐƯỢC

Năm 2025, 96% văn bản đi của cơ quan hành chính nhà nước được ký số và gửi nhận trên môi trường mạng; tỷ trọng kinh tế số trong GRDP của tỉnh đạt 9%.

## Phụ lục 1

**CHỈ TIÊU CHỦ YẾU VỀ CHUYỂN ĐỔI SỐ**

| TT | Chỉ tiêu | Đơn vị đo | Hiện trạng 2025 | Năm 2026 | Năm 2028 | Cơ quan chủ trì |
|---|---|---|---|---|---|---|
| 1 | Tỷ lệ văn bản đi của cơ quan hành chính nhà nước được ký số và gửi nhận trên môi trường mạng | % | 96 | 98 | 100 | Văn phòng UBND tỉnh |
| 2 | Tỉ trọng kinh tế số đóng góp GRDP | % | 9 | 12 | 16 | Cục Thống kê tỉnh |
| 3 | Tỉ lệ đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế của tỉnh | % | 45 | 48 | 52 | Cục Thống kê tỉnh |
| 4 | Tỷ lệ người dân trưởng thành có chữ ký số | % | 20 | 30 | 50 | Sở Khoa học và Công nghệ |

## Phụ lục 2

**NHIỆM VỤ CHỦ YẾU**

| TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Xây dựng Kho dữ liệu dùng chung của tỉnh | Sở Khoa học và Công nghệ | Các sở, ngành | Năm 2027 |
| 2 | Triển khai trợ lý ảo cho cán bộ, công chức | Văn phòng UBND tỉnh | Sở Khoa học và Công nghệ | Năm 2026 |
"""


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-khoangsan-lamson-2026.md": MINERALS,
                                             "ctr-cds-ngoclam-2026-2030.md": PROGRAMME})


def _cited(answer):
    return " ".join(c.text for c in answer.citations)


def test_a_numbered_task_asked_in_one_tables_own_column_words_is_that_tables(both):
    a = both.answer("Nhiệm vụ số 1 do ai chủ trì tham mưu và đơn vị nào phối hợp?")
    assert a.found and "Tổ chức quán triệt Chỉ thị" in a.answer, a.answer
    assert "Kho dữ liệu dùng chung" not in a.answer, a.answer
    # without the table's own words, task 1 of either plan may be meant: both are shown
    b = both.answer("Nhiệm vụ số 1 do ai chủ trì?")
    assert "Tổ chức quán triệt Chỉ thị" in b.answer and "Kho dữ liệu dùng chung" in b.answer, b.answer


def test_a_department_written_half_in_initials_is_the_one_the_rows_print(both):
    a = both.answer("Sở NN&MT phải hoàn thành việc cập nhật phương án quản lý khoáng sản vào quy hoạch tỉnh khi nào?")
    assert a.found and "Tháng 5/2026" in a.answer, a.answer


def test_a_section_named_by_its_capitalised_heading_is_no_unknown_name(both):
    a = both.answer("Phần Tổ chức thực hiện giao Sở Tài chính làm gì?")
    assert a.found and "Bố trí kinh phí" in a.answer, a.answer


def test_a_baseline_year_the_table_has_no_column_for_is_not_answered(both):
    a = both.answer("What was the 2024 baseline value of the digital signature indicator in Ngọc Lâm's programme?")
    assert not a.found and "2024" in a.answer, a.answer
    b = both.answer("What was the 2025 baseline value of the digital signature indicator in Ngọc Lâm's programme?")
    assert b.found and "20" in b.answer and "Tỷ lệ người dân trưởng thành có chữ ký số" in _cited(b), b.answer


def test_a_years_value_a_row_states_wins_over_last_years_results(both):
    a = both.answer("For Ngọc Lâm, what proportion of outgoing official documents should be digitally signed "
                    "and exchanged online in 2026?")
    assert a.found and "98" in a.answer, a.answer
    assert "Tỷ lệ văn bản đi" in _cited(a), a.citations


def test_two_indicators_compared_that_share_words_are_both_shown(both):
    a = both.answer("Compare Ngọc Lâm's 2026 targets for the digital economy's share of GRDP and for TFP's contribution to growth.")
    assert a.found and "12" in a.answer and "48" in a.answer, a.answer
    cited = _cited(a)
    assert "Tỉ trọng kinh tế số đóng góp GRDP" in cited and "(TFP)" in cited, a.citations


def test_a_count_naming_a_tables_caption_counts_that_table(both):
    a = both.answer("Phụ lục của kế hoạch liệt kê tổng cộng bao nhiêu nhiệm vụ trọng tâm?")
    assert a.found and "3 nhiệm vụ" in a.answer, a.answer
    assert {c.doc_id for c in a.citations} == {"kh-khoangsan-lamson-2026"}, a.citations


def test_a_baseline_year_no_passage_states_is_not_answered(both):
    # the passages speak of the 2025 baseline, and the only "2024" is the date of an act ("ngày 22/12/2024")
    a = both.answer("What was the 2024 baseline value of the indicators in Ngọc Lâm's programme?")
    assert not a.found, a.answer
