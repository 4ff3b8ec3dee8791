"""Rows numbered by their kind in their first cell ("Chỉ tiêu 1", "Nhiệm vụ 2") in place of a bare
number: a Word table of two columns and no header per goal, a PDF's table under "Chỉ tiêu | Nội dung"
with the goals and their lettered parts as rows of their own, and a Markdown table whose first columns
key each row's goal and part by their marks alone ("1.2", "a)"). Real loaders and parser on small plans
written for these tests."""

import re
import tempfile
from pathlib import Path

import docx

from ingest.loaders import load_file
from ingest.parsing import parse_document

GOALS = [
    ("1.1. Mục tiêu 1. Việc làm cho thanh niên", [("", [
        "Năm 2027 có 12.000 thanh niên được giới thiệu việc làm.",
        "Tỷ lệ thanh niên qua đào tạo nghề đạt 65%."])]),
    ("1.2. Mục tiêu 2. Khởi nghiệp", [
        ("a) Hỗ trợ vốn:", ["Cho vay ưu đãi 300 dự án khởi nghiệp của thanh niên.", "Giải ngân 90% vốn được giao."]),
        ("b) Hỗ trợ tư vấn:", ["Tổ chức 24 buổi tư vấn khởi nghiệp."])]),
]


def _parse(path: Path):
    loaded = load_file(path)
    return parse_document(loaded.text, doc_id="x", file_name=path.name, line_pages=getattr(loaded, "line_pages", None))


def _word_plan(tmp: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH việc làm thanh niên năm 2027")
    d.add_paragraph("II. MỤC TIÊU")
    for goal, parts in GOALS:
        d.add_paragraph(goal)
        rows = [(part, None) for part, _ in parts]
        table = d.add_table(rows=0, cols=2)
        for part, items in parts:
            if part:
                cells = table.add_row().cells
                cells[0].merge(cells[1]).text = part  # a part's title across the table
            number = 0
            for item in items:
                number += 1
                cells = table.add_row().cells
                cells[0].text, cells[1].text = f"Chỉ tiêu {number}", item
        del rows
    d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("Sở Nội vụ chủ trì theo dõi, đôn đốc thực hiện Kế hoạch.")
    path = tmp / "plan.docx"
    d.save(path)
    return path


def test_a_word_table_per_goal_numbered_by_kind():
    with tempfile.TemporaryDirectory() as tmp:
        rows = _parse(_word_plan(Path(tmp))).rows
    assert [r.kind for r in rows] == ["indicator"] * 5
    assert [r.number for r in rows] == ["1", "2", "1", "2", "1"]
    # (the first goal's table has two rows only, and its rows are read all the same)
    assert rows[0].fields["content"] == "Năm 2027 có 12.000 thanh niên được giới thiệu việc làm."
    assert rows[1].fields["content"] == "Tỷ lệ thanh niên qua đào tạo nghề đạt 65%."
    assert rows[2].group == ["a) Hỗ trợ vốn:"] and rows[4].group == ["b) Hỗ trợ tư vấn:"]


PDF_TEXT = """KẾ HOẠCH việc làm thanh niên năm 2027
II. MỤC TIÊU
1. Phấn đấu đến cuối năm 2027 đạt các chỉ tiêu sau:

Chỉ tiêu\tNội dung
1.1. Mục tiêu 1. Việc làm cho thanh niên\t
Chỉ tiêu 1\tNăm 2027 có 12.000 thanh niên được giới thiệu việc làm.
Chỉ tiêu 2\tTỷ lệ thanh niên qua đào tạo nghề đạt 65%.
1.2. Mục tiêu 2. Khởi nghiệp\t
a) Hỗ trợ\tvốn:
Chỉ tiêu 1\tCho vay ưu đãi 300 dự án khởi nghiệp của thanh niên.
Chỉ tiêu 2\tGiải ngân 90% vốn được giao.
b) Hỗ trợ tư vấn:\t
Chỉ tiêu 3\tTổ chức 24 buổi tư vấn khởi nghiệp.

III. TỔ CHỨC THỰC HIỆN
Sở Nội vụ chủ trì theo dõi, đôn đốc thực hiện Kế hoạch.
"""


def test_a_pdf_table_under_kind_and_content_labels():
    rows = parse_document(PDF_TEXT, doc_id="x", file_name="plan.pdf").rows
    assert [r.kind for r in rows] == ["indicator"] * 5
    assert [r.number for r in rows] == ["1", "2", "1", "2", "3"]
    assert [r.fields["content"][:12] for r in rows] == ["Năm 2027 có ", "Tỷ lệ thanh ", "Cho vay ưu đ", "Giải ngân 90", "Tổ chức 24 b"]
    # the goals and their lettered parts are the rows' groups, the part under its goal — a part's title that
    # the PDF's columns cut in two ("a) Hỗ trợ | vốn:") among them
    assert rows[0].group == ["1.1. Mục tiêu 1. Việc làm cho thanh niên"]
    assert rows[2].group == ["1.2. Mục tiêu 2. Khởi nghiệp", "a) Hỗ trợ vốn:"]
    assert rows[4].group == ["1.2. Mục tiêu 2. Khởi nghiệp", "b) Hỗ trợ tư vấn:"]


MARKDOWN = """# KẾ HOẠCH việc làm thanh niên năm 2027

## II. MỤC TIÊU

Mục tiêu  Nhóm  Chỉ tiêu    Nội dung chỉ tiêu
--------- ----- ----------- ----------------------------------------
1.1             Chỉ tiêu 1  Năm 2027 có 12.000 thanh niên được giới thiệu việc làm.
1.1             Chỉ tiêu 2  Tỷ lệ thanh niên qua đào tạo nghề đạt 65%.
1.2       a)    Chỉ tiêu 1  Cho vay ưu đãi 300 dự án khởi nghiệp của thanh niên.
1.2       a)    Chỉ tiêu 2  Giải ngân 90% vốn được giao.
1.2       b)    Chỉ tiêu 3  Tổ chức 24 buổi tư vấn khởi nghiệp.

## III. TỔ CHỨC THỰC HIỆN

Sở Nội vụ chủ trì theo dõi, đôn đốc thực hiện Kế hoạch.
"""


def test_markdown_columns_keying_the_goal_and_part_are_groups_not_targets():
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.md"
        path.write_text(MARKDOWN, encoding="utf-8")
        rows = _parse(path).rows
    assert [r.kind for r in rows] == ["indicator"] * 5
    assert [r.number for r in rows] == ["1", "2", "1", "2", "3"]
    # "1.2" keys the goal: no target of the row
    assert not any(r.fields.get("targets") for r in rows)
    assert rows[1].fields["content"] == "Tỷ lệ thanh niên qua đào tạo nghề đạt 65%."
    assert rows[0].group == ["1.1. Mục tiêu"]
    assert rows[3].group == ["1.2. Mục tiêu", "a) Nhóm"] and rows[4].group == ["1.2. Mục tiêu", "b) Nhóm"]


def test_a_kind_said_once_or_beside_bare_numbers_numbers_nothing():
    # one row "Chỉ tiêu 1" alone is a label, not a table's numbering; rows numbered 1, 2, 3 stay as they are
    one = "II. MỤC TIÊU\n\nChỉ tiêu 1\tNăm 2027 có 12.000 thanh niên được giới thiệu việc làm.\n\nIII. TỔ CHỨC THỰC HIỆN\n"
    assert parse_document(one, doc_id="x", file_name="plan.pdf").rows == []
    numbered = ("II. NHIỆM VỤ\n\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời hạn\n1\tMở sàn việc làm trực tuyến\tSở Nội vụ\t2027\n"
                "2\tNhiệm vụ 2 của năm trước chuyển sang\tĐoàn Thanh niên\t2027\n3\tKhảo sát nhu cầu lao động\tSở Nội vụ\t2028\n")
    rows = parse_document(numbered, doc_id="x", file_name="plan.pdf").rows
    assert [r.number for r in rows] == ["1", "2", "3"]
    assert rows[1].fields["content"] == "Nhiệm vụ 2 của năm trước chuyển sang"


ACTIVITIES = """# KẾ HOẠCH việc làm thanh niên năm 2027

## III. NỘI DUNG HOẠT ĐỘNG

TT | Hoạt động | Cơ quan thực hiện
--- | --- | ---
1 | Mở sàn việc làm trực tuyến cho thanh niên | Sở Nội vụ chủ trì, phối hợp với Đoàn Thanh niên và các đơn vị có liên quan
2 | Khảo sát nhu cầu lao động của doanh nghiệp | Sở Tài chính và Sở Nội vụ chủ trì, phối hợp với Ủy ban nhân dân các xã
3 | Tư vấn khởi nghiệp tại trường học | Sở Giáo dục và Đào tạo
"""


def test_a_lead_named_before_its_partners_in_one_sentence():
    # "X chủ trì, phối hợp với Y": X leads, Y are the partners (a count of X's activities finds them)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.md"
        path.write_text(ACTIVITIES, encoding="utf-8")
        rows = _parse(path).rows
    assert [r.fields.get("lead") for r in rows] == ["Sở Nội vụ", "Sở Tài chính và Sở Nội vụ", "Sở Giáo dục và Đào tạo"]
    assert rows[0].fields["coordinating"] == "Đoàn Thanh niên và các đơn vị có liên quan"
    assert rows[1].fields["coordinating"] == "Ủy ban nhân dân các xã"
    assert "coordinating" not in rows[2].fields


# ---------------------------------------------------------------- answering over such rows

import pytest  # noqa: E402

from tests.conftest import assistant_over  # noqa: E402

ANSWERED_PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 58/KH-UBND

# KẾ HOẠCH việc làm thanh niên tỉnh Bình La năm 2027

## II. MỤC TIÊU

### 1. Phấn đấu đến cuối năm 2027 đạt các chỉ tiêu sau:

Chỉ tiêu | Nội dung
--- | ---
1.1. Mục tiêu 1. Việc làm cho thanh niên |
Chỉ tiêu 1 | Có 12.000 thanh niên được giới thiệu việc làm.
Chỉ tiêu 2 | Tỷ lệ thanh niên qua đào tạo nghề đạt 65%.
1.2. Mục tiêu 2. Khởi nghiệp |
Chỉ tiêu 1 | Cho vay ưu đãi 300 dự án khởi nghiệp của thanh niên vào năm 2027.
Chỉ tiêu 2 | Giải ngân 90% vốn được giao.
Chỉ tiêu 3 | Tổ chức 24 buổi tư vấn khởi nghiệp tại các trường nghề.

## III. TỔ CHỨC THỰC HIỆN

Sở Nội vụ chủ trì theo dõi, đôn đốc thực hiện Kế hoạch; báo cáo kết quả trước ngày 15/12/2027.
"""


@pytest.fixture(scope="module")
def youth(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh58-2027-binhla.md": ANSWERED_PLAN})


def test_an_indicator_stating_its_target_in_words_answers(youth):
    # no target column: the row's own words state the figure, and the heading the year
    a = youth.answer("Tỷ lệ thanh niên qua đào tạo nghề phải đạt bao nhiêu vào năm 2027?")
    assert a.found and "65%" in a.answer, a.answer
    assert any("Tỷ lệ thanh niên qua đào tạo nghề đạt 65%" in c.text for c in a.citations)
    a = youth.answer("How many start-up counselling sessions should be held at vocational schools?")
    assert a.found and "24 buổi tư vấn khởi nghiệp" in a.answer, a.answer


def test_a_year_counts_the_rows_of_the_list_set_for_it(youth):
    # "đến cuối năm 2027": the year the whole list is set for (no column of years to filter by)
    a = youth.answer("Kế hoạch 58/KH-UBND đặt bao nhiêu chỉ tiêu đến cuối năm 2027?")
    assert a.found and "5 chỉ tiêu" in a.answer, a.answer


def test_one_cell_naming_several_roles_is_not_read_as_one_lead():
    from ingest.parsing.tables import split_roles

    # two sentences each with its own lead: not "X chủ trì, phối hợp với Y"
    assert split_roles("Sở A chủ trì, phối hợp với Sở B; Sở C chủ trì, phối hợp Sở D") is None
    assert split_roles("- UBND tỉnh chỉ đạo các sở; - Sở Y tế chủ trì, phối hợp với các xã") is None
    assert split_roles("Sở Y tế chủ trì, phối hợp với các sở, ngành") == {"lead": "Sở Y tế", "coordinating": "các sở, ngành"}


def test_a_lettered_sub_indicator_with_its_figure_stays_a_row():
    text = ("II. MỤC TIÊU\n\nChỉ tiêu\tNội dung\nChỉ tiêu 1\tTỷ lệ hộ nghèo giảm còn dưới 2%.\n"
            "a) Thành thị\tdưới 1%\nChỉ tiêu 2\tTỷ lệ thanh niên có việc làm đạt 90%.\n\nIII. TỔ CHỨC THỰC HIỆN\n")
    rows = parse_document(text, doc_id="x", file_name="plan.pdf").rows
    assert not any("Thành thị" in g for r in rows for g in r.group)
    assert [r.number for r in rows if r.number] == ["1", "2"]


def test_keys_printed_once_per_row_are_the_rows_numbers_not_groups():
    text = ("II. MỤC TIÊU\n\nSTT\tChỉ tiêu\tNội dung\tNăm 2027\n1.1\tChỉ tiêu 1\tTỷ lệ thanh niên có việc làm\t90%\n"
            "1.2\tChỉ tiêu 2\tSố dự án khởi nghiệp\t300\n1.3\tChỉ tiêu 3\tSố buổi tư vấn\t24\n\nIII. TỔ CHỨC THỰC HIỆN\n")
    rows = parse_document(text, doc_id="x", file_name="plan.pdf").rows
    assert not any(r.group for r in rows)
    assert [r.fields.get("targets", {}).get("2027") for r in rows] == ["90%", "300", "24"]


def test_a_lettered_group_under_a_roman_group_stands_below_it():
    text = ("PHỤ LỤC\n\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời hạn\nI. HẠ TẦNG\t\t\t\na) Mạng di động\t\t\t\n"
            "1\tPhủ sóng 5G các khu công nghiệp\tSở Khoa học và Công nghệ\t2027\n"
            "b) Trung tâm dữ liệu\t\t\t\n2\tNâng cấp trung tâm dữ liệu tỉnh\tSở Khoa học và Công nghệ\t2028\n")
    rows = parse_document(text, doc_id="x", file_name="plan.pdf").rows
    assert [r.group for r in rows] == [["I. HẠ TẦNG", "a) Mạng di động"], ["I. HẠ TẦNG", "b) Trung tâm dữ liệu"]]


@pytest.fixture(scope="module")
def activities(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh58-2027-binhla.md": ANSWERED_PLAN.replace("## III. TỔ CHỨC THỰC HIỆN", ACTIVITIES.split("\n", 2)[2] + "\n## IV. TỔ CHỨC THỰC HIỆN")})


def test_a_count_in_a_part_of_the_text_counts_the_table_under_its_heading(activities):
    # the activities are a table under "III. NỘI DUNG HOẠT ĐỘNG": "phần III" is that part; Sở Nội vụ leads two
    # of them (one jointly), and partners in none
    a = activities.answer("Sở Nội vụ chủ trì bao nhiêu hoạt động trong phần III?")
    assert a.found and re.search(r"\b2 (?:nhiệm vụ|hoạt động)\b", a.answer), a.answer


@pytest.mark.parametrize("question, count", [
    ("Kế hoạch 58/KH-UBND có bao nhiêu chỉ tiêu thuộc Mục tiêu 2?", r"\b3 chỉ tiêu\b"),
    ("How many indicators does plan 58 set under goal 1?", r"\b2 indicators\b"),
])
def test_a_goal_named_by_its_number_is_its_group(youth, question, count):
    # "1.2. Mục tiêu 2. Khởi nghiệp": the group is goal 2 by its own name, though numbered 1.2
    a = youth.answer(question)
    assert a.found and re.search(count, a.answer), a.answer


def test_a_row_of_a_goal_named_by_its_number(youth):
    # the numbering restarts in every goal: "chỉ tiêu 2 của mục tiêu 2" is the second of goal 2's
    a = youth.answer("Chỉ tiêu 2 của mục tiêu 2 trong Kế hoạch 58 là gì?")
    assert a.found and "Giải ngân 90% vốn được giao" in a.answer, a.answer
    assert "65%" not in a.answer


@pytest.fixture(scope="module")
def word_plan(tmp_path_factory):
    from assistant import Assistant
    from ingest.pipeline import ingest_paths
    from ingest.settings import Settings
    from ingest.store import IndexStore

    docs = tmp_path_factory.mktemp("docs")
    _word_plan(docs)
    settings = Settings(data_dir=tmp_path_factory.mktemp("idx"), corpus_dir=docs, llm_provider="none")
    store = IndexStore(settings)
    report = ingest_paths(None, settings=settings, store=store)
    assert report.documents == 1 and not report.skipped, report.summary()
    return Assistant(settings, store=store)


def test_a_goal_named_by_its_number_in_the_heading_of_its_table(word_plan):
    # a Word table per goal, under the heading "1.2. Mục tiêu 2. Khởi nghiệp": the heading's name numbers the goal
    a = word_plan.answer("Kế hoạch có bao nhiêu chỉ tiêu thuộc Mục tiêu 2?")
    assert a.found and re.search(r"\b3 chỉ tiêu\b", a.answer), a.answer
