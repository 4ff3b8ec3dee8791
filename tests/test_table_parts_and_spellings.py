"""A task table printed as one table per titled part ("I. …" above the first header, "II. …" above the header
printed again) gives every row its part, the first too; a deadline spelt "Quí IV-2025" is the fourth quarter of
2025; a body the rows print by its initials ("Sở KH&CN") is the body a question names in full or in English.
Real ingest of a small Markdown plan."""

import pytest

from ingest.loaders import load_file
from ingest.parsing import parse_document
from retriever.lookup import deadline_keys
from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH HÀ GIANG NAM

Số: 301/KH-UBND

# KẾ HOẠCH

**Hỗ trợ hộ kinh doanh chuyển đổi số năm 2026**

## I. MỤC TIÊU

Hỗ trợ hộ kinh doanh ứng dụng công nghệ số.

# PHỤ LỤC

**DANH MỤC NHIỆM VỤ**

#### I. TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC

| STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Tập huấn kỹ năng số cho hộ kinh doanh | Sở KH&CN | Thường xuyên |
| 2 | Tuyên truyền thanh toán không dùng tiền mặt | Sở Công Thương | Quí IV-2025 |

#### II. HẠ TẦNG VÀ NỀN TẢNG SỐ

| STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 3 | Xây dựng sàn thương mại điện tử của tỉnh | Sở Công Thương | Quí IV-2025 |
| 4 | Triển khai nền tảng hỗ trợ hộ kinh doanh | Sở KH&CN | Quí II-2026 |
| 5 | Đánh giá mức độ chuyển đổi số của hộ kinh doanh | Sở KH&CN | Hằng năm |
"""


def test_the_first_parts_title_above_the_header_is_its_rows_group(tmp_path):
    (tmp_path / "kh-301.md").write_text(PLAN, encoding="utf-8")
    loaded = load_file(tmp_path / "kh-301.md")
    rows = parse_document(loaded.text, doc_id="kh-301", file_name="kh-301.md").rows
    assert [r.number for r in rows] == ["1", "2", "3", "4", "5"]
    assert [r.group[:1] for r in rows] == [["I. TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC"]] * 2 + [["II. HẠ TẦNG VÀ NỀN TẢNG SỐ"]] * 3


def test_a_quarter_spelt_with_an_i_and_a_dash():
    months, years = deadline_keys("Quí IV-2025")
    assert months == {(10, 2025), (11, 2025), (12, 2025)} and years == {2025}
    assert deadline_keys("Quý I - Quý II/2027")[0] == {(m, 2027) for m in range(1, 7)}


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-301-hagiangnam.md": PLAN})


@pytest.mark.parametrize("question", [
    "Sở Khoa học và Công nghệ chủ trì bao nhiêu nhiệm vụ trong phụ lục Kế hoạch 301?",
    "How many annex tasks of Plan 301 are led by the Department of Science and Technology?",
])
def test_a_body_the_rows_print_by_its_initials_is_counted(plan, question):
    ans = plan.answer(question)
    assert ans.found
    assert " 3 " in ans.answer.splitlines()[0]
    assert {c.locator for c in ans.citations} == {"Phụ lục, nhiệm vụ 1", "Phụ lục, nhiệm vụ 4", "Phụ lục, nhiệm vụ 5"}


def test_tasks_due_in_a_quarter_spelt_quí_are_counted(plan):
    ans = plan.answer("How many tasks in Plan 301's annex are due in Quarter IV 2025?")
    assert ans.found
    assert " 2 " in ans.answer.splitlines()[0]


def test_the_annexs_groups_are_counted(plan):
    ans = plan.answer("Phụ lục Kế hoạch 301 có bao nhiêu nhóm nhiệm vụ?")
    assert ans.found
    assert "2 nhóm" in ans.answer.splitlines()[0]
