"""Measures set out under numbered headings, each with who leads it, who helps and when — as a small table
of labels under the measure (Markdown), as labelled lines after one or more bullets (a PDF's text), or as one
table whose bold rows are the headings and whose measures are numbered apart (Word). Each measure is one
task row with its roles, whichever way it is printed (fast: loader and parser only)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ingest.loaders import load_file
from ingest.parsing import parse_document

MARKDOWN = """# KẾ HOẠCH

Bồi dưỡng đội ngũ làm công tác thống kê giai đoạn 2027 - 2031

## II. NHIỆM VỤ, GIẢI PHÁP

### 1. Kiện toàn đội ngũ làm công tác thống kê

Thường xuyên rà soát đội ngũ làm công tác thống kê ở các phòng, ban.

| Vai trò | Cơ quan, đơn vị / thời gian |
|---|---|
| Đơn vị chủ trì thực hiện | Các phòng, ban thuộc huyện. |
| Đơn vị phối hợp | Phòng Nội vụ. |
| Thời gian thực hiện | Thường xuyên. |

### 2. Nâng cao kỹ năng nghiệp vụ

Tăng cường giáo dục đạo đức nghề nghiệp cho người làm thống kê.

Giữ vững kỷ luật, không để số liệu bị tác động bởi lợi ích cục bộ.

| Mục | Nội dung |
|---|---|
| Đơn vị chủ trì tham mưu thực hiện | Chi cục Thống kê huyện. |
| Đơn vị phối hợp thực hiện | Các xã, thị trấn. |
| Thời hạn | Quý IV/2027. |

### 3. Số liệu tham khảo

| Năm | Số người |
|---|---|
| 2026 | 45 |
| 2027 | 52 |
"""


def _rows(path: Path) -> list:
    loaded = load_file(path)
    doc = parse_document(loaded.text, doc_id=path.stem, file_name=path.name,
                         line_pages=getattr(loaded, "line_pages", None))
    return [r for r in doc.rows if r.kind == "task"]


def test_a_table_of_labels_under_each_measure_makes_it_a_task_row(tmp_path: Path):
    path = tmp_path / "kh-thong-ke.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    rows = _rows(path)
    assert len(rows) == 2  # the table of figures under "3." is no measure
    first, second = rows
    assert first.fields["content"].startswith("Thường xuyên rà soát đội ngũ")
    assert first.fields["lead"] == "Các phòng, ban thuộc huyện"
    assert first.fields["coordinating"] == "Phòng Nội vụ"
    assert first.fields["deadline"] == "Thường xuyên"
    assert first.group == ["1. Kiện toàn đội ngũ làm công tác thống kê"]  # the heading above it, not its text
    # a label of seven words that names the body; both paragraphs above the table are the measure's
    assert second.fields["lead"] == "Chi cục Thống kê huyện"
    assert second.fields["coordinating"] == "Các xã, thị trấn"
    assert "Tăng cường giáo dục đạo đức" in second.fields["content"]
    assert "Giữ vững kỷ luật" in second.fields["content"]


PDF_TEXT = [
    "KẾ HOẠCH",
    "Bồi dưỡng đội ngũ làm công tác thống kê giai đoạn 2027 - 2031",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Nâng cao phẩm chất, năng lực cho đội ngũ làm công tác thống",
    "kê",
    "- Tăng cường giáo dục chính trị, tư tưởng, kỷ luật cho đội ngũ làm",
    "công tác thống kê.",
    "- Nâng cao ý thức trách nhiệm, không để số liệu bị chi phối.",
    "Đơn vị thực hiện: Các phòng, ban thuộc huyện.",
    "Đơn vị phối hợp: Phòng Nội vụ.",
    "Thời gian thực hiện: Thường xuyên.",
    "- Tổ chức tập huấn kỹ năng thống kê cho cán bộ cấp xã.",
    "Đơn vị chủ trì tham mưu thực hiện: Chi cục Thống kê huyện.",
    "Đơn vị phối hợp thực hiện: Các xã, thị trấn.",
    "Thời gian thực hiện: Hằng năm.",
    "2. Tuyên truyền về công tác thống kê",
    "- " + "Tuyên truyền, phổ biến Luật Thống kê và các văn bản hướng dẫn thi hành " * 8 + "trên địa bàn huyện.",
    "Đơn vị chủ trì: Phòng Văn hóa và Thông tin.",
    "Thời gian thực hiện: Thường xuyên.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Tài chính - Kế hoạch",
    "Chủ trì triển khai các nhiệm vụ: bố trí kinh phí; theo dõi, tổng hợp kết quả thực hiện Kế hoạch.",
]


def test_labelled_lines_after_bullets_are_read_whatever_the_length_of_label_or_text():
    doc = parse_document("\n".join(PDF_TEXT), doc_id="kh", file_name="kh.pdf")
    rows = [r for r in doc.rows if r.kind == "task"]
    assert [r.fields["lead"] for r in rows] == [
        "Các phòng, ban thuộc huyện", "Chi cục Thống kê huyện", "Phòng Văn hóa và Thông tin"]
    first, second, third = rows
    # the two bullets before the labels are the measure's; the heading wrapped onto "kê" stays a heading
    assert "Tăng cường giáo dục chính trị" in first.fields["content"]
    assert "Nâng cao ý thức trách nhiệm" in first.fields["content"]
    assert "Nâng cao phẩm chất" not in first.fields["content"]
    assert first.group[-1].startswith("1. Nâng cao phẩm chất")
    assert second.fields["deadline"] == "Hằng năm"
    assert second.fields["coordinating"] == "Các xã, thị trấn"
    assert len(third.fields["content"]) > 500  # a long paragraph is still the measure's text
    # "Chủ trì triển khai các nhiệm vụ: …" is a duty said in a sentence, no label of a lead
    assert not any("bố trí kinh phí" in (r.fields.get("lead") or "") for r in doc.rows)


def _bold_row(table, texts: list[str], bold: bool) -> None:
    row = table.add_row()
    for cell, text in zip(row.cells, texts):
        if text:
            cell.paragraphs[0].add_run(text).bold = bold or None


@pytest.mark.parametrize("sibling_after", [False, True])
def test_bold_heading_rows_of_a_word_table_group_the_measures_numbered_apart(tmp_path: Path, sibling_after: bool):
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("II. NHIỆM VỤ, GIẢI PHÁP")
    table = d.add_table(rows=1, cols=5)
    for cell, label in zip(table.rows[0].cells, ["TT", "Nhiệm vụ, giải pháp", "Chủ trì", "Phối hợp", "Thời gian"]):
        cell.text = label
    _bold_row(table, ["1", "Kiện toàn đội ngũ làm công tác thống kê", "", "", ""], True)
    _bold_row(table, ["1", "Rà soát đội ngũ thống kê ở các phòng, ban.", "Phòng Nội vụ", "Các xã", "Thường xuyên"], False)
    _bold_row(table, ["2", "Nâng cao kỹ năng nghiệp vụ", "", "", ""], True)
    _bold_row(table, ["2", "Tập huấn kỹ năng thống kê.", "Chi cục Thống kê", "Các xã", "Hằng năm"], False)
    _bold_row(table, ["3", "Tập huấn nghiệp vụ cho cấp xã.", "Chi cục Thống kê", "Các xã", "Quý IV/2027"], False)
    if sibling_after:
        # "4" in bold with no values, then "5": its next sibling — a row of the table, not a heading
        _bold_row(table, ["4", "Tổng kết thực hiện Kế hoạch", "", "", ""], True)
        _bold_row(table, ["5", "Báo cáo kết quả.", "Phòng Tài chính", "", "Năm 2031"], False)
    path = tmp_path / "kh-bang.docx"
    d.save(path)
    rows = _rows(path)
    measures = [r for r in rows if r.fields.get("lead")]
    assert [r.number for r in measures][:3] == ["1", "2", "3"]
    assert [r.group[-1] for r in measures[:3]] == [
        "1. Kiện toàn đội ngũ làm công tác thống kê", "2. Nâng cao kỹ năng nghiệp vụ", "2. Nâng cao kỹ năng nghiệp vụ"]
    assert not any(r.fields.get("content") == "Nâng cao kỹ năng nghiệp vụ" for r in rows)  # a heading is no row
    if sibling_after:
        assert any(r.number == "4" and r.fields.get("content") == "Tổng kết thực hiện Kế hoạch" for r in rows)
        assert not any("Tổng kết thực hiện" in " ".join(r.group) for r in rows)


def test_a_bold_row_over_its_parts_its_bullets_or_the_next_roman_group_stays_a_row(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    table = d.add_table(rows=1, cols=4)
    for cell, label in zip(table.rows[0].cells, ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]):
        cell.text = label
    _bold_row(table, ["I", "HẠ TẦNG SỐ", "", ""], True)
    _bold_row(table, ["1", "Nâng cấp mạng WAN", "Sở Khoa học và Công nghệ", "2027"], False)
    _bold_row(table, ["2", "Triển khai ký số", "", ""], True)
    _bold_row(table, ["a)", "Cấp chứng thư số cho cán bộ", "Sở Nội vụ", "2027"], False)
    _bold_row(table, ["b)", "Tập huấn ký số cho cán bộ", "Sở Nội vụ", "2028"], False)
    _bold_row(table, ["3", "Các nhiệm vụ khác theo chỉ đạo của UBND tỉnh", "", ""], True)
    _bold_row(table, ["II", "DỮ LIỆU SỐ", "", ""], True)
    _bold_row(table, ["1", "Xây dựng kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ", "2028"], False)
    path = tmp_path / "kh-bang-2.docx"
    d.save(path)
    rows = _rows(path)
    parts = [r for r in rows if r.fields.get("content", "").startswith(("Cấp chứng thư", "Tập huấn ký số"))]
    assert [r.number for r in parts] == ["2a", "2b"]
    assert any(r.number == "3" and "Các nhiệm vụ khác" in r.fields.get("content", "") for r in rows)
