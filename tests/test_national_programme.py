"""A national programme laid out as real ones are: an appendix whose group column is merged down over the
activities of each group (Markdown gives the merged cell once, then empty cells), activities marked "+",
periods that are durations or "thường xuyên", and targets stated in the text, beside a provincial plan
with year columns. Asked in English and Vietnamese, in words of the asker's own. Real ingest of two small
Markdown documents."""

import pytest

from tests.conftest import assistant_over

PROGRAMME = """THỦ TƯỚNG CHÍNH PHỦ
Số: 555/QĐ-TTg

# QUYẾT ĐỊNH

**Phê duyệt Chương trình quốc gia phát triển điện sinh khối đến năm 2030**

## 1. Mục tiêu

Đến năm 2025, tổng công suất điện sinh khối đạt 1.200 MW; đến năm 2030 đạt 2.700 MW.

Tín chỉ các-bon từ dự án điện sinh khối được giao dịch theo cơ chế tại Điều 6 Thỏa thuận Paris.

## 2. Tổ chức thực hiện

Bộ Công Thương chủ trì, phối hợp với các bộ, ngành tổ chức triển khai Chương trình.

Bộ Tài chính bố trí kinh phí thực hiện Chương trình theo quy định.

## Phụ lục

**DANH MỤC HOẠT ĐỘNG CỦA CHƯƠNG TRÌNH**

| TT | Nhóm hoạt động | Hoạt động | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|---|---|
| a) | Nhóm hoạt động về thể chế |
| - | Hoàn thiện khung pháp lý cho điện sinh khối | + Xây dựng Nghị định của Chính phủ về cơ chế giá điện sinh khối. | Bộ Công Thương | Bộ Tài chính, Bộ Tư pháp | 2025 |
|  |  | + Lập phương án chi tiết thí điểm đấu nối lưới điện cho nhà máy sinh khối. | Tập đoàn Điện lực Việt Nam | Bộ Công Thương | Trong 06 tháng kể từ khi Nghị định có hiệu lực |
|  |  | + Rà soát quy chuẩn kỹ thuật lò hơi đốt sinh khối. | Bộ Khoa học và Công nghệ | Bộ Công Thương | Thực hiện thường xuyên, liên tục |
| b) | Nhóm hoạt động về tài chính và hạ tầng |
| - | Huy động nguồn lực | + Nghiên cứu cơ chế tín dụng xanh cho dự án điện sinh khối. | Ngân hàng Nhà nước Việt Nam | Bộ Tài chính | 2026 - 2027 |
|  |  | + Thành lập quỹ hỗ trợ chuyển đổi nhiên liệu cho nhà máy nhiệt điện. | Bộ Tài chính | Bộ Công Thương | 2027 |
|  |  | + Quy hoạch tuyến vận chuyển phụ phẩm nông nghiệp đến nhà máy. | Bộ Giao thông vận tải | Ủy ban nhân dân các tỉnh | 2026 |
"""

PLAN = """ỦY BAN NHÂN DÂN TỈNH BẠCH LONG
Số: 12/KH-UBND

# KẾ HOẠCH

**Chuyển đổi số tỉnh Bạch Long năm 2026**

## Phụ lục I

**CHỈ TIÊU CHUYỂN ĐỔI SỐ**

| TT | Tên chỉ tiêu | Năm 2026 | Năm 2030 | Đơn vị chủ trì |
|---|---|---|---|---|
| 1 | Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến | 80% | 100% | Văn phòng UBND tỉnh |
| 2 | Tỷ lệ dân số trưởng thành có chữ ký số cá nhân | 50% | 80% | Sở Khoa học và Công nghệ |
"""


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-555-ttg.md": PROGRAMME, "kh-12-bachlong-2026.md": PLAN})


def test_each_activity_under_a_merged_group_cell_is_a_row_of_its_own(both):
    rows = [r for r in both.store.rows() if r.doc_id == "qd-555-ttg"]
    assert len(rows) == 6, [r.fields.get("content") for r in rows]
    grid = next(r for r in rows if "đấu nối lưới điện" in r.fields.get("content", ""))
    assert grid.fields.get("lead") == "Tập đoàn Điện lực Việt Nam", grid.fields
    assert grid.fields.get("deadline", "").startswith("Trong 06 tháng"), grid.fields
    # the merged cell is the activities' group, under the lettered group above it
    assert any("Hoàn thiện khung pháp lý" in g for g in grid.group), grid.group
    assert any("thể chế" in g for g in grid.group), grid.group
    assert "Bộ Tư pháp" not in str(grid.fields.get("coordinating")), grid.fields


@pytest.mark.parametrize("question", [
    "How much time is allowed for the detailed plan to pilot connecting biomass plants to the grid?",
    "Phương án chi tiết thí điểm đấu nối lưới điện phải lập trong bao lâu?",
])
def test_a_duration_asked_is_the_period_column(both, question):
    answer = both.answer(question)
    assert answer.found, answer.answer
    assert "Trong 06 tháng" in answer.answer, answer.answer


def test_how_much_time_asks_when_not_how_much():
    from assistant.understanding import parse_question

    fields = parse_question("How much time is allowed for the detailed plan?").fields
    assert "deadline" in fields and "targets" not in fields, fields
    assert "targets" in parse_question("How much is the 2030 target?").fields


def test_activities_led_by_a_ministry_are_its_rows_only(both):
    answer = both.answer("Which activities of the biomass power programme does the Ministry of Finance lead?")
    assert answer.found, answer.answer
    assert "quỹ hỗ trợ chuyển đổi nhiên liệu" in answer.answer, answer.answer
    assert "tín dụng xanh" not in answer.answer, answer.answer  # Bộ Tài chính only coordinates it


@pytest.mark.parametrize("question", [
    "What role does the Ministry of Health play in the biomass power programme?",
    "Which activities of the biomass power programme are assigned to the Ministry of Education and Training?",
])
def test_a_ministry_the_programme_never_names_abstains(both, question):
    answer = both.answer(question)
    assert not answer.found, answer.answer
    assert "Bộ Giao thông vận tải" not in answer.answer, answer.answer  # not read as another "Bộ Giao…"


def test_a_plan_named_by_its_topic_in_english():
    from assistant.understanding import _named_by_english_title, parse_question
    from ingest.records import DocumentInfo

    docs = [DocumentInfo(doc_id="qd-232", title="Phê duyệt Đề án thành lập và phát triển thị trường các-bon tại Việt Nam",
                         file="a.md", sha256="a"),
            DocumentInfo(doc_id="kh-12", title="Kế hoạch Chuyển đổi số tỉnh Bạch Long năm 2026", file="b.md", sha256="b")]
    assert _named_by_english_title(parse_question("Who steers the carbon market scheme?"), docs) == ["qd-232"]
    assert _named_by_english_title(parse_question("What does the carbon-market decision say about audits?"), docs) == ["qd-232"]
    # words every title holds name no one plan
    assert _named_by_english_title(parse_question("What does the national programme say?"), docs) == []


def test_ongoing_activities_are_those_carried_out_regularly_where_no_column_says_progress(both):
    answer = both.answer("Which appendix activities of the biomass power programme are ongoing, carried out regularly and continuously?")
    assert answer.found, answer.answer
    assert "lò hơi" in answer.answer and "tín dụng xanh" not in answer.answer, answer.answer


def test_a_thing_no_plan_speaks_of_abstains_though_its_words_are_common(both):
    answer = both.answer("How much forest cover does the Bạch Long 2026 digital transformation plan target?")
    assert not answer.found, answer.answer
    assert "forest cover" in answer.answer, answer.answer


def test_a_number_that_names_an_article_is_no_figure(both):
    answer = both.answer("What is the carbon credit trading volume target of the biomass power programme?")
    assert not answer.found, answer.answer


def test_a_target_stated_in_the_text_is_found_beside_plans_with_year_columns(both):
    answer = both.answer("What total biomass power capacity should be reached by 2030?")
    assert answer.found, answer.answer
    assert "2.700 MW" in answer.answer, answer.answer


def test_carbon_is_read_as_the_plans_print_it():
    from assistant.glossary import translations

    assert any("các-bon" in vi for _, vi in translations("the carbon market"))


def test_a_part_of_the_text_named_by_its_heading_answers_from_that_part(both):
    answer = both.answer("Bộ Tài chính có trách nhiệm gì theo phần tổ chức thực hiện?")
    assert answer.found, answer.answer
    assert "bố trí kinh phí" in answer.answer, answer.answer
    assert "quỹ hỗ trợ" not in answer.answer, answer.answer  # its appendix row is not what that part says


@pytest.mark.parametrize("question, found, said", [
    ("Trong phụ lục Chương trình điện sinh khối, Ngân hàng Nhà nước Việt Nam chủ trì hoạt động nào?", True, "tín dụng xanh"),
    ("Trong phụ lục Chương trình điện sinh khối, Bộ Tư pháp chủ trì hoạt động nào?", False, "Bộ Tư pháp"),
])
def test_which_activity_a_body_leads_is_read_from_the_lead_column(both, question, found, said):
    answer = both.answer(question)
    assert answer.found is found, answer.answer
    assert said in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Which activities of the biomass power programme are not led by the Ministry of Industry and Trade?",
    "Những hoạt động nào trong phụ lục Chương trình điện sinh khối không do Bộ Công Thương chủ trì?",
])
def test_rows_of_bodies_other_than_those_set_aside(both, question):
    answer = both.answer(question)
    assert answer.found, answer.answer
    assert "tín dụng xanh" in answer.answer and "quỹ hỗ trợ" in answer.answer, answer.answer
    assert "cơ chế giá điện" not in answer.answer, answer.answer  # Bộ Công Thương leads it


def test_two_groups_compared_by_their_size(both):
    answer = both.answer("In the biomass power programme's appendix, which group is bigger: the one on institutions or the one on finance and infrastructure?")
    assert answer.found, answer.answer
    first = answer.answer.splitlines()[0]
    assert ": 3;" in first and ": 3 —" in first, answer.answer  # three activities each


def test_a_long_result_cell_quotes_every_figure_when_a_figure_is_asked():
    from assistant.compose import LONG_CELL, other_cells
    from assistant.understanding import parse_question
    from ingest.records import TableRow

    result = ("- Ít nhất 250 tiểu giáo viên về hệ thống được đào tạo (kiểm lâm, hải quan, cảnh sát môi trường, quản lý thị "
              "trường, hiệp hội). - Ít nhất 5.000 lượt người được tập huấn về hệ thống (kiểm lâm, hải quan, biên phòng, "
              "doanh nghiệp, chính quyền địa phương).")
    assert len(result) > LONG_CELL
    row = TableRow(row_id="r", doc_id="d", appendix="Phụ lục", kind="task", fields={"content": "Tăng cường năng lực"},
                   columns={"Hoạt động": "Tăng cường năng lực", "Đầu ra chủ yếu": result}, text=result)
    intent = parse_question("How many trainers are to be trained, and how many people attend the courses?")
    intent.terms = ["dao_tao", "tap_huan"][:1]  # the words the question shares with the first sentence only
    cells = " ".join(other_cells(row, intent, shown=""))
    assert "250 tiểu giáo viên" in cells and "5.000 lượt người" in cells, cells


def test_a_scheme_named_alone_is_the_one_scheme_held():
    from assistant.understanding import parse_question, resolve_documents
    from ingest.records import DocumentInfo

    docs = [DocumentInfo(doc_id="qd-232", title="Quyết định phê duyệt Đề án thành lập và phát triển thị trường các-bon",
                         file="a.md", sha256="a"),
            DocumentInfo(doc_id="kh-12", title="Kế hoạch Chuyển đổi số tỉnh Bạch Long năm 2026", file="b.md", sha256="b")]
    assert resolve_documents(parse_question("What did the scheme aim to achieve before June 2025?"), docs)[0] == ["qd-232"]
    assert resolve_documents(parse_question("Đề án này đặt mục tiêu gì trước tháng 6 năm 2025?"), docs)[0] == ["qd-232"]


def test_a_passage_is_read_with_the_heading_it_stands_under():
    from assistant.scoring import passage_text
    from ingest.records import Chunk

    chunk = Chunk(chunk_id="c", doc_id="d", kind="text", section_path=["6. Lộ trình", "a) Giai đoạn thí điểm từ năm 2025"],
                  text="Hạn ngạch được phân bổ miễn phí.", source_text="Hạn ngạch được phân bổ miễn phí.", locator="a)")
    assert "thí điểm" in passage_text(chunk)


def test_a_bullet_naming_a_body_heads_its_duties_and_a_bullet_of_common_words_does_not():
    from ingest.parsing import parse_document

    text = ("# QUYẾT ĐỊNH\n\n## 2. Tổ chức thực hiện\n\n- Vụ Tài chính:\n\n- Bố trí kinh phí thực hiện Chương trình.\n\n"
            "- Trường hợp phát sinh vướng mắc:\n\n- Báo cáo Bộ trưởng để xem xét.\n")
    parsed = parse_document(text, doc_id="d", file_name="d.md", sha256="x", manifest_entry=None, line_pages=None)
    paths = [s.path for s in parsed.sections if "kinh phí" in s.text]
    assert paths and paths[0][-1] == "Vụ Tài chính", paths
    assert not any(p and p[-1].startswith("Trường hợp") for p in (s.path for s in parsed.sections))


def test_a_title_ends_at_the_first_numbered_heading_under_it():
    from ingest.parsing.metadata import infer_metadata

    text = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 88/QĐ-BNNMT\nQUYẾT ĐỊNH\nPhê duyệt Chương trình chuyển đổi số ngành thủy sản\n"
            "1. Mục tiêu\nĐến năm 2027, 70% cơ sở nuôi trồng được cấp mã số vùng nuôi điện tử.\n")
    info = infer_metadata(text, doc_id="d", file_name="d.pdf")
    assert info.title == "Quyết định Phê duyệt Chương trình chuyển đổi số ngành thủy sản", info.title


def test_counting_the_groups_of_an_appendix_names_each_level_of_them(both):
    a = both.answer("Phụ lục của Chương trình có bao nhiêu nhóm hoạt động (kể cả nhóm con)?")
    assert a.found, a.answer
    # the lettered groups and the groups merged down under them, each level counted
    assert "2 nhóm" in a.answer and "Hoàn thiện khung pháp lý cho điện sinh khối" in a.answer \
        and "Huy động nguồn lực" in a.answer, a.answer
