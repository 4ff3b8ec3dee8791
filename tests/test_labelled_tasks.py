"""Tasks written in the text as labelled items ("1. …" then "- Đơn vị chủ trì: …") become task rows
(fast: parser only). The wordings are varied so that a label is read by its word roots, the rule
that reads table headers, not by one plan's phrasing."""

from __future__ import annotations

from ingest.parsing import parse_document
from ingest.records import ParsedDocument


def parse(lines: list[str], file_name: str = "plan.md") -> ParsedDocument:
    return parse_document("\n".join(lines), doc_id="plan", file_name=file_name, manifest_entry=None)


def tasks(doc: ParsedDocument) -> list:
    return [r for r in doc.rows if r.kind == "task"]


MARKDOWN = [
    "KẾ HOẠCH",
    "Chuyển đổi số ngành Văn hóa năm 2028",
    "",
    "III. NHIỆM VỤ VÀ GIẢI PHÁP",
    "",
    "A. Hạ tầng và nền tảng số",
    "",
    "1. Xây dựng Kho dữ liệu di sản văn hóa số",
    "",
    "- Đơn vị chủ trì: Bảo tàng tỉnh",
    "- Đơn vị phối hợp: Sở Tài chính; UBND cấp xã",
    "- Thời gian hoàn thành: Quý III/2028",
    "- Sản phẩm: Kho dữ liệu được đưa vào vận hành",
    "",
    "2. Nâng cấp mạng nội bộ các thư viện",
    "",
    "- Cơ quan thực hiện: Thư viện tỉnh",
    "- Tiến độ: Thường xuyên",
    "",
    "B. Dữ liệu số",
    "",
    "1. Số hóa hồ sơ di tích cấp tỉnh",
    "",
    "- Chủ trì: Ban Quản lý di tích; phối hợp: Sở Xây dựng",
    "- Thời hạn: Năm 2029",
    "",
    "IV. TỔ CHỨC THỰC HIỆN",
    "",
    "Sở Văn hóa chủ trì, theo dõi việc thực hiện Kế hoạch.",
    "Thời gian báo cáo: trước ngày 15/12 hằng năm.",
]


def test_each_labelled_item_is_a_task_row_with_its_roles():
    rows = tasks(parse(MARKDOWN))
    assert [r.fields["content"] for r in rows] == [
        "Xây dựng Kho dữ liệu di sản văn hóa số", "Nâng cấp mạng nội bộ các thư viện", "Số hóa hồ sơ di tích cấp tỉnh"]
    first, second, third = rows
    assert first.fields["lead"] == "Bảo tàng tỉnh"
    assert first.fields["coordinating"] == "Sở Tài chính; UBND cấp xã"
    assert first.fields["deadline"] == "Quý III/2028"
    assert first.fields["result"] == "Kho dữ liệu được đưa vào vận hành"
    assert second.fields["lead"] == "Thư viện tỉnh" and second.fields["deadline"] == "Thường xuyên"
    # one line naming both roles is split like a table cell that does
    assert third.fields["lead"] == "Ban Quản lý di tích" and third.fields["coordinating"] == "Sở Xây dựng"


def test_rows_sit_in_their_lettered_group_and_numbering_restarts_per_group():
    rows = tasks(parse(MARKDOWN))
    assert [r.group for r in rows] == [["A. Hạ tầng và nền tảng số"]] * 2 + [["B. Dữ liệu số"]]
    assert rows[0].appendix.startswith("Mục III. NHIỆM VỤ")
    # the numbers restart in B, so the locator names the group to tell "1" from "1"
    assert rows[0].locator != rows[2].locator
    assert "B. Dữ liệu số" in rows[2].locator and rows[2].locator.endswith("nhiệm vụ 1")
    assert rows[0].text.splitlines()[0] == "1. Xây dựng Kho dữ liệu di sản văn hóa số"


def test_a_sentence_with_a_colon_or_a_date_label_without_a_lead_is_not_a_task():
    rows = tasks(parse(MARKDOWN))
    assert not any("báo cáo" in r.fields["content"].lower() or "theo dõi" in r.fields["content"] for r in rows)
    plain = parse(["KẾ HOẠCH", "I. MỤC TIÊU", "1. Nâng cao năng lực", "- Thời gian: năm 2028",
                   "- Kết quả: 100% cán bộ được tập huấn"])
    assert tasks(plain) == []


def test_wrapped_lines_of_a_pdf_join_their_title_and_values():
    lines = [
        "III. NHIỆM VỤ",
        "1. Triển khai nền tảng học tập trực tuyến dùng chung cho các",
        "trường trung học phổ thông trên địa bàn tỉnh",
        "- Đơn vị chủ trì: Trung tâm Công nghệ thông tin và Truyền thông",
        "tỉnh",
        "- Thời gian hoàn thành: năm 2029",
        "2. Số hóa học bạ",
        "- Đơn vị chủ trì: Phòng Giáo dục Trung học",
    ]
    rows = tasks(parse(lines))
    assert rows[0].fields["content"] == ("Triển khai nền tảng học tập trực tuyến dùng chung cho các "
                                         "trường trung học phổ thông trên địa bàn tỉnh")
    assert rows[0].fields["lead"] == "Trung tâm Công nghệ thông tin và Truyền thông tỉnh"
    assert rows[0].fields["deadline"] == "năm 2029"
    assert rows[1].fields["lead"] == "Phòng Giáo dục Trung học" and rows[1].number == "2"


def test_numbered_labels_with_the_task_under_a_label():
    # "1. Nhiệm vụ: …", "2. Đơn vị chủ trì: …": the numbers count labels, not tasks; OCR text puts
    # a blank line after every line
    lines = ["IV. NHIỆM VỤ TRỌNG TÂM", "", "1. Nhiệm vụ: Triển khai Sổ sức khỏe điện tử trên ứng dụng", "",
             "VNeID.", "", "2. Đơn vị chủ trì: Sở Y tế", "", "3. Đơn vị phối hợp: Công an tỉnh; Bảo hiểm",
             "", "xã hội tỉnh.", "", "4. Sự cần thiết:", "", "Bảo đảm quyền lợi người dân."]
    rows = tasks(parse(lines))
    assert len(rows) == 1
    assert rows[0].fields["content"] == "Triển khai Sổ sức khỏe điện tử trên ứng dụng VNeID"
    assert rows[0].fields["lead"] == "Sở Y tế"
    assert rows[0].fields["coordinating"] == "Công an tỉnh; Bảo hiểm xã hội tỉnh"


def test_the_ingest_report_lists_the_labelled_tasks_and_their_labels():
    report = parse(MARKDOWN).info.report
    listed = [t for t in report.tables if t.kind == "task"]
    assert len(listed) == 1 and listed[0].rows == 3
    roles = {c.label: c.role for c in listed[0].columns}
    assert roles["Đơn vị chủ trì"] == "lead" and roles["Cơ quan thực hiện"] == "lead"
    assert roles["Tiến độ"] == "deadline" and roles["Sản phẩm"] == "result"


def test_a_lettered_group_inside_a_roman_part_heads_its_sections():
    doc = parse(MARKDOWN)
    paths = [s.path for s in doc.sections if s.text.startswith("1. Số hóa")]
    assert paths == [["III. NHIỆM VỤ VÀ GIẢI PHÁP", "B. Dữ liệu số", "1. Số hóa hồ sơ di tích cấp tỉnh"]]


def test_labels_inside_the_paragraph_of_a_task_wrapped_by_a_pdf():
    # "a) <task>. Cơ quan chủ trì: X; cơ quan phối hợp: Y; thời gian: Z." over wrapped lines, a
    # label cut by the line break ("Cơ quan" / "chủ trì:")
    lines = [
        "IV. NHIỆM VỤ, GIẢI PHÁP",
        "2. Phát triển dữ liệu số",
        "a) Số hóa hồ sơ địa chính, xây dựng cơ sở dữ liệu đất đai của phường. Cơ quan",
        "chủ trì: Phòng Kinh tế; cơ quan phối hợp: Chi nhánh Văn phòng đăng ký đất đai; thời gian: hoàn thành",
        "năm 2028.",
        "b) Cập nhật dữ liệu dân cư. Cơ quan chủ trì: Công an phường; thời gian: thường xuyên.",
        "3. Tổ chức thực hiện",
        "Các phòng báo cáo kết quả trước ngày 05/12 hằng năm.",
    ]
    rows = tasks(parse(lines))
    assert [r.number for r in rows] == ["a", "b"]
    first, second = rows
    assert first.fields["content"] == "Số hóa hồ sơ địa chính, xây dựng cơ sở dữ liệu đất đai của phường"
    assert first.fields["lead"] == "Phòng Kinh tế"
    assert first.fields["coordinating"] == "Chi nhánh Văn phòng đăng ký đất đai"
    assert first.fields["deadline"] == "hoàn thành năm 2028"
    assert second.fields["lead"] == "Công an phường" and second.fields["deadline"] == "thường xuyên"
    assert first.group == ["2. Phát triển dữ liệu số"]


def test_letterhead_with_the_place_on_the_line_beside_the_motto():
    # "ỦY BAN NHÂN DÂN   CỘNG HÒA …" / "XÃ VÂN AN   Độc lập - Tự do - Hạnh phúc": the issuer is the
    # commune's People's Committee, not "Ủy ban nhân dân"
    doc = parse(["ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ VÂN AN Độc lập - Tự do - Hạnh phúc",
                 "Số: 12/KH-UBND Vân An, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH", "Chuyển đổi số xã Vân An năm 2026",
                 "I. MỤC ĐÍCH"])
    assert doc.info.issuer == "UBND xã Vân An"


def test_a_letterhead_wrapped_in_its_column_and_a_title_ending_on_its_years():
    # a PDF's narrow letterhead column: "ỦY BAN NHÂN DÂN TỈNH NAM" / "KHÊ" beside the motto,
    # "SỞ VĂN HÓA, THỂ THAO VÀ DU" / "LỊCH" beside the place and date; the title's years on a line of their own
    doc = parse([
        "ỦY BAN NHÂN DÂN TỈNH NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "KHÊ Độc lập - Tự do - Hạnh phúc",
        "SỞ VĂN HÓA, THỂ THAO VÀ DU Nam Khê, ngày 15 tháng 01 năm 2027",
        "LỊCH",
        "Số: 1482/KH-SVHTTDL",
        "KẾ HOẠCH",
        "Chuyển đổi số ngành Văn hóa, Thể thao và Du lịch tỉnh Nam Khê giai đoạn",
        "2027 - 2030",
        "Căn cứ Kế hoạch số 215/KH-UBND của Ủy ban nhân dân tỉnh Nam Khê; Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch.",
        "I. MỤC ĐÍCH",
    ])
    assert doc.info.issuer == "Sở Văn hóa, Thể thao và Du lịch"
    assert doc.info.title.endswith("tỉnh Nam Khê giai đoạn 2027 - 2030")


ASSIGNED = [
    "KẾ HOẠCH",
    "Triển khai dữ liệu số năm 2027",
    "",
    "I. MỤC TIÊU",
    "",
    "Đến năm 2027, 100% hồ sơ được số hóa.",
    "",
    "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "",
    "1. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh và các sở, ban, ngành xây dựng Kho dữ liệu"
    " dùng chung của tỉnh, hoàn thành trong Quý III/2027.",
    "",
    "2. Hoàn thiện thể chế. Giao Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật về dữ liệu; thời hạn hoàn thành:"
    " tháng 6/2027. Sở Nội vụ chủ trì, phối hợp với Công an tỉnh số hóa hồ sơ cán bộ, công chức trước ngày 30/9/2027.",
    "",
    "3. Các sở, ban, ngành tăng cường ứng dụng dữ liệu trong chỉ đạo, điều hành.",
    "",
    "4. Giao Sở Tài chính chủ trì, phối hợp với Sở KH&CN hoàn thành nâng cấp hệ thống quản lý tài sản trong năm 2028.",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "",
    "Các cơ quan chủ trì báo cáo kết quả thực hiện hằng quý.",
]


def test_a_task_given_in_a_sentence_is_a_task_row():
    rows = {r.fields["lead"]: r for r in tasks(parse(ASSIGNED))}
    assert set(rows) == {"Sở Khoa học và Công nghệ", "Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính"}  # "các cơ quan chủ trì" names no body
    assert rows["Sở Tài chính"].fields["deadline"] == "năm 2028"  # "hoàn thành nâng cấp … trong năm 2028"
    assert rows["Sở Tài chính"].fields["coordinating"] == "Sở KH&CN"
    kho = rows["Sở Khoa học và Công nghệ"]
    assert kho.number == "1" and kho.fields["deadline"] == "Quý III/2027"
    assert kho.fields["coordinating"] == "Văn phòng UBND tỉnh và các sở, ban, ngành"  # "sở, ban, ngành" is one name
    assert kho.fields["content"].startswith("Giao Sở Khoa học và Công nghệ chủ trì")  # the sentence, verbatim
    assert rows["Sở Tư pháp"].fields["deadline"] == "tháng 6/2027" and "coordinating" not in rows["Sở Tư pháp"].fields
    assert rows["Sở Nội vụ"].fields["coordinating"] == "Công an tỉnh" and rows["Sở Nội vụ"].fields["deadline"] == "30/9/2027"



def test_a_markdown_heading_takes_no_paragraph_after_it_as_its_wrapped_end(tmp_path):
    """In a Markdown (or Word) file a blank line ends a block, however many there are: the measure's paragraph
    under a heading ("### 1. …") is the measure, not the heading's wrapped end, as the loaded file is parsed.
    (A PDF's heading wrapped onto a line in capitals is still joined: test_wrapped_lines_of_a_pdf_….)"""
    from ingest.loaders import load_file

    path = tmp_path / "plan.md"
    path.write_text("\n".join([
        "## III. NHIỆM VỤ, GIẢI PHÁP", "",
        "### 1. Nâng cao nhận thức", "",
        "Tổ chức các lớp tập huấn kỹ năng soạn thảo văn bản cho công chức cấp xã.", "",
        "- Đơn vị chủ trì: Sở Tư pháp",
        "- Thời gian thực hiện: Hằng năm", "",
        "### 2. Hoàn thiện thể chế", "",
        "Rà soát các quy định về chế độ chi cho công tác xây dựng pháp luật.", "",
        "- Đơn vị chủ trì: Sở Tài chính",
        "- Thời gian thực hiện: Năm 2027", "",
    ]), encoding="utf-8")
    loaded = load_file(path)
    rows = tasks(parse_document(loaded.text, doc_id="plan", file_name=path.name, manifest_entry=None))
    assert [r.fields["content"] for r in rows] == [
        "Tổ chức các lớp tập huấn kỹ năng soạn thảo văn bản cho công chức cấp xã.",
        "Rà soát các quy định về chế độ chi cho công tác xây dựng pháp luật."]
    assert [r.group[-1] for r in rows] == ["1. Nâng cao nhận thức", "2. Hoàn thiện thể chế"]
    assert [r.fields["lead"] for r in rows] == ["Sở Tư pháp", "Sở Tài chính"]
