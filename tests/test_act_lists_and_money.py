"""Lists of legal acts grouped by kind, money bounds, quarter ticks and a document's own lines — the
questions a real resolution or a working group's plan raises, asked in words no plan here was written
around. Real ingest of a small Markdown resolution and a small plan; the understanding and parsing
rules each on their own."""

import pytest

from assistant.understanding import amount_bound, parse_question, resolve_documents
from ingest.loaders import load_file
from ingest.parsing import parse_document
from ingest.records import DocumentInfo
from tests.conftest import assistant_over

RESOLUTION = """CHÍNH PHỦ
Số: 71/2027/NQ-CP

# NGHỊ QUYẾT

**Về việc rà soát văn bản quy phạm pháp luật liên quan đến dữ liệu số**

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

Theo đề nghị của Bộ trưởng Bộ Tư pháp;

## Điều 1. Danh mục văn bản

Ban hành kèm theo Nghị quyết này danh mục văn bản được đề xuất sửa đổi tại Phụ lục.

## Điều 2. Hiệu lực thi hành

Nghị quyết này có hiệu lực thi hành từ ngày 15 tháng 3 năm 2027 đến hết ngày 31 tháng 12 năm 2028.

## Phụ lục

**DANH MỤC VĂN BẢN ĐƯỢC ĐỀ XUẤT SỬA ĐỔI**

| STT | Tên văn bản | Cơ quan chủ trì soạn thảo | Điều, khoản cần sửa đổi |
|---|---|---|---|
| **I** | **DANH SÁCH LUẬT** | | |
| 1 | Luật Giao dịch điện tử số 20/2023/QH15 | Bộ Khoa học và Công nghệ | Khoản 2 Điều 11 |
| 2 | Luật Lưu trữ số 33/2024/QH15 | Bộ Nội vụ | Điều 40 |
| 3 | Luật Dữ liệu số 60/2024/QH15 | Bộ Công an | Điều 12, Điều 15 |
| **II** | **DANH SÁCH NGHỊ ĐỊNH** | | |
| 1 | Nghị định số 45/2020/NĐ-CP về thực hiện thủ tục hành chính trên môi trường điện tử | Văn phòng Chính phủ | Điều 9 |
| 2 | Nghị định số 30/2020/NĐ-CP về công tác văn thư | Bộ Nội vụ | Điều 20 |
| 3 | Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân | Bộ Công an | Điều 4 (có hiệu lực thi hành ngày 01/7/2027) |
| 4 | Nghị định số 47/2020/NĐ-CP về quản lý, kết nối và chia sẻ dữ liệu số | Bộ Công an | Điều 7 |
| **III** | **DANH SÁCH THÔNG TƯ** | | |
| 1 | Thông tư số 01/2021/TT-BNV về văn bản điện tử | Bộ Nội vụ | Điều 3 |
| 2 | Thông tư số 22/2022/TT-BTC về chứng từ điện tử | Bộ Tài chính | Điều 5 |
| 3 | Thông tư số 23/2022/TT-BTC về hóa đơn điện tử | Bộ Tài chính | Điều 6 |
| 4 | Thông tư số 24/2022/TT-BTC về thanh toán điện tử | Bộ Tài chính | Điều 2 |
"""

PLAN = """ỦY BAN NHÂN DÂN TỈNH TRÀ GIANG
TỔ CÔNG TÁC TRIỂN KHAI
ĐỀ ÁN 06
Số: 12/KH-TCT

# KẾ HOẠCH

**Triển khai Đề án 06 trên địa bàn tỉnh Trà Giang năm 2028**

Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ, Tổ công tác triển khai Đề án 06 tỉnh Trà Giang ban hành Kế hoạch triển khai năm 2028 như sau:

## I. NHIỆM VỤ

Các nhiệm vụ tại Phụ lục I; các hạng mục có kinh phí tại Phụ lục II.

## Phụ lục I

**BIỂU LỘ TRÌNH THỰC HIỆN NĂM 2028**

| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Quý I | Quý II | Quý III | Quý IV |
|---|---|---|---|---|---|---|
| 1 | Số hóa sổ hộ tịch gốc của các xã | Sở Tư pháp | | x | x | |
| 2 | Triển khai thanh toán viện phí không dùng tiền mặt | Sở Y tế | | | x | |
| 3 | Cấp chữ ký số cho người dân | Công an tỉnh | x | x | x | x |

## Phụ lục II

**DANH MỤC HẠNG MỤC CÓ KINH PHÍ**

| STT | Tên hạng mục | Cơ quan chủ trì | Kinh phí (triệu đồng) | Lộ trình |
|---|---|---|---|---|
| 1 | Máy quét tài liệu cho các xã | Sở Tư pháp | 6.400 | Quý II/2028 |
| 2 | Phần mềm thanh toán viện phí | Sở Y tế | 1.250 | Quý III/2028 |
| 3 | Hệ thống cấp chữ ký số | Công an tỉnh | 7.500 | Quý I/2028 |
"""


@pytest.fixture(scope="module")
def held(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"nq-71-2027-cp.md": RESOLUTION, "kh-12-tragiang.md": PLAN})


# ---- understanding, on its own ---------------------------------------------------------------------

@pytest.mark.parametrize("question, number", [
    ("What is entry 2 of the decree list in the appendix?", "2"),
    ("Mục 3 trong danh sách luật của Phụ lục là luật nào?", "3"),
    ("Dòng 4 thuộc nhóm thông tư trong phụ lục là văn bản nào?", "4"),
])
def test_rows_named_by_entry_muc_dong(question, number):
    assert parse_question(question).numbers == [number]


@pytest.mark.parametrize("question", [
    "Mục 2.2 của Kế hoạch 3260 giao nhiệm vụ cho bao nhiêu cơ quan?",  # a section of a plan, no list named
    "Chương trình hành động 06 có mấy chỉ tiêu?",  # "động", not "dòng"
])
def test_no_row_number_without_a_list(question):
    assert parse_question(question).numbers == []


@pytest.mark.parametrize("question, bound", [
    ("Which funded items cost more than 5 billion dong?", (">", 5.0, 1e9)),
    ("Những hạng mục nào có kinh phí dưới 2.000 triệu đồng?", ("<", 2000.0, 1e6)),
    ("Có bao nhiêu hạng mục từ 1,5 tỷ đồng trở lên?", (">=", 1.5, 1e9)),
    ("Which tasks have more than 3 partners?", None),  # no money
])
def test_money_bounds(question, bound):
    q = parse_question(question)
    assert amount_bound(q.folded, q.language) == bound


@pytest.mark.parametrize("question, fact", [
    ("Nghị quyết được ban hành theo đề nghị của ai?", "proposer"),
    ("From when is the resolution in force?", "effective"),
    ("Nghị quyết có hiệu lực thi hành đến ngày nào?", "effective"),
    ("Mục 3 của danh sách nghị định trong phụ lục có hiệu lực từ ngày nào?", None),  # a row's date, not the document's
    # a body asked of a thing in force, not when the document takes effect
    ("Đơn vị nào phối hợp khi UBND xã tạo lập hồ sơ quy hoạch sử dụng đất đang có hiệu lực?", None),
    ("Which agency leads the review of planning documents still in force?", None),
    # the document's own date of effect, with a body named or asked beside it
    ("Kế hoạch của Bộ Công Thương có hiệu lực khi nào?", "effective"),
    ("Văn bản này có hiệu lực từ ngày nào, cơ quan nào chủ trì thực hiện?", "effective"),
])
def test_facts_about_the_document(question, fact):
    assert parse_question(question).meta == fact


def _doc(doc_id, title, number):
    return DocumentInfo(doc_id=doc_id, file=f"{doc_id}.md", title=title, number=number)


def test_a_kind_named_alone_is_the_one_document_of_that_kind():
    docs = [_doc("kh-1", "Kế hoạch chuyển đổi số năm 2027", "1/KH-UBND"),
            _doc("nq-7", "Nghị quyết về rà soát văn bản", "7/2027/NQ-CP")]
    assert resolve_documents(parse_question("Nghị quyết được ban hành theo đề nghị của ai?"), docs) == (["nq-7"], True)
    assert resolve_documents(parse_question("When does this resolution take effect?"), docs) == (["nq-7"], True)
    two = docs + [_doc("nq-8", "Nghị quyết về dữ liệu", "8/2027/NQ-CP")]
    assert resolve_documents(parse_question("Nghị quyết được ban hành theo đề nghị của ai?"), two)[1] is False


# ---- parsing, on its own ---------------------------------------------------------------------------

def _parsed(tmp_path, text):
    path = tmp_path / "kh-12.md"
    path.write_text(text, encoding="utf-8")
    loaded = load_file(path)
    return parse_document(loaded.text, doc_id="kh-12", file_name=path.name)


def test_quarter_ticks_without_a_year_take_the_captions_year(tmp_path):
    doc = _parsed(tmp_path, PLAN)
    deadlines = {r.number: r.fields.get("deadline") for r in doc.rows if r.appendix == "Phụ lục I"}
    assert deadlines == {"1": "Quý II, Quý III/2028", "2": "Quý III/2028", "3": "Quý I, Quý II, Quý III, Quý IV/2028"}


def test_a_kind_and_number_in_the_letterhead_ends_the_issuers_name(tmp_path):
    info = _parsed(tmp_path, PLAN).info
    assert info.issuer == "Tổ công tác triển khai Đề án 06"
    assert info.title == "Kế hoạch Triển khai Đề án 06 trên địa bàn tỉnh Trà Giang năm 2028"


# ---- answers --------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, count", [
    ("How many laws does the resolution's appendix list?", "3 "),
    ("Có bao nhiêu thông tư trong phụ lục của Nghị quyết 71?", "4 "),
])
def test_a_kind_of_act_counts_its_group(held, question, count):
    a = held.answer(question)
    assert a.found and count in a.answer, a.answer


@pytest.mark.parametrize("question, first, second, diff", [
    ("In the resolution's appendix, does the Ministry of Finance or the Ministry of Home Affairs lead more documents, and how many each?",
     "Bộ Tài chính: 3", "Bộ Nội vụ: 3", "the same number"),
    ("Trong phụ lục của Nghị quyết 71, nhóm nghị định hay nhóm luật dài hơn, và hơn bao nhiêu?",
     ": 4", ": 3", "nhiều hơn 1"),
])
def test_two_sides_counted(held, question, first, second, diff):
    a = held.answer(question)
    assert a.found, a.answer
    head = a.answer.splitlines()[0]
    assert first in head and second in head and diff in head, a.answer


def test_an_entry_of_a_kinds_group(held):
    a = held.answer("What is entry 3 of the list of laws in the resolution's appendix, and who drafts it?")
    assert a.found and "Luật Dữ liệu số" in a.answer and "Bộ Công an" in a.answer, a.answer
    assert "Nghị định số 13/2023" not in a.answer, a.answer  # entry 3 of the decrees


def test_an_entry_beyond_its_group_is_not_answered(held):
    a = held.answer("What is item 4 in the list of laws in the resolution's appendix?")
    assert not a.found, a.answer  # the laws number 1-3; item 4 is a decree's or a circular's


def test_a_date_in_the_rows_text_answers_when(held):
    a = held.answer("Mục 3 trong danh sách nghị định của phụ lục Nghị quyết 71 có hiệu lực thi hành từ ngày nào?")
    assert a.found and "01/7/2027" in a.answer, a.answer


def test_no_coordinating_column_no_coordinating_body(held):
    a = held.answer("Cơ quan nào phối hợp với Bộ Nội vụ sửa Luật Lưu trữ số 33/2024/QH15?")
    assert not a.found, a.answer


@pytest.mark.parametrize("question, wanted", [
    ("Nghị quyết được ban hành theo đề nghị của ai?", "Bộ trưởng Bộ Tư pháp"),
    ("From when until when is the resolution in force?", "15 tháng 3 năm 2027"),
])
def test_the_documents_own_lines(held, question, wanted):
    a = held.answer(question)
    assert a.found and wanted in a.answer, a.answer


def test_money_bound_lists_the_items_over_it(held):
    a = held.answer("Which items of Trà Giang's plan cost more than 5 billion dong?")
    assert a.found, a.answer
    assert "6.400" in a.answer and "7.500" in a.answer and "1.250" not in a.answer, a.answer


def test_quarter_ticks_answer_which_tasks_run_in_a_quarter(held):
    a = held.answer("Which tasks of Trà Giang's 2028 plan are scheduled in the second quarter of 2028?")
    assert a.found, a.answer
    assert "Số hóa sổ hộ tịch" in a.answer and "Cấp chữ ký số" in a.answer, a.answer
    assert "viện phí không dùng tiền mặt" not in a.answer, a.answer


@pytest.mark.parametrize("text, body", [
    ("Which indicators does the trade ministry's plan set?", "Bộ Công Thương"),
    ("What does the health department lead?", "Sở Y tế"),
    ("the security ministry's tasks", "Bộ Công an"),
])
def test_a_body_named_by_one_word_of_its_field(text, body):
    from assistant.glossary import find_agencies

    assert find_agencies(text) == [body]


def test_no_body_named_by_a_word_two_bodies_share_or_an_adjective():
    from assistant.glossary import find_agencies

    assert find_agencies("the public ministry and the environment ministry") == []


MINISTRY_PLAN = """BỘ XÂY DỰNG
Số: 45/KH-BXD

# KẾ HOẠCH

**Chuyển đổi số ngành Xây dựng năm 2028**

## Phụ lục

**DANH MỤC NHIỆM VỤ**

| STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |
|---|---|---|---|
| 1 | Triển khai hệ thống quản lý thanh tra điện tử | Thanh tra Bộ | Quý II/2028 |
| 2 | Số hóa hồ sơ cấp phép xây dựng | Cục Quản lý hoạt động xây dựng | Quý III/2028 |
| 3 | Kiểm tra an toàn thông tin tại các đơn vị thuộc Bộ | Thanh tra Bộ | Quý IV/2028 |

## Phụ lục chỉ tiêu

**CHỈ TIÊU NĂM 2028**

| STT | Chỉ tiêu | Đơn vị chủ trì | Năm 2028 |
|---|---|---|---|
| 1 | Tỷ lệ hồ sơ cấp phép xây dựng được giải quyết trực tuyến | Cục Quản lý hoạt động xây dựng | 90% |
| 2 | Tỷ lệ công trình được cập nhật vào cơ sở dữ liệu quốc gia về hoạt động xây dựng | Cục Kinh tế xây dựng | 70% |
"""


@pytest.fixture(scope="module")
def ministry(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-45-bxd.md": MINISTRY_PLAN})


def test_a_body_named_in_english_is_the_one_of_its_kind_the_plan_prints(ministry):
    a = ministry.answer("Which tasks does the ministry's inspectorate lead in the construction ministry's 2028 plan?")
    assert a.found, a.answer
    assert "thanh tra điện tử" in a.answer and "an toàn thông tin" in a.answer and "cấp phép" not in a.answer, a.answer


def test_a_year_without_a_column_declines_and_shows_the_rest(ministry):
    a = ministry.answer("Who leads indicator 1 of the construction ministry's 2028 plan, and what is its 2030 target?")
    assert not a.found, a.answer  # no 2030 column: the question is not answered …
    assert "2030" in a.answer and "Cục Quản lý hoạt động xây dựng" in a.answer, a.answer  # … the lead is still shown
    assert "2030 target" not in a.answer and "2028 target: 90%" in a.answer, a.answer  # another year's, labelled as such
