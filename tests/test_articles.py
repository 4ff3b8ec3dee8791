"""The articles of an act ("Điều 1.", "**Điều 2.** …") are parts of their own in every format: a PDF's text
layer prints them as lines of a paragraph that runs on with no blank line, Markdown as bold paragraphs. A
reference a PDF wrapped onto a line of its own ("… tại" / "Điều 19 của Nghị định …") is no article.
Sections on their own, then the real Assistant over a small decision ingested in both shapes."""

import pytest

from ingest.parsing.sections import split_sections
from ingest.parsing.tables import LogicalLine
from tests.conftest import assistant_over

DECISION_MD = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG

Số: 812/QĐ-BNNMT

QUYẾT ĐỊNH

Về việc thí điểm cấp chứng chỉ tín chỉ các-bon rừng năm 2027

BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG

Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;

QUYẾT ĐỊNH:

**Điều 1.** Thí điểm cấp chứng chỉ tín chỉ các-bon rừng cho các chủ rừng tại ba tỉnh theo Phụ lục ban hành kèm theo Quyết định này.

**Điều 2.** Các chủ rừng được thí điểm có trách nhiệm báo cáo lượng hấp thụ các-bon trước ngày 31 tháng 3 hằng năm theo quy định tại Điều 19 của Nghị định số 06/2022/NĐ-CP.

**Điều 3.** Trách nhiệm thi hành

1. Cục Lâm nghiệp và Kiểm lâm hướng dẫn các chủ rừng lập hồ sơ đề nghị cấp chứng chỉ.

2. Ủy ban nhân dân các tỉnh thí điểm kiểm tra việc quản lý, bảo vệ rừng của các chủ rừng.

**Điều 4.** Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2027.
"""

#: The same decision as a PDF's text layer gives it: lines cut at the page's width, no blank lines.
DECISION_PDF = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 812/QĐ-BNNMT
QUYẾT ĐỊNH
Về việc thí điểm cấp chứng chỉ tín chỉ các-bon rừng năm 2027
BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;
QUYẾT ĐỊNH:
Điều 1. Thí điểm cấp chứng chỉ tín chỉ các-bon rừng cho các chủ rừng tại ba tỉnh theo Phụ lục
ban hành kèm theo Quyết định này.
Điều 2. Các chủ rừng được thí điểm có trách nhiệm báo cáo lượng hấp thụ các-bon trước ngày 31
tháng 3 hằng năm theo quy định tại
Điều 19 của Nghị định số 06/2022/NĐ-CP.
Điều 3. Trách nhiệm thi hành
1. Cục Lâm nghiệp và Kiểm lâm hướng dẫn các chủ rừng lập hồ sơ đề nghị cấp chứng chỉ.
2. Ủy ban nhân dân các tỉnh thí điểm kiểm tra việc quản lý, bảo vệ rừng của các chủ rừng.
Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2027.
"""


def _sections(text: str):
    lines = [LogicalLine(t, n, n) for n, t in enumerate(text.split("\n"), start=1)]
    return split_sections(lines)


@pytest.mark.parametrize("text", [DECISION_MD, DECISION_PDF])
def test_each_article_is_a_part_of_its_own(text):
    tops = []
    for s in _sections(text):
        if s.path and s.path[0] not in tops:
            tops.append(s.path[0])
    assert [t.split(".")[0] for t in tops] == ["Điều 1", "Điều 2", "Điều 3", "Điều 4"], tops
    # the name in the path is the article's first sentence as every format prints it, not a PDF's line
    assert tops == _article_names(DECISION_MD)
    assert tops[3] == "Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2027."


def _article_names(text):
    return list(dict.fromkeys(s.path[0] for s in _sections(text) if s.path))


@pytest.mark.parametrize("text", [DECISION_MD, DECISION_PDF])
def test_a_wrapped_reference_is_no_article_and_clauses_stand_under_theirs(text):
    sections = _sections(text)
    second = next(s for s in sections if s.path and s.path[0].startswith("Điều 2."))
    assert "Điều 19 của Nghị định số 06/2022/NĐ-CP." in second.text
    assert not any(s.path and s.path[0].startswith("Điều 19") for s in sections)
    clause = next(s for s in sections if "Ủy ban nhân dân các tỉnh thí điểm" in s.text)
    assert clause.path[0] == "Điều 3. Trách nhiệm thi hành" and clause.path[-1].startswith("2. Ủy ban nhân dân"), clause.path


def test_a_long_article_keeps_its_whole_text_and_a_short_name():
    long = "Điều 5. " + "Các cơ sở có trách nhiệm nộp trả hạn ngạch theo quy định, " * 8 + "đúng thời hạn."
    section = _sections(f"QUYẾT ĐỊNH:\n{long}\n")[-1]
    assert section.text == long
    assert section.path[0].startswith("Điều 5. Các cơ sở") and section.path[0].endswith("…") and len(section.path[0]) < 120


# ---- answers -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def decisions(tmp_path_factory):
    return {
        "md": assistant_over(tmp_path_factory, {"qd-812-bnnmt.md": DECISION_MD}),
        "pdf": assistant_over(tmp_path_factory, {"qd-812-bnnmt.txt": DECISION_PDF}),
    }


@pytest.mark.parametrize("shape", ["md", "pdf"])
@pytest.mark.parametrize("question", ["Điều 3 của Quyết định 812 quy định trách nhiệm thi hành thế nào?",
                                      "What does Article 3 of decision 812 say about implementation?"])
def test_an_article_asked_by_its_number_is_quoted(decisions, shape, question):
    answer = decisions[shape].answer(question)
    assert answer.found, answer.answer
    assert "Cục Lâm nghiệp và Kiểm lâm hướng dẫn" in answer.answer, answer.answer
    assert any(c.locator and "Điều 3" in c.locator for c in answer.citations), [c.locator for c in answer.citations]


def test_an_article_after_a_line_closing_a_bracket():
    text = ("Điều 1. Ủy quyền cho Giám đốc Sở Công Thương thực hiện các nhiệm vụ sau:\n(Chi tiết theo Phụ lục đính kèm)\n"
            "Điều 2. Thời hạn ủy quyền: đến hết ngày 28 tháng 02 năm 2027.\n")
    assert [s.path[0].split(".")[0] for s in _sections(text)] == ["Điều 1", "Điều 2"]


def test_an_article_as_a_markdown_heading_holds_its_clauses():
    text = "## Điều 3. Trách nhiệm thi hành\n\n1. Cục Lâm nghiệp hướng dẫn các chủ rừng.\n\n2. Ủy ban nhân dân các tỉnh kiểm tra.\n"
    clause = next(s for s in _sections(text) if "Ủy ban nhân dân các tỉnh" in s.text)
    assert clause.path[0] == "Điều 3. Trách nhiệm thi hành", clause.path


def test_an_article_that_introduces_a_plan_keeps_its_line():
    text = "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch chuyển đổi số với các nội dung sau:\nI. MỤC TIÊU\nSố hóa 100% hồ sơ.\n"
    assert any(s.text.startswith("Điều 1. Phê duyệt Kế hoạch") for s in _sections(text)), [s.text for s in _sections(text)]


def test_a_wrapped_reference_after_a_page_number_is_no_article():
    text = "QUYẾT ĐỊNH:\nĐiều 2. Các chủ rừng báo cáo theo quy định tại\n12\nĐiều 19. Nghị định số 06/2022/NĐ-CP.\n"
    assert [s.path[0].split(".")[0] for s in _sections(text) if s.path] == ["Điều 2"]


OTHER_DECISION = """BỘ CÔNG THƯƠNG

Số: 905/QĐ-BCT

QUYẾT ĐỊNH

Về việc ban hành quy chế quản lý sàn giao dịch điện năm 2027

QUYẾT ĐỊNH:

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế quản lý sàn giao dịch điện.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.

**Điều 3.** Cục Điều tiết điện lực chịu trách nhiệm hướng dẫn các đơn vị phát điện thực hiện Quy chế.
"""


@pytest.fixture(scope="module")
def two_decisions(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-812-bnnmt.md": DECISION_MD, "qd-905-bct.md": OTHER_DECISION})


def test_a_later_word_of_law_does_not_make_the_article_anothers(two_decisions):
    answer = two_decisions.answer("Điều 3 của Quyết định 812 quy định trách nhiệm thi hành pháp luật thế nào?")
    assert answer.found and "Cục Lâm nghiệp và Kiểm lâm hướng dẫn" in answer.answer, answer.answer


def test_an_article_named_in_no_plan_is_no_forced_answer(two_decisions):
    # both decisions have an Điều 3, the question names neither and asks about tariffs neither speaks of
    answer = two_decisions.answer("Điều 3 quy định về thuế quan nhập khẩu ra sao?")
    assert not (answer.found and "Cục Lâm nghiệp và Kiểm lâm" in answer.answer), answer.answer


def test_an_article_after_a_page_number_opens_when_the_page_ended_a_sentence():
    text = ("QUYẾT ĐỊNH:\nĐiều 2. Thời hạn ủy quyền đến hết ngày 28 tháng 02 năm 2027.\n2\n"
            "Điều 3. Tổ chức thực hiện\n1. Sở Công Thương báo cáo hằng năm.\n")
    assert [s.path[0].split(".")[0] for s in _sections(text) if s.path] == ["Điều 2", "Điều 3"]
