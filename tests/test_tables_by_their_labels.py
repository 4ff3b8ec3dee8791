"""Tables whose header the wording rules do not know and whose rows carry no numbers — a plan to amend laws
lists each text with the body that submits it, the body that drafts it, the one that examines it and when
("Tên văn bản | Cơ quan trình | Cơ quan soạn thảo | Cơ quan thẩm tra | Tiến độ"). Read in each common form:
a Word table, Markdown written as records (a heading per row over a list of labelled items), and a PDF
whose columns are ruled and whose rows are not. The bodies' columns keep their own labels, and a question
that says what a body does ("do cơ quan nào trình") is answered from that column. Real files (python-docx,
reportlab), the real loader and parser; the real Assistant over a plan ingested for real."""

from pathlib import Path

import pytest

from ingest.formats.markup import markdown_to_lines
from ingest.loaders import load_file
from ingest.parsing import parse_document
from tests.conftest import assistant_over

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

LABELS = ["Tên văn bản", "Cơ quan trình", "Cơ quan soạn thảo", "Cơ quan thẩm tra", "Tiến độ"]
PARTS = {
    "I. Văn bản thuộc thẩm quyền của Hội đồng nhân dân tỉnh": [
        ["Nghị quyết sửa đổi Quy chế làm việc của Hội đồng nhân dân tỉnh", "Thường trực Hội đồng nhân dân tỉnh",
         "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "Ban Pháp chế", "Tháng 3/2026"],
        ["Nghị quyết quy định mức chi bảo đảm hoạt động giám sát", "Ủy ban nhân dân tỉnh", "Sở Tài chính",
         "Ban Kinh tế - Ngân sách", "Tháng 6/2026"],
    ],
    "II. Văn bản thuộc thẩm quyền của Ủy ban nhân dân tỉnh": [
        ["Quyết định ban hành Quy chế phối hợp tiếp công dân của Sở Nội vụ", "Sở Nội vụ", "Sở Nội vụ",
         "Sở Tư pháp", "Theo kết quả rà soát"],
        ["Quyết định bãi bỏ Quy định về quản lý cụm công nghiệp", "Sở Công Thương", "Sở Công Thương",
         "Sở Tư pháp", "Quý IV/2026"],
    ],
}
HEAD = ["ỦY BAN NHÂN DÂN TỈNH HÀ KHUÊ", "Số: 41/KH-UBND", "KẾ HOẠCH",
        "Sửa đổi, bổ sung các văn bản phục vụ sắp xếp tổ chức bộ máy năm 2026"]


def _rows_of(path: Path):
    loaded = load_file(path)
    doc = parse_document(loaded.text, doc_id=path.stem, file_name=path.name, line_pages=getattr(loaded, "line_pages", None))
    return doc.rows


def _check_rows(rows):
    assert [r.fields.get("content") for r in rows] == [row[0] for part in PARTS.values() for row in part]
    first = rows[2]
    assert first.group == ["II. Văn bản thuộc thẩm quyền của Ủy ban nhân dân tỉnh"]
    assert first.columns["Cơ quan trình"] == "Sở Nội vụ" and first.columns["Cơ quan thẩm tra"] == "Sở Tư pháp"
    assert first.fields.get("deadline") == "Theo kết quả rà soát"
    # (no column says "chủ trì": none is read as the lead, each body stays under its own label)
    assert all(not r.fields.get("lead") for r in rows)


def test_a_word_table_whose_header_no_rule_knows_gives_its_rows(tmp_path):
    import docx

    d = docx.Document()
    for line in HEAD:
        d.add_paragraph(line)
    table = d.add_table(rows=1, cols=len(LABELS))
    for cell, label in zip(table.rows[0].cells, LABELS):
        cell.text = label
    for part, rows in PARTS.items():
        cells = table.add_row().cells
        cells[0].text = part
        for row in rows:
            for cell, value in zip(table.add_row().cells, row):
                cell.text = value
    path = tmp_path / "kh41.docx"
    d.save(path)
    _check_rows(_rows_of(path))


def _records_markdown() -> str:
    out = [f"# {HEAD[2]}", "", HEAD[3], ""]
    for part, rows in PARTS.items():
        out += [f"## {part}", ""]
        for row in rows:
            out += [f"#### {row[0]}", ""]
            out += [f"- **{label}:** {value}" for label, value in zip(LABELS[1:], row[1:])]
            out.append("")
    return "\n".join(out)


def test_markdown_records_under_headings_are_a_table_and_their_parts_its_groups(tmp_path):
    lines = markdown_to_lines(_records_markdown())
    header = next(line for line in lines if "\t" in line)
    assert header.split("\t")[1:] == LABELS[1:]
    assert "I. Văn bản thuộc thẩm quyền của Hội đồng nhân dân tỉnh\t" in "\n".join(lines)
    path = tmp_path / "kh41.md"
    path.write_text(_records_markdown(), encoding="utf-8")
    _check_rows(_rows_of(path))


def test_two_records_or_records_of_different_labels_stay_text():
    two = "#### Một\n\n- **Cơ quan trình:** Sở A\n- **Tiến độ:** 2026\n\n#### Hai\n\n- **Cơ quan trình:** Sở B\n- **Tiến độ:** 2027\n"
    assert not any("\t" in line for line in markdown_to_lines(two))
    apart = "\n".join(f"#### Mục {k}\n\n- **Nhãn {k}a:** x\n- **Nhãn {k}b:** y\n" for k in range(4))
    assert not any("\t" in line for line in markdown_to_lines(apart))


def test_tables_of_figures_by_year_and_blank_forms_are_not_read_as_named_rows():
    figures = "Năm\tNgân sách nhà nước\tQuỹ phát triển\tCộng\nNăm 2026\t6.200\t5.850\t12.050\nNăm 2027\t5.400\t6.300\t11.700\n"
    form = "Tên tàu\tNhận dạng đài tàu\tChủ tàu\nTên tàu\tHô hiệu\tChủ tàu\nLoại thiết bị\tTên thiết bị\tCông suất\n"
    for body in (figures, form):
        doc = parse_document(f"KẾ HOẠCH\n\nPhụ lục\n\n{body}\n", doc_id="x", file_name="x.txt")
        assert doc.rows == []


def test_a_pdf_table_ruled_by_columns_alone_gives_one_row_per_text(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "RuleSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("RuleSans", str(FONT)))
    body = ParagraphStyle("b", fontName="RuleSans", fontSize=8, leading=10)
    grid = [[Paragraph(label, body) for label in LABELS]]
    spans = []
    for part, rows in PARTS.items():
        spans.append(len(grid))
        grid.append([Paragraph(part, body)] + [""] * (len(LABELS) - 1))
        grid += [[Paragraph(value, body) for value in row] for row in rows]
    style = [("BOX", (0, 0), (-1, -1), 0.6, "black"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for at in spans:
        style.append(("SPAN", (0, at), (-1, at)))
    # (the column rules stop at each part's title, which spans the table)
    ends = [*(at - 1 for at in spans[1:]), len(grid) - 1]
    style += [("LINEAFTER", (0, at + 1), (-2, end), 0.6, "black") for at, end in zip(spans, ends)]
    style.append(("LINEAFTER", (0, 0), (-2, 0), 0.6, "black"))
    table = Table(grid, colWidths=[150, 90, 110, 80, 70], style=TableStyle(style))
    path = tmp_path / "kh41.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(line, body) for line in HEAD] + [table])
    _check_rows(_rows_of(path))


def _plan_markdown() -> str:
    """The plan with its list as a pipe table (each part a row of its own)."""
    out = [HEAD[0], "", HEAD[1], "", HEAD[2], "", HEAD[3], "", "## I. MỤC ĐÍCH", "",
           "Bảo đảm quốc phòng, an ninh; các văn bản được Ủy ban nhân dân tỉnh trình đúng tiến độ.", "",
           "## PHỤ LỤC", "",
           "| " + " | ".join(LABELS) + " |", "|" + "---|" * len(LABELS)]
    for part, rows in PARTS.items():
        out.append("| " + " | ".join([part] + [""] * (len(LABELS) - 1)) + " |")
        out += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh41-2026-hakhue.md": _plan_markdown()})


def test_the_body_a_question_names_by_its_deed_is_read_from_that_column(assistant):
    ans = assistant.answer("Quyết định bãi bỏ Quy định về quản lý cụm công nghiệp do cơ quan nào trình?")
    assert ans.found
    assert "Cơ quan trình: Sở Công Thương" in ans.answer
    # (a body the row's name holds among its words is said under its column all the same)
    ans = assistant.answer("Quyết định ban hành Quy chế phối hợp tiếp công dân của Sở Nội vụ do cơ quan nào soạn thảo?")
    assert ans.found and "Cơ quan soạn thảo: Sở Nội vụ" in ans.answer


def test_a_committee_the_plan_does_not_print_is_not_answered_by_another_bodys_row(assistant):
    ans = assistant.answer("Ban Văn hóa - Xã hội của Hội đồng nhân dân tỉnh được giao thẩm tra văn bản nào?")
    assert not ans.found
    # (a committee whose words the plan prints apart — "quốc phòng, an ninh", "Ủy ban nhân dân" — is not
    # printed for that: the plan never opens a name "Ủy ban Quốc …")
    ans = assistant.answer("Ủy ban Quốc phòng và An ninh được giao thẩm tra văn bản nào trong kế hoạch?")
    assert not ans.found
    ans = assistant.answer("Ban Pháp chế được giao thẩm tra văn bản nào?")
    assert ans.found and "Nghị quyết sửa đổi Quy chế làm việc của Hội đồng nhân dân tỉnh" in ans.answer


@pytest.mark.parametrize("mark, note", [("[1]", "[1] Sau khi sắp xếp, nội dung này do Ban Kinh tế - Ngân sách thực hiện."),
                                        ("[^1]", "[^1]: Sau khi sắp xếp, nội dung này do Ban Kinh tế - Ngân sách thực hiện.")])
def test_a_note_a_cell_marks_is_said_of_its_row(tmp_path, mark, note):
    plan = _plan_markdown().replace("| Ban Kinh tế - Ngân sách |", f"| Ban Pháp chế{mark} |") + f"\n{note}\n"
    path = tmp_path / "kh41.md"
    path.write_text(plan, encoding="utf-8")
    rows = _rows_of(path)
    marked = [r for r in rows if "Chú thích [1]" in r.columns]
    assert [r.fields.get("content") for r in marked] == ["Nghị quyết quy định mức chi bảo đảm hoạt động giám sát"]
    assert marked[0].columns["Chú thích [1]"] == "Sau khi sắp xếp, nội dung này do Ban Kinh tế - Ngân sách thực hiện."


def test_what_follows_a_run_of_records_stays_the_texts():
    records = "".join(f"#### {n}\n\n- **Cơ quan trình:** Sở {n}\n- **Tiến độ:** Quý I/2026\n\n" for n in "ABC")
    text = records + "Bảng tổng hợp:\n\n| STT | Nội dung |\n|---|---|\n| 1 | Việc một |\n\n## II. PHẦN KHÁC\n\n#### D\n\n- **Nhãn khác:** 1\n- **Nhãn lạ:** 2\n"
    lines = markdown_to_lines(text)
    assert "C\tSở C\tQuý I/2026" in lines  # (the last record's cell ends with its list)
    assert "1\tViệc một" in lines and "Bảng tổng hợp:" in lines
    assert "II. PHẦN KHÁC" in lines  # (a part whose records are not the run's stays a heading)


def test_a_pdf_table_whose_column_rules_are_drawn_cell_by_cell_gives_each_one_line_row(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "RuleSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("RuleSans", str(FONT)))
    xs = [50, 200, 320, 440, 540]
    rows = [[f"Văn bản {k}", f"Sở số {k}", "Sở Tư pháp", f"Quý {k % 4 + 1}/2026"] for k in range(6)]
    path = tmp_path / "cells.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("RuleSans", 9)
    y, h = 780, 18
    c.line(xs[0], y, xs[-1], y)
    for line in [["Tên văn bản", "Cơ quan trình", "Cơ quan thẩm tra", "Tiến độ"], *rows]:
        for k, value in enumerate(line):
            c.drawString(xs[k] + 3, y - 12, value)
        for x in xs:
            c.line(x, y, x, y - h)  # (each cell's sides drawn apart, as Word and LibreOffice draw them)
        y -= h
        if line[0] == "Tên văn bản":
            c.line(xs[0], y, xs[-1], y)  # (a rule under the header only)
    c.line(xs[0], y, xs[-1], y)
    c.save()
    text = load_file(path).text
    for k in range(6):
        assert f"Văn bản {k}\tSở số {k}\tSở Tư pháp\tQuý {k % 4 + 1}/2026" in text.splitlines()


def test_a_deed_is_asked_only_with_a_body_and_not_as_part_of_a_noun():
    from assistant.evidence import content_terms
    from assistant.scoring import asked_column
    from ingest.records import TableRow

    row = TableRow(row_id="r", doc_id="d", appendix="Phụ lục", text="",
                   fields={"content": "Chương trình phát triển nhà ở tỉnh"},
                   columns={"Tên văn bản": "Chương trình phát triển nhà ở tỉnh", "Cơ quan trình": "Ủy ban nhân dân tỉnh",
                            "Cơ quan soạn thảo": "Sở Xây dựng", "Tiến độ": "Quý IV/2026"})

    def asked(q):
        return asked_column(row, content_terms(q), (), q)

    assert asked("Chương trình phát triển nhà ở tỉnh khi nào hoàn thành?") is None
    assert asked("Chương trình phát triển nhà ở tỉnh do cơ quan nào trình?") == ("Cơ quan trình", "Ủy ban nhân dân tỉnh")
    assert asked("Chương trình phát triển nhà ở tỉnh do cơ quan nào soạn thảo?") == ("Cơ quan soạn thảo", "Sở Xây dựng")


def test_a_note_ends_where_its_sentence_does():
    text = ("KẾ HOẠCH\n\nPhụ lục\n\nTên văn bản\tCơ quan trình\tCơ quan thẩm tra\n"
            "Nghị quyết về tổ chức hội nghị\tSở Nội vụ\tSở Tư pháp [1]\nQuyết định về lưu trữ hồ sơ\tSở Nội vụ\tSở Tư pháp\n\n"
            "[1] Nghị quyết 57 giao nhiệm vụ này cho Sở Tư pháp\nthực hiện.\na) Hoàn thiện thể chế.\n")
    rows = parse_document(text, doc_id="x", file_name="x.txt").rows
    assert rows[0].columns["Chú thích [1]"] == "Nghị quyết 57 giao nhiệm vụ này cho Sở Tư pháp thực hiện."
    assert "Chú thích [1]" not in rows[1].columns
