"""Rows named by their noun and a condition: "the projects where the police are the investor", "các dự án
do Công an tỉnh làm chủ đầu tư" list the rows of the plan's project list (its caption lists projects), not
the tasks the same body leads in the task list; "how many tasks does X lead" still counts the tasks. Real
ingest of a small Markdown programme."""

import pytest

from tests.conftest import assistant_over

DOC = """ỦY BAN NHÂN DÂN TỈNH LAM SƠN
Số: 77/CTr-UBND

# CHƯƠNG TRÌNH

**Chuyển đổi số tỉnh Lam Sơn giai đoạn 2027 - 2030**

## I. MỤC TIÊU

Đến năm 2030, 100% hồ sơ thủ tục hành chính được giải quyết trực tuyến.

## Phụ lục I

**DANH MỤC NHIỆM VỤ**

| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |
|---|---|---|---|
| 1 | Xây dựng Trung tâm giám sát an ninh mạng của tỉnh | Công an tỉnh | Năm 2027 |
| 2 | Lắp đặt camera giám sát giao thông tích hợp AI | Công an tỉnh | 2027 - 2029 |
| 3 | Nâng cấp Cổng dịch vụ công của tỉnh | Văn phòng UBND tỉnh | Năm 2028 |

## Phụ lục II

**DANH MỤC DỰ ÁN ĐẦU TƯ**

| STT | Tên dự án | Chủ đầu tư | Thời gian thực hiện | Tổng mức đầu tư (triệu đồng) |
|---|---|---|---|---|
| 1 | Trung tâm dữ liệu tỉnh | Sở Khoa học và Công nghệ | 2027 - 2028 | 180.000 |
| 2 | Trung tâm giám sát an ninh mạng tỉnh | Công an tỉnh | 2027 - 2028 | 96.500 |
| 3 | Hệ thống camera giám sát tích hợp AI giai đoạn 1 | Công an tỉnh | 2027 - 2029 | 210.000 |
"""


@pytest.fixture(scope="module")
def programme(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"ctr-77-lamson.md": DOC})


@pytest.mark.parametrize("question", [
    "What are the estimated costs of the projects where Lam Sơn's provincial police are the investor?",
    "Các dự án do Công an tỉnh Lam Sơn làm chủ đầu tư có tổng mức đầu tư bao nhiêu?",
])
def test_projects_named_by_a_condition_are_the_project_list_rows(programme, question):
    a = programme.answer(question)
    assert a.found, a.answer
    assert "96.500" in a.answer and "210.000" in a.answer, a.answer
    assert "180.000" not in a.answer, a.answer  # another investor's project
    assert all(c.locator.startswith("Phụ lục II") for c in a.citations if c.locator.startswith("Phụ lục")), \
        [c.locator for c in a.citations]


def test_tasks_of_the_same_body_are_counted_from_the_task_list(programme):
    a = programme.answer("Công an tỉnh Lam Sơn chủ trì bao nhiêu nhiệm vụ?")
    assert a.found and "2 nhiệm vụ" in a.answer, a.answer
    assert {c.locator for c in a.citations if c.locator.startswith("Phụ lục")} == {"Phụ lục I, nhiệm vụ 1", "Phụ lục I, nhiệm vụ 2"}


@pytest.mark.parametrize("question", [
    "Văn phòng UBND tỉnh Lam Sơn làm chủ đầu tư những dự án nào?",
    "Which projects is the provincial People's Committee Office of Lam Sơn the investor of?",
])
def test_a_body_with_tasks_but_no_project_has_no_project(programme, question):
    a = programme.answer(question)
    assert not a.found, a.answer
    assert "Cổng dịch vụ công" not in a.answer
