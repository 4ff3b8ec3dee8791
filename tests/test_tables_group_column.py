"""Tables whose groups are a column, whose groups state their own figures, and whose columns say
how often rather than by when (ingest.parsing.tables)."""

from ingest.parsing import parse_document

#: the group in a first column, printed once per group (a merged cell), the targets numbered "(n)"
MERGED = "\n".join([
    "KẾ HOẠCH Phát triển dữ liệu số năm 2027",
    "",
    "Phụ lục I: PHÂN CÔNG THEO DÕI CÁC CHỈ TIÊU",
    "",
    "Nhóm chỉ tiêu\tChỉ tiêu số\tNội dung tóm tắt\tCơ quan theo dõi\tKỳ cập nhật số liệu",
    "a) Dữ liệu của cơ quan nhà nước\t(1)\tKết nối cơ sở dữ liệu chuyên ngành\tSở Khoa học và Công nghệ\tHằng quý",
    "\t(2)\tDanh mục dữ liệu dùng chung\tVăn phòng UBND tỉnh\tHằng năm",
    "b) Dữ liệu mở\t(3)\tBộ dữ liệu mở được công bố\tSở Khoa học và Công nghệ\t6 tháng",
    "\t(4)\tLượt khai thác dữ liệu mở\tCông an tỉnh\tHằng tháng",
    "",
])


def _rows(text: str):
    return parse_document(text, doc_id="x", file_name="x.txt").rows


def test_a_group_column_becomes_the_rows_groups_and_the_number_column_numbers_them():
    rows = _rows(MERGED)
    assert [r.number for r in rows] == ["1", "2", "3", "4"]
    assert [r.group for r in rows] == [["a) Dữ liệu của cơ quan nhà nước"]] * 2 + [["b) Dữ liệu mở"]] * 2
    assert rows[3].fields["content"] == "Lượt khai thác dữ liệu mở"
    assert rows[3].fields["lead"] == "Công an tỉnh"
    assert rows[3].locator == "Phụ lục I, chỉ tiêu 4"


def test_a_group_column_repeated_on_every_row_reads_the_same():
    repeated = MERGED.replace("\n\t(2)", "\na) Dữ liệu của cơ quan nhà nước\t(2)").replace("\n\t(4)", "\nb) Dữ liệu mở\t(4)")
    assert [(r.number, r.group, r.fields) for r in _rows(repeated)] == [(r.number, r.group, r.fields) for r in _rows(MERGED)]


def test_a_first_column_of_names_is_no_group_column():
    # one label per row: the rows' own names, not groups (the table stays as it was read before)
    names = MERGED.replace("\n\t(2)", "\nDanh mục\t(2)").replace("\n\t(4)", "\nKhai thác\t(4)")
    assert all(not r.group for r in _rows(names))


def test_a_column_saying_how_often_is_no_deadline():
    row = _rows(MERGED)[0]
    assert "deadline" not in row.fields
    assert row.columns["Kỳ cập nhật số liệu"] == "Hằng quý"


COSTS = "\n".join([
    "KẾ HOẠCH Phát triển dữ liệu số giai đoạn 2026 - 2030",
    "",
    "Phụ lục III: KHÁI TOÁN KINH PHÍ",
    "",
    "TT\tNguồn kinh phí\tTổng cộng giai đoạn 2026 - 2030\tGiai đoạn 2026 - 2027\tGiai đoạn 2028 - 2030",
    "\tTỔNG CỘNG (A + B)\t508,5\t196,3\t312,2",
    "A\tNgân sách trung ương\t120,0\t45,0\t75,0",
    "B\tNgân sách tỉnh\t388,5\t151,3\t237,2",
    "1\tChi đầu tư phát triển\t276,0\t104,0\t172,0",
    "2\tChi thường xuyên\t112,5\t47,3\t65,2",
    "",
])


def test_a_cost_table_named_by_funding_source_is_read():
    rows = _rows(COSTS)
    assert [r.number for r in rows] == ["A", "B", "1", "2"]


def test_a_lettered_row_with_figures_is_a_row_and_the_group_of_the_rows_below():
    rows = {r.number: r for r in _rows(COSTS)}
    assert rows["B"].columns["Tổng cộng giai đoạn 2026 - 2030"] == "388,5"
    assert rows["B"].group == []
    assert rows["1"].group == ["B. Ngân sách tỉnh"] and rows["2"].group == ["B. Ngân sách tỉnh"]
    assert rows["A"].group == []


def test_two_columns_ending_in_one_year_keep_the_first_for_that_year():
    # "Tổng cộng giai đoạn 2026 - 2030" and "Giai đoạn 2028 - 2030" both end in 2030: the first keeps
    # the year, the other stays under its own label
    row = {r.number: r for r in _rows(COSTS)}["1"]
    assert row.fields["targets"]["2030"] == "276,0"
    assert row.columns["Giai đoạn 2028 - 2030"] == "172,0"
