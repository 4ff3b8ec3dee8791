"""PDF tables with and without ruling lines → TAB rows on a stable grid (ingest.loaders).

Every PDF is generated here: by reportlab (a ruled table, tables without any line — platypus
tables with wrapped cells split across pages, and a table drawn word by word with drawString)
and by LibreOffice from a .docx whose table has no borders. Tests assert the exact rows, so a
cell landing in the wrong column fails them.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ingest.loaders import load_file

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "FmtSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("FmtSans", str(FONT)))
        pdfmetrics.registerFont(TTFont("FmtSansBold", str(FONT_BOLD)))


def _rows(loaded) -> list[tuple[int, list[str]]]:
    """(page, cells) of every TAB line."""
    return [(page, line.split("\t")) for line, page in zip(loaded.text.split("\n"), loaded.line_pages)
            if "\t" in line]


# --------------------------------------------------------------------------- drawn word by word

HEADER = ["STT", "Nội dung chỉ tiêu", "ĐVT", "Năm 2027", "Cơ quan chủ trì"]
XS = [40, 80, 300, 360, 430]  # left edge of each column; "Năm 2027" values are right-aligned


def _draw_row(canvas, y: float, cells: list[list[str]], *, bold: bool = False, pitch: float = 12) -> float:
    """Draw one row whose cells hold several lines; return the y below it (no extra padding)."""
    canvas.setFont("FmtSansBold" if bold else "FmtSans", 9)
    for k, lines in enumerate(cells):
        for n, text in enumerate(lines):
            if k == 3 and not bold:
                canvas.drawRightString(412, y - n * pitch, text)
            else:
                canvas.drawString(XS[k], y - n * pitch, text)
    return y - pitch * max(len(lines) for lines in cells)


def make_drawn_pdf(path: Path, *, row_after_break: bool = True) -> Path:
    """Two pages, no lines at all, equal line spacing inside and between rows; row 3 continues
    on page 2 under the repeated (bold) header."""
    from reportlab.pdfgen import canvas as pdf_canvas

    _fonts()
    c = pdf_canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("FmtSansBold", 12)
    c.drawString(40, 790, "Phụ lục I: CÁC CHỈ TIÊU NĂM 2027")
    y = 760
    y = _draw_row(c, y, [[h] for h in HEADER], bold=True)
    y = _draw_row(c, y, [["I"], ["Hạ tầng số và dữ liệu số dùng chung của tỉnh"], [], [], []], bold=True)
    y = _draw_row(c, y, [["1"], ["Tỉ lệ hồ sơ trực tuyến toàn trình", "trên tổng số hồ sơ"], ["%"], ["90%"],
                         ["Sở Khoa học và Công nghệ"]])
    y = _draw_row(c, y, [["2"], ["Số nền tảng số dùng chung"], ["Nền tảng"], ["15"], ["Sở Tài chính"]])
    _draw_row(c, y, [["3"], ["Tỉ lệ các sở, ngành đạt cấp độ 3"], ["%"], ["100%"], ["Công an tỉnh,"]])
    c.setFont("FmtSans", 9)
    c.drawString(290, 40, "1")  # page number
    c.showPage()
    y = 790
    y = _draw_row(c, y, [[h] for h in HEADER], bold=True)
    y = _draw_row(c, y, [[], ["về quản trị dữ liệu"], [], [], ["Sở Nội vụ"]])
    if row_after_break:
        y = _draw_row(c, y, [["4"], ["Số doanh nghiệp công nghệ số"], ["Doanh nghiệp"], ["150"], ["Sở Công Thương"]])
    c.setFont("FmtSans", 10)
    c.drawString(40, y - 30, "Các sở, ngành tổ chức triển khai thực hiện Kế hoạch này.")
    c.showPage()
    c.save()
    return path


def test_unruled_drawn_table_exact_rows_across_pages(tmp_path: Path):
    loaded = load_file(make_drawn_pdf(tmp_path / "drawn.pdf"))
    assert _rows(loaded) == [
        (1, HEADER),
        (1, ["I", "Hạ tầng số và dữ liệu số dùng chung của tỉnh", "", "", ""]),
        (1, ["1", "Tỉ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ", "%", "90%", "Sở Khoa học và Công nghệ"]),
        (1, ["2", "Số nền tảng số dùng chung", "Nền tảng", "15", "Sở Tài chính"]),
        (1, ["3", "Tỉ lệ các sở, ngành đạt cấp độ 3", "%", "100%", "Công an tỉnh,"]),
        (2, HEADER),  # repeated header: an ordinary header line (the parser drops repeats)
        (2, ["", "về quản trị dữ liệu", "", "", "Sở Nội vụ"]),  # row 3 continued: no number
        (2, ["4", "Số doanh nghiệp công nghệ số", "Doanh nghiệp", "150", "Sở Công Thương"]),
    ]
    lines = loaded.text.split("\n")
    # Caption stays an ordinary line just above the table; blank lines frame each table block.
    start = lines.index("\t".join(HEADER))
    assert lines[start - 2:start] == ["Phụ lục I: CÁC CHỈ TIÊU NĂM 2027", ""]
    end = lines.index("\t".join(["4", "Số doanh nghiệp công nghệ số", "Doanh nghiệp", "150", "Sở Công Thương"]))
    assert lines[end + 1:] == ["", "Các sở, ngành tổ chức triển khai thực hiện Kế hoạch này."]
    assert "1" in lines  # the page number stays outside the table


def test_unruled_last_page_with_only_header_and_continuation(tmp_path: Path):
    loaded = load_file(make_drawn_pdf(tmp_path / "tail.pdf", row_after_break=False))
    assert _rows(loaded)[-2:] == [(2, HEADER), (2, ["", "về quản trị dữ liệu", "", "", "Sở Nội vụ"])]
    assert loaded.text.split("\n")[-2:] == ["", "Các sở, ngành tổ chức triển khai thực hiện Kế hoạch này."]


# --------------------------------------------------------------------------- platypus, no grid

TASK_HEADER = ["TT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
LONG = ("Xây dựng, vận hành nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP), kết nối với nền tảng "
        "quốc gia và các hệ thống thông tin của bộ, ngành; bảo đảm an toàn thông tin theo cấp độ")


def _task_rows(n: int) -> list[list[str]]:
    rows = []
    for i in range(1, n + 1):
        content = LONG if i % 4 == 0 else f"Nhiệm vụ số {i}: triển khai nền tảng số dùng chung cho cấp xã"
        rows.append([str(i), content, "Sở Khoa học và Công nghệ" if i % 2 else "Công an tỉnh",
                     "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", f"Quý {'I' * (1 + i % 3)}/2027"])
    return rows


def make_platypus_pdf(path: Path, rows: list[list[str]], *, valign: str = "TOP", page_height: float = 842) -> Path:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    _fonts()
    cell = ParagraphStyle("c", fontName="FmtSans", fontSize=8.5, leading=10.5)
    head = ParagraphStyle("h", parent=cell, fontName="FmtSansBold")
    body = ParagraphStyle("b", fontName="FmtSans", fontSize=10, leading=13)
    data = [[Paragraph(h, head) for h in TASK_HEADER]] + [[Paragraph(c, cell) for c in r] for r in rows]
    table = Table(data, colWidths=[28, 200, 100, 130, 60], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), valign)]))  # no GRID, no lines
    story = [Paragraph("PHỤ LỤC II – DANH MỤC NHIỆM VỤ NĂM 2027", body), Spacer(1, 6), table, Spacer(1, 10),
             Paragraph("Giao Sở Khoa học và Công nghệ theo dõi, đôn đốc việc thực hiện.", body)]
    SimpleDocTemplate(str(path), pagesize=(595, page_height), topMargin=40, bottomMargin=40).build(story)
    return path


def _merged(rows: list[tuple[int, list[str]]]) -> list[list[str]]:
    """What the parser makes of page-split rows: repeated headers dropped, a row with an empty
    number cell on a new page merged into the row above."""
    out: list[tuple[int, list[str]]] = []
    for page, cells in rows:
        if out and cells == out[0][1]:
            continue
        if out and not cells[0] and page > out[-1][0]:
            prev = out[-1][1]
            out[-1] = (page, [f"{a} {b}".strip() for a, b in zip(prev, cells)])
            continue
        out.append((page, cells))
    return [cells for _, cells in out]


@pytest.mark.parametrize("page_height", [624, 636])  # heights at which reportlab splits row 12
def test_unruled_platypus_wrapped_cells_and_row_split_across_pages(tmp_path: Path, page_height: float):
    rows = _task_rows(14)
    loaded = load_file(make_platypus_pdf(tmp_path / "tasks.pdf", rows, page_height=page_height))
    got = _rows(loaded)
    pages = sorted({page for page, _ in got})
    assert len(pages) >= 2
    for page in pages:  # the header is repeated, whole, at the top of every page
        assert next(cells for p, cells in got if p == page) == TASK_HEADER
    continued = [(page, cells) for page, cells in got if not cells[0]]
    assert [page for page, _ in continued] == [2]  # only the page-split row lacks a number
    assert got.index(continued[0]) == got.index((2, TASK_HEADER)) + 1  # right under the header
    assert continued[0][1][1] and continued[0][1][1] in LONG and not LONG.startswith(continued[0][1][1])
    assert _merged(got) == [TASK_HEADER, *rows]  # every cell in its own column, wrapped text joined
    lines = loaded.text.split("\n")
    first = lines.index("\t".join(TASK_HEADER))
    assert lines[first - 2:first] == ["PHỤ LỤC II – DANH MỤC NHIỆM VỤ NĂM 2027", ""]


@pytest.mark.parametrize("valign", ["BOTTOM", "MIDDLE"])
def test_unruled_platypus_bottom_or_middle_aligned_cells(tmp_path: Path, valign: str):
    rows = _task_rows(5)
    loaded = load_file(make_platypus_pdf(tmp_path / f"{valign}.pdf", rows, valign=valign))
    assert [cells for _, cells in _rows(loaded)] == [TASK_HEADER, *rows]


# --------------------------------------------------------------------------- LibreOffice, no borders

SOFFICE_ROWS = [
    ["1", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình trên Cổng dịch vụ công",
     "%", "Tối thiểu 80%", "Văn phòng UBND tỉnh"],
    ["2", "Số cán bộ chuyên trách công nghệ thông tin được đào tạo chuyên sâu", "Người", "120",
     "Sở Nội vụ"],
    ["3", "Tỷ lệ người dân trưởng thành có tài khoản định danh điện tử mức độ 2", "%", "≥ 95%",
     "Công an tỉnh"],
]
SOFFICE_HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Cơ quan chủ trì"]


def make_borderless_docx(path: Path) -> Path:
    import docx
    from docx.shared import Cm, Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10)
    document.add_paragraph("Phụ lục I: CÁC CHỈ TIÊU NĂM 2027")
    table = document.add_table(rows=2 + len(SOFFICE_ROWS), cols=5)  # default style: no borders
    widths = [Cm(1.2), Cm(6.5), Cm(2.0), Cm(2.6), Cm(3.6)]
    values = [SOFFICE_HEADER, ["", "Đến năm 2030", "", "", ""], *SOFFICE_ROWS]
    for r, row in enumerate(values):
        for c, text in enumerate(row):
            table.cell(r, c).width = widths[c]
            table.cell(r, c).text = text
    for run in (p.runs for cell in table.rows[0].cells for p in cell.paragraphs):
        for piece in run:
            piece.bold = True
    document.add_paragraph("Giao Sở Khoa học và Công nghệ tổng hợp, báo cáo.")
    document.save(str(path))
    return path


def test_unruled_pdf_printed_by_libreoffice(tmp_path: Path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("soffice (LibreOffice) is not on PATH")
    source = make_borderless_docx(tmp_path / "plan.docx")
    out_dir = tmp_path / "out"
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out_dir), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    import pdfplumber

    with pdfplumber.open(out_dir / "plan.pdf") as pdf:
        assert not pdf.pages[0].lines and not pdf.pages[0].rects  # really no ruling
    loaded = load_file(out_dir / "plan.pdf")
    assert [cells for _, cells in _rows(loaded)] == [
        SOFFICE_HEADER, ["", "Đến năm 2030", "", "", ""], *SOFFICE_ROWS]
    lines = loaded.text.split("\n")
    assert lines[lines.index("\t".join(SOFFICE_HEADER)) - 2] == "Phụ lục I: CÁC CHỈ TIÊU NĂM 2027"


# --------------------------------------------------------------------------- ruled, and no table


def test_ruled_table_kept_and_framed_by_blank_lines(tmp_path: Path):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    _fonts()
    cell = ParagraphStyle("c", fontName="FmtSans", fontSize=8.5, leading=10.5)
    rows = _task_rows(3)
    table = Table([[Paragraph(c, cell) for c in r] for r in [TASK_HEADER, *rows]],
                  colWidths=[28, 200, 100, 130, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    path = tmp_path / "ruled.pdf"
    SimpleDocTemplate(str(path)).build([Paragraph("Bảng 2. Nhiệm vụ", cell), table,
                                        Paragraph("Hết bảng.", cell)])
    lines = load_file(path).text.split("\n")
    assert lines == ["Bảng 2. Nhiệm vụ", "", "\t".join(TASK_HEADER), *("\t".join(r) for r in rows), "",
                     "Hết bảng."]


def test_prose_letterhead_and_signature_are_not_tables(tmp_path: Path):
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    _fonts()
    body = ParagraphStyle("b", fontName="FmtSans", fontSize=11, leading=15, alignment=TA_JUSTIFY)
    text = ("Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình "
            "Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030; Ủy ban nhân dân tỉnh ban hành "
            "Kế hoạch chuyển đổi số năm 2027 với các nội dung, nhiệm vụ và giải pháp như sau. ") * 3
    two_columns = Table([[Paragraph("ỦY BAN NHÂN DÂN TỈNH", body), Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", body)],
                         [Paragraph("Số: 12/KH-UBND", body), Paragraph("Độc lập - Tự do - Hạnh phúc", body)],
                         [Paragraph("Nơi nhận:", body), Paragraph("TM. ỦY BAN NHÂN DÂN", body)]])
    path = tmp_path / "prose.pdf"
    SimpleDocTemplate(str(path)).build([two_columns, Paragraph(text, body), Paragraph(text, body)])
    loaded = load_file(path)
    assert "\t" not in loaded.text
    assert "Chuyển đổi số quốc gia" in loaded.text


def test_wrapped_cell_lines_rejoin_tokens_broken_by_the_column_width():
    from ingest.formats import join_wrapped

    assert join_wrapped(["2027-", "2028"]) == "2027-2028"
    assert join_wrapped(["Tháng 12/", "2027"]) == "Tháng 12/2027"
    assert join_wrapped(["100", "%"]) == "100%"
    assert join_wrapped(["Sở Khoa học", "và Công nghệ"]) == "Sở Khoa học và Công nghệ"
    assert join_wrapped(["Giai đoạn -", "Năm 2027"]) == "Giai đoạn - Năm 2027"


def test_a_document_code_cut_at_its_hyphen_by_a_line_break_reads_whole():
    from ingest.loaders import _join_broken_codes

    lines = ["Bộ Khoa học và Công nghệ đã có văn bản số 1181/CVT-", "CPTN ngày 24/3/2025 gửi Tập đoàn SpaceX.",
             "phát triển kinh tế -", "xã hội của tỉnh"]
    joined = _join_broken_codes(lines)
    assert joined[0].endswith("số 1181/CVT-CPTN") and joined[1] == "ngày 24/3/2025 gửi Tập đoàn SpaceX."
    assert joined[2:] == lines[2:]  # "kinh tế - xã hội": words, not a code
    assert len(joined) == len(lines)  # every line keeps its number (pages, citations)


# --------------------------------------------------------------------------- a three-line table

THREE_LINE_ROWS = [
    ["1", "Tỷ lệ buồng bệnh nội trú được phủ sóng wifi miễn phí", "Phòng HCQT", "70%", "100%"],
    ["2", "Số hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin", "Phòng CNTT", "5", "7"],
    ["3", "Tỷ lệ hồ sơ bệnh án nội trú được lập dưới dạng điện tử", "Phòng KHTH", "80%", "100%"],
    ["4", "Tỷ lệ kết quả chẩn đoán hình ảnh được lưu trữ, truyền tải trên PACS", "Khoa CĐHA", "95%", "100%"],
    ["5", "Tỷ lệ dữ liệu khám bệnh, chữa bệnh được gửi lên hệ thống giám định trong ngày", "Phòng KHTH", "98%", "100%"],
    ["6", "Số lần sao lưu dữ liệu bệnh án điện tử ra ngoài bệnh viện mỗi tuần", "Phòng CNTT", "2", "7"],
    ["7", "Tỷ lệ đơn thuốc được kê đơn điện tử cho người bệnh ngoại trú và ra viện", "Khoa Dược", "90%", "98%"],
]


def make_three_line_pdf(path: Path) -> Path:
    """No vertical rules: one rule above the header, one under it, one under the last row; a label
    over two sub-columns; the name cells justified (gaps as wide as a gutter on some lines)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    _fonts()
    cell = ParagraphStyle("c", fontName="FmtSans", fontSize=9, leading=11)
    just = ParagraphStyle("j", parent=cell, alignment=TA_JUSTIFY)
    head = ParagraphStyle("h", parent=cell, fontName="FmtSansBold")
    top = ["STT", "Tên chỉ tiêu", "Đơn vị chủ trì", "Mục tiêu phấn đấu", ""]
    sub = ["", "", "", "Năm 2027", "Năm 2028"]
    data = [[Paragraph(t, head) for t in top], [Paragraph(t, head) for t in sub]]
    data += [[Paragraph(c, just if k == 1 else cell) for k, c in enumerate(r)] for r in THREE_LINE_ROWS]
    table = Table(data, colWidths=[30, 150, 90, 70, 70])
    table.setStyle(TableStyle([
        ("SPAN", (3, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=(595, 842)).build([table])
    return path


def test_a_three_line_table_is_read_under_its_two_line_header(tmp_path: Path):
    import pdfplumber

    path = make_three_line_pdf(tmp_path / "three.pdf")
    with pdfplumber.open(path) as pdf:
        assert not [e for e in pdf.pages[0].edges if e["orientation"] == "v"]  # no vertical rule
    rows = [cells for _, cells in _rows(load_file(path))]
    assert rows == [["STT", "Tên chỉ tiêu", "Đơn vị chủ trì", "Mục tiêu phấn đấu Năm 2027", "Mục tiêu phấn đấu Năm 2028"],
                    *THREE_LINE_ROWS]


def test_two_unruled_tables_on_a_page_with_notes_between_are_both_read(tmp_path: Path):
    """The end of one table (its rows 11–12 under its repeated header), its notes, the next table's caption
    and that table, with other columns, all without lines and close together: both tables are read, and
    the notes line opening with "Ghi chú:" is no row of the first."""
    from reportlab.pdfgen import canvas as pdf_canvas

    _fonts()
    path = tmp_path / "two.pdf"
    c = pdf_canvas.Canvas(str(path), pagesize=(842, 595))
    a_x, b_x = [40, 80, 420, 480, 540], [40, 80, 330, 420, 480, 540]

    def row(y, xs, cells, bold=False):
        c.setFont("FmtSansBold" if bold else "FmtSans", 9)
        for x, text in zip(xs, cells):
            c.drawString(x, y, text)
        return y - 14

    y = row(560, a_x, ["TT", "Chỉ tiêu", "Năm 2026", "Năm 2027", "Đơn vị theo dõi"], bold=True)
    y = row(y, a_x, ["11", "Tỷ lệ cổng cảng tự động", "50", "75", "Ban An ninh"])
    y = row(y, a_x, ["12", "Tỷ lệ hợp đồng điện tử", "30", "50", "Ban Thương mại"])
    c.setFont("FmtSans", 9)
    for text in ["Ghi chú:", "(1) Theo kết quả khảo sát khách hàng do đơn vị độc lập thực hiện hằng năm.",
                 "(2) So với khối lượng giấy in sử dụng năm 2025 của Công ty mẹ.", "Bảng B. Các chỉ tiêu định lượng khác"]:
        c.drawString(40, y, text)
        y -= 14
    y = row(y, b_x, ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027", "Đơn vị theo dõi"], bold=True)
    y = row(y, b_x, ["15", "Thời gian xe lưu lại tại cảng", "Phút", "45", "40", "Trung tâm Điều hành"])
    y = row(y, b_x, ["16", "Thời gian tàu nằm cầu", "Giờ", "20", "19", "Ban Khai thác"])
    row(y, b_x, ["17", "Số nền tảng số dùng chung", "Nền tảng", "02", "03", "Ban Công nghệ số"])
    c.showPage()
    c.save()
    rows = [cells for _, cells in _rows(load_file(path))]
    assert ["11", "Tỷ lệ cổng cảng tự động", "50", "75", "Ban An ninh"] in rows, rows
    assert ["12", "Tỷ lệ hợp đồng điện tử", "30", "50", "Ban Thương mại"] in rows, rows
    assert ["16", "Thời gian tàu nằm cầu", "Giờ", "20", "19", "Ban Khai thác"] in rows, rows
    assert not any(cells[0].startswith("Ghi chú") for cells in rows), rows


def test_a_second_unruled_table_below_the_first_on_one_page_is_read(tmp_path: Path):
    """Two tables without lines on one page, the second under its own caption (a budget plan's "Mẫu biểu số 04"
    ending and "Mẫu biểu số 05" beginning): the second was dropped — the longer one was kept of the run."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    _fonts()
    cell = ParagraphStyle("c", fontName="FmtSans", fontSize=8, leading=10)
    body = ParagraphStyle("b", fontName="FmtSans", fontSize=10, leading=13)
    first = [["STT", "Nội dung", "Năm 2025", "Năm 2026", "Năm 2027"]] + [
        [str(i), f"Khoản chi thường xuyên số {i}", f"{100 + i}.000", f"{200 + i}.000", f"{300 + i}.000"] for i in range(1, 16)]
    second = [["STT", "Nội dung", "Dự toán 2025", "Ước thực hiện 2025", "Năm 2026", "Năm 2027"]] + [
        ["A", "MỨC DƯ NỢ VAY TỐI ĐA", "1.883.192", "2.128.626", "2.126.234", "2.276.658"],
        ["B", "BỘI CHI NGÂN SÁCH ĐỊA PHƯƠNG", "41.900", "21.000", "0", "255.052"],
        ["C", "TRẢ NỢ GỐC VAY", "12.000", "12.000", "15.500", "16.800"],
        ["D", "TỔNG MỨC VAY", "50.000", "40.000", "30.000", "20.000"]]
    story = [Paragraph("Mẫu biểu số 04", body), Spacer(1, 4),
             Table([[Paragraph(c, cell) for c in r] for r in first], colWidths=[30, 200, 80, 80, 80]), Spacer(1, 16),
             Paragraph("Mẫu biểu số 05", body), Paragraph("KẾ HOẠCH VAY VÀ TRẢ NỢ NGÂN SÁCH", body), Spacer(1, 4),
             Table([[Paragraph(c, cell) for c in r] for r in second], colWidths=[30, 170, 70, 70, 70, 70])]
    path = tmp_path / "two-tables.pdf"
    SimpleDocTemplate(str(path), pagesize=(595, 842), topMargin=40, bottomMargin=40).build(story)
    got = [cells for _, cells in _rows(load_file(path))]
    assert second[1] in got and second[-1] in got, got
    assert first[-1] in got, got


def _two_up_sheet(path: Path, *, numbered: bool) -> Path:
    """One A4 landscape sheet printing two A5 pages side by side: the left page's title and the head of a
    ruled table low on it, the right page's rows of the same table from its top."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas as pdf_canvas
    from reportlab.platypus import Table, TableStyle

    _fonts()
    width, height = landscape(A4)
    c = pdf_canvas.Canvas(str(path), pagesize=(width, height))
    c.setFont("FmtSans", 10)
    c.drawString(40, height - 60, "PHỤ LỤC")
    c.drawString(40, height - 76, "PHÂN CÔNG NHIỆM VỤ NĂM 2026")

    def table(rows, x, top):
        t = Table(rows, colWidths=[30, 190, 110])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), "FmtSans"),
                               ("FONTSIZE", (0, 0), (-1, -1), 8)]))
        _, h = t.wrap(0, 0)
        t.drawOn(c, x, top - h)

    table([["STT", "Nhiệm vụ", "Chủ trì"], ["1", "Rà soát văn bản", "Sở Tư pháp"]], 40, height - 100)
    table([["2", "Kiểm tra cải cách hành chính", "Sở Nội vụ"], ["3", "Công bố chỉ số", "Sở Nội vụ"]],
          width / 2 + 40, height - 40)
    if numbered:
        c.drawCentredString(width / 4, 20, "- 11 -")
        c.drawCentredString(3 * width / 4, 20, "- 12 -")
    c.showPage()
    c.save()
    return path


def test_a_sheet_printed_two_up_reads_its_left_page_first(tmp_path: Path):
    """Two pages printed side by side on one sheet, each numbered at its foot: the left page's title and rows,
    then the right page's rows, though the right page's table starts higher on the sheet."""
    loaded = load_file(_two_up_sheet(tmp_path / "two-up.pdf", numbered=True))
    lines = [line for line in loaded.text.split("\n") if line.strip()]
    assert lines[:2] == ["PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ NĂM 2026"]
    assert [line.split("\t")[0] for line in lines if "\t" in line] == ["STT", "1", "2", "3"]
    assert set(loaded.line_pages) == {1}  # (the PDF's page: both printed pages are on sheet 1)


def test_a_landscape_page_without_page_numbers_on_each_half_is_one_page(tmp_path: Path):
    """The same sheet with no page number on either half is one landscape page: read as one, by the height of
    its lines, the right-hand table (higher up) comes before the left-hand title — the order a sheet read as
    two pages would not give. No sheet is cut in two on a gutter alone (an unruled landscape table has them)."""
    loaded = load_file(_two_up_sheet(tmp_path / "one-page.pdf", numbered=False))
    lines = [line for line in loaded.text.split("\n") if line.strip()]
    assert lines[0] != "PHỤ LỤC"
