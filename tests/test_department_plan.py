"""A department's yearly plan laid out unlike the bundled plans: appendices labelled by letters
("PHỤ LỤC A", "PHỤ LỤC B"), task numbers that restart in each Roman-numbered group, a budget
sentence, a two-column letterhead. Real ingest of a small Markdown plan, real assistant."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

PLAN = """UBND TỈNH HÀ NAM SƠN — SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc

Số: 377/KH-SNNMT
*Hà Nam Sơn, ngày 09 tháng 12 năm 2026*

# KẾ HOẠCH

**Chuyển đổi số ngành Nông nghiệp năm 2027**

## 1. MỤC TIÊU

- 100% hồ sơ thủ tục hành chính của Sở được tiếp nhận trực tuyến từ ngày 01/7/2028; hoàn thành số hóa ít nhất 45% hồ sơ đất rừng lưu trữ lâu dài.

## 2. KINH PHÍ THỰC HIỆN

Tổng kinh phí dự kiến thực hiện Kế hoạch là 12,6 tỷ đồng, trong đó: ngân sách tỉnh 9,1 tỷ đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 3,5 tỷ đồng.

Văn phòng Sở tổng hợp dự toán, trình Sở Tài chính thẩm định trước ngày 20/01/2027.
{SIGNATURE}
## PHỤ LỤC A

**CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2027**

*(Kèm theo Kế hoạch số 377/KH-SNNMT ngày 09/12/2026 của Sở Nông nghiệp và Môi trường)*

| STT | Tên chỉ tiêu | Đơn vị đo | Thực hiện năm 2026 | Kế hoạch năm 2027 | Cơ quan theo dõi |
|---|---|---|---|---|---|
| 1 | Tỷ lệ hợp tác xã bán nông sản trên sàn thương mại điện tử | % | 35% | 50% | Chi cục Phát triển nông thôn |
| 2 | Số vùng trồng được cấp mã số điện tử | Vùng | 80 | 140 | Chi cục Trồng trọt |

## PHỤ LỤC B

**NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2027**

*(Kèm theo Kế hoạch số 377/KH-SNNMT ngày 09/12/2026 của Sở Nông nghiệp và Môi trường)*

| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Kết quả/Sản phẩm |
|---|---|---|---|---|---|
| **I** | **DỮ LIỆU SỐ** |  |  |  |  |
| 1 | Số hóa bản đồ hiện trạng rừng toàn tỉnh | Chi cục Kiểm lâm | Công an tỉnh | Tháng 6/2027 | Bản đồ số |
| 2 | Xây dựng cơ sở dữ liệu mã số vùng trồng | Chi cục Trồng trọt | Trung tâm Khuyến nông | Quý III/2027 | CSDL vùng trồng |
| **II** | **AN TOÀN THÔNG TIN** |  |  |  |  |
| 1 | Diễn tập ứng cứu sự cố an toàn thông tin mạng của Sở | Văn phòng Sở | Công an tỉnh | Quý IV/2027 | Báo cáo diễn tập |
| 2 | Rà soát cấp độ an toàn hệ thống thông tin quản lý đất rừng | Công an tỉnh | Văn phòng Sở | Tháng 9/2027 | Hồ sơ cấp độ được phê duyệt |
| 3 | Tập huấn kỹ năng an toàn thông tin cho công chức | Văn phòng Sở | Trung tâm Khuyến nông | Thường xuyên | 200 lượt công chức |
"""

SIGNATURE = """
|  |  |
|---|---|
| **Nơi nhận:** | **KT. GIÁM ĐỐC** |
| - Như trên; | **PHÓ GIÁM ĐỐC** |
|  | Lê Văn Khánh |
"""
PLAN = PLAN.replace("{SIGNATURE}", SIGNATURE)

DOC = "2027-plan_sonnmt"


@pytest.fixture(scope="module")
def department(tmp_path_factory):
    return assistant_over(tmp_path_factory, {f"{DOC}.md": PLAN})


def test_letter_labelled_appendices_and_the_issuer_are_read(department):
    rows = department.lookup.rows()
    assert {r.appendix for r in rows} == {"Phụ lục A", "Phụ lục B"}
    info = next(iter(department.store.documents()))
    assert info.issuer == "Sở Nông nghiệp và Môi trường", info.issuer
    assert info.number == "377/KH-SNNMT" and info.date == "2026-12-09"


@pytest.mark.parametrize("question", [
    "Nhiệm vụ II.2 do cơ quan nào chủ trì, hạn khi nào?",
    "Who leads task II.2 and when is it due?",
])
def test_a_task_named_by_group_and_number(department, question):
    a = department.answer(question)
    assert a.found, a.answer
    assert "Rà soát cấp độ an toàn" in a.answer and "Tháng 9/2027" in a.answer, a.answer
    assert "Diễn tập" not in a.answer  # task I.2 / II.1 are other rows


@pytest.mark.parametrize("question", [
    "In how many Appendix B tasks does the provincial police take part, whether leading or coordinating?",
    "Công an tỉnh tham gia bao nhiêu nhiệm vụ ở Phụ lục B?",
])
def test_a_count_of_tasks_a_body_takes_part_in_counts_both_roles(department, question):
    a = department.answer(question)
    assert a.found and "3" in a.answer, a.answer
    assert {c.locator.split(", ")[-1] for c in a.citations} >= {"nhiệm vụ 1", "nhiệm vụ 2"}, a.citations


def test_a_count_of_tasks_a_body_leads_counts_the_lead_only(department):
    a = department.answer("Công an tỉnh chủ trì bao nhiêu nhiệm vụ ở Phụ lục B?")
    assert a.found and "1 " in a.answer and "3 " not in a.answer, a.answer


def test_the_money_of_one_source_is_quoted_and_of_an_unnamed_thing_abstains(department):
    a = department.answer("How much is expected from socialisation and other lawful sources?")
    assert a.found and "3,5 tỷ đồng" in a.answer, a.answer
    other = department.answer("Kinh phí riêng cho việc số hóa bản đồ rừng là bao nhiêu tỷ đồng?")
    assert not other.found, other.answer


def test_a_budget_question_asking_a_date_and_a_body_is_answered(department):
    a = department.answer("Dự toán kinh phí phải trình Sở Tài chính thẩm định trước ngày nào, ai tổng hợp?")
    assert a.found and "20/01/2027" in a.answer and "Văn phòng Sở" in a.answer, a.answer


def test_contact_details_the_plan_does_not_print_abstain(department):
    a = department.answer("What phone number should cooperatives call about the e-commerce target?")
    assert not a.found and not a.citations, a.answer


@pytest.mark.parametrize("question", ["Kế hoạch 377 ban hành ngày nào?", "When was Plan 377 issued?"])
def test_the_issue_date_is_quoted(department, question):
    a = department.answer(question)
    assert a.found and a.citations, a.answer
    assert "09/12/2026" in a.citations[0].text or "ngày 09 tháng 12 năm 2026" in a.citations[0].text, a.citations


def test_a_sentence_dated_by_its_list_item_answers_a_year_question(department):
    # the 2027 plan's goal dates the digitisation share by its list item ("từ ngày 01/7/2028; …"):
    # the quoted clause itself names no year
    a = department.answer("Đến năm 2028, tỷ lệ hồ sơ đất rừng lưu trữ lâu dài được số hóa là bao nhiêu?")
    assert a.found and "45%" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Phụ lục B có bao nhiêu nhiệm vụ nhóm II và tổng cộng bao nhiêu nhiệm vụ?",
    "How many tasks does group II of Appendix B hold, and how many tasks in total?",
])
def test_a_count_of_a_group_and_of_the_whole_answers_both(department, question):
    a = department.answer(question)
    assert a.found, a.answer
    heads = [line for line in a.answer.splitlines() if line.startswith("Phụ lục B")]
    assert len(heads) == 2, a.answer
    assert " 3 " in heads[0] and " 5 " in heads[1], heads


def test_a_signature_table_after_the_appendix_table_is_not_its_rows():
    from ingest.formats.markup import markdown_to_lines
    from ingest.parsing import parse_document

    body = PLAN.split("## PHỤ LỤC A")[0].replace(SIGNATURE, "")
    text = "\n".join(markdown_to_lines(body + "## PHỤ LỤC B" + PLAN.split("## PHỤ LỤC B")[1] + SIGNATURE))
    parsed = parse_document(text, doc_id=DOC, file_name=f"{DOC}.md")
    tasks = [r for r in parsed.rows if r.appendix == "Phụ lục B"]
    assert len(tasks) == 5, [r.fields.get("content") for r in tasks]
    assert not any("GIÁM ĐỐC" in str(r.fields) for r in parsed.rows)

