"""How a question is read: English names kept whole, the noun "list", a plan named by its title,
the value a budget or "who" question asks for."""

from __future__ import annotations

import pytest

from assistant.compose import has_asked_value
from assistant.glossary import translations, untranslated_words
from assistant.service import _AGENCY_NAMED, _asked_value
from assistant.understanding import note_title_naming, parse_question
from ingest.records import DocumentInfo, TableRow

PLAN_2025 = DocumentInfo(doc_id="plan-2025", file="plan-2025.txt", title="Kế hoạch Chuyển đổi số năm 2025 trên địa bàn tỉnh Thanh Hóa",
                         date="2024-12-31")


def _vietnamese(question: str) -> list[str]:
    return [vi for _, vi in translations(question)]


def test_words_inside_a_body_name_are_not_translated_one_by_one():
    q = "How often does the Department of Information and Communications report to the provincial People's Committee?"
    said = _vietnamese(q)
    assert "sở thông tin và truyền thông" in said
    assert any("ủy ban nhân dân" in vi for vi in said)
    # "people" of People's Committee is not "người dân", "department" of the name is not "phòng"
    assert "người dân" not in said
    assert not any("phòng" in vi for vi in said)
    assert untranslated_words(q) == []


def test_parts_of_a_domain_phrase_still_count():
    said = _vietnamese("What target is set for electronic health records?")
    assert "y tế" in said and "điện tử" in said


def test_people_outside_a_name_is_translated():
    assert "người dân" in _vietnamese("How many people use online public services?")


@pytest.mark.parametrize("question", ["List the tasks led by Sở Y tế", "Please list all indicators of group A",
                                      "Can you list the tasks due in 2027?", "List the BXD programme tasks due in Q4 2027.",
                                      "Which of Phu Van hospital's digital tasks have to be finished in Q2 2028?"])
def test_list_as_a_request_lists_rows(question):
    assert parse_question(question).aggregation == "list"


def test_the_noun_list_is_not_a_request():
    intent = parse_question("When are the two cyber drills scheduled in Đắk Linh's 2027 task list, and what is their budget?")
    assert intent.aggregation is None


@pytest.mark.parametrize("question", ["Các đơn vị gửi báo cáo về Cục CNTT vào những thời điểm nào?",
                                      "Nhiệm vụ này hoàn thành vào tháng nào?", "In which quarter is the survey due?"])
def test_when_asked_in_other_words(question):
    assert "deadline" in parse_question(question).fields


def test_a_plan_named_by_its_title_words_in_english():
    intent = parse_question("In the 2025 provincial digital transformation plan, what minimum share of applications should be fully online?")
    assert note_title_naming(intent, [PLAN_2025]) is PLAN_2025
    assert intent.naming and "digital transformation" in intent.naming[0]
    # the name leaves what is searched for: its Vietnamese would match every passage of the plan
    assert "chuyển đổi số" not in intent.search_text
    assert "toàn trình" in intent.search_text


def test_a_plan_named_by_its_title_words_in_vietnamese():
    intent = parse_question("Kế hoạch chuyển đổi số năm 2025 trên địa bàn tỉnh giao bao nhiêu chỉ tiêu?")
    assert note_title_naming(intent, [PLAN_2025]) is PLAN_2025


@pytest.mark.parametrize("question", ["What does the 2025 plan say about 5G?",  # a year alone: named by year elsewhere
                                      "What is the target of the health insurance plan?",  # words not in this title
                                      "Kế hoạch giao Sở Y tế chủ trì những nhiệm vụ nào?"])
def test_not_named_by_title(question):
    intent = parse_question(question)
    assert note_title_naming(intent, [PLAN_2025]) is None
    assert intent.naming == []


def _row(**fields: str) -> TableRow:
    base = {"number": "11", "content": "Tỉ lệ thanh toán trực tuyến", "lead": "Trung tâm PVHCC", **fields}
    return TableRow(row_id="r11", doc_id="plan", appendix="Phụ lục I", kind="indicator", number="11", fields=base,
                    columns=dict(base), text=" | ".join(base.values()), locator="Phụ lục I, chỉ tiêu 11")


def test_a_budget_question_wants_money():
    intent = parse_question("How many billion dong does the plan allocate for online payment?")
    assert "budget" in intent.fields
    assert not has_asked_value(_row(targets="80%"), intent)  # a share is not an amount
    assert has_asked_value(_row(budget="1.100"), intent)
    assert has_asked_value(_row(result="Bố trí 5 tỷ đồng"), intent)


def test_a_who_question_wants_a_body_named_in_a_sentence():
    wants = _asked_value(parse_question("Who heads the provincial steering committee?"))
    assert wants is _AGENCY_NAMED
    assert wants.search("do đồng chí Bí thư Tỉnh ủy là Trưởng ban, Văn phòng Tỉnh ủy là Cơ quan Thường trực")
    assert wants.search("Sở Y tế chủ trì")
    assert not wants.search("Ban hành kế hoạch và bộ chỉ số đánh giá")


def test_a_budget_topic_asks_no_amount():
    # "the task on budget reserves": who leads it, not how much money
    intent = parse_question("Which department advises on budget reserves for urgent digital transformation needs?")
    assert "budget" in intent.fields
    assert has_asked_value(_row(), intent)


YEARLY_PLAN = """ỦY BAN NHÂN DÂN TỈNH LÂM HÀ

Số: 58/KH-UBND

# KẾ HOẠCH Chuyển đổi số tỉnh Lâm Hà năm 2027

## I. MỤC TIÊU

### 1. Mục tiêu chung

Phát triển chính quyền số, kinh tế số và xã hội số của tỉnh.

### 2. Mục tiêu cụ thể

- Về dữ liệu số: tối thiểu 80% cơ sở dữ liệu chuyên ngành được kết nối với kho dữ liệu dùng chung của tỉnh.
- Về nhân lực số: 100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số cơ bản.

## II. TỔ CHỨC THỰC HIỆN

Sở Khoa học và Công nghệ theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
"""


@pytest.fixture(scope="module")
def yearly_plan_assistant(tmp_path_factory):
    from assistant import Assistant
    from ingest.pipeline import ingest_paths
    from ingest.settings import Settings
    from ingest.store import IndexStore

    docs = tmp_path_factory.mktemp("docs")
    (docs / "2027-plan_lam-ha.md").write_text(YEARLY_PLAN, encoding="utf-8")
    settings = Settings(data_dir=tmp_path_factory.mktemp("idx"), corpus_dir=docs, llm_provider="none")
    store = IndexStore(settings)
    assert ingest_paths(None, settings=settings, store=store).documents == 1
    return Assistant(settings, store=store)


@pytest.mark.slow
def test_a_yearly_plans_objectives_are_that_years_targets(yearly_plan_assistant):
    # the sentence says no year: the plan "năm 2027" sets it for 2027
    a = yearly_plan_assistant.answer("Mục tiêu năm 2027 là bao nhiêu phần trăm cơ sở dữ liệu chuyên ngành được kết nối với kho dữ liệu dùng chung?")
    assert a.found and "80%" in a.answer, a.answer
    # another year is not the plan's: its objectives say nothing of 2028
    b = yearly_plan_assistant.answer("Mục tiêu năm 2028 là bao nhiêu phần trăm cơ sở dữ liệu chuyên ngành được kết nối với kho dữ liệu dùng chung?")
    assert not b.found, b.answer


def test_a_year_the_status_column_is_labelled_with_is_answered_by_it():
    from assistant.compose import row_statement, status_years
    from assistant.evidence import RowHit

    row = _row(status="89%", status_label="Ước thực hiện 2026")
    row.fields["targets"] = {"2027": "≥ 92%"}
    assert status_years(row) == {"2026"}
    intent = parse_question("Năm 2026 tỷ lệ thanh toán trực tuyến ước đạt bao nhiêu?")
    assert intent.target_years == ["2026"]
    assert has_asked_value(row, intent)
    text, missing = row_statement(RowHit(row, 1.0), intent, None, 1, "vi")
    assert "Ước thực hiện 2026: 89%" in text and missing == []
    # a year neither column gives stays missing
    other = parse_question("Năm 2030 tỷ lệ thanh toán trực tuyến đạt bao nhiêu?")
    assert not has_asked_value(row, other)


@pytest.mark.parametrize(("question", "gone", "kept"), [
    # "responsible" asks who leads: its "trách nhiệm" is no topic ("trách nhiệm người đứng đầu" is another task)
    ("Who is responsible for setting up the national data committee?", {"trach_nhiem", "trach"}, {"uy_ban", "du_lieu"}),
    ("Who monitors the share of online dossiers?", {"giam_sat"}, {"ho_so"}),
])
def test_words_that_ask_who_are_no_topic(question, gone, kept):
    from assistant.evidence import content_terms
    from assistant.service import Assistant

    intent = parse_question(question)
    terms = content_terms(" ".join([question, *_vietnamese(question)]))
    assert gone <= terms and kept <= terms  # the translations gave them
    left = Assistant._without_asking_words(intent, set(terms))
    assert not gone & left and kept <= left, sorted(left)


def test_a_topic_word_that_is_also_an_asking_word_stays_when_said_as_the_topic():
    from assistant.evidence import content_terms
    from assistant.service import Assistant

    q = "Who is responsible for the task on the responsibility of heads of agencies?"
    terms = content_terms(" ".join([q, *_vietnamese(q)]))
    assert "trach_nhiem" in Assistant._without_asking_words(parse_question(q), set(terms))


@pytest.mark.parametrize(("question", "vietnamese"), [
    ("What is the baseline for cashless parking?", "bãi đỗ xe"),
    ("How many traffic lights will be upgraded?", "đèn tín hiệu giao thông"),
    ("Who handles the flood warning sensors?", "ngập úng"),
    ("What share of GRDP comes from the digital economy?", "tỷ trọng"),
])
def test_everyday_words_of_city_plans_are_translated(question, vietnamese):
    """The glossary covers the ordinary words of a city's plan, not only those of the bundled five."""
    assert any(vietnamese in vi for vi in _vietnamese(question)), _vietnamese(question)


@pytest.mark.parametrize("question, quarter", [("tasks due Q2-2028", "2/2028"), ("tasks due in Q4 2027", "4/2027"),
                                               ("nhiệm vụ hạn quý III/2027", "3/2027")])
def test_quarters_in_their_written_forms(question, quarter):
    assert parse_question(question).quarters == [quarter]


def test_what_a_plan_aims_for_is_a_target():
    assert "targets" in parse_question("What waiting time does the hospital aim for in 2029?").fields


@pytest.mark.parametrize("question", ["Which Sở leads the tasks on data?", "Which department leads the indicator on 5G?"])
def test_asking_who_leads_rows_is_no_list_of_rows(question):
    assert parse_question(question).aggregation is None


def test_a_plan_named_by_its_sector():
    from assistant.service import _PLAN_OF_SECTOR

    m = _PLAN_OF_SECTOR.search("Kế hoạch chuyển đổi số ngành giáo dục tỉnh Nam Khê đặt chỉ tiêu học bạ số bao nhiêu?")
    assert m and m.group(1) == "giáo dục"
    # a sector spoken of inside a plan named otherwise names no plan
    assert _PLAN_OF_SECTOR.search("Theo Kế hoạch 275, ngành giáo dục phải làm gì?") is None


def test_a_count_of_things_is_not_answered_by_a_rate():
    from assistant.service import _states_a_figure
    from assistant.understanding import parse_question
    from ingest.records import TableRow

    row = TableRow(row_id="i1", doc_id="p", appendix="Phụ lục I", kind="indicator", number="1",
                   fields={"content": "Tỉ lệ phủ sóng 5G trên địa bàn", "targets": {"2026": "60%"}},
                   columns={"Nội dung": "Tỉ lệ phủ sóng 5G trên địa bàn", "Năm 2026": "60%"}, text="1 | Tỉ lệ phủ sóng 5G | 60%")
    assert not _states_a_figure(row, parse_question("How many 5G base stations will be added in 2026?"))
    assert _states_a_figure(row, parse_question("What share of the province should 5G cover in 2026?"))
    assert _states_a_figure(row, parse_question("Chỉ tiêu phủ sóng 5G năm 2026 là bao nhiêu và ai theo dõi?"))


def test_communes_and_wards_named_by_their_unit_word():
    from assistant.glossary import local_units_named

    assert local_units_named("How many tasks does the commune police lead in the Van Khe commune plan?") == ["Van Khe"]
    assert local_units_named("Kế hoạch của xã Vân Khê có bao nhiêu chỉ tiêu?") == ["Vân Khê"]
    assert local_units_named("Which city leads the most tasks?") == []
    # "cấp xã được …", "đến cấp xã đến năm 2025": the level, not a commune's name
    assert local_units_named("KH 285 yêu cầu bao nhiêu đơn vị cấp xã được kết nối với mạng?") == []
    assert local_units_named("phủ hệ thống cáp quang đến cấp xã đến năm 2025?") == []


def test_a_stage_of_a_plan_names_no_plan_of_its_years():
    from assistant.understanding import parse_question

    # "does the 2031-2035 stage plan to test …": a stage of the plan asked about ("plan" the verb), not a
    # plan of 2035 — no plan of those years in reach is no reason to abstain
    assert parse_question("Which new business models does the 2031-2035 stage plan to test?").plan_years == []
    assert parse_question("What does the 2027 plan say about AI?").plan_years == ["2027"]


@pytest.mark.parametrize("question, fact", [
    ("Nghị quyết 394 được ban hành ngày nào?", "date"),
    ("When was Plan 275 issued?", "date"),
    # a question that gives a whole date asks what bears it (the laws of that date), not the plan's date
    ("Nghị quyết căn cứ vào những luật nào ban hành ngày 18/02/2025?", None),
    ("Những văn bản nào ban hành ngày 18 tháng 02 năm 2025 được viện dẫn?", None),
])
def test_a_question_giving_a_whole_date_does_not_ask_the_plans_date(question, fact):
    assert parse_question(question).meta == fact


@pytest.mark.parametrize("question, coordinating", [
    ("Which body leads the roll-out of the electronic health book, and which agencies work with it?", True),
    ("Who is responsible for the forest-protection mechanism, and which forces assist?", True),
    ("Which departments cooperate with the Department of Health on the health records?", True),
    ("Which body leads the pilot of the AI assistant for public services?", False),  # an assistant, no partner
    ("Who leads the work on the provincial data centre?", False),  # work, not working with anyone
    ("Who leads the work with the World Bank on funding?", False),
    ("Which unit leads assisting poor households?", False),
])
def test_partners_asked_in_other_words(question, coordinating):
    assert ("coordinating" in parse_question(question).fields) is coordinating


@pytest.mark.parametrize("question, numbers", [
    ("Điểm quan trắc số 7 trong Phụ lục I đặt ở đâu?", ["7"]),
    ("Where is monitoring point no. 7 in Annex I?", ["7"]),
    ("Cơ sở số 12 tại phụ lục II có công suất bao nhiêu?", ["12"]),
    ("Có bao nhiêu điểm quan trắc trong Phụ lục I?", []),
    ("Kế hoạch số 41 năm 2026 có mấy phụ lục?", []),
])
def test_a_row_of_an_appendix_by_its_number_whatever_its_rows_are_called(question, numbers):
    assert parse_question(question).numbers == numbers
