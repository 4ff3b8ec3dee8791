"""A PDF page whose body is set in two columns is read column by column: the left column's lines, then the
right column's, each paragraph whole; the letterhead's two blocks, a title centred over the page and a
signature beside the addressees stay as they were. A footer of the plan's number and the page's
("12/KH-UBND - Trang 3") is page furniture. Real PDFs made with reportlab, read by the real loader and parser."""

from pathlib import Path

import pytest

from ingest.loaders import _without_page_furniture, load_file
from ingest.parsing import parse_document

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

LEFT = [
    "1. Mục đích",
    "a) Thúc đẩy ứng dụng nền tảng số trong các hợp tác xã nông nghiệp của tỉnh Bình Khương để nâng cao giá trị sản phẩm.",
    "b) Hỗ trợ các hộ kinh doanh bán hàng trên sàn thương mại điện tử và thanh toán không dùng tiền mặt.",
    "2. Yêu cầu",
    "a) Triển khai đồng bộ, phù hợp với điều kiện thực tế của từng địa phương trong tỉnh.",
    "b) Bảo đảm an toàn thông tin cho các nền tảng số được hỗ trợ.",
]
RIGHT = [
    "II. MỤC TIÊU",
    "a) Đến hết năm 2026: Có ít nhất 40% hợp tác xã nông nghiệp ứng dụng nền tảng số trong quản trị.",
    "b) Đến hết năm 2030: Có ít nhất 75% hộ kinh doanh thanh toán không dùng tiền mặt trên địa bàn tỉnh.",
    "III. NHIỆM VỤ",
    "1. Sở Công Thương chủ trì tổ chức các lớp tập huấn bán hàng trên sàn thương mại điện tử cho hộ kinh doanh.",
]


def _two_column_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph, Spacer, Table

    if "ColSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("ColSans", str(FONT)))
    body = ParagraphStyle("b", fontName="ColSans", fontSize=10, leading=13, alignment=4)
    centre = ParagraphStyle("c", parent=body, alignment=1)
    width, height = A4
    margin, gutter = 56, 28
    col = (width - 2 * margin - gutter) / 2

    def footer(canvas, doc):
        canvas.setFont("ColSans", 8)
        canvas.drawCentredString(width / 2, 30, f"12/KH-UBND - Trang {doc.page}")

    head = Frame(margin, height - 230, width - 2 * margin, 170, id="head")
    left = Frame(margin, 60, col, height - 300, id="left")
    right = Frame(margin + col + gutter, 60, col, height - 300, id="right")
    first = PageTemplate("first", [head, left, right], onPage=footer)
    later = PageTemplate("later", [Frame(margin, 60, col, height - 120, id="l2"),
                                   Frame(margin + col + gutter, 60, col, height - 120, id="r2")], onPage=footer)
    letterhead = Table([[Paragraph("ỦY BAN NHÂN DÂN<br/>TỈNH BÌNH KHƯƠNG", centre),
                         Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc", centre)],
                        [Paragraph("Số: 12/KH-UBND", centre), Paragraph("Bình Khương, ngày 05 tháng 11 năm 2025", centre)]],
                       colWidths=[180, 300])
    story = [letterhead, Spacer(1, 12), Paragraph("KẾ HOẠCH", centre),
             Paragraph("Chuyển đổi số cho hợp tác xã và hộ kinh doanh tỉnh Bình Khương năm 2026", centre),
             NextPageTemplate("later"), FrameBreak()]
    story += [Paragraph("I. MỤC ĐÍCH, YÊU CẦU", body)] + [Paragraph(p, body) for p in LEFT] + [FrameBreak()]
    story += [Paragraph(p, body) for p in RIGHT]
    for k in range(1, 120):  # (more duties, onto later pages set in the same two columns)
        story.append(Paragraph(f"{k + 1}. Các sở, ngành theo chức năng, nhiệm vụ được giao phối hợp triển khai nội dung số {k} "
                               f"của Kế hoạch trên địa bàn tỉnh.", body))
    BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[first, later]).build(story)
    return path


@pytest.fixture(scope="module")
def two_columns(tmp_path_factory):
    pytest.importorskip("reportlab")
    if not FONT.exists():
        pytest.skip("DejaVuSans not installed")
    return load_file(_two_column_pdf(tmp_path_factory.mktemp("cols") / "two-columns.pdf"))


def _squashed(text: str) -> str:
    return " ".join(text.split())


def test_each_columns_paragraphs_are_read_whole_and_in_order(two_columns):
    text = _squashed(two_columns.text)
    for paragraph in LEFT + RIGHT:
        assert paragraph in text, paragraph
    # the left column before the right one
    assert text.index(LEFT[-1]) < text.index(RIGHT[0])


def test_the_letterhead_and_the_title_stay_before_the_columns(two_columns):
    lines = [line for line in two_columns.text.splitlines() if line.strip()]
    assert lines[0].startswith("ỦY BAN NHÂN DÂN") and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines[0]
    text = _squashed(two_columns.text)
    assert text.index("KẾ HOẠCH") < text.index("I. MỤC ĐÍCH, YÊU CẦU")


def test_the_parsed_sections_hold_their_own_text(two_columns):
    doc = parse_document(two_columns.text, doc_id="two-columns", file_name="two-columns.pdf", line_pages=two_columns.line_pages)
    assert doc.info.number == "12/KH-UBND"
    target = " ".join(_squashed(s.text) for s in doc.sections if s.path and s.path[0].startswith("II. MỤC TIÊU"))
    assert "Đến hết năm 2026: Có ít nhất 40% hợp tác xã nông nghiệp ứng dụng nền tảng số trong quản trị." in target
    assert "an toàn thông tin" not in target  # (the left column's lines are not mixed in)


def test_a_footer_of_the_plans_number_and_the_page_is_furniture(two_columns):
    assert max(two_columns.line_pages) >= 3
    assert "Trang 1" not in two_columns.text and "Trang 2" not in two_columns.text
    pages = [["Kế hoạch", f"Nội dung trang {n} của kế hoạch", f"12/KH-UBND - Trang {n}"] for n in range(1, 5)]
    assert all(not line.startswith("12/KH-UBND") for page in _without_page_furniture(pages) for line in page)


def test_lines_beside_each_other_that_are_no_columns_stay_one_line():
    from ingest.formats.pdf_columns import reading_order

    def line(top, parts):
        chars = [{"x0": x + 6 * k, "x1": x + 6 * k + 5, "text": ch, "size": 10} for x, s in parts for k, ch in enumerate(s)]
        return {"top": top, "x0": chars[0]["x0"], "x1": chars[-1]["x1"], "text": "   ".join(s for _, s in parts), "chars": chars}

    # a list of addressees beside a signature: short sides, no columns
    sign = [line(100 + 12 * k, [(50, f"- Sở {k};"), (330, "KT. CHỦ TỊCH" if k == 0 else "PHÓ CHỦ TỊCH")]) for k in range(8)]
    assert [x.text for x in reading_order(sign)] == [x["text"] for x in sign]
    # two real columns: each side nearly half the width
    body = [line(100 + 12 * k, [(50, f"dòng trái số {k} của cột bên trái dài"), (300, f"dòng phải số {k} của cột phải dài")]) for k in range(8)]
    out = [x.text for x in reading_order(body)]
    assert out[:8] == [f"dòng trái số {k} của cột bên trái dài" for k in range(8)]
    assert out[8:] == [f"dòng phải số {k} của cột phải dài" for k in range(8)]


def test_a_heading_in_capitals_that_a_narrow_column_wrapped_is_read_whole():
    from ingest.parsing import LogicalLine, split_sections

    text = ["III. NHIỆM VỤ, GIẢI PHÁP TRỌNG", "TÂM", "1. Nâng cao nhận thức và đổi mới tư duy",
            "Đẩy mạnh truyền thông về chuyển đổi số cho doanh nghiệp.",
            "IV. TỔ CHỨC THỰC HIỆN", "KINH PHÍ 2026: 5 TỶ ĐỒNG", "Sở Tài chính bố trí kinh phí."]
    sections = split_sections([LogicalLine(t, k, k) for k, t in enumerate(text)])
    paths = [s.path for s in sections]
    assert ["III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "1. Nâng cao nhận thức và đổi mới tư duy"] in paths
    # (a line in capitals holding figures or a label is the section's text, not the end of its heading)
    assert ["IV. TỔ CHỨC THỰC HIỆN"] in paths
    assert "KINH PHÍ 2026: 5 TỶ ĐỒNG" in next(s.text for s in sections if s.path == ["IV. TỔ CHỨC THỰC HIỆN"])


# ------------------------------------------------------------------ three columns or more ("newspaper")

NEWS = [
    ("1. Sở Nông nghiệp và Môi trường", "Chủ trì tổ chức điều tra, đánh giá sức chịu tải môi trường vùng biển ven bờ của tỉnh Hòa Vân và "
     "công bố kết quả trước tháng 6 năm 2027."),
    ("2. Sở Xây dựng", "Chủ trì rà soát quy hoạch cảng cá, khu neo đậu tránh trú bão cho tàu cá; phối hợp với các xã ven biển "
     "bố trí quỹ đất cho hạ tầng hậu cần nghề cá."),
    ("3. Sở Tài chính", "Tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên của ngân sách tỉnh theo phân cấp "
     "hiện hành và lồng ghép các chương trình mục tiêu."),
]


def _three_column_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    if "ColSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("ColSans", str(FONT)))
    body = ParagraphStyle("b", fontName="ColSans", fontSize=8, leading=10.2, alignment=4)
    head = ParagraphStyle("h", parent=body, fontSize=9.5, leading=13, spaceBefore=6)
    width, height = landscape(A4)
    margin, gutter = 42, 20
    col = (width - 2 * margin - 2 * gutter) / 3

    def header(canvas, doc):
        canvas.setFont("ColSans", 8)
        canvas.drawString(margin, height - 30, "UBND tỉnh Hòa Vân - Kế hoạch 71/KH-UBND")
        canvas.drawRightString(width - margin, height - 30, f"tr. {doc.page}")

    frames = [Frame(margin + k * (col + gutter), 40, col, height - 90, id=f"c{k}") for k in range(3)]
    story = []
    for k in range(30):  # (the three bodies' duties again and again, over several pages of three columns)
        for title, duty in NEWS:
            story += [Paragraph(title if k == 0 else f"{title} (lần {k})", head), Paragraph(duty, body)]
        story.append(Paragraph(f"Nội dung bổ sung số {k}: các sở, ngành theo chức năng, nhiệm vụ được giao phối hợp triển khai, "
                               "báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.", body))
    BaseDocTemplate(str(path), pagesize=landscape(A4), pageTemplates=[PageTemplate("cols", frames, onPage=header)]).build(story)
    return path


@pytest.fixture(scope="module")
def three_columns(tmp_path_factory):
    pytest.importorskip("reportlab")
    if not FONT.exists():
        pytest.skip("DejaVuSans not installed")
    return load_file(_three_column_pdf(tmp_path_factory.mktemp("cols3") / "three-columns.pdf"))


def test_three_columns_are_read_one_after_another_each_paragraph_whole(three_columns):
    assert max(three_columns.line_pages) >= 3
    assert "\t" not in three_columns.text  # (aligned gutters are no table's)
    text = _squashed(three_columns.text)
    for title, duty in NEWS:
        assert f"{title} {duty}" in text, title
    for k in range(29):
        assert f"Nội dung bổ sung số {k}: các sở, ngành theo chức năng, nhiệm vụ được giao phối hợp triển khai, " \
               "báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm." in text, k
        assert text.index(f"Nội dung bổ sung số {k}:") < text.index(f"Nội dung bổ sung số {k + 1}:")


def test_a_running_header_of_many_words_and_the_page_is_furniture(three_columns):
    assert "tr. 2" not in three_columns.text and "Kế hoạch 71/KH-UBND" not in three_columns.text


def test_a_table_whose_grouped_columns_part_their_cells_is_no_page_of_columns():
    from ingest.formats.pdf_columns import reading_order, set_in_columns

    def line(top, parts):
        chars = [{"x0": x + 5 * k, "x1": x + 5 * k + 4.5, "text": ch, "size": 8} for x, s in parts for k, ch in enumerate(s)]
        return {"top": top, "x0": chars[0]["x0"], "x1": chars[-1]["x1"], "text": "   ".join(s for _, s in parts), "chars": chars}

    # three columns of text, each line one stretch 230 pt wide
    prose = [line(100 + 10 * k, [(40, f"dòng {k:02d} của cột thứ nhất viết liền"), (300, f"dòng {k:02d} của cột thứ hai viết liền nhau"),
                                 (560, f"dòng {k:02d} của cột thứ ba viết liền")]) for k in range(10)]
    assert set_in_columns(prose)
    out = [x.text for x in reading_order(prose)]
    assert out[:10] == [f"dòng {k:02d} của cột thứ nhất viết liền" for k in range(10)]
    assert out[20:] == [f"dòng {k:02d} của cột thứ ba viết liền" for k in range(10)]
    # a table's rows: between two of its clear strips, two cells parted on each line
    table = [line(100 + 10 * k, [(40, f"{k} Nhiệm vụ số {k} của kế hoạch"), (250, "Sở Xây dựng"), (340, "Các địa phương"),
                                 (560, "Triển khai đồng bộ"), (700, "2026-2030")]) for k in range(10)]
    assert not set_in_columns(table)
    assert [x.text for x in reading_order(table)] == [x["text"] for x in table]


def _columns_line(top, parts, size=8.0):
    chars = [{"x0": x + 5 * k, "x1": x + 5 * k + 4.5, "text": ch, "size": size, "top": top, "bottom": top + size}
             for x, s in parts for k, ch in enumerate(s)]
    return {"top": top, "bottom": top + size, "x0": chars[0]["x0"], "x1": chars[-1]["x1"],
            "text": "   ".join(s for _, s in parts), "chars": chars}


def _band(top, tag, n=8):
    return [_columns_line(top + 10 * k, [(40, f"{tag}1 dòng {k} của cột thứ nhất viết"), (300, f"{tag}2 dòng {k} của cột thứ hai viết liền"),
                                         (560, f"{tag}3 dòng {k} của cột thứ ba viết")]) for k in range(n)]


def test_a_title_between_two_bands_of_three_columns_parts_them():
    from ingest.formats.pdf_columns import reading_order

    lines = [*_band(100, "A"), _columns_line(200, [(390, "PHỤ LỤC II")]), *_band(230, "B")]
    out = [x.text for x in reading_order(lines)]
    upper = [t for t in out if t.startswith("A")]
    assert out.index("PHỤ LỤC II") > out.index(upper[-1])  # (the upper band's three columns, all of them, first)
    assert [t[:2] for t in upper] == ["A1"] * 8 + ["A2"] * 8 + ["A3"] * 8
    assert all(t.startswith("B") for t in out[out.index("PHỤ LỤC II") + 1:])


def test_an_unruled_table_of_three_wide_wrapped_columns_keeps_its_rows():
    from ingest.formats.pdf_columns import reading_order, set_in_columns

    rows, top = [], 100.0
    for r in range(5):  # each cell wrapped over two lines; a wider space between the rows, at one height in every column
        for k in range(2):
            rows.append(_columns_line(top, [(40, f"Nhiệm vụ {r} dòng {k} của ô thứ nhất dài"), (260, f"Cơ quan chủ trì {r} dòng {k} ô hai"),
                                            (480, f"Cơ quan phối hợp {r} dòng {k} ô ba dài")]))
            top += 10
        top += 6
    assert not set_in_columns(rows)
    assert [x.text for x in reading_order(rows)] == [x["text"] for x in rows]
