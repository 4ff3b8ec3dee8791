"""Cells merged down over several rows, parts of a row lettered a), b) under it, and a legal basis that
cites another act "ban hành kèm theo" it. Real parser on small Markdown plans written for these tests."""

import tempfile
from pathlib import Path

from ingest.loaders import load_file
from ingest.parsing import parse_document

PLAN = """**CÔNG TY CẢNG BẮC HÀ**
Số: 12/QĐ-HĐTV

# QUYẾT ĐỊNH

**Phê duyệt Kế hoạch chuyển đổi số năm 2027**

Căn cứ Điều lệ tổ chức và hoạt động của Công ty ban hành
kèm theo Quyết định số 905/QĐ-BGTVT ngày 02/3/2023;

Bắc Hà, ngày 05 tháng 01 năm 2027

## Phụ lục I

**CHỈ TIÊU**

TT | Chỉ tiêu | Năm 2027 (%) | Năm 2028 (%) | Đơn vị theo dõi
--- | --- | --- | --- | ---
1 | Tỷ lệ hóa đơn điện tử | 90 | 100 | Phòng Tài chính
2 | Tỷ lệ văn bản được ký số |  |  | Văn phòng
a) | Tại Công ty mẹ | 95 | 100
b) | Tại các chi nhánh | 70 | 85
3 | Tỷ lệ thiết bị gắn cảm biến | 20 | 40 | Phòng Kỹ thuật

## Phụ lục II

**NHIỆM VỤ**

Mã số | Nhiệm vụ | Thời hạn | Đơn vị chủ trì | Đơn vị phối hợp
--- | --- | --- | --- | ---
**1** | **HẠ TẦNG** |  |  |
1.1 | Nâng cấp trung tâm dữ liệu | Năm 2027 | Phòng Công nghệ | Phòng Kế hoạch
1.2 | Xây dựng trung tâm dự phòng | Năm 2028 |  | Chi nhánh Nam
1.3 | Phủ sóng 5G dùng riêng | Năm 2028 |  | Phòng Kỹ thuật
**2** | **DỮ LIỆU** |  |  |
2.1 | Xây dựng kho dữ liệu | Năm 2027 | Phòng Công nghệ | Phòng Tài chính
2.2 | Số hóa hồ sơ lưu trữ | Năm 2027 | Văn phòng | Phòng Kế hoạch
2.3 | Quy chế chia sẻ dữ liệu | Quý II/2027 | Phòng Pháp chế | Văn phòng
"""


def _parse(text=PLAN):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.md"
        path.write_text(text, encoding="utf-8")
        loaded = load_file(path)
    return parse_document(loaded.text, doc_id="x", file_name="x.md")


def _rows(text=PLAN):
    return {r.locator: r for r in _parse(text).rows}


def test_the_parts_of_a_row_are_numbered_under_it_and_take_its_lead():
    rows = _rows()
    a, b = rows["Phụ lục I, chỉ tiêu 2a"], rows["Phụ lục I, chỉ tiêu 2b"]
    assert a.fields["content"] == "Tại Công ty mẹ" and a.fields["targets"] == {"2027": "95", "2028": "100"}
    assert b.fields["targets"]["2028"] == "85"
    # the row they are parts of says what they measure, and its lead cell spans them
    assert any("Tỷ lệ văn bản được ký số" in g for g in a.group), a.group
    assert a.fields["lead"] == b.fields["lead"] == "Văn phòng"
    assert rows["Phụ lục I, chỉ tiêu 3"].fields["lead"] == "Phòng Kỹ thuật"


def test_a_lead_cell_merged_down_leads_the_rows_below_it_in_its_group():
    rows = _rows()
    assert rows["Phụ lục II, nhiệm vụ 1.2"].fields["lead"] == "Phòng Công nghệ"
    assert rows["Phụ lục II, nhiệm vụ 1.3"].fields["lead"] == "Phòng Công nghệ"
    assert rows["Phụ lục II, nhiệm vụ 1.2"].fields["coordinating"] == "Chi nhánh Nam"  # its own cell stays


def test_an_empty_lead_does_not_cross_into_another_group_nor_fill_a_table_that_leaves_most_empty():
    rows = _rows(PLAN.replace("2.1 | Xây dựng kho dữ liệu | Năm 2027 | Phòng Công nghệ", "2.1 | Xây dựng kho dữ liệu | Năm 2027 | "))
    assert "lead" not in rows["Phụ lục II, nhiệm vụ 2.1"].fields  # 1.3's lead is another group's
    sparse = PLAN.replace("| Văn phòng | Phòng Kế hoạch", "|  | Phòng Kế hoạch").replace("| Phòng Pháp chế |", "|  |")
    rows = _rows(sparse.replace("| Phòng Công nghệ | Phòng Tài chính", "|  | Phòng Tài chính"))
    assert "lead" not in rows["Phụ lục II, nhiệm vụ 1.2"].fields  # 2 of 6 rows name a lead: empty means none


def test_an_act_a_legal_basis_cites_as_attached_is_not_the_documents_number():
    info = _parse().info
    assert info.number == "12/QĐ-HĐTV", info.number
    assert info.date == "2027-01-05", info.date


def test_a_dotted_act_number_is_read_and_an_act_cited_in_a_wrapped_sentence_is_not_the_documents():
    """"Số: 66.18/2026/NQ-CP"; "… các quy định ban hành\\nkèm theo Nghị quyết số 66.16/2026/NQ-CP." is a
    sentence wrapped to the line's start, not the caption "(Kèm theo …)" of an attached plan."""
    text = ("CHÍNH PHỦ\nSố: 66.18/2026/NQ-CP\n\nHà Nội, ngày 18 tháng 5 năm 2026\n\n# NGHỊ QUYẾT\n\n**Về cắt giảm thủ tục**\n\n"
            "Điều 1. Bãi bỏ các quy định ban hành\nkèm theo Nghị quyết số 66.16/2026/NQ-CP ngày 02/4/2026.\n")
    info = _parse(text).info
    assert info.number == "66.18/2026/NQ-CP", info.number
    assert info.date == "2026-05-18", info.date


def test_a_number_columns_label_wrapped_in_its_narrow_column_is_joined():
    from ingest.parsing.tables import build_columns

    cols = build_columns(["ST T", "NỘI DUNG", "ĐV T"], None)
    assert [c.label for c in cols] == ["STT", "NỘI DUNG", "ĐV T"]  # "ĐV T" is no number column's label
    assert cols[0].field == "number"


def test_a_merged_lead_printed_at_its_middle_leads_the_first_row_of_its_group_too():
    """A PDF prints a cell centred over the three rows it spans on the middle one: the group's first
    row, empty, takes it from the row after; a row that states nothing but its name takes nothing."""
    text = PLAN.replace("1.1 | Nâng cấp trung tâm dữ liệu | Năm 2027 | Phòng Công nghệ |", "1.1 | Nâng cấp trung tâm dữ liệu | Năm 2027 |  |")
    text = text.replace("1.2 | Xây dựng trung tâm dự phòng | Năm 2028 |  |", "1.2 | Xây dựng trung tâm dự phòng | Năm 2028 | Phòng Công nghệ |")
    rows = _rows(text)
    assert [rows[f"Phụ lục II, nhiệm vụ 1.{k}"].fields.get("lead") for k in (1, 2, 3)] == ["Phòng Công nghệ"] * 3
    bare = text.replace("1.1 | Nâng cấp trung tâm dữ liệu | Năm 2027 |  | Phòng Kế hoạch", "1.1 | Nâng cấp trung tâm dữ liệu |  |  |")
    assert "lead" not in _rows(bare)["Phụ lục II, nhiệm vụ 1.1"].fields
