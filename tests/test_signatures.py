"""A decision and the programme it approves, each with its own signature block: who signed either is
answered from its block. Real ingest of a small Markdown document written for this test."""

import pytest

from tests.conftest import assistant_over

DOC = """**CÔNG TY CẢNG BẮC HÀ**
Số: 12/QĐ-HĐTV

Bắc Hà, ngày 05 tháng 01 năm 2027

# QUYẾT ĐỊNH

**Phê duyệt Chương trình chuyển đổi số Công ty Cảng Bắc Hà năm 2027**

Điều 1. Phê duyệt Chương trình chuyển đổi số năm 2027 kèm theo Quyết định này.

Điều 2. Quyết định có hiệu lực kể từ ngày ký.

TM. HỘI ĐỒNG THÀNH VIÊN
CHỦ TỊCH
(Đã ký)
Lâm Quốc Vượng

# CHƯƠNG TRÌNH

**Chuyển đổi số Công ty Cảng Bắc Hà năm 2027**

I. MỤC TIÊU

Đến hết năm 2027, 100% hồ sơ công việc của Công ty được xử lý trên môi trường mạng.

II. TỔ CHỨC THỰC HIỆN

Phòng Công nghệ là đầu mối theo dõi, tổng hợp kết quả thực hiện Chương trình.

TỔNG GIÁM ĐỐC
(Đã ký)
Tạ Minh Khuê
"""


@pytest.fixture(scope="module")
def port(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"cang-bac-ha-2027.md": DOC})


def test_each_signature_block_of_a_document_is_quoted(port):
    a = port.answer("Ai ký Chương trình chuyển đổi số của Công ty Cảng Bắc Hà với tư cách Tổng giám đốc?")
    assert a.found and "Tạ Minh Khuê" in a.answer, a.answer
    assert "Lâm Quốc Vượng" in a.answer, a.answer  # the decision's signer too: both blocks are the document's


# A PDF of a Word file with the recipients and the signature in two columns reads them interleaved, the
# name run onto the last recipient's line.
BESIDE = """ỦY BAN NHÂN DÂN TỈNH LAM SƠN
Số: 45/KH-UBND

KẾ HOẠCH
Triển khai thực hiện Chỉ thị số 11-CT/TU về quản lý khoáng sản

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu lực quản lý nhà nước về khoáng sản trên địa bàn tỉnh.

II. TỔ CHỨC THỰC HIỆN
Sở Nông nghiệp và Môi trường chủ trì theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
Nơi nhận: TM. ỦY BAN NHÂN DÂN
- Bộ Nông nghiệp và Môi trường (để báo cáo); KT. CHỦ TỊCH
- Thường trực Tỉnh ủy (để báo cáo);
PHÓ CHỦ TỊCH
- Thường trực HĐND tỉnh (để báo cáo);
- Các Sở, ban, ngành;
- UBND các xã, phường;
- Lưu: VT, KT. Nguyễn Thành Sinh
"""


def test_a_signature_block_interleaved_with_the_recipients_is_read_and_quoted(tmp_path_factory):
    a = assistant_over(tmp_path_factory, {"kh-45-lamson-2026.txt": BESIDE})
    doc = next(iter(a.store.documents()))
    assert doc.signer == "Nguyễn Thành Sinh", doc.signer
    got = a.answer("Ai ký Kế hoạch 45/KH-UBND và ký với chức danh gì?")
    assert got.found and "Nguyễn Thành Sinh" in got.answer and "PHÓ CHỦ TỊCH" in got.answer, got.answer
    # the recipients beside the block are not quoted as its title
    assert "Thường trực HĐND" not in got.answer, got.answer


def test_a_signature_run_onto_the_recipients_paragraph_is_read():
    """The recipients written as one paragraph beside the block ("Nơi nhận: - Như Điều 3; - …"): a PDF
    runs the office onto one line and the name onto another."""
    from ingest.parsing import parse_document

    text = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 2200/QĐ-BNNMT\nQUYẾT ĐỊNH\nBan hành Kế hoạch triển khai Nghị định số 180/2026/NĐ-CP\n"
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai.\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
            "Nơi nhận: - Như Điều 3; - Bộ trưởng\nTrịnh Việt Hùng (để báo cáo); - Các\n"
            "đ/c Thứ trưởng; - Văn phòng Đảng KT. BỘ TRƯỞNG THỨ TRƯỞNG\nủy Bộ; - Lưu: VT, LNKL. Nguyễn Quốc Trị\n"
            "KẾ HOẠCH\nTriển khai thực hiện Nghị định số 180/2026/NĐ-CP\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
            "Tổ chức triển khai thực hiện đầy đủ các quy định của Nghị định.\n")
    doc = parse_document(text, doc_id="qd-2200", file_name="qd-2200.pdf")
    assert doc.info.signer == "Nguyễn Quốc Trị", doc.info.signer


def test_a_place_in_the_recipients_list_is_no_signer():
    """"- UBND các tỉnh: Lào Cai, Yên Bái": two capitalised words after a recipient are a place, not a name
    run on from the block beside (a name is read after a full stop or semicolon, and has three words)."""
    from ingest.parsing import parse_document

    text = ("ỦY BAN NHÂN DÂN TỈNH LAM SƠN\nSố: 45/KH-UBND\nKẾ HOẠCH\nTriển khai Chỉ thị số 11-CT/TU\n"
            "I. MỤC ĐÍCH\nNâng cao hiệu lực quản lý.\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n"
            "- Bộ Nông nghiệp và Môi trường (để báo cáo); KT. CHỦ TỊCH\n- UBND các tỉnh: Lào Cai, Yên Bái\n"
            "PHÓ CHỦ TỊCH\n- Lưu: VT.\nNguyễn Văn An\n")
    assert parse_document(text, doc_id="kh-45", file_name="kh-45.pdf").info.signer == "Nguyễn Văn An"


# The block straight after the text's last clause (no recipients between), and a Word table's cells joined on one
# line ("… – Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn …"): the quote opens with the block's first title.
AFTER_CLAUSE = """ỦY BAN NHÂN DÂN TỈNH LAM SƠN
Số: 46/KH-UBND

KẾ HOẠCH
Cải cách hành chính năm 2027

I. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị đề xuất bố trí kinh phí thực hiện trong dự toán ngân sách hằng năm được giao./.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Hà Minh Quân
"""

ONE_LINE = """ỦY BAN NHÂN DÂN TỈNH LAM SƠN
Số: 47/KH-UBND

KẾ HOẠCH
Cải cách hành chính năm 2028

I. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị đề xuất bố trí kinh phí thực hiện trong dự toán ngân sách hằng năm được giao./.
Nơi nhận: - Bộ Nội vụ; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đỗ Thanh Lâm
"""


@pytest.mark.parametrize("name, text, signer", [("kh-46-lamson-2027.md", AFTER_CLAUSE, "Hà Minh Quân"),
                                                ("kh-47-lamson-2028.txt", ONE_LINE, "Đỗ Thanh Lâm")])
def test_the_quote_opens_with_the_blocks_first_title(tmp_path_factory, name, text, signer):
    a = assistant_over(tmp_path_factory, {name: text})
    got = a.answer("Who signed the plan, and in what capacity?")
    assert got.found and f"“KT. CHỦ TỊCH PHÓ CHỦ TỊCH {signer}”" in got.answer, got.answer
    assert "dự toán" not in got.answer and "Bộ Nội vụ" not in got.answer, got.answer


def test_a_title_of_initials_in_the_block_is_kept(tmp_path_factory):
    text = AFTER_CLAUSE.replace("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "TM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH").replace("46/KH-UBND", "48/KH-HĐND")
    a = assistant_over(tmp_path_factory, {"kh-48-lamson.md": text})
    got = a.answer("Who signed the plan, and in what capacity?")
    assert "“TM. THƯỜNG TRỰC HĐND CHỦ TỊCH Hà Minh Quân”" in got.answer, got.answer
