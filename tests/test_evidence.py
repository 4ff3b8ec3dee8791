"""Pure tests of evidence scoring: content terms, coverage, sentence selection."""

import pytest

from assistant.evidence import best_sentences, content_terms, coverage


def test_content_terms_drop_question_words_and_keep_topic_bigrams():
    terms = content_terms("Cơ quan nào chủ trì chỉ tiêu về quản trị dữ liệu?")
    assert "quan_tri" in terms and "du_lieu" in terms
    assert "chu_tri" not in terms and "nao" not in terms


def test_coverage_weighs_bigrams_and_codes():
    q = content_terms("phủ sóng 6G")
    assert coverage(q, "Tỉ lệ phủ sóng 6G trên địa bàn") == 1.0
    # Missing the decisive code costs more than a missing syllable.
    assert coverage(q, "Tỉ lệ phủ sóng 5G trên địa bàn") < 0.6
    assert coverage(set(), "anything") == 0.0


def test_best_sentences_rejoins_pdf_wrapped_lines():
    passage = (
        "- Là cơ quan thường trực có trách nhiệm\n"
        "tham mưu, hướng dẫn thực hiện nhiệm vụ;\n"
        "định kỳ hàng quý báo cáo UBND tỉnh kết\n"
        "quả thực hiện chuyển đổi số trên địa bàn tỉnh;\n"
        "- Chủ trì công tác tuyên truyền."
    )
    got = best_sentences(passage, content_terms("định kỳ hàng quý báo cáo UBND tỉnh kết quả"), limit=1)
    assert got == ["định kỳ hàng quý báo cáo UBND tỉnh kết quả thực hiện chuyển đổi số trên địa bàn tỉnh;"]


def test_best_sentences_keeps_bullets_apart():
    passage = "- Sở A báo cáo hàng tháng.\n- Sở B báo cáo hàng năm."
    assert best_sentences(passage, content_terms("báo cáo hàng năm"), limit=1) == ["Sở B báo cáo hàng năm."]


def test_a_sentence_introducing_a_list_brings_its_items():
    passage = ("Ủy ban lựa chọn các nhiệm vụ đột phá như sau:\n- Triển khai sổ sức khỏe điện tử.\n"
               "- Số hóa hồ sơ bệnh án.\nMột đoạn khác về hạ tầng.")
    got = best_sentences(passage, content_terms("nhiệm vụ đột phá"), limit=1)
    assert got == ["Ủy ban lựa chọn các nhiệm vụ đột phá như sau: Triển khai sổ sức khỏe điện tử. Số hóa hồ sơ bệnh án."]


def test_the_asked_date_in_the_next_sentence_joins_the_quote():
    import re

    passage = ("- Chủ trì tổng kết việc thực hiện Kế hoạch này. Hoàn thành trước ngày 20/12/2025.\n"
               "- Theo dõi việc thực hiện.")
    terms = content_terms("tổng kết việc thực hiện kế hoạch")
    date = re.compile(r"\d{1,2}/\d{1,2}/20\d\d")
    assert best_sentences(passage, terms, limit=1) == ["Chủ trì tổng kết việc thực hiện Kế hoạch này."]
    assert best_sentences(passage, terms, limit=1, wants=date) == [
        "Chủ trì tổng kết việc thực hiện Kế hoạch này. Hoàn thành trước ngày 20/12/2025."]


def test_the_sentence_with_the_questions_rarest_words_is_quoted_too():
    passage = ("Quyết định ban hành chương trình hành động năm 2022 của tỉnh.\n"
               "Theo đề nghị của Sở A tại Tờ trình số 12/TTr-SA.\nĐiều 1. Ban hành kèm theo quyết định này.")
    terms = content_terms("Quyết định ban hành chương trình hành động năm 2022 theo đề nghị tại tờ trình nào")
    plain = best_sentences(passage, terms, limit=1)
    assert plain == ["Quyết định ban hành chương trình hành động năm 2022 của tỉnh."]
    rarity = {t: 0.2 for t in terms} | {"to_trinh": 1.0, "trinh": 1.0, "de_nghi": 1.0}
    got = best_sentences(passage, terms, limit=1, rarity=rarity)
    assert got == plain + ["Theo đề nghị của Sở A tại Tờ trình số 12/TTr-SA."]


def test_each_part_of_a_question_gets_its_own_sentence():
    passage = ("Ban Chỉ đạo chuyển đổi số của Bộ\n\nBan Chỉ đạo do Bộ trưởng làm Trưởng ban, chỉ đạo thống nhất "
               "việc thực hiện Chương trình. Ban họp định kỳ 06 tháng một lần để đánh giá tiến độ.")
    question_parts = ["Ban Chỉ đạo chuyển đổi số của Bộ do ai làm Trưởng ban", "họp định kỳ bao lâu một lần"]
    terms = set().union(*(content_terms(p) for p in question_parts))
    plain = best_sentences(passage, terms, limit=2)
    assert not any("06 tháng" in s for s in plain)  # the meeting clause covers too little of the whole
    vocab = content_terms(passage)  # the service keeps a part's terms that the plans use
    parts = [content_terms(p) & vocab for p in question_parts]
    got = best_sentences(passage, terms, limit=2, parts=parts, part_coverage=0.6)
    assert any("06 tháng" in s for s in got) and any("Bộ trưởng làm Trưởng ban" in s for s in got)


def test_an_alternatives_term_is_covered_by_either_way():
    """"budget" is "kinh phí" or "ngân sách": a text with one way whole covers the word whole, a text
    with half of a way half of it; the other way's words are no longer required."""
    from assistant.evidence import alternatives_term, plain_terms

    budget = alternatives_term([content_terms("kinh phí"), content_terms("ngân sách")])
    q = {budget, "an_ninh", "an", "ninh"}
    assert coverage(q, "Kinh phí bảo đảm an ninh mạng") == 1.0
    assert coverage(q, "Ngân sách bảo đảm an ninh mạng") == 1.0
    both_ways_required = content_terms("kinh phí ngân sách an ninh")
    assert coverage(both_ways_required, "Kinh phí bảo đảm an ninh mạng") < 0.75
    assert 0.5 < coverage(q, "Chi phí bảo đảm an ninh mạng") < 1.0  # "phí" is a third of a way
    assert coverage(q, "Bảo đảm quốc phòng") == 0.0
    assert plain_terms(q) == {"kinh", "phi", "kinh_phi", "ngan", "sach", "ngan_sach", "an_ninh", "an", "ninh"}


def test_best_sentences_never_quote_a_numbered_heading_alone():
    """"1. Trung tâm Công nghệ thông tin" is a heading line, not "1." and a sentence to quote."""
    passage = ("1. Trung tâm Công nghệ thông tin\n\nTTCNTT là đầu mối theo dõi, đôn đốc; tổng hợp báo cáo 6 tháng "
               "trước ngày 15/6 và báo cáo năm trước ngày 15/12 hằng năm.")
    q = content_terms("Trung tâm Công nghệ thông tin TTCNTT báo cáo 6 tháng hằng năm")
    picked = best_sentences(passage, q, limit=2)
    assert picked and all("Trung tâm Công nghệ thông tin" != s.strip() for s in picked)
    assert any("15/6" in s for s in picked)


def test_an_alternatives_term_is_found_by_any_word_of_a_way_and_never_breaks_coverage():
    from assistant.evidence import alternatives_term, found_terms

    budget = alternatives_term([content_terms("kinh phí"), content_terms("ngân sách")])
    assert found_terms({budget, "an_ninh"}, content_terms("Ngân sách cho an ninh mạng")) == {budget, "an_ninh"}
    assert found_terms({budget, "an_ninh"}, content_terms("Bảo đảm an ninh mạng")) == {"an_ninh"}
    assert coverage({alternatives_term([])}, "bất kỳ") == 0.0  # a term with no way covers nothing, and raises nothing


def test_a_passage_that_is_only_a_heading_still_gives_it():
    """Leaving numbered headings out never leaves a passage with nothing to quote."""
    assert best_sentences("1. Mục tiêu cụ thể", content_terms("mục tiêu cụ thể")) == ["Mục tiêu cụ thể"]


@pytest.mark.parametrize(("text", "money"), [
    ("Tổng kinh phí là 642,5 tỷ đồng", True), ("ngân sách trung ương 120,0 tỷ;", True), ("27.100 triệu đồng", True),
    ("1.000 tỷ VND", True), ("5 billion dong", True),
    ("Nền tảng LGSP đã xử lý 6,8 triệu giao dịch", False), ("đón 3 triệu lượt khách", False), ("12 nghìn hồ sơ", False),
])
def test_an_amount_of_money_is_not_a_count_in_millions(text, money):
    from assistant.evidence import MONEY

    assert bool(MONEY.search(text)) is money


def test_a_clause_is_quoted_with_the_sentence_it_belongs_to():
    passage = ("(16) Năm 2027, hoàn thành nâng cấp Trung tâm Dữ liệu tỉnh đạt tiêu chuẩn mức 3; dung lượng lưu trữ "
               "đạt 2.000 TB vào năm 2028.\n(17) Đến hết năm 2026, 100% hệ thống thông tin được đánh giá.\n"
               "- Luật Đầu tư;\n- Luật Đầu tư công;")
    got = best_sentences(passage, content_terms("nâng cấp Trung tâm Dữ liệu tỉnh"), limit=1)
    assert got == ["(16) Năm 2027, hoàn thành nâng cấp Trung tâm Dữ liệu tỉnh đạt tiêu chuẩn mức 3; dung lượng lưu trữ "
                   "đạt 2.000 TB vào năm 2028."]  # the year is in the clause after the one that matches
    assert best_sentences(passage, content_terms("Luật Đầu tư công"), limit=1) == ["Luật Đầu tư công;"]  # items stay apart


def test_items_under_a_lead_in_line_are_quoted_with_it():
    from assistant.evidence import lead_ins
    passage = ("Lĩnh vực nông nghiệp\n- Ứng dụng canh tác lúa tiên tiến;\n- Thay đổi khẩu phần thức ăn chăn nuôi.\n"
               "Lĩnh vực chất thải\n- Thu hồi và sử dụng khí mê-tan từ các bãi chôn lấp rác;\n- Xử lý nước thải công nghiệp.")
    got = best_sentences(passage, content_terms("biện pháp trong lĩnh vực chất thải thu hồi khí"), limit=1)
    assert got == ["Lĩnh vực chất thải", "Thu hồi và sử dụng khí mê-tan từ các bãi chôn lấp rác;"]
    # an item whose own words answer needs no lead-in
    assert best_sentences(passage, content_terms("thay đổi khẩu phần thức ăn"), limit=1) == ["Thay đổi khẩu phần thức ăn chăn nuôi."]
    # a run of short unpunctuated lines is a list: none leads the next
    assert lead_ins(["Bảo vệ rừng", "Trồng rừng", "Phục hồi rừng"], [False] * 3) == [None, None, None]


def test_focus_prefers_the_passage_that_states_the_answer_in_one_sentence():
    import re
    from assistant.evidence import focus
    figure = re.compile(r"\d+\s*%")
    spread = ("Xây dựng kịch bản phát thải cơ sở cho các lĩnh vực năng lượng, nông nghiệp và chất thải.\n"
              "Mục tiêu của giai đoạn là hoàn thành kiểm kê trong năm 2015 với 100% bộ, ngành tham gia.")
    stated = "Lĩnh vực chất thải\n\nMục tiêu giảm phát thải khí nhà kính so với năm 2005: 5%"
    terms = content_terms("mục tiêu giảm phát thải lĩnh vực chất thải")
    assert focus(stated, terms, figure) > focus(spread, terms, figure)
    # without the lead-in the figure's sentence says nothing of waste
    assert focus("Mục tiêu giảm phát thải khí nhà kính so với năm 2005: 5%", terms, figure) < focus(stated, terms, figure)


def test_sentences_saying_quotes_a_clause_with_its_whole_sentence():
    from assistant.evidence import sentences_saying

    passage = ("4. Các sở, ban, ngành\n- Xây dựng kế hoạch thực hiện trước ngày 31/3/2026; báo cáo kết quả thực hiện "
               "trước ngày 05/12 hằng năm.\n- Chủ động phối hợp với các đơn vị liên quan.")
    said = sentences_saying(passage, lambda s: "hằng năm" in s)
    assert said == ["Xây dựng kế hoạch thực hiện trước ngày 31/3/2026; báo cáo kết quả thực hiện trước ngày 05/12 hằng năm."]
    assert sentences_saying(passage, lambda s: "2027" in s) == []


def test_an_introduced_item_of_several_sentences_is_quoted_whole_but_not_without_end():
    from assistant.evidence import LIST_ITEM_MAX_CHARS, best_sentences, content_terms

    lead = "Kế hoạch ưu tiên bố trí không gian biển cho các hoạt động sau:"
    whole = "+ Phát triển du lịch sinh thái biển. Chú trọng du lịch cộng đồng ven biển. Hình thành các tuyến du lịch liên tỉnh."
    short = best_sentences(f"{lead}\n{whole}\n+ Phát triển điện gió ngoài khơi.\n", content_terms("ưu tiên bố trí không gian biển"))
    assert "Hình thành các tuyến du lịch liên tỉnh." in " ".join(short) and "điện gió ngoài khơi" in " ".join(short)
    endless = "+ Phát triển du lịch. " + " ".join(f"Câu thứ {k} nói thêm về du lịch biển bền vững của tỉnh." for k in range(40))
    long = " ".join(best_sentences(f"{lead}\n{endless}\n", content_terms("ưu tiên bố trí không gian biển")))
    assert "Câu thứ 0 " in long and len(long) <= len(lead) + 1 + LIST_ITEM_MAX_CHARS
