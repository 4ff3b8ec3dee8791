"""A report written as prose: a question in two parts quotes the sentence of each part, a name the
report never prints (folded, "Lào" is the "lao" of "lao động") and a topic none of its passages
shares a word with are declined, and a sector named by its initials is the plan's own sector.
The report is generated here (real ingest, real index, slow)."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

pytestmark = pytest.mark.slow

DOC = "2027-report_so-vhttdl-ha-nam-khe"
REPORT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH HẠ NAM KHÊ

Số: 88/BC-SVHTTDL

BÁO CÁO
Kết quả chuyển đổi số ngành Văn hóa, Thể thao và Du lịch năm 2026

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Về dữ liệu số

Một số dữ liệu đã được xây dựng: di sản, lễ hội, cơ sở lưu trú, hướng dẫn viên, CBCCVC.
Dữ liệu CBCCVC: 1.245 hồ sơ.
Cơ sở dữ liệu di sản văn hóa đã số hóa 312 di tích.
Công an tỉnh đối khớp thành công 1.198 hồ sơ.

2. Về nguồn nhân lực

Tổ chức 14 lớp tập huấn kỹ năng số cho 620 lượt người lao động trong các doanh nghiệp du lịch.
Hệ thống eCabinet của Sở phục vụ 12 phiên họp không giấy.
Hợp tác với Campuchia trong quảng bá du lịch trực tuyến qua 03 hội chợ ảo.

3. Về dịch vụ công

Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt 71,5%.

II. KINH PHÍ

Tổng kinh phí thực hiện năm 2026 là 9.800 triệu đồng, trong đó ngân sách tỉnh 7.600 triệu đồng.

III. DỰ KIẾN KINH PHÍ GIAI ĐOẠN 2027 - 2028

Đơn vị: triệu đồng

| STT | Nội dung | Tổng | Năm 2027 | Năm 2028 |
|---|---|---|---|---|
| 1 | Hạ tầng số và an toàn thông tin | 3.000 | 1.200 | 1.800 |
| 2 | Cơ sở dữ liệu di sản văn hóa | 4.600 | 2.000 | 2.600 |
| | Tổng cộng | 7.600 | 3.200 | 4.400 |

IV. MỤC TIÊU SỐ HÓA

Phấn đấu đến năm 2028, 100% di tích cấp tỉnh được số hóa 3D; năm 2027 đạt tối thiểu 60%. Năm 2027 tổ chức 05 hội chợ du lịch trực tuyến.

V. NHIỆM VỤ NĂM 2027

Giao Bảo tàng tỉnh chủ trì, phối hợp với Sở Tài chính số hóa 3D 50 hiện vật tiêu biểu, hoàn thành trong Quý II/2027.

**IV. PHƯƠNG HƯỚNG NĂM 2027**

**1. Mục đích**
*   Đưa toàn bộ dữ liệu di tích lên nền tảng số dùng chung của tỉnh.
*   Mở rộng hội chợ du lịch trực tuyến sang các thị trường mới.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return assistant_over(tmp_path_factory, {f"{DOC}.md": REPORT})


def test_each_part_of_a_two_part_question_is_quoted(report):
    # the first part names the officials in words, the report by their initials (CBCCVC)
    a = report.answer("CSDL cán bộ, công chức, viên chức có bao nhiêu hồ sơ và Công an tỉnh đối khớp thành công bao nhiêu?")
    assert a.found and "1.245" in a.answer and "1.198" in a.answer, a.answer
    # each sentence is quoted once, however many passages hold it
    assert a.answer.count("1.198") == 1, a.answer


def test_a_country_the_report_never_names_is_declined(report):
    # folded, "Lào" is the "lao" of "người lao động", a word of the report
    a = report.answer("Báo cáo nêu hợp tác với Lào về du lịch như thế nào?")
    assert not a.found and "Lào" in a.answer, a.answer
    named = report.answer("Báo cáo nêu hợp tác với Campuchia về du lịch như thế nào?")
    assert named.found and "03 hội chợ ảo" in named.answer, named.answer


@pytest.mark.parametrize(("z", "found"), [(3.0, False), (4.5, True)])
def test_a_passage_sharing_no_word_answers_only_by_a_close_meaning(report, monkeypatch, z, found):
    # what the scorer says of the passages is set here: no word of the question in any of them,
    # a meaning z deviations above the index's background
    from assistant.scoring import Match

    def scored(query, q_terms, chunks):
        return {c.chunk_id: Match(0.4, 0.0, z) for c in chunks}

    monkeypatch.setattr(report.relevance, "passages", scored)
    a = report.answer("What does the report say about virtual fairs?")
    assert a.found is found, a.answer


def test_a_sector_named_by_its_initials_is_the_plans_own(report):
    a = report.answer("Theo kế hoạch chuyển đổi số ngành VHTTDL, tổng kinh phí thực hiện năm 2026 là bao nhiêu?")
    assert a.found and "9.800 triệu đồng" in a.answer, a.answer
    other = report.answer("Kế hoạch chuyển đổi số ngành giáo dục đặt chỉ tiêu học bạ số bao nhiêu?")
    assert not other.found, other.answer


def test_the_plans_budget_in_the_years_asked_is_its_total_row(report):
    a = report.answer("Compare the budget for 2027 with 2028.")
    assert a.found and "3.200" in a.answer and "4.400" in a.answer, a.answer
    # money for one thing in a year is that thing's line
    line = report.answer("Kinh phí cho cơ sở dữ liệu di sản văn hóa năm 2028 là bao nhiêu?")
    assert line.found and "2.600" in line.answer, line.answer


def test_money_asked_is_answered_by_an_amount_or_not_at_all(report):
    # "bao nhiêu tiền" asks an amount: the sentence on the virtual fairs states a count, no money
    a = report.answer("Báo cáo dành bao nhiêu tiền cho các hội chợ ảo?")
    assert not a.found, a.answer
    total = report.answer("Năm 2026 tổng số tiền thực hiện là bao nhiêu?")
    assert total.found and "9.800 triệu đồng" in total.answer, total.answer


def test_last_nights_match_is_live_news():
    from assistant.understanding import parse_question

    assert parse_question("Kết quả trận bóng đá tối qua thế nào?").live
    assert parse_question("Who won the match last night?").live


def test_a_section_asked_by_its_title_is_answered_by_its_text(report):
    # the words asked ("nguồn nhân lực") are only the section's title; its text says what it holds
    a = report.answer("What are the purposes for 2027 (mục đích)?")
    assert a.found and "nền tảng số dùng chung" in a.answer, a.answer


def test_a_quote_that_is_only_the_sections_title_gives_way_to_its_text():
    from types import SimpleNamespace

    from assistant.service import _below_title, _only_its_title

    chunk = SimpleNamespace(section_path=["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"],
                            source_text="1. Mục đích\n- Quán triệt sâu sắc Nghị quyết.\n- Thể chế hóa đầy đủ các nhiệm vụ.")
    assert _only_its_title(chunk, ["Mục đích"])
    assert not _only_its_title(chunk, ["Mục đích", "Quán triệt sâu sắc Nghị quyết."])
    assert _below_title(chunk).startswith("- Quán triệt")


def test_a_percentage_asked_is_answered_by_a_percentage_or_not_at_all(report):
    # the report counts the workers trained (620), it states no share of them
    a = report.answer("Bao nhiêu phần trăm người lao động du lịch được tập huấn kỹ năng số?")
    assert not a.found, a.answer
    asked = report.answer("Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình đạt bao nhiêu phần trăm?")
    assert asked.found and "71,5%" in asked.answer, asked.answer


def test_a_system_named_in_mixed_case_must_be_the_one_spoken_of(report):
    a = report.answer("How many paperless meetings did eCabinet serve?")
    assert a.found and "12 phiên họp" in a.answer, a.answer
    other = report.answer("What satisfaction rate with VNeID does the report give?")
    assert not other.found, other.answer


def test_each_year_asked_brings_the_sentence_that_states_it(report):
    a = report.answer("What share of provincial relics must be digitised in 3D by 2028, and what is the floor for 2027?")
    assert a.found and "100%" in a.answer and "60%" in a.answer, a.answer


def test_a_ministry_in_english_shorthand_is_no_system_name(report):
    # "MoCST": the Ministry of Culture, Sports and Tourism in shorthand, which no plan prints
    a = report.answer("How many paperless meetings did eCabinet serve, as reported to the MoCST?")
    assert a.found and "12 phiên họp" in a.answer, a.answer


def test_money_for_a_source_the_report_never_names_is_declined(report):
    # the report's only amounts are its total and the province's share; "ODA loans" are none of them
    a = report.answer("How much ODA loan money did the department use in 2026?")
    assert not a.found, a.answer
    # a count in millions is no amount of money
    b = report.answer("Năm 2026 báo cáo nêu bao nhiêu tiền cho hồ sơ CBCCVC?")
    assert not b.found, b.answer


def test_a_task_given_in_a_sentence_is_answered_once(report):
    a = report.answer("Ai chủ trì số hóa 3D hiện vật tiêu biểu và hạn hoàn thành khi nào?")
    assert a.found and "Bảo tàng tỉnh" in a.answer and "Quý II/2027" in a.answer, a.answer
    assert a.answer.count("số hóa 3D 50 hiện vật") == 1, a.answer  # the row is the sentence: not quoted twice
