"""A cost table whose parts state only their sums ("1.1.1 | Mẫu nước nguồn cấp | … | 356.104.944", "a | Các chỉ tiêu
… | 257.625.360") heads the rows below each part, in Markdown and in a PDF that lays the parts' titles out as lines
of their own across the columns, over pages with a running footer and the header repeated."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders import load_file
from ingest.parsing import parse_document
from tests.conftest import assistant_over

HEADER = ["TT", "Chỉ tiêu", "Tần suất (đợt/tháng)", "Số điểm", "Số mẫu trên điểm", "Số đợt/năm", "Số lượng (mẫu)",
          "Đơn giá (đồng)", "Thành tiền (đồng)", "Ghi chú"]
#: (mark, title or cells): a part states its title and sum only; an item states every figure.
ROWS = [
    ("I", "Quan trắc môi trường vùng nuôi", "1.100.432.000"),
    ("1", "Quan trắc thường xuyên", "1.000.432.000"),
    ("1.1", "Vùng nuôi tôm nước lợ", "600.000.000"),
    ("1.1.1", "Mẫu nước nguồn cấp", "356.104.944"),
    ("a", "Các chỉ tiêu thủy lý, thủy hóa", "257.625.360"),
    ("-", ["N-NH4+ (Phân tích trong phòng)", "2", "6", "1", "18", "108", "268.255", "28.971.540", "STT 16"]),
    ("-", ["Coliform (Phân tích trong phòng)", "2", "6", "1", "18", "108", "538.986", "58.210.488", "STT 31"]),
    ("b", "Kim loại nặng", "98.479.584"),
    ("-", ["Cd (Phân tích trong phòng)", "3", "6", "1", "3", "18", "434.288", "7.817.184", "STT 39"]),
    ("1.1.2", "Mẫu nước trong ao nuôi", "72.313.308"),
    ("1", ["N-NH4+ (Phân tích trong phòng)", "2", "2", "1", "18", "36", "251.400", "9.050.400", "STT 16"]),
    ("2", ["COD (Phân tích trong phòng)", "2", "2", "1", "18", "36", "162.269", "5.841.684", "STT 27"]),
    ("1.2", "Vùng nuôi tôm hùm lồng bè, tần suất 26 đợt/năm từ tháng 3 đến tháng 11 theo đơn giá quan trắc nước biển "
     "của Quyết định số 66/2018/QĐ-UBND ngày 28/12/2018", "400.432.000"),
    ("a", "Mẫu nước vùng nuôi", "300.000.000"),
    ("-", ["N-NH4+ (Phân tích trong phòng)", "", "3", "2", "26", "156", "268.255", "41.847.780", "STT 16"]),
    ("b", "Mẫu trầm tích", "100.432.000"),
    ("-", ["Cd (Phân tích trong phòng)", "3", "1", "18", "54", "54", "492.859", "26.614.386", "STT 58"]),
    ("II", "Hội nghị tuyên truyền", "21.720.000"),
    ("1", ["Thuê hội trường", "Ngày", "2", "", "", "2", "500.000", "1.000.000", ""]),
]


ROWS_SUM = {(r[0], r[1]): r[2] for r in ROWS if isinstance(r[1], str)}
TABLE = [[r[0], r[1]] + [""] * 6 + [r[2], ""] if isinstance(r[1], str) else [r[0], *r[1]] for r in ROWS]

MD = "\n".join([
    "# KẾ HOẠCH", "", "Quan trắc môi trường vùng nuôi trồng thủy sản tỉnh Hà Lam, giai đoạn 2026 - 2030", "",
    "## PHỤ LỤC II", "", "**DỰ TOÁN KINH PHÍ QUAN TRẮC MÔI TRƯỜNG**", "",
    "| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER),
    *("| " + " | ".join(row) + " |" for row in TABLE), "",
])


def _by_content(rows, content: str):
    return [r for r in rows if r.fields.get("content", "").startswith(content)]


def _check_parts(rows) -> None:
    source, pond = [r for r in _by_content(rows, "N-NH4+") if r.group and "Mẫu nước" in " ".join(r.group)][:2]
    assert [g.split(".")[0] for g in source.group] == ["I", "1", "1", "1", "a"], source.group
    assert source.group[-2] == "1.1.1. Mẫu nước nguồn cấp" and source.group[-1].startswith("a. Các chỉ tiêu thủy lý")
    assert pond.group[-1] == "1.1.2. Mẫu nước trong ao nuôi" and pond.number == "1", pond.group
    lobster = [r for r in _by_content(rows, "N-NH4+") if any("tôm hùm" in g for g in r.group)]
    assert len(lobster) == 1 and lobster[0].group[-1] == "a. Mẫu nước vùng nuôi", [r.group for r in lobster]
    sediment = [r for r in _by_content(rows, "Cd") if r.group[-1:] == ["b. Mẫu trầm tích"]]
    assert len(sediment) == 1 and "492.859" in sediment[0].text
    # a part is still a row of the table, with its sum
    part = [r for r in rows if r.number == "1.2"]
    assert len(part) == 1 and "400.432.000" in part[0].text and part[0].group[-1] == "1. Quan trắc thường xuyên"
    # (the year of the act a part's title cites sets no row's target: "Số đợt/năm" is no figure "for 2018")
    assert not any(r.fields.get("targets") for r in rows), [(r.number, r.fields.get("targets")) for r in rows if r.fields.get("targets")]
    hall = _by_content(rows, "Thuê hội trường")
    assert hall and hall[0].group == ["II. Hội nghị tuyên truyền"], hall[0].group


def test_markdown_cost_table_parts_head_their_rows(tmp_path: Path):
    path = tmp_path / "kh-quantrac.md"
    path.write_text(MD, encoding="utf-8")
    loaded = load_file(path)
    _check_parts(parse_document(loaded.text, doc_id="kh-quantrac", file_name=path.name).rows)


def _make_pdf(path: Path) -> Path:
    """The table drawn by reportlab: narrow columns, parts' titles spanning columns 2–8, the header repeated on
    every page, a running footer ("… trang n"), rules between rows only."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from tests.test_formats_pdf import _fonts

    _fonts()
    small = ParagraphStyle("s", fontName="FmtSans", fontSize=6.5, leading=8)
    bold = ParagraphStyle("b", fontName="FmtSansBold", fontSize=6.5, leading=8)
    text = ParagraphStyle("t", fontName="FmtSans", fontSize=10, leading=13)
    data = [[Paragraph(h, bold) for h in HEADER]]
    spans = []
    for n, (mark, body, *_) in enumerate(ROWS, start=1):
        if isinstance(body, str):
            data.append([Paragraph(mark, bold), Paragraph(body, bold), "", "", "", "", "", "",
                         Paragraph(ROWS_SUM[mark, body], bold), ""])
            spans.append(("SPAN", (1, n), (7, n)))
        else:
            data.append([Paragraph(c, small) for c in [mark, *body]])
    widths = [22, 120, 40, 30, 36, 34, 40, 48, 58, 50]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"), *spans]))

    def footer(canvas, doc):
        canvas.setFont("FmtSans", 8)
        canvas.drawRightString(560, 20, f"41/KH-UBND · trang {doc.page}")

    story = [Paragraph("KẾ HOẠCH", text), Paragraph("Quan trắc môi trường vùng nuôi trồng thủy sản tỉnh Hà Lam", text)]
    story += [Spacer(1, 380), Paragraph("PHỤ LỤC II", text), Paragraph("DỰ TOÁN KINH PHÍ QUAN TRẮC MÔI TRƯỜNG", text), table]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40).build(
        story, onFirstPage=footer, onLaterPages=footer)
    return path


def test_pdf_cost_table_parts_laid_out_as_lines_head_their_rows_across_pages(tmp_path: Path):
    loaded = load_file(_make_pdf(tmp_path / "kh-quantrac.pdf"))
    assert max(loaded.line_pages) >= 2  # (the table goes on over a page break, its header repeated)
    _check_parts(parse_document(loaded.text, doc_id="kh-quantrac", file_name="kh-quantrac.pdf", line_pages=loaded.line_pages).rows)


def test_a_row_stating_one_sum_among_its_siblings_is_no_part(tmp_path: Path):
    table = "\n".join([
        "# KẾ HOẠCH", "", "Đầu tư hạ tầng số tỉnh Hà Lam", "", "## Phụ lục I", "", "**DANH MỤC DỰ ÁN**", "", "| TT | Dự án | Chủ đầu tư | Địa điểm | Thời gian | Quy mô | Tổng vốn (triệu đồng) |", "|---|---|---|---|---|---|---|",
        "| 1 | Trung tâm dữ liệu tỉnh | Sở Khoa học và Công nghệ | Thành phố | 2026-2028 | 200 máy chủ | 125.000 |",
        "| 2 | Nền tảng số dùng chung |  |  |  |  | 48.500 |",
        "| 3 | Hệ thống camera giao thông | Công an tỉnh | Toàn tỉnh | 2026-2027 | 900 camera | 96.000 |", ""])
    path = tmp_path / "kh-duan.md"
    path.write_text(table, encoding="utf-8")
    rows = parse_document(load_file(path).text, doc_id="kh-duan", file_name=path.name).rows
    assert [r.number for r in rows] == ["1", "2", "3"] and all(not r.group for r in rows), [(r.number, r.group) for r in rows]


@pytest.fixture(scope="module")
def monitoring(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-41-quantrac.md": MD})


@pytest.mark.parametrize("question, value, other", [
    ("Đơn giá phân tích N-NH4+ của mẫu nước trong ao nuôi tôm nước lợ là bao nhiêu?", "251.400", "268.255"),
    ("Đơn giá phân tích Cd trong mẫu trầm tích vùng nuôi tôm hùm là bao nhiêu?", "492.859", "434.288"),
])
def test_a_figure_of_an_item_is_told_apart_by_its_part(monitoring, question, value, other):
    a = monitoring.answer(question)
    assert a.found and value in a.answer and other not in a.answer, a.answer


def test_a_part_is_no_part_without_rows_of_its_own_and_ends_at_its_next_sibling(tmp_path: Path):
    table = "\n".join([
        "# KẾ HOẠCH", "", "Hội nghị chuyển đổi số tỉnh Hà Lam", "", "## Phụ lục I", "", "**DỰ TOÁN KINH PHÍ**", "",
        "| TT | Nội dung | Đơn vị | Số lượng | Đơn giá | Số ngày | Thành tiền |", "|---|---|---|---|---|---|---|",
        "| 1 | Chi phí tổ chức |  |  |  |  | 20.000.000 |",
        "| 1.1 | Thuê hội trường | Ngày | 2 | 4.000.000 | 2 | 8.000.000 |",
        "| 1.2 | Chi phí quản lý |  |  |  |  | 12.000.000 |",
        "| 1.3 | In tài liệu | Bộ | 100 | 50.000 | 1 | 5.000.000 |",
        "| 2 | Dự phòng |  |  |  |  | 3.000.000 |",
        "| 2.1 | Dự phòng khối lượng | Gói | 1 | 2.000.000 | 1 | 2.000.000 |",
        "| 2.2 | Dự phòng trượt giá | Gói | 1 | 1.000.000 | 1 | 1.000.000 |",
        "| 3 | Hội nghị tổng kết | Hội nghị | 1 | 9.000.000 | 1 | 9.000.000 |", ""])
    path = tmp_path / "kh-hoinghi.md"
    path.write_text(table, encoding="utf-8")
    rows = {r.number: r for r in parse_document(load_file(path).text, doc_id="kh-hoinghi", file_name=path.name).rows}
    assert rows["1.3"].group == ["1. Chi phí tổ chức"], rows["1.3"].group  # (1.2 states a sum, no rows of its own)
    assert rows["2.2"].group == ["2. Dự phòng"] and rows["3"].group == [], (rows["2.2"].group, rows["3"].group)


def test_a_title_followed_by_prose_before_another_table_is_not_a_row_of_the_first():
    text = "\n".join([
        "KẾ HOẠCH", "", "Phụ lục I", "", "DỰ TOÁN KINH PHÍ", "",
        "TT\tNội dung\tĐơn vị\tSố lượng\tĐơn giá\tThành tiền",
        "1\tThuê hội trường\tNgày\t2\t4.000.000\t8.000.000",
        "2\tIn tài liệu\tBộ\t100\t50.000\t5.000.000",
        "2 Danh mục dự án đầu tư công nghệ thông tin",
        "Các dự án dưới đây do các sở làm chủ đầu tư.",
        "",
        "TT\tTên dự án\tChủ đầu tư\tThời gian\tTổng mức đầu tư",
        "1\tTrung tâm dữ liệu\tSở Khoa học và Công nghệ\t2026-2027\t120.000", ""])
    rows = parse_document(text, doc_id="kh-duan2", file_name="kh-duan2.txt").rows
    assert not any("Danh mục dự án" in (r.fields.get("content") or "") for r in rows), [r.fields for r in rows]
