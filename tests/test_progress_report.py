"""A progress report beside a plan: an official letter (công văn) with its letterhead run together,
a task table whose TIẾN ĐỘ column holds states, asked about by state, by the document's kind, its
issuer and its number (real ingest of two small Markdown documents, real assistant)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import assistant_over

from ingest.parsing.metadata import infer_metadata

REPORT = """ĐẢNG ỦY BỘ NÔNG NGHIỆP
VĂN PHÒNG
\\*
Số 215-CV/VPĐU
V/v báo cáo tiến độ thực hiện các nhiệm vụ chuyển đổi số
quý I năm 2027

Hà Nội, ngày 05 tháng 4 năm 2027

Kính gửi: Ban Thường vụ Đảng ủy Bộ.

Văn phòng báo cáo tiến độ các nhiệm vụ chuyển đổi số như sau. Kho dữ liệu đất đai đã kết nối 41 xã.
Văn phòng theo dõi sát việc triển khai bản đồ số rừng phòng hộ và việc đào tạo kỹ năng số cho cán bộ khuyến nông.

## Phụ lục 1: TIẾN ĐỘ CÁC NHIỆM VỤ

| TT | NHIỆM VỤ | THỜI GIAN HOÀN THÀNH | CƠ QUAN THỰC HIỆN | TIẾN ĐỘ | KẾT QUẢ HIỆN NAY |
|----|----------|----------------------|-------------------|---------|------------------|
| 1. | Xây dựng kho dữ liệu đất đai dùng chung | Tháng 3/2027 | Cục Quản lý đất đai | Hoàn thành | Đã kết nối 41 xã |
| 2. | Số hóa hồ sơ địa chính các huyện miền núi | Tháng 3/2027 | Cục Quản lý đất đai | Quá hạn | Đang thu thập hồ sơ |
| 3. | Ban hành quy chế khai thác dữ liệu thủy lợi | Tháng 2/2027 | Cục Thủy lợi | Hoàn thành | Quy chế số 12/QC-TL |
| 4. | Triển khai bản đồ số rừng phòng hộ | Tháng 6/2027 | Cục Lâm nghiệp | Đang thực hiện | Đã bay chụp 60% diện tích |
| 5. | Kết nối dữ liệu quan trắc mưa lũ | Tháng 3/2027 | Cục Thủy lợi | Quá hạn | Chờ nâng cấp đường truyền |
| 6. | Đào tạo kỹ năng số cho cán bộ khuyến nông | Tháng 5/2027 | Trung tâm Khuyến nông | Đang thực hiện | Đã mở 4 lớp |

## Phụ lục 2: KIẾN NGHỊ

Đề nghị Bộ Tài chính bố trí 120 tỷ đồng để mở rộng kho dữ liệu đất đai trong năm 2028.
"""

PLAN = """ỦY BAN NHÂN DÂN TỈNH HÀ NAM

Số: 31/KH-UBND

# KẾ HOẠCH Chuyển đổi số tỉnh Hà Nam năm 2027

## PHỤ LỤC II: DANH MỤC NHIỆM VỤ

| STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn hoàn thành |
|---|---|---|---|
| 1 | Xây dựng kho dữ liệu đất đai dùng chung của tỉnh | Sở Nông nghiệp và Môi trường | Tháng 3/2027 |
| 2 | Số hóa hồ sơ địa chính | Sở Nông nghiệp và Môi trường | Tháng 9/2027 |
| 3 | Kết nối dữ liệu quan trắc mưa lũ của tỉnh | Sở Nông nghiệp và Môi trường | Tháng 6/2027 |
"""


def test_an_official_letters_letterhead_number_and_subject_are_read_when_run_together():
    joined = ("Công Văn Số 215-CV/VPĐU\nĐẢNG ỦY BỘ NÔNG NGHIỆP VĂN PHÒNG * Số 215-CV/VPĐU V/v báo cáo tiến độ thực hiện\n"
              "các nhiệm vụ chuyển đổi số quý I năm 2027\nĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 05 tháng 4 năm 2027\nKính gửi: …")
    for text in (REPORT, joined):  # lines as Markdown writes them; one line as Word and PDF join the cells
        info = infer_metadata(text, doc_id="r", file_name="r.md")
        assert info.number == "215-CV/VPĐU", info
        assert info.issuer == "Văn phòng Đảng ủy Bộ Nông nghiệp", info
        assert info.title == "Công văn về việc báo cáo tiến độ thực hiện các nhiệm vụ chuyển đổi số quý I năm 2027", info
        assert info.date == "2027-04-05"


@pytest.mark.parametrize("block, signer", [
    ("(Đã ký) CHÁNH VĂN PHÒNG Trần Văn Sơn (Dấu của VĂN PHÒNG ĐẢNG ỦY)", "Trần Văn Sơn"),
    ("KT. BỘ TRƯỞNG - THỨ TRƯỞNG - Nguyễn Hữu Thành", "Nguyễn Hữu Thành"),
    ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Hữu Thành", "Nguyễn Hữu Thành"),
])
def test_the_signer_is_read_when_the_signature_block_runs_onto_one_line(block, signer):
    text = f"BỘ TÀI CHÍNH\nSố: 218/QĐ-BTC\nQUYẾT ĐỊNH\nBan hành Chương trình\nĐiều 1. …\n{block}\nPhụ lục"
    assert infer_metadata(text, doc_id="q", file_name="q.pdf").signer == signer


def test_a_title_in_ordinary_case_stops_at_the_signers_office_in_capitals():
    text = ("BỘ TÀI CHÍNH\nSố: 218/QĐ-BTC Hà Nội, ngày 20 tháng 01 năm 2026\nQUYẾT ĐỊNH\nBan hành Chương trình hành động"
            " về chuyển đổi số\nBỘ TRƯỞNG BỘ TÀI CHÍNH\nCăn cứ …")
    info = infer_metadata(text, doc_id="q", file_name="q.pdf")
    assert info.title == "Quyết định Ban hành Chương trình hành động về chuyển đổi số"
    assert (info.issuer, info.number) == ("Bộ Tài chính", "218/QĐ-BTC")
    # a title all in capitals goes on over its next line in capitals
    info = infer_metadata("UBND TỈNH NINH BÌNH\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2027\n\nCăn cứ", doc_id="k", file_name="k.md")
    assert info.title == "Kế hoạch CHUYỂN ĐỔI SỐ NĂM 2027"


@pytest.fixture(scope="module")
def report_assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"bao-cao-215.md": REPORT, "2027-plan_ha-nam.md": PLAN})


def _numbers(answer) -> set[str]:
    return {c.locator.rsplit(" ", 1)[-1] for c in answer.citations if c.locator.startswith("Phụ lục")}



@pytest.mark.slow
@pytest.mark.parametrize("question, numbers, count", [
    ("Những nhiệm vụ nào đang quá hạn?", {"2", "5"}, None),
    ("Which tasks are overdue?", {"2", "5"}, None),
    ("Có bao nhiêu nhiệm vụ đã hoàn thành?", {"1", "3"}, "2"),
    ("How many tasks are still in progress?", {"4", "6"}, "2"),
    ("Bao nhiêu nhiệm vụ chưa hoàn thành?", {"2", "4", "5", "6"}, "4"),
    ("How many tasks of Cục Thủy lợi are overdue?", {"5"}, "1"),
])
def test_rows_are_counted_and_listed_by_the_state_their_progress_column_prints(report_assistant, question, numbers, count):
    a = report_assistant.answer(question)
    assert a.found, a.answer
    assert _numbers(a) == numbers, (a.answer, [c.locator for c in a.citations])
    assert {c.doc_id for c in a.citations if c.locator.startswith("Phụ lục")} == {"bao-cao-215"}
    if count:
        assert re.search(rf"\b{count} (?:nhiệm vụ|tasks?)\b", a.answer), a.answer


@pytest.mark.slow
def test_a_deadline_phrase_is_not_read_as_a_state(report_assistant):
    # "thời hạn hoàn thành tháng 3/2027" asks for a deadline: rows of either document due then, whatever their state
    a = report_assistant.answer("Những nhiệm vụ nào có thời hạn hoàn thành tháng 3/2027?")
    assert a.found
    cited = {(c.doc_id, c.locator.rsplit(" ", 1)[-1]) for c in a.citations if c.locator.startswith("Phụ lục")}
    assert cited and all(n != "4" for _, n in cited), cited
    assert not re.search(r"“(?:Hoàn thành|Quá hạn)”", a.answer), a.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Theo báo cáo, nhiệm vụ số hóa hồ sơ địa chính có tiến độ thế nào?",
    "In the report, what is the status of digitising the cadastral records?",
    "Công văn 215 nói gì về tiến độ số hóa hồ sơ địa chính?",
    "Báo cáo của Đảng ủy Bộ Nông nghiệp: tiến độ số hóa hồ sơ địa chính?",
])
def test_a_document_named_by_its_kind_number_or_issuer_answers_not_a_plan_with_the_same_task(report_assistant, question):
    a = report_assistant.answer(question)
    assert a.found, a.answer
    assert {c.doc_id for c in a.citations} == {"bao-cao-215"}, [(c.doc_id, c.locator) for c in a.citations]
    assert "Quá hạn" in a.answer


@pytest.mark.slow
def test_a_plan_named_by_its_own_kind_still_answers_from_the_plan(report_assistant):
    a = report_assistant.answer("Theo kế hoạch 31, nhiệm vụ số hóa hồ sơ địa chính có thời hạn khi nào?")
    assert a.found and "Tháng 9/2027" in a.answer, a.answer
    assert {c.doc_id for c in a.citations} == {"2027-plan_ha-nam"}


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Nhiệm vụ số hóa hồ sơ địa chính các huyện miền núi đã hoàn thành chưa?",
    "Is the task of digitising cadastral records in mountain districts finished?",
])
def test_a_state_asked_of_one_task_is_answered_not_used_as_a_filter(report_assistant, question):
    # the task is overdue: a filter on "Hoàn thành" would answer with another task or abstain
    a = report_assistant.answer(question)
    assert a.found and "Quá hạn" in a.answer, a.answer
    assert _numbers(a) == {"2"}, [c.locator for c in a.citations]


@pytest.mark.slow
def test_a_state_in_a_comparison_keeps_the_rows_in_that_state(report_assistant):
    # both documents have a land-data and a rain-data task; only the report's are overdue
    a = report_assistant.answer("Of the two overdue tasks, which was due earlier: the cadastral records one or the rain data one?")
    assert a.found
    assert {c.doc_id for c in a.citations if c.locator.startswith("Phụ lục")} == {"bao-cao-215"}, [(c.doc_id, c.locator) for c in a.citations]
    assert _numbers(a) == {"2", "5"}, a.answer


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Theo Phụ lục 2, đề nghị bố trí bao nhiêu kinh phí để mở rộng kho dữ liệu đất đai?",
    "Per annex 2, how much funding is requested to expand the land data warehouse?",
])
def test_an_appendix_written_as_prose_is_searched_when_the_question_names_it(report_assistant, question):
    a = report_assistant.answer(question)
    assert a.found and "120 tỷ đồng" in a.answer, a.answer
    assert all(c.doc_id == "bao-cao-215" for c in a.citations)


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Nhiệm vụ bản đồ số rừng phòng hộ và nhiệm vụ đào tạo kỹ năng số cho cán bộ khuyến nông, nhiệm vụ nào có hạn sớm hơn?",
    "Which comes first: the digital map of protection forests or the digital skills training for extension staff? Give both deadlines.",
])
def test_a_comparison_of_two_tasks_answers_with_each_tasks_row_not_a_passage_naming_both(report_assistant, question):
    a = report_assistant.answer(question)
    assert a.found and "Tháng 6/2027" in a.answer and "Tháng 5/2027" in a.answer, a.answer
    assert _numbers(a) == {"4", "6"}, [c.locator for c in a.citations]


def test_comparison_cues_come_from_the_vocabulary():
    from assistant.understanding import parse_question

    for question in ("Which comes first, task 3 or task 4?", "Nhiệm vụ nào có hạn sớm hơn?", "So sánh chỉ tiêu 2025 và 2030",
                     "How did the figure change between April and May?"):
        assert parse_question(question).comparison, question
    assert not parse_question("Who leads the land data warehouse task?").comparison


@pytest.mark.slow
def test_a_foreign_word_no_document_prints_abstains_in_a_vietnamese_question(report_assistant):
    a = report_assistant.answer("Tỷ lệ nhiệm vụ ứng dụng blockchain theo báo cáo là bao nhiêu?")
    assert not a.found and "blockchain" in a.answer, a.answer
    # an acronym in capitals and an English question are not read this way
    b = report_assistant.answer("Theo KH CĐS 2027 của Hà Nam, nhiệm vụ số hóa hồ sơ địa chính có thời hạn khi nào?")
    assert b.found and "Tháng 9/2027" in b.answer, b.answer


def test_english_function_words_are_told_from_vietnamese_syllables():
    from assistant.understanding import english_words

    assert english_words("Tỷ lệ doanh nghiệp nhỏ và vừa ứng dụng blockchain là bao nhiêu?") == []
    assert english_words("Which institution leads the KH 266 project?") == ["which", "the"]


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Which tasks are overdue in the 402 report?",
    "Kế hoạch 512 giao cơ quan nào số hóa hồ sơ địa chính?",
])
def test_a_document_number_no_document_bears_or_mentions_abstains(report_assistant, question):
    a = report_assistant.answer(question)
    assert not a.found and re.search(r"\b(402|512)\b", a.answer), a.answer
    # the numbers the documents do bear still answer
    assert report_assistant.answer("Which tasks are overdue in the 215 letter?").found


@pytest.mark.parametrize("block, signer", [
    # a Word table: the recipients in one cell, the block in the next (its paragraphs joined by "; ")
    ("Nơi nhận: - UBND tỉnh (để b/c); - Giám đốc, các Phó Giám đốc Sở; - Lưu: VT.\tKT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký); Lương Thị Minh Thư",
     "Lương Thị Minh Thư"),
    # a PDF's text laid out in columns: the block beside the recipients, the name below the list
    (" Nơi nhận:                                     T/M TỈNH ỦY\n - Ban Bí thư Trung ương Đảng (để b/c);\n"
     " - Văn phòng Trung ương Đảng;                 PHÓ BÍ THƯ THƯỜNG TRỰC\n - Các Đảng ủy trực thuộc Tỉnh ủy;\n"
     " - Ủy ban nhân dân tỉnh;\n - Lãnh đạo Văn phòng Tỉnh ủy;\n - Chuyên viên Phòng TH-VPTU;\n - Lưu Văn phòng Tỉnh ủy.\n"
     "                                               Hoàng Giang", "Hoàng Giang"),
    # a PDF's lines: the block's first line after "Nơi nhận:", the name with its academic titles
    ("Nơi nhận: KT. HIỆU TRƯỞNG\n- UBND tỉnh Vân Xuyên (để b/c); PHÓ HIỆU TRƯỞNG\n(Đã ký)\n- Hội đồng trường;\n"
     "PGS.TS. Tạ Quang Vĩnh\n- Lưu: VT.", "Tạ Quang Vĩnh"),
])
def test_the_signer_is_read_when_the_block_sits_beside_the_recipients(block, signer):
    text = f"TỈNH ỦY LÀO CAI\nSố 104-CTr/TU\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận số 75-KL/TW\nI. MỤC ĐÍCH\n…\n{block}\nPHỤ LỤC 1"
    assert infer_metadata(text, doc_id="q", file_name="q.txt").signer == signer


def test_a_count_in_total_and_in_a_state_gives_both(report_assistant):
    """"how many in total, and how many still in progress": the rows before the state filter are
    counted first, then those in the state."""
    a = report_assistant.answer("Of the tasks in the progress report of Công văn 215, how many are there in total and how many are overdue?")
    assert a.found, a.answer
    heads = [line for line in a.answer.splitlines() if "Phụ lục 1" in line and ": " in line and "task" in line]
    assert len(heads) == 2 and ": 6 tasks" in heads[0] and ": 2 tasks" in heads[1], a.answer
