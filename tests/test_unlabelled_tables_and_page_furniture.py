"""Tables whose header words no vocabulary knows, a group column repeated down its rows, a PDF's running
header and footer between a table's pages, and a plan dated only beside its own number
(ingest.parsing.tables, ingest.loaders, ingest.parsing.metadata)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders import _without_page_furniture, load_file
from ingest.parsing import parse_document
from ingest.parsing.metadata import infer_metadata
from ingest.parsing.tables import cell_kind, profile

#: a scoring scale: no header word names a role the vocabulary knows ("Tiêu chí thi đua", "Điểm chuẩn"),
#: the group's merged cell printed on every row (as an HTML rowspan or a Word vertical merge is laid out)
SCALE = "\n".join([
    "KẾ HOẠCH Phát động phong trào thi đua năm 2026",
    "",
    "PHỤ LỤC",
    "THANG ĐIỂM THI ĐUA",
    "",
    "Nhóm\tSTT\tTiêu chí thi đua\tĐiểm chuẩn\tHướng dẫn chấm điểm",
    "I. NHÓM XÃ, PHƯỜNG (100)\t1\tTỷ lệ % người hưởng trợ cấp được tuyên truyền về thanh toán không dùng tiền mặt\t30\tCăn cứ kế hoạch tuyên truyền của xã",
    "I. NHÓM XÃ, PHƯỜNG (100)\t2\tTỷ lệ % người hưởng trợ cấp mở mới tài khoản ngân hàng để nhận trợ cấp\t50\tTỷ lệ = b/a * 100%",
    "I. NHÓM XÃ, PHƯỜNG (100)\t3\tĐiểm cộng\t20\t",
    "I. NHÓM XÃ, PHƯỜNG (100)\t3.1\tĐơn vị đạt tỷ lệ 100% người hưởng trợ cấp có tài khoản được cộng 10 điểm\t10\tĐạt 100% cộng 10 điểm",
    "I. NHÓM XÃ, PHƯỜNG (100)\t3.2\tĐơn vị có tỷ lệ chi trả không dùng tiền mặt từ 90% trở lên\t10\tTừ 90% cộng 05 điểm",
    "",
])


def _rows(text: str):
    return parse_document(text, doc_id="x", file_name="x.md").rows


def test_a_table_of_unknown_labels_with_its_group_repeated_on_every_row_is_read():
    rows = _rows(SCALE)
    assert [r.number for r in rows] == ["1", "2", "3", "3.1", "3.2"]
    assert all(r.group == ["I. NHÓM XÃ, PHƯỜNG (100)"] for r in rows)
    assert rows[2].fields["content"] == "Điểm cộng"
    assert rows[2].columns["Điểm chuẩn"] == "20"  # a column of its own label, kept with its value
    assert rows[1].columns["Hướng dẫn chấm điểm"] == "Tỷ lệ = b/a * 100%"


def test_a_group_column_only_when_its_labels_repeat():
    # one label per row is a column of names: the rows are not read as groups of a numbered second column
    names = SCALE.replace("I. NHÓM XÃ, PHƯỜNG (100)\t2", "Tài khoản\t2").replace("I. NHÓM XÃ, PHƯỜNG (100)\t3\t", "Cộng\t3\t") \
        .replace("I. NHÓM XÃ, PHƯỜNG (100)\t3.1", "Mở mới\t3.1").replace("I. NHÓM XÃ, PHƯỜNG (100)\t3.2", "Chi trả\t3.2")
    assert _rows(names) == []  # (no header the vocabulary knows, no numbered first column: kept as a passage)
    # a table three columns wide is no grouped table either (a group, a number and a name: nothing to lift into)
    narrow = "\n".join("\t".join(line.split("\t")[:3]) for line in SCALE.split("\n"))
    assert _rows(narrow) == []


def test_a_column_of_sentences_holding_percentages_is_no_column_of_bodies():
    criteria = ["Đơn vị đạt tỷ lệ 100% người hưởng trợ cấp có tài khoản được cộng 10 điểm",
                "Đơn vị có tỷ lệ chi trả không dùng tiền mặt từ 90% trở lên", "Tỷ lệ % người hưởng trợ cấp mở tài khoản mới"]
    assert profile(criteria)[0] == "text"
    assert profile(["Sở Y tế", "Sở Nội vụ; Sở Tài chính", "Đơn vị sự nghiệp trực thuộc Sở Y tế"])[0] == "agency"
    # a body's own sentence stating a percentage is still a body's line (outside tables, where bodies head duties)
    assert cell_kind("Ngân hàng Nhà nước Việt Nam chỉ đạo bảo đảm 100% người hưởng trợ cấp có tài khoản") == "agency"


# --------------------------------------------------------------------------- a PDF's running header and footer


def test_lines_printed_alike_at_most_pages_edges_are_dropped_and_the_rest_kept():
    body = ["Mục đích, yêu cầu", "Nội dung thi đua", "Khen thưởng", "Tổ chức thực hiện"]
    pages = [["UBND TỈNH X - Kế hoạch số 12/KH-UBND", body[n - 1], "1\tDòng bảng\t20", f"Trang {n}"]
             for n in range(1, 5)]
    pages[0].insert(1, "KẾ HOẠCH")  # printed on one page only: the plan's
    out = _without_page_furniture(pages)
    assert out[0] == ["KẾ HOẠCH", "Mục đích, yêu cầu", "1\tDòng bảng\t20"]
    assert all("Trang" not in line and not line.startswith("UBND") for page in out for line in page)
    assert _without_page_furniture(pages[:2]) == pages[:2]  # two pages: too few to tell furniture


def _scale_pdf(path: Path) -> Path:
    """Three A4 pages: a running header and a "Trang n" footer on each, the scale's table (ruled) running
    from page 2 onto page 3 without its header repeated."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if "FurnSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("FurnSans", str(font)))
    style = ParagraphStyle("b", fontName="FurnSans", fontSize=10, leading=13)

    def furniture(canvas, doc):
        canvas.setFont("FurnSans", 8)
        canvas.drawString(60, 810, "ỦY BAN NHÂN DÂN TỈNH BÌNH KHƯƠNG - Kế hoạch số 12/KH-UBND")
        canvas.drawString(280, 30, f"Trang {doc.page}")

    story = [Paragraph("KẾ HOẠCH Phát động phong trào thi đua năm 2026", style)]
    story += [Paragraph(f"Đoạn {k}: các xã, phường tổ chức tuyên truyền, vận động người hưởng trợ cấp mở tài khoản.", style)
              for k in range(1, 30)]
    story += [PageBreak(), Paragraph("PHỤ LỤC", style), Paragraph("THANG ĐIỂM THI ĐUA", style), Spacer(1, 8)]
    cell = ParagraphStyle("c", fontName="FurnSans", fontSize=9, leading=11)
    data = [["STT", "Tiêu chí thi đua", "Điểm chuẩn", "Hướng dẫn chấm điểm"]]
    for k in range(1, 16):
        data.append([str(k), Paragraph(f"Tỷ lệ % người hưởng trợ cấp mở mới tài khoản tại xã số {k} theo kế hoạch thi đua", cell),
                     "5", Paragraph(f"Tỷ lệ = b/a * 100%; cộng điểm theo quy ước số {k}", cell)])
    table = Table(data, colWidths=[40, 220, 80, 160])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), "FurnSans"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(table)
    SimpleDocTemplate(str(path), pagesize=A4, topMargin=70, bottomMargin=60).build(
        story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def test_a_table_continued_past_a_running_header_reads_as_one_table(tmp_path):
    pytest.importorskip("reportlab")
    if not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").exists():
        pytest.skip("DejaVuSans not installed")
    loaded = load_file(_scale_pdf(tmp_path / "scale.pdf"))
    assert max(loaded.line_pages) >= 3
    assert "Kế hoạch số 12/KH-UBND" not in loaded.text and "Trang 2" not in loaded.text
    rows = parse_document(loaded.text, doc_id="scale", file_name="scale.pdf", line_pages=loaded.line_pages).rows
    assert [r.number for r in rows] == [str(k) for k in range(1, 16)]
    assert all(r.fields.get("content", "").startswith("Tỷ lệ % người hưởng trợ cấp") for r in rows)
    assert {r.columns.get("Điểm chuẩn") for r in rows} == {"5"}


# --------------------------------------------------------------------------- the plan's own date


def test_the_date_beside_the_plans_own_number_in_words_is_its_date_not_a_legal_bases():
    text = "\n".join([
        "NGHỊ QUYẾT",
        "Về phát động phong trào toàn dân bảo vệ môi trường",
        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
        "Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;",
        "QUYẾT NGHỊ:",
        "I. QUAN ĐIỂM",
        "PHỤ LỤC",
        "(Kèm theo Nghị quyết số 394/NQ-CP ngày 03 tháng 12 năm 2025 của Chính phủ)",
    ])
    info = infer_metadata(text, doc_id="nq", file_name="nq.md")
    assert (info.number, info.date) == ("394/NQ-CP", "2025-12-03")
    # with no date beside its number, a date a legal basis prints is still not the plan's
    undated = text.replace(" ngày 03 tháng 12 năm 2025", "")
    assert infer_metadata(undated, doc_id="nq", file_name="nq.md").date != "2025-02-18"
