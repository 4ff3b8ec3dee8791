"""Rebuilding tables whose layout a PDF extractor broke (ingest.parsing.pdf_layout)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.parsing.pdf_layout import LogicalLine, rebuild_broken_tables

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
BROKEN = CORPUS / "2025-plan_ubnd.txt"


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def _tables(out: list[LogicalLine]) -> list[tuple[LogicalLine, list[LogicalLine]]]:
    """(header, rows) of every rebuilt table, in document order."""
    tables: list[tuple[LogicalLine, list[LogicalLine]]] = []
    for x in out:
        if "\t" not in x.text:
            continue
        if re.match(r"S?TT\t", x.text):
            tables.append((x, []))
        else:
            tables[-1][1].append(x)
    return tables


def _by_number(rows: list[LogicalLine]) -> dict[str, list[str]]:
    return {r.text.split("\t")[0]: r.text.split("\t") for r in rows if r.text.split("\t")[0]}


@pytest.fixture(scope="module")
def broken():
    lines = _lines(BROKEN)
    out = rebuild_broken_tables(lines)
    return lines, out, _tables(out)


# ---------------------------------------------------------------- the real broken document


def test_two_tables_with_reconstructed_headers(broken):
    _, _, tables = broken
    assert [h.text for h, _ in tables] == [
        "TT\tCác chỉ tiêu\tGiao chỉ tiêu năm 2025\tCăn cứ pháp lý\tGiao đơn vị chủ trì",
        "TT\tTên dự án\tCơ quan chủ trì\tSự cần thiết đầu tư\tDự kiến quy mô, nội dung thực hiện"
        "\tCơ sở pháp lý\tGhi chú",
    ]


def test_appendix_01_rows_in_order_and_complete(broken):
    lines, _, tables = broken
    # N from the text: the last row number printed before "Phụ lục 02".
    end = next(i for i, x in enumerate(lines) if x.startswith("Phụ lục 02"))
    last_n = next(int(x) for x in reversed(lines[:end]) if re.fullmatch(r"\d{1,3}", x.strip()))
    header, rows = tables[0]
    assert [r.text.split("\t")[0] for r in rows] == [str(n) for n in range(1, last_n + 1)]
    assert last_n == 46
    assert all(len(r.text.split("\t")) == 5 and not r.uncertain for r in rows)
    # Every indicator has a content and a target cell.
    assert all(c[1] and c[2] for c in (r.text.split("\t") for r in rows))
    # No header fragment, page number or date stamp leaked into a cell.
    for r in rows:
        assert "Giao chỉ" not in r.text and "Căn cứ pháp lý" not in r.text
        assert not re.search(r"\b31\s+12\s+2024\b", r.text)


def test_appendix_01_anchors(broken):
    rows = _by_number(broken[2][0][1])
    r15 = rows["15"]
    assert r15[1] == "Tỷ lệ hồ sơ giao dịch thanh toán trực tuyến"
    assert r15[2] == "Tối thiểu 45%"
    assert r15[3].startswith("Công văn số 221/VPCP-KSTT")
    assert r15[4] == "Trung tâm Phục vụ HCC tỉnh; Các sở, ban, ngành cấp tỉnh; UBND cấp huyện"
    assert rows["39"][2] == "Tối thiểu 01 lần/năm"
    assert rows["39"][4] == "Sở Thông tin và Truyền thông"
    assert rows["10"][2] == "80%"
    assert rows["10"][4] == "Các sở, ban, ngành cấp tỉnh; UBND cấp huyện"
    assert rows["27"][2] == "80%"
    assert rows["27"][4] == "Ngân hàng nhà nước"
    assert rows["44"][1].endswith("thanh toán học phí không dùng tiền mặt.")
    assert rows["44"][2] == "100%"
    assert rows["44"][4] == "Sở Giáo dục và Đào tạo"


def test_appendix_01_hard_rows(broken):
    rows = _by_number(broken[2][0][1])
    # Content on the number line, target broken over seven short lines.
    assert rows["3"][1:3] == [
        "Triển khai mạng di động 5G",
        "TP Thanh Hóa, TP Sầm sơn, Khu Kinh tế Nghi sơn và các Khu công nghiệp",
    ]
    assert rows["6"][2].startswith("Triển khai trên các lĩnh vực: công nghiệp")
    assert rows["6"][1].endswith("tài nguyên, môi trường, du lịch...")
    # Content and target on one line with the number.
    assert rows["21"][1:3] == ["Tỷ trọng kinh tế số đóng góp GRDP.", "20%"]
    assert rows["28"][1:3] == ["Tỷ lệ dân số trưởng thành có chữ ký số.", "50%"]
    assert rows["11"][2] == "- 300 xã - 06 huyện"
    assert rows["14"][1:3] == ["Tỷ lệ hồ sơ trực tuyến toàn trình", "Tối thiểu 70%"]
    assert rows["38"][2] == "Tối thiểu 6 tháng/01 lần thực hiện"
    assert rows["38"][3].endswith("của Bộ Thông tin và Truyền thông về khung DVCTT")
    assert rows["1"][3] == "Nghị quyết số 06- NQ/TU ngày 10/11/2021 của BTV Tỉnh ủy"
    assert rows["18"][4] == "Trung tâm Phục vụ HCC tỉnh; Công an tỉnh."
    assert rows["22"][4] == "Cục Thống kê; Sở Công thương UBND cấp huyện"
    # Rows 13 and 32 share merged legal/agency cells with the next/previous row in the PDF.
    assert rows["13"][2:] == ["90%", "", ""]
    assert rows["32"][2:] == ["90%", "", ""]


def test_appendix_02_projects(broken):
    _, rows = broken[2][1]
    cells = [r.text.split("\t") for r in rows]
    # 1-4 and 12-14 are numbered; the seven projects in between have no number in the source.
    assert [c[0] for c in cells] == ["1", "2", "3", "4"] + [""] * 7 + ["12", "13", "14"]
    assert [r.uncertain for r in rows] == [False] * 4 + [True] * 7 + [False] * 3
    leads = [c[2] for c in cells]
    assert leads == [
        "Văn phòng Tỉnh uỷ", "Hội Nông dân tỉnh", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh",
        "Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hóa", "Sở Y tế", "Sở Thông tin và Truyền thông",
        "Sở Nội vụ", "Sở Thông tin và Truyền thông", "Sở Văn hoá, Thể thao và Du lịch",
        "Sở Giáo dục và Đào tạo", "Thanh tra tỉnh", "Sở Khoa học và Công nghệ",
        "Sở Nông nghiệp và Phát triển nông thôn",
    ]
    p12 = _by_number(rows)["12"]
    assert "phần mềm quản lý Kế hoạch Thanh tra và tiếp công dân" in p12[1]
    assert p12[2] == "Thanh tra tỉnh"
    assert p12[6] == "Công văn số 2839/TTTH- VP ngày 15/11/2024"
    assert cells[5][1] == "Triển khai Sổ sức khỏe điện tử tích hợp trên ứng dụng VNeID"
    # The date before a page number/stamp stays in its cell.
    assert cells[0][6] == "Tờ trình số 215/TTr- VPTU ngày 08/11/2024"
    # Rows 13 and 14 continue after a page break: the later fragments rejoin their cells.
    p13, p14 = _by_number(rows)["13"], _by_number(rows)["14"]
    assert p13[4].endswith("Khoa học và Công nghệ, hỗ trợ, thúc đẩy các doanh nghiệp đổi mới công nghệ và "
                           "thiết bị. - Xây dựng, đầu tư phòng họp trực tuyến hiện đại đáp ứng yêu cầu trong "
                           "tình hình mới, thúc đẩy tuyên truyền, phổ biến kiến thức tiến bộ khoa học, kỹ thuật "
                           "vào phục vụ sản xuất và đời sống.")
    assert p13[6] == "Công văn số 1732/SKHC N-VP ngày 20/11/2024"
    assert "quản lý tại Sở Nông nghiệp và PTNT tỉnh Thanh Hóa và các đơn vị trực thuộc." in p14[4]
    assert p14[5].endswith("phục vụ chuyển đổi số trong lĩnh vực nông nghiệp nông thôn. Số hóa, tạo lập dữ "
                           "liệu, chuẩn hóa cơ sở dữ liệu đất đai nông nghiệp, cây trồng, vật nuôi, thủy sản, "
                           "thủy lợi, phòng chống thiên tai, dịch bệnh; kết nối, chia sẻ dữ liệu quốc gia, cơ "
                           "sở dữ liệu ngành...” và nhiều nhiệm vụ khác trong số hóa ngành Nông nghiệp.")


def test_ordinary_lines_pass_through_and_spans_are_ordered(broken):
    lines, out, _ = broken
    prev_end = 0
    for x in out:
        assert x.line_start > prev_end and x.line_end >= x.line_start
        if x.line_start == x.line_end and "\t" not in x.text:
            assert x.text == lines[x.line_start - 1]
        prev_end = x.line_end
    # Narrative text before and after the tables is untouched, line numbers included.
    assert out[0] == LogicalLine(lines[0], 1, 1)
    i = next(k for k, x in enumerate(out) if x.text.startswith("Phụ lục 02"))
    assert out[i].line_start == out[i].line_end == lines.index(out[i].text) + 1
    # Every source line is covered exactly by the logical lines (gaps are only dropped page
    # numbers, stamps and repeated headers inside tables).
    covered = {n for x in out for n in range(x.line_start, x.line_end + 1)}
    assert covered == set(range(1, len(lines) + 1)) - set(_dropped(out, lines))


def _dropped(out: list[LogicalLine], lines: list[str]) -> list[int]:
    """Source lines between logical lines (inside tables)."""
    gaps = []
    for a, b in zip(out, out[1:]):
        gaps.extend(range(a.line_end + 1, b.line_start))
    for n in gaps:  # only blanks, page numbers/stamps and header fragments may vanish
        s = lines[n - 1].strip()
        assert not s or re.fullmatch(r"[\d\s]+", s) or s in {
            "TT Các chỉ tiêu", "Giao chỉ", "tiêu năm", "2025", "Căn cứ pháp lý", "Giao đơn vị", "chủ trì",
            "TT Tên dự án", "Cơ", "quan", "Sự cần thiết đầu tư", "Dự kiến quy mô, nội dung", "thực hiện",
            "Cơ sở pháp lý Ghi chú"}, (n, s)
    return gaps


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt") if p != BROKEN))
def test_other_corpus_files_pass_through_unchanged(name):
    lines = _lines(CORPUS / name)
    out = rebuild_broken_tables(lines)
    assert [x.text for x in out] == lines
    assert all(x.line_start == x.line_end == n for n, x in enumerate(out, start=1))


# ---------------------------------------------------------------- synthetic documents


def _spread(lines: list[str]) -> list[str]:
    """Put a blank line after every line, as the PDF extraction does."""
    return [y for x in lines for y in (x, "")]


def test_synthetic_broken_table_is_rebuilt():
    doc = ["Phụ lục II", "DANH MỤC NHIỆM VỤ NĂM 2026", ""] + _spread([
        "STT Nội dung nhiệm vụ", "Đơn vị", "chủ trì", "Thời gian", "hoàn thành",
        "1", "Xây dựng cơ sở dữ liệu dùng", "chung của tỉnh phục vụ chỉ", "đạo điều hành",
        "Sở Khoa học", "và Công nghệ", "Quý IV/2026",
        "2 Triển khai nền tảng số cấp xã", "Văn phòng", "UBND tỉnh", "Năm 2026",
        "7",  # page number, then the header repeats
        "STT Nội dung nhiệm vụ", "Đơn vị", "chủ trì", "Thời gian", "hoàn thành",
        "3", "Đào tạo kỹ năng số cho cán", "bộ, công chức cấp huyện", "Sở Nội vụ", "Thường xuyên",
    ]) + ["Nơi nhận:", "- Như trên;"]
    out = rebuild_broken_tables(doc)
    assert [x.text for x in out] == [
        "Phụ lục II", "DANH MỤC NHIỆM VỤ NĂM 2026", "",
        "STT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tThời gian hoàn thành",
        "1\tXây dựng cơ sở dữ liệu dùng chung của tỉnh phục vụ chỉ đạo điều hành"
        "\tSở Khoa học và Công nghệ\tQuý IV/2026",
        "2\tTriển khai nền tảng số cấp xã\tVăn phòng UBND tỉnh\tNăm 2026",
        "3\tĐào tạo kỹ năng số cho cán bộ, công chức cấp huyện\tSở Nội vụ\tThường xuyên",
        "", "Nơi nhận:", "- Như trên;",
    ]
    spans = [(x.line_start, x.line_end) for x in out]
    assert spans[:4] == [(1, 1), (2, 2), (3, 3), (4, 13)]
    assert spans[4] == (14, 26) and spans[5] == (28, 34)  # each row spans its own source lines
    assert spans[6][0] == doc.index("3") + 1
    assert spans[-3:] == [(len(doc) - 2,) * 2, (len(doc) - 1,) * 2, (len(doc),) * 2]


def test_synthetic_missing_row_number_gives_an_uncertain_row():
    doc = [
        "TT Tên dự án", "Cơ quan", "chủ trì", "Căn cứ pháp lý",
        "1", "Xây dựng kho dữ", "liệu dùng chung", "Sở Thông", "tin và", "Truyền thông",
        "Quyết định số", "942/QĐ-TTg ngày", "15/6/2021",
        "Nâng cấp cổng", "dịch vụ công", "trực tuyến", "Văn phòng", "UBND tỉnh",
        "Kế hoạch số", "272/KH-UBND", "ngày 21/12/2020",
        "3", "Số hóa tài liệu", "lưu trữ", "Sở Nội vụ", "Công văn số", "708/BTTTT ngày", "02/3/2024",
    ]
    out = rebuild_broken_tables(doc)
    assert [(x.text, x.uncertain) for x in out] == [
        ("TT\tTên dự án\tCơ quan chủ trì\tCăn cứ pháp lý", False),
        ("1\tXây dựng kho dữ liệu dùng chung\tSở Thông tin và Truyền thông"
         "\tQuyết định số 942/QĐ-TTg ngày 15/6/2021", False),
        ("\tNâng cấp cổng dịch vụ công trực tuyến\tVăn phòng UBND tỉnh"
         "\tKế hoạch số 272/KH-UBND ngày 21/12/2020", True),
        ("3\tSố hóa tài liệu lưu trữ\tSở Nội vụ\tCông văn số 708/BTTTT ngày 02/3/2024", False),
    ]
    assert (out[2].line_start, out[2].line_end) == (14, 21)


def test_tab_document_and_non_tables_pass_through():
    tab_doc = [
        "Phụ lục I", "STT\tNội dung chỉ tiêu\tĐơn vị chủ trì", "1\tTỷ lệ hồ sơ\tSở Nội vụ", "",
        "TT Nội dung", "1\tdòng có TAB",
    ]
    assert [x.text for x in rebuild_broken_tables(tab_doc)] == tab_doc
    # A "TT ..." line that is not followed by a row numbered 1 is ordinary text.
    prose = ["TT Các chỉ tiêu", "Giao chỉ", "tiêu năm", "Một đoạn văn bình thường dài hơn bốn từ ở đây.", "2"]
    assert [x.text for x in rebuild_broken_tables(prose)] == prose
    assert rebuild_broken_tables([]) == []
