"""A document's list of recipients ("Nơi nhận"): read one item per line, run on one line, or wrapped by a PDF;
ending where the signature block begins; asked in either language, quoted whole and counted, the issuing office's
own file copy ("Lưu: VT") said apart. The list reader alone, and the real Assistant over a small plan."""

import pytest

from ingest.parsing.metadata import recipients
from tests.conftest import assistant_over


def test_one_item_per_line_ends_at_the_signature_block():
    text = ("6. Giao Sở Tư pháp theo dõi việc thực hiện./.\n\n**Nơi nhận:**\n\n- Bộ Tư pháp (b/c);\n- CT, các PCT UBND tỉnh;\n"
            "- Sở: Nội vụ, Y tế\n- UBND các xã, phường;\n- Lưu: VT, NC.\n\n**TM. ỦY BAN NHÂN DÂN**\nCHỦ TỊCH\nNguyễn Văn An")
    quote, items = recipients(text)
    assert items == ["Bộ Tư pháp (b/c)", "CT, các PCT UBND tỉnh", "Sở: Nội vụ, Y tế", "UBND các xã, phường", "Lưu: VT, NC"]
    assert quote.startswith("Nơi nhận: - Bộ Tư pháp (b/c);") and "ỦY BAN" not in quote


def test_items_run_on_one_line_and_wrapped_by_a_pdf():
    text = ("Nơi nhận: - Bộ Tư pháp (b/c); - TT Tỉnh ủy, TT HĐND tỉnh; - Các Sở,\ncơ quan thuộc UBND tỉnh; - Công an tỉnh; "
            "Bộ Chỉ huy quân sự tỉnh; -\nVP UBND tỉnh: LĐVP, TKCT; - Lưu: VT, NC.\nTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH")
    _, items = recipients(text)
    assert items == ["Bộ Tư pháp (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các Sở, cơ quan thuộc UBND tỉnh",
                     "Công an tỉnh; Bộ Chỉ huy quân sự tỉnh", "VP UBND tỉnh: LĐVP, TKCT", "Lưu: VT, NC"]
    assert recipients("Kế hoạch không có danh sách.") is None


def test_the_list_ends_at_its_file_copy_and_at_the_signature_beside_it():
    # "Lưu" with no full stop, the signature block below; a Word table's next cell on the same line
    tail = "Nơi nhận:\n- Bộ Tư pháp;\n- Lưu: VT, NC\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n\nNguyễn Văn An\n\nPHỤ LỤC I"
    assert recipients(tail)[1] == ["Bộ Tư pháp", "Lưu: VT, NC"]
    assert recipients("Nơi nhận: - Bộ Tư pháp (b/c); - Lưu: VT, VP.\tGIÁM ĐỐC\n\t**Nguyễn Văn An**")[1] == ["Bộ Tư pháp (b/c)", "Lưu: VT, VP"]
    # the list that closes the document, not "Nơi nhận báo cáo: …" in a sentence before it; "+" items are parts of one
    text = "Định kỳ gửi báo cáo. Nơi nhận báo cáo: Sở Tư pháp.\n\nNơi nhận:\n- Bộ Tư pháp;\n- Các Sở:\n+ Tài chính;\n+ Nội vụ;\n- Lưu: VT."
    assert recipients(text)[1] == ["Bộ Tư pháp", "Các Sở: + Tài chính; + Nội vụ", "Lưu: VT"]


def test_a_list_read_short_is_quoted_not_counted():
    from assistant.compose import _recipients_counted
    # a PDF that runs the signature block into the list: read to its second line only, no "Lưu" at its end
    _, items = recipients("Nơi nhận: KT. THỦ TƯỚNG\n- Ban Bí thư Trung ương Đảng;\nPHÓ THỦ TƯỚNG\n- Văn phòng Quốc hội;\n- Lưu: VT.")
    assert not any(ch.isdigit() for ch in _recipients_counted(tuple(items), "the decision", "en"))
    assert "has 3 entries, 2 besides" in _recipients_counted(("Bộ Tư pháp", "Sở Nội vụ", "Lưu: VT"), "KH 91", "en")


def test_a_place_that_receives_files_is_no_recipients_list():
    from assistant.understanding import parse_question
    assert parse_question("Nơi nhận hồ sơ đề nghị hỗ trợ là cơ quan nào?").meta is None
    assert parse_question("Which addressees must report by June?").meta is None
    assert parse_question("Kế hoạch được gửi tới bao nhiêu nơi nhận?").meta == "recipients"


PLAN = """ỦY BAN NHÂN DÂN TỈNH HÀ KHUÊ

Số: 91/KH-UBND

KẾ HOẠCH

Bồi dưỡng công chức làm công tác pháp chế năm 2027

## I. MỤC TIÊU

100% công chức làm công tác pháp chế được bồi dưỡng kỹ năng soạn thảo văn bản.

## II. TỔ CHỨC THỰC HIỆN

Sở Tư pháp chủ trì, theo dõi việc thực hiện Kế hoạch này./.

Nơi nhận:

- Bộ Tư pháp (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Các sở, ban, ngành;
- UBND các xã, phường;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Bình
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh91-ha-khue.md": PLAN})


def test_recipients_counted_without_the_file_copy(assistant):
    answer = assistant.answer("Kế hoạch 91/KH-UBND được gửi tới bao nhiêu nơi nhận, không tính lưu văn thư?")
    assert answer.found
    assert "có 5 mục, trong đó 1 là bản lưu của cơ quan ban hành (“Lưu”), còn 4 nơi nhận khác" in answer.answer
    assert "Bộ Tư pháp (b/c)" in answer.answer and answer.citations


def test_a_recipient_asked_in_english_is_quoted_from_the_list(assistant):
    answer = assistant.answer("Which ministry is on the recipients list of plan 91?")
    assert answer.found and "Bộ Tư pháp (b/c)" in answer.answer
    assert "has 5 entries, 4 besides the issuing office's own file copy" in answer.answer


@pytest.mark.parametrize("question", ["How many recipients is plan 91 addressed to, leaving out the archive copy?",
                                      "Who is plan 91 addressed to?", "List the recipients of plan 91.",
                                      "To whom is plan 91 addressed?"])
def test_the_recipients_asked_in_other_english_forms(assistant, question):
    answer = assistant.answer(question)
    assert answer.found and "has 5 entries, 4 besides the issuing office's own file copy" in answer.answer


@pytest.mark.parametrize("question", ["How many recipients of the support are listed in plan 91?",
                                      "How many households are recipients of aid under plan 91?",
                                      "How many recipients will receive the subsidy under plan 91?",
                                      "Which recipients are eligible for support under plan 91?",
                                      "How many recipients of the plan's subsidies are there?",
                                      "Which tasks are addressed to the Department of Finance in plan 91?",
                                      "What problems has plan 91 addressed to date?"])
def test_recipients_of_a_support_are_no_recipients_list(question):
    from assistant.understanding import parse_question

    assert parse_question(question).meta != "recipients"
