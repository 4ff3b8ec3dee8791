"""Word tables anywhere in the body → TAB rows framed by blank lines (ingest.loaders)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ingest.loaders import load_file


def _fill(table, rows: list[list[str]]) -> None:
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value


def _lines(document, tmp_path: Path, name: str) -> list[str]:
    """The document saved under ``name`` and read back: its lines."""
    path = tmp_path / name
    document.save(str(path))
    return load_file(path).text.split("\n")


def _wrap_in_content_control(document, *elements) -> None:
    """Move ``elements`` (siblings: paragraphs, tables, a table's rows, a row's cells or a paragraph's
    runs) into one content control (w:sdt) at the place of the first."""
    sdt = OxmlElement("w:sdt")
    sdt.append(OxmlElement("w:sdtPr"))
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    elements[0].addprevious(sdt)
    for element in elements:
        content.append(element)


def test_docx_form_controls_around_rows_cells_and_runs(tmp_path: Path):
    """A plan filled in as a Word form: a group of rows in one control, each row in its own, each cell in
    its own, the signer's name a control inside its paragraph: every row, cell and name is read."""
    document = docx.Document()
    signer = document.add_paragraph("Người ký: ")
    name = signer.add_run("Phạm Thị Thanh Trà")
    table = document.add_table(rows=4, cols=3, style="Table Grid")
    _fill(table, [["STT", "Tên nhiệm vụ", "Cơ quan chủ trì"], ["I", "Nhóm truyền thông", ""],
                  ["1", "Tuyên truyền chính sách", "Bộ Y tế"], ["2", "Đối thoại chính sách", "Bảo hiểm xã hội Việt Nam"]])
    table.cell(1, 1).merge(table.cell(1, 2))
    rows = table._tbl.tr_lst
    for row in rows[2:]:
        for cell in list(row.tc_lst):
            _wrap_in_content_control(document, cell)  # a cell-level control
        _wrap_in_content_control(document, row)  # a row-level control
    _wrap_in_content_control(document, *table._tbl.xpath("./w:tr | ./w:sdt")[1:])  # the group's control
    _wrap_in_content_control(document, name._r)  # a run-level control

    assert _lines(document, tmp_path, "form.docx") == [
        "Người ký: Phạm Thị Thanh Trà",
        "",
        "STT\tTên nhiệm vụ\tCơ quan chủ trì",
        "I\tNhóm truyền thông\t",
        "1\tTuyên truyền chính sách\tBộ Y tế",
        "2\tĐối thoại chính sách\tBảo hiểm xã hội Việt Nam",
        "",
    ]


def _tracked(tag: str, run, deleted: bool = False):
    """``run`` moved into a tracked change (w:ins / w:del) at its place; deleted text is w:delText."""
    change = OxmlElement(tag)
    change.set(qn("w:id"), "1")
    change.set(qn("w:author"), "Reviewer")
    run._r.addprevious(change)
    change.append(run._r)
    if deleted:
        for t in run._r.findall(qn("w:t")):
            t.tag = qn("w:delText")
    return change


def _mark_deleted(paragraph, n: int) -> None:
    """The paragraph's mark tracked as deleted (w:pPr/w:rPr/w:del): it runs on into the next paragraph."""
    mark = OxmlElement("w:del")
    mark.set(qn("w:id"), str(n))
    mark.set(qn("w:author"), "Reviewer")
    rpr = OxmlElement("w:rPr")
    rpr.append(mark)
    paragraph._p.get_or_add_pPr().append(rpr)


def _strike(row, n: int) -> None:
    """A table row tracked as deleted (w:trPr/w:del)."""
    struck = OxmlElement("w:del")
    struck.set(qn("w:id"), str(n))
    struck.set(qn("w:author"), "Reviewer")
    row.get_or_add_trPr().append(struck)


def test_docx_review_copy_reads_as_accepted(tmp_path: Path):
    """A review copy with tracked changes not yet accepted reads as the changes accepted: inserted text is
    the plan's (in a paragraph and in a cell), deleted text and a row struck out are not, and a paragraph
    whose mark was deleted runs on into the next."""
    document = docx.Document()
    target = document.add_paragraph("Tỷ lệ giải ngân vốn đạt ")
    _tracked("w:ins", target.add_run("trên 90%"))
    _tracked("w:del", target.add_run(" 85%"), deleted=True)
    target.add_run(".")
    joined = document.add_paragraph("Hoàn thành Trung tâm IOC")
    _mark_deleted(joined, 2)
    document.add_paragraph(" trong quý I năm 2026.")
    table = document.add_table(rows=3, cols=2, style="Table Grid")
    _fill(table, [["STT", "Nhiệm vụ"], ["1", "Số hóa hồ sơ"], ["2", "Nhiệm vụ bỏ đi"]])
    _tracked("w:ins", table.cell(1, 1).paragraphs[0].add_run(" trên môi trường số"))
    _strike(table._tbl.tr_lst[2], 3)

    assert _lines(document, tmp_path, "review.docx") == [
        "Tỷ lệ giải ngân vốn đạt trên 90%.",
        "Hoàn thành Trung tâm IOC trong quý I năm 2026.",
        "",
        "STT\tNhiệm vụ",
        "1\tSố hóa hồ sơ trên môi trường số",
        "",
    ]


def test_docx_review_copy_deleted_paragraphs_and_a_deleted_row_opening_a_merge(tmp_path: Path):
    """A paragraph deleted whole leaves the next one its own numbering; two marks deleted in a row join three
    paragraphs into one; a deleted row that opened a vertical merge hands the merged cells' text to the row below."""
    document = docx.Document()
    document.add_paragraph("Nội dung.")
    gone = document.add_paragraph()
    _tracked("w:del", gone.add_run("Đoạn bị xóa."), deleted=True)
    _mark_deleted(gone, 5)
    document.add_paragraph("Mục một", style="List Number")
    document.add_paragraph("Mục hai", style="List Number")
    first = document.add_paragraph("Phần A")
    _mark_deleted(first, 6)
    second = document.add_paragraph(" phần B")
    _mark_deleted(second, 7)
    document.add_paragraph(" phần C.")
    table = document.add_table(rows=3, cols=3, style="Table Grid")
    _fill(table, [["STT", "Nhiệm vụ", "Sản phẩm"], ["1", "Nhiệm vụ A", "SP1"], ["", "", "SP2"]])
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(1, 1).merge(table.cell(2, 1))
    _strike(table._tbl.tr_lst[1], 8)

    assert _lines(document, tmp_path, "review2.docx") == [
        "Nội dung.",
        "1. Mục một",
        "2. Mục hai",
        "Phần A phần B phần C.",
        "",
        "STT\tNhiệm vụ\tSản phẩm",
        "1\tNhiệm vụ A\tSP2",
        "",
    ]


def test_docx_caption_on_label_line_body_table_sdt_and_nested(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH Chuyển đổi số năm 2027")
    document.add_paragraph("Bảng 1. Nhiệm vụ trọng tâm")
    body = document.add_table(rows=2, cols=3)  # no style: a borderless table in the body
    _fill(body, [["STT", "Nhiệm vụ", "Chủ trì"], ["1", "Xây dựng kho dữ liệu", "Sở Tài chính"]])
    nested = body.cell(1, 1).add_table(rows=1, cols=2)  # a table inside a cell
    _fill(nested, [["Giai đoạn 1", "2027"]])
    document.add_paragraph("Phụ lục I: CÁC CHỈ TIÊU NĂM 2027")
    appendix = document.add_table(rows=3, cols=4, style="Table Grid")
    _fill(appendix, [["STT", "Chỉ tiêu", "Kết quả", "Cơ quan chủ trì"],
                     ["", "Đến năm 2030", "", ""],
                     ["1", "Tỉ lệ hồ sơ **trực tuyến**", "≥ 90%", "Công an tỉnh"]])
    appendix.cell(1, 1).merge(appendix.cell(1, 3))  # group row spanning to the end
    document.add_paragraph("PHỤ LỤC II – DANH MỤC NHIỆM VỤ")
    controlled = document.add_table(rows=2, cols=3, style="Table Grid")
    _fill(controlled, [["TT", "Tên nhiệm vụ", "Thời hạn"], ["1", "Đào tạo kỹ năng số", "Quý IV/2027"]])
    _wrap_in_content_control(document, controlled._tbl)
    document.add_paragraph("Nơi nhận:")

    assert _lines(document, tmp_path, "plan.docx") == [
        "KẾ HOẠCH Chuyển đổi số năm 2027",
        "Bảng 1. Nhiệm vụ trọng tâm",
        "",
        "STT\tNhiệm vụ\tChủ trì",
        "1\tXây dựng kho dữ liệu Giai đoạn 1 2027\tSở Tài chính",
        "",
        "Phụ lục I: CÁC CHỈ TIÊU NĂM 2027",
        "",
        "STT\tChỉ tiêu\tKết quả\tCơ quan chủ trì",
        "\tĐến năm 2030\t\t",
        "1\tTỉ lệ hồ sơ trực tuyến\t≥ 90%\tCông an tỉnh",  # no "**" inside a cell
        "",
        "PHỤ LỤC II – DANH MỤC NHIỆM VỤ",
        "",
        "TT\tTên nhiệm vụ\tThời hạn",
        "1\tĐào tạo kỹ năng số\tQuý IV/2027",
        "",
        "Nơi nhận:",
    ]


def test_docx_two_tables_in_a_row_each_framed(tmp_path: Path):
    document = docx.Document()
    first = document.add_table(rows=1, cols=3)
    _fill(first, [["a", "b", "c"]])
    document.add_paragraph("")
    second = document.add_table(rows=1, cols=3)
    _fill(second, [["d", "e", "f"]])
    path = tmp_path / "two.docx"
    document.save(str(path))
    assert load_file(path).text.split("\n") == ["", "a\tb\tc", "", "d\te\tf", ""]


def _with_footnote(docx_bytes: bytes, note_id: str, text: str) -> bytes:
    """The .docx with a footnotes part holding one footnote, referred to from the paragraph that
    holds "[ref]" (the marker text is removed), as Word writes one."""
    import io
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    notes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{w}">'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             f'<w:footnote w:id="{note_id}"><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    src, out = zipfile.ZipFile(io.BytesIO(docx_bytes)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename).decode("utf-8") if item.filename.endswith(".xml") or item.filename.endswith(".rels") else src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace("</Relationships>", '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/'
                                    'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            elif item.filename == "word/document.xml":
                data = data.replace("[ref]", f'</w:t></w:r><w:r><w:footnoteReference w:id="{note_id}"/></w:r>'
                                             '<w:r><w:t xml:space="preserve">')
            dst.writestr(item, data)
        dst.writestr("word/footnotes.xml", notes)
    return out.getvalue()


def test_a_footnote_is_read_after_the_paragraph_that_refers_to_it(tmp_path: Path):
    import io

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH Dữ liệu số năm 2027")
    document.add_paragraph("I. MỤC TIÊU")
    document.add_paragraph("Kết nối 100% cơ sở dữ liệu với Kho dữ liệu dùng chung[ref] trong năm 2027.")
    document.add_paragraph("II. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph("CHỦ TỊCH")
    buf = io.BytesIO()
    document.save(buf)
    path = tmp_path / "plan.docx"
    path.write_bytes(_with_footnote(buf.getvalue(), "1", "Kho được đầu tư theo Quyết định số 2214/QĐ-UBND ngày 28/12/2023."))
    lines = load_file(path).text.split("\n")
    said = next(i for i, line in enumerate(lines) if line.startswith("Kết nối 100%"))
    note = next(i for i, line in enumerate(lines) if "2214/QĐ-UBND" in line)
    assert lines[note] == "[^1]: Kho được đầu tư theo Quyết định số 2214/QĐ-UBND ngày 28/12/2023."
    assert said < note < lines.index("II. TỔ CHỨC THỰC HIỆN")  # under the part that refers to it


def test_docx_cell_lines_the_author_broke_are_items(tmp_path: Path):
    """Bodies one per paragraph (or line break) in a cell are items ("; "); a line that continues the
    one before, or a name in capitals set over two lines, is joined by a space."""
    document = docx.Document()
    table = document.add_table(rows=2, cols=3, style="Table Grid")
    _fill(table, [["TT", "Nhiệm vụ", "Đơn vị chủ trì / phối hợp"], ["1", "", ""]])
    content = table.cell(1, 1)
    content.text = "Nâng cấp hệ thống quản lý đào tạo và"
    content.add_paragraph("kết nối với cổng thông tin")  # goes on: lower case, after "và"
    bodies = table.cell(1, 2)
    bodies.text = "TTCĐS"
    bodies.add_paragraph("P.ĐT")
    bodies.paragraphs[1].add_run().add_break()
    bodies.paragraphs[1].add_run("Các khoa")
    letterhead = document.add_table(rows=1, cols=2)
    letterhead.cell(0, 0).text = "ỦY BAN NHÂN DÂN"
    letterhead.cell(0, 0).add_paragraph("TỈNH VÂN XUYÊN")
    letterhead.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    path = tmp_path / "plan.docx"
    document.save(path)
    lines = load_file(path).text.split("\n")
    assert "1\tNâng cấp hệ thống quản lý đào tạo và kết nối với cổng thông tin\tTTCĐS; P.ĐT; Các khoa" in lines, lines
    assert "ỦY BAN NHÂN DÂN TỈNH VÂN XUYÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines, lines


def test_words_automatic_numbering_is_written_before_its_items(tmp_path: Path):
    # a Word list numbers "1.", "2." and bullets its items itself: the numbers are in numbering.xml, not the text
    import shutil
    import subprocess

    import pytest

    if shutil.which("pandoc") is None:
        pytest.skip("pandoc not installed")
    md = tmp_path / "plan.md"
    md.write_text("# III. NHIỆM VỤ TRỌNG TÂM\n\n1. Hoàn thiện hạ tầng dữ liệu (2025 - 2026).\n\n"
                  "2. Kết nối với Trung tâm dữ liệu quốc gia (2026 trở đi).\n\n## 6. Kinh phí thực hiện\n\n"
                  "* Ngân sách địa phương: chi vận hành hệ thống.\n* Hỗ trợ từ ngân sách Trung ương.\n\n"
                  "a. Nhóm thứ nhất\n\nb. Nhóm thứ hai\n", encoding="utf-8")
    out = tmp_path / "plan.docx"
    subprocess.run(["pandoc", str(md), "-o", str(out)], check=True)
    lines = load_file(out).text.split("\n")
    assert "1. Hoàn thiện hạ tầng dữ liệu (2025 - 2026)." in lines, lines
    assert "2. Kết nối với Trung tâm dữ liệu quốc gia (2026 trở đi)." in lines, lines
    assert "- Ngân sách địa phương: chi vận hành hệ thống." in lines, lines
    assert "- Hỗ trợ từ ngân sách Trung ương." in lines, lines
    assert "a. Nhóm thứ nhất" in lines and "b. Nhóm thứ hai" in lines, lines  # letters counted per list


def test_a_bullet_before_an_items_own_marker_and_a_style_numbered_list(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("a) Tại Trung ương:", style="List Bullet")  # its own marker: no bullet added
    document.add_paragraph("Bước một", style="List Number")  # numbered by its style, not the paragraph
    document.add_paragraph("Bước hai", style="List Number")
    path = tmp_path / "steps.docx"
    document.save(path)
    lines = load_file(path).text.split("\n")
    assert "a) Tại Trung ương:" in lines, lines
    assert "1. Bước một" in lines and "2. Bước hai" in lines, lines


def _numbering_xml(document, xml: str) -> None:
    """Add abstractNum / num definitions (WordprocessingML) to the document's numbering part."""
    from docx.oxml import parse_xml

    root = document.part.numbering_part.element
    wrapped = parse_xml(f'<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{xml}</w:numbering>')
    nums = [e for e in wrapped if e.tag.endswith("}num")]
    for e in [e for e in wrapped if e.tag.endswith("}abstractNum")]:
        root.insert(0, e)  # abstract definitions come before the lists that use them
    for e in nums:
        root.append(e)


def _numbered(document, text: str, num_id: str | None, level: int | None = None, style: str | None = None):
    p = document.add_paragraph(text, style=style)
    pr = p._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    if level is not None:
        ilvl = OxmlElement("w:ilvl")
        ilvl.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", str(level))
        num_pr.append(ilvl)
    if num_id is not None:
        nid = OxmlElement("w:numId")
        nid.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", num_id)
        num_pr.append(nid)
    pr.append(num_pr)
    return p


def test_word_numbering_levels_overrides_and_lists_that_count_on(tmp_path: Path):
    document = docx.Document()
    _numbering_xml(document, """
      <w:abstractNum w:abstractNumId="901">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="901"><w:abstractNumId w:val="901"/></w:num>
      <w:num w:numId="902"><w:abstractNumId w:val="901"/></w:num>
      <w:num w:numId="903"><w:abstractNumId w:val="901"/>
        <w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:lvlOverride>
      </w:num>""")
    _numbered(document, "Mục tiêu", "901", 0)
    _numbered(document, "Mục tiêu chung", "901", 1)
    _numbered(document, "Mục tiêu cụ thể", "901", 1)
    _numbered(document, "Nhiệm vụ", "901", 0)
    _numbered(document, "Giải pháp", "902", 0)  # another list of the same definition, no restart: counts on
    _numbered(document, "TỔ CHỨC THỰC HIỆN", "903", 0)  # a whole level overridden: its own format, counted anew
    _numbered(document, "Số hiệu tắt", "0", 0)  # numbering switched off
    path = tmp_path / "levels.docx"
    document.save(path)
    lines = load_file(path).text.split("\n")
    for line in ("1. Mục tiêu", "1.1. Mục tiêu chung", "1.2. Mục tiêu cụ thể", "2. Nhiệm vụ", "3. Giải pháp",
                 "I. TỔ CHỨC THỰC HIỆN", "Số hiệu tắt"):
        assert line in lines, (line, lines)


def test_docx_frame_table_around_group_tables_read_as_the_body(tmp_path: Path):
    """A one-column table whose rows each hold a group's title and the group's own table (Word nested
    tables): the titles are lines and each inner table is a table of its own, not one cell's text."""
    document = docx.Document()
    document.add_paragraph("II. NỘI DUNG")
    frame = document.add_table(rows=2, cols=1, style="Table Grid")
    for r, (title, rows) in enumerate([
        ("1. Tuyên truyền", [["TT", "Nội dung", "Cơ quan thực hiện"], ["1.1", "Phổ biến pháp luật", "Sở Tư pháp"]]),
        ("2. Thanh tra", [["TT", "Nội dung", "Cơ quan thực hiện"], ["2.1", "Thanh tra doanh nghiệp", "Sở Nội vụ"]]),
    ]):
        cell = frame.cell(r, 0)
        cell.paragraphs[0].text = title
        inner = cell.add_table(rows=2, cols=3)
        _fill(inner, rows)
    boxed = document.add_table(rows=1, cols=1)  # a one-cell box with no table inside stays a table
    _fill(boxed, [["Ghi chú: thực hiện thường xuyên"]])
    path = tmp_path / "frame.docx"
    document.save(str(path))

    lines = [line for line in load_file(path).text.split("\n") if line]
    assert lines == [
        "II. NỘI DUNG",
        "1. Tuyên truyền",
        "TT\tNội dung\tCơ quan thực hiện",
        "1.1\tPhổ biến pháp luật\tSở Tư pháp",
        "2. Thanh tra",
        "TT\tNội dung\tCơ quan thực hiện",
        "2.1\tThanh tra doanh nghiệp\tSở Nội vụ",
        "Ghi chú: thực hiện thường xuyên",
    ]


def test_docx_frame_cell_merged_down_is_read_once(tmp_path: Path):
    document = docx.Document()
    frame = document.add_table(rows=3, cols=1)
    merged = frame.cell(0, 0).merge(frame.cell(1, 0))  # one group's cell over two rows
    merged.paragraphs[0].text = "1. Tuyên truyền"
    _fill(merged.add_table(rows=2, cols=2), [["TT", "Nội dung"], ["1.1", "Phổ biến pháp luật"]])
    frame.cell(2, 0).paragraphs[0].text = "2. Thanh tra"
    path = tmp_path / "merged.docx"
    document.save(str(path))

    assert [line for line in load_file(path).text.split("\n") if line] == [
        "1. Tuyên truyền", "TT\tNội dung", "1.1\tPhổ biến pháp luật", "2. Thanh tra"]


def test_docx_one_cell_box_without_a_table_inside_stays_a_table(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Trước")
    _fill(document.add_table(rows=1, cols=1), [["Ghi chú: thực hiện thường xuyên"]])
    document.add_paragraph("Sau")
    path = tmp_path / "box.docx"
    document.save(str(path))

    assert load_file(path).text.split("\n") == ["Trước", "", "Ghi chú: thực hiện thường xuyên", "", "Sau"]


def test_a_form_field_not_filled_in_gives_no_text(tmp_path: Path):
    """A content control still showing its prompt ("Nhấp hoặc gõ vào đây …", w:showingPlcHdr) is no text of the plan."""
    document = docx.Document()
    field = document.add_paragraph("Người ký: ")
    prompt = field.add_run("Nhấp hoặc gõ vào đây để nhập văn bản.")
    _wrap_in_content_control(document, prompt._r)
    field._p.find(qn("w:sdt")).find(qn("w:sdtPr")).append(OxmlElement("w:showingPlcHdr"))
    assert _lines(document, tmp_path, "blank.docx") == ["Người ký:"]
