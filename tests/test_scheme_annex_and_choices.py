"""Readings a real Prime Minister's scheme (an annex of areas "1"–"6" over tasks "1.1"… and two areas that are a
single task each, "7", "8") and its questions called for:

- A numbered group read by the rows numbered under it ("6 | Thúc đẩy …" over "6.1"–"6.3") holds only those: a row
  numbered at its level ("7 | Nghiên cứu … | Bộ …") stands beside it, not in it.
- "những nhóm sản phẩm nào" asks for groups of products the text names, not how the annex is grouped.
- "Which is due first: X or Y": the words before the colon say what is asked ("due"); the sides' own words ("the
  mechanism funding innovation tasks that help firms reach …") name the things compared, not money or targets.
- "Giữa nhiệm vụ … IPO và nhiệm vụ về cơ chế “Luồng xanh”, nhiệm vụ nào có thời hạn muộn hơn?": the quoted name is
  one side's, so both sides' rows answer, not a list of the rows printing the quoted name.
The real Assistant over a small plan ingested for real."""

from assistant.steps import Question
from assistant.understanding import parse_question
from tests.conftest import assistant_over

SCHEME = """# QUYẾT ĐỊNH

Phê duyệt Đề án hỗ trợ doanh nghiệp công nghệ số vươn ra toàn cầu.

## III. NHIỆM VỤ VÀ GIẢI PHÁP

e) Nghiên cứu xây dựng tiêu chuẩn quốc gia cho các nhóm sản phẩm công nghệ chiến lược có tiềm năng xuất khẩu (AI, IoT, thiết bị y tế số).

# Phụ lục

DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM

| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian hoàn thành |
|----|----|----|----|----|----|
| 1 | Rà soát, hoàn thiện thể chế | | | | |
| 1.1 | Ban hành các chính sách hỗ trợ IPO và niêm yết quốc tế | Bộ Tài chính | Bộ Khoa học và Công nghệ | Chính sách được ban hành | Quý I/2027 |
| 1.2 | Nghiên cứu đề xuất cơ chế chuyển tiền đặt cọc nhanh chóng "Luồng xanh" | Ngân hàng Nhà nước | Bộ Tài chính | Báo cáo đề xuất | Quý II/2027 |
| 2 | Thúc đẩy doanh nghiệp thực hiện mua bán, sáp nhập | | | | |
| 2.1 | Xây dựng cơ chế hỗ trợ đăng ký quyền sở hữu trí tuệ tại thị trường nước ngoài | Bộ Khoa học và Công nghệ | Các bộ | Cơ chế được ban hành | Quý III/2026 |
| 2.2 | Xây dựng cơ chế tài trợ kinh phí nhiệm vụ đổi mới sáng tạo giúp doanh nghiệp đạt tiêu chuẩn quốc tế | Bộ Khoa học và Công nghệ | Bộ Tài chính | Cơ chế được ban hành | Quý IV/2026 |
| 3 | Nghiên cứu đề xuất bổ sung chức năng nhiệm vụ hỗ trợ doanh nghiệp cho cơ quan đại diện ở nước ngoài | Bộ Ngoại giao | Bộ Khoa học và Công nghệ | Đề án | Năm 2027 |
"""


def _assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-982-ttg-2026.md": SCHEME})


RESTARTED = """# KẾ HOẠCH

# Phụ lục

DANH MỤC DỰ ÁN

| TT | Dự án | Cơ quan chủ trì | Thời gian |
|----|----|----|----|
| 1 | Giao thông | | |
| 1.1 | Nâng cấp quốc lộ 45 | Sở Xây dựng | 2026 |
| 1 | Dự án cầu Hàm Rồng mới | Sở Xây dựng | 2027 |
| 2 | Dự án cảng Nghi Sơn | Ban Quản lý Khu kinh tế | 2028 |
| 3 | Năng lượng | | |
| 3.1 | Điện mặt trời | Sở Công Thương | 2026 |
"""


def test_a_row_numbered_at_its_groups_level_stands_beside_the_group(tmp_path_factory):
    rows = _assistant(tmp_path_factory).lookup.rows()
    groups = {r.number: (r.group[0][:4] if r.group else "") for r in rows}
    assert groups == {"1.1": "1. R", "1.2": "1. R", "2.1": "2. T", "2.2": "2. T", "3": ""}
    # rows numbered anew under a numbered group ("1", "2" after "1.1" under "1 | Giao thông") stay in it: only a
    # number after the group's at its depth ("3 | Năng lượng") stands beside it
    restarted = assistant_over(tmp_path_factory, {"kh-du-an-2026.md": RESTARTED}).lookup.rows()
    assert [(r.number, [g.split(" ", 1)[0] for g in r.group]) for r in restarted] == [
        ("1.1", ["1."]), ("1", ["1."]), ("2", ["1."]), ("3.1", ["3."])]


def test_groups_of_a_thing_named_after_nhom_are_not_the_annexs_groups(tmp_path_factory):
    asked = parse_question("Đề án nêu ví dụ những nhóm sản phẩm nào cần xây dựng tiêu chuẩn?")
    assert not asked.over_rows
    grouped = parse_question("Phụ lục được chia thành những nhóm nào?")
    assert grouped.over_rows and grouped.aggregation == "count"
    assert parse_question("Phụ lục có bao nhiêu nhóm nội dung?").over_rows
    assert not parse_question("Những nhóm dược phẩm nào được ưu tiên?").over_rows  # ("dược", not "được")
    assert parse_question("Phụ lục có bao nhiêu nhóm ngành?").over_rows  # (a table named: its groups, whatever noun)
    answer = _assistant(tmp_path_factory).answer("Đề án nêu ví dụ những nhóm sản phẩm nào cần xây dựng tiêu chuẩn?")
    assert answer.found and "AI, IoT, thiết bị y tế số" in answer.answer


def test_the_words_before_the_colon_say_what_a_choice_asks(tmp_path_factory):
    question = ("Which is due first: the mechanism supporting IP registration abroad or the mechanism funding "
                "innovation tasks that help firms reach international standards?")
    assert parse_question(question).fields == ["deadline"]
    # (what the words after the sides ask counts too; a head that asks nothing leaves the fields as they were)
    assert parse_question("Of the tasks the Ministry of Finance leads, which: the IPO policy or the Green Lane "
                          "mechanism, is due later?").fields == ["lead", "deadline"]
    assert parse_question("Which one: the funding mechanism or the standards task?").fields == ["budget"]
    answer = _assistant(tmp_path_factory).answer(question)
    assert answer.found and "Quý III/2026" in answer.answer and "Quý IV/2026" in answer.answer


def test_a_quoted_side_of_a_comparison_is_that_sides_name(tmp_path_factory):
    assistant = _assistant(tmp_path_factory)
    question = 'Giữa nhiệm vụ ban hành chính sách hỗ trợ IPO và nhiệm vụ về cơ chế "Luồng xanh", nhiệm vụ nào có thời hạn muộn hơn?'
    retrieved = assistant.retrieve(assistant.understand(Question(text=question)))
    assert retrieved.strategy != "aggregate"
    answer = assistant.answer(question)
    assert answer.found and "Quý I/2027" in answer.answer and "Quý II/2027" in answer.answer
    # (both sides quoted: the rows of each are listed)
    both = ('So sánh các nhiệm vụ của nhóm "Rà soát, hoàn thiện thể chế" và nhóm "Thúc đẩy doanh nghiệp thực hiện '
            'mua bán, sáp nhập"')
    assert assistant.retrieve(assistant.understand(Question(text=both))).strategy == "aggregate"


OBJECTIVES = """# QUYẾT ĐỊNH

Phê duyệt Đề án chuyển đổi số hạ tầng.

## II. MỤC TIÊU

### 1. Mục tiêu tổng quát

Thúc đẩy chuyển đổi số toàn diện trong quản lý kết cấu hạ tầng. Tạo lập hệ sinh thái kết cấu hạ tầng số thông minh, kết nối liên thông giữa các lĩnh vực.

### 2. Mục tiêu cụ thể

- Đến năm 2026, hoàn thiện khung pháp lý về dữ liệu hạ tầng.
- Đến năm 2030, 100% công trình được số hóa.
"""


def test_a_section_the_english_question_names_by_a_glossary_phrase_is_quoted_whole(tmp_path_factory):
    # ("overall objective" is read as "mục tiêu tổng quát", the section's title, though "overall" alone reads as
    # "toàn diện", which only the first sentence prints)
    assistant = assistant_over(tmp_path_factory, {"qd-2597-ttg-2025.md": OBJECTIVES})
    answer = assistant.answer("What is the overall objective of the scheme?")
    assert answer.found and "Tạo lập hệ sinh thái kết cấu hạ tầng số thông minh" in answer.answer
    assert "Thúc đẩy chuyển đổi số toàn diện" in answer.answer
