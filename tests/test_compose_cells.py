"""The composer shows a row whole: a question may ask for any of its cells, under any header.

Fast unit tests on hand-made rows (no index): the asked fields come first, then the row's other
cells verbatim under their own column labels; long cells contribute only the sentences that share
the question's words; a value that sits in an unnamed cell counts as the asked value.
"""

from __future__ import annotations

from assistant.compose import compose, has_asked_value
from assistant.evidence import Evidence, RowHit, content_terms
from assistant.understanding import parse_question
from ingest.records import TableRow

LONG = (
    "Tổ chức các khóa bồi dưỡng về công nghệ mới cho cán bộ chuyên trách trong các cơ quan nhà nước của tỉnh. "
    "Bồi dưỡng chuyên sâu ít nhất 50 người để thành lập Tổ chuyên gia của tỉnh làm nòng cốt tham mưu. "
    "Hằng năm tổ chức diễn tập thực chiến cho các đơn vị vận hành hệ thống thông tin cấp tỉnh và cấp xã."
)


def _task(**columns: str) -> TableRow:
    base = {"STT": "7", "Tên nhiệm vụ": "Đào tạo kỹ năng an toàn thông tin cho cán bộ", "Đơn vị chủ trì": "Sở Nội vụ",
            "Thời hạn": "Quý III/2027"}
    base.update(columns)
    fields = {"number": "7", "content": base["Tên nhiệm vụ"], "lead": "Sở Nội vụ", "deadline": "Quý III/2027"}
    return TableRow(row_id="r7", doc_id="plan", appendix="Phụ lục II", kind="task", number="7", fields=fields,
                    columns=base, text=" | ".join(base.values()), locator="Phụ lục II, nhiệm vụ 7")


def _intent(question: str):
    intent = parse_question(question)
    intent.terms = content_terms(question)
    return intent


def _answer(row: TableRow, question: str) -> tuple[bool, str]:
    found, text, citations = compose(_intent(question), Evidence(mode="row", rows=[RowHit(row, 1.0)]), {})
    assert not found or citations[0].locator == row.locator
    return found, text


def test_a_cell_under_an_unknown_header_is_quoted_with_its_label():
    row = _task(**{"Văn bản căn cứ triển khai": "Nghị quyết số 12/NQ-HĐND ngày 01/3/2026"})
    found, text = _answer(row, "Nhiệm vụ đào tạo kỹ năng an toàn thông tin do ai chủ trì, dựa trên văn bản nào?")
    assert found and "Sở Nội vụ" in text
    assert "Văn bản căn cứ triển khai: Nghị quyết số 12/NQ-HĐND ngày 01/3/2026" in text


def test_a_legal_basis_asked_for_comes_from_the_note_column():
    row = _task(**{"Ghi chú": "Thông báo số 02-TB/VPTU ngày 24/10/2025"})
    row.fields["note"] = "Thông báo số 02-TB/VPTU ngày 24/10/2025"
    found, text = _answer(row, "What legal basis is cited for the information security training task?")
    assert found and "Thông báo số 02-TB/VPTU ngày 24/10/2025" in text


def test_a_long_cell_gives_only_the_sentences_that_share_the_question_words():
    row = _task(**{"Quy mô, nội dung": LONG})
    found, text = _answer(row, "Nhiệm vụ đào tạo phải bồi dưỡng chuyên sâu bao nhiêu người để lập Tổ chuyên gia?")
    assert found and "ít nhất 50 người" in text
    assert "diễn tập thực chiến" not in text  # the cell's unrelated sentence stays out


def test_a_count_in_an_unnamed_cell_is_the_asked_value_but_a_cell_without_a_number_is_not():
    with_count = _task(**{"Quy mô, nội dung": LONG})
    without = _task(**{"Quy mô, nội dung": "Bồi dưỡng chuyên sâu để thành lập Tổ chuyên gia của tỉnh."})
    for row in (with_count, without):
        row.fields.pop("lead"), row.fields.pop("deadline")
    question = "Nhiệm vụ đào tạo phải bồi dưỡng chuyên sâu bao nhiêu người để lập Tổ chuyên gia?"
    assert has_asked_value(with_count, _intent(question))
    assert not has_asked_value(without, _intent(question))
    found, text = _answer(without, question)
    assert not found and "[1]" not in text


def test_rows_of_a_listing_stay_short():
    rows = [_task(**{"Ghi chú": f"Ghi chú dài số {i}"}) for i in range(3)]
    for i, r in enumerate(rows):
        r.row_id, r.number = f"r{i}", str(i + 1)
    found, text, _ = compose(_intent("ai chủ trì nhiệm vụ đào tạo kỹ năng"), Evidence(mode="row", rows=[RowHit(r, 1.0) for r in rows]), {})
    assert found and text.count("Sở Nội vụ") == 3
    assert "Ghi chú dài số 0" in text  # the best row is shown whole ...
    assert "Ghi chú dài số 1" not in text and "Ghi chú dài số 2" not in text  # ... the others stay short


def test_a_dash_in_a_year_column_is_no_target():
    row = _task()
    row.kind, row.fields["targets"] = "indicator", {"2030": "-", "2045": "90%"}
    assert not has_asked_value(row, _intent("Chỉ tiêu này đặt mục tiêu năm 2030 là bao nhiêu?"))
    assert has_asked_value(row, _intent("Chỉ tiêu này đặt mục tiêu năm 2045 là bao nhiêu?"))


def test_a_count_states_how_many_groups_its_rows_fall_in():
    rows = [_task() for _ in range(3)]
    for i, (r, g) in enumerate(zip(rows, ["I. THỂ CHẾ", "I. THỂ CHẾ", "II. HẠ TẦNG"])):
        r.row_id, r.number, r.group = f"r{i}", str(i + 1), [g]
    found, text, citations = compose(_intent("Phụ lục II có bao nhiêu nhiệm vụ?"),
                                     Evidence(mode="count", rows=[RowHit(r, 1.0) for r in rows]), {})
    assert found and "3 nhiệm vụ, thuộc 2 nhóm (I. THỂ CHẾ: 2; II. HẠ TẦNG: 1)" in text and len(citations) == 3


def test_a_rows_citation_quotes_the_title_of_its_table():
    """A count of a whole appendix is a count of that table: each cited row carries the table's title."""
    row = _task()
    row.appendix_title = "DANH MỤC NHIỆM VỤ CỦA CHƯƠNG TRÌNH"
    row.group = ["1. Hoàn thiện thể chế"]
    found, _, citations = compose(_intent("Phụ lục II có bao nhiêu nhiệm vụ?"), Evidence(mode="count", rows=[RowHit(row, 1.0)]), {})
    lines = citations[0].text.split("\n")
    assert found and lines[0] == "Phụ lục II: DANH MỤC NHIỆM VỤ CỦA CHƯƠNG TRÌNH" and lines[1] == "1. Hoàn thiện thể chế"
    untitled = _task()
    assert compose(_intent("Phụ lục II có bao nhiêu nhiệm vụ?"), Evidence(mode="count", rows=[RowHit(untitled, 1.0)]),
                   {})[2][0].text.startswith("STT | Tên nhiệm vụ")


def test_the_group_is_named_when_the_question_asks_for_it():
    # "Phụ lục II, nhiệm vụ 7" does not say the group; a question asking which group it falls
    # under gets the group's label, verbatim; other questions do not carry it
    row = _task().model_copy(update={"group": ["C. PHÁT TRIỂN NHÂN LỰC SỐ"]})
    _, asked = _answer(row, "Under which group does the security skills training task fall, and who leads it?")
    assert "C. PHÁT TRIỂN NHÂN LỰC SỐ" in asked and "Sở Nội vụ" in asked
    _, asked_vi = _answer(row, "Nhiệm vụ đào tạo kỹ năng an toàn thông tin thuộc nhóm nào?")
    assert "C. PHÁT TRIỂN NHÂN LỰC SỐ" in asked_vi
    _, not_asked = _answer(row, "Who leads the security skills training task?")
    assert "PHÁT TRIỂN NHÂN LỰC SỐ" not in not_asked


def test_a_target_column_of_a_period_answers_every_year_of_it():
    # "Giai đoạn 2026-2027 | Giai đoạn 2028-2030": the value is read as 2027's, yet it is the period's;
    # asked for "giai đoạn 2026-2027" the answer names the period and claims no year is missing
    columns = {"TT": "1", "Chỉ tiêu": "Tỷ lệ hồ sơ trực tuyến toàn trình", "Giai đoạn 2026-2027": "≥ 60",
               "Giai đoạn 2028-2030": "≥ 85", "Đơn vị theo dõi": "TTPVHCC"}
    row = TableRow(row_id="i1", doc_id="plan", appendix="Bảng 1", kind="indicator", number="1",
                   fields={"number": "1", "content": columns["Chỉ tiêu"], "lead": "TTPVHCC",
                           "targets": {"2027": "≥ 60", "2030": "≥ 85"}},
                   columns=columns, text=" | ".join(columns.values()), locator="Bảng 1, chỉ tiêu 1")
    found, text = _answer(row, "Chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình giai đoạn 2026-2027 là bao nhiêu?")
    assert found and "Giai đoạn 2026-2027: ≥ 60" in text
    assert "không đặt chỉ tiêu" not in text
