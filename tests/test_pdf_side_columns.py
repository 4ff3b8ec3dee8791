"""Text beside a narrow column of its own on a PDF page: notes in a box at the right of each task ("Cơ quan
thực hiện: …" in a smaller type) and side-heads at the left of each paragraph. Each note is read whole after
the task it stands beside, each side-head before its paragraph; a label beside its value stays one line.
Real PDFs made with reportlab (an unruled two-column table per part), read by the real loader."""

from pathlib import Path

import pytest

from ingest.loaders import load_file

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

TASKS = [
    ("1.1. Tổ chức tuyên truyền, phổ biến pháp luật về lao động cho người lao động và người sử dụng lao động "
     "trong các khu công nghiệp, cụm công nghiệp trên địa bàn tỉnh, bảo đảm thiết thực và hiệu quả lâu dài.",
     "Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Liên đoàn Lao động tỉnh.",
     "Thời gian thực hiện: hằng năm."),
    ("1.2. Rà soát, kiến nghị sửa đổi quy trình giải quyết tranh chấp lao động, thương lượng tập thể và "
     "đối thoại tại nơi làm việc; tổng hợp vướng mắc của doanh nghiệp để báo cáo cấp có thẩm quyền xem xét.",
     "Cơ quan thực hiện: Sở Tư pháp; Ủy ban nhân dân các huyện.",
     "Thời gian thực hiện: quý II/2026."),
]
#: tasks with a note of one line each, set in the middle of its row; the tasks' last lines run nearly full width
ROWS = [
    ("3.1. Kiểm tra việc chấp hành pháp luật lao động tại các doanh nghiệp trong khu công nghiệp, cụm công nghiệp và "
     "làng nghề trên địa bàn tỉnh theo kế hoạch được duyệt", "Quý I/2026"),
    ("3.2. Tổ chức đối thoại định kỳ giữa người lao động và người sử dụng lao động tại doanh nghiệp có từ năm "
     "mươi lao động trở lên theo quy định hiện hành", "Quý II/2026"),
    ("3.3. Tập huấn kỹ năng hòa giải cho hòa giải viên lao động cấp huyện và cán bộ công đoàn cơ sở tại các "
     "doanh nghiệp nhà nước và ngoài nhà nước", "Quý III/2026"),
]
HEADS = [
    ("1. Mục tiêu chung của kế hoạch",
     "Nâng cao nhận thức của cộng đồng về phòng, chống thiên tai, góp phần xây dựng cộng đồng an toàn và "
     "thích ứng với biến đổi khí hậu trên địa bàn tỉnh trong giai đoạn tới."),
    ("2. Phạm vi",
     "Triển khai trên toàn địa bàn tỉnh; ưu tiên các xã thường xuyên chịu tác động của thiên tai, các khu "
     "vực trũng thấp, ven sông, ven biển và các khu dân cư có nguy cơ sạt lở đất."),
]


def _pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "SideSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("SideSans", str(FONT)))
    body = ParagraphStyle("b", fontName="SideSans", fontSize=10, leading=13, alignment=4)
    note = ParagraphStyle("n", fontName="SideSans", fontSize=7.5, leading=9.5)
    head = ParagraphStyle("h", fontName="SideSans", fontSize=8.5, leading=11)
    top = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (1, 0), (1, -1), (0.93, 0.93, 0.93))])
    tasks = Table([[Paragraph(text, body), [Paragraph(who, note), Paragraph(when, note)]] for text, who, when in TASKS],
                  colWidths=[330, 120], style=top)
    heads = Table([[Paragraph(h, head), Paragraph(text, body)] for h, text in HEADS],
                  colWidths=[100, 350], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    middle = TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    rows = Table([[Paragraph(text, body), Paragraph(when, note)] for text, when in ROWS], colWidths=[330, 120], style=middle)
    labels = Table([[Paragraph(label, body), Paragraph(value, body)] for label, value in
                    [("Thời hạn:", "Quý II/2026"), ("Kinh phí:", "Ngân sách tỉnh"), ("Chủ trì:", "Sở Nội vụ"),
                     ("Phối hợp:", "Sở Tài chính"), ("Báo cáo:", "Hằng quý"), ("Hình thức:", "Văn bản")]],
                   colWidths=[80, 370])
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=70, rightMargin=70, invariant=1)
    doc.build([Paragraph("II. NỘI DUNG HOẠT ĐỘNG", body), tasks, Paragraph("Tiến độ:", body), rows,
               Paragraph("III. MỤC TIÊU VÀ PHẠM VI", body),
               heads, Paragraph("IV. TỔ CHỨC THỰC HIỆN", body), labels])
    return path


@pytest.fixture(scope="module")
def text(tmp_path_factory) -> str:
    return load_file(_pdf(tmp_path_factory.mktemp("side") / "side.pdf")).text


def _squashed(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("task", TASKS)
def test_each_task_is_read_whole_then_its_note_whole(text, task):
    assert " ".join(task) in _squashed(text)


@pytest.mark.parametrize("row", ROWS)
def test_a_one_line_note_in_the_middle_of_its_row_is_read_after_that_row(text, row):
    assert " ".join(row) in _squashed(text)


@pytest.mark.parametrize("pair", HEADS)
def test_each_side_head_is_read_before_its_paragraph(text, pair):
    assert " ".join(pair) in _squashed(text)


def test_labels_beside_their_values_stay_one_line(text):
    lines = text.split("\n")
    for label, value in [("Thời hạn:", "Quý II/2026"), ("Chủ trì:", "Sở Nội vụ")]:
        assert any(line.startswith(label) and value in line for line in lines)


RECIPIENTS = ["- Ban Bí thư Trung ương Đảng;", "- Thủ tướng, các Phó Thủ tướng Chính phủ;", "- Các Bộ, cơ quan ngang Bộ;",
              "- HĐND, UBND các tỉnh, thành phố;", "- Văn phòng Quốc hội;", "- Kiểm toán Nhà nước;", "- Lưu: VT, KGVX."]


def test_the_recipients_beside_a_short_signature_block_are_read_each_whole(tmp_path_factory):
    """The standard form's foot: "Nơi nhận:" and its list at the left, the office and the signer's name at the right,
    set in one type and leading so that the block's two lines stand at heights of the list's own (a table cell each).
    The list is read whole, then the block ("THỦ TƯỚNG" over "Nguyễn Văn Bình"), not a recipient glued to the name."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "SideSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("SideSans", str(FONT)))
    line = ParagraphStyle("l", fontName="SideSans", fontSize=9, leading=12)
    centred = ParagraphStyle("c", parent=line, alignment=1)
    left = [Paragraph("Nơi nhận:", line), *(Paragraph(r, line) for r in RECIPIENTS)]
    right = [Paragraph("THỦ TƯỚNG", centred), Paragraph("", centred), Paragraph("", centred), Paragraph("Nguyễn Văn Bình", centred)]
    foot = Table([[left, right]], colWidths=[250, 200], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                                       ("LINEAFTER", (0, 0), (0, 0), 0.5, (0, 0, 0))]))
    path = tmp_path_factory.mktemp("foot") / "foot.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        [Paragraph("Điều 3. Các Bộ trưởng chịu trách nhiệm thi hành Quyết định này./.", line), foot,
         Paragraph("KẾ HOẠCH", centred)])
    lines = [x.strip() for x in load_file(path).text.split("\n") if x.strip()]
    at = lines.index("Nơi nhận:")
    assert lines[at:at + len(RECIPIENTS) + 3] == ["Nơi nhận:", *RECIPIENTS, "THỦ TƯỚNG", "Nguyễn Văn Bình"], lines
