"""A plan's own total beside the rows counted, "in total" as no topic, and the parts of a comparison
found by meaning. Real ingest of a small Markdown plan (written for these tests), real assistant."""

from __future__ import annotations

import pytest

from assistant.service import Question
from tests.conftest import assistant_over

PLAN = """UBND TỈNH BẮC LAM — SỞ GIÁO DỤC VÀ ĐÀO TẠO

Số: 512/KH-SGDĐT

# KẾ HOẠCH

**Chuyển đổi số ngành Giáo dục năm 2028**

## I. MỤC TIÊU

Kế hoạch đề ra 8 nhiệm vụ trọng tâm về hạ tầng, dữ liệu và nhân lực số của ngành (chi tiết tại Phụ lục kèm theo).

Đến hết năm 2027, dữ liệu CBCCVC của ngành đã có 2.145 hồ sơ được cập nhật đầy đủ.

Các trường đăng ký vốn bổ sung cho dự án học liệu số với tổng kinh phí 45,5 tỷ đồng, giải ngân trong năm 2028.

## II. KẾT QUẢ NĂM 2027

Trường trung học phổ thông số 1 đã hoàn thành kết nối mạng nội bộ với hệ thống quản lý học tập, cập nhật học bạ số cho toàn bộ học sinh và tổ chức bồi dưỡng kỹ năng số cho giáo viên. Trường trung học phổ thông số 2 đã hoàn thành kết nối mạng nội bộ với hệ thống quản lý học tập, cập nhật học bạ số cho toàn bộ học sinh và tổ chức bồi dưỡng kỹ năng số cho giáo viên. Trường trung học phổ thông số 3 đã hoàn thành kết nối mạng nội bộ với hệ thống quản lý học tập, cập nhật học bạ số cho toàn bộ học sinh và tổ chức bồi dưỡng kỹ năng số cho giáo viên. Trường trung học phổ thông số 4 đã hoàn thành kết nối mạng nội bộ với hệ thống quản lý học tập, cập nhật học bạ số cho toàn bộ học sinh và tổ chức bồi dưỡng kỹ năng số cho giáo viên. Trường trung học phổ thông số 5 đã hoàn thành kết nối mạng nội bộ với hệ thống quản lý học tập, cập nhật học bạ số cho toàn bộ học sinh và tổ chức bồi dưỡng kỹ năng số cho giáo viên. Trường trung học phổ thông số 6 đã hoàn thành kết nối mạng nội bộ với hệ thống quản lý học tập, cập nhật học bạ số cho toàn bộ học sinh và tổ chức bồi dưỡng kỹ năng số cho giáo viên. Trường trung học phổ thông số 7 đã hoàn thành kết nối mạng nội bộ với hệ thống quản lý học tập, cập nhật học bạ số cho toàn bộ học sinh và tổ chức bồi dưỡng kỹ năng số cho giáo viên. Trường trung học phổ thông số 8 đã hoàn thành kết nối mạng nội bộ với hệ thống quản lý học tập, cập nhật học bạ số cho toàn bộ học sinh và tổ chức bồi dưỡng kỹ năng số cho giáo viên. Trường trung học phổ thông số 9 đã hoàn thành kết nối mạng nội bộ với hệ thống quản lý học tập, cập nhật học bạ số cho toàn bộ học sinh và tổ chức bồi dưỡng kỹ năng số cho giáo viên. Trường trung học phổ thông số 10 đã hoàn thành kết nối mạng nội bộ với hệ thống quản lý học tập, cập nhật học bạ số cho toàn bộ học sinh và tổ chức bồi dưỡng kỹ năng số cho giáo viên. Trường trung học phổ thông số 11 đã hoàn thành kết nối mạng nội bộ với hệ thống quản lý học tập, cập nhật học bạ số cho toàn bộ học sinh và tổ chức bồi dưỡng kỹ năng số cho giáo viên. Trường trung học phổ thông số 12 đã hoàn thành kết nối mạng nội bộ với hệ thống quản lý học tập, cập nhật học bạ số cho toàn bộ học sinh và tổ chức bồi dưỡng kỹ năng số cho giáo viên.

## III. TRỢ LÝ ẢO

Thí điểm trợ lý ảo hỗ trợ tra cứu thủ tục hành chính của ngành giáo dục tại 10 trường trung học phổ thông trước khi nhân rộng.

## IV. BỒI DƯỠNG

Ngành tổ chức bồi dưỡng cho cán bộ, công chức, viên chức về lập hồ sơ điện tử với 320 lượt người tham gia.

## V. TỔ CHỨC THỰC HIỆN

Phòng Kế hoạch - Tài chính tổng hợp kinh phí trước ngày 15/01/2028.

## PHỤ LỤC

**NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2028**

| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| **I** | **HẠ TẦNG SỐ** |  |  |  |
| 1 | Lắp đặt camera giám sát phòng thi tại các điểm thi tốt nghiệp trung học phổ thông | Phòng Khảo thí | Công an tỉnh | Trước 15/5/2028 |
| 2 | Tổ chức kiểm tra, đánh giá kết quả thi đua ứng dụng công nghệ số và trang bị camera an ninh cho trụ sở Sở | Văn phòng Sở | Phòng Tổ chức cán bộ | Quý IV/2028 |
| 3 | Nâng cấp đường truyền Internet cáp quang cho các trường trung học phổ thông | Phòng Kế hoạch - Tài chính | Các trường | Tháng 8/2028 |
| **II** | **DỮ LIỆU SỐ** |  |  |  |
| 1 | Xây dựng kho dữ liệu tuyển sinh đầu cấp, kết nối với hệ thống tuyển sinh trực tuyến | Phòng Giáo dục Trung học | Phòng Khảo thí | Trước 30/4/2028 |
| 2 | Cập nhật học bạ số của học sinh lên cơ sở dữ liệu ngành | Phòng Giáo dục Tiểu học | Các trường | Thường xuyên |
| 3 | Bồi dưỡng kỹ năng số cho giáo viên cốt cán | Phòng Tổ chức cán bộ | Trường Cao đẳng Sư phạm | Tháng 10/2028 |
| 4 | Thí điểm trợ lý ảo tra cứu thủ tục của ngành giáo dục | Văn phòng Sở | Phòng Khảo thí | Quý III/2028 |
"""

DOC = "2028-plan_sgddt-bac-lam"


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {f"{DOC}.md": PLAN})


@pytest.mark.parametrize("question", [
    "Kế hoạch 512 có bao nhiêu nhiệm vụ?",
    "How many tasks does plan 512 set in total?",
    "Kế hoạch 512 tổng cộng có bao nhiêu nhiệm vụ?",
    # asking how the rows divide into groups is how the count is asked, not a topic to match
    "Kế hoạch 512 có bao nhiêu nhiệm vụ, chia thành mấy nhóm?",
    "How many of plan 512's tasks are there, and in how many groups?",
])
def test_the_plans_own_total_stands_beside_the_rows_counted(plan, question):
    """The body says 8 tasks, the table holds 7: both figures are in the answer, each cited."""
    a = plan.answer(question)
    assert a.found, a.answer
    assert "8 nhiệm vụ trọng tâm" in a.answer, a.answer  # the plan's sentence, quoted
    assert ": 7 " in a.answer, a.answer  # the rows counted
    assert any("8 nhiệm vụ" in c.text for c in a.citations), [c.text for c in a.citations]
    assert sum(1 for c in a.citations if "nhiệm vụ" in c.locator) == 7, [c.locator for c in a.citations]


def test_a_total_far_from_the_rows_counted_is_not_quoted(plan):
    """A group of 4 rows: the plan's 8 is the whole plan's, not this group's."""
    a = plan.answer("Nhóm II. DỮ LIỆU SỐ của Kế hoạch 512 có bao nhiêu nhiệm vụ?")
    assert a.found, a.answer
    assert "8 nhiệm vụ" not in a.answer, a.answer
    assert ": 4 " in a.answer, a.answer


def test_each_thing_compared_is_found_by_meaning(plan):
    """'the exam-room cameras' shares more translated words with task I.2 (kiểm tra, thi, camera)
    than with task I.1; its meaning is I.1's. Both deadlines compared are stated."""
    a = plan.answer("Which is due first: the exam-room cameras or the admissions data warehouse? Give both deadlines.")
    assert a.found, a.answer
    assert "Trước 15/5/2028" in a.answer and "Trước 30/4/2028" in a.answer, a.answer
    assert "Quý IV/2028" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "In the appendix of plan 512, compare the deadlines of the exam-room cameras task and the admissions data warehouse task.",
    "Theo phụ lục của Kế hoạch 512, so sánh thời gian hoàn thành của nhiệm vụ camera giám sát phòng thi và nhiệm vụ kho dữ liệu tuyển sinh.",
])
def test_the_words_saying_where_and_what_is_asked_name_no_thing_compared(plan, question):
    """"In the appendix …, compare the deadlines of X" and "Y": the appendix and the field asked
    sit in the first part only; they are no words of X that a row must hold."""
    u = plan.understand(Question(question, None, (), False))
    assert len(u.parts) == 2, u.part_texts
    first = set().union(*(t.split("|") for t in u.parts[0]))
    assert not {"phu_luc", "thoi_han", "thoi_gian", "hoan_thanh"} & {t.lstrip("≈") for t in first}, sorted(u.parts[0])
    a = plan.answer(question)
    assert a.found and "Trước 15/5/2028" in a.answer and "Trước 30/4/2028" in a.answer, a.answer


def test_english_phrases_translated_apart_make_no_pair_of_words():
    """"annex" → "phụ lục", "digital" → "số": the searched Vietnamese holds no "lục số" pair, a
    pair no plan's reader asked for (it ranked rows saying "phụ lục số …" above the topic's)."""
    from assistant.glossary import translate_terms
    from retriever.text import tokenize

    terms = tokenize(translate_terms("the annex on digital enterprises"))
    assert "phu_luc" in terms and "doanh_nghiep" in terms, terms
    assert not {"luc_so", "so_doanh"} & set(terms), terms


def test_the_next_piece_of_a_long_section_follows_it(plan):
    """A section longer than a chunk is cut into pieces that share its first line: the piece after
    a piece is the next one in document order (a sentence ending in ':' continues there)."""
    pieces = [c for c in plan.store.chunks(DOC) if c.kind == "text" and c.section_path and c.section_path[-1].startswith("II.")]
    assert len(pieces) >= 2 and len({c.line_start for c in pieces}) == 1
    assert plan._next_text_chunk(pieces[0]).chunk_id == pieces[1].chunk_id
    assert pieces[0].chunk_id in {c.chunk_id for c in plan._section_neighbours(pieces[1])}


def test_a_body_that_only_coordinates_leads_nothing(plan):
    a = plan.answer("Which tasks does Công an tỉnh lead in plan 512?")
    assert not a.found, a.answer
    assert "only coordinates" in a.answer
    b = plan.answer("Công an tỉnh có những nhiệm vụ nào trong Kế hoạch 512?")
    assert b.found, b.answer
    assert "Công an tỉnh (phối hợp)" in b.answer and "Lắp đặt camera" in b.answer, b.answer


def test_who_leads_is_answered_by_the_row_when_the_passage_names_no_body(plan):
    """The body describes the pilot (where, what) and names no body; the task row names its lead.
    The second part ('where') is the row's too: no other row is added for it."""
    a = plan.answer("Who is responsible for piloting the virtual assistant for looking up administrative procedures in plan 512?")
    assert a.found, a.answer
    assert "Văn phòng Sở" in a.answer, a.answer
    assert any("Thí điểm trợ lý ảo" in c.text for c in a.citations)


@pytest.mark.parametrize("question", [
    "Dữ liệu cán bộ, công chức, viên chức của ngành đã có bao nhiêu hồ sơ?",
    "dữ liệu cán bộ công chức viên chức của ngành có bao nhiêu hồ sơ",
])
def test_words_the_plan_prints_as_initials_find_them(plan, question):
    """'cán bộ, công chức, viên chức' is 'CBCCVC' in the plan's sentence (another sentence spells
    the words out about something else)."""
    a = plan.answer(question)
    assert a.found, a.answer
    assert "2.145" in a.answer and "320" not in a.answer, a.answer


INDICATORS = """UBND TỈNH BẮC LAM

Số: 77/KH-UBND

# KẾ HOẠCH

**Phát triển hạ tầng số năm 2028**

## PHỤ LỤC

**CHỈ TIÊU HẠ TẦNG SỐ**

| STT | Chỉ tiêu | Năm 2027 | Năm 2028 | Cơ quan theo dõi |
|---|---|---|---|---|
| 1 | Tỷ lệ phủ sóng 5G khu dân cư | 50% | 70% | Sở Khoa học và Công nghệ |
| 2 | Tỷ lệ hộ gia đình có cáp quang | 80% | 90% | Sở Khoa học và Công nghệ |
"""


@pytest.fixture(scope="module")
def two_plans(tmp_path_factory):
    return assistant_over(tmp_path_factory, {f"{DOC}.md": PLAN, "2028-plan_ha-tang-so.md": INDICATORS})


def test_money_for_a_year_is_looked_for_beyond_the_plans_with_that_years_column(two_plans):
    """Only the second plan has a 2028 column; the capital registered for 2028 is a sentence of the first."""
    a = two_plans.answer("How much additional capital was registered for disbursement in 2028?")
    assert a.found, a.answer
    assert "45,5 tỷ đồng" in a.answer, a.answer


@pytest.mark.parametrize("question, found", [
    # the sentence counts "lượt người" (people): a count of lecturers or of students it does not give
    ("How many lecturers took part in the training on electronic records in plan 512?", False),
    ("Kế hoạch 512: bao nhiêu giảng viên tham gia bồi dưỡng về lập hồ sơ điện tử?", False),
    ("How many people took part in the training on electronic records in plan 512?", True),
    ("Kế hoạch 512: bao nhiêu lượt người tham gia bồi dưỡng về lập hồ sơ điện tử?", True),
])
def test_a_count_of_other_things_is_no_count_of_those_asked(plan, question, found):
    a = plan.answer(question)
    assert a.found is found, a.answer
    assert ("320" in a.answer) is found, a.answer



@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Năm 2026, tỉnh Thanh Hóa đặt chỉ tiêu tỉ lệ phủ sóng 5G và tỉ lệ hộ gia đình có Internet cáp quang ở mức nào?",
    "In the 2026 plan, what are the targets for 5G coverage and for households with fibre broadband?",
])
def test_a_code_named_in_one_part_does_not_filter_the_other_part(assistant_real, question):
    """"5G" names the first thing asked only: the row for households with fibre Internet answers the second."""
    a = assistant_real.answer(question)
    assert a.found, a.answer
    assert "60%" in a.answer and "80%" in a.answer, a.answer
    assert {"Phụ lục I, chỉ tiêu 1", "Phụ lục I, chỉ tiêu 28"} <= {c.locator for c in a.citations}, [c.locator for c in a.citations]
