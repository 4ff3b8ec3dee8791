"""A commune's plan with tasks both in a table and written as paragraphs: counts cover both, the
commune named in a question keeps other plans out, and "the commune police" is the commune's
police. The plan is generated here (real ingest, real index, slow)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import assistant_over

pytestmark = pytest.mark.slow

DOC = "2026-plan_xa-an-phu"
PLAN = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN PHÚ Độc lập - Tự do - Hạnh phúc

Số: 21/KH-UBND An Phú, ngày 05 tháng 3 năm 2026

KẾ HOẠCH
Chuyển đổi số xã An Phú năm 2026

I. MỤC ĐÍCH, YÊU CẦU

Xây dựng chính quyền số cấp xã phục vụ người dân.

II. NHIỆM VỤ

1. Hạ tầng số

a) Lắp đặt hệ thống hội nghị truyền hình trực tuyến tại trụ sở xã. Cơ quan chủ trì: Văn phòng
HĐND-UBND xã; cơ quan phối hợp: Viễn thông tỉnh; thời gian: Quý IV/2026.

b) Lắp camera giám sát trật tự tại các thôn. Cơ quan chủ trì: Công an xã; cơ quan phối hợp: các thôn; thời gian: năm 2026.

2. Dữ liệu số

a) Làm sạch dữ liệu dân cư. Cơ quan chủ trì: Công an xã; thời gian: thường xuyên.

III. DANH MỤC NHIỆM VỤ TRỌNG TÂM

| STT | Nhiệm vụ cụ thể | Đơn vị thực hiện | Mốc thời gian |
|---|---|---|---|
| 1 | Triển khai phần mềm một cửa điện tử | Văn phòng HĐND-UBND xã | 30/6/2026 |
| 2 | Kiểm tra an toàn thông tin các máy tính của xã | Công an xã | Quý III/2026 |
| 3 | Số hóa hồ sơ hộ tịch | Phòng Văn hóa - Xã hội | 31/12/2026 |
"""


@pytest.fixture(scope="module")
def commune(tmp_path_factory):
    # the province's 2026 plan stands beside it, with its own tasks led by "Công an tỉnh"
    from pathlib import Path

    province = (Path(__file__).resolve().parents[1] / "corpus" / "2026-plan_kh-275-ubnd.txt").read_text(encoding="utf-8")
    return assistant_over(tmp_path_factory, {f"{DOC}.md": PLAN, "2026-plan_kh-275-ubnd.txt": province})


def test_a_count_of_one_plan_covers_its_table_and_its_paragraph_tasks(commune):
    a = commune.answer("Trong kế hoạch của xã An Phú, Công an xã chủ trì bao nhiêu nhiệm vụ?")
    assert a.found and re.search(r"\b3 nhiệm vụ\b", a.answer), a.answer
    assert len(a.citations) == 3 and all("Công an xã" in c.text for c in a.citations)


def test_the_commune_police_is_the_commune_s_own(commune):
    a = commune.answer("How many tasks does the commune police lead in the An Phu commune plan?")
    assert a.found and re.search(r"\b3 tasks\b", a.answer), a.answer
    assert "Công an tỉnh" not in a.answer


def test_a_paragraph_task_answers_who_and_when(commune):
    a = commune.answer("Ai chủ trì lắp đặt hệ thống hội nghị truyền hình trực tuyến tại trụ sở xã An Phú, thời hạn khi nào?")
    assert a.found and "Văn phòng HĐND-UBND xã" in a.answer and "Quý IV/2026" in a.answer, a.answer
