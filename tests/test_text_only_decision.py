"""A national decision whose plan sets out its tasks, solutions and assignments as text, with no table of tasks:
who signed it (the Prime Minister signs in the office's own name, no "TM." or "KT."), how many articles it has,
how many groups of solutions (lettered items, some headings over bullets and some paragraphs), how many bodies the
implementation part gives duties (a numbered paragraph among the headings is one too), and how many duties one
body has ("đầu việc", "duties") without saying where they stand. The real Assistant over three small plans."""

import re

import pytest

from tests.conftest import assistant_over

DECISION = """THỦ TƯỚNG CHÍNH PHỦ

Số: 512/QĐ-TTg

Hà Nội, ngày 10 tháng 4 năm 2019

QUYẾT ĐỊNH

Ban hành Kế hoạch thực hiện Chỉ thị số 09-CT/TW ngày 02 tháng 3 năm 2018 của Ban Bí thư về công tác thương binh, liệt sĩ

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chỉ thị số 09-CT/TW.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.

Điều 3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Quyết định này./.

+-------------------------------------+--------------------------+
| Nơi nhận:                           | THỦ TƯỚNG                |
| - Ban Bí thư Trung ương Đảng;       |                          |
| - Các Bộ, cơ quan ngang Bộ;         |                          |
| - Lưu: VT, KGVX.                    | Nguyễn Văn Bình          |
+-------------------------------------+--------------------------+

KẾ HOẠCH

THỰC HIỆN CHỈ THỊ SỐ 09-CT/TW VỀ CÔNG TÁC THƯƠNG BINH, LIỆT SĨ

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Nâng cao nhận thức của các cấp, các ngành về công tác thương binh, liệt sĩ.

2. Yêu cầu

Bảo đảm sự phối hợp chặt chẽ giữa các bộ, ngành và địa phương trong tổ chức thực hiện.

II. NHIỆM VỤ VÀ GIẢI PHÁP

1. Nhiệm vụ

a) Đến năm 2020, 98% xã, phường làm tốt công tác thương binh, liệt sĩ và người có công với cách mạng.

b) Đến năm 2020, 100% nghĩa trang liệt sĩ được tu bổ, tôn tạo khang trang.

2. Giải pháp

a) Hoàn thiện thể chế về chính sách ưu đãi người có công:

- Rà soát các văn bản quy phạm pháp luật về ưu đãi người có công.

- Xây dựng Pháp lệnh thay thế Pháp lệnh Ưu đãi người có công với cách mạng.

b) Đẩy mạnh công tác thông tin, tuyên truyền về chính sách ưu đãi người có công đến người dân ở cơ sở và vùng sâu, vùng xa, giáo dục truyền thống cách mạng cho thế hệ trẻ.

c) Nâng cao năng lực quản lý nhà nước về công tác người có công:

- Kiện toàn bộ máy quản lý ở các cấp.

d) Huy động các nguồn lực xã hội hóa cho công tác chăm sóc người có công với cách mạng tại cộng đồng dân cư, phát huy phong trào đền ơn đáp nghĩa.

III. TỔ CHỨC THỰC HIỆN

1. Bộ Lao động - Thương binh và Xã hội

- Chủ trì hoàn thiện thể chế về chính sách ưu đãi người có công.
- Xây dựng cơ sở dữ liệu quốc gia về người có công với cách mạng.
- Chủ trì kiểm tra việc thực hiện chính sách ưu đãi ở địa phương.

2. Bộ Tài chính

- Bố trí kinh phí thực hiện chính sách ưu đãi người có công.

3. Bộ Y tế

- Hướng dẫn khám sức khỏe định kỳ cho người có công với cách mạng.

4. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương

- Bố trí ngân sách địa phương thực hiện chính sách ưu đãi.

5. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam chủ trì giám sát việc thực hiện chính sách ưu đãi người có công tại cộng đồng dân cư trên cả nước.

6. Các tổ chức chính trị - xã hội

- Tham gia vận động nguồn lực chăm sóc người có công với cách mạng.
"""

#: another plan of the index, whose targets are the rows of a table
INDICATORS = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 77/KH-UBND

KẾ HOẠCH

Cải cách hành chính tỉnh Bình La năm 2020

PHỤ LỤC I. CHỈ TIÊU

| STT | Chỉ tiêu | Cơ quan chủ trì | Năm 2020 |
|---|---|---|---|
| 1 | Tỷ lệ xã, phường có bộ phận một cửa đạt chuẩn | Sở Nội vụ | 90% |
| 2 | Tỷ lệ người dân xã, phường hài lòng với dịch vụ hành chính công | Văn phòng UBND tỉnh | 85% |
| 3 | Tỷ lệ xã, phường công khai thủ tục hành chính trên cổng thông tin | Sở Tư pháp | 95% |
"""


#: a decision issuing a regulation whose articles are numbered from 1 again
WITH_REGULATION = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 15/QĐ-UBND

QUYẾT ĐỊNH

Ban hành Quy chế quản lý nghĩa trang liệt sĩ trên địa bàn tỉnh Bình La

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý nghĩa trang liệt sĩ trên địa bàn tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Giám đốc Sở Nội vụ và Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm thi hành Quyết định này./.

QUY CHẾ

Quản lý nghĩa trang liệt sĩ trên địa bàn tỉnh Bình La

Chương I. QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc quản lý, bảo vệ nghĩa trang liệt sĩ trên địa bàn tỉnh.

Điều 2. Đối tượng áp dụng

Quy chế này áp dụng đối với cơ quan, tổ chức quản lý nghĩa trang liệt sĩ.

Chương II. QUẢN LÝ NGHĨA TRANG

Điều 3. Tu bổ, tôn tạo

Ủy ban nhân dân cấp xã bố trí kinh phí tu bổ, tôn tạo nghĩa trang liệt sĩ hằng năm.

Điều 4. Kiểm tra

Sở Nội vụ kiểm tra việc quản lý nghĩa trang liệt sĩ mỗi năm một lần.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-512-ttg-2019.md": DECISION, "kh-77-binhla-2020.md": INDICATORS,
                                             "qd-15-binhla-quyche.md": WITH_REGULATION})


def _listed(answer: str) -> list[str]:
    return [line for line in answer.split("\n") if line.startswith("- ")]


def test_the_prime_minister_signing_in_the_offices_name_is_the_signer(assistant):
    answer = assistant.answer("Ai ký Quyết định 512/QĐ-TTg?")
    assert answer.found and "Nguyễn Văn Bình" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["Quyết định 512/QĐ-TTg có bao nhiêu điều?", "How many articles does Decision 512/QĐ-TTg have?"])
def test_a_decisions_articles_are_counted(assistant, question):
    answer = assistant.answer(question)
    assert answer.found and re.search(r"\b3 (?:điều|articles)\b", answer.answer), answer.answer
    assert [line.split(".")[0] for line in _listed(answer.answer)] == ["- Điều 1", "- Điều 2", "- Điều 3"]


@pytest.mark.parametrize("question", ["Quyết định 512/QĐ-TTg nêu bao nhiêu điều kiện để được hưởng ưu đãi?",
                                      "Quyết định 512/QĐ-TTg có bao nhiêu điều khoản về kinh phí?",
                                      "Kế hoạch kèm theo Quyết định 512/QĐ-TTg có những điều gì cần lưu ý về tu bổ nghĩa trang liệt sĩ?"])
def test_other_senses_of_dieu_count_no_articles(assistant, question):
    assert " 3 điều" not in assistant.answer(question).answer


def test_the_articles_of_a_regulation_the_decision_issues_are_not_the_decisions(assistant):
    answer = assistant.answer("Quyết định 15/QĐ-UBND có bao nhiêu điều?")
    assert answer.found and "gồm 3 điều" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["Các cơ quan nào phải bố trí kinh phí thực hiện chính sách ưu đãi người có công theo Quyết định 512/QĐ-TTg?",
                                      "Bao nhiêu cơ quan phải bố trí kinh phí thực hiện chính sách ưu đãi theo Quyết định 512/QĐ-TTg?"])
def test_bodies_asked_of_a_duty_are_not_every_body_given_duties(assistant, question):
    """Bodies picked by what they must do ("phải bố trí kinh phí") are those bodies, not the count of every body the
    implementation part names."""
    answer = assistant.answer(question)
    assert "6 cơ quan" not in answer.answer, answer.answer
    assert "Bộ Tài chính" in answer.answer or not answer.found, answer.answer  # (the plan states no count: none given)


@pytest.mark.parametrize("question", ["Kế hoạch thực hiện Chỉ thị 09-CT/TW có bao nhiêu nhóm giải pháp?",
                                      "How many groups of solutions does the plan for Directive 09-CT/TW set out?"])
def test_the_lettered_solutions_are_counted_headings_and_paragraphs_alike(assistant, question):
    answer = assistant.answer(question)
    assert answer.found and re.search(r"\b4 (?:mục|parts)\b", answer.answer), answer.answer
    assert [line[2:4] for line in _listed(answer.answer)] == ["a)", "b)", "c)", "d)"]


@pytest.mark.parametrize("question", ["Phần tổ chức thực hiện của Quyết định 512/QĐ-TTg giao nhiệm vụ cho bao nhiêu cơ quan?",
                                      "How many bodies are given duties in the implementation part of Decision 512/QĐ-TTg?"])
def test_the_bodies_given_duties_are_counted_a_numbered_paragraph_too(assistant, question):
    answer = assistant.answer(question)
    assert answer.found and re.search(r"\b6 (?:cơ quan|bodies)\b", answer.answer), answer.answer
    listed = _listed(answer.answer)
    assert [line.split(".")[0] for line in listed] == [f"- {n}" for n in range(1, 7)], listed
    assert "Mặt trận Tổ quốc" in listed[4]


@pytest.mark.parametrize("question", ["Bộ Lao động - Thương binh và Xã hội được giao bao nhiêu đầu việc trong Quyết định 512/QĐ-TTg?",
                                      "How many duties does the Ministry of Labour, Invalids and Social Affairs have under Decision 512/QĐ-TTg?"])
def test_a_bodys_duties_are_counted_in_a_plan_whose_duties_are_its_text(assistant, question):
    answer = assistant.answer(question)
    assert answer.found and re.search(r"\b3 (?:nhiệm vụ|duties)\b", answer.answer), answer.answer
