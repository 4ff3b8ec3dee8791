"""Names a plan abbreviates for itself ("… (sau đây gọi tắt là TTCNTT)"): read from the document,
asked about in either form (real ingest of a small Markdown plan, real assistant)."""

from __future__ import annotations

import pytest

from assistant.aliases import find_abbreviations, full_name

PLAN = """# KẾ HOẠCH Chuyển đổi số ngành Thủy sản năm 2027

BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG

Số: 77/KH-BNNMT

## I. MỤC ĐÍCH, YÊU CẦU

Các đơn vị gửi kế hoạch chi tiết về Trung tâm Chuyển đổi số thủy sản (sau đây gọi tắt là TTCĐS) trước ngày 10/02/2027.
Cục Kiểm ngư và Nguồn lợi (sau đây gọi tắt là Cục KNNL) chủ trì số hóa nhật ký khai thác.

## PHỤ LỤC II: DANH MỤC NHIỆM VỤ NĂM 2027

| STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |
|---|---|---|---|
| 1 | Xây dựng cơ sở dữ liệu tàu cá | TTCĐS | Quý II/2027 |
| 2 | Số hóa nhật ký khai thác thủy sản | Cục KNNL | Quý III/2027 |
| 3 | Kết nối hệ thống giám sát hành trình tàu cá | TTCĐS | Quý IV/2027 |
| 4 | Tập huấn kỹ năng số cho ngư dân | Cục KNNL | Hằng năm |
"""


def test_abbreviations_are_read_with_their_full_names():
    found = {a.short: a for a in find_abbreviations(PLAN)}
    assert found["TTCĐS"].full == "Trung tâm Chuyển đổi số thủy sản"
    assert found["Cục KNNL"].full == "Cục Kiểm ngư và Nguồn lợi"
    assert found["TTCĐS"].sentence.startswith("Các đơn vị gửi kế hoạch chi tiết")
    # letters that are not the initials of the words before are no definition
    assert full_name("Các đơn vị gửi báo cáo về Văn phòng", "TTCĐS") is None
    assert find_abbreviations("Kế hoạch này (sau đây gọi tắt là Kế hoạch) được ban hành.") == []


@pytest.fixture(scope="module")
def fishery_assistant(tmp_path_factory):
    from assistant import Assistant
    from ingest.pipeline import ingest_paths
    from ingest.settings import Settings
    from ingest.store import IndexStore

    docs = tmp_path_factory.mktemp("plan")
    (docs / "2027-plan_thuy-san.md").write_text(PLAN, encoding="utf-8")
    settings = Settings(data_dir=tmp_path_factory.mktemp("idx"), corpus_dir=docs, llm_provider="none")
    store = IndexStore(settings)
    report = ingest_paths(None, settings=settings, store=store)
    assert report.documents == 1 and not report.skipped, report.summary()
    return Assistant(settings, store=store)


@pytest.mark.slow
def test_what_a_short_form_stands_for_is_quoted_from_the_plan(fishery_assistant):
    a = fishery_assistant.answer("“Cục KNNL” là cơ quan nào?")
    assert a.found and "Cục Kiểm ngư và Nguồn lợi" in a.answer, a.answer
    assert any("gọi tắt là Cục KNNL" in c.text for c in a.citations)


@pytest.mark.slow
def test_rows_that_use_the_short_form_answer_the_full_name(fishery_assistant):
    a = fishery_assistant.answer("Trung tâm Chuyển đổi số thủy sản chủ trì những nhiệm vụ nào?")
    assert a.found, a.answer
    assert "tàu cá" in a.answer and "giám sát hành trình" in a.answer and "nhật ký" not in a.answer, a.answer


@pytest.mark.slow
def test_yearly_rows_are_listed_by_every_year(fishery_assistant):
    a = fishery_assistant.answer("Which tasks are carried out every year?")
    assert a.found and "Tập huấn kỹ năng số" in a.answer and "tàu cá" not in a.answer, a.answer


def test_an_english_acronym_is_defined_by_the_name_before_it():
    """'LGSP', 'IOC': English initials, not those of the Vietnamese words; the definition still holds."""
    found = {a.short: a.full for a in find_abbreviations(
        "Nền tảng tích hợp, chia sẻ dữ liệu thành phố (gọi tắt là LGSP) đã kết nối 14 cơ sở dữ liệu. "
        "Năm 2027, thành phố đã vận hành Trung tâm giám sát, điều hành đô thị thông minh thành phố "
        "(gọi tắt là Trung tâm IOC) với 1.450 camera.")}
    assert found == {"LGSP": "Nền tảng tích hợp chia sẻ dữ liệu thành phố",
                     "Trung tâm IOC": "Trung tâm giám sát điều hành đô thị thông minh thành phố"}
    # a whole sentence before the parenthesis is no name
    assert find_abbreviations("Năm 2027 thành phố đã hoàn thành việc kết nối các hệ thống thông tin của các sở, ban, ngành "
                              "với nền tảng của Trung ương và địa phương trong toàn vùng (gọi tắt là KNTT).") == []


def test_a_name_followed_by_its_initials_in_brackets_defines_a_short_form():
    # no "gọi tắt là": the bracketed capitals are the initials of the words before them
    from assistant.aliases import find_abbreviations

    found = {a.short: a.full for a in find_abbreviations(
        "Các đơn vị: Trung tâm Thông tin và Xúc tiến du lịch (TTTT&XTDL); Ban Quản lý di tích (BQL Di tích).")}
    assert found["TTTT&XTDL"] == "Trung tâm Thông tin và Xúc tiến du lịch"
    # capitals that are not the initials of the words before them define nothing
    assert find_abbreviations("Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của tỉnh") == []
    assert find_abbreviations("triển khai thí điểm (GIAI ĐOẠN 1)") == []


def test_the_issuer_named_by_its_defined_form_is_the_same_body():
    from assistant.service import _same_body

    issuer = "Sở Văn hóa, Thể thao và Du lịch"
    assert _same_body(issuer, "Sở Văn hóa Thể thao và Du lịch tỉnh Nam Khê")  # punctuation and place aside
    assert _same_body(issuer, "Sở Văn hóa, Thể thao và Du lịch")
    assert not _same_body(issuer, "Sở Du lịch")
    assert not _same_body(issuer, "Văn phòng Sở")


def test_a_list_of_abbreviations_defines_short_forms():
    from assistant.aliases import find_abbreviations

    text = "II. CÁC CHỮ VIẾT TẮT\n- Phòng TCCB: Phòng Tổ chức cán bộ;\n- HSBA ĐT: hồ sơ bệnh án điện tử\n- Đơn vị chủ trì: Sở Y tế"
    found = {a.short: a.full for a in find_abbreviations(text)}
    assert found["Phòng TCCB"] == "Phòng Tổ chức cán bộ"
    assert "Đơn vị chủ trì" not in found  # a label, not initials


def test_a_sector_named_by_its_initials():
    from assistant.aliases import initials_in

    title = "Kế hoạch Chuyển đổi số ngành Văn hóa, Thể thao và Du lịch tỉnh Nam Khê giai đoạn 2027 - 2030"
    assert initials_in("VHTTDL", title)  # "và" skipped, the comma ignored
    assert initials_in("KH&CN", "Kế hoạch chuyển đổi số ngành Khoa học và Công nghệ")
    assert not initials_in("GDĐT", title)  # another sector's initials
    assert not initials_in("giáo dục", "ngành Giáo dục")  # words, not initials
    assert not initials_in("DL", title)  # two letters say too little
