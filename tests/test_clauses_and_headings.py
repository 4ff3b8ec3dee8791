"""What a decision's text says in numbered clauses and titled articles is quoted, whoever else the question
names: a clause the parse made a part of its own ("1. Cục TMĐT là đầu mối …; định kỳ 6 tháng (trước ngày 15
tháng 6) …") is no title alone; an article the question names by its title ("Thời hạn ủy quyền") goes first,
though another article names the body asked about more often; a letterhead's date is no due time. And the
names read from a question or a plan's title are whole names: "Bệnh viện Đa khoa tỉnh Đông Lĩnh" names no
place "Đa" (the "đã" of any question), a body no plan prints has no tasks, a unit is named by the question's
words, not by a short form's letters. The real Assistant over small plans ingested for real."""

import pytest

from assistant.steps import Question
from assistant.understanding import plan_names
from ingest.records import DocumentInfo
from tests.conftest import assistant_over

DECISION = """ỦY BAN NHÂN DÂN TỈNH LẠC SƠN

Số: 1883/QĐ-UBND

Lạc Sơn, ngày 15 tháng 10 năm 2025

QUYẾT ĐỊNH

Về việc ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ trong lĩnh vực vật liệu nổ công nghiệp

ỦY BAN NHÂN DÂN TỈNH LẠC SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Nội dung, phạm vi ủy quyền

Ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ, quyền hạn của Ủy ban nhân dân tỉnh trong lĩnh vực vật liệu nổ công nghiệp, cụ thể tại Phụ lục kèm theo.

Điều 2. Thời hạn ủy quyền: Từ ngày Quyết định này có hiệu lực đến hết ngày 28 tháng 02 năm 2027.

Điều 3. Tổ chức thực hiện

1. Giám đốc Sở Công Thương thực hiện đúng nhiệm vụ, quyền hạn được ủy quyền, sử dụng con dấu của Sở Công Thương.

2. Giám đốc Sở Công Thương định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.

Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""

PLAN = """BỘ CÔNG THƯƠNG

Số: 2715/QĐ-BCT

QUYẾT ĐỊNH

Về việc ban hành Kế hoạch chuyển đổi số ngành Công Thương năm 2027

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số ngành Công Thương năm 2027.

Điều 2. Giao Cục Thương mại điện tử và Kinh tế số (sau đây gọi tắt là Cục TMĐT) là đơn vị đầu mối, theo dõi, đôn đốc, tổng hợp việc thực hiện Kế hoạch, báo cáo Bộ trưởng.

KẾ HOẠCH

## I. MỤC TIÊU

Đến hết năm 2027, Bộ Công Thương cơ bản hoàn thành việc kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin.

## II. TỔ CHỨC THỰC HIỆN

1. Cục TMĐT là đầu mối theo dõi, đôn đốc; định kỳ 6 tháng (trước ngày 15 tháng 6) và hằng năm (trước ngày 10 tháng 12) tổng hợp, báo cáo Bộ trưởng tình hình thực hiện Kế hoạch.

2. Các đơn vị thuộc Bộ gửi báo cáo kết quả thực hiện nhiệm vụ được giao về Cục TMĐT trước ngày 05 tháng 6 và trước ngày 30 tháng 11 hằng năm.

3. Văn phòng Tỉnh ủy (VPTU) phối hợp cung cấp dữ liệu.

## Phụ lục

DANH MỤC NHIỆM VỤ

| STT | Nhiệm vụ | Đơn vị chủ trì | Thời gian |
|---|---|---|---|
| 1 | Xây dựng sàn thương mại điện tử quốc gia | Cục TMĐT | 2027 |
| 2 | Nâng cấp cổng dịch vụ công của Bộ | Văn phòng Bộ | 2027 |
| 3 | Kiểm tra an toàn thông tin | Thanh tra Bộ | 2027 |
| 4 | Số hóa dữ liệu các cảng hàng không | Văn phòng Tỉnh ủy | 2027 |
| 5 | Lưu trữ hồ sơ điện tử của Sở | Văn phòng Sở | 2027 |
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-1883-uy-quyen.md": DECISION, "qd-2715-bct.md": PLAN})


def test_a_numbered_clause_is_quoted_not_dropped_as_a_title(plans):
    answer = plans.answer("Cục TMĐT phải tổng hợp, báo cáo Bộ trưởng tình hình thực hiện Kế hoạch vào những mốc nào?")
    assert answer.found and "trước ngày 15 tháng 6" in answer.answer and "trước ngày 10 tháng 12" in answer.answer, answer.answer


def test_the_article_the_question_titles_goes_first(plans):
    answer = plans.answer("Thời hạn ủy quyền cho Giám đốc Sở Công Thương đến khi nào?")
    assert answer.found and "28 tháng 02 năm 2027" in answer.answer, answer.answer
    assert answer.citations and answer.citations[0].locator.startswith("Điều 2"), [c.locator for c in answer.citations]


def test_a_heading_every_plan_has_names_no_part_of_one(plans):
    # "tổ chức thực hiện" is a heading of both documents: the body asked about decides, as before — and the
    # letterhead's date ("ngày 15 tháng 10 năm 2025") is no due time
    answer = plans.answer("Trong tổ chức thực hiện, Giám đốc Sở Công Thương báo cáo Ủy ban nhân dân tỉnh khi nào?")
    assert answer.found and "định kỳ hằng năm" in answer.answer, answer.answer
    assert "15 tháng 10" not in answer.answer, answer.answer
    # said of one plan, a heading every plan may have names no part of it: another body's clause is no answer
    other = plans.answer("Theo Quyết định 2715, trong tổ chức thực hiện Văn phòng Tỉnh ủy làm gì?")
    assert other.found and "phối hợp cung cấp dữ liệu" in other.answer, other.answer
    assert "Các đơn vị thuộc Bộ gửi báo cáo" not in other.answer, other.answer


def test_a_day_asked_is_answered_by_the_passage_that_states_days(plans):
    # the tasks are due in "2027"; the clause states the days
    answer = plans.answer("Các đơn vị thuộc Bộ gửi báo cáo kết quả thực hiện nhiệm vụ về Cục TMĐT trước ngày nào?")
    assert answer.found and "trước ngày 05 tháng 6" in answer.answer, answer.answer


def test_a_body_no_plan_prints_has_no_tasks(plans):
    for question in ("Cục Hàng không chủ trì những nhiệm vụ nào trong Phụ lục?",
                     "What tasks does the Civil Aviation Authority (Cục Hàng không) lead in the annex?",
                     "What tasks does the Civil Aviation Authority (Cục Hàng không) have under Decision 2715?"):
        answer = plans.answer(question)
        assert not answer.found and "Cục Hàng không" in answer.answer, answer.answer


def test_a_unit_is_named_by_the_questions_words(plans):
    # "the Ministry Office" is "Văn phòng Bộ"; "e-commerce" ("thương mại điện tử") is no "VPTU" ("văn phòng tu")
    office = plans.answer("Which tasks does the Ministry Office lead?")
    assert office.found and "Nâng cấp cổng dịch vụ công của Bộ" in office.answer, office.answer
    assert "Văn phòng Tỉnh ủy" not in plans.understand(Question(text="Which tasks go to the e-commerce department?")).intent.agencies


def test_an_institutions_kind_is_no_place():
    hospital = DocumentInfo(doc_id="bv", title="Kế hoạch Chuyển đổi số Bệnh viện Đa khoa tỉnh Đông Lĩnh giai đoạn 2026 - 2028",
                            file="bv.md", issuer="Bệnh viện Đa khoa tỉnh Đông Lĩnh")
    places, _ = plan_names(hospital)
    assert "da" not in places and "dong linh" in places, places
    province = DocumentInfo(doc_id="tu", title="Kế hoạch thực hiện Kế hoạch số 02-KH/BCĐTW trên địa bàn tỉnh Thanh Hóa",
                            file="tu.md", issuer="Ban Thường vụ Tỉnh ủy")
    assert plan_names(province)[0] == {"thanh hoa"}, plan_names(province)


SCHEME = """THỦ TƯỚNG CHÍNH PHỦ

Số: 2597/QĐ-TTg

QUYẾT ĐỊNH

Phê duyệt Đề án chuyển đổi số trong quản lý kết cấu hạ tầng đê điều

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Đề án chuyển đổi số trong quản lý kết cấu hạ tầng đê điều với các nội dung sau:

## I. QUAN ĐIỂM

Đề án kế thừa các thành tựu đã đạt được đến năm 2030 của các chương trình ứng dụng công nghệ thông tin trước đó.

## II. MỤC TIÊU

### 1. Mục tiêu tổng quát

Thúc đẩy chuyển đổi số toàn diện trong quản lý đê điều.

### 2. Mục tiêu cụ thể

a) Đến năm 2026

- Hoàn thiện khung pháp lý hỗ trợ chuyển đổi số trong quản lý đê điều.

b) Đến năm 2030

- 100% tuyến đê cấp III trở lên được số hóa hồ sơ và giám sát trực tuyến.

## III. KINH PHÍ THỰC HIỆN ĐỀ ÁN

Kinh phí thực hiện Đề án giai đoạn đến năm 2030 được bố trí từ ngân sách nhà nước theo phân cấp.
"""


@pytest.fixture(scope="module")
def scheme(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-2597-de-dieu.md": SCHEME})


@pytest.mark.parametrize("question", ["What does the scheme aim for by 2030?", "What are the scheme's targets for 2030?"])
def test_the_objectives_for_the_year_asked_answer(scheme, question):
    answer = scheme.answer(question)
    assert answer.found and "100% tuyến đê cấp III" in answer.answer, answer.answer


def test_objectives_said_in_words_are_the_answer_to_what_they_are(scheme):
    answer = scheme.answer("Mục tiêu của Đề án đến năm 2026 là gì?")
    assert answer.found and "Hoàn thiện khung pháp lý" in answer.answer, answer.answer


def test_a_year_in_the_heading_over_a_list_is_the_years_objectives(scheme):
    # the 2026 and 2030 objectives compared: the scheme has no table, its headings name the years
    answer = scheme.answer("Theo Quyết định 2597, mục tiêu số hóa đê điều đến năm 2026 và đến năm 2030 khác nhau thế nào?")
    assert answer.found and "100% tuyến đê cấp III" in answer.answer and "Hoàn thiện khung pháp lý" in answer.answer, answer.answer


ANNEX = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG

Số: 77/KH-BNNMT

KẾ HOẠCH

Chuyển đổi số quản lý đê điều năm 2027

## Phụ lục

DANH MỤC NHIỆM VỤ

| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |
|---|---|---|---|
| I | CƠ CHẾ, CHÍNH SÁCH | | |
| 1 | Rà soát quy định về hồ sơ đê điều điện tử | Vụ Pháp chế | 2027 |
| 2 | Ban hành quy chuẩn dữ liệu đê điều | Cục Quản lý đê điều | 2027 |
| II | HẠ TẦNG SỐ | | |
| 1 | Xây dựng cơ sở dữ liệu tuyến đê | Trung tâm Chuyển đổi số | 2027 |
| 2 | Lắp đặt cảm biến giám sát thân đê | Cục Quản lý đê điều | 2027-2028 |
| 3 | Thuê dịch vụ điện toán đám mây | Trung tâm Chuyển đổi số | 2027 |
"""


@pytest.fixture(scope="module")
def annex(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-77-de-dieu.md": ANNEX})


@pytest.mark.parametrize("question", ["Nhóm I hay nhóm II của Phụ lục có nhiều nhiệm vụ hơn?",
                                      "Which group of the annex has more tasks: group I or group II?"])
def test_two_groups_named_by_numeral_are_counted_each(annex, question):
    answer = annex.answer(question)
    assert answer.found and ": 2;" in answer.answer and ": 3" in answer.answer, answer.answer


def test_tasks_listed_after_one_noun_are_each_read(annex):
    answer = annex.answer("Compare the lead agencies of tasks 1 and 3 in group II of the annex.")
    assert answer.found and "Xây dựng cơ sở dữ liệu tuyến đê" in answer.answer and "Thuê dịch vụ điện toán đám mây" in answer.answer, answer.answer
    assert "Lắp đặt cảm biến" not in answer.answer, answer.answer


def test_the_objectives_of_the_year_asked_not_of_every_year(scheme):
    answer = scheme.answer("Mục tiêu cụ thể của Đề án đến năm 2030 là gì?")
    assert answer.found and "100% tuyến đê cấp III" in answer.answer, answer.answer
    assert "Hoàn thiện khung pháp lý" not in answer.answer, answer.answer


def test_a_count_of_late_tasks_is_no_comparison_of_groups(annex):
    from assistant.service import _MORE_OR_FEWER
    assert not _MORE_OR_FEWER.search("nhom i hay nhom ii co bao nhieu nhiem vu cham hon ke hoach?")
    assert _MORE_OR_FEWER.search("nhom i hay nhom ii co nhieu nhiem vu hon?")


def test_a_body_no_plan_prints_has_no_list_of_the_whole_table(annex):
    # the list path would give every task of the annex: no filter of rows names a body the vocabulary lacks
    answer = annex.answer("What tasks does the Civil Aviation Authority (Cục Hàng không) have under this plan?")
    assert not answer.found and "Cục Hàng không" in answer.answer, answer.answer


def test_an_acts_code_with_an_ampersand_dates_the_act_not_a_deadline():
    from assistant.service import _ACT_DATED
    line = "Căn cứ Công văn số 13501/BXD-KHCNMT&VLXD ngày 17 tháng 11 năm 2025 của Bộ Xây dựng"
    assert "17 tháng 11" not in _ACT_DATED.sub(" ", line)


def test_a_document_named_by_the_topic_after_its_kind():
    from assistant.understanding import _named_by_english_title, parse_question
    docs = [DocumentInfo(doc_id="uq", file="uq.md", title="Quyết định Về việc ủy quyền cho Giám đốc Sở Công Thương thực hiện nhiệm vụ trong lĩnh vực vật liệu nổ công nghiệp"),
            DocumentInfo(doc_id="kh", file="kh.md", title="Kế hoạch chuyển đổi số ngành Công Thương năm 2027"),
            DocumentInfo(doc_id="ct", file="ct.md", title="Chương trình chuyển đổi số tỉnh Lạc Sơn năm 2026")]
    asked = parse_question("Who signed the decision on authorising the Director of the Department of Industry and Trade?")
    assert _named_by_english_title(asked, docs) == ["uq"]
    # words every title has name none of them
    assert _named_by_english_title(parse_question("Who signed the plan for digital transformation?"), docs) == []


def test_a_unit_whose_rest_is_a_kind_of_body_is_named_only_by_that_word(plans):
    # "sở công thương", the Vietnamese of "Department of Industry and Trade", holds "sở": no "Văn phòng Sở"
    asked = plans.understand(Question(text="What role does the plan give to the provincial Departments of Industry and Trade?"))
    assert "Văn phòng Sở" not in asked.intent.agencies, asked.intent.agencies


def test_two_groups_joined_by_and_are_counted_each(annex):
    answer = annex.answer("Group I and group II of the annex: which has more tasks?")
    assert answer.found and ": 2;" in answer.answer and ": 3" in answer.answer, answer.answer


def test_a_horizon_after_a_kind_names_no_title():
    # "Đề án đến năm 2030": the year asked, not the programme whose title ends "… định hướng đến năm 2030"
    from assistant.understanding import _named_by_title, parse_question
    docs = [DocumentInfo(doc_id="ct", file="ct.md", title="Chương trình hành động về chuyển đổi số tỉnh Lạc Sơn đến năm 2025, định hướng đến năm 2030"),
            DocumentInfo(doc_id="qd", file="qd.md", title="Quyết định phê duyệt Đề án chuyển đổi số trong quản lý đê điều"),
            DocumentInfo(doc_id="kh", file="kh.md", title="Kế hoạch chuyển đổi số ngành Công Thương năm 2027")]
    assert _named_by_title(parse_question("Mục tiêu của Đề án đến năm 2030 là gì?"), docs) == []
