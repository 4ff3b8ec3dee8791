"""A time asked of a roadmap ("from when …") that a year in brackets states, a body asked of a thing "in force"
(not when the document itself takes effect), the items a section lists as bullets, a row named whole with no
field asked, and the legal bases a decision's opening cites. Real ingest of a small Markdown decision."""

import pytest

from tests.conftest import assistant_over

DECISION = """ỦY BAN NHÂN DÂN THÀNH PHỐ LẠC SƠN

Số: 77/QĐ-UBND

# QUYẾT ĐỊNH

**Ban hành Kế hoạch số hóa hồ sơ quy hoạch của Thành phố Lạc Sơn**

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;

Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10 tháng 7 năm 2025 của Hội đồng nhân dân Thành phố;

Theo đề nghị của Giám đốc Sở Xây dựng.

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch số hóa hồ sơ quy hoạch của Thành phố.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

## I. LỘ TRÌNH THỰC HIỆN

1. Hoàn thiện hạ tầng lưu trữ hồ sơ quy hoạch của Thành phố (2025 - 2026).

2. Kết nối kho hồ sơ quy hoạch của Thành phố với Trung tâm dữ liệu quốc gia (2027 trở đi).

## II. TỔ CHỨC THỰC HIỆN

Sở Xây dựng là cơ quan thường trực, theo dõi việc thực hiện Kế hoạch.

## III. KINH PHÍ THỰC HIỆN

- Ngân sách Thành phố: chi số hóa và lưu trữ hồ sơ.
- Nguồn xã hội hóa: doanh nghiệp cung cấp dịch vụ lưu trữ.

## Phụ lục

**DANH MỤC NHIỆM VỤ**

| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Số hóa hồ sơ quy hoạch phân khu đang có hiệu lực | Sở Xây dựng | Văn phòng UBND Thành phố | Quý IV/2026 |
| 2 | Tạo lập văn bản điện tử của hồ sơ quy hoạch sử dụng đất cấp xã đang có hiệu lực | UBND xã, phường | Sở Nông nghiệp và Môi trường | Quý II/2027 |

## Phụ lục II

**DANH MỤC CÁC CƠ SỞ LƯU TRỮ HỒ SƠ**

| STT | Tên cơ sở | Địa chỉ | Ngành nghề/Loại hình kinh doanh | Tiêu thụ năng lượng (TOE) |
|---|---|---|---|---|
| 1 | Công ty TNHH Lưu trữ Số Lạc Sơn | Số 12 đường Trần Phú, Thành phố Lạc Sơn | Dịch vụ lưu trữ và số hóa tài liệu | 12.500 |
| 2 | Công ty Cổ phần Dữ liệu Bắc Sơn | Số 4 đường Lê Lợi, Thành phố Lạc Sơn | Dịch vụ trung tâm dữ liệu | 8.300 |
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-77-lacson.md": DECISION})


@pytest.mark.parametrize("question", [
    "From when does the roadmap foresee connecting the city's planning archive with the National Data Centre?",
    "Theo lộ trình, từ khi nào kết nối kho hồ sơ quy hoạch với Trung tâm dữ liệu quốc gia?",
])
def test_a_time_asked_of_a_roadmap_is_the_year_it_states(city, question):
    a = city.answer(question)
    assert a.found and "2027 trở đi" in a.answer, a.answer
    assert any("Trung tâm dữ liệu quốc gia" in c.text for c in a.citations), a.citations


def test_a_body_asked_of_a_thing_in_force_is_the_rows(city):
    a = city.answer("Đơn vị nào phối hợp khi UBND xã tạo lập văn bản điện tử hồ sơ quy hoạch sử dụng đất đang có hiệu lực?")
    assert a.found and "Sở Nông nghiệp và Môi trường" in a.answer, a.answer
    assert "kể từ ngày ký" not in a.answer, a.answer  # not when the decision takes effect
    b = city.answer("Quyết định 77 có hiệu lực từ khi nào?")  # the document's own date of effect, still
    assert b.found and "kể từ ngày ký" in b.answer, b.answer


@pytest.mark.parametrize("question, said", [
    ("Mục Kinh phí thực hiện của Quyết định 77 liệt kê những nguồn nào?", "gồm 2 mục"),
    ("How many funding sources are listed under the funding section of Decision 77?", "has 2 parts"),
])
def test_the_items_a_section_lists_are_counted_and_each_cited(city, question, said):
    a = city.answer(question)
    assert a.found and said in a.answer, a.answer
    assert "Ngân sách Thành phố: chi số hóa và lưu trữ hồ sơ." in a.answer and "Nguồn xã hội hóa" in a.answer, a.answer
    assert len(a.citations) >= 1 and all("KINH PHÍ" in c.locator for c in a.citations), a.citations


@pytest.mark.parametrize("question", [
    "What does Công ty TNHH Lưu trữ Số Lạc Sơn do according to the list?",
    "Theo danh mục, Công ty TNHH Lưu trữ Số Lạc Sơn làm gì?",
])
def test_a_row_named_whole_with_no_field_asked_is_shown_whole(city, question):
    a = city.answer(question)
    assert a.found and "Dịch vụ lưu trữ và số hóa tài liệu" in a.answer, a.answer
    assert any("Công ty TNHH Lưu trữ Số Lạc Sơn" in c.text for c in a.citations), a.citations
    assert "Bắc Sơn" not in a.answer, a.answer


def test_a_row_named_whole_gives_what_is_asked_when_no_field_is():
    from assistant.compose import has_asked_value
    from assistant.understanding import parse_question
    from ingest.records import TableRow

    cells = {"Tên cơ sở": "Công ty TNHH Taxi Du lịch Quyết Tiến", "Địa chỉ": "Số 30A đường Lê Thị Hồng Gấm",
             "Ngành nghề/Loại hình kinh doanh": "Vận tải hành khách bằng xe taxi"}
    row = TableRow(row_id="r58", doc_id="pl3", appendix="Phụ lục III", kind="other", number="58",
                   fields={"number": "58", "content": cells["Tên cơ sở"]}, columns=cells,
                   text=" | ".join(cells.values()), locator="Phụ lục III, dòng 58")
    assert has_asked_value(row, parse_question("What does Công ty TNHH Taxi Du lịch Quyết Tiến do according to the list?"))
    # a row named only in part ("Quyết Tiến") is not the one asked about by its name
    assert not has_asked_value(row, parse_question("What does Quyết Tiến do according to the list?"))


@pytest.mark.parametrize("question, said, lines", [
    ("Quyết định 77 được ban hành căn cứ những luật nào?", "nêu 2 căn cứ", ["Luật Tổ chức chính quyền địa phương", "Luật Lưu trữ"]),
    ("How many legal bases does Decision 77 cite in its preamble?", "cites 3 legal bases",
     ["Luật Tổ chức chính quyền địa phương", "Luật Lưu trữ", "Nghị quyết số 12/NQ-HĐND"]),
    ("Căn cứ pháp lý đầu tiên của Quyết định 77 là gì?", "đầu tiên", ["Luật Tổ chức chính quyền địa phương"]),
])
def test_the_legal_bases_of_the_opening_are_listed_as_asked(city, question, said, lines):
    a = city.answer(question)
    assert a.found and said in a.answer, a.answer
    assert all(line in a.answer for line in lines), a.answer
    if len(lines) < 3:
        assert "Nghị quyết số 12/NQ-HĐND" not in a.answer, a.answer  # not of the kind (or the place) asked
    assert a.citations and all("Căn cứ" in c.text for c in a.citations), a.citations


def test_bases_of_a_kind_the_opening_does_not_cite_are_not_in_the_plan(city):
    a = city.answer("Which decrees is Decision 77 based on?")
    assert not a.found and "Nghị định" in a.answer, a.answer


def test_bases_read_whole_however_the_format_broke_their_lines():
    from assistant.service import bases_in as bases

    # a PDF: one basis wrapped over two lines, two run together on one
    pdf = ("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về chuyển đổi số quốc\n"
           "gia; Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;\n"
           "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
    assert bases(pdf) == ["Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về chuyển đổi số quốc gia;",
                          "Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;"]
    # one basis listing several acts after ";" on its own paragraph
    md = ("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024; Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;\n\n"
          "Ủy ban nhân dân Tỉnh ban hành Kế hoạch như sau:")
    assert bases(md) == ["Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024; Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;"]
    # italics kept by a Markdown copy; a bullet a Word list gave; numbered bases; the decision's title after them
    md_italics = "*Căn cứ Luật A số 1/2020/QH14;*\n*Căn cứ Luật B số 2/2021/QH15;*\n*Theo đề nghị của Giám đốc Sở Tài chính.*"
    assert bases(md_italics) == ["Căn cứ Luật A số 1/2020/QH14;", "Căn cứ Luật B số 2/2021/QH15;"]
    assert bases("- Căn cứ Luật A số 1/2020/QH14;\n- Căn cứ Luật B số 2/2021/QH15;") == [
        "Căn cứ Luật A số 1/2020/QH14;", "Căn cứ Luật B số 2/2021/QH15;"]
    assert bases("1. Căn cứ Luật A;\n2. Căn cứ Luật B;") == ["Căn cứ Luật A;", "Căn cứ Luật B;"]
    assert bases("Căn cứ Luật A,\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch.") == ["Căn cứ Luật A,"]
    # a duty worded alike is no basis
    assert bases("Căn cứ chức năng, nhiệm vụ, các Sở xây dựng kế hoạch.") == []
    assert bases("Căn cứ Kế hoạch này, các Sở xây dựng kế hoạch chi tiết.") == []


@pytest.mark.parametrize("question", [
    "Cơ quan nào chủ trì hoàn thiện căn cứ pháp lý cho việc số hóa hồ sơ quy hoạch?",  # a task's lead, not the bases
    "Những căn cứ nào được dùng để xếp loại các xã?",  # criteria, not the document's bases
    "What are the legal grounds for revoking a licence?",
])
def test_a_basis_mentioned_is_not_the_documents_bases_asked(city, question):
    from assistant.steps import Question

    assert city._select_bases(city.understand(Question(text=question))) is None


def test_the_documents_own_kind_is_no_kind_of_basis_asked(city):
    a = city.answer("What legal bases does Decision 77 cite?")
    assert a.found and "cites 3 legal bases" in a.answer, a.answer


def test_a_specific_thing_asked_of_a_row_named_whole_is_not_the_row():
    from assistant.compose import has_asked_value
    from assistant.understanding import parse_question
    from ingest.records import TableRow

    cells = {"STT": "58", "Tên cơ sở": "Công ty TNHH Taxi Du lịch Quyết Tiến"}
    row = TableRow(row_id="r58", doc_id="pl3", appendix="Phụ lục III", kind="other", number="58",
                   fields={"number": "58", "content": cells["Tên cơ sở"]}, columns=cells,
                   text=" | ".join(cells.values()), locator="Phụ lục III, dòng 58")
    for q in ("What does Công ty TNHH Taxi Du lịch Quyết Tiến do according to the list?",  # only its number says more
              "Công ty TNHH Taxi Du lịch Quyết Tiến thành lập năm nào?", "Why is Công ty TNHH Taxi Du lịch Quyết Tiến on the list?"):
        assert not has_asked_value(row, parse_question(q)), q
