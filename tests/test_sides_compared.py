"""Two things set side by side in a question that names no plan: "giống và khác nhau" asks one thing of
them (its "và" parts no sides), the column labels it says ("cơ quan phối hợp, kết quả dự kiến") are what is
asked, not a side's words, and the sides are two rows of the one plan that holds both — not the best row
of every plan that holds either. Rows counted by two times ("2026-2030" against "2026" alone) are two
counts of one table. The real Assistant over small plans ingested for real."""

import pytest

from tests.conftest import assistant_over

SCHEME = """BỘ XÂY DỰNG

Số: 418/QĐ-BXD

QUYẾT ĐỊNH

Phê duyệt Đề án chuyển đổi số kết cấu hạ tầng

Điều 1. Phê duyệt Đề án với các nội dung tại Phụ lục kèm theo.

## Phụ lục

DANH MỤC NHIỆM VỤ TRỌNG TÂM

| STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả dự kiến | Thời gian triển khai |
|---|---|---|---|---|---|
| 1 | Rà soát các quy định về dữ liệu kết cấu hạ tầng | Bộ Xây dựng | Bộ Tư pháp | Văn bản được sửa đổi | 2026 |
| 2 | Chuẩn hóa biểu mẫu dữ liệu giữa các lĩnh vực hạ tầng giao thông, đô thị | Bộ Xây dựng | Bộ Khoa học và Công nghệ | Bộ biểu mẫu thống nhất | 2026 |
| 3 | Chuyển đổi số trong quản lý, khai thác kết cấu hạ tầng đô thị | Bộ Xây dựng | Các địa phương | Bản đồ số đô thị vận hành | 2026-2030 |
| 4 | Chuyển đổi số trong quản lý, khai thác kết cấu hạ tầng giao thông | Bộ Xây dựng | Các bộ, ngành liên quan | Hệ thống giám sát giao thông vận hành | 2026-2030 |
| 5 | Đào tạo kỹ năng số cho cán bộ quản lý hạ tầng | Bộ Xây dựng | Các trường đại học | Cán bộ được đào tạo | 2026-2030 |
| 6 | Xây dựng trung tâm dữ liệu hạ tầng | Bộ Xây dựng | Bộ Công an | Trung tâm dữ liệu | 2026-2027 |
"""

PLAN = """ỦY BAN NHÂN DÂN TỈNH LẠC SƠN

Số: 77/KH-UBND

KẾ HOẠCH

Phát triển đô thị thông minh tỉnh Lạc Sơn giai đoạn 2026 - 2030

## Phụ lục

DANH MỤC NHIỆM VỤ

| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm | Thời gian thực hiện |
|---|---|---|---|---|---|
| 1 | Xây dựng hệ thống thông tin quản lý hạ tầng viễn thông đô thị thông minh | Sở Xây dựng | UBND các xã | Phần mềm quản lý | 2026-2030 |
| 2 | Số hóa hồ sơ quy hoạch đô thị | Sở Xây dựng | UBND các phường | Cơ sở dữ liệu quy hoạch | 2026-2030 |
| 3 | Lắp đặt camera giám sát giao thông nội đô | Công an tỉnh | Sở Xây dựng | Hệ thống camera | 2027 |
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-418-bxd.md": SCHEME, "kh-77-lac-son.md": PLAN})


def test_alike_and_unlike_sides_are_two_rows_of_the_plan_holding_both(plans):
    from assistant.understanding import parse_question

    # "giống và khác nhau" parts no sides, and the labels said are what is asked: two sides, neither holding
    # "cơ quan phối hợp" nor "giống" / "khác"
    parts, _ = plans._part_terms(parse_question("Nhiệm vụ chuyển đổi số hạ tầng đô thị và hạ tầng giao thông trong Phụ lục giống "
                                             "và khác nhau ở điểm nào (cơ quan phối hợp, kết quả dự kiến)?"))
    assert len(parts) == 2, parts
    assert not {"quan_phoi", "du_kien", "giong", "khac"} & set().union(*(terms for _, terms in parts)), parts
    answer = plans.answer("Nhiệm vụ chuyển đổi số hạ tầng đô thị và hạ tầng giao thông trong Phụ lục giống và khác nhau ở "
                          "điểm nào (cơ quan phối hợp, kết quả dự kiến)?")
    assert answer.found, answer.answer
    for printed in ("Các địa phương", "Bản đồ số đô thị vận hành", "Các bộ, ngành liên quan", "Hệ thống giám sát giao thông vận hành"):
        assert printed in answer.answer, (printed, answer.answer)
    # the other plan's rows share words with one side each: no side of this comparison
    assert "Phần mềm quản lý" not in answer.answer and "Hệ thống camera" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Số nhiệm vụ có thời gian 2026-2030 nhiều hơn hay ít hơn số nhiệm vụ chỉ thực hiện trong năm 2026? Cụ thể bao nhiêu?",
    "Are there more annex tasks running over 2026-2030 or tasks done in 2026 only?",
])
def test_two_times_are_two_counts_of_one_table(plans, question):
    answer = plans.answer(question)
    assert answer.found, answer.answer
    # 2026-2030: tasks 3, 4, 5 (the plan's two rows are another table); 2026 alone: tasks 1, 2 (not the 2026-2027 one)
    first = answer.answer.splitlines()[0]
    assert "2026-2030: 3" in first and "2026: 2" in first, answer.answer
