"""A plan's "Phân công trách nhiệm" — each body and what it is to do — read alike whichever way it is printed: as
numbered headings over their duties, as a Markdown definition list (the body the term, each duty a definition),
as a Word table whose body cell is merged over one row per duty, or as a ruled PDF table with no header whose
rows run across pages. Each body heads a section holding its duties, so a question on what a body does finds the
same passage in every format (fast: loader and parser only)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ingest.loaders import load_file
from ingest.parsing import parse_document

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

TITLE = ["KẾ HOẠCH", "Phòng, chống tác hại của thuốc lá trên địa bàn huyện năm 2028", "",
         "II. NHIỆM VỤ VÀ PHÂN CÔNG", "", "2. Phân công trách nhiệm", ""]
#: (body, [(mark, duty)]) — wordings of no plan in the corpus
BODIES = [
    ("2.1. Phòng Y tế", [("a)", "Chủ trì, phối hợp với các cơ quan liên quan tổ chức khảo sát tỷ lệ hút thuốc trong cán bộ, công chức."),
                         ("b)", "Tham mưu Ủy ban nhân dân huyện ban hành quy định về địa điểm cấm hút thuốc tại công sở.")]),
    ("2.2. Phòng Văn hóa và Thông tin", [("-", "Chủ trì tuyên truyền trên hệ thống loa truyền thanh cơ sở về tác hại của thuốc lá điện tử."),
                                          ("-", "Phối hợp Phòng Y tế xây dựng tài liệu truyền thông cho học sinh trung học cơ sở.")]),
    ("2.3. Đề nghị Hội Liên hiệp Phụ nữ huyện", [("", "Vận động hội viên xây dựng gia đình không khói thuốc và ký cam kết không hút thuốc trong nhà.")]),
]


def _sections(path: Path) -> dict[str, str]:
    loaded = load_file(path)
    doc = parse_document(loaded.text, doc_id=path.stem, file_name=path.name, line_pages=getattr(loaded, "line_pages", None))
    return {s.path[-1]: s.text for s in doc.sections if s.path}, doc


def _check(sections: dict[str, str], doc) -> None:
    for body, duties in BODIES:
        assert body in sections, sorted(sections)
        text = " ".join(sections[body].split())
        for _, duty in duties:
            assert duty in text, (body, duty, text)
    # each body's section under the part that assigns them, and no duty read as a task row without its lead
    assert all(not r.fields.get("content", "").startswith(("Chủ trì tuyên", "Vận động hội viên")) for r in doc.rows)


def test_a_markdown_definition_list_gives_each_body_its_duties(tmp_path: Path):
    lines = ["# " + TITLE[0], "", TITLE[1], "", "## " + TITLE[3], "", "### " + TITLE[5], ""]
    for body, duties in BODIES:
        lines += [body, ""] + [f":   {(mark + ' ') if mark else ''}{duty}\n" for mark, duty in duties]
    path = tmp_path / "plan.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    sections, _ = _check_loaded(path)
    # (the definition's mark ":" is Markdown, not the plan's text)
    assert not any(line.lstrip().startswith(":") for text in sections.values() for line in text.split("\n"))


def _check_loaded(path: Path):
    sections, doc = _sections(path)
    _check(sections, doc)
    return sections, doc


def test_a_word_table_with_the_body_merged_over_its_duties(tmp_path: Path):
    d = docx.Document()
    for line in TITLE:
        if line:
            d.add_paragraph(line)
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, ["Cơ quan, đơn vị", "Mục", "Nhiệm vụ được giao"]):
        cell.text = label
    for body, duties in BODIES:
        first = len(table.rows)
        for mark, duty in duties:
            row = table.add_row().cells
            row[1].text, row[2].text = mark, duty
        top = table.rows[first].cells[0]
        top.text = body
        if len(duties) > 1:
            top.merge(table.rows[len(table.rows) - 1].cells[0])  # (the body's cell merged down over its duties)
            top.text = body
    d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("Phòng Y tế theo dõi, tổng hợp kết quả thực hiện.")
    path = tmp_path / "plan.docx"
    d.save(path)
    _check_loaded(path)


#: the duties of the last body: more than a page holds, so its row runs from one page onto the next
_SPLIT_ROW_ITEMS = 40


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans not installed")
def test_a_ruled_pdf_table_without_header_whose_rows_run_across_pages(tmp_path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if "DutiesDejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DutiesDejaVu", str(FONT)))
    style = ParagraphStyle("n", fontName="DutiesDejaVu", fontSize=10, leading=13)
    story = [Paragraph(line, style) for line in TITLE if line]
    # text enough above the table that the last body's row is split by the page's end
    story += [Paragraph("Căn cứ tình hình thực tế, các cơ quan tổ chức thực hiện các nội dung sau đây. " * 6, style),
              Spacer(1, 300)]
    rows = [[Paragraph(body, style), [Paragraph(f"{mark} {duty}".strip(), style) for mark, duty in duties]]
            for body, duties in BODIES]
    rows[-1][1] = [Paragraph(BODIES[-1][1][0][1], style)] + [Paragraph(
        "Phối hợp tổ chức các buổi nói chuyện chuyên đề tại khu dân cư về phòng, chống tác hại của thuốc lá.", style)
        for _ in range(_SPLIT_ROW_ITEMS)]
    table = Table(rows, colWidths=[140, 330], splitInRow=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [table, Paragraph("III. TỔ CHỨC THỰC HIỆN", style), Paragraph("Phòng Y tế theo dõi, tổng hợp.", style)]
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    sections, doc = _check_loaded(path)
    last = " ".join(sections[BODIES[-1][0]].split())
    assert last.count("Phối hợp tổ chức các buổi nói chuyện") == _SPLIT_ROW_ITEMS  # (its part on the next page too)


def test_a_table_with_another_column_is_read_as_a_table(tmp_path: Path):
    """A body, its task and a deadline: a task table, its rows led by the body — not duties turned into text."""
    d = docx.Document()
    d.add_paragraph("II. NHIỆM VỤ")
    table = d.add_table(rows=1, cols=3)
    for cell, label in zip(table.rows[0].cells, ["Cơ quan chủ trì", "Nhiệm vụ", "Thời gian hoàn thành"]):
        cell.text = label
    for body, duties in BODIES:
        for _, duty in duties:
            row = table.add_row().cells
            row[0].text, row[1].text, row[2].text = body.split(". ", 1)[1], duty, "Quý IV/2028"
    path = tmp_path / "tasks.docx"
    d.save(path)
    loaded = load_file(path)
    doc = parse_document(loaded.text, doc_id="tasks", file_name=path.name)
    tasks = [r for r in doc.rows if r.kind == "task"]
    assert len(tasks) == 5 and tasks[0].fields["lead"] == "Phòng Y tế" and tasks[0].fields["deadline"] == "Quý IV/2028"


def _md_table(rows: list[list[str]]) -> str:
    head, *body = rows
    return "\n".join([f"| {' | '.join(head)} |", f"|{'---|' * len(head)}", *(f"| {' | '.join(r)} |" for r in body)])


def _parsed(tmp_path: Path, text: str):
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    loaded = load_file(path)
    return parse_document(loaded.text, doc_id="plan", file_name=path.name)


def test_duties_with_item_marks_and_no_full_stop_stay_their_bodys_text(tmp_path: Path):
    """"1. Chủ trì công tác …" with no full stop reads as a heading in the text; read from the table, it is the
    body's duty and ends neither the body's section nor the one above it."""
    table = _md_table([["Cơ quan, đơn vị", "Mục", "Nhiệm vụ được giao thực hiện trong năm 2028 theo Kế hoạch"],
                       ["Phòng Y tế", "1.", "Chủ trì công tác khảo sát tỷ lệ hút thuốc trong cán bộ, công chức"],
                       ["Phòng Y tế", "2.", "Tham mưu ban hành quy định về địa điểm cấm hút thuốc tại công sở"],
                       ["Phòng Văn hóa và Thông tin", "a)", "Tuyên truyền trên hệ thống loa truyền thanh cơ sở"],
                       ["Phòng Văn hóa và Thông tin", "b)", "Phối hợp xây dựng tài liệu truyền thông cho học sinh"]])
    doc = _parsed(tmp_path, f"## II. PHÂN CÔNG\n\n### 2. Phân công trách nhiệm\n\n{table}\n\n## III. TỔ CHỨC THỰC HIỆN\n\nTheo dõi, tổng hợp.\n")
    sections = {s.path[-1]: s for s in doc.sections if s.path}
    assert set(sections) >= {"Phòng Y tế", "Phòng Văn hóa và Thông tin"}, sorted(sections)
    assert "Cơ quan, đơn vị" not in sections  # (the header, however long its last label)
    health = sections["Phòng Y tế"]
    assert health.path[:2] == ["II. PHÂN CÔNG", "2. Phân công trách nhiệm"]
    assert "1. Chủ trì công tác khảo sát" in health.text and "2. Tham mưu ban hành quy định" in health.text
    culture = " ".join(sections["Phòng Văn hóa và Thông tin"].text.split())
    assert "a) Tuyên truyền" in culture and "b) Phối hợp xây dựng tài liệu" in culture


def test_a_task_table_led_by_its_body_column_keeps_its_rows(tmp_path: Path):
    table = _md_table([["STT", "Cơ quan chủ trì", "Nội dung nhiệm vụ"],
                       ["1", "Sở Khoa học và Công nghệ", "Xây dựng nền tảng dữ liệu khoa học dùng chung của tỉnh"],
                       ["2", "Sở Y tế", "Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh"],
                       ["3", "Sở Khoa học và Công nghệ", "Hỗ trợ doanh nghiệp đổi mới công nghệ trong sản xuất"],
                       ["4", "Sở Giáo dục và Đào tạo", "Số hóa học bạ của học sinh trung học phổ thông"]])
    doc = _parsed(tmp_path, f"## III. NHIỆM VỤ\n\n{table}\n")
    tasks = [r for r in doc.rows if r.kind == "task"]
    assert [r.fields.get("lead") for r in tasks] == ["Sở Khoa học và Công nghệ", "Sở Y tế", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo"]


def test_a_table_of_members_is_no_table_of_duties(tmp_path: Path):
    table = _md_table([["STT", "Cơ quan", "Thành viên"],
                       ["1", "Công an tỉnh", "Đồng chí Nguyễn Văn Bình, Phó Giám đốc Công an tỉnh, Tổ trưởng Tổ công tác"],
                       ["2", "Sở Y tế", "Đồng chí Trần Thị Hoa, Phó Giám đốc Sở Y tế, thành viên Tổ công tác"],
                       ["3", "Sở Tư pháp", "Đồng chí Lê Văn Nam, Trưởng phòng Phổ biến pháp luật, thành viên"]])
    doc = _parsed(tmp_path, f"## I. THÀNH LẬP TỔ CÔNG TÁC\n\n{table}\n")
    assert not any(s.path and s.path[-1] in ("1. Công an tỉnh", "Công an tỉnh") for s in doc.sections)


def _bodies_table(tmp_path: Path, rows: list[tuple[str, str, str]]) -> dict[str, str]:
    """The sections of a Markdown plan whose part III is a table ``TT | Cơ quan | Nhiệm vụ`` of ``rows``."""
    md = "\n".join(["# KẾ HOẠCH", "", "## III. TỔ CHỨC THỰC HIỆN", "", "| TT | Cơ quan | Nhiệm vụ |", "|---|---|---|",
                    *(f"| {n} | {body} | {duty} |" for n, body, duty in rows), ""])
    path = tmp_path / "bodies.md"
    path.write_text(md, encoding="utf-8")
    return _sections(path)[0]


def test_duties_of_a_table_one_row_each_without_marks_are_the_bodys_items(tmp_path: Path):
    """A table of bodies over their duties, one row per duty and no mark in its cells (a Markdown table whose body
    cell stands on every row): each duty is one of the body's items, marked "-" as the text it stands for lists
    them, so that they are counted as a body's bulleted duties whatever the format."""
    rows = [("1.", "Phòng Y tế", "Chủ trì, phối hợp với các cơ quan liên quan tổ chức khảo sát tỷ lệ hút thuốc trong cán bộ."),
            ("1.", "Phòng Y tế", "Tham mưu Ủy ban nhân dân huyện ban hành quy định về địa điểm cấm hút thuốc tại công sở."),
            ("2.", "Phòng Văn hóa và Thông tin", "Chủ trì tuyên truyền trên hệ thống loa truyền thanh cơ sở về tác hại của thuốc lá.")]
    sections = _bodies_table(tmp_path, rows)
    health = sections["1. Phòng Y tế"].split("\n")
    assert [line for line in health if line.startswith("- ")] == [f"- {duty}" for _, body, duty in rows[:2]], health
    assert f"- {rows[2][2]}" in sections["2. Phòng Văn hóa và Thông tin"].split("\n")


def test_a_cells_introduction_and_duties_with_marks_of_their_own_are_not_marked_again(tmp_path: Path):
    """A cell opening with an introduction of its items ("… các nội dung sau:") keeps it unmarked, and duties that
    open with a mark of their own ("(1)", "a.", "−") keep theirs, no "-" before it."""
    rows = [("1.", "Phòng Y tế", "Chủ trì, phối hợp với các cơ quan liên quan thực hiện các nội dung sau: - Khảo sát tỷ lệ hút "
                                 "thuốc trong cán bộ, công chức; - Tham mưu quy định về địa điểm cấm hút thuốc tại công sở."),
            ("2.", "Phòng Văn hóa và Thông tin", "(1) Chủ trì tuyên truyền trên hệ thống loa truyền thanh cơ sở về tác hại của thuốc lá."),
            ("2.", "Phòng Văn hóa và Thông tin", "a. Phối hợp Phòng Y tế xây dựng tài liệu truyền thông cho học sinh trung học."),
            ("2.", "Phòng Văn hóa và Thông tin", "− Hướng dẫn các thôn, tổ dân phố đưa nội dung không hút thuốc vào hương ước.")]
    sections = _bodies_table(tmp_path, rows)
    health = [line for line in sections["1. Phòng Y tế"].split("\n") if line.strip()]
    assert health[1].startswith("Chủ trì, phối hợp") and [x[:2] for x in health[2:]] == ["- ", "- "], health
    culture = [line for line in sections["2. Phòng Văn hóa và Thông tin"].split("\n") if line.strip()][1:]
    assert [x.split()[0] for x in culture] == ["(1)", "a.", "−"], culture
