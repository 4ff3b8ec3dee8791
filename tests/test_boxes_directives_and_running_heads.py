"""Three layouts of real documents: a Word file whose letterhead and signature stand in floating text boxes and
whose annex prints each task over two rows (its number merged down both, the task across the row above, the
lead, partners, result and deadline below); a MyST Markdown file (Jupyter Book, Sphinx) whose tables are
``{list-table}`` directives; a book-layout PDF whose running heads name the part beside the page's number.
Each reads to the same rows and signer."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

from ingest.loaders import _without_page_furniture, load_file
from ingest.parsing import parse_document

TASKS = [
    ("I.", "Tăng cường công tác tuyên truyền về phòng cháy", "", "", "", ""),
    ("1.", "Tổ chức tuyên truyền kiến thức phòng cháy cho người dân", "Sở Văn hóa và Thể thao", "Công an tỉnh",
     "Chuyên mục tuyên truyền", "Thường xuyên"),
    ("2.", "Xây dựng tài liệu hướng dẫn thoát nạn", "Công an tỉnh", "Sở Xây dựng", "Bộ tài liệu", "Quý II/2027"),
    ("II.", "Nâng cao năng lực chữa cháy", "", "", "", ""),
    ("1.", "Trang bị phương tiện chữa cháy cho đội dân phòng", "Ủy ban nhân dân các xã", "Sở Tài chính",
     "Phương tiện được trang bị", "Năm 2028"),
]
LABELS = ("Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời hạn hoàn thành")


def _rows(text: str, name: str):
    return parse_document(text, doc_id="kh-pccc", file_name=name, manifest_entry=None)


def _check(doc) -> None:
    tasks = [r for r in doc.rows if r.fields.get("lead")]
    assert [(r.group[0][:4], r.number, r.fields["lead"]) for r in tasks] == [
        ("I. T", "1", "Sở Văn hóa và Thể thao"), ("I. T", "2", "Công an tỉnh"), ("II. ", "1", "Ủy ban nhân dân các xã")]
    assert tasks[1].fields["content"] == "Xây dựng tài liệu hướng dẫn thoát nạn"
    assert tasks[1].fields["coordinating"] == "Sở Xây dựng" and tasks[1].fields["deadline"] == "Quý II/2027"


def _text_box(paragraph, lines: list[str]) -> None:
    """A floating text box holding ``lines`` anchored in ``paragraph``, as Word writes one: the drawing, and the
    same box again as a VML fallback."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{line}</w:t></w:r></w:p>" for line in lines)
    run = parse_xml(
        f'<w:r {w} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
        f'<w:txbxContent>{body}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')
    paragraph._p.append(run)


def test_word_text_boxes_and_two_row_task_records(tmp_path: Path):
    document = docx.Document()
    _text_box(document.add_paragraph(), ["ỦY BAN NHÂN DÂN TỈNH LAM SƠN", "Số: 31/KH-UBND"])
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Phòng cháy, chữa cháy năm 2027")
    document.add_paragraph("I. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph("Các sở, ngành triển khai các nhiệm vụ tại Phụ lục kèm theo./.")
    _text_box(document.add_paragraph(), ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lương Văn Khải"])
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("DANH MỤC NHIỆM VỤ")
    # (row values, the row the number is merged down to): a group's title one row, a task's record two
    grid: list[tuple[list[str], bool]] = [(["TT", "Tên nhiệm vụ", "", "", ""], True), (["", *LABELS], False)]
    for number, name, *details in TASKS:
        grid.append(([number, name, "", "", ""], any(details)))
        if any(details):
            grid.append((["", *details], False))
    table = document.add_table(rows=len(grid), cols=5)
    for k, (values, _) in enumerate(grid):
        for c, value in enumerate(values):
            if value:
                table.cell(k, c).text = value
    for k, (values, merged_down) in enumerate(grid):
        if values[0]:  # a key row: the task across the row, the number merged down over its detail row
            table.cell(k, 1).merge(table.cell(k, 4))
            if merged_down:
                table.cell(k, 0).merge(table.cell(k + 1, 0))
    path = tmp_path / "kh-31-pccc.docx"
    document.save(str(path))
    text = load_file(path).text
    assert text.count("Lương Văn Khải") == 1 and text.count("Số: 31/KH-UBND") == 1, text[:300]
    doc = _rows(text, path.name)
    assert doc.info.signer == "Lương Văn Khải" and doc.info.number == "31/KH-UBND", doc.info
    _check(doc)


def test_myst_list_tables(tmp_path: Path):
    def cells(values):
        return "* - " + "\n  - ".join(v if v else "" for v in values).replace("  - \n", "  -\n")

    body = "\n".join(cells(row) for row in [("TT", "Tên nhiệm vụ", *LABELS), *TASKS])
    text = "\n".join([
        "```{list-table}", ":widths: 40 60", "", "* - ỦY BAN NHÂN DÂN TỈNH LAM SƠN", "",
        "    Số: 31/KH-UBND", "  - CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "```", "",
        "(ke-hoach)=", "# KẾ HOẠCH", "", "Phòng cháy, chữa cháy năm 2027", "",
        "## PHỤ LỤC", "",
        "```{list-table} DANH MỤC NHIỆM VỤ", ":header-rows: 1", ":name: bang-nhiem-vu", "", body, "```", ""])
    path = tmp_path / "kh-31-pccc.md"
    path.write_text(text, encoding="utf-8")
    lines = load_file(path).text.split("\n")
    assert "ke-hoach" not in "\n".join(lines)
    assert "DANH MỤC NHIỆM VỤ" in lines and "2.\tXây dựng tài liệu hướng dẫn thoát nạn\tCông an tỉnh\tSở Xây dựng\tBộ tài liệu\tQuý II/2027" in lines
    assert "ỦY BAN NHÂN DÂN TỈNH LAM SƠN Số: 31/KH-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    _check(_rows("\n".join(lines), path.name))


def test_running_heads_naming_the_part_beside_the_page_number_are_dropped():
    """Book pages: the head names the part the page is in and prints the page's number on the outer side, so no
    head repeats word for word; a table's row that opens a page is kept."""
    pages = [["KẾ HOẠCH", "Phòng cháy, chữa cháy năm 2027", "I. MỤC ĐÍCH"],
             ["2 | I. MỤC ĐÍCH", "Nội dung mục đích.", "Tiếp nội dung."],
             ["I. MỤC ĐÍCH | 3", "Nội dung mục đích tiếp.", "II. NHIỆM VỤ"],
             ["4 | II. NHIỆM VỤ", "Nội dung nhiệm vụ.", "PHỤ LỤC", "TT\tTên nhiệm vụ", "I.\tTăng cường tuyên truyền"],
             ["II. NHIỆM VỤ | 5", "TT\tTên nhiệm vụ", "1.\tTổ chức tuyên truyền"],
             ["6 | PHỤ LỤC", "TT\tTên nhiệm vụ", "2.\tXây dựng tài liệu"],
             ["PHỤ LỤC | 7", "TT\tTên nhiệm vụ", "3.\tTrang bị phương tiện"]]
    out = _without_page_furniture(pages)
    assert [page[0] for page in out[1:4]] == ["Nội dung mục đích.", "Nội dung mục đích tiếp.", "Nội dung nhiệm vụ."]
    assert out[4] == ["TT\tTên nhiệm vụ", "1.\tTổ chức tuyên truyền"] and out[6][0] == "TT\tTên nhiệm vụ"
    # a table of one record a page whose numbers run with the pages: each its own title, no part's head
    names = ["Tuyên truyền phòng cháy", "Kiểm tra cơ sở", "Trang bị phương tiện", "Diễn tập chữa cháy", "Tổng kết"]
    leads = ["Sở Xây dựng", "Công an tỉnh", "Sở Tài chính", "Sở Y tế", "Sở Nội vụ"]
    records = [[f"{k}\t{name}", lead] for k, (name, lead) in enumerate(zip(names, leads), 1)]
    assert _without_page_furniture(records) == records
    # page numbers that do not run with the pages are a part's figures, kept
    kept = [["A", "Tỷ lệ che phủ | 90"], ["B", "Số xã đạt | 95"], ["C", "Hộ dân | 70"], ["D", "Trường học | 100"]]
    assert _without_page_furniture(kept) == kept


def test_a_record_whose_detail_line_holds_the_lead_alone():
    """The number merged down a record's two lines: a detail line with the lead alone ("2. | Công an tỉnh") is the
    record's, not a new task named after the lead."""
    text = "\n".join([
        "PHỤ LỤC", "DANH MỤC NHIỆM VỤ", "",
        "TT\tTên nhiệm vụ\t\t\t",
        "TT\tCơ quan chủ trì\tCơ quan phối hợp\tKết quả\tThời hạn",
        "1.\tTuyên truyền kiến thức phòng cháy\t\t\t",
        "1.\tSở Văn hóa và Thể thao\tCông an tỉnh\tChuyên mục\tThường xuyên",
        "2.\tXây dựng tài liệu thoát nạn\t\t\t",
        "2.\tCông an tỉnh\t\t\t",
        "3.\tTrang bị phương tiện chữa cháy\t\t\t",
        "3.\tSở Tài chính\tCác xã\tPhương tiện\tNăm 2028", "",
    ])
    doc = _rows(text, "kh-pccc.pdf")
    assert [(r.number, r.fields.get("content"), r.fields.get("lead")) for r in doc.rows] == [
        ("1", "Tuyên truyền kiến thức phòng cháy", "Sở Văn hóa và Thể thao"),
        ("2", "Xây dựng tài liệu thoát nạn", "Công an tỉnh"),
        ("3", "Trang bị phương tiện chữa cháy", "Sở Tài chính")]


def test_a_text_box_inside_a_text_box_is_read_once(tmp_path: Path):
    document = docx.Document()
    outer = document.add_paragraph()
    _text_box(outer, ["HỘI ĐỒNG NHÂN DÂN TỈNH LAM SƠN"])
    inner_host = outer._p.xpath(".//w:txbxContent/w:p")[0]
    from docx.text.paragraph import Paragraph

    _text_box(Paragraph(inner_host, None), ["Số: 12/NQ-HĐND"])
    document.add_paragraph("NGHỊ QUYẾT")
    path = tmp_path / "nq-12.docx"
    document.save(str(path))
    text = load_file(path).text
    assert text.count("Số: 12/NQ-HĐND") == 1 and text.count("HỘI ĐỒNG NHÂN DÂN TỈNH LAM SƠN") == 1, text
