"""Markdown and HTML tables → TAB rows on a stable grid, framed by blank lines (ingest.loaders)."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders import load_file


def _load(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_file(path)


def test_markdown_pipe_table_exact_lines(tmp_path: Path):
    text = (
        "# KẾ HOẠCH Chuyển đổi số năm 2027\n"
        "\n"
        "Căn cứ Nghị quyết số **57-NQ/TW** của Bộ Chính trị;\n"
        "\n"
        "## Phụ lục I: CÁC CHỈ TIÊU NĂM 2027\n"
        "| STT | Chỉ tiêu | Đơn vị tính | Kết quả | Cơ quan chủ trì |\n"
        "|:---:|---|---|---:|---|\n"
        "| | **Đến năm 2030** | | | |\n"
        "| 1 | Tỉ lệ hồ sơ *trực tuyến* toàn trình | % | ≥ 90% | Sở Khoa học và Công nghệ |\n"
        "| 2 | Số nền tảng A \\| B dùng chung | Nền tảng | `05` |\n"
        "| 3 | Tỉ lệ dân số<br>trưởng thành | % | 100% | Công an tỉnh |\n"
        "\n"
        "Đoạn văn sau bảng.\n"
    )
    loaded = _load(tmp_path, "plan.md", text)
    assert loaded.text.split("\n") == [
        "KẾ HOẠCH Chuyển đổi số năm 2027",
        "",
        "Căn cứ Nghị quyết số 57-NQ/TW của Bộ Chính trị;",
        "",
        "Phụ lục I: CÁC CHỈ TIÊU NĂM 2027",
        "",
        "STT\tChỉ tiêu\tĐơn vị tính\tKết quả\tCơ quan chủ trì",
        "\tĐến năm 2030\t\t\t",
        "1\tTỉ lệ hồ sơ trực tuyến toàn trình\t%\t≥ 90%\tSở Khoa học và Công nghệ",
        "2\tSố nền tảng A | B dùng chung\tNền tảng\t05\t",  # missing last cell → "" in place
        "3\tTỉ lệ dân số trưởng thành\t%\t100%\tCông an tỉnh",
        "",
        "Đoạn văn sau bảng.",
        "",
    ]


def test_markdown_lists_headings_and_tab_lines(tmp_path: Path):
    text = "### II. NHIỆM VỤ\n\n1. Mục tiêu chung\n2. Mục tiêu *cụ thể*\n\n- Lưu: VT.\n\n1\tChỉ tiêu\t%\t100%\n"
    loaded = _load(tmp_path, "plan.md", text)
    lines = [line for line in loaded.text.split("\n") if line]
    assert lines == ["II. NHIỆM VỤ", "1. Mục tiêu chung", "2. Mục tiêu cụ thể", "- Lưu: VT.",
                     "1\tChỉ tiêu\t%\t100%"]


HTML_TABLE = """<table border="1">
<thead>
<tr><th rowspan="2">STT</th><th rowspan="2">Nội dung</th><th colspan="2">Chỉ tiêu</th><th rowspan="2">Chủ trì</th></tr>
<tr><th>Năm 2026</th><th>Năm 2027</th></tr>
</thead>

<tbody>
<tr><td>1</td><td><b>Tỉ lệ</b> hồ sơ<br/>trực tuyến</td><td>80%</td><td>90%</td><td rowspan="2">Sở Nội vụ</td></tr>
<tr><td>2</td><td>Số doanh nghiệp</td><td colspan="2">150</td></tr>
<tr><td>3<td>Dòng thiếu thẻ đóng<td>1<td>2<td>Công an tỉnh
</tbody>
</table>"""


def test_markdown_with_html_table_rowspan_colspan(tmp_path: Path):
    text = "Phụ lục II – DANH MỤC\n\n" + HTML_TABLE + "\n\nGhi chú cuối.\n"
    loaded = _load(tmp_path, "plan.md", text)
    assert loaded.text.split("\n") == [
        "Phụ lục II – DANH MỤC",
        "",
        "STT\tNội dung\tChỉ tiêu\t\tChủ trì",
        # rowspan: the value repeats in each row it covers (as a vertically merged Word cell)
        "STT\tNội dung\tNăm 2026\tNăm 2027\tChủ trì",
        "1\tTỉ lệ hồ sơ trực tuyến\t80%\t90%\tSở Nội vụ",
        "2\tSố doanh nghiệp\t150\t\tSở Nội vụ",  # colspan: text once, "" for the spanned column
        "3\tDòng thiếu thẻ đóng\t1\t2\tCông an tỉnh",
        "",
        "Ghi chú cuối.",
        "",
    ]


def test_html_file_with_caption_nested_table_and_script(tmp_path: Path):
    html = """<!DOCTYPE html><html><head><title>x</title><style>td{}</style></head><body>
<h1>KẾ HOẠCH năm 2027</h1><p>Căn cứ   Luật
Ngân sách;</p><script>var a = "<table>";</script>
<table><caption>Bảng 1. Nhiệm vụ</caption>
<tr><th>STT</th><th>Nhiệm vụ</th><th>Chủ trì</th></tr>
<tr><td>1</td><td>Xây dựng kho dữ liệu<table><tr><td>Giai đoạn 1</td><td>2027</td></tr></table></td><td>Sở Tài chính</td></tr>
</table><ul><li>Nơi nhận</li></ul></body></html>"""
    loaded = _load(tmp_path, "plan.html", html)
    assert loaded.suffix == ".html"
    assert loaded.text.split("\n") == [
        "KẾ HOẠCH năm 2027",
        "Căn cứ Luật Ngân sách;",
        "Bảng 1. Nhiệm vụ",
        "",
        "STT\tNhiệm vụ\tChủ trì",
        "1\tXây dựng kho dữ liệu Giai đoạn 1 2027\tSở Tài chính",
        "",
        "- Nơi nhận",
    ]


def test_txt_html_table_converted_rest_unchanged(tmp_path: Path):
    text = "Kế hoạch\n1\tA\t%\n<TABLE><tr><td>STT</td><td>Nội dung</td></tr><tr><td>1</td><td>X</td></tr></TABLE>\nHết\n"
    loaded = _load(tmp_path, "plan.txt", text)
    assert loaded.text.split("\n") == ["Kế hoạch", "1\tA\t%", "", "STT\tNội dung", "1\tX", "", "Hết", ""]
    plain = "Kế hoạch\n1\tA\t%\n"
    assert _load(tmp_path, "plain.txt", plain).text == plain


def test_markdown_pipe_table_whose_year_labels_sit_in_the_first_body_row(tmp_path: Path):
    # A pipe table has one header line, so a merged "Lộ trình thực hiện" over four years comes out
    # with its years in the first body row: they are header labels, not a data row.
    from ingest.parsing import parse_document

    text = (
        "# KẾ HOẠCH\n\nPhụ lục I: CHỈ TIÊU\n\n"
        "| STT | Chỉ tiêu | Đơn vị tính | Hiện trạng năm 2026 | Lộ trình thực hiện | | | | Đơn vị chịu trách nhiệm |\n"
        "|---|---|---|---|---|---|---|---|---|\n"
        "| | | | | 2027 | 2028 | 2029 | 2030 | |\n"
        "| **I** | **Hạ tầng số** | | | | | | | |\n"
        "| 1 | Tỷ lệ thư viện có kết nối cáp quang | % | 60 | 70 | 80 | 90 | 100 | Thư viện tỉnh |\n"
        "| 2 | Số di tích được số hóa 3D | Di tích | 5 | 10 | 15 | 20 | 30 | BQL Di tích |\n"
    )
    loaded = _load(tmp_path, "plan.md", text)
    doc = parse_document(loaded.text, doc_id="plan", file_name="plan.md")
    assert [r.number for r in doc.rows] == ["1", "2"]
    assert doc.rows[0].fields["targets"] == {"2027": "70", "2028": "80", "2029": "90", "2030": "100"}
    assert doc.rows[1].fields["targets"]["2030"] == "30" and doc.rows[1].fields["unit"] == "Di tích"
    assert doc.rows[0].fields["status"] == "60" and doc.rows[0].fields["lead"] == "Thư viện tỉnh"
    assert not doc.info.report.warnings


def test_a_footnote_moves_to_the_paragraph_or_table_that_refers_to_it():
    from ingest.formats.markup import markdown_to_lines

    md = ("# KẾ HOẠCH\n\n## I. MỤC TIÊU\n\nKết nối Kho DLDC[^1] với các hệ thống.\n\n"
          "| STT | Nội dung | Đơn vị |\n|---|---|---|\n| 1 | Dữ liệu sạch[^2] | Sở KH&CN |\n\n"
          "## II. TỔ CHỨC THỰC HIỆN\n\nCHỦ TỊCH\n\n"
          "[^1]: Kho được đầu tư theo Quyết định số 2214/QĐ-UBND.\n[^2]: Dữ liệu đạt yêu cầu\n    theo bộ tiêu chí của tỉnh.\n")
    lines = markdown_to_lines(md)
    first, second = lines.index("[^1]: Kho được đầu tư theo Quyết định số 2214/QĐ-UBND."), \
        lines.index("[^2]: Dữ liệu đạt yêu cầu theo bộ tiêu chí của tỉnh.")
    assert lines.index("Kết nối Kho DLDC[^1] với các hệ thống.") < first < lines.index("1\tDữ liệu sạch[^2]\tSở KH&CN") < second
    assert second < lines.index("II. TỔ CHỨC THỰC HIỆN")  # not in the signature block at the end


def _grid(widths: list[int], rows: list[list[list[str]]], header: int = 1) -> str:
    """A Pandoc grid table: each row a list of lines, each line its cells' text (None: no edge after)."""
    rule = lambda ch: "+" + "+".join(ch * w for w in widths) + "+"
    out = [rule("-")]
    for k, row in enumerate(rows):
        for line in row:
            text = "|"
            for w, cell in zip(widths, line):
                text += (cell[0] if isinstance(cell, tuple) else cell).ljust(w)[:w]
                text += " " if isinstance(cell, tuple) else "|"
            out.append(text)
        out.append(rule("=" if k + 1 == header else "-"))
    return "\n".join(out)


def test_markdown_grid_table_cells_joined_over_their_lines(tmp_path: Path):
    # Pandoc writes a grid table for cells that wrap: each row's lines make one cell each, the
    # cell's Markdown read as Markdown ("\(1\)", "**…**"); a cell crossing an inner edge spans it
    table = _grid([7, 22, 16, 14], [
        [[" TT", " Nhiệm vụ", " Cơ quan chủ", " Thời gian"], ["", "", " trì", " hoàn thành"]],
        [[" \\(1\\)", " Xây dựng kho dữ", " **Sở Khoa học", " Quý IV/2027"],
         ["", " liệu dùng chung", " và Công nghệ**", ""]],
        [[" 2", (" Nâng cấp cổng dịch vụ",), " công tỉnh", " 2028"]],
    ])
    text = f"Phụ lục I: DANH MỤC NHIỆM VỤ\n\n{table}\n\nĐoạn văn sau bảng.\n"
    lines = _load(tmp_path, "plan.md", text).text.split("\n")
    assert lines[2:7] == [
        "TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành",
        "(1)\tXây dựng kho dữ liệu dùng chung\tSở Khoa học và Công nghệ\tQuý IV/2027",
        "2\tNâng cấp cổng dịch vụ công tỉnh\t\t2028",
        "",
        "Đoạn văn sau bảng.",
    ]


def test_markdown_grid_table_with_a_cell_spanning_rows(tmp_path: Path):
    # a rule drawn under some columns only ("|  I. NHÓM …  +----+-------+") closes those columns' cells:
    # the group cell on its left spans the rows, its text stands in each of them (as an HTML rowspan's)
    text = "\n".join([
        "Phụ lục: DANH MỤC NHIỆM VỤ",
        "",
        "+-------------+----+------------------+--------------+",
        "| Nhóm        | TT | Nhiệm vụ         | Chủ trì      |",
        "+=============+====+==================+==============+",
        "| I. NHÓM CƠ  | 1  | Rà soát cơ chế   | Sở Tài chính |",
        "| CHẾ         |    | khuyến khích     |              |",
        "|             +----+------------------+--------------+",
        "|             | 2  | Cải thiện môi    | Sở Công      |",
        "|             |    | trường đầu tư    | Thương       |",
        "+-------------+----+------------------+--------------+",
        "| II. CÔNG    | 1  | Hỗ trợ doanh     | Sở Khoa học  |",
        "| NGHỆ        |    | nghiệp           | và Công nghệ |",
        "+-------------+----+------------------+--------------+",
        "",
        "Đoạn văn sau bảng.",
    ])
    lines = _load(tmp_path, "plan.md", text + "\n").text.split("\n")
    assert lines[2:6] == [
        "Nhóm\tTT\tNhiệm vụ\tChủ trì",
        "I. NHÓM CƠ CHẾ\t1\tRà soát cơ chế khuyến khích\tSở Tài chính",
        "I. NHÓM CƠ CHẾ\t2\tCải thiện môi trường đầu tư\tSở Công Thương",
        "II. CÔNG NGHỆ\t1\tHỗ trợ doanh nghiệp\tSở Khoa học và Công nghệ",
    ]


def test_a_yaml_metadata_block_gives_its_values_as_the_documents_first_lines(tmp_path: Path):
    """Pandoc's (or Jekyll's) "---" block at the top: the values are the letterhead's lines, so the parser
    finds the document's number, issuer and date; the keys are the converter's names, no words of the plan."""
    from ingest.parsing import parse_document

    text = ('---\nco_quan: "ỦY BAN NHÂN DÂN TỈNH HÒA VÂN"\nso_ky_hieu: "Số: 71/KH-UBND"\n'
            'dia_danh_ngay: "Hòa Vân, ngày 05 tháng 3 năm 2026"\nnguoi_ky:\n  - "Nguyễn Văn A"\n---\n\n'
            "# KẾ HOẠCH\n\nChuyển đổi số tỉnh Hòa Vân năm 2026\n\n## I. MỤC TIÊU\n\nĐến năm 2026 có 80% hồ sơ trực tuyến.\n")
    loaded = _load(tmp_path, "kh71.md", text)
    lines = [line for line in loaded.text.splitlines() if line.strip()]
    assert lines[:4] == ["ỦY BAN NHÂN DÂN TỈNH HÒA VÂN", "Số: 71/KH-UBND", "Hòa Vân, ngày 05 tháng 3 năm 2026", "Nguyễn Văn A"]
    assert "so_ky_hieu" not in loaded.text and '"' not in loaded.text
    doc = parse_document(loaded.text, doc_id="kh71", file_name="kh71.md")
    assert doc.info.number == "71/KH-UBND" and doc.info.date == "2026-03-05"


def test_a_rule_and_a_paragraph_at_the_top_that_yaml_reads_as_no_mapping_stay_text(tmp_path: Path):
    loaded = _load(tmp_path, "note.md", "---\nGhi chú về kế hoạch\n---\n\nNội dung chính.\n")
    assert "Ghi chú về kế hoạch" in loaded.text and "Nội dung chính." in loaded.text


def test_pandoc_heading_attributes_are_no_words_of_the_heading(tmp_path: Path):
    text = ("# KẾ HOẠCH {#ke-hoach}\n\n## IV. NHIỆM VỤ CỤ THỂ {#phan-iv .unnumbered}\n\nCác sở triển khai.\n\n"
            "### 1. Sở Xây dựng {-}\n\nRà soát quy hoạch {#khong-phai-thuoc-tinh} trong đoạn văn.\n")
    lines = [line for line in _load(tmp_path, "attrs.md", text).text.splitlines() if line.strip()]
    assert lines[:2] == ["KẾ HOẠCH", "IV. NHIỆM VỤ CỤ THỂ"] and "1. Sở Xây dựng" in lines
    assert "Rà soát quy hoạch {#khong-phai-thuoc-tinh} trong đoạn văn." in lines  # (only a heading's are attributes)


def test_a_pandoc_line_block_keeps_its_lines_and_drops_its_bars(tmp_path: Path):
    text = ("Kế hoạch này được triển khai từ năm 2026./.\n\n| **Nơi nhận:**\n| - Văn phòng Chính phủ;\n| - UBND các xã,\n"
            "  phường;\n| - Lưu: VT.\n\n| TM. ỦY BAN NHÂN DÂN\n| CHỦ TỊCH\n\n| STT | Chỉ tiêu |\n|---|---|\n| 1 | Hồ sơ trực tuyến |\n")
    lines = [line for line in _load(tmp_path, "kh.md", text).text.splitlines() if line.strip()]
    assert lines[1:6] == ["Nơi nhận:", "- Văn phòng Chính phủ;", "- UBND các xã, phường;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN"]
    assert "STT\tChỉ tiêu" in lines and "1\tHồ sơ trực tuyến" in lines  # (a pipe table is no line block)


def test_a_rule_a_blank_line_and_text_at_the_top_are_no_metadata(tmp_path: Path):
    text = "---\n\nKính gửi: Các sở, ban, ngành tỉnh\n\n---\n\n# KẾ HOẠCH\n\nNội dung.\n"
    assert "Kính gửi: Các sở, ban, ngành tỉnh" in _load(tmp_path, "a.md", text).text
    text = "---\n# KẾ HOẠCH\nThời gian thực hiện: năm 2026\n---\n\nNội dung.\n"  # (keys that are words of a sentence)
    loaded = _load(tmp_path, "b.md", text).text
    assert "KẾ HOẠCH" in loaded and "Thời gian thực hiện: năm 2026" in loaded


def test_metadata_values_are_read_as_typed(tmp_path: Path):
    lines = _load(tmp_path, "c.md", "---\nso: 0712\ngio: 8:30\nphien_ban: 1.10\n---\n\nNội dung.\n").text.splitlines()
    assert lines[:3] == ["0712", "8:30", "1.10"]


def test_a_heading_with_a_brace_and_a_run_of_dots_is_read_at_once(tmp_path: Path):
    import time

    t0 = time.perf_counter()
    loaded = _load(tmp_path, "d.md", "## Biểu mẫu báo cáo {" + "." * 40 + " (ghi rõ)\n").text  # (36 s before)
    assert time.perf_counter() - t0 < 2 and "(ghi rõ)" in loaded  # (no attributes: the heading as written)


def test_a_one_column_pipe_table_is_no_line_block(tmp_path: Path):
    lines = [x for x in _load(tmp_path, "e.md", "Đoạn.\n\n| Nội dung\n| ---\n| Hồ sơ trực tuyến\n").text.splitlines() if x.strip()]
    assert "---" not in lines and "Hồ sơ trực tuyến" in " ".join(lines)


def _task_list(n: int, name: str, lead: str, when: str) -> str:
    return (f"<dl>\n<dt>STT</dt><dd>{n}.</dd>\n<dt>Tên nhiệm vụ</dt><dd>{name}</dd>\n"
            f"<dt>Cơ quan chủ trì</dt><dd>{lead}</dd>\n<dt>Thời hạn</dt><dd>{when}</dd>\n</dl>\n\n")


def test_markdown_description_lists_one_per_task_are_a_table(tmp_path: Path):
    """An annex written as HTML description lists, one per task, grouped in <details> blocks whose
    <summary> names the group: a table with the terms as its header, a row per list, a row per group."""
    text = (
        "# PHỤ LỤC\n\n"
        "<details open>\n<summary><strong>I. Truyền thông</strong></summary>\n\n"
        + _task_list(1, "Tuyên truyền chính sách <ul><li>Năm 2026: thí điểm</li><li>Năm 2027: mở rộng</li></ul>",
                     "Bộ Y tế", "Thường xuyên")
        + _task_list(2, "Đối thoại chính sách", "Bảo hiểm xã hội Việt Nam", "Quý I/2027")
        + "</details>\n\n<details open>\n<summary>II. Thể chế</summary>\n\n"
        + _task_list(3, "Sửa đổi Nghị định", "Bộ Tài chính", "Tháng 3/2027")
        + "</details>\n\nNơi nhận:\n"
    )
    assert _load(tmp_path, "annex.md", text).text.split("\n") == [
        "PHỤ LỤC",
        "",
        "STT\tTên nhiệm vụ\tCơ quan chủ trì\tThời hạn",
        "I. Truyền thông\t\t\t",
        "1.\tTuyên truyền chính sách; Năm 2026: thí điểm; Năm 2027: mở rộng\tBộ Y tế\tThường xuyên",
        "2.\tĐối thoại chính sách\tBảo hiểm xã hội Việt Nam\tQuý I/2027",
        "II. Thể chế\t\t\t",
        "3.\tSửa đổi Nghị định\tBộ Tài chính\tTháng 3/2027",
        "",
        "Nơi nhận:",
        "",
    ]


def test_html_description_lists_too_few_or_of_other_terms_stay_text(tmp_path: Path):
    """Two lists are no table; a glossary (its terms not shared) neither: each term over its value."""
    two = _task_list(1, "Tuyên truyền", "Bộ Y tế", "Năm 2027") + _task_list(2, "Đối thoại", "Bộ Tài chính", "Năm 2028")
    glossary = "<dl><dt>BHYT</dt><dd>bảo hiểm y tế</dd><dt>BHXH</dt><dd>bảo hiểm xã hội</dd></dl>"
    lines = _load(tmp_path, "two.html", f"<html><body>{two}{glossary}</body></html>").text.split("\n")
    assert not any("\t" in line for line in lines)
    assert lines[:4] == ["STT", "1.", "Tên nhiệm vụ", "Tuyên truyền"]
    assert lines[-4:] == ["BHYT", "bảo hiểm y tế", "BHXH", "bảo hiểm xã hội"]


def test_a_heading_over_description_lists_is_their_caption_and_an_empty_one_heads_nothing(tmp_path: Path):
    """A heading right above the first list is the table's caption (text above it), not a group row; an empty
    heading makes no group of the paragraph before it; two titles between lists are both group rows."""
    lists = "".join(_task_list(k, f"Nhiệm vụ {k}", "Bộ Y tế", "Năm 2027") for k in (1, 2, 3))
    more = "".join(_task_list(k, f"Nhiệm vụ {k}", "Bộ Tài chính", "Năm 2028") for k in (4, 5))
    page = f"<html><body><p>Đoạn mở đầu</p><h2></h2><h2>DANH MỤC NHIỆM VỤ</h2>{lists}<h3>II. Tài chính</h3><h4>1. Thu</h4>{more}</body></html>"
    lines = _load(tmp_path, "annex.html", page).text.split("\n")
    header = lines.index("STT\tTên nhiệm vụ\tCơ quan chủ trì\tThời hạn")
    assert lines[:header] == ["Đoạn mở đầu", "DANH MỤC NHIỆM VỤ", ""]
    assert lines[header + 1].startswith("1.\tNhiệm vụ 1") and "II. Tài chính\t\t\t" in lines and "1. Thu\t\t\t" in lines
    assert lines.index("II. Tài chính\t\t\t") + 1 == lines.index("1. Thu\t\t\t")


def test_multimarkdown_table_bodies_row_spans_and_caption_are_one_table(tmp_path: Path):
    """A MultiMarkdown table: its caption in brackets above it, a blank line before each group's body, a
    group title spanning the row ("||||"), a task over two products whose number and name span both rows
    ("^^"): one table, the caption without brackets, each "^^" the cell above; two tables with a blank line
    and a header of their own between them stay two."""
    text = (
        "[PHÂN CÔNG NHIỆM VỤ NĂM 2026][phan-cong]\n"
        "| STT | Nhiệm vụ | Sản phẩm | Chủ trì |\n"
        "|:---:|---|---|---|\n"
        "| **I** | **Cải cách thể chế** |||\n"
        "| 1 | Rà soát văn bản | Danh mục văn bản | Sở Tư pháp |\n"
        "\n"
        "| **II** | **Chỉ đạo, điều hành** |||\n"
        "| 1 | Kiểm tra cải cách hành chính | Kế hoạch kiểm tra của tỉnh | Sở Nội vụ |\n"
        "| ^^ | ^^ | Kế hoạch tự kiểm tra của cơ quan | Các cơ quan, đơn vị |\n"
        "\n"
        "| TT | Chỉ tiêu |\n"
        "|---|---|\n"
        "| 1 | Tỷ lệ hài lòng |\n"
    )
    assert _load(tmp_path, "plan.md", text).text.split("\n") == [
        "PHÂN CÔNG NHIỆM VỤ NĂM 2026",
        "",
        "STT\tNhiệm vụ\tSản phẩm\tChủ trì",
        "I\tCải cách thể chế\t\t",
        "1\tRà soát văn bản\tDanh mục văn bản\tSở Tư pháp",
        "II\tChỉ đạo, điều hành\t\t",
        "1\tKiểm tra cải cách hành chính\tKế hoạch kiểm tra của tỉnh\tSở Nội vụ",
        "1\tKiểm tra cải cách hành chính\tKế hoạch tự kiểm tra của cơ quan\tCác cơ quan, đơn vị",
        "",
        "TT\tChỉ tiêu",
        "1\tTỷ lệ hài lòng",
        "",
    ]


def test_a_code_fence_between_pipe_rows_and_a_first_row_span_are_left_as_written(tmp_path: Path):
    """Pipe rows inside a fenced code block are the block's lines (no blank line of theirs dropped), and "^^" in
    a table's first row has no row above it to go on from."""
    text = (
        "```text\n| a | b |\n|---|---|\n| 1 | 2 |\n\n| 3 | 4 |\n```\n"
        "\n"
        "| STT | Nhiệm vụ |\n|---|---|\n| ^^ | Rà soát |\n"
    )
    lines = _load(tmp_path, "fenced.md", text).text.split("\n")
    assert "" in lines[:6] and "| 3 | 4 |" in lines
    assert "^^\tRà soát" in lines
