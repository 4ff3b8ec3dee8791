"""A count of a part's sections ("Phần nội dung của kế hoạch gồm bao nhiêu nhóm?") cites each section under the
heading of the part counted, as a row's citation prints the groups it stands in: what was counted is in the
citation. The real Assistant over a small plan ingested for real."""

import pytest

from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN THÀNH PHỐ HÒA BÌNH

Số: 73/KH-UBND

KẾ HOẠCH

Nâng cao nhận thức cộng đồng về thiên tai đến năm 2030

## I. MỤC TIÊU

Đến năm 2030, 100% hộ gia đình được tiếp nhận đầy đủ thông tin về thiên tai.

## II. NỘI DUNG CỦA KẾ HOẠCH

### 1. Hoàn thiện cơ chế, chính sách về quản lý rủi ro thiên tai dựa vào cộng đồng

- Rà soát, sửa đổi các văn bản hướng dẫn về quản lý rủi ro thiên tai.

### 2. Nâng cao năng lực cho lực lượng làm công tác phòng, chống thiên tai

- Tập huấn cho đội ngũ tình nguyện viên ở các phường, xã.

### 3. Tăng cường tuyên truyền, giáo dục cho cộng đồng

- Phát sóng chuyên mục về phòng, chống thiên tai trên đài phát thanh.

## III. TỔ CHỨC THỰC HIỆN

Sở Nông nghiệp và Môi trường chủ trì, theo dõi việc thực hiện Kế hoạch.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"kh-73-thientai.md": PLAN})


def test_each_section_counted_is_cited_under_the_part_counted(assistant):
    answer = assistant.answer("Phần nội dung của kế hoạch chia thành bao nhiêu nhóm nội dung?")
    assert answer.found and "3" in answer.answer
    assert len(answer.citations) == 3
    assert all(c.text.startswith("II. NỘI DUNG CỦA KẾ HOẠCH\n") for c in answer.citations)
    assert [c.text.split("\n")[1][:2] for c in answer.citations] == ["1.", "2.", "3."]
