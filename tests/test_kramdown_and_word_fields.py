"""Two layouts of a real Government resolution: a kramdown file (Jekyll, GitHub Pages) with attribute lists on
lines of their own, an options extension, ``\\\\`` line breaks, headerless letterhead tables and a task table with
a body per group ("|---" between groups); a Word file built on fields, whose table of contents (a TOC field whose
result repeats "Phụ lục I", "Phụ lục II" before the text) is navigation, not the plan's parts. Each reads to the
same rows, in the appendix it is printed under."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

from ingest.formats.markup import markdown_to_lines
from ingest.loaders import load_file
from ingest.parsing import parse_document

HEADER = ("TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành")
GROUPS = [
    ("I", "Thực hiện công tác tuyên truyền", [
        ("1", "Tổ chức quán triệt Kết luận", "Bộ Nội vụ", "Các bộ, ngành", "Quý II/2026"),
        ("2", "Biểu dương tập thể, cá nhân tiêu biểu", "Bộ Nội vụ", "Các địa phương", "Hằng năm")]),
    ("II", "Hoàn thiện thể chế", [
        ("1", "Sửa đổi quy định về đơn vị sự nghiệp", "Bộ Tài chính", "Bộ Nội vụ", "Năm 2027")]),
]


def _tasks(doc):
    return [(r.appendix, r.group[0][:3] if r.group else "", r.number, r.fields.get("lead"), r.fields.get("deadline"))
            for r in doc.rows if r.fields.get("lead")]


EXPECTED = [("Phụ lục I", "I. ", "1", "Bộ Nội vụ", "Quý II/2026"), ("Phụ lục I", "I. ", "2", "Bộ Nội vụ", "Hằng năm"),
            ("Phụ lục I", "II.", "1", "Bộ Tài chính", "Năm 2027")]


def _kramdown() -> str:
    rows = []
    for k, (numeral, title, tasks) in enumerate(GROUPS):
        if k:
            rows.append("|---")
        rows.append(f"| **{numeral}** | **{title}** | | | |")
        rows.extend("| " + " | ".join(t) + " |" for t in tasks)
    return "\n".join([
        '{::options auto_ids="false" /}', "",
        "| BỘ NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "| Số: 12/KH-BNV | Độc lập - Tự do - Hạnh phúc |",
        '{: .quoc-hieu style="width: 100%"}', "",
        "# KẾ HOẠCH", '{: style="text-align: center"}', "",
        "**Thực hiện Kết luận số 210-KL/TW \\\\", "về tổ chức bộ máy**", '{: style="text-align: center"}', "",
        "## I. MỤC ĐÍCH", "", "Xác định các nhiệm vụ chủ yếu.{: .muc-dich}", "",
        "**KT. BỘ TRƯỞNG** \\\\", "**THỨ TRƯỞNG** \\\\", "**Trần Văn An**", "{: .chu-ky}", "",
        "# Phụ lục I", '{: style="text-align: center"}', "", "**NHIỆM VỤ TRIỂN KHAI**", "",
        "| " + " | ".join(HEADER) + " |", "|---|---|---|---|---|", *rows, '{: .phu-luc rules="groups"}', "",
        "# Phụ lục II", "{: style=\"text-align: center\"}", "", "Định hướng sắp xếp đơn vị.", ""])


def test_kramdown_attribute_lists_breaks_bodies_and_headerless_tables(tmp_path: Path):
    lines = markdown_to_lines(_kramdown())
    text = "\n".join(lines)
    assert "{:" not in text and "\\" not in text  # no attribute list, option or break mark is text
    # the letterhead, a table without a header row, as TAB rows (its bars are no words)
    assert "BỘ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines and "Số: 12/KH-BNV\tĐộc lập - Tự do - Hạnh phúc" in lines
    assert lines[lines.index("KT. BỘ TRƯỞNG"):lines.index("KT. BỘ TRƯỞNG") + 3] == ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Văn An"]
    assert "Xác định các nhiệm vụ chủ yếu." in lines
    doc = parse_document(text, doc_id="kh-12", file_name="kh-12.md")
    assert _tasks(doc) == EXPECTED  # one table over both bodies, no empty row for "|---", under Phụ lục I
    assert not [r for r in doc.rows if not r.number]
    assert doc.info.number == "12/KH-BNV"


def test_a_file_without_kramdown_marks_keeps_its_bars_and_backslashes():
    """A CommonMark file is not read as kramdown: a line of bars stays text, "\\\\" stays."""
    text = "Đoạn văn a \\\\\n| x | y |\n\nKết thúc."
    assert "| x | y |" in markdown_to_lines(text)


def _field_runs(paragraph, instruction: str, shown: str, *, begin: bool = True, end: bool = True) -> None:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    parts = []
    if begin:
        parts += [f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>',
                  f'<w:r {w}><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
                  f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>']
    if shown:
        parts.append(f'<w:r {w}><w:t xml:space="preserve">{shown}</w:t></w:r>')
    if end:
        parts.append(f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>')
    for p in parts:
        paragraph._p.append(parse_xml(p))


def test_word_table_of_contents_field_is_not_read_as_the_parts(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("BỘ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    document.add_paragraph("Số: 12/KH-BNV")
    document.add_paragraph("KẾ HOẠCH")
    entries = ["I. MỤC ĐÍCH", "Phụ lục I", "Phụ lục II"]
    for k, entry in enumerate(entries):  # the TOC field opens in the first entry and closes in a paragraph after the last
        _field_runs(document.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\n', entry, begin=k == 0, end=False)
    _field_runs(document.add_paragraph(), "", "", begin=False, end=True)
    document.add_paragraph("I. MỤC ĐÍCH", style="Heading 2")
    numbered = document.add_paragraph("Xác định các nhiệm vụ chủ yếu; trang ")
    _field_runs(numbered, "PAGE", "2")  # a field that is no TOC keeps its result
    document.add_paragraph("Phụ lục I", style="Heading 1")
    document.add_paragraph("NHIỆM VỤ TRIỂN KHAI")
    grid = [HEADER]
    for numeral, title, tasks in GROUPS:
        grid.append((numeral, title, "", "", ""))
        grid.extend(tasks)
    table = document.add_table(rows=len(grid), cols=len(HEADER))
    for k, values in enumerate(grid):
        for c, value in enumerate(values):
            table.cell(k, c).text = value
    document.add_paragraph("Phụ lục II", style="Heading 1")
    document.add_paragraph("Định hướng sắp xếp đơn vị.")
    path = tmp_path / "kh-12.docx"
    document.save(path)
    lines = load_file(path).text.split("\n")
    assert lines.count("Phụ lục I") == 1 and lines.count("I. MỤC ĐÍCH") == 1  # the entries are gone, the headings stay
    assert "Xác định các nhiệm vụ chủ yếu; trang 2" in lines
    assert _tasks(parse_document("\n".join(lines), doc_id="kh-12", file_name=path.name)) == EXPECTED


def test_word_paragraphs_in_toc_styles_are_navigation_when_they_read_as_entries(tmp_path: Path):
    """A table of contents whose field was unlinked (its entries plain text in a "TOC 1" style, a tab and a page
    number after each) is navigation too; a paragraph or a table cell in that style holding the plan's own text is not."""
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    toc = document.styles.add_style("TOC 1", WD_STYLE_TYPE.PARAGRAPH)
    toc.element.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}styleId", "TOC1")
    document.add_paragraph("Phụ lục I\t5", style=toc)
    document.add_paragraph("I. MỤC ĐÍCH", style="Heading 2")
    document.add_paragraph("1. Tổ chức quán triệt Kết luận 210 trong toàn ngành", style=toc)  # text, styled so by mistake
    cell = document.add_table(rows=1, cols=2).cell(0, 0)
    cell.paragraphs[0].text = "Bộ Nội vụ"
    cell.paragraphs[0].style = toc
    document.add_paragraph("Phụ lục I", style="Heading 1")
    path = tmp_path / "kh-13.docx"
    document.save(path)
    lines = load_file(path).text.split("\n")
    assert lines.count("Phụ lục I") == 1 and not any(line.startswith("Phụ lục I\t") for line in lines)
    assert "1. Tổ chức quán triệt Kết luận 210 trong toàn ngành" in lines
    assert any("Bộ Nội vụ" in line for line in lines)


def test_a_table_of_contents_field_left_open_drops_nothing(tmp_path: Path):
    """A TOC field whose end Word never wrote (a damaged file) is no table of contents: the text after it stays."""
    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    _field_runs(document.add_paragraph(), 'TOC \\o "1-3" \\h', "Phụ lục I", end=False)
    document.add_paragraph("I. MỤC ĐÍCH", style="Heading 2")
    document.add_paragraph("Nội dung thật của kế hoạch.")
    path = tmp_path / "kh-14.docx"
    document.save(path)
    lines = load_file(path).text.split("\n")
    assert "I. MỤC ĐÍCH" in lines and "Nội dung thật của kế hoạch." in lines


def test_kramdown_tables_without_closing_bars_or_with_crossed_separators():
    text = "\n".join([
        "{: .ghi-chu}", "", "| TT | Nội dung | Cơ quan chủ trì", "|----+----------+----------------|",
        "| 1 | Việc A | Bộ Nội vụ", "|---", "| 2 | Việc B | Bộ Tài chính", "|===", "", "Hết."])
    lines = markdown_to_lines(text)
    assert "1\tViệc A\tBộ Nội vụ" in lines and "2\tViệc B\tBộ Tài chính" in lines
    assert not any(set(line) <= set("-=+|\t ") and line.strip() for line in lines), lines


def test_kramdown_comments_code_blocks_toc_markers_and_last_breaks():
    text = "\n".join([
        "{::options parse_block_html=\"true\" /}", "", "* Mục lục", "{:toc}", "",
        "Đoạn một {::comment}ghi chú{:/} tiếp theo.", "", "Văn bản thật còn lại.", "",
        "```", "| a | b |", "dòng \\\\", "```", "", "Dòng cuối đoạn \\\\", "", "{::nomarkdown}<b>Đậm</b>{:/}"])
    lines = markdown_to_lines(text)
    joined = "\n".join(lines)
    assert "{:" not in joined and "ghi chú" not in joined
    assert "Đoạn một  tiếp theo." in lines or "Đoạn một tiếp theo." in lines
    assert "Văn bản thật còn lại." in lines
    assert "| a | b |" in lines and "dòng \\\\" in lines  # a code block is left as it is
    assert "Dòng cuối đoạn" in lines  # no stray backslash
    assert "Đậm" in joined


def test_kramdown_attribute_lists_are_read_in_time():
    """An attribute list of many classes, or one whose closing brace is on another line, is read at once (one way
    only to split it into parts)."""
    import signal

    def timeout(*_):
        raise TimeoutError("attribute list read too slowly")

    signal.signal(signal.SIGALRM, timeout)
    signal.alarm(5)
    try:
        text = "{: .x}\n\n" + "{:" + ".a" * 40 + "}x\n\n" + "{: " + " .b" * 40 + "\n\nHết."
        assert "Hết." in markdown_to_lines(text)
    finally:
        signal.alarm(0)
