"""Readings a real Government resolution approving a scheme (its annex a table of the tasks each unit leads:
"STT | Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | Thời gian hoàn thành", the unit's number and name merged down
over its tasks) and its questions called for:

- A column headed as the tasks a unit leads ("Nhiệm vụ chủ trì"), beside a column of the units, holds the rows'
  content; the units column says who leads them.
- In a ruled PDF table, a cell merged down over the rows below it repeats its text in each, as a Word table's
  vertically merged cell does: each task under a unit is a row of its own, led by that unit.
- A converter's Markdown heading cut inside a sentence ("## 7. Đối với …: Tiếp tục hoàn" over "thiện hệ thống …")
  is one paragraph.
- A partner cell listing its bodies by number ("(1) Bộ Tư pháp (2) Bộ Công an") names each; "the only partner",
  "đơn vị phối hợp duy nhất" counts the rows whose one partner is the body named.
- "Which ministry proposed this resolution" asks the document's "Theo đề nghị của …" line.
- A name an English question writes without accents ("Viet Nam") is the plans' "Việt Nam".
- "Nghị quyết có quy định mức lương … không?": the thing asked ("mức lương", its first two words) printed nowhere in
  the plan is not set by it — no passage that shares the question's other words answers.
- "Who …" answered by a passage under a body's own heading ("1. Sở Nông nghiệp và Môi trường" over "Tham mưu …"):
  the heading says who."""

from pathlib import Path

from assistant.compose import bodies_in
from assistant.service import _prints_all
from assistant.steps import Question
from assistant.understanding import parse_question
from ingest.formats.markup import markdown_to_lines
from ingest.loaders import load_file
from ingest.parsing import parse_document
from tests.conftest import assistant_over

UNITS_TABLE = """| STT | Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
|----|----|----|----|----|
| 1 | Bộ Thông tin và Truyền thông | Ban hành Khung kiến trúc Chính phủ điện tử 3.0 | Văn phòng Chính phủ | Quý IV/2023 |
| 1 | Bộ Thông tin và Truyền thông | Ban hành quy định về tiêu chuẩn kết nối, chia sẻ dữ liệu | (1) Văn phòng Chính phủ (2) Bộ Công an | Quý I/2024 |
| 2 | Bộ Công an | Thành lập đơn vị cấp Cục vận hành Trung tâm dữ liệu quốc gia |  | Trong năm 2024 |
| 2 | Bộ Công an | Rà soát các luật có quy định liên quan đến cơ sở dữ liệu quốc gia | (1) Bộ Tư pháp (2) Các bộ, ngành, địa phương | Thường xuyên |
| 3 | Bộ Tài chính | Nghiên cứu đề xuất mức thu phí khai thác thông tin trong Trung tâm dữ liệu quốc gia | Bộ Công an | Quý IV/2024 |
| 4 | Bộ Công Thương | Chỉ đạo Tập đoàn Điện lực Việt Nam bảo đảm nguồn điện cho các Trung tâm dữ liệu | Bộ Công an | Quý IV/2024 |
| 4 | Bộ Công Thương | Hướng dẫn tiêu chuẩn tiết kiệm năng lượng cho các Trung tâm dữ liệu | Bộ Công an, các bộ, ngành, địa phương | Quý IV/2024 |
| 5 | Bộ Tư pháp | Thẩm định các văn bản quy phạm pháp luật về dữ liệu | (1) Bộ Công an (2) Văn phòng Chính phủ | Thường xuyên |
"""

RESOLUTION = f"""# NGHỊ QUYẾT

Phê duyệt Đề án Trung tâm dữ liệu quốc gia

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;

Theo đề nghị của Bộ trưởng Bộ Công an.

## QUYẾT NGHỊ:

## III. MỤC TIÊU

e) Về phát triển Chính phủ điện tử

Đến năm 2025, Việt Nam thuộc nhóm 70 nước dẫn đầu về Chính phủ điện tử (EGDI). Đến năm 2030, Việt Nam thuộc nhóm 50 nước dẫn đầu về Chính phủ điện tử (EGDI).

# Phụ lục I

NHIỆM VỤ CỦA CÁC BỘ, NGÀNH

{UNITS_TABLE}"""


def _rows(text: str, tmp_path: Path):
    path = tmp_path / "nq.md"
    path.write_text(text, encoding="utf-8")
    loaded = load_file(path)
    return parse_document(loaded.text, doc_id="nq", file_name=path.name, line_pages=loaded.line_pages).rows


def test_a_column_of_the_tasks_a_unit_leads_is_the_rows_content_and_the_units_lead(tmp_path: Path):
    rows = _rows(f"# Phụ lục I\n\nNHIỆM VỤ\n\n{UNITS_TABLE}", tmp_path)
    assert len(rows) == 8
    assert rows[0].fields["content"] == "Ban hành Khung kiến trúc Chính phủ điện tử 3.0"
    assert rows[0].fields["lead"] == "Bộ Thông tin và Truyền thông"
    assert rows[3].fields["lead"] == "Bộ Công an" and rows[3].fields["deadline"] == "Thường xuyên"


def test_a_tasks_column_beside_no_column_of_units_is_not_made_content(tmp_path: Path):
    # (a lead column holding tasks with no units anywhere: nothing says who leads, the column stays unsure)
    table = UNITS_TABLE.replace("| Bộ Thông tin và Truyền thông |", "| Nhóm A |").replace("| Bộ Công an |", "| Nhóm B |") \
        .replace("| Bộ Tài chính |", "| Nhóm C |").replace("| Bộ Công Thương |", "| Nhóm D |").replace("| Bộ Tư pháp |", "| Nhóm E |") \
        .replace("Đơn vị phối hợp", "Ghi chú").replace("(1) Văn phòng Chính phủ (2) Bộ Công an", "x") \
        .replace("Văn phòng Chính phủ", "x").replace("(1) Bộ Tư pháp (2) Các bộ, ngành, địa phương", "x") \
        .replace("Bộ Công an |", "x |").replace("(1) Bộ Công an (2) x", "x")
    rows = _rows(f"# Phụ lục I\n\nNHIỆM VỤ\n\n{table}", tmp_path)
    assert rows and all("content" not in r.fields or not r.fields["content"].startswith(("Ban hành", "Thành lập")) for r in rows)


def _pdf_with_merged_units(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("UnitsSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    data = [["STT", "Đơn vị", "Nhiệm vụ chủ trì", "Đơn vị phối hợp", "Thời gian"],
            ["1", "Bộ Thông tin và Truyền thông", "Ban hành Khung kiến trúc", "Văn phòng Chính phủ", "Quý IV/2023"],
            ["", "", "Ban hành quy định kết nối", "Bộ Công an", "Quý I/2024"],
            ["", "", "Xây dựng quy chuẩn trung tâm", "Bộ Khoa học và Công nghệ", "Trước năm 2025"],
            ["2", "Bộ Công an", "Thành lập đơn vị cấp Cục", "", "Trong năm 2024"],
            ["", "", "Rà soát các luật liên quan", "Bộ Tư pháp", "Thường xuyên"]]
    table = Table(data, colWidths=[30, 130, 150, 120, 70])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "UnitsSans", 8), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("SPAN", (0, 1), (0, 3)), ("SPAN", (1, 1), (1, 3)), ("SPAN", (0, 4), (0, 5)), ("SPAN", (1, 4), (1, 5))]))
    SimpleDocTemplate(str(path), pagesize=(595, 842)).build([table])
    return path


def test_a_pdf_cell_merged_down_over_rows_repeats_in_each(tmp_path: Path):
    path = _pdf_with_merged_units(tmp_path / "units.pdf")
    loaded = load_file(path)
    rows = parse_document(loaded.text, doc_id="u", file_name="units.pdf", line_pages=loaded.line_pages).rows
    assert [r.fields.get("content") for r in rows] == ["Ban hành Khung kiến trúc", "Ban hành quy định kết nối",
                                                       "Xây dựng quy chuẩn trung tâm", "Thành lập đơn vị cấp Cục",
                                                       "Rà soát các luật liên quan"]
    assert [r.fields.get("lead") for r in rows] == ["Bộ Thông tin và Truyền thông"] * 3 + ["Bộ Công an"] * 2
    assert [r.fields.get("deadline") for r in rows][2:4] == ["Trước năm 2025", "Trong năm 2024"]


def test_a_pdf_row_mostly_merged_down_from_the_row_above_goes_on_with_it(tmp_path: Path):
    """A task's number, name and lead merged down over two lines of partners and deadlines: one task."""
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("UnitsSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    data = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
            ["1", "Xây dựng kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ", "Sở Tài chính", "2026"],
            ["", "", "", "Sở Nội vụ", "2027"],
            ["2", "Đào tạo kỹ năng số cho cán bộ", "Sở Nội vụ", "Các sở, ngành", "2026"]]
    table = Table(data, colWidths=[30, 170, 120, 120, 60])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "UnitsSans", 8), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("SPAN", (0, 1), (0, 2)), ("SPAN", (1, 1), (1, 2)), ("SPAN", (2, 1), (2, 2))]))
    path = tmp_path / "tasks.pdf"
    SimpleDocTemplate(str(path), pagesize=(595, 842)).build([table])
    loaded = load_file(path)
    rows = parse_document(loaded.text, doc_id="t", file_name="tasks.pdf", line_pages=loaded.line_pages).rows
    assert [r.fields.get("content") for r in rows] == ["Xây dựng kho dữ liệu dùng chung", "Đào tạo kỹ năng số cho cán bộ"]
    assert "Sở Nội vụ" in rows[0].fields.get("coordinating", "")


def test_a_heading_cut_inside_a_sentence_is_one_paragraph_with_the_words_after_it():
    lines = markdown_to_lines("## I. NHIỆM VỤ CHUNG\n\n## 7. Đối với các đơn vị đã xây dựng cơ sở dữ liệu quốc gia: Tiếp tục hoàn\n\n"
                              "thiện hệ thống trong Quý II/2025.\n\n## 1. Mục tiêu\n\nĐến năm 2030, a.\n\n## 2. Nhiệm vụ\n\na) Một việc.\n\n"
                              "## 3. Tổ chức thực hiện\n\ntrong đó: 5 nhiệm vụ.\n\n## Phụ lục 2. Danh mục các nhiệm vụ của các sở ngành tỉnh\n\nii. Hai.\n")
    assert "7. Đối với các đơn vị đã xây dựng cơ sở dữ liệu quốc gia: Tiếp tục hoàn thiện hệ thống trong Quý II/2025." in lines
    # (a heading over a sentence in capitals, over a lettered or Roman-numbered item, or a short title, stays a heading)
    for title in ("1. Mục tiêu", "2. Nhiệm vụ", "3. Tổ chức thực hiện", "Phụ lục 2. Danh mục các nhiệm vụ của các sở ngành tỉnh"):
        assert lines[lines.index(title) + 1] == "", title


def test_a_cell_listing_bodies_by_number_names_each():
    assert bodies_in("(1) Bộ Tư pháp (2) Văn phòng Chính phủ (3) Bộ Công an") == ["Bộ Tư pháp", "Văn phòng Chính phủ", "Bộ Công an"]
    for cell in ("(1) Bộ Tư pháp, (2) Bộ Công an", "(1) Bộ Tư pháp và (2) Bộ Công an", "(1)Bộ Tư pháp (2)Bộ Công an",
                 "1) Bộ Tư pháp 2) Bộ Công an", "(i) Bộ Tư pháp (ii) Bộ Công an"):
        assert bodies_in(cell) == ["Bộ Tư pháp", "Bộ Công an"], cell
    assert bodies_in("Bộ Công an") == ["Bộ Công an"]
    assert bodies_in("Sở Văn hóa, Thể thao và Du lịch") == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_a_header_naming_the_unit_that_leads_stays_the_lead(tmp_path: Path):
    table = """| TT | Việc cần làm | Tên đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
|----|----|----|----|----|
| 1 | Tổ chức tuyên truyền về chuyển đổi số | Phòng Văn hóa và Thông tin | Sở Khoa học và Công nghệ | 2025 |
| 2 | Xây dựng kho dữ liệu dùng chung của huyện | Phòng Kinh tế | Sở Khoa học và Công nghệ | 2026 |
"""
    rows = _rows(f"# Phụ lục\n\nNHIỆM VỤ\n\n{table}", tmp_path)
    assert [r.fields.get("content") for r in rows] == ["Tổ chức tuyên truyền về chuyển đổi số", "Xây dựng kho dữ liệu dùng chung của huyện"]
    # ("Các nhiệm vụ chủ trì" names the tasks, as "Nhiệm vụ chủ trì" does)
    rows = _rows(f"# Phụ lục I\n\nNHIỆM VỤ\n\n{UNITS_TABLE.replace('| Nhiệm vụ chủ trì |', '| Các nhiệm vụ chủ trì |')}", tmp_path)
    assert rows[0].fields["content"].startswith("Ban hành Khung") and rows[0].fields["lead"] == "Bộ Thông tin và Truyền thông"


def test_a_name_written_without_accents_is_printed_with_them():
    assert _prints_all("Đến năm 2025, Việt Nam thuộc nhóm 70 nước", ["viet nam"])
    assert not _prints_all("Đến năm 2025, Việt Nam thuộc nhóm 70 nước", ["lao cai"])
    assert not _prints_all("Đến năm 2025, Việt Nam thuộc nhóm", ["việt nam", "phú quý"])
    # (only as a name, printed with capitals: "phủ quy" of "Chính phủ quy định" is no "Phu Quy")
    assert not _prints_all("Chính phủ quy định mức phụ cấp", ["phu quy"])
    assert _prints_all("Nhà máy điện đảo Phú Quý", ["phu quy"])


def test_which_ministry_proposed_this_resolution_asks_its_proposal_line():
    assert parse_question("Which ministry proposed this resolution to the Government?").meta == "proposer"
    assert parse_question("Bộ nào đã đề nghị ban hành Nghị quyết này?").meta == "proposer"
    for q in ("Nghị quyết này được ban hành theo đề nghị của cơ quan nào?", "Cơ quan nào trình Chính phủ ban hành Nghị quyết này?",
              "Which ministry proposed Resolution 175/NQ-CP?", "Who proposed the issuance of this resolution?"):
        assert parse_question(q).meta == "proposer", q
    # (a task proposing a scheme is a row's, not the document's)
    for q in ("Which ministry proposed the scheme on data standards?",
              "Which ministry proposed the programme for the Government's digital transformation?",
              "Who proposed the plan to the People's Committee on rural roads?"):
        assert parse_question(q).meta != "proposer", q


def test_resolution_questions(tmp_path_factory):
    a = assistant_over(tmp_path_factory, {"nq-175-cp-2023.md": RESOLUTION})

    sole = a.answer("Có bao nhiêu nhiệm vụ trong bảng Phụ lục I mà đơn vị phối hợp duy nhất là Bộ Công an?")
    assert sole.found and "2 nhiệm vụ" in sole.answer and "mức thu phí" in sole.answer and "Điện lực" in sole.answer
    assert "Rà soát các luật" not in sole.answer and "Thẩm định" not in sole.answer
    every = a.answer("Bộ Công an là đơn vị phối hợp trong bao nhiêu nhiệm vụ của Phụ lục I?")
    assert every.found and "5 nhiệm vụ" in every.answer
    assert "tiết kiệm năng lượng" not in sole.answer  # (its partners are the ministry and others)

    proposer = a.answer("Which ministry proposed this resolution to the Government?")
    assert proposer.found and "Theo đề nghị của Bộ trưởng Bộ Công an" in proposer.answer

    egdi = a.answer("In which EGDI e-government ranking group should Viet Nam be by 2025 and by 2030?")
    assert egdi.found and "70 nước" in egdi.answer and "50 nước" in egdi.answer

    led = a.answer("Who leads the task of setting the fee for using information in the National Data Centre?")
    assert led.found and "Bộ Tài chính" in led.answer

    # "có quy định X … không?": X's first two words printed nowhere in the plan — it sets no such thing
    pay = a.answer("Nghị quyết có quy định mức lương cho cán bộ vận hành Trung tâm dữ liệu quốc gia không?")
    assert not pay.found and "mức lương" in pay.answer
    fee = a.answer("Nghị quyết có quy định mức thu phí khai thác thông tin trong Trung tâm dữ liệu quốc gia không?")
    assert fee.found and "Bộ Tài chính" in fee.answer


PLAN = """# KẾ HOẠCH

Thực hiện quy hoạch không gian biển tỉnh Đồng Tháp

## IV. NHIỆM VỤ CỤ THỂ

### 1. Sở Nông nghiệp và Môi trường

- Tham mưu đề xuất tỉnh triển khai Chương trình Quản lý tổng hợp vùng bờ.

### 2. Sở Văn hóa, Thể thao và Du lịch

- Chủ trì phát triển các mô hình du lịch cộng đồng trên biển và vùng ven biển.
"""

OTHER = """# KẾ HOẠCH CHUYỂN ĐỔI SỐ

# Phụ lục

DANH MỤC NHIỆM VỤ

| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |
|----|----|----|----|
| 1 | Triển khai chương trình chuyển đổi số tỉnh | Sở Khoa học và Công nghệ | 2026 |
| 2 | Tổ chức đề xuất chương trình đào tạo kỹ năng số | Sở Giáo dục và Đào tạo | 2026 |
| 3 | Đề xuất triển khai chương trình quản lý hồ sơ tỉnh | Sở Nội vụ | 2026 |
"""


def test_who_is_answered_by_the_passage_under_the_body_heading_that_says_it(tmp_path_factory):
    a = assistant_over(tmp_path_factory, {"kh-556-dongthap.md": PLAN, "kh-cds.md": OTHER})
    u = a.understand(Question("Who is tasked with proposing that the province roll out the Integrated Coastal Zone Management programme?"))
    assert "lead" in u.intent.fields
    answer = a.answer("Who is tasked with proposing that the province roll out the Integrated Coastal Zone Management programme?")
    assert answer.found and "Sở Nông nghiệp và Môi trường" in answer.answer
    assert "Quản lý tổng hợp vùng bờ" in answer.answer
