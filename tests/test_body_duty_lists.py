"""A Government resolution's duties, as such acts print them: a bullet that is only a body's name ("- Bộ Tài
chính", no colon) over its duties marked "+", the next body's bullet ending them; a bullet that names a body and
says its duty in one sentence ("- Ngân hàng Nhà nước … rà soát …") stands on its own. Who does a duty is the body
heading it; a body's duties listed are all its items; "which agency runs the hotline" asks who, not a phone number;
"the role of the Finance ministry in funding" asks what it does, not an amount. The real Assistant over a small act
ingested for real, as Markdown (whose "+" items keep their mark) and as plain text."""

import pytest

from ingest.parsing.sections import split_sections
from ingest.parsing.tables import LogicalLine
from tests.conftest import assistant_over

ACT = """CHÍNH PHỦ

Số: 401/NQ-CP

NGHỊ QUYẾT

Về phong trào giữ sạch sông Lam

## I. NHIỆM VỤ, GIẢI PHÁP

### 1. Hoàn thiện thể chế

- Bộ Nông nghiệp và Môi trường

+ Rà soát, hoàn thiện quy định về xả thải ra sông, hồ.

+ Vận hành đường dây nóng ở trung ương tiếp nhận phản ánh về xả rác xuống sông.

- Bộ Tài chính

+ Chủ trì tháo gỡ vướng mắc về đầu tư trạm xử lý nước thải theo phương thức đối tác công - tư.

+ Bố trí kinh phí chi thường xuyên cho hoạt động giám sát chất lượng nước.

- Ngân hàng Nhà nước Việt Nam rà soát các khoản vay đầu tư hạ tầng thoát nước.

- Bộ Công Thương

+ Ban hành quy định về tái chế bao bì nhựa.

+ Phát triển ngành công nghiệp môi trường, trọng tâm là công nghiệp tái chế.

+ Rà soát quy hoạch điện rác và điện sinh khối.

+ Hướng dẫn doanh nghiệp thu hồi sản phẩm thải bỏ.

- Đề nghị Mặt trận Tổ quốc Việt Nam

+ Vận động nhân dân không xả rác xuống sông.

## II. TỔ CHỨC THỰC HIỆN

Các bộ, ngành báo cáo kết quả trước ngày 15 tháng 12 hằng năm.

## PHỤ LỤC. DANH MỤC ĐỀ ÁN ƯU TIÊN

| STT | Tên đề án | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Đề án nạo vét, phục hồi sông Lam | Bộ Nông nghiệp và Môi trường | 2028 |
| 2 | Đề án xây dựng trạm quan trắc nước tự động | Bộ Khoa học và Công nghệ | 2027 |
"""


def _lines(text: str) -> list[LogicalLine]:
    return [LogicalLine(t, i + 1, i + 1) for i, t in enumerate(text.split("\n"))]


def test_a_body_bullet_without_colon_heads_its_plus_items_and_the_next_bullet_ends_them():
    text = "\n".join(["I. NHIỆM VỤ", "", "- Bộ Tài chính", "", "+ Chủ trì tháo gỡ vướng mắc về đầu tư.", "",
                      "+ Bố trí kinh phí.", "", "- Ngân hàng Nhà nước Việt Nam rà soát các khoản vay.", ""])
    sections = split_sections(_lines(text))
    by_path = {tuple(s.path): s.text for s in sections}
    assert ("I. NHIỆM VỤ", "Bộ Tài chính") in by_path, by_path
    assert "Bố trí kinh phí" in by_path[("I. NHIỆM VỤ", "Bộ Tài chính")]
    # the bank's own sentence is no duty of the ministry above it
    assert "Ngân hàng" not in by_path[("I. NHIỆM VỤ", "Bộ Tài chính")]
    assert any("Ngân hàng Nhà nước" in t for p, t in by_path.items() if p == ("I. NHIỆM VỤ",)), by_path


def test_members_listed_under_a_body_are_no_duties_and_dash_sub_items_stay_with_the_body():
    text = "\n".join(["I. THÀNH PHẦN", "", "- Sở Tài chính", "", "+ Ông Trần Văn Cường, Phó Giám đốc Sở", "",
                      "II. NHIỆM VỤ", "", "- Bộ Tài chính", "", "+ Chủ trì các việc sau:", "", "- chi tiết thứ nhất;", "",
                      "- chi tiết thứ hai.", "", "+ Bố trí kinh phí.", ""])
    by_path = {tuple(s.path): s.text for s in split_sections(_lines(text))}
    assert ("I. THÀNH PHẦN", "Sở Tài chính") not in by_path, by_path
    duties = by_path.get(("II. NHIỆM VỤ", "Bộ Tài chính"), "")
    assert "chi tiết thứ hai" in duties and "Bố trí kinh phí" in duties, by_path


def test_a_body_bullet_before_a_page_number_still_heads_its_items():
    text = "\n".join(["I. NHIỆM VỤ", "", "- Bộ Tài chính", "12", "+ Bố trí kinh phí.", ""])
    assert ("I. NHIỆM VỤ", "Bộ Tài chính") in {tuple(s.path) for s in split_sections(_lines(text))}


def test_a_bullet_naming_a_body_over_dash_items_is_no_heading():
    """A list of bodies ("- Bộ Tài chính" / "- Bộ Công Thương"): no "+" items below, no heading."""
    text = "\n".join(["I. THÀNH PHẦN", "", "Thành viên gồm:", "", "- Bộ Tài chính", "", "- Bộ Công Thương", ""])
    assert all(len(s.path) == 1 for s in split_sections(_lines(text)))


@pytest.fixture(scope="module", params=["md", "txt"])
def act(request, tmp_path_factory):
    return assistant_over(tmp_path_factory, {f"nq-401-songlam.{request.param}": ACT})


def test_who_does_a_duty_is_the_body_heading_it(act):
    answer = act.answer("Cơ quan nào chủ trì tháo gỡ vướng mắc về đầu tư trạm xử lý nước thải theo phương thức đối tác công - tư?")
    assert answer.found and "Bộ Tài chính" in answer.answer, answer.answer
    assert "Bộ Nông nghiệp và Môi trường" not in answer.answer.split("“")[0], answer.answer


def test_a_bodys_duties_listed_are_all_its_items(act):
    answer = act.answer("Liệt kê các nhiệm vụ Bộ Công Thương được giao.")
    assert answer.found, answer.answer
    for item in ("bao bì nhựa", "công nghiệp tái chế", "điện sinh khối", "sản phẩm thải bỏ"):
        assert item in answer.answer, (item, answer.answer)
    assert "Vận động nhân dân" not in answer.answer, answer.answer  # the next body's, after "- Đề nghị Mặt trận …"


def test_a_listing_asking_a_date_the_text_does_not_give_is_not_answered_by_the_duties(act):
    answer = act.answer("Liệt kê các nhiệm vụ Bộ Công Thương phải hoàn thành trong quý II/2027.")
    assert "bao bì nhựa" not in answer.answer, answer.answer


def test_who_runs_a_hotline_asks_who_not_a_number(act):
    answer = act.answer("Which agency runs the central hotline for reports of waste dumped into rivers?")
    assert answer.found and "Bộ Nông nghiệp và Môi trường" in answer.answer, answer.answer


def test_a_number_asked_still_needs_a_number_though_who_is_said(act):
    answer = act.answer("What hotline number should residents who see waste dumped into rivers call?")
    assert not answer.found, answer.answer


def test_agencies_asked_of_one_duty_are_not_every_body_of_the_section(act):
    answer = act.answer("Which agencies operate the central hotline for reports of waste dumped into rivers?")
    assert answer.found and "đường dây nóng" in answer.answer, answer.answer
    assert "Bộ Công Thương" not in answer.answer, answer.answer


def test_role_as_a_topic_word_still_asks_an_amount(act):
    answer = act.answer("How much funding is allocated to strengthen the role of communities in keeping rivers clean?")
    assert not answer.found, answer.answer


def test_a_bodys_role_about_money_asks_what_it_does_not_an_amount(act):
    answer = act.answer("What is the role of the Ministry of Finance regarding funding for water quality monitoring?")
    assert answer.found and "kinh phí chi thường xuyên" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Which ministries and central bodies are given tasks for improving the institutions (section I.1)?",
    "Những bộ, ngành nào được giao nhiệm vụ hoàn thiện thể chế?",
])
def test_the_bodies_a_section_assigns_duties_to_are_each_named(act, question):
    answer = act.answer(question)
    assert answer.found, answer.answer
    for body in ("Bộ Nông nghiệp và Môi trường", "Bộ Tài chính", "Ngân hàng Nhà nước Việt Nam", "Bộ Công Thương"):
        assert body in answer.answer, (body, answer.answer)
    # the section said once, each body on a line of its own
    assert answer.answer.count("1. Hoàn thiện thể chế") == 1, answer.answer
    assert "\n- Bộ Tài chính: “" in answer.answer, answer.answer


def test_a_bodys_duties_in_one_plans_text_stand_beside_its_rows_in_another(tmp_path_factory):
    table_plan = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 95/KH-UBND

KẾ HOẠCH

Phát triển thương mại điện tử năm 2027

## PHỤ LỤC. DANH MỤC NHIỆM VỤ

| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Xây dựng sàn thương mại điện tử của tỉnh | Bộ Công Thương | 2027 |
| 2 | Đào tạo kỹ năng bán hàng trực tuyến | Sở Công Thương | 2027 |
"""
    both = assistant_over(tmp_path_factory, {"nq-401-songlam.md": ACT, "kh-95-tmdt.md": table_plan})
    answer = both.answer("Bộ Công Thương được giao những nhiệm vụ gì?")
    assert answer.found, answer.answer
    assert "sàn thương mại điện tử" in answer.answer and "bao bì nhựa" in answer.answer, answer.answer
