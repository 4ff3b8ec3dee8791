"""A hospital's plan (written for these tests): indicators numbered twice (a running STT and a code),
the lead unit before the name, lettered groups; tasks with a start and an end column; a share of
the money set aside in a sentence. Real ingest of the Markdown, real assistant."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

PLAN = """SỞ Y TẾ TỈNH NAM HÀ
BỆNH VIỆN ĐA KHOA TỈNH NAM HÀ

Số: 88/KH-BVĐK

# KẾ HOẠCH

**Chuyển đổi số Bệnh viện Đa khoa tỉnh Nam Hà giai đoạn 2027 - 2029**

## I. MỤC TIÊU

Kế hoạch đặt ra 7 chỉ tiêu thuộc 03 nhóm (chi tiết tại Phụ lục I).

## II. KINH PHÍ

Tổng kinh phí giai đoạn 2027 - 2029 là 12.400 triệu đồng. Dành tối thiểu 15% kinh phí các dự án công nghệ thông tin cho bảo đảm an toàn thông tin.

## Phụ lục I: CHỈ TIÊU CHUYỂN ĐỔI SỐ

| STT | Mã số | Đơn vị chủ trì | Tên chỉ tiêu | Đơn vị đo | Năm 2027 | Năm 2028 |
|---|---|---|---|---|---|---|
| **A** | **HẠ TẦNG SỐ** | | | | | |
| 1 | HT-01 | Phòng CNTT | Băng thông kết nối Internet của Bệnh viện | Mbps | 500 | 1.000 |
| 2 | HT-02 | Phòng CNTT | Tỷ lệ máy trạm đáp ứng cấu hình tối thiểu | % | 80% | 100% |
| **B** | **KHÁM BỆNH, CHỮA BỆNH SỐ** | | | | | |
| 3 | KCB-01 | Khoa Dược | Tỷ lệ đơn thuốc được kê đơn điện tử | % | 90% | 100% |
| 4 | KCB-02 | Khoa Xét nghiệm | Tỷ lệ kết quả xét nghiệm trả qua phần mềm | % | 85% | 95% |
| 5 | KCB-03 | Khoa Khám bệnh | Tỷ lệ lượt khám được đặt lịch trực tuyến | % | 20% | 30% |
| **C** | **QUẢN TRỊ SỐ** | | | | | |
| 6 | QT-01 | Phòng TCCB | Tỷ lệ hồ sơ viên chức được số hóa | % | 100% | 100% |
| 7 | QT-02 | Phòng TCKT | Tỷ lệ giao dịch viện phí không dùng tiền mặt | % | 60% | 80% |

## Phụ lục II: NHIỆM VỤ

| TT | Nội dung công việc | Sản phẩm | Thời gian bắt đầu | Thời gian kết thúc | Khoa, phòng chủ trì |
|---|---|---|---|---|---|
| 1 | Triển khai bệnh án điện tử nội trú | Bệnh án điện tử được vận hành | 02/2027 | 09/2027 | Phòng KHTH |
| 2 | Nâng cấp hệ thống lưu trữ hình ảnh PACS | Hệ thống được nâng cấp | 03/2027 | 12/2028 | Khoa CĐHA |
| 3 | Truyền thông, hướng dẫn người bệnh sử dụng ứng dụng di động | Tin bài, video hướng dẫn | 01/2027 | Thường xuyên | Phòng CTXH |

## Phụ lục III: KINH PHÍ THEO NĂM VÀ NGUỒN VỐN

Đơn vị tính: triệu đồng

| Năm | Ngân sách nhà nước | Thuê dịch vụ công nghệ thông tin | Cộng |
|---|---|---|---|
| Năm 2027 | 3.100 | 900 | 4.000 |
| Năm 2028 | 2.500 | 1.400 | 3.900 |
| Tổng giai đoạn | 5.600 | 2.300 | 7.900 |
"""

DOC = "2027-plan_bvdk-nam-ha"


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {f"{DOC}.md": PLAN})


@pytest.mark.parametrize("question", [
    "Which group of Annex I of the Nam Hà general hospital plan has the most indicators, and how many?",
    "Nhóm nào trong Phụ lục I của Kế hoạch 88 có nhiều chỉ tiêu nhất?",
])
def test_rows_are_counted_group_by_group_when_the_group_with_most_is_asked(plan, question):
    a = plan.answer(question)
    assert a.found, a.answer
    assert "B. KHÁM BỆNH, CHỮA BỆNH SỐ: 3" in a.answer and "A. HẠ TẦNG SỐ: 2" in a.answer, a.answer


def test_a_share_of_the_money_is_answered_by_the_sentence_stating_it(plan):
    a = plan.answer("What minimum share of IT project funding must the Nam Hà hospital set aside for information security?")
    assert a.found, a.answer
    assert "15%" in a.answer, a.answer


def test_a_list_shows_the_code_each_row_is_also_numbered_by(plan):
    a = plan.answer("Những chỉ tiêu nào của Kế hoạch 88 phải đạt 100% ngay từ năm 2027?")
    assert a.found, a.answer
    assert "(QT-01)" in a.answer, a.answer


def test_the_end_column_is_the_deadline_not_the_start(plan):
    rows = [r for r in plan.store.rows(DOC) if r.kind == "task"]
    assert {r.number: r.fields.get("deadline") for r in rows} == {"1": "09/2027", "2": "12/2028", "3": "Thường xuyên"}


def test_rows_counted_by_a_deadline_under_a_long_possessive(plan):
    """'how many of the Nam Hà general hospital's 3 tasks': five words between 'how many of the' and
    'tasks' still ask to count the rows."""
    a = plan.answer("How many of the Nam Hà general hospital's 3 tasks are open-ended ('Thường xuyên')?")
    assert a.found, a.answer
    assert ": 1 task" in a.answer and "Truyền thông, hướng dẫn người bệnh" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "How much will the Nam Hà hospital spend on leased IT services in 2028?",
    "Will the Nam Hà hospital spend more on leased IT services in 2028 or in 2027?",
])
def test_money_by_year_from_a_table_whose_rows_are_the_years(plan, question):
    a = plan.answer(question)
    assert a.found, a.answer
    assert "Năm 2028 | 2.500 | 1.400" in a.answer and "Thuê dịch vụ công nghệ thông tin" in a.answer, a.answer


LETTER = """ĐẢNG BỘ TỈNH NAM HÀ
VĂN PHÒNG TỈNH ỦY

Số: 51-CV/VPTU

CÔNG VĂN

V/v xin ý kiến dự thảo báo cáo kết quả chuyển đổi số năm 2027

Kính gửi: Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.

Văn phòng Tỉnh ủy gửi kèm dự thảo báo cáo của Ban Thường vụ Tỉnh ủy để xin ý kiến.

Nơi nhận:
- Như trên,
- Lưu VP.
(Đã ký)
CHÁNH VĂN PHÒNG
Lê Văn Hòa

## BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2027

### I. Kết quả

Năm 2027, toàn tỉnh có 1.250 trạm phát sóng 5G, hoàn thành 95% dịch vụ công trực tuyến toàn trình.

### II. Kiến nghị

Đề nghị Trung ương hỗ trợ kinh phí xây dựng trung tâm dữ liệu.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
(Đã ký)
Lê Văn Hòa
"""


def test_every_block_the_signer_signs_is_quoted_and_an_organ_of_the_issuer_names_the_document(tmp_path_factory):
    """A covering letter and the report it sends, both signed by one person under two titles: 'who
    signed the report of the Standing Committee' quotes both blocks, the report's title among them."""
    assistant = assistant_over(tmp_path_factory, {"2027-cv_vptu-nam-ha.md": LETTER})
    a = assistant.answer("Ai ký báo cáo của Ban Thường vụ Tỉnh ủy Nam Hà, với chức danh gì?")
    assert a.found, a.answer
    assert "PHÓ BÍ THƯ" in a.answer and "CHÁNH VĂN PHÒNG" in a.answer and "Lê Văn Hòa" in a.answer, a.answer
