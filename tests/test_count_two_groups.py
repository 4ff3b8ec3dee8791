"""Two groups compared by how many tasks each holds, named by their numerals side by side ("nhóm 3 hay nhóm 1") or
each beside its description ("nhóm nâng cao nhận thức (nhóm 1) và nhóm … (nhóm 2)"): each group counted on its own,
both counts stated. The numerals are read by _two_group_numerals; the real Assistant over a small plan ingested for real."""

import pytest

from assistant.service import _two_group_numerals
from ingest.text import fold_words
from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 218/QĐ-UBND

CHƯƠNG TRÌNH HÀNH ĐỘNG

## II. NỘI DUNG HOẠT ĐỘNG

| TT | Nội dung hoạt động | Cơ quan thực hiện |
|---|---|---|
| 1 | **Nâng cao nhận thức về quan hệ lao động** | |
| 1.1 | Tuyên truyền pháp luật lao động | Sở Nội vụ |
| 1.2 | Phổ biến chính sách tiền lương | Sở Nội vụ |
| 2 | **Nâng cao năng lực quản lý nhà nước** | |
| 2.1 | Rà soát thủ tục giải quyết tranh chấp | Sở Tư pháp |
| 2.2 | Thanh tra doanh nghiệp | Thanh tra tỉnh |
| 2.3 | Tập huấn hòa giải viên | Sở Nội vụ |
"""


@pytest.mark.parametrize("question, numerals", [
    ("Giữa nhóm nâng cao nhận thức (nhóm 1) và nhóm quản lý nhà nước (nhóm 2), nhóm nào nhiều nhiệm vụ hơn?", ["1", "2"]),
    ("Nhóm III hay nhóm IV có nhiều nhiệm vụ hơn?", ["iii", "iv"]),
    ("Nhóm 2 có bao nhiêu nhiệm vụ?", []),
    ("Nhóm 2 và nhóm 2 thì sao?", []),
])
def test_the_two_groups_named(question, numerals):
    assert _two_group_numerals(fold_words(question)) == numerals


def test_each_group_named_beside_its_description_is_counted(tmp_path_factory):
    assistant = assistant_over(tmp_path_factory, {"qd-218.md": PLAN})
    answer = assistant.answer("Giữa nhóm nâng cao nhận thức (nhóm 1) và nhóm quản lý nhà nước (nhóm 2), "
                              "nhóm nào có nhiều nhiệm vụ hơn?")
    assert answer.found
    assert ": 2" in answer.answer and ": 3" in answer.answer, answer.answer
