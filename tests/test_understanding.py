"""Question understanding in Vietnamese and English (fast: no model, no index).

``parse_question`` / ``detect_language`` / ``resolve_documents`` from assistant.understanding;
document records are built here from corpus/manifest.json (what an index would hold).
"""

from __future__ import annotations

import json

import pytest

from assistant.glossary import find_agencies
from assistant.understanding import detect_language, parse_question, resolve_documents
from ingest.records import DocumentInfo
from ingest.settings import PROJECT_ROOT

PLAN26 = "2026-plan_kh-275-ubnd"
PLAN25 = "2025-plan_ubnd"
CTR06 = "2022-program_qd-176-ubnd_nq-06"
KH266 = "2025-action-plan_kh-266-tu_nq-57"
KH285 = "2025-plan_kh-285-tu_kh-02"
ALL = {PLAN26, PLAN25, CTR06, KH266, KH285}


@pytest.fixture(scope="module")
def docs() -> list[DocumentInfo]:
    data = json.loads((PROJECT_ROOT / "corpus" / "manifest.json").read_text(encoding="utf-8"))
    out = [
        DocumentInfo(
            doc_id=d["file"].rsplit(".", 1)[0], file=d["file"], title=d["title"], number=d["number"],
            date=d["date"], issuer=d["issuer"], signer=d["signer"], metadata_source="manifest",
        )
        for d in data["documents"]
    ]
    assert {d.doc_id for d in out} == ALL
    return out


# ============================================================ row numbers and parts


@pytest.mark.parametrize(
    ("question", "numbers", "kind"),
    [
        ("chỉ tiêu 18 do cơ quan nào chủ trì?", ["18"], "indicator"),
        ("Chỉ tiêu số 20 trong Phụ lục I có mục tiêu bao nhiêu?", ["20"], "indicator"),
        ("Who leads indicator 18, and what is the target?", ["18"], "indicator"),
        ("indicator 18,", ["18"], "indicator"),
        ("Who leads task 4.5.3?", ["4.5.3"], "task"),
        ("Chỉ tiêu 1.6 đến năm 2025 do ai chủ trì?", ["1.6"], "indicator"),
        ("Who is the lead agency of project 12 in Phụ lục 02?", ["12"], "task"),
    ],
)
def test_row_numbers(question, numbers, kind):
    intent = parse_question(question)
    assert intent.numbers == numbers
    assert intent.number_kind == kind


def test_task_number_with_part():
    intent = parse_question("nhiệm vụ 3 phần II do cơ quan nào chủ trì?")
    assert intent.numbers == ["3"] and intent.part == "II" and intent.number_kind == "task"
    assert parse_question("Who leads task 3 in part II?").part == "II"


def test_appendix_reference():
    assert parse_question("Chỉ tiêu 27 của Phụ lục 01 giao cho ai?").appendix == "01"
    assert parse_question("Which tasks in Appendix III does the police lead?").appendix == "III"


@pytest.mark.parametrize(
    "question",
    [
        "Nghị quyết 06-NQ/TU đặt mục tiêu gì về kinh tế số?",
        "Theo Chương trình hành động thực hiện NQ 06-NQ/TU, ai chủ trì camera giám sát?",
        "Chương trình hành động 06 có bao nhiêu nhiệm vụ?",
        "Kế hoạch hành động 06 do ai chủ trì?",
        "Under Plan 285-KH/TU, what is due in July?",
        "What does Decision 176/QĐ-UBND say about 5G?",
        "Which decision governs the steering committee on digital transformation and Project 06?",
        "What did công văn 402 ask for?",
    ],
)
def test_document_codes_are_not_row_numbers(question):
    assert parse_question(question).numbers == []


def test_document_codes_are_recorded():
    assert "6" in parse_question("Nghị quyết 06-NQ/TU đặt mục tiêu gì?").doc_codes
    assert parse_question("Who is the lead unit for task 65 in the annex of Plan 285-KH/TU?").doc_codes == ["285"]
    intent = parse_question("Who leads task 5 of KH 266?")
    assert intent.doc_codes == ["266"] and intent.numbers == ["5"]
    # any kind of document, its number before or after the kind
    assert parse_question("Who signed công văn 402?").doc_codes == ["402"]
    assert parse_question("In the 402 report, which tasks are overdue?").doc_codes == ["402"]
    assert parse_question("Theo văn bản số 402-CV/VPĐU, ai ký?").doc_codes == ["402"]


# ============================================================ years and months


def test_target_year_vs_document_year():
    t = parse_question("What is the 2026 target for indicator 18?")
    assert t.target_years == ["2026"] and t.doc_years == []
    d = parse_question("Kế hoạch chuyển đổi số năm 2026 giao chỉ tiêu gì về 5G?")
    assert d.doc_years == ["2026"] and d.target_years == []
    both = parse_question("In the 2025 plan, what is the 2030 target of indicator 3?")
    assert both.doc_years == ["2025"] and both.target_years == ["2030"]


def test_dates_are_not_target_years():
    intent = parse_question("Nghị quyết số 06-NQ/TU ngày 10/11/2021 đặt chỉ tiêu gì cho năm 2030?")
    assert intent.target_years == ["2030"]


@pytest.mark.parametrize(
    ("question", "month"),
    [
        ("Những nhiệm vụ nào hoàn thành trong tháng 6/2026?", "6/2026"),
        ("Nhiệm vụ nào có thời hạn tháng 06/2026?", "6/2026"),
        ("Which tasks are due in June 2026?", "6/2026"),
        ("Which tasks must be completed by December 2026?", "12/2026"),
    ],
)
def test_months(question, month):
    intent = parse_question(question)
    assert intent.months == [month]
    assert month.split("/")[1] not in intent.target_years


def test_target_year_kept_when_a_month_of_the_same_year_is_named():
    vi = parse_question("Chỉ tiêu 7 của KH 266: hiện trạng tháng 3/2025 và chỉ tiêu năm 2025?")
    assert vi.months == ["3/2025"]
    assert vi.target_years == ["2025"]


# ============================================================ fields asked


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("Chỉ tiêu 18 do cơ quan nào chủ trì?", "lead"),
        ("Who leads indicator 18?", "lead"),
        ("Which agency is responsible for task 5?", "lead"),
        ("Cơ quan phối hợp thực hiện nhiệm vụ 65 là ai?", "coordinating"),
        ("Who coordinates task 65?", "coordinating"),
        ("Mục tiêu năm 2026 của chỉ tiêu 18 là bao nhiêu?", "targets"),
        ("What is the 2026 target for indicator 18?", "targets"),
        ("Thời hạn hoàn thành nhiệm vụ 65 là khi nào?", "deadline"),
        ("When is the deadline for task 65?", "deadline"),
        ("Hiện trạng tháng 3/2025 của chỉ tiêu 62?", "status"),
        ("What is the current status of indicator 62?", "status"),
        ("Kết quả dự kiến của nhiệm vụ 5 là gì?", "result"),
        ("What is the expected result of task 5?", "result"),
    ],
)
def test_fields_asked(question, field):
    assert field in parse_question(question).fields


def test_fields_not_asked_are_absent():
    assert parse_question("Thời hạn hoàn thành nhiệm vụ 65?").fields == ["deadline"]
    assert parse_question("What is the expected result of task 5?").fields == ["result"]
    assert "deadline" not in parse_question("Who leads indicator 18?").fields


def test_who_coordinates_asks_only_for_coordinating():
    assert parse_question("Who coordinates task 65?").fields == ["coordinating"]


# ============================================================ agencies and aliases


@pytest.mark.parametrize(
    ("question", "agency"),
    [
        ("Which tasks does the Provincial Police lead?", "Công an tỉnh"),
        ("Công an tỉnh chủ trì những nhiệm vụ nào?", "Công an tỉnh"),
        ("Sở KH&CN chủ trì những nhiệm vụ nào?", "Sở Khoa học và Công nghệ"),
        ("What does the Department of Science and Technology coordinate?", "Sở Khoa học và Công nghệ"),
        ("Which tasks does the Border Guard Command lead?", "Ban Chỉ huy Bộ đội Biên phòng"),
        # the body's kind after its field: a ministry is not the province's department of the same field
        ("How does the Home Affairs ministry carry out the task?", "Bộ Nội vụ"),
        ("Which tasks does the home affairs department lead?", "Sở Nội vụ"),
        ("Which tasks does the Finance ministry lead?", "Bộ Tài chính"),
    ],
)
def test_agencies_and_aliases(question, agency):
    assert parse_question(question).agencies == [agency]


def test_agency_alias_adds_the_vietnamese_name_to_the_search_text():
    intent = parse_question("Which tasks does the Provincial Police lead?")
    assert "Công an tỉnh" in intent.search_text
    # Overlapping aliases resolve to the longest one only.
    assert find_agencies("Sở Khoa học và Công nghệ phối hợp với Sở Nội vụ") == ["Sở Khoa học và Công nghệ", "Sở Nội vụ"]


# ============================================================ aggregation and meta questions


@pytest.mark.parametrize(
    ("question", "aggregation"),
    [
        ("How many indicators does the 2026 plan set?", "count"),
        ("Kế hoạch 275 có bao nhiêu chỉ tiêu?", "count"),
        ("Những nhiệm vụ nào hoàn thành trong tháng 6/2026?", "list"),
        ("Công an tỉnh chủ trì những nhiệm vụ nào?", "list"),
        ("Which tasks does the Provincial Police lead?", "list"),
        ("Who leads indicator 18?", None),
    ],
)
def test_aggregation(question, aggregation):
    assert parse_question(question).aggregation == aggregation


def test_a_numbered_question_is_not_an_aggregation():
    assert parse_question("How many percent is the 2026 target of indicator 18?").aggregation is None


def test_signer_questions():
    assert parse_question("Who signed the 2026 plan?").meta == "signer"
    assert parse_question("Ai ký Kế hoạch 275?").meta == "signer"


def test_signer_question_ending_with_question_mark():
    assert parse_question("Kế hoạch 275 do ai ký?").meta == "signer"


@pytest.mark.parametrize("question, meta", [
    ("Kế hoạch 275 ban hành ngày nào?", "date"),
    ("When was the 2026 plan issued?", "date"),
    ("Quyết định 1875 ký ngày nào?", "date"),
    ("Ngày ban hành của chương trình là ngày nào?", "date"),
    ("Số hiệu của kế hoạch chuyển đổi số năm 2026 là gì?", "number"),
    ("What is the document number of the health programme?", "number"),
    # a task that issues something, or a row's deadline: not the plan's own date
    ("Khi nào ban hành quy chế quản lý dữ liệu?", None),
    ("When is task 5 of Plan 275 due?", None),
    ("Nhiệm vụ 3 của Kế hoạch 266 ban hành khi nào?", None),
    ("Chỉ tiêu 18 là chỉ tiêu số mấy trong nhóm?", None),
    ("KH 285 được ký khi nào?", "date"),
    ("Theo Kế hoạch 285-KH/TU, Khung kiến trúc Chính quyền điện tử 2 cấp do ai ban hành và hạn khi nào?", None),
    ("Theo KH 266, các cơ quan phải báo cáo định kỳ kết quả thực hiện Kế hoạch theo các mốc thời gian nào?", None),
    ("KH 266 yêu cầu các ban, sở, ngành ban hành kế hoạch thực hiện Nghị quyết 57 trước ngày nào?", None),
    ("Theo Kế hoạch 266 việc ban hành quy chế bảo vệ dữ liệu cá nhân hoàn thành khi nào?", None),
    ("Kế hoạch này được ban hành vào ngày nào?", "date"),
])
def test_questions_about_the_document_itself(question, meta):
    assert parse_question(question).meta == meta


# ============================================================ language


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Which tasks does Công an tỉnh lead?", "en"),
        ('What does "Công an tỉnh" lead in Phụ lục II?', "en"),
        ("Who leads indicator 18 of Kế hoạch 275/KH-UBND?", "en"),
        ("indicator 18", "en"),
        ("Chỉ tiêu 18 do cơ quan nào chủ trì?", "vi"),
        ("Công an tỉnh chủ trì những nhiệm vụ nào?", "vi"),
        ("Ai chủ trì nhiệm vụ 65?", "vi"),
        # English told by its function words though a word is also Vietnamese ("AI" folds to "ai")
        ("Has the AI strategy revision been completed?", "en"),
        ("Is there any AI project in it?", "en"),
        # Vietnamese without accents keeps its syllables that are English words too ("can", "it", "ve")
        ("nhiem vu ve AI can hoan thanh khi nao", "vi"),
        ("co it nhat bao nhieu chuyen gia", "vi"),
    ],
)
def test_detect_language(question, language):
    assert detect_language(question) == language
    assert parse_question(question).language == language


def test_english_question_quoting_a_long_vietnamese_name():
    assert detect_language('Who is responsible for "Tỉ lệ phủ sóng 5G trên địa bàn"?') == "en"


def test_vietnamese_without_diacritics():
    assert detect_language("Chi tieu 18 do co quan nao chu tri?") == "vi"


# ============================================================ document resolution


def test_resolve_by_plan_number(docs):
    assert resolve_documents(parse_question("Who leads task 5 of KH 266?"), docs) == ([KH266], True)
    assert resolve_documents(parse_question("Kế hoạch 275 có bao nhiêu chỉ tiêu?"), docs) == ([PLAN26], True)
    assert resolve_documents(parse_question("Plan 285-KH/TU task 65"), docs) == ([KH285], True)


def test_resolve_by_the_act_a_plan_implements(docs):
    assert resolve_documents(parse_question("Nghị quyết 57 đặt chỉ tiêu gì về 5G?"), docs) == ([KH266], True)
    assert resolve_documents(parse_question("Resolution 57 target for 6G coverage"), docs) == ([KH266], True)
    assert resolve_documents(parse_question("Chương trình thực hiện Nghị quyết 06-NQ/TU"), docs) == ([CTR06], True)


def test_resolve_by_programme_year(docs):
    assert resolve_documents(parse_question("What does the 2022 programme say about digital economy?"), docs) == ([CTR06], True)
    assert resolve_documents(parse_question("chỉ tiêu 18 của kế hoạch năm 2026"), docs) == ([PLAN26], True)


def test_no_reference_means_all_documents_not_explicit(docs):
    cands, explicit = resolve_documents(parse_question("Who leads indicator 18?"), docs)
    assert set(cands) == ALL and explicit is False
    cands, explicit = resolve_documents(parse_question("Công an tỉnh chủ trì những nhiệm vụ nào?"), docs)
    assert set(cands) == ALL and explicit is False


def test_resolution_only_chooses_among_the_given_documents(docs):
    pool = [d for d in docs if d.doc_id != KH266]
    cands, explicit = resolve_documents(parse_question("Who leads task 5 of KH 266?"), pool)
    assert KH266 not in cands and set(cands) <= {d.doc_id for d in pool}


def test_the_2025_plan_excludes_the_2022_program_and_the_2026_plan(docs):
    cands, explicit = resolve_documents(parse_question("Who signed the province's 2025 digital transformation plan?"), docs)
    assert explicit and cands[0] == PLAN25
    assert CTR06 not in cands and PLAN26 not in cands


# ---- plans named by their province or ministry -----------------------------------------------------

_BYT = DocumentInfo(doc_id="byt", file="byt.pdf", title="Kế hoạch Chuyển đổi số ngành Y tế giai đoạn 2026–2028", issuer="Bộ Y tế")
_QT = DocumentInfo(doc_id="qt", file="qt.md", title="Kế hoạch Chuyển đổi số tỉnh Quảng Trị năm 2027", issuer="UBND tỉnh Quảng Trị")
_NA = DocumentInfo(doc_id="na", file="na.docx", title="Kế hoạch Chuyển đổi số tỉnh Nghệ An năm 2027", issuer="UBND tỉnh Nghệ An")


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Nhiệm vụ số 28 trong Phụ lục II của Bộ Y tế có thời hạn khi nào?", (["byt"], True)),
        ("In the health ministry's plan, what share of hospitals use e-records in 2027?", (["byt"], True)),
        ("Kế hoạch của tỉnh Quảng Trị giao bao nhiêu chỉ tiêu?", (["qt"], True)),
        ("What does Quang Tri target for 5G coverage?", (["qt"], True)),  # unaccented English spelling
        ("Compare Quảng Trị and Nghệ An on 5G coverage in 2027", (["qt", "na"], False)),
        ("Kế hoạch năm 2027 của Nghệ An: chỉ tiêu 5", (["na"], True)),  # the year and the place agree
    ],
)
def test_a_plan_is_named_by_its_province_or_ministry(question, expected):
    assert resolve_documents(parse_question(question), [_BYT, _QT, _NA]) == expected


def test_an_agency_of_a_sector_does_not_name_the_ministrys_plan():
    # "Sở Y tế" is a provincial department, not the Ministry of Health's plan
    cands, explicit = resolve_documents(parse_question("Sở Y tế chủ trì những chỉ tiêu nào?"), [_BYT, _QT, _NA])
    assert cands == ["byt", "qt", "na"] and not explicit


def test_counting_rows_versus_asking_a_quantity():
    rows = parse_question("How many of the 31 indicators in the 2026 plan concern digital government?")
    assert rows.aggregation == "count" and rows.over_rows
    quantity = parse_question("How many OCOP products should be on e-commerce platforms by 2027?")
    assert not quantity.over_rows


def test_the_body_that_issued_the_named_plan_is_no_agency_filter():
    from assistant.understanding import without_issuers

    assert without_issuers(["Bộ Y tế", "Cục CNTT"], [_BYT]) == ["Cục CNTT"]
    assert without_issuers(["UBND tỉnh"], [_QT]) == ["UBND tỉnh"]  # not the issuer "UBND tỉnh Quảng Trị"


def test_a_count_the_plan_prints_with_a_leading_zero_is_found():
    from assistant.service import stated_count_pattern

    pattern = stated_count_pattern(6, "chi tieu")
    assert pattern.search("chinh quyen so (08 chi tieu), kinh te so (06 chi tieu)")
    assert pattern.search("nhom kinh te so 6 chi tieu")
    assert not pattern.search("kinh te so (16 chi tieu)") and not pattern.search("(60 chi tieu)")


def test_counting_money_for_a_task_is_not_counting_tasks():
    money = parse_question("Kế hoạch năm 2027 phân bổ bao nhiêu tiền cho nhiệm vụ phủ sóng 5G?")
    assert not money.over_rows
    assert parse_question("Kế hoạch có bao nhiêu nhiệm vụ do Công an tỉnh chủ trì?").over_rows


def test_a_plan_named_by_its_year_is_where_not_what():
    from assistant.evidence import content_terms

    intent = parse_question("Trong Kế hoạch CĐS năm 2026, nhiệm vụ về Trung tâm khởi nghiệp do đơn vị nào chủ trì?")
    assert intent.doc_years == ["2026"] and "Kế hoạch" not in intent.search_text
    terms = content_terms(intent.search_text)
    assert "trung_tam" in terms and "khoi_nghiep" in terms
    assert "vu_ve" not in terms and "trong_ke" not in terms  # function-word bigrams name nothing
    assert "ti_trong" in content_terms("tỷ trọng kinh tế số")  # "trọng" folds like "trong" but is a word


def test_a_plan_named_by_its_sector_in_plain_words():
    for q in ("In the health plan, which comes first: the telemedicine circular or the records circular?",
              "Kế hoạch y tế giao bao nhiêu chỉ tiêu?"):
        assert resolve_documents(parse_question(q), [_BYT, _QT, _NA]) == (["byt"], True), q
    # a health topic in a provincial plan names no ministry
    cands, _ = resolve_documents(parse_question("What e-health records target does the Nghe An plan set?"), [_BYT, _QT, _NA])
    assert cands == ["na"]


def test_the_ministrys_plan_is_the_one_a_ministry_issued():
    q = "For the ministry's indicator on inspections done online, what are the 2026 and 2028 targets?"
    assert resolve_documents(parse_question(q), [_BYT, _QT, _NA]) == (["byt"], True)
    other = parse_question("Which tasks does the Ministry of Public Security support in the Nghe An plan?")
    assert resolve_documents(other, [_BYT, _QT, _NA])[0] == ["na"]


@pytest.mark.parametrize(("question", "named"), [
    ("So sánh tỷ lệ phủ sóng 5G trong kế hoạch năm 2025 và kế hoạch năm 2026", {PLAN25, PLAN26}),
    ("Mục tiêu đến 2030 trong chương trình 2022 so với chỉ tiêu năm 2026 trong KH 275?", {CTR06, PLAN26}),
    ("What does KH 266 and KH 285 say about data?", {KH266, KH285}),
    ("Tỷ lệ phủ sóng 5G trong kế hoạch năm 2026?", set()),  # one plan
])
def test_plans_named_one_by_one(docs, question, named):
    from assistant.understanding import plans_named_apart

    intent = parse_question(question)
    candidates, _ = resolve_documents(intent, docs)
    assert set(plans_named_apart(intent, [d for d in docs if d.doc_id in candidates])) == named


@pytest.mark.parametrize("question, live", [
    ("What will the weather be in Thanh Hóa tomorrow?", True),
    ("Thời tiết Thanh Hóa ngày mai thế nào?", True),
    ("Hôm qua tỉnh họp về chuyển đổi số những gì?", True),
    ("Chỉ tiêu 18 năm 2026 là bao nhiêu?", False),
    ("Tính đến nay đã hoàn thành bao nhiêu nhiệm vụ?", False),
])
def test_questions_about_a_day_around_now_ask_live_information(question, live):
    assert parse_question(question).live is live


def test_a_followup_keeps_its_own_instruction():
    from assistant.understanding import resolve_followup

    intent = resolve_followup(parse_question("Còn mật khẩu quản trị thì sao?"),
                          [{"role": "user", "content": "Chỉ tiêu 18 do ai chủ trì?"}])
    assert intent.instruction


@pytest.mark.parametrize("question, contact", [
    ("What phone number or e-mail address should schools use to contact the IT office?", True),
    ("Số điện thoại đường dây nóng của Sở là bao nhiêu?", True),
    ("Tỷ lệ dân số trưởng thành có điện thoại thông minh năm 2025?", False),
    ("Hệ thống thư điện tử công vụ do ai quản lý?", False),
])
def test_questions_asking_contact_details(question, contact):
    assert ("contact" in parse_question(question).fields) is contact


@pytest.mark.parametrize("question, targets", [
    ("How many indicators does the MoH digital transformation programme 2026-2030 set?", []),
    ("Chương trình chuyển đổi số ngành Y tế giai đoạn 2026 - 2030 có bao nhiêu chỉ tiêu?", []),
    ("What is the 2028 target of indicator 4 in the 2026-2030 programme?", ["2028"]),
    ("Lộ trình 2026 và 2030 của chỉ tiêu 5 là gì?", ["2026", "2030"]),
    ("What are the plan's targets for 2026 to 2028?", ["2026", "2028"]),
    ("What is the budget of the Ministry of Construction's 2026-2028 digital transformation plan?", []),
])
def test_a_plans_period_is_no_target_year(question, targets):
    assert parse_question(question).target_years == targets


def test_a_district_or_town_names_its_plan():
    from assistant.understanding import plan_names
    from ingest.records import DocumentInfo

    doc = DocumentInfo(doc_id="d", file="d.md", title="Kế hoạch Chuyển đổi số huyện Hoàng Sơn năm 2027", issuer="UBND huyện Hoàng Sơn")
    assert plan_names(doc)[0] == {"hoang son"}
    town = DocumentInfo(doc_id="t", file="t.md", title="Kế hoạch chuyển đổi số thị xã Nghi Sơn năm 2027")
    assert plan_names(town)[0] == {"nghi son"}


def test_an_institution_is_named_by_its_proper_name_without_its_kind():
    """"Tổng công ty Cảng Bắc Hà": "the Bắc Hà port programme" names it; a one-word rest names nothing."""
    from assistant.understanding import plan_names
    from ingest.records import DocumentInfo

    doc = DocumentInfo(doc_id="c", file="c.md", title="Chương trình chuyển đổi số Tổng công ty Cảng Bắc Hà giai đoạn 2026 - 2030")
    assert plan_names(doc)[0] == {"cang bac ha", "bac ha"}
    short = DocumentInfo(doc_id="s", file="s.md", title="Kế hoạch chuyển đổi số Tổng công ty Cảng Sông")
    assert plan_names(short)[0] == {"cang song"}


def test_which_decision_is_asked_not_named():
    """"được lập theo quyết định nào" asks which decision: it does not point at the one indexed
    document whose title is a decision; "theo quyết định này" does."""
    decision = DocumentInfo(doc_id="qd", file="qd.md", title="Quyết định ban hành Chương trình chuyển đổi số của Bộ Xây dựng",
                            issuer="Bộ Xây dựng")
    report = DocumentInfo(doc_id="bc", file="bc.md", title="Công văn xin ý kiến dự thảo báo cáo", issuer="Văn phòng Đảng ủy Chính phủ")
    asked = parse_question("Ban Chỉ đạo của Chính phủ được lập theo quyết định nào?")
    assert resolve_documents(asked, [decision, report]) == (["qd", "bc"], False)
    named = parse_question("Nhiệm vụ nào được giao theo quyết định này?")
    assert resolve_documents(named, [decision, report]) == (["qd"], True)


def test_a_measurements_year_names_no_plan():
    """"mức độ chuyển đổi số năm 2026" is the year of a measurement; "kế hoạch chuyển đổi số năm 2026"
    and "chuyển đổi số năm 2026" alone name a plan."""
    assert parse_question("Bộ Xây dựng xếp thứ mấy về mức độ chuyển đổi số năm 2026?").plan_years == []
    assert parse_question("Kết quả đánh giá chuyển đổi số năm 2026 của Bộ ra sao?").plan_years == []
    assert parse_question("Kế hoạch chuyển đổi số năm 2026 có bao nhiêu chỉ tiêu?").plan_years == ["2026"]
    assert parse_question("Chuyển đổi số năm 2026 có bao nhiêu chỉ tiêu?").plan_years == ["2026"]


@pytest.mark.parametrize(("question", "quarters"), [
    ("How many tasks are due in Quarter IV of 2028?", ["4/2028"]),
    ("Which tasks are due in Q2 2028?", ["2/2028"]),
    ("Which tasks are due in the third quarter of 2027?", ["3/2027"]),
])
def test_quarters_written_every_way(question, quarters):
    assert parse_question(question).quarters == quarters


def test_rows_listed_with_a_few_words_before_their_noun():
    """'which Hai Lam tasks': the plan's name between 'which' and the rows is still a listing."""
    intent = parse_question("Which Hai Lam tasks are due in Q2 2028?")
    assert (intent.aggregation, intent.over_rows) == ("list", True)
    # a value of rows asked ("what deadline do the tasks have") is no listing
    assert not parse_question("What deadline does task 5 have?").over_rows
    assert not parse_question("Which unit follows the indicator on tax returns, and what is the 2027 target?").over_rows
    assert parse_question("Which of the city's indicators does CATP lead?").over_rows


_BXD = DocumentInfo(doc_id="bxd", file="bxd.md", title="Chương trình chuyển đổi số của Bộ Xây dựng giai đoạn 2027–2029",
                    number="1187/QĐ-BXD", issuer="Bộ Xây dựng")
_QT_NUMBERED = _QT.model_copy(update={"number": "275/KH-UBND"})
_NA_NUMBERED = _NA.model_copy(update={"number": "311/KH-UBND"})


def test_a_plan_is_named_by_its_issuers_code():
    # "BXD" closes the number 1187/QĐ-BXD of one plan only; "UBND" closes many and names none
    docs = [_BXD, _QT_NUMBERED, _NA_NUMBERED]
    assert resolve_documents(parse_question("List the BXD programme tasks due in Q4 2027."), docs) == (["bxd"], True)
    assert resolve_documents(parse_question("Which tasks does UBND cấp xã lead?"), docs)[0] == ["bxd", "qt", "na"]


def test_a_comparison_keeps_the_plan_its_owner_names_beside_the_numbered_one():
    docs = [_BXD, _QT_NUMBERED, _NA_NUMBERED]
    question = "Full-online public services: compare the Ministry of Construction's 2029 target with Quang Tri's 2027 target in KH 275."
    assert resolve_documents(parse_question(question), docs) == (["qt", "bxd"], True)
    # not a comparison: the number decides
    assert resolve_documents(parse_question("Quang Tri's 2027 target for 5G in KH 275?"), docs) == (["qt"], True)


_BV = DocumentInfo(doc_id="bv", file="bv.docx", title="Kế hoạch Chuyển đổi số Bệnh viện Đa khoa Phú Vân năm 2028",
                   issuer="Sở Y tế tỉnh Đông Lĩnh")


def test_the_hospital_names_the_plan_a_hospital_issued():
    docs = [_BV, _QT_NUMBERED, _NA_NUMBERED]
    assert resolve_documents(parse_question("By what date must the hospital send its annual report to the Department of Health?"), docs) == (["bv"], True)
    # hospitals in general name no plan
    assert resolve_documents(parse_question("What share of hospitals use electronic records in 2027?"), docs)[0] == ["bv", "qt", "na"]


def test_a_commune_or_ward_names_its_plan():
    # after the 2025 reform plans are issued by communes and wards too ("xã Vân An", "phường Bắc Sơn")
    from assistant.understanding import plan_names
    from ingest.records import DocumentInfo

    doc = DocumentInfo(doc_id="x", file="x.pdf", title="Kế hoạch Chuyển đổi số xã Vân An giai đoạn 2026-2030",
                       issuer="UBND xã Vân An")
    ward = DocumentInfo(doc_id="y", file="y.pdf", title="Kế hoạch Chuyển đổi số phường Bắc Sơn năm 2027")
    assert "van an" in plan_names(doc)[0]
    assert "bac son" in plan_names(ward)[0]
    # "xã hội" (society) is no place
    society = DocumentInfo(doc_id="z", file="z.pdf", title="Kế hoạch phát triển xã hội số năm 2027")
    assert plan_names(society)[0] == set()


def test_an_institution_s_own_name_names_its_plan():
    from assistant.understanding import plan_names
    from ingest.records import DocumentInfo

    doc = DocumentInfo(doc_id="h", file="h.docx", title="Kế hoạch Chuyển đổi số Bệnh viện Đa khoa Tâm An giai đoạn 2026 - 2029",
                       issuer="Bệnh viện Đa khoa Tâm An")
    assert "tam an" in plan_names(doc)[0]


@pytest.mark.parametrize(("question", "budget"), [
    ("Comparing the Economic Committee and the Finance and Budget Committee: which reviews the Public Investment Law?", False),
    ("Which tasks does the Department of Planning and Investment lead?", False),
    ("Which committee is to review the Law on Public Investment?", False),
    ("What budget does the Department of Finance get in 2026?", True),
    ("How much investment goes to the data centre?", True),
])
def test_a_bodys_english_name_asks_for_no_budget(question, budget):
    assert ("budget" in parse_question(question).fields) is budget


def test_plans_compared_by_their_places_are_searched_one_by_one():
    from assistant.understanding import plans_named_apart

    docs = [_BYT, _QT, _NA]
    compare = parse_question("Năm 2027, chỉ tiêu số hóa hồ sơ của Quảng Trị và của Nghệ An khác nhau thế nào?")
    assert set(plans_named_apart(compare, docs)) == {"qt", "na"}
    # a place named once, in a question that compares nothing, names one plan
    assert plans_named_apart(parse_question("Chỉ tiêu số hóa hồ sơ của Quảng Trị năm 2027?"), docs) == []


def test_a_plans_purposes_are_its_muc_dich():
    # "I. MỤC ĐÍCH, YÊU CẦU" opens almost every Vietnamese plan
    from assistant.glossary import translations

    assert ("purposes", "mục đích") in translations("What are the purposes of plan 3260?")


def test_a_dotted_document_number_names_its_document():
    """"Nghị quyết 66.18/2026/NQ-CP": the question's "Resolution 66.18" is that number, not 66."""
    from assistant.understanding import doc_keys
    from ingest.records import DocumentInfo

    assert parse_question("Who signed Resolution 66.18/2026 and when does it take effect?").doc_codes == ["66.18"]
    assert parse_question("Nghị quyết 66.18 giao kinh phí bao nhiêu?").doc_codes == ["66.18"]
    doc = DocumentInfo(doc_id="nq", file="nq.docx", title="Nghị quyết phân quyền, cắt giảm thủ tục hành chính", number="66.18/2026/NQ-CP")
    assert "66.18" in doc_keys(doc)


@pytest.mark.parametrize("question, recurring", [
    ("How many key tasks does the provincial Party Standing Committee's plan 285-KH/TU set out?", ""),
    ("Which tasks did the standing office of the steering committee receive?", ""),
    ("How many standing tasks does plan 275 list?", "thuong xuyen"),
    ("Kế hoạch 275 có bao nhiêu nhiệm vụ thường xuyên?", "thuong xuyen"),
])
def test_a_standing_committee_is_a_body_not_a_kind_of_row(question, recurring):
    assert parse_question(question).recurring == recurring


def test_a_plan_named_by_its_kind_and_year_is_no_letter_of_that_year(docs):
    """"KH CĐS 2025": of the documents of 2025, the plans; a letter (công văn) of 2025 that reports on
    another act is not the plan asked, though it is of the same year."""
    letter = DocumentInfo(doc_id="cv-402-2025", file="cv-402-2025.md", title="Công văn về việc xin ý kiến dự thảo báo cáo năm 2025",
                          number="402-CV/VPĐU", date="2025-05-25", issuer="Văn phòng Đảng ủy Chính phủ", signer=None,
                          metadata_source="inferred")
    intent = parse_question("Tổng mức đầu tư của dự án Kho dữ liệu dùng chung trong KH CĐS 2025 là bao nhiêu?")
    cands, _ = resolve_documents(intent, [*docs, letter])
    assert "cv-402-2025" not in cands and PLAN25 in cands
    # without the kind named, a document of that year stays a candidate
    intent = parse_question("Tổng mức đầu tư của dự án Kho dữ liệu dùng chung năm 2025 là bao nhiêu?")
    cands, _ = resolve_documents(intent, [*docs, letter])
    assert "cv-402-2025" in cands


def _doc(doc_id: str, title: str, number: str, date: str) -> DocumentInfo:
    return DocumentInfo(doc_id=doc_id, file=f"{doc_id}.md", title=title, number=number, date=date, issuer=None,
                        signer=None, metadata_source="inferred")


@pytest.mark.parametrize("question, expected", [
    ("Nghị quyết 24/2026 giao bộ nào sửa đổi Nghị định 45?", "nq-24"),
    ("Which ministry drafts the amendment under Resolution 24/2026?", "nq-24"),
    ("Kế hoạch 24 của phường giao bao nhiêu nhiệm vụ?", "kh-24"),
])
def test_a_number_named_with_its_kind_of_document_picks_that_kind(question, expected):
    """Two documents numbered 24 of 2026: "Nghị quyết 24" is the resolution (24/2026/NQ-CP), "Kế hoạch 24" the plan (24/KH-UBND)."""
    docs = [_doc("nq-24", "Nghị quyết cắt giảm thủ tục hành chính", "24/2026/NQ-CP", "2026-03-01"),
            _doc("kh-24", "Kế hoạch chuyển đổi số phường Ngọc Tuyền năm 2026", "24/KH-UBND", "2026-01-10")]
    cands, _ = resolve_documents(parse_question(question), docs)
    assert cands == [expected]


def test_the_number_of_an_act_listed_in_an_appendix_is_no_question_about_the_document():
    intent = parse_question("Quyết định của Thủ tướng về Quỹ Hỗ trợ việc làm trong Phụ lục II Nghị quyết 24/2026 có số hiệu là gì?")
    assert intent.meta is None
    assert parse_question("Nghị quyết về cắt giảm thủ tục có số hiệu là gì?").meta == "number"


@pytest.mark.parametrize("question, meta", [
    ("Ai thay mặt UBND tỉnh ký Kế hoạch chuyển đổi số tỉnh Thanh Hóa năm 2026?", "signer"),
    ("Who on behalf of the People's Committee signed the 2026 plan?", "signer"),
    ("Ai chủ trì báo cáo định kỳ hằng quý?", None),  # "kỳ", a period, is no signing
    ("Ai chủ trì việc ký kết thỏa thuận hợp tác?", None),  # a task of signing an agreement
    ("Who leads the task on signed documents?", None),
])
def test_who_signed_the_document_with_words_between(question, meta):
    assert parse_question(question).meta == meta


@pytest.mark.parametrize("question", [
    "What 5G coverage percentage must Thanh Hóa reach in 2027?",
    "Tỉ lệ phủ sóng 5G năm 2027 phải đạt bao nhiêu?",
    "Thời gian xe container lưu lại cảng năm 2030 được đặt ở mức nào?",
])
def test_reaching_a_level_asks_a_target(question):
    assert "targets" in parse_question(question).fields


def test_a_body_named_by_an_acronym_takes_no_next_word():
    """"Cục TMĐT phải tổng hợp …": the body is "Cục TMĐT" (an acronym has no second syllable), so a plan printing
    "Cục TMĐT" prints the body named; a two-syllable word still takes its second ("Thanh tra", "Pháp chế")."""
    from assistant.service import _body_names

    assert _body_names("Cục TMĐT phải tổng hợp, báo cáo Bộ trưởng") == ["Cục TMĐT"]
    assert _body_names("Phòng Thanh tra - Pháp chế chủ trì") == ["Phòng Thanh tra - Pháp chế"]
    # a proper name capitalises each syllable ("Việt Nam"): the word after it is the sentence's, not the name's
    assert _body_names("Ủy ban Mặt trận Tổ quốc Việt Nam được đề nghị làm gì?") == ["Ủy ban Mặt trận Tổ quốc Việt Nam"]
    assert _body_names("Ban Quản lý Khu Kinh tế chủ trì gì?") == ["Ban Quản lý Khu Kinh tế"]  # (a word's second syllable)


def test_a_body_leads_alone_only_when_said_of_its_leading():
    from assistant.service import _ALONE_SAID, _less_bodies
    from ingest.text import fold_words

    for said in ("Which tasks does the Ministry of Health lead on its own?", "tasks led solely by the Ministry of Finance",
                 "Bộ Y tế một mình chủ trì bao nhiêu nhiệm vụ?"):
        assert _ALONE_SAID.search(fold_words(said)), said
    for said in ("Bộ Y tế chủ trì nhiệm vụ duy nhất nào về dữ liệu?", "Is this the only plan on health insurance?"):
        assert not _ALONE_SAID.search(fold_words(said)), said
    # a body's words are no topic unless said apart from its name too
    terms = {"bo", "giao", "giao_duc", "duc", "dao", "dao_tao", "tao", "nghe", "tao_nghe"}
    asked = "Bộ Giáo dục và Đào tạo chủ trì bao nhiêu nhiệm vụ về đào tạo nghề?"
    kept = _less_bodies(terms, ["Bộ Giáo dục và Đào tạo"], asked)
    assert "dao_tao" in kept and "giao_duc" not in kept, kept


def test_a_decision_issuing_a_plan_is_a_plan_of_its_year(docs):
    """"Kế hoạch … năm 2027" asked where the plan of 2027 is issued by a decision ("Quyết định … ban hành Kế hoạch …")."""
    decision = DocumentInfo(doc_id="qd-2715", file="qd-2715.md", title="Quyết định Về việc ban hành Kế hoạch chuyển đổi số ngành Công Thương năm 2027",
                            number="2715/QĐ-BCT", date="2026-11-18", issuer="Bộ Công Thương", signer=None, metadata_source="inferred")
    cands, _ = resolve_documents(parse_question("Cục TMĐT báo cáo tình hình thực hiện Kế hoạch chuyển đổi số năm 2027 vào những mốc nào?"),
                                 [*docs, decision])
    assert "qd-2715" in cands


@pytest.mark.parametrize("question, agency", [
    ("What role does the plan give to the provincial Departments of Industry and Trade?", "Sở Công Thương"),
    ("Which tasks do the Departments of Health lead?", "Sở Y tế"),
])
def test_a_body_of_each_province_named_in_the_plural_is_found(question, agency):
    assert agency in find_agencies(question)


def test_a_year_said_of_what_the_plan_cites_names_no_plan():
    # "the strategy 2021-2030 cited by the plan": the years are the strategy's, not a plan's of its own (a
    # plan year no plan in reach has makes the question unanswerable)
    q = parse_question("Which government resolution issued the national gender-equality strategy 2021-2030 cited by the plan?")
    assert q.plan_years == []
    assert parse_question("Which 2030 goal set by the plan concerns women?").plan_years == []
    assert parse_question("What does the 2026 plan target for 5G?").plan_years == ["2026"]
    assert parse_question("How many tasks does the 2025 digital transformation plan list?").plan_years == ["2025"]


@pytest.mark.parametrize("question, asked, not_asked", [
    # the opening clause sets things aside: its cue words ask for nothing
    ("Ngoài các mục tiêu, chỉ tiêu, kế hoạch yêu cầu gì về ứng dụng công nghệ thông tin?", set(), {"targets"}),
    ("Besides the targets, who leads the awareness campaign?", {"lead"}, {"targets"}),
    ("Ngoài Sở Y tế, cơ quan nào chủ trì các hoạt động truyền thông?", {"lead"}, set()),
    # (said after the opening, the same words ask)
    ("Mục tiêu, chỉ tiêu của kế hoạch về lao động nữ là gì?", {"targets"}, set()),
])
def test_a_clause_setting_things_aside_asks_no_field(question, asked, not_asked):
    fields = set(parse_question(question).fields)
    assert asked <= fields and not fields & not_asked
