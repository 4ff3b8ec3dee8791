"""A sentence that introduces a list ("Sản phẩm … gồm 03 loại:") and the items under it, whichever way
the format broke them into sections: items that are sentences ("a) … song phương.") are text of the
section that introduces them; items printed as titles ("a) Điện năng mua bán") are sections of their
own, and the answer quotes the introducing sentence with every item. In a format with no blank lines
(a PDF's text, plain text) the introducing heading has no text of its own: it stands with its first
item. Real ingest of small Markdown and plain-text decisions; the numbering rules on their own."""

import pytest

from ingest.parsing.sections import split_sections
from ingest.parsing.tables import LogicalLine
from ingest.text import ITEM_MARKER, is_first_item_marker, next_item_marker
from tests.conftest import assistant_over

ITEMS_AS_SENTENCES = """# QUYẾT ĐỊNH

Phê duyệt Đề án phát triển thị trường điện cạnh tranh

## III. THỊ TRƯỜNG ĐIỆN

1. Sản phẩm trên thị trường điện gồm 03 loại:

a) Điện năng mua bán theo hợp đồng song phương.

b) Chứng chỉ năng lượng tái tạo được cấp theo quy định.

c) Dịch vụ phụ trợ do đơn vị vận hành hệ thống cung cấp.

2. Chủ thể tham gia thị trường điện

Các đơn vị phát điện có công suất lắp đặt từ 30 MW trở lên tham gia thị trường.
"""

ITEMS_AS_TITLES = """# QUYẾT ĐỊNH

Phê duyệt Đề án phát triển thị trường nước sạch nông thôn

## II. NỘI DUNG

1. Nguồn vốn thực hiện Đề án gồm 03 nguồn:

a) Ngân sách trung ương hỗ trợ có mục tiêu

Bố trí trong kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030.

b) Ngân sách địa phương đối ứng

Các tỉnh cân đối từ nguồn thu tiền sử dụng đất.

c) Vốn tín dụng ưu đãi của Ngân hàng Chính sách xã hội

Cho vay hộ gia đình xây dựng công trình cấp nước.

2. Thời gian thực hiện

Đề án được thực hiện từ năm 2026 đến hết năm 2030.
"""


def _plain(markdown: str) -> str:
    """The same text as a PDF's text layer gives it: no blank lines, no Markdown marks."""
    return "\n".join(line.lstrip("# ") for line in markdown.splitlines() if line.strip()) + "\n"


@pytest.fixture(scope="module")
def held(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-9-dien.md": ITEMS_AS_SENTENCES, "qd-10-nuoc.md": ITEMS_AS_TITLES})


@pytest.fixture(scope="module")
def held_plain(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-9-dien.txt": _plain(ITEMS_AS_SENTENCES),
                                             "qd-10-nuoc.txt": _plain(ITEMS_AS_TITLES)})


# ---- numbering rules, on their own ------------------------------------------------------------------

@pytest.mark.parametrize("marker, after", [
    ("a)", "b)"), ("d)", "đ)"), ("đ)", "e)"), ("e)", "g)"), ("1.", "2."), ("9)", "10)"), ("2.3.", "2.4."),
    ("y)", None), ("x", None), ("2025", None),
])
def test_the_next_item_of_a_list(marker, after):
    assert next_item_marker(marker) == after


@pytest.mark.parametrize("marker, first", [("a)", True), ("1.", True), ("01.", True), ("2.1.", True), ("1)", True),
                                           ("b)", False), ("2.", False), ("11.", False), ("2.2.", False)])
def test_which_marker_opens_a_list(marker, first):
    assert is_first_item_marker(marker) is first


def test_item_markers_where_items_open():
    assert ITEM_MARKER.findall("gồm 02 loại: a) Hạn ngạch b) Tín chỉ; năm 2025. 3) khác") == ["a)", "b)", "3)"]


# ---- sections ------------------------------------------------------------------------------------------

def _sections(text: str):
    return split_sections([LogicalLine(line, i, i) for i, line in enumerate(text.splitlines())])


@pytest.mark.parametrize("text", [ITEMS_AS_SENTENCES, _plain(ITEMS_AS_SENTENCES)])
def test_items_that_are_sentences_are_the_text_that_introduces_them(text):
    intro = next(s for s in _sections(text) if s.path and s.path[-1].startswith("1. Sản phẩm"))
    assert intro.text.split("\n")[-1] == "c) Dịch vụ phụ trợ do đơn vị vận hành hệ thống cung cấp."
    assert not any(s.path and s.path[-1].startswith(("a)", "b)", "c)")) for s in _sections(text))


def test_a_heading_with_no_text_of_its_own_stands_with_its_first_item():
    sections = _sections(_plain(ITEMS_AS_TITLES))
    first = next(s for s in sections if s.path and s.path[-1].startswith("a) Ngân sách trung ương"))
    assert first.text.startswith("1. Nguồn vốn thực hiện Đề án gồm 03 nguồn:\na) Ngân sách trung ương")
    # the sections after it do not repeat it
    second = next(s for s in sections if s.path and s.path[-1].startswith("b) Ngân sách địa phương"))
    assert "gồm 03 nguồn" not in second.text


# ---- answers -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("which", ["held", "held_plain"])
@pytest.mark.parametrize("question", ["Sản phẩm trên thị trường điện gồm những loại nào?",
                                      "What products are traded on the electricity market?"])
def test_the_list_is_quoted_whole(request, which, question):
    answer = request.getfixturevalue(which).answer(question)
    assert answer.found
    for item in ("03 loại", "hợp đồng song phương", "Chứng chỉ năng lượng tái tạo", "Dịch vụ phụ trợ"):
        assert item in answer.answer, (item, answer.answer)


@pytest.mark.parametrize("which", ["held", "held_plain"])
@pytest.mark.parametrize("question", ["Nguồn vốn thực hiện Đề án nước sạch gồm những nguồn nào?",
                                      "Which sources of funding does the clean-water scheme draw on?"])
def test_items_printed_as_titles_are_quoted_after_the_sentence_that_introduces_them(request, which, question):
    answer = request.getfixturevalue(which).answer(question)
    assert answer.found
    text = answer.answer
    for item in ("Ngân sách trung ương hỗ trợ có mục tiêu", "Ngân sách địa phương đối ứng",
                 "Vốn tín dụng ưu đãi của Ngân hàng Chính sách xã hội"):
        assert item in text, (item, text)
    assert text.index("Ngân sách trung ương") < text.index("Ngân sách địa phương") < text.index("Vốn tín dụng")
    # a citation for each item's section
    assert len(answer.citations) >= 3


def test_a_numbered_line_that_is_a_sentence_keeps_its_text():
    # (plain text, as a PDF's text layer gives it: no blank line under the numbered line)
    text = "I. MỤC TIÊU\n1. Đến hết năm 2027, kinh tế số chiếm 18% GRDP của tỉnh.\n2. Mục tiêu cụ thể\nCác xã có điểm Wi-Fi công cộng.\n"
    said = [s.text for s in _sections(text)]
    assert any("18% GRDP" in t for t in said), said
    # a numbered title with no text of its own is still no passage
    assert not any(t.strip() == "2. Mục tiêu cụ thể" for t in said), said


def test_a_target_said_by_a_numbered_sentence_is_answered(held_plain_targets):
    answer = held_plain_targets.answer("What share of GRDP should the digital economy reach by 2027?")
    assert answer.found and "18%" in answer.answer, answer.answer


@pytest.fixture(scope="module")
def held_plain_targets(tmp_path_factory):
    plan = ("ỦY BAN NHÂN DÂN TỈNH TÂN LÂM\nSố: 45/KH-UBND\nKẾ HOẠCH\nPhát triển kinh tế số tỉnh Tân Lâm năm 2027\n"
            "I. MỤC TIÊU\n1. Đến hết năm 2027, kinh tế số chiếm 18% GRDP của tỉnh.\n"
            "2. Các nhóm doanh nghiệp được hỗ trợ chuyển đổi số gồm 03 nhóm:\n"
            "a) Doanh nghiệp nhỏ và vừa trong lĩnh vực chế biến nông sản.\nb) Hợp tác xã nông nghiệp có sản phẩm OCOP.\n"
            "II. KINH PHÍ\nKinh phí thực hiện từ ngân sách tỉnh và nguồn xã hội hóa.\n")
    return assistant_over(tmp_path_factory, {"kh-45-tanlam.txt": plan})


def test_a_counted_list_whose_items_carry_no_marker_is_quoted_whole():
    # a Word list numbers its items by itself: the text has none of "a)", "b)", "c)"
    from assistant.evidence import best_sentences, content_terms
    text = ("2. Các nhóm doanh nghiệp được hỗ trợ chuyển đổi số gồm 03 nhóm:\n"
            "Doanh nghiệp nhỏ và vừa trong lĩnh vực chế biến nông sản.\n"
            "Hợp tác xã nông nghiệp có sản phẩm OCOP.\n"
            "Hộ kinh doanh trên các sàn thương mại điện tử.\n"
            "Kinh phí thực hiện từ ngân sách tỉnh.")
    quoted = " ".join(best_sentences(text, content_terms("nhóm doanh nghiệp được hỗ trợ chuyển đổi số"), limit=1))
    for item in ("Doanh nghiệp nhỏ và vừa", "Hợp tác xã nông nghiệp", "Hộ kinh doanh"):
        assert item in quoted, quoted
    assert "Kinh phí" not in quoted  # three items counted, three quoted
