"""Tests of ingest.loaders on real PDF/DOCX files generated in tmp_path at test time."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from ingest.errors import UnreadableFileError
from ingest.loaders import SUPPORTED_SUFFIXES, LoadedFile, load_file

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

HEADER = ["STT", "Nội dung chỉ tiêu", "Đơn vị tính", "Giao chỉ tiêu 2027", "Cơ quan chủ trì"]
WRAPPED = (
    "Tỉ lệ các sở, ngành, địa phương đạt cấp độ 3 mức độ trưởng thành về quản trị dữ liệu "
    "phục vụ chỉ đạo, điều hành"
)
ROWS = [
    ["1", "Tỉ lệ hồ sơ trực tuyến toàn trình", "%", "90%", "Sở Khoa học và Công nghệ"],
    ["2", WRAPPED, "%", "80%", "Công an tỉnh"],
    ["3", "Số doanh nghiệp công nghệ số", "Doanh nghiệp", "150", "Sở Tài chính"],
]
TASK_HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]
TASK_ROWS = [
    ["1", "Xây dựng kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ", "Quý IV/2027"],
    ["2", "Đào tạo kỹ năng số cho cán bộ", "Sở Nội vụ", "Năm 2027"],
]


def _rows_of(loaded: LoadedFile) -> list[list[str]]:
    """The TAB-separated lines of a loaded file, split into cells."""
    return [line.split("\t") for line in loaded.text.split("\n") if "\t" in line]


def _line_index(lines: list[str], needle: str) -> int:
    return next(i for i, line in enumerate(lines) if needle in line)


# --------------------------------------------------------------------------- fixtures


def _pdf_styles():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10, leading=13)
    heading = ParagraphStyle("heading", fontName="DejaVuSans", fontSize=14, leading=18)
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=8, leading=10)
    return body, heading, cell


def _grid_table(header: list[str], rows: list[list[str]], widths: list[float], cell_style):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    data = [[Paragraph(text, cell_style) for text in row] for row in [header, *rows]]
    table = Table(data, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def make_plan_pdf(path: Path) -> Path:
    """2-page Vietnamese plan: title, heading, paragraph, indicator table; task table on page 2."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    body, heading, cell = _pdf_styles()
    story = [
        Paragraph("KẾ HOẠCH Chuyển đổi số năm 2027", heading),
        Paragraph("I. MỤC TIÊU CỤ THỂ", heading),
        Paragraph("Phát triển chính quyền số, kinh tế số và xã hội số trên địa bàn tỉnh.", body),
        Spacer(1, 8),
        _grid_table(HEADER, ROWS, [30, 170, 70, 80, 130], cell),
        Spacer(1, 8),
        Paragraph("Đoạn văn sau bảng chỉ tiêu.", body),
        PageBreak(),
        Paragraph("II. NHIỆM VỤ TRỌNG TÂM", heading),
        _grid_table(TASK_HEADER, TASK_ROWS, [30, 200, 150, 100], cell),
        Paragraph("Các sở, ngành triển khai thực hiện kế hoạch này.", body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def make_plan_docx(path: Path) -> Path:
    """Heading, paragraphs, a ruled table (one multi-line cell), a paragraph after the table."""
    import docx

    document = docx.Document()
    document.add_heading("KẾ HOẠCH Chuyển đổi số năm 2027", level=1)
    document.add_paragraph("Căn cứ Nghị quyết số 57-NQ/TW của Bộ Chính trị;")
    document.add_paragraph("Phụ lục I. CHỈ TIÊU\tnăm 2027")  # a TAB in narrative text
    table = document.add_table(rows=1 + len(ROWS), cols=len(HEADER), style="Table Grid")
    for r, values in enumerate([HEADER, *ROWS]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(2, 1).text = "Tỉ lệ các sở, ngành, địa phương đạt cấp độ 3\nmức độ trưởng thành"
    document.add_paragraph("Đoạn văn sau bảng.")
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def plan_pdf(tmp_path_factory) -> Path:
    return make_plan_pdf(tmp_path_factory.mktemp("pdf") / "plan.pdf")


# --------------------------------------------------------------------------- PDF


def test_pdf_text_is_nfc_vietnamese_in_reading_order(plan_pdf: Path):
    loaded = load_file(plan_pdf)
    assert loaded.suffix == ".pdf" and loaded.file_name == "plan.pdf"
    assert loaded.sha256 == hashlib.sha256(plan_pdf.read_bytes()).hexdigest()
    assert unicodedata.is_normalized("NFC", loaded.text)
    for words in ("KẾ HOẠCH Chuyển đổi số năm 2027", "I. MỤC TIÊU CỤ THỂ",
                  "kinh tế số và xã hội số trên địa bàn tỉnh", "II. NHIỆM VỤ TRỌNG TÂM"):
        assert words in loaded.text
    lines = loaded.text.split("\n")
    order = [_line_index(lines, s) for s in ("KẾ HOẠCH", "MỤC TIÊU", "Phát triển chính quyền",
                                             "STT\tNội dung", "Đoạn văn sau bảng",
                                             "NHIỆM VỤ TRỌNG TÂM", "STT\tNhiệm vụ",
                                             "Các sở, ngành triển khai")]
    assert order == sorted(order)
    assert "\t" not in lines[_line_index(lines, "Phát triển chính quyền")]


def test_pdf_table_rows_are_tab_separated_with_wrapped_cell_joined(plan_pdf: Path):
    rows = _rows_of(load_file(plan_pdf))
    assert rows[:4] == [HEADER, *ROWS]  # the wrapped cell (3 lines in the PDF) is one cell
    assert ["2", WRAPPED, "%", "80%", "Công an tỉnh"] in rows
    assert rows[4:] == [TASK_HEADER, *TASK_ROWS]


def test_pdf_line_pages(plan_pdf: Path):
    loaded = load_file(plan_pdf)
    lines = loaded.text.split("\n")
    assert loaded.line_pages is not None
    assert len(loaded.line_pages) == len(lines) == len(loaded.text.splitlines())
    assert loaded.line_pages == sorted(loaded.line_pages)
    page_of = dict(zip(lines, loaded.line_pages))
    assert page_of["KẾ HOẠCH Chuyển đổi số năm 2027"] == 1
    assert page_of["\t".join(ROWS[2])] == 1
    assert page_of["Đoạn văn sau bảng chỉ tiêu."] == 1
    assert page_of["II. NHIỆM VỤ TRỌNG TÂM"] == 2
    assert page_of["\t".join(TASK_ROWS[1])] == 2
    assert set(loaded.line_pages) == {1, 2}


def test_pdf_falls_back_to_pypdf_when_pdfplumber_fails(plan_pdf: Path, monkeypatch):
    import ingest.loaders as loaders

    def broken(page):
        raise RuntimeError("pdfplumber exploded")

    monkeypatch.setattr(loaders, "_pdfplumber_page_lines", broken)
    loaded = load_file(plan_pdf)
    assert "KẾ HOẠCH Chuyển đổi số năm 2027" in loaded.text
    assert "Các sở, ngành triển khai thực hiện kế hoạch này." in loaded.text
    assert len(loaded.line_pages) == len(loaded.text.split("\n"))
    assert set(loaded.line_pages) == {1, 2}


def test_pdf_framed_text_and_fake_bold_stay_plain_lines(tmp_path: Path):
    """A page border is a 1-cell 'table' and must not glue the page into one line; text drawn
    twice (fake bold) must not come out doubled."""
    from reportlab.pdfgen import canvas

    _pdf_styles()  # registers DejaVuSans
    path = tmp_path / "framed.pdf"
    drawing = canvas.Canvas(str(path))
    drawing.setFont("DejaVuSans", 11)
    drawing.rect(30, 30, 530, 780)
    drawing.drawString(50, 780, "KẾ HOẠCH")
    drawing.drawString(50.3, 780, "KẾ HOẠCH")
    drawing.drawString(50, 760, "Nơi nhận:")
    drawing.drawString(50, 740, "- Lưu: VT.")
    drawing.showPage()
    drawing.save()
    loaded = load_file(path)
    assert loaded.text == "KẾ HOẠCH\nNơi nhận:\n- Lưu: VT."
    assert loaded.line_pages == [1, 1, 1]


# --------------------------------------------------------------------------- DOCX


def test_docx_document_order_and_table_rows(tmp_path: Path):
    loaded = load_file(make_plan_docx(tmp_path / "plan.docx"))
    assert loaded.suffix == ".docx" and loaded.line_pages is None
    assert unicodedata.is_normalized("NFC", loaded.text)
    lines = [line for line in loaded.text.split("\n") if line.strip()]
    assert lines[0] == "KẾ HOẠCH Chuyển đổi số năm 2027"
    assert lines[1] == "Căn cứ Nghị quyết số 57-NQ/TW của Bộ Chính trị;"
    assert lines[2] == "Phụ lục I. CHỈ TIÊU năm 2027"  # narrative TAB is not a cell separator
    assert [line.split("\t") for line in lines[3:7]] == [
        HEADER,
        ROWS[0],
        ["2", "Tỉ lệ các sở, ngành, địa phương đạt cấp độ 3 mức độ trưởng thành", "%", "80%",
         "Công an tỉnh"],
        ROWS[2],
    ]
    assert lines[7] == "Đoạn văn sau bảng."
    assert len(lines) == 8


def test_docx_merged_cells_keep_column_positions(tmp_path: Path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=4, style="Table Grid")
    for r, values in enumerate([["STT", "Nội dung", "Chủ trì", "Phối hợp"],
                                ["1", "Nhiệm vụ A", "Sở Tài chính", "Sở Nội vụ"],
                                ["2", "Nhiệm vụ B", "", "Công an tỉnh"]]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(0, 2).merge(table.cell(0, 3)).text = "Cơ quan thực hiện"  # horizontal merge
    table.cell(1, 2).merge(table.cell(2, 2))  # vertical merge: one lead agency for both rows
    path = tmp_path / "merged.docx"
    document.save(str(path))
    rows = _rows_of(load_file(path))
    assert rows[0] == ["STT", "Nội dung", "Cơ quan thực hiện", ""]
    assert rows[1] == ["1", "Nhiệm vụ A", "Sở Tài chính", "Sở Nội vụ"]
    assert rows[2] == ["2", "Nhiệm vụ B", "Sở Tài chính", "Công an tỉnh"]


def test_docx_converted_to_pdf_by_libreoffice_keeps_table_rows(tmp_path: Path):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("soffice (LibreOffice) is not on PATH")
    source = make_plan_docx(tmp_path / "plan.docx")
    out_dir = tmp_path / "out"
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out_dir), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    loaded = load_file(out_dir / "plan.pdf")
    rows = _rows_of(loaded)
    assert HEADER in rows and ROWS[0] in rows and ROWS[2] in rows
    assert ["2", "Tỉ lệ các sở, ngành, địa phương đạt cấp độ 3 mức độ trưởng thành", "%", "80%",
            "Công an tỉnh"] in rows
    lines = loaded.text.split("\n")
    assert _line_index(lines, "Căn cứ Nghị quyết") < _line_index(lines, "STT\t") \
        < _line_index(lines, "Đoạn văn sau bảng.")
    assert set(loaded.line_pages) == {1}


# --------------------------------------------------------------------------- text files


def test_txt_utf8_with_bom_is_accepted_and_bom_stripped(tmp_path: Path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffKế hoạch số 275/KH-UBND\r\nPhụ lục I\r\n".encode("utf-8"))
    loaded = load_file(path)
    assert loaded.text == "Kế hoạch số 275/KH-UBND\nPhụ lục I\n"
    assert loaded.line_pages is None and loaded.suffix == ".txt"


def test_txt_utf16_with_bom_is_accepted(tmp_path: Path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Kế hoạch Chuyển đổi số\rnăm 2026".encode("utf-16"))  # encodes with BOM
    assert load_file(path).text == "Kế hoạch Chuyển đổi số\nnăm 2026"


def test_md_is_accepted_and_tabs_kept(tmp_path: Path):
    path = tmp_path / "plan.md"
    path.write_text("# Kế hoạch\n\n1\tChỉ tiêu\t%\t100%\n", encoding="utf-8")
    loaded = load_file(path)
    assert loaded.suffix == ".md"
    assert _rows_of(loaded) == [["1", "Chỉ tiêu", "%", "100%"]]


def test_nfd_text_comes_back_nfc(tmp_path: Path):
    nfc = "Kế hoạch Chuyển đổi số tỉnh Thanh Hóa"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    path = tmp_path / "nfd.txt"
    path.write_text(nfd, encoding="utf-8")
    assert load_file(path).text == nfc


def test_uppercase_suffix_is_supported(tmp_path: Path):
    path = tmp_path / "PLAN.TXT"
    path.write_text("Kế hoạch", encoding="utf-8")
    assert load_file(path).suffix == ".txt"
    assert SUPPORTED_SUFFIXES == {".txt", ".md", ".pdf", ".docx", ".html", ".htm"}


# --------------------------------------------------------------------------- bad inputs


def _encrypted_pdf(path: Path, source: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(source))
    writer.encrypt("secret")
    with path.open("wb") as handle:
        writer.write(handle)


def _textless_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    drawing = canvas.Canvas(str(path))
    drawing.rect(100, 100, 300, 400, fill=1)
    drawing.showPage()
    drawing.save()


BAD_INPUTS = {
    # name: (file name, writer(path, plan_pdf), expected reason, expected advice)
    "encrypted_pdf": ("locked.pdf", _encrypted_pdf, "encrypted PDF", "remove the password"),
    "truncated_pdf": ("cut.pdf", lambda p, src: p.write_bytes(src.read_bytes()[:1500]),
                      "corrupt or not a PDF", "re-export"),
    "text_named_pdf": ("fake.pdf", lambda p, src: p.write_text("chỉ là văn bản\n" * 20),
                       "corrupt or not a PDF", "re-export"),
    "scanned_pdf": ("scan.pdf", lambda p, src: _textless_pdf(p), "no text layer", "OCR it first"),
    "cp1252_txt": ("legacy.txt",
                   lambda p, src: p.write_bytes("Thanh Hóa, ngày 26 tháng 4".encode("cp1252")),
                   "not UTF-8 text (looks like", "re-save the file as UTF-8"),
    "latin1_txt": ("latin.md",
                   lambda p, src: p.write_bytes("Hà Tĩnh, Quảng Bình: Ðề án".encode("latin-1",
                                                                                   "replace")),
                   "not UTF-8 text", "re-save the file as UTF-8"),
    "binary_txt": ("blob.txt", lambda p, src: p.write_bytes(b"abc\x00\x00\x01\x02" * 50),
                   "not text", ".txt/.md"),
    "empty_txt": ("empty.txt", lambda p, src: p.write_bytes(b""), "empty file", "add content"),
    "whitespace_txt": ("blank.txt", lambda p, src: p.write_text(" \n\t\r\n  "), "empty file",
                       "add content"),
    "bom_only_txt": ("bom.txt", lambda p, src: p.write_bytes(b"\xef\xbb\xbf\n"), "empty file",
                     "add content"),
    "unsupported_xlsx": ("table.xlsx", lambda p, src: p.write_bytes(b"PK\x03\x04xlsx"),
                         "unsupported file type '.xlsx'", "use .txt, .md, .pdf or .docx"),
    "corrupt_docx": ("broken.docx", lambda p, src: p.write_bytes(b"PK\x03\x04 not really a zip"),
                     "corrupt or not a .docx", "re-save it"),
    "missing_file": ("missing.txt", lambda p, src: None, "file not found", "check the path"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_raises_one_line_error_naming_file_and_fix(case, tmp_path, plan_pdf):
    file_name, write, reason, advice = BAD_INPUTS[case]
    path = tmp_path / file_name
    write(path, plan_pdf)
    with pytest.raises(UnreadableFileError) as info:
        load_file(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert reason in message and advice in message
    assert "\n" not in message
    assert info.value.path == str(path)


def test_too_large_file(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_text("Kế hoạch " * 20, encoding="utf-8")
    too_large = r"file too large \(\d+ bytes > 10 bytes\); split"
    with pytest.raises(UnreadableFileError, match=too_large):
        load_file(path, max_bytes=10)
    assert load_file(path, max_bytes=10_000).text.startswith("Kế hoạch")


def test_too_many_pages(plan_pdf: Path):
    with pytest.raises(UnreadableFileError) as info:
        load_file(plan_pdf, max_pages=1)
    assert str(info.value) == f"{plan_pdf}: too many pages (2 > 1); split the file"
    assert len(load_file(plan_pdf, max_pages=2).line_pages) > 0


def test_pdf_with_empty_user_password_is_read(tmp_path: Path, plan_pdf: Path):
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(plan_pdf))
    writer.encrypt(user_password="", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "owner-only.pdf"
    path.write_bytes(buffer.getvalue())
    loaded = load_file(path)
    assert "KẾ HOẠCH Chuyển đổi số năm 2027" in loaded.text
    assert ["2", WRAPPED, "%", "80%", "Công an tỉnh"] in _rows_of(loaded)


def test_a_pdf_bullet_in_a_font_without_a_character_map_is_kept_as_a_mark(tmp_path: Path):
    """A list's bullet drawn in a font that maps it to no character (reportlab's Helvetica "•", a Symbol bullet)
    comes out of pdfplumber as "(cid:127)": the item keeps a mark ("- "), other unmapped glyphs are dropped."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    if "BulletSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BulletSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    style = ParagraphStyle("d", fontName="BulletSans", fontSize=10, leading=13, leftIndent=14, bulletIndent=0,
                           bulletFontName="Helvetica")
    duties = ["Hoàn thiện chính sách trợ giúp xã hội đối với người cao tuổi.", "Bố trí kinh phí thực hiện chính sách."]
    path = tmp_path / "bullets.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        [Paragraph("1. Bộ Lao động - Thương binh và Xã hội", style), *(Paragraph(d, style, bulletText="•") for d in duties)])
    lines = load_file(path).text.split("\n")
    for duty in duties:
        assert f"- {duty}" in lines, lines
    assert not any("cid:" in line for line in lines)


def test_an_unmapped_glyph_before_a_figure_is_no_bullet():
    """A Symbol "≥" before a target ("(cid:179) 90%") is dropped, not read as an item's mark; nor does an unmapped
    glyph alone make a bullet."""
    from ingest.loaders import _without_unmapped_glyphs

    assert _without_unmapped_glyphs("Tỷ lệ\t(cid:179) 90%") == "Tỷ lệ\t 90%"
    assert _without_unmapped_glyphs("(cid:127) Hoàn thiện thể chế") == "- Hoàn thiện thể chế"
    assert "-" not in _without_unmapped_glyphs("(cid:3) (cid:4)(cid:5) (cid:6)")
