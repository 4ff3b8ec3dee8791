"""English read the way the plans write it, and targets read under the line that names their sector: in
"which 2029 target is higher: X or Y" the things compared follow the colon ("higher" is no "cao tốc" of
another row), each side found by its own row; a target stated under a sector's lead-in line ("- Lĩnh vực
chất thải" over "Mục tiêu …: 5%") is quoted with that line. Real ingest of one small plan."""

import pytest

from tests.conftest import assistant_over

PLAN = """BỘ GIAO THÔNG VẬN TẢI
Số: 88/QĐ-BGTVT

# QUYẾT ĐỊNH

**Phê duyệt Kế hoạch chuyển đổi số và giảm phát thải của Bộ giai đoạn 2026 - 2029**

## I. MỤC TIÊU

### 1. Mục tiêu chung

Hoàn thành chuyển đổi số các hoạt động quản lý của Bộ; giảm phát thải trong các lĩnh vực năng lượng, giao thông và chất thải.

### 2. Mục tiêu giảm phát thải theo lĩnh vực

- Lĩnh vực năng lượng

Mục tiêu giảm tiêu thụ điện năng tại các cơ quan so với năm 2025: 8%

- Lĩnh vực chất thải

Mục tiêu giảm khối lượng chất thải rắn chôn lấp so với năm 2025: 5%

## II. TIẾN ĐỘ THỰC HIỆN

Giai đoạn 2026 - 2027: kiểm kê các nguồn phát thải trong các lĩnh vực năng lượng, giao thông và chất thải; xây dựng cơ sở dữ liệu phát thải của Bộ.

Mục tiêu của giai đoạn 2028 - 2029 là giảm phát thải của Bộ trong các lĩnh vực năng lượng, giao thông và chất thải theo lộ trình.

Giai đoạn 2028 - 2029: đánh giá mức giảm phát thải của các lĩnh vực năng lượng, giao thông, chất thải và báo cáo Bộ trưởng.

Các cơ quan tổng kết việc giảm phát thải trong lĩnh vực chất thải, năng lượng vào cuối mỗi giai đoạn.

## III. TỔ CHỨC THỰC HIỆN

Văn phòng Bộ công khai tình hình hồ sơ được giải quyết quá hạn và lý giải nguyên nhân cho tổ chức, cá nhân; các cơ quan xử lý dứt điểm kiến nghị của doanh nghiệp.

## Phụ lục I

**CHỈ TIÊU CHUYỂN ĐỔI SỐ CỦA BỘ**

| TT | Chỉ tiêu | Năm 2027 | Năm 2029 | Đơn vị chủ trì |
|---|---|---|---|---|
| 1 | Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến | ≥ 75% | ≥ 90% | Văn phòng Bộ |
| 2 | Tỷ lệ hệ thống thông tin được chuyển lên nền tảng điện toán đám mây | ≥ 50% | ≥ 85% | Trung tâm Công nghệ thông tin |
| 3 | Chiều dài đường bộ cao tốc được số hóa hồ sơ quản lý tài sản | 2.100 | 3.500 | Cục Đường bộ |
| 4 | Tỷ lệ kiến nghị của doanh nghiệp được giải quyết đúng hạn | 90% | 100% | Thanh tra Bộ |
| 5 | Tỷ lệ hồ sơ công việc tại Bộ được xử lý trên môi trường mạng | 80% | 95% | Văn phòng Bộ |
"""


@pytest.fixture(scope="module")
def ministry(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-88-bgtvt-2026.md": PLAN})


def test_a_comparison_side_said_in_other_english_words_finds_its_row(ministry):
    a = ministry.answer("Which 2029 target is higher: the cloud migration rate or the share of dossiers processed online?")
    assert a.found, a.answer
    assert "≥ 85%" in a.answer and "≥ 90%" in a.answer, a.answer
    # "higher" asks of the things compared, it is no "cao tốc" of another row
    assert "cao tốc" not in a.answer, a.answer
    cited = " ".join(c.text for c in a.citations)
    assert "xử lý trực tuyến" in cited and "điện toán đám mây" in cited, a.citations


def test_a_target_under_a_sectors_lead_in_line_is_the_sectors_target(ministry):
    a = ministry.answer("What reduction target does the plan set for the waste sector?")
    assert a.found and "5%" in a.answer, a.answer
    first = a.answer.split("\n")[0]
    # the sector's target, said with the sector's line it stands under, comes first
    assert "Lĩnh vực chất thải Mục tiêu giảm khối lượng chất thải rắn chôn lấp so với năm 2025: 5%" in first, a.answer
    assert "Mục tiêu giảm phát thải theo lĩnh vực" in a.citations[0].locator, a.citations
