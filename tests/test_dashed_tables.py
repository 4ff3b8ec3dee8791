"""Pandoc's dash-ruled Markdown tables (simple and multiline), read as table rows.

``pandoc -t markdown`` writes these by default, so a plan converted from Word by pandoc reaches the
assistant in this form; before they were read, such a plan gave no row at all.
"""

from __future__ import annotations

from pathlib import Path

from ingest.formats.markup import markdown_to_lines
from ingest.loaders import load_file
from ingest.parsing import parse_document

# A multiline table as pandoc prints it: full rules above and below, a two-line header, a column
# rule, rows separated by blank lines, cells wrapped inside their column.
MULTILINE = """\
Phụ lục I

-----------------------------------------------------------------------
STT  Chỉ tiêu                        Mục tiêu       Mục tiêu       Cơ quan
                                     Đến năm 2027   Đến năm 2030   chủ trì
---  ------------------------------  -------------  -------------  -------
I    CHÍNH QUYỀN SỐ

1    Tỷ lệ hồ sơ thủ tục hành chính  80 - 85        Trên 90        VPUB
     xử lý trực tuyến toàn trình

2    Số nền tảng dùng chung cấp      Tối thiểu 3    Tối thiểu 6    SKHCN
     tỉnh
-----------------------------------------------------------------------

Đoạn văn sau bảng.
"""

# pandoc's simple table (what ``pandoc -f gfm -t markdown`` gives for a pipe table), indented by two.
SIMPLE = """\
Danh mục nhiệm vụ

  STT   Nhiệm vụ                      Cơ quan chủ trì            Thời gian
  ----- ----------------------------- -------------------------- -----------
  1     Xây dựng kho dữ liệu dùng chung Sở Khoa học và Công nghệ Quý IV/2027
  2     Nâng cấp Cổng dịch vụ công    Văn phòng UBND tỉnh        2028

Hết.
"""


def test_multiline_table_rows_joined_per_column():
    lines = markdown_to_lines(MULTILINE)
    assert "STT\tChỉ tiêu\tMục tiêu Đến năm 2027\tMục tiêu Đến năm 2030\tCơ quan chủ trì" in lines
    assert "1\tTỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình\t80 - 85\tTrên 90\tVPUB" in lines
    assert "2\tSố nền tảng dùng chung cấp tỉnh\tTối thiểu 3\tTối thiểu 6\tSKHCN" in lines
    assert "I\tCHÍNH QUYỀN SỐ\t\t\t" in lines
    assert "Đoạn văn sau bảng." in lines
    assert not any(set(line.strip()) == {"-"} for line in lines)  # no rule left as text


def test_multiline_table_gives_indicator_rows_with_milestone_targets(tmp_path: Path):
    path = tmp_path / "kh.md"
    path.write_text(MULTILINE, encoding="utf-8")
    doc = parse_document(load_file(path).text, doc_id="kh", file_name="kh.md")
    rows = {r.number: r for r in doc.rows}
    assert set(rows) == {"1", "2"}
    assert rows["1"].fields["lead"] == "VPUB"
    assert rows["2"].fields["content"] == "Số nền tảng dùng chung cấp tỉnh"
    assert rows["1"].appendix == "Phụ lục I"
    targets = rows["1"].fields.get("targets") or {}
    assert targets.get("2027") == "80 - 85" and targets.get("2030") == "Trên 90"


def test_simple_table_rows_cut_at_the_column_rule():
    lines = markdown_to_lines(SIMPLE)
    assert "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian" in lines
    # a word running over the next column's start stays whole in its own column
    assert "1\tXây dựng kho dữ liệu dùng chung\tSở Khoa học và Công nghệ\tQuý IV/2027" in lines
    assert "2\tNâng cấp Cổng dịch vụ công\tVăn phòng UBND tỉnh\t2028" in lines
    assert "Hết." in lines


def test_headerless_simple_table_closed_by_a_second_rule():
    text = "Trước.\n\n----  ----------  ----\n1     Sở Nội vụ   2026\n2     Sở Y tế     2027\n----  ----------  ----\n\nSau.\n"
    lines = markdown_to_lines(text)
    assert "1\tSở Nội vụ\t2026" in lines and "2\tSở Y tế\t2027" in lines


def test_setext_heading_and_thematic_break_are_not_tables():
    text = "Tiêu đề phần\n------------\n\nĐoạn một.\n\n---\n\nĐoạn hai có - dấu - gạch.\n"
    lines = markdown_to_lines(text)
    assert not any("\t" in line for line in lines)
    assert "Đoạn một." in lines and "Đoạn hai có - dấu - gạch." in lines


def test_unclosed_multiline_table_stays_text():
    text = "-----------------\nMột  Hai\n---  ---\nx    y\n\nKhông có dòng đóng.\n"
    lines = markdown_to_lines(text)
    assert not any("\t" in line for line in lines)


def test_pandoc_markdown_file_loads_as_rows(tmp_path: Path):
    path = tmp_path / "kh.md"
    path.write_text(MULTILINE, encoding="utf-8")
    text = load_file(path).text
    doc = parse_document(text, doc_id="kh", file_name="kh.md")
    assert [r.number for r in doc.rows] == ["1", "2"]


def test_a_word_plan_converted_by_pandoc_reads_as_its_docx(tmp_path: Path):
    """A plan converted to Markdown by pandoc (`pandoc -t markdown`: multiline tables with wrapped cells,
    indented by two) gives the same rows, field for field, as the Word file it came from."""
    import shutil
    import subprocess

    from ingest.settings import PROJECT_ROOT

    pandoc = shutil.which("pandoc")
    assert pandoc, "pandoc is installed by scripts/test.sh"
    docx = PROJECT_ROOT / "evals" / "heldout11" / "docs" / "lacgiang-nnmt-2027.docx"
    md = tmp_path / "lacgiang.md"
    subprocess.run([pandoc, str(docx), "-t", "markdown", "-o", str(md)], check=True, timeout=120)
    assert "\n  ----------" in md.read_text(encoding="utf-8")  # dash-ruled tables, not pipe or grid ones

    def rows(path: Path):
        doc = parse_document(load_file(path).text, doc_id="lacgiang", file_name=path.name)
        return [(r.appendix, r.group, r.number, r.fields) for r in doc.rows]

    from_word, from_markdown = rows(docx), rows(md)
    assert len(from_word) >= 60
    assert from_markdown == from_word
