"""A decision approving a scheme ("Đề án") as real ones print it: the body's solutions under numbered
headings, duties as numbered paragraphs, and after the signature a list attached with no "Phụ lục"
label ("DANH MỤC …" over "(Ban hành kèm theo Quyết định số …)" and its table) — beside a provincial plan
that writes agencies by their initials ("Sở NN&PTNT"). Asked as officials ask: the scheme named by its
kind alone, a ministry by a half-abbreviated name, the parts of a section, a fine the scheme never sets.
Real ingest of two small Markdown documents."""

import pytest

from tests.conftest import assistant_over

SCHEME = """THỦ TƯỚNG CHÍNH PHỦ
Số: 777/QĐ-TTg

# QUYẾT ĐỊNH

**Phê duyệt Đề án giảm phát thải khí nhà kính trong ngành xi măng đến năm 2030**

## I. MỤC TIÊU

Đến năm 2030, giảm 15% phát thải khí nhà kính của ngành xi măng so với năm 2020.

Các nhà máy xử lý chất thải rắn đúng quy định; thực hành tiết kiệm, chống lãng phí trong sản xuất.

## II. GIẢI PHÁP THỰC HIỆN

### 1. Hoàn thiện thể chế, chính sách

Rà soát, sửa đổi quy chuẩn kỹ thuật về phát thải của lò nung clinker.

### 2. Huy động nguồn lực tài chính

Huy động vốn tín dụng xanh và vốn ODA cho các dự án giảm phát thải.

### 3. Phát triển nguồn nhân lực

Đào tạo cán bộ kiểm kê khí nhà kính tại các nhà máy xi măng.

## III. TỔ CHỨC THỰC HIỆN

1\\. Bộ Xây dựng chủ trì tổ chức thực hiện Đề án; hằng năm báo cáo Thủ tướng Chính phủ kết quả thực hiện.

2\\. Bộ Tài chính bố trí kinh phí thực hiện Đề án theo quy định của pháp luật về ngân sách nhà nước.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

| *Nơi nhận:* - Như Điều 2; - Lưu: VT. | KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Văn A |
| --- | --- |

# DANH MỤC

CÁC NHIỆM VỤ THUỘC ĐỀ ÁN GIẢM PHÁT THẢI KHÍ NHÀ KÍNH TRONG NGÀNH XI MĂNG

*(Ban hành kèm theo Quyết định số 777/QĐ-TTg ngày 05 tháng 3 năm 2024 của Thủ tướng Chính phủ)*

| TT | Tên nhiệm vụ | Thời gian thực hiện | Cơ quan chủ trì | Cơ quan phối hợp |
| --- | --- | --- | --- | --- |
| 1 | Kiểm kê khí nhà kính định kỳ tại các nhà máy xi măng | 2024-2030 | Bộ Xây dựng | Bộ Tài nguyên và Môi trường |
| 2 | Xây dựng và áp dụng hệ thống tiêu chuẩn, chỉ tiêu về tiêu thụ năng lượng của lò nung | 2025-2027 | Bộ Công Thương | Các Bộ, ngành liên quan |
| 3 | Nghiên cứu sử dụng phụ phẩm nông nghiệp làm nhiên liệu thay thế cho lò nung | 2024-2026 | Bộ Nông nghiệp và Phát triển nông thôn | Bộ Xây dựng, Bộ Công Thương |
| 4 | Xây dựng cơ chế tài chính hỗ trợ nhà máy đổi mới công nghệ | 2024-2025 | Bộ Tài chính | Bộ Nông nghiệp và Phát triển nông thôn, Ngân hàng Nhà nước Việt Nam |
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
| 2 | Tỷ lệ hợp tác xã nông nghiệp ứng dụng truy xuất nguồn gốc số | 30% | 60% | Sở NN&PTNT |
| 3 | Tỷ lệ phủ sóng 5G trên địa bàn | 60% | 95% | Sở Khoa học và Công nghệ |

## Tổ chức thực hiện

Sở Nông nghiệp và Phát triển nông thôn ứng dụng ảnh vệ tinh trong quản lý, bảo vệ rừng.
"""


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-777-ttg.md": SCHEME, "kh-12-bachlong-2026.md": PLAN})


def ask(assistant, question):
    return assistant.answer(question)


def test_a_list_attached_without_an_appendix_label_is_the_appendix_under_its_own_title(both):
    rows = [r for r in both.store.rows() if r.doc_id == "qd-777-ttg"]
    assert len(rows) == 4, [r.fields.get("content") for r in rows]
    assert {r.appendix for r in rows} == {"Phụ lục"}, {r.appendix for r in rows}
    assert all(r.appendix_title.startswith("DANH MỤC CÁC NHIỆM VỤ") for r in rows), rows[0].appendix_title
    # the duties of the body stay in the body: the list starts after the signature
    assert not any("Bộ Xây dựng chủ trì tổ chức" in r.text for r in rows)


def test_the_scheme_named_by_its_kind_alone_is_the_one_scheme_held(both):
    a = ask(both, "Danh mục kèm theo Đề án có tổng cộng bao nhiêu nhiệm vụ?")
    assert a.found and "4" in a.answer, a.answer
    assert {c.doc_id for c in a.citations} == {"qd-777-ttg"}, a.citations
    # a scheme a plan names by its number is no scheme said alone: both plans stay in reach
    from assistant.steps import Question

    assert list(both.understand(Question(text="Đề án 06 do ai chủ trì?")).candidates) != ["qd-777-ttg"]


def test_a_ministry_written_half_in_initials_is_the_ministry_the_rows_print(both):
    a = ask(both, "Bộ Nông nghiệp và PTNT chủ trì nhiệm vụ nào?")
    assert a.found and "phụ phẩm nông nghiệp" in a.answer, a.answer
    assert all(c.doc_id == "qd-777-ttg" for c in a.citations), a.citations
    # "PTNT", which the plan prints in "Sở NN&PTNT", does not make the question the plan's
    assert "Tỷ lệ hợp tác xã" not in a.answer


def test_the_parts_of_a_section_are_listed_and_counted(both):
    a = ask(both, "Đề án đưa ra những nhóm giải pháp thực hiện nào?")
    assert a.found, a.answer
    assert "3" in a.answer and "Phát triển nguồn nhân lực" in a.answer and "Huy động nguồn lực tài chính" in a.answer, a.answer
    assert len(a.citations) == 3 and all("GIẢI PHÁP THỰC HIỆN" in c.locator for c in a.citations), a.citations
    # numbered paragraphs go on counting where sub-headings stop ("1\\." and "2\\." of section III)
    b = ask(both, "How many groups of duties does section III of the scheme set out?")
    assert b.found and "has 2 parts" in b.answer and "Bộ Tài chính bố trí kinh phí" in b.answer, b.answer


def test_a_task_whose_own_words_name_indicators_is_not_left_out_for_being_a_task(both):
    a = ask(both, "When must the system of standards and indicators on kiln energy use be built and applied?")
    assert a.found and "2025-2027" in a.answer and "Bộ Công Thương" in a.answer, a.answer


def test_a_fine_the_scheme_never_sets_is_not_answered_with_another_figure(both):
    a = ask(both, "Đề án quy định mức phạt tiền đối với nhà máy xi măng vượt ngưỡng phát thải là bao nhiêu?")
    assert not a.found, a.answer


def test_a_value_for_a_year_the_table_has_no_column_for_is_not_answered(both):
    a = ask(both, "What 2027 value does the Bạch Long plan give for 5G coverage?")
    assert not a.found and "2027" in a.answer, a.answer
    assert ask(both, "What 2030 value does the Bạch Long plan give for 5G coverage?").answer.count("95%") >= 1


def test_which_of_two_tasks_finishes_later_states_both_periods(both):
    a = ask(both, "Which finishes later: the study on farm by-products as kiln fuel or the financial mechanism "
                  "supporting plants and technology renewal?")
    assert a.found and "2024-2026" in a.answer and "2024-2025" in a.answer, a.answer


def test_an_english_word_of_two_senses_is_one_term_either_sense_covers(both):
    from assistant.steps import Question

    u = both.understand(Question(text="What does the scheme require of cement plants on waste?"))
    senses = [t for t in u.terms if "chat_thai" in t]
    assert len(senses) == 1 and "lang_phi" in senses[0], sorted(u.terms)


FORESTRY = """# KẾ HOẠCH

**Giảm phát thải khí nhà kính tỉnh Bạch Long đến năm 2030**

## 1. Nội dung

""" + " ".join(f"Câu mở đầu số {i} nói về việc giảm phát thải khí nhà kính trong các ngành kinh tế trọng điểm của tỉnh." for i in range(6)) + """
Hoạt động, biện pháp tăng khả năng hấp thụ khí nhà kính:
- Bảo vệ rừng phòng hộ đầu nguồn;
- Trồng rừng, tái trồng rừng trên đất trống;
- Đẩy mạnh phục hồi rừng, tái sinh tự nhiên;
- Giảm phát thải thông qua hạn chế mất rừng và suy thoái rừng (REDD+).
- Lĩnh vực chất thải
Mục tiêu giảm phát thải so với năm 2005: 5%
"""


@pytest.fixture(scope="module")
def forestry(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-rung.md": FORESTRY})


def test_a_list_quoted_to_its_chunks_end_goes_on_to_its_last_item(forestry):
    chunks = [c for c in forestry.store.chunks() if c.kind == "text" and "Bảo vệ rừng" in c.source_text]
    assert chunks and "(REDD+)" not in chunks[0].source_text  # the list runs over two chunks
    a = forestry.answer("Kế hoạch nêu những hoạt động, biện pháp nào để tăng khả năng hấp thụ khí nhà kính?")
    assert a.found and "Bảo vệ rừng phòng hộ" in a.answer and "(REDD+)" in a.answer, a.answer
    # the list ends at its last item: the next heading bullet is not one of its items
    assert "Lĩnh vực chất thải" not in a.answer.split("(REDD+)")[1][:40], a.answer


def test_a_plan_named_by_one_topic_word_is_the_one_whose_title_holds_it(both):
    from assistant.steps import Question

    named = both.understand(Question(text="Which body leads the fuel study in the cement scheme?"))
    assert list(named.candidates) == ["qd-777-ttg"] and named.explicit, named.candidates
    # a word that says which kind of plan ("the new plan") names none (its topic, 5G, which one plan alone speaks
    # of, may still say which plan is asked: see tests/test_plan_by_topic.py)
    unnamed = both.understand(Question(text="What does the new plan say about 5G coverage?"))
    assert len(unnamed.in_reach) == 2 and not unnamed.explicit, unnamed.in_reach


FUNDED = """# KẾ HOẠCH

**Phát triển rừng ven biển tỉnh Bạch Long giai đoạn 2025 - 2030**

## Phụ lục

**DANH MỤC NHIỆM VỤ**

| TT | Nhiệm vụ | Cơ quan chủ trì | Nguồn kinh phí | Thời gian |
|---|---|---|---|---|
| 1 | Trồng mới rừng phòng hộ ven biển | Sở Nông nghiệp và Môi trường | ODA | 2025 - 2027 |
| 2 | Xây dựng cơ sở dữ liệu rừng ven biển | Sở Khoa học và Công nghệ | - Ngân sách nhà nước - ODA | 2025 - 2026 |
| 3 | Tuyên truyền bảo vệ rừng cho cộng đồng | Sở Văn hóa, Thể thao và Du lịch | Ngân sách nhà nước | 2025 - 2030 |
| 4 | Thí điểm chi trả dịch vụ môi trường rừng | Sở Tài chính | ODA. | 2026 - 2028 |
"""


@pytest.fixture(scope="module")
def funded(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-rung-ven-bien.md": FUNDED})


def test_rows_are_counted_by_a_value_of_another_column_the_question_names(funded):
    only = funded.answer("Có bao nhiêu nhiệm vụ chỉ dùng nguồn ODA?")
    assert only.found and "2 nhiệm vụ" in only.answer and "Trồng mới rừng" in only.answer \
        and "cơ sở dữ liệu" not in only.answer, only.answer
    any_oda = funded.answer("How many tasks use ODA funding?")
    assert any_oda.found and "3 tasks" in any_oda.answer and "Tuyên truyền" not in any_oda.answer, any_oda.answer


SEA_SPACE = """# KẾ HOẠCH

**Sử dụng bền vững không gian biển tỉnh Bạch Long đến năm 2030**

## 1. Phân vùng sử dụng không gian biển

""" + " ".join(f"Câu mở đầu số {i} nói về việc phân vùng, quản lý và sử dụng không gian biển của tỉnh theo quy hoạch." for i in range(6)) + """
- Ưu tiên bố trí không gian biển cho các hoạt động sau:
""" + "".join(f"+ {topic}. " + " ".join(f"Câu thứ {k} của mục này nêu rõ yêu cầu phát triển bền vững, bảo vệ môi trường và hệ sinh thái biển."
                                  for k in range(3)) + "\n"
              for topic in ("Phát triển du lịch sinh thái biển", "Phát triển vận tải biển và logistics",
                            "Phát triển nuôi trồng thủy sản công nghệ cao", "Phát triển năng lượng tái tạo điện gió ngoài khơi")) + """
## 2. Tổ chức thực hiện

Các sở, ngành triển khai thực hiện Kế hoạch này.
"""


@pytest.fixture(scope="module")
def sea_space(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-bien.md": SEA_SPACE})


def test_a_list_of_long_items_goes_on_over_the_chunks_after_its_lead_in(sea_space):
    chunks = [c for c in sea_space.store.chunks() if c.kind == "text" and "cho các hoạt động sau" in c.source_text]
    assert chunks and "điện gió" not in chunks[0].source_text  # the items run over the chunks after it
    assert sum(1 for c in sea_space.store.chunks() if c.kind == "text" and "Phát triển" in c.source_text) >= 3
    a = sea_space.answer("Kế hoạch ưu tiên bố trí không gian biển cho những hoạt động nào?")
    assert a.found and "du lịch sinh thái biển" in a.answer, a.answer
    assert "điện gió ngoài khơi" in a.answer, a.answer  # (the fourth item, two chunks after the lead-in)
    assert "Tổ chức thực hiện" not in a.answer and "triển khai thực hiện Kế hoạch này" not in a.answer
