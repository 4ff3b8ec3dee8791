"""PDF pages without any drawn line: a justified paragraph is prose, a two-column list of short
forms is a table, and a header whose label spans sub-columns ("Mục tiêu theo năm" over "Năm 2027 |
Năm 2028 | Năm 2029") heads the table instead of staying above it as loose text.

Each page is drawn word by word with reportlab, so the positions are exactly those described."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders import load_file
from ingest.parsing import parse_document
from tests.test_formats_pdf import _fonts, _rows


def _justified(c, x0: float, x1: float, y: float, words: list[str], size: float = 11) -> None:
    """Draw ``words`` spread over [x0, x1] with every space stretched alike (a justified line)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c.setFont("FmtSans", size)
    widths = [stringWidth(w, "FmtSans", size) for w in words]
    gap = (x1 - x0 - sum(widths)) / (len(words) - 1)
    x = x0
    for w, width in zip(words, widths):
        c.drawString(x, y, w)
        x += width + gap


SHORT_FORMS = [("SKHCN", "Sở Khoa học và Công nghệ"), ("SNV", "Sở Nội vụ"), ("STC", "Sở Tài chính"),
               ("CAT", "Công an tỉnh"), ("VPUB", "Văn phòng Ủy ban nhân dân tỉnh"), ("SYT", "Sở Y tế")]


def make_short_forms_pdf(path: Path, *, stretch: bool = True) -> Path:
    from reportlab.pdfgen import canvas as pdf_canvas

    _fonts()
    c = pdf_canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("FmtSans", 11)
    c.drawString(60, 790, "IV. TỔ CHỨC THỰC HIỆN")
    line = "1. Sở Khoa học và Công nghệ là cơ quan thường trực, tổng hợp kết quả thực hiện".split()
    # stretched spaces as wide as the page's split gap: before, a paragraph line of five "cells"
    _justified(c, 60, 535 if stretch else 470, 772, line)
    c.drawString(60, 756, "Chương trình, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 11 hằng năm.")
    c.drawString(60, 730, "BẢNG CHỮ VIẾT TẮT")
    y = 712
    c.setFont("FmtSans", 10)
    for short, full in [("Chữ viết tắt", "Tên cơ quan, đơn vị"), *SHORT_FORMS]:
        c.drawString(70, y, short)
        c.drawString(200, y, full)
        y -= 14
    c.setFont("FmtSans", 11)
    c.drawString(60, y - 14, "Các sở, ngành tổ chức thực hiện Chương trình này.")
    c.showPage()
    c.save()
    return path


def test_a_justified_paragraph_line_is_prose_and_a_short_forms_list_is_a_table(tmp_path: Path):
    loaded = load_file(make_short_forms_pdf(tmp_path / "forms.pdf"))
    rows = [cells for _, cells in _rows(loaded)]
    assert rows == [["Chữ viết tắt", "Tên cơ quan, đơn vị"], *[[s, f] for s, f in SHORT_FORMS]], rows
    assert "1. Sở Khoa học và Công nghệ là cơ quan thường trực, tổng hợp kết quả thực hiện" in loaded.text.split("\n")
    # and the parser reads the short forms as definitions
    doc = parse_document(loaded.text, doc_id="forms", file_name="forms.pdf", line_pages=loaded.line_pages)
    defined = "\n".join(s.text for s in doc.sections if s.path == ["BẢNG CHỮ VIẾT TẮT"])
    assert "STC: Sở Tài chính" in defined and "CAT: Công an tỉnh" in defined, [s.path for s in doc.sections]


def test_two_column_prose_blocks_and_numbered_hanging_lines_are_no_table(tmp_path: Path):
    """Two blocks side by side, the right one centred (a signature), and numbered paragraphs with a
    hanging indent: two "columns" each, but no list of short forms."""
    from reportlab.pdfgen import canvas as pdf_canvas

    _fonts()
    path = tmp_path / "prose.pdf"
    c = pdf_canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("FmtSans", 10)
    y = 780
    for n, text in enumerate(["Sở Nội vụ hướng dẫn các đơn vị triển khai.", "Sở Tài chính bố trí kinh phí.",
                              "Công an tỉnh bảo đảm an ninh mạng.", "Các xã, phường báo cáo hằng quý.",
                              "Văn phòng UBND tỉnh tổng hợp kết quả."], start=1):
        c.drawString(60, y, f"{n}.")
        c.drawString(110, y, text)
        y -= 14
    y -= 20
    for left, right in [("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"), ("- Bộ Khoa học và Công nghệ;", "KT. CHỦ TỊCH"),
                        ("- Thường trực Tỉnh ủy;", "PHÓ CHỦ TỊCH"), ("- Các sở, ban, ngành;", "(Đã ký)"),
                        ("- Lưu: VT.", "Nguyễn Văn A")]:
        c.drawString(60, y, left)
        c.drawCentredString(430, y, right)
        y -= 14
    c.showPage()
    c.save()
    assert _rows(load_file(path)) == []


HEAD_XS = [40, 75, 330, 400, 470, 540, 610]


def make_spanning_header_pdf(path: Path) -> Path:
    """A target table with no drawn line: "STT | Chỉ tiêu | Đơn vị tính | Mục tiêu theo năm | Đơn vị chủ
    trì" over a second header line "Năm 2027 | Năm 2028 | Năm 2029" under the spanning label."""
    from reportlab.pdfgen import canvas as pdf_canvas

    _fonts()
    c = pdf_canvas.Canvas(str(path), pagesize=(842, 595))
    c.setFont("FmtSans", 11)
    c.drawString(40, 560, "Phụ lục I")
    c.drawString(40, 545, "Bảng 1. Chỉ tiêu chuyển đổi số giai đoạn 2027 - 2029")
    c.setFont("FmtSansBold", 9)
    y = 520
    for x, text in zip([40, 75, 330, 610], ["STT", "Chỉ tiêu", "Đơn vị tính", "Đơn vị chủ trì"]):
        c.drawString(x, y, text)
    c.drawCentredString(490, y, "Mục tiêu theo năm")  # centred over the three year columns
    y -= 16
    for x, text in zip(HEAD_XS[3:6], ["Năm 2027", "Năm 2028", "Năm 2029"]):
        c.drawString(x, y, text)
    c.setFont("FmtSans", 9)
    for row in [["1", "Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình", "%", "≥ 85", "≥ 90", "≥ 95", "Văn phòng Bộ"],
                ["2", "Số cơ sở dữ liệu được kết nối, chia sẻ (lũy kế)", "Cơ sở dữ liệu", "12", "18", "25",
                 "Trung tâm Thông tin"],
                ["3", "Hệ thống báo cáo theo thời gian thực", "-", "01 hệ thống", "Duy trì", "Duy trì",
                 "Vụ Kế hoạch - Tài chính"],
                ["4", "Số cuộc thanh tra thực hiện trên hệ thống điện tử", "Cuộc", "-", "≥ 20", "≥ 40", "Thanh tra Bộ"]]:
        y -= 16
        for x, text in zip(HEAD_XS, row):
            c.drawString(x, y, text)
    c.showPage()
    c.save()
    return path


def test_a_label_spanning_sub_columns_heads_the_unruled_table(tmp_path: Path):
    loaded = load_file(make_spanning_header_pdf(tmp_path / "head.pdf"))
    rows = [cells for _, cells in _rows(loaded)]
    assert rows[0][:3] == ["STT", "Chỉ tiêu", "Đơn vị tính"] and rows[0][-1] == "Đơn vị chủ trì", rows
    assert rows[1][3:6] == ["Năm 2027", "Năm 2028", "Năm 2029"], rows
    doc = parse_document(loaded.text, doc_id="head", file_name="head.pdf", line_pages=loaded.line_pages)
    by_number = {r.number: r for r in doc.rows}
    assert by_number["2"].fields["targets"] == {"2027": "12", "2028": "18", "2029": "25"}
    assert by_number["2"].fields["unit"] == "Cơ sở dữ liệu"
    assert by_number["4"].fields["lead"] == "Thanh tra Bộ"
    assert by_number["3"].fields["targets"] == {"2027": "01 hệ thống", "2028": "Duy trì", "2029": "Duy trì"}
    assert by_number["1"].fields["targets"]["2029"] == "≥ 95"


# --------------------------------------------------------------------------- a pandoc-style table

#: (column left edges, cells of each line): the positions of a Markdown plan made into .docx by pandoc
#: and into PDF by LibreOffice — a header pressed to the bottom of its cells over one rule, no other line.
_PANDOC_XS = [72, 166, 259, 353, 446]
_PANDOC_ROWS = [
    [["1"], ["Xây dựng sàn", "thương mại", "điện tử nông", "sản của tỉnh"], ["Sở Công", "Thương"],
     ["Sở Nông", "nghiệp và", "Môi trường"], ["Quý II/2027"]],
    [["2"], ["Hỗ trợ 500", "hộ kinh", "doanh bán", "hàng trực", "tuyến"], ["Sở Công", "Thương"],
     ["Hội Liên hiệp", "Phụ nữ tỉnh"], ["Quý IV/2027"]],
    [["3"], ["Triển khai", "thanh toán", "không dùng", "tiền mặt tại"], ["Ngân hàng", "Nhà nước", "Chi nhánh",
     "Khu vực 7"], ["Sở Công", "Thương"], ["Tháng", "9/2027"]],
]


def _pandoc_header(c, top: float) -> float:
    """The two header lines ("Đơn vị chủ" / "trì" under one another) and the rule below; the y of the
    first row's first line (page coordinates from the top)."""
    c.setFont("FmtSans", 10)
    c.drawString(_PANDOC_XS[2], 842 - top, "Đơn vị chủ")
    c.drawString(_PANDOC_XS[3], 842 - top, "Đơn vị phối")
    for x, label in zip(_PANDOC_XS, ["STT", "Nhiệm vụ", "trì", "hợp", "Thời hạn"]):
        c.drawString(x, 842 - top - 14, label)
    c.setLineWidth(0.5)
    c.line(72, 842 - top - 19, 523, 842 - top - 19)
    return top + 30


def make_pandoc_table_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas as pdf_canvas

    _fonts()
    c = pdf_canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("FmtSans", 11)
    c.drawString(72, 842 - 120, "I. MỤC TIÊU")
    c.drawString(84, 842 - 140, "1.")
    c.drawString(108, 842 - 140, "Đến hết năm 2027, kinh tế số chiếm 18% GRDP của tỉnh.")
    c.drawString(72, 842 - 170, "II. KINH PHÍ")
    c.drawString(72, 842 - 192, "Kinh phí thực hiện từ ngân sách tỉnh và nguồn xã hội hóa. Ưu tiên hình thức")
    c.drawString(72, 842 - 206, "thuê dịch vụ thay cho mua sắm.")
    c.drawString(72, 842 - 232, "Phụ lục")
    c.drawString(72, 842 - 257, "DANH MỤC NHIỆM VỤ NĂM 2027")
    top = _pandoc_header(c, 282)
    c.setFont("FmtSans", 10)
    for n, row in enumerate(_PANDOC_ROWS):
        lines = 4 if n == 2 else max(len(cell) for cell in row)  # the last row runs over the page's end
        for x, cell in zip(_PANDOC_XS, row):
            for k, text in enumerate(cell[:lines]):
                c.drawString(x, 842 - top - 14 * k, text)
        top += 14 * lines + 2
    c.showPage()
    top = _pandoc_header(c, 73)  # the header repeated, then the rest of row 3's task
    c.setFont("FmtSans", 10)
    for k, text in enumerate(["chợ truyền", "thống"]):
        c.drawString(_PANDOC_XS[1], 842 - top - 14 * k, text)
    c.showPage()
    c.save()
    return path


def test_a_heading_paragraph_and_caption_above_a_bottom_aligned_header_stay_out_of_the_table(tmp_path: Path):
    """The heading, paragraph, appendix title and caption above the table fit its first column by
    chance; they stand further from the header than the rows from each other, so they are no part of
    it (before, they were the table's header and its columns had no labels)."""
    loaded = load_file(make_pandoc_table_pdf(tmp_path / "pandoc.pdf"))
    rows = [cells for page, cells in _rows(loaded) if page == 1]
    assert rows[0] == ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"], rows[0]
    assert rows[1] == ["1", "Xây dựng sàn thương mại điện tử nông sản của tỉnh", "Sở Công Thương",
                       "Sở Nông nghiệp và Môi trường", "Quý II/2027"], rows[1]
    assert "Phụ lục" in loaded.text.split("\n") and "II. KINH PHÍ" in loaded.text.split("\n")
    doc = parse_document(loaded.text, doc_id="pandoc", file_name="pandoc.pdf", line_pages=loaded.line_pages)
    by_number = {row.number: row for row in doc.rows}
    assert sorted(by_number) == ["1", "2", "3"], [r.text for r in doc.rows]
    assert by_number["2"].columns["Đơn vị phối hợp"] == "Hội Liên hiệp Phụ nữ tỉnh"
    # the task continued under the header repeated on the next page is one row
    assert by_number["3"].columns["Nhiệm vụ"] == "Triển khai thanh toán không dùng tiền mặt tại chợ truyền thống"
    assert by_number["3"].appendix.startswith("Phụ lục"), by_number["3"].appendix
