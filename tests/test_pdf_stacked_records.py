"""A PDF task table printed as stacked records, without vertical rules (a reportlab layout of a real Government
resolution's annex): each task's number and text on one line, its text running across the columns below it, then
its lead, partner and time on a line of their own; a two-tier header repeated on every page; a hairline under
each record. The number's column is one only the records' first lines use: it is the table's key column, and the
tasks read as rows with every field, in their groups, across pages; works listed under a task with a bullet
("-") each read as a row with its own lead."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders import load_file
from ingest.parsing import parse_document
from tests.test_formats_pdf import _fonts

GROUPS = [
    ("I", "Hoàn thiện thể chế, chính sách về phòng, chống thiên tai", 7),
    ("II", "Nâng cao năng lực cho lực lượng làm công tác phòng, chống thiên tai", 8),
]
LEADS = ["Bộ Nông nghiệp và Môi trường", "Bộ Quốc phòng", "Bộ Tài chính", "Bộ Xây dựng"]
#: the task after which works are listed, each with a bullet ("-") and its own lead
BULLETED = (0, 3)
WORKS = [("Công trình giao thông.", "Bộ Xây dựng"), ("Công trình hạ tầng năng lượng.", "Bộ Công Thương"),
         ("Công trình thông tin liên lạc.", "Bộ Khoa học và Công nghệ")]


def _task(g: int, i: int) -> tuple[str, str, str, str]:
    text = (f"Rà soát, điều chỉnh quy định số {g}{i} về phòng ngừa, ứng phó, khắc phục hậu quả thiên tai, bảo đảm "
            "đồng bộ với quy hoạch ngành và phương án ứng phó của các địa phương ven biển")
    return text, LEADS[(g + i) % 4], "Các bộ, cơ quan, địa phương", f"Năm {2026 + i % 3}"


def make_stacked_pdf(path: Path, *, hairlines: bool = True) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _fonts()
    cell = ParagraphStyle("c", fontName="FmtSans", fontSize=8.5, leading=10.5)
    head = ParagraphStyle("h", parent=cell, fontName="FmtSansBold", textColor=colors.white)
    body = ParagraphStyle("b", fontName="FmtSans", fontSize=10, leading=13)
    data = [[Paragraph("TT", head), Paragraph("Nội dung, nhiệm vụ", head), "", ""],
            ["", Paragraph("Cơ quan chủ trì thực hiện", head), Paragraph("Cơ quan phối hợp", head), Paragraph("Thời gian", head)]]
    style = [("SPAN", (1, 0), (3, 0)), ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#1f3a5f")),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for g, (numeral, title, n) in enumerate(GROUPS):
        r = len(data)
        data.append([Paragraph(numeral, cell), Paragraph(title, cell), "", ""])
        style += [("SPAN", (1, r), (3, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#dddddd"))]
        for i in range(1, n + 1):
            text, lead, partner, time = _task(g, i)
            r = len(data)
            data.append([Paragraph(str(i), cell), Paragraph(text, cell), "", ""])
            data.append(["", Paragraph(lead, cell), Paragraph(partner, cell), Paragraph(time, cell)])
            style += [("SPAN", (1, r), (3, r))] + ([("LINEBELOW", (0, r + 1), (-1, r + 1), 0.3, colors.grey)] if hairlines else [])
            if (g, i) == BULLETED:  # works listed under the task, each with its lead on the line below
                for work, work_lead in WORKS:
                    r = len(data)
                    data.append([Paragraph("-", cell), Paragraph(work, cell), "", ""])
                    data.append(["", Paragraph(work_lead, cell), "", ""])
                    style += [("SPAN", (1, r), (3, r))]
    table = Table(data, colWidths=[28, 160, 150, 120], repeatRows=2)
    table.setStyle(TableStyle(style))
    story = [Paragraph("Phụ lục", body), Paragraph("NHIỆM VỤ TRỌNG TÂM THỰC HIỆN KẾT LUẬN", body),
             Paragraph("(Kèm theo Nghị quyết số 16/NQ-CP ngày 29 tháng 4 năm 2027 của Chính phủ)", body), Spacer(1, 8), table]
    SimpleDocTemplate(str(path), pagesize=(595, 842), topMargin=50, bottomMargin=50).build(story)
    return path


@pytest.mark.parametrize("hairlines", [True, False])  # (with no rule under a record, its detail line parts it too)
def test_stacked_records_read_as_rows_with_every_field_across_pages(tmp_path: Path, hairlines: bool):
    path = make_stacked_pdf(tmp_path / "nq-16-2027-cp.pdf", hairlines=hairlines)
    loaded = load_file(path)
    assert max(loaded.line_pages) >= 2  # (the table runs onto a second page under its repeated header)
    doc = parse_document(loaded.text, doc_id="nq-16", file_name=path.name, line_pages=loaded.line_pages)
    got = [(r.group[0].split(".")[0] if r.group else "", r.number, r.fields.get("content"), r.fields.get("lead"),
            r.fields.get("coordinating"), r.fields.get("deadline")) for r in doc.rows]
    want = [(numeral, str(i), *_task(g, i)) for g, (numeral, _, n) in enumerate(GROUPS) for i in range(1, n + 1)]
    assert [row for row in got if row[1]] == want
    # each work listed with a bullet is a row of its own with its own lead (the bullet, printed again for each,
    # is no record's number merged down its lines)
    assert [(row[2], row[3]) for row in got if not row[1]] == WORKS


def test_a_bullet_merged_down_an_items_lines_stays_its_details():
    """Word repeats a merged cell's text in each row it covers: a "-" merged down a listed item's two lines is on
    its detail line too, which is that item's, not a new item."""
    T = "\t"
    lines = ["KẾ HOẠCH", "", "Phụ lục", "",
             T.join(["TT", "Nội dung, nhiệm vụ", "", ""]), T.join(["TT", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]),
             T.join(["1", "Rà soát quy định về đê điều", "", ""]), T.join(["1", "Bộ Nông nghiệp và Môi trường", "Các bộ", "Năm 2027"]),
             T.join(["-", "Công trình giao thông", "", ""]), T.join(["-", "Bộ Xây dựng", "Các địa phương", "Năm 2028"]),
             T.join(["-", "Công trình năng lượng", "", ""]), T.join(["-", "Bộ Công Thương", "Các địa phương", "Năm 2029"]), ""]
    doc = parse_document("\n".join(lines), doc_id="kh", file_name="kh.docx")
    assert [(r.fields.get("content"), r.fields.get("lead"), r.fields.get("deadline")) for r in doc.rows] == [
        ("Rà soát quy định về đê điều", "Bộ Nông nghiệp và Môi trường", "Năm 2027"),
        ("Công trình giao thông", "Bộ Xây dựng", "Năm 2028"), ("Công trình năng lượng", "Bộ Công Thương", "Năm 2029")]


def test_a_column_centred_in_an_ordinary_table_is_no_key(tmp_path: Path):
    """An ordinary four-column table (number, text, lead, a year set in the middle of its cell): the year's column,
    used by the rows' middle lines only, is no key column, and the table's first row keeps its number and text."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _fonts()
    cell = ParagraphStyle("c", fontName="FmtSans", fontSize=9, leading=11)
    data = [[Paragraph(str(i), cell), Paragraph(f"Rà soát, điều chỉnh quy định số {i} về phòng ngừa, ứng phó, khắc phục hậu "
                                                 "quả thiên tai, bảo đảm đồng bộ", cell),
             Paragraph("Bộ Tài chính", cell), Paragraph(f"Năm 202{i}", cell)] for i in range(1, 6)]
    table = Table(data, colWidths=[28, 180, 110, 70])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (2, -1), "TOP"), ("VALIGN", (3, 0), (3, -1), "MIDDLE")]))
    path = tmp_path / "tiep-theo.pdf"
    SimpleDocTemplate(str(path), pagesize=(595, 842)).build([Paragraph("Tiếp theo phụ lục", ParagraphStyle("b", fontName="FmtSans")),
                                                            Spacer(1, 8), table])
    text = load_file(path).text
    assert "1\tRà soát, điều chỉnh quy định số 1" in text, text


def test_stacked_records_of_one_line_each_with_no_rules_keep_text_and_details_apart(tmp_path: Path):
    """Records whose text fits one line, no rule drawn, no group rows: a record's detail line is the next row still,
    and the text is the record's content, not its lead."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _fonts()
    cell = ParagraphStyle("c", fontName="FmtSans", fontSize=8.5, leading=10.5)
    data = [[Paragraph("TT", cell), Paragraph("Nội dung, nhiệm vụ", cell), "", ""],
            ["", Paragraph("Cơ quan chủ trì", cell), Paragraph("Cơ quan phối hợp", cell), Paragraph("Thời gian", cell)]]
    style = [("SPAN", (1, 0), (3, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i in range(1, 5):
        style.append(("SPAN", (1, len(data)), (3, len(data))))
        data.append([Paragraph(str(i), cell), Paragraph(f"Rà soát, điều chỉnh quy định số {i} về phòng ngừa thiên tai", cell), "", ""])
        data.append(["", Paragraph("Bộ Tài chính", cell), Paragraph("Các bộ, địa phương", cell), Paragraph(f"Năm 202{i}", cell)])
    table = Table(data, colWidths=[28, 160, 150, 120], hAlign="LEFT")
    table.setStyle(TableStyle(style))
    path = tmp_path / "kh-5-2027.pdf"
    SimpleDocTemplate(str(path), pagesize=(595, 842), leftMargin=72).build(
        [Paragraph("Phụ lục", ParagraphStyle("b", fontName="FmtSans")), Spacer(1, 6), table])
    loaded = load_file(path)
    doc = parse_document(loaded.text, doc_id="kh-5", file_name=path.name, line_pages=loaded.line_pages)
    assert [(r.number, r.fields.get("content"), r.fields.get("lead"), r.fields.get("deadline")) for r in doc.rows] == [
        (str(i), f"Rà soát, điều chỉnh quy định số {i} về phòng ngừa thiên tai", "Bộ Tài chính", f"Năm 202{i}") for i in range(1, 5)]


def test_a_note_across_a_table_of_numbered_groups_is_no_group():
    """A note printed across a table whose groups are numbered ("I", "II"), a sentence under a task, is no group
    without a numeral: the tasks below it stay in their group."""
    T = "\t"
    note = ("Các bộ, cơ quan, địa phương trong đó mô tả các hoạt động của dự án, sản phẩm, kết quả của dự án, cơ quan "
            "thực hiện và thời gian thực hiện (chi tiết trong Kế hoạch của cơ quan, đơn vị).")
    lines = ["KẾ HOẠCH", "", "Phụ lục", "", T.join(["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]),
             T.join(["I", "Hoàn thiện thể chế", "", ""]), T.join(["1", "Rà soát quy định về đê điều", "Bộ Tư pháp", "Năm 2027"]),
             T.join(["II", "Huy động nguồn lực", "", ""]), T.join(["1", "Bố trí vốn đầu tư công", "Bộ Tài chính", "Năm 2027"]),
             T.join([note, "", "", ""]), T.join(["2", "Đầu tư trang thiết bị chuyên dụng", "Bộ Quốc phòng", "Năm 2028"]), ""]
    doc = parse_document("\n".join(lines), doc_id="kh", file_name="kh.docx")
    assert [(r.group[0][:3], r.number) for r in doc.rows if r.number] == [("I. ", "1"), ("II.", "1"), ("II.", "2")]


def test_the_task_after_a_task_with_bulleted_works_is_its_sibling():
    """"4 | …" above bulleted works ("- | Công trình giao thông | Bộ Xây dựng | …") is the works' group; "5 | …" after
    them is task 4's next sibling, in the group above, not one of task 4's parts."""
    T = "\t"
    lines = ["KẾ HOẠCH", "", "Phụ lục", "", T.join(["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]),
             T.join(["I", "Hoàn thiện thể chế", "", ""]), T.join(["3", "Rà soát quy định về đê điều", "Bộ Tư pháp", "Năm 2027"]),
             T.join(["4", "Hoàn thiện tiêu chuẩn kỹ thuật đối với hạ tầng", "", ""]),
             T.join(["-", "Công trình giao thông", "Bộ Xây dựng", "Năm 2027"]),
             T.join(["-", "Công trình năng lượng", "Bộ Công Thương", "Năm 2027"]),
             T.join(["5", "Sửa đổi quy định về dự trữ quốc gia", "Bộ Tài chính", "Năm 2028"]), ""]
    doc = parse_document("\n".join(lines), doc_id="kh", file_name="kh.docx")
    groups = {r.fields.get("content"): [g.split(".")[0] for g in r.group] for r in doc.rows}
    assert groups["Công trình giao thông"] == ["I", "4"] and groups["Sửa đổi quy định về dự trữ quốc gia"] == ["I"], groups


def test_a_numbered_group_of_rows_numbered_again_keeps_them():
    """"1. Tỉnh Sơn La" over rows numbered "1", "2", "3": row "2" is that group's row, not the group's next sibling
    (only a numbered thing over bulleted rows is closed by its next number)."""
    T = "\t"
    lines = ["DANH SÁCH", "", "Phụ lục", "", T.join(["TT", "Tên đơn vị", "Địa chỉ", "Số xe"]),
             T.join(["I. TÂY BẮC BỘ", "", "", ""]), T.join(["1. Tỉnh Sơn La", "", "", ""]),
             T.join(["1", "Công ty xe khách số 1", "Sơn La", "12"]), T.join(["2", "Công ty vận tải 2-9", "Sơn La", "8"]),
             T.join(["3", "Công ty du lịch Hương Sen", "Sơn La", "5"]), ""]
    doc = parse_document("\n".join(lines), doc_id="ds", file_name="ds.docx")
    assert [[g.split(".")[0] for g in r.group] for r in doc.rows] == [["I", "1"]] * 3
