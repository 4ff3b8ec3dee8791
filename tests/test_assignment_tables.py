"""A plan's table of assignments under a header of two rows ("TT" merged down, "Phân công thực hiện" merged
over "Cơ quan, đơn vị và nội dung được giao" | "Nhiệm vụ cụ thể"): the column naming the bodies and what they
are given is the lead's, whatever else its label says. And an English "who" after a noun of people ("officers
who attend the training") opens a relative clause: it asks for no body. Real loader and parser on a Word plan
written for these tests."""

import tempfile
from pathlib import Path

import docx
import pytest

from assistant.understanding import parse_question
from ingest.loaders import load_file
from ingest.parsing import parse_document
from ingest.parsing.tables import classify_label

ASSIGNMENTS = [
    ("1", "Sở Y tế chủ trì, phối hợp với Sở Nội vụ thực hiện các chương trình sau:",
     ["Tập huấn sơ cứu cho tình nguyện viên ở các xã.", "Bảo đảm thuốc thiết yếu trong mùa mưa bão."]),
    ("2", "Sở Xây dựng", ["Rà soát các công trình nhà ở chịu ảnh hưởng của bão.", "Hướng dẫn gia cố nhà ở."]),
    ("3", "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Ủy ban nhân dân các xã:",
     ["Đưa nội dung phòng tránh thiên tai vào hoạt động ngoại khóa."]),
]


def _word_plan(tmp: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH phòng, chống thiên tai năm 2027")
    d.add_paragraph("V. TỔ CHỨC THỰC HIỆN")
    table = d.add_table(rows=2, cols=3)
    top, sub = table.rows[0].cells, table.rows[1].cells
    top[0].merge(sub[0]).text = "TT"  # merged down the two header rows
    top[1].merge(top[2]).text = "Phân công thực hiện"  # merged over the two columns below it
    sub[1].text, sub[2].text = "Cơ quan, đơn vị và nội dung được giao", "Nhiệm vụ cụ thể"
    for number, body, duties in ASSIGNMENTS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = number, body
        cells[2].text = duties[0]
        for duty in duties[1:]:
            cells[2].add_paragraph(duty)  # each duty a paragraph of its own in the cell
    d.add_paragraph("VI. CHẾ ĐỘ BÁO CÁO")
    d.add_paragraph("Các cơ quan báo cáo kết quả trước ngày 15/12/2027.")
    path = tmp / "plan.docx"
    d.save(path)
    return path


def test_a_body_and_what_it_is_given_names_the_lead():
    assert classify_label("Cơ quan, đơn vị và nội dung được giao") == ("lead", None)
    assert classify_label("Cơ quan, đơn vị được giao") == ("lead", None)
    # (what is given, not to whom: the name column)
    assert classify_label("Nội dung công việc được giao")[0] == "content"
    # (a count, a unit or a thing that merely holds "giao" are no bodies given work)
    assert classify_label("Số cơ quan, đơn vị đã triển khai năm 2025")[0] == "targets"
    assert classify_label("Đơn vị tính và khối lượng thực hiện")[0] == "unit"
    assert classify_label("Cơ quan quản lý giao thông")[0] != "lead"
    assert classify_label("Đơn vị nhận bàn giao")[0] != "lead"


def test_assignments_under_a_two_row_header_are_rows_with_their_leads():
    with tempfile.TemporaryDirectory() as tmp:
        path = _word_plan(Path(tmp))
        loaded = load_file(path)
        rows = parse_document(loaded.text, doc_id="x", file_name=path.name).rows
    assert [r.number for r in rows] == ["1", "2", "3"]
    assert [r.kind for r in rows] == ["task"] * 3
    assert [r.fields.get("lead") for r in rows] == ["Sở Y tế", "Sở Xây dựng", "Sở Giáo dục và Đào tạo"]
    assert rows[0].fields.get("coordinating", "").startswith("Sở Nội vụ")
    assert "Bảo đảm thuốc thiết yếu" in rows[0].fields["content"]


@pytest.mark.parametrize("question", [
    "What coverage is targeted for officers and civil servants who attend the defence training?",
    "What share of households who live in flood areas should receive warnings?",
])
def test_who_after_people_asks_for_no_body(question):
    assert "lead" not in parse_question(question).fields


@pytest.mark.parametrize("question", [
    "Who leads the training of volunteers?",
    "For the flood plan, who is responsible for the shelters?",
    "Does the plan say who leads the training?",
    # ("who" the only word asking a body, after a noun of things or a verb)
    "Of all the projects who is the investor?",
    "Which article determines who is the investor of the data center?",
])
def test_who_asking_asks_for_the_body(question):
    assert "lead" in parse_question(question).fields
