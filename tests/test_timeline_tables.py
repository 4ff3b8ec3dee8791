"""A task table whose timing is a timeline (written for these tests): "Tiến độ" spans quarter columns
whose cells are marked "x", flattened the way a Word-to-Markdown converter does (the quarters are the
first body line). Real ingest, real assistant."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN XÃ AN PHÚ

Số: 12/KH-UBND

# KẾ HOẠCH

**Chuyển đổi số xã An Phú năm 2027**

## Phụ lục: NHIỆM VỤ NĂM 2027

| TT | Nhiệm vụ | Đơn vị chủ trì | Tiến độ |  |  |  |
|---|---|---|---|---|---|---|
|  |  |  | Quý I/2027 | Quý II/2027 | Quý III/2027 | Quý IV/2027 |
| 1 | Số hóa sổ hộ tịch lưu trữ của xã | Văn phòng | x | x |  |  |
| 2 | Lắp đặt điểm Wi-Fi công cộng tại nhà văn hóa thôn | Phòng Kinh tế |  | x | x |  |
| 3 | Tổng kết, đánh giá kết quả chuyển đổi số năm 2027 | Văn phòng |  |  |  | x |
"""

DOC = "2027-plan_kh-12-an-phu"


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {f"{DOC}.md": PLAN})


def test_a_timeline_is_read_as_when_each_task_runs_not_as_targets(plan):
    rows = {r.number: r for r in plan.store.rows(DOC)}
    assert set(rows) == {"1", "2", "3"} and all(r.kind == "task" for r in rows.values())
    assert {n: r.fields.get("deadline") for n, r in rows.items()} == {"1": "Quý II/2027", "2": "Quý III/2027", "3": "Quý IV/2027"}
    assert not any(r.fields.get("targets") for r in rows.values())
    assert rows["2"].columns["Tiến độ – Quý II/2027"] == "x"


@pytest.mark.parametrize("question", [
    "Nhiệm vụ lắp đặt Wi-Fi công cộng của xã An Phú thực hiện vào thời gian nào?",
    "When does An Phú commune install public Wi-Fi points?",
])
def test_the_periods_marked_are_stated(plan, question):
    a = plan.answer(question)
    assert a.found, a.answer
    assert "Tiến độ: Quý II/2027, Quý III/2027" in a.answer, a.answer


def test_a_table_caption_wrapped_over_two_lines_still_labels_the_table():
    """PDF text wraps "Bảng 1. … (tính đến ngày" / "30/6/2025)": the table is still "Bảng 1"."""
    from ingest.parsing import parse_document

    text = "\n".join([
        "KẾ HOẠCH", "Chuyển đổi số xã An Phú năm 2027", "", "I. THỰC TRẠNG", "",
        "Bảng 1. Một số kết quả chuyển đổi số của các đơn vị trước sắp xếp (tính đến ngày",
        "30/6/2025)", "",
        "TT\tNội dung\tXã An Phú (cũ)\tXã An Lạc (cũ)\tCộng",
        "1\tSố tổ dân phố, thôn\t10\t8\t18",
        "2\tSố thành viên tổ công nghệ số cộng đồng\t62\t47\t109",
    ])
    rows = parse_document(text, doc_id="x", file_name="x.pdf").rows
    assert [r.appendix for r in rows] == ["Bảng 1", "Bảng 1"], [r.appendix for r in rows]
    assert rows[0].appendix_title.endswith("(tính đến ngày 30/6/2025)")


@pytest.mark.parametrize("head,tail,joined", [
    ("Bộ đã có văn bản số 1013/BKHCN", "-CNCNTT ngày 22/4/2025", "Bộ đã có văn bản số 1013/BKHCN-CNCNTT ngày 22/4/2025"),
    ("Các nội dung gồm:", "- Hạ tầng số", "Các nội dung gồm: - Hạ tầng số"),
    ("Hoàn thành năm", "2026", "Hoàn thành năm 2026"),
])
def test_a_cell_split_over_a_page_break_is_joined_with_a_space_except_inside_a_symbol(head, tail, joined):
    from ingest.parsing.tables import _join_cell_parts

    assert _join_cell_parts(head, tail) == joined
