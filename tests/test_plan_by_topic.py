"""A question naming no plan, over plans on different subjects: the plan whose text speaks of its words far more
than any other's — and alone prints some of them — is the one asked (two plans of one province on one subject
print the same words: neither is chosen by them). What no plan prints is still read over every plan in reach.
The real Assistant over small plans ingested for real."""

import pytest

from assistant.steps import Question
from tests.conftest import assistant_over

DX_2026 = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 91/KH-UBND

KẾ HOẠCH

Chuyển đổi số tỉnh Bình La năm 2026

Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;

## I. MỤC TIÊU

Năm 2026, tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%; 100% cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng.

## II. NHIỆM VỤ, GIẢI PHÁP

Phát triển hạ tầng số, dữ liệu số và chính quyền số; bảo đảm an sinh xã hội cho người dân trên môi trường số.

## PHỤ LỤC. NHIỆM VỤ

| STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Xây dựng cơ sở dữ liệu đất đai của tỉnh | Sở Khoa học và Công nghệ | 2026 |
| 2 | Nâng cấp hệ thống thông tin giải quyết thủ tục hành chính | Văn phòng UBND tỉnh | 2026 |
| 3 | Xây dựng hệ thống thông tin quản lý hồ sơ công việc | Sở Nội vụ | 2026 |
"""

DX_2025 = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 45/KH-UBND

KẾ HOẠCH

Chuyển đổi số tỉnh Bình La năm 2025

## I. MỤC TIÊU

Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%; 90% cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng.

## PHỤ LỤC. NHIỆM VỤ

| STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Xây dựng cơ sở dữ liệu dân cư của tỉnh | Công an tỉnh | 2025 |
| 2 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng UBND tỉnh | 2025 |
"""

DISASTERS = """ỦY BAN NHÂN DÂN THÀNH PHỐ HÒA BÌNH

Số: 73/KH-UBND

KẾ HOẠCH

Nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai dựa vào cộng đồng đến năm 2030

## I. MỤC TIÊU

Đến năm 2030, 100% phường, xã khi xây dựng kế hoạch phòng, chống thiên tai có sự tham gia của cộng đồng; 100% hộ
gia đình được tiếp nhận đầy đủ thông tin về thiên tai.

## II. TỔ CHỨC THỰC HIỆN

### 1. Sở Nông nghiệp và Môi trường

- Hướng dẫn các phường, xã xây dựng kế hoạch phòng, chống thiên tai dựa vào cộng đồng.
- Thiết lập hệ thống cơ sở dữ liệu về quản lý rủi ro thiên tai dựa vào cộng đồng.

### 2. Sở Y tế

- Nâng cao năng lực ứng phó thiên tai cho người khuyết tật, đối tượng bảo trợ xã hội và các đối tượng dễ bị tổn thương.

### 3. Sở Giáo dục và Đào tạo

- Đưa nội dung phòng tránh, giảm nhẹ rủi ro thiên tai vào hoạt động ngoại khóa của học sinh.
"""

DIS = "kh-73-thientai"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-91-cds-2026.md": DX_2026, "kh-45-cds-2025.md": DX_2025, f"{DIS}.md": DISASTERS})


def test_the_plan_on_the_subject_asked_answers(assistant):
    question = "Cơ quan nào thiết lập hệ thống cơ sở dữ liệu về quản lý rủi ro thiên tai dựa vào cộng đồng?"
    u = assistant.understand(Question(question))
    assert u.candidates == (DIS,) and not u.explicit
    assert set(u.reach) == {DIS, "kh-91-cds-2026", "kh-45-cds-2025"}
    answer = assistant.answer(question)
    assert answer.found and {c.doc_id for c in answer.citations} == {DIS}
    assert "Sở Nông nghiệp và Môi trường" in answer.answer  # not the land database's lead of the other plan's table
    assert "Sở Khoa học và Công nghệ" not in answer.answer


def test_two_plans_on_one_subject_are_not_told_apart_by_its_words(assistant):
    u = assistant.understand(Question("Tỷ lệ hồ sơ trực tuyến toàn trình đạt bao nhiêu?"))
    assert u.reach == () and {"kh-91-cds-2026", "kh-45-cds-2025"} <= set(u.candidates)


def test_what_no_plan_prints_is_read_over_every_plan_in_reach(assistant):
    # the question's words name the plan on disasters; "social protection" reads as "an sinh xã hội", which only
    # a plan on another subject prints: the plans in reach do print it, so it is no reason to refuse
    question = ("Who strengthens the disaster-response capacity of people with disabilities and "
                "social-protection beneficiaries?")
    u = assistant.understand(Question(question))
    assert u.candidates == (DIS,)
    answer = assistant.answer(question)
    assert answer.found and "Sở Y tế" in answer.answer


def test_an_act_another_plan_in_reach_prints_is_no_reason_to_refuse(assistant):
    # narrowed to the plan on disasters by its words, the question also cites an act only the 2026 plan prints
    question = ("Cơ quan nào thiết lập hệ thống cơ sở dữ liệu về quản lý rủi ro thiên tai dựa vào cộng đồng "
                "theo Nghị định 45/2020/NĐ-CP?")
    answer = assistant.answer(question)
    assert "45/2020" not in answer.answer or answer.found, answer.answer
    assert answer.found and "Sở Nông nghiệp và Môi trường" in answer.answer, answer.answer
