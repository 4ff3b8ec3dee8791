"""Parser and chunker over the real corpus texts and a new synthetic plan (fast: no model, no index).

``parse_document`` is called directly on ``corpus/*.txt`` with the manifest entries from
``corpus/manifest.json`` (and with ``manifest_entry=None`` where metadata inference is tested).
Every expected value below was checked against the source line it comes from.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

import pytest

from ingest.chunking import build_chunks
from ingest.parsing import parse_document
from ingest.records import ParsedDocument, TableRow
from ingest.settings import PROJECT_ROOT, Settings

CORPUS = PROJECT_ROOT / "corpus"
PLAN26 = "2026-plan_kh-275-ubnd.txt"
PLAN25 = "2025-plan_ubnd.txt"
CTR06 = "2022-program_qd-176-ubnd_nq-06.txt"
KH266 = "2025-action-plan_kh-266-tu_nq-57.txt"
KH285 = "2025-plan_kh-285-tu_kh-02.txt"
ALL_FILES = (PLAN26, PLAN25, CTR06, KH266, KH285)


@lru_cache(maxsize=None)
def _manifest() -> dict[str, dict]:
    data = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    return {d["file"]: d for d in data["documents"]}


@lru_cache(maxsize=None)
def source(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def parsed(name: str, with_manifest: bool = True) -> ParsedDocument:
    return parse_document(
        source(name),
        doc_id=name.rsplit(".", 1)[0],
        file_name=name,
        sha256="test",
        manifest_entry=_manifest()[name] if with_manifest else None,
    )


def rows_of(name: str, appendix: str | None = None) -> list[TableRow]:
    return [r for r in parsed(name).rows if appendix is None or r.appendix == appendix]


def one(rows: list[TableRow], number: str, *, group: str | None = None) -> TableRow:
    """The single row with this number (optionally under a group label containing ``group``)."""
    hits = [r for r in rows if r.number == number and (group is None or any(group in g for g in r.group))]
    assert len(hits) == 1, f"expected one row {number!r} (group {group!r}), got {[(h.locator, h.group) for h in hits]}"
    return hits[0]


def _squash(text: str) -> str:
    return " ".join(text.split())


# ============================================================ 2026 plan (tab-separated tables)


def test_plan26_appendix_i_is_indicators_1_to_31_in_order():
    rows = rows_of(PLAN26, "Phụ lục I")
    assert [r.number for r in rows] == [str(i) for i in range(1, 32)]
    assert {r.kind for r in rows} == {"indicator"}
    assert all(not r.uncertain for r in rows), [r.locator for r in rows if r.uncertain]


def test_plan26_indicator_18_fields_group_and_locator():
    r = one(rows_of(PLAN26, "Phụ lục I"), "18")
    assert r.fields["lead"] == "Công an tỉnh"
    assert r.fields["targets"] == {"2026": "100%"}
    assert "quản trị dữ liệu" in r.fields["content"]
    assert r.locator == "Phụ lục I, chỉ tiêu 18"
    assert r.group and r.group[0].startswith("II.")
    assert r.doc_id == "2026-plan_kh-275-ubnd"
    # The verbatim row is kept for citations.
    assert "Công an tỉnh" in r.text and "100%" in r.text and "quản trị dữ liệu" in r.text


def test_plan26_appendix_ii_groups_and_restarted_numbering():
    rows = rows_of(PLAN26, "Phụ lục II")
    regular = [r for r in rows if r.group and r.group[0] == "I. Nhiệm vụ thường xuyên"]
    timed = [r for r in rows if r.group and r.group[0] == "II. Nhiệm vụ có thời hạn"]
    assert len(regular) == 12 and len(timed) == 65 and len(rows) == 77
    assert [r.number for r in regular] == [str(i) for i in range(1, 13)]
    assert [r.number for r in timed] == [str(i) for i in range(1, 66)]
    assert {r.kind for r in rows} == {"task"}


def test_plan26_task_65_of_part_ii():
    r = one(rows_of(PLAN26, "Phụ lục II"), "65", group="II. Nhiệm vụ có thời hạn")
    assert r.fields["lead"] == "Ban Chỉ huy Bộ đội Biên phòng"
    assert r.fields["deadline"] == "Tháng 12/2026"


def test_plan26_task_3_of_part_i_and_part_ii_are_different_rows():
    rows = rows_of(PLAN26, "Phụ lục II")
    t1 = one(rows, "3", group="I. Nhiệm vụ thường xuyên")
    t2 = one(rows, "3", group="II. Nhiệm vụ có thời hạn")
    assert t1.row_id != t2.row_id
    assert t1.locator != t2.locator
    assert "I. Nhiệm vụ thường xuyên" in t1.locator and "II. Nhiệm vụ có thời hạn" in t2.locator
    assert t1.fields["content"] != t2.fields["content"]
    assert t1.fields["lead"] == "Công an tỉnh" and t2.fields["lead"] == "Sở Khoa học và Công nghệ"


def test_plan26_task_5_continued_after_page_break_is_merged():
    rows = rows_of(PLAN26, "Phụ lục II")
    r = one(rows, "5", group="I. Nhiệm vụ thường xuyên")
    basis = " ".join(str(r.fields.get(k, "")) for k in ("note", "legal_basis"))
    # Before the break: "Kế hoạch số 266-KH/TU ngày 26/4/2025;" — after it: "Kế hoạch số 101/KH-UBND ngày 25/5/2025."
    assert "Kế hoạch số 266-KH/TU ngày 26/4/2025" in basis
    assert "Kế hoạch số 101/KH-UBND ngày 25/5/2025" in basis
    assert "101/KH-UBND" in r.text
    assert r.line_end > r.line_start  # the row spans the page break
    assert not r.uncertain
    # The continuation is not a row of its own, and the next row is task 6 as printed.
    assert all(x.number is not None for x in rows)
    nxt = rows[rows.index(r) + 1]
    assert nxt.number == "6" and nxt.fields["lead"] == "Viện Kiểm sát nhân dân tỉnh"


def test_plan26_repeated_header_lines_never_become_rows():
    rows = parsed(PLAN26).rows
    assert len(rows) == 31 + 77
    header_words = ("STT", "Tên nhiệm vụ", "Nội dung chỉ tiêu", "Cơ quan chủ trì")
    for r in rows:
        assert r.number is not None, r.text
        assert r.fields.get("content") not in header_words
        assert not any(line.startswith("STT |") for line in r.text.split("\n")), r.text


# ============================================================ 2025 plan (broken PDF layout)


def test_plan25_broken_layout_indicator_39():
    r = one(rows_of(PLAN25, "Phụ lục 01"), "39")
    assert r.fields["targets"] == {"2025": "Tối thiểu 01 lần/năm"}
    assert r.fields["lead"] == "Sở Thông tin và Truyền thông"
    assert "diễn tập thực chiến" in r.fields["content"]


def test_plan25_broken_layout_indicators_15_and_10():
    rows = rows_of(PLAN25, "Phụ lục 01")
    assert one(rows, "15").fields["targets"] == {"2025": "Tối thiểu 45%"}
    r10 = one(rows, "10")
    assert r10.fields["targets"] == {"2025": "80%"}
    assert "họp" in r10.fields["content"] and "không giấy tờ" in r10.fields["content"]
    assert [r.number for r in rows] == [str(i) for i in range(1, 47)]


# ============================================================ KH 266 (OCR, shifted columns)


def test_kh266_indicator_62_status_and_targets():
    r = one(rows_of(KH266, "Phụ lục I"), "62")
    assert r.fields["status"] == "56,3%"
    assert r.fields["lead"] == "Công an tỉnh"
    assert r.fields["targets"]["2025"] == "60%"
    assert r.fields["targets"]["2030"] == "80%"
    assert not r.uncertain


def test_kh266_misfit_row_is_flagged_and_gets_no_targets():
    # Source: "1 | Tỷ lệ phủ sóng 5G trên địa bàn | % | 5% | 60% | 100% | 100% | 100% | Sở KH&CN":
    # five values for six value columns (status + 2025..2045) — which year is missing is unknown.
    r = one(rows_of(KH266, "Phụ lục I"), "1")
    assert r.uncertain
    assert r.warnings
    assert "targets" not in r.fields and "status" not in r.fields  # not silently misassigned
    assert r.fields.get("unaligned_values") == ["5%", "60%", "100%", "100%", "100%"]  # kept, unaligned
    assert r.fields["lead"] == "Sở Khoa học và Công nghệ"  # descriptive columns still anchored


def test_kh266_all_four_appendices_present_even_unlabelled_and_garbled():
    text = source(KH266)
    assert "PHÒNG LỤC IV" in text  # the OCR-garbled label of Phụ lục IV
    assert not re.search(r"(?im)^\W*ph\S*\s+l\S*c\s+III\W*$", text)  # Phụ lục III has no printed label
    rows = parsed(KH266).rows
    spans = {}
    for r in rows:
        lo, hi = spans.get(r.appendix, (r.line_start, r.line_end))
        spans[r.appendix] = (min(lo, r.line_start), max(hi, r.line_end))
    assert set(spans) == {"Phụ lục I", "Phụ lục II", "Phụ lục III", "Phụ lục IV"}
    # In document order and not overlapping.
    order = ["Phụ lục I", "Phụ lục II", "Phụ lục III", "Phụ lục IV"]
    for a, b in zip(order, order[1:]):
        assert spans[a][1] < spans[b][0], (a, spans[a], b, spans[b])
    iv_label_line = next(i for i, line in enumerate(text.split("\n"), 1) if "PHÒNG LỤC IV" in line)
    assert spans["Phụ lục III"][1] < iv_label_line < spans["Phụ lục IV"][0]
    assert len([r for r in rows if r.appendix == "Phụ lục I"]) >= 75


# ============================================================ 2022 program (hierarchical numbers)


def test_ctr06_indicator_2_1_targets_come_from_the_group_year():
    rows = rows_of(CTR06, "Phụ lục 01")
    r25 = one(rows, "2.1", group="Chỉ tiêu đến năm 2025")
    r30 = one(rows, "2.1", group="Chỉ tiêu đến năm 2030")
    assert set(r25.fields["targets"]) == {"2025"} and "20%" in r25.fields["targets"]["2025"]
    assert set(r30.fields["targets"]) == {"2030"} and "30%" in r30.fields["targets"]["2030"]
    assert r25.fields["lead"] == "Sở Kế hoạch và Đầu tư"
    assert r25.row_id != r30.row_id and r25.locator != r30.locator
    assert "2025" in r25.locator and "2030" in r30.locator


def test_ctr06_hierarchical_numbers_are_kept():
    numbers = {r.number for r in parsed(CTR06).rows}
    assert {"1.1", "1.6", "2.1", "2.3", "3.1", "4.5.3", "2.1.1"} <= numbers
    assert not ({"1", "2", "3"} & {r.number for r in rows_of(CTR06, "Phụ lục 01")})  # "1 Về Chính quyền số" is a group


def test_ctr06_task_4_5_3_lead():
    r = one(rows_of(CTR06, "Phụ lục 02"), "4.5.3")
    assert r.fields["lead"] == "Công an tỉnh"
    assert r.kind == "task"
    assert "camera giám sát" in r.fields["content"]


def test_ctr06_html_list_markup_is_not_kept_in_values():
    rows = parsed(CTR06).rows
    leaking = [r.locator for r in rows if "<ul" in r.text or any("<ul" in str(v) for v in r.fields.values())]
    assert leaking == []
    assert one(rows_of(CTR06, "Phụ lục 02"), "4.5.3").fields["result"].startswith("- Đầu tư bổ sung")


def test_ctr06_dotted_subgroup_row_is_a_group():
    rows = rows_of(CTR06, "Phụ lục 02")
    assert not [r.locator for r in rows if r.fields.get("content") == "Lĩnh vực an ninh, trật tự"]
    assert any("Lĩnh vực an ninh, trật tự" in g for g in one(rows, "4.5.3").group)


# ============================================================ KH 285 (garbled row 42)


def test_kh285_task_60_lead():
    r = one(parsed(KH285).rows, "60")
    assert r.fields["lead"] == "Sở Khoa học và Công nghệ, Văn phòng UBND tỉnh"
    assert r.fields["deadline"] == "Hoàn thành trong tháng 8/2025"


def test_kh285_numbers_1_to_61_without_the_garbled_42():
    rows = parsed(KH285).rows
    assert [r.number for r in rows] == [str(i) for i in range(1, 62) if i != 42]
    assert {r.kind for r in rows} == {"task"}
    # The fragment left of row 42 ("\tvà tăng tương tác 2 chiều ...", after a repeated header) is not lost:
    # it is merged into the row before the break or kept on a flagged row.
    frag = "tăng tương tác 2 chiều giữa người dân"
    holders = [r for r in rows if frag in r.text]
    assert len(holders) == 1
    assert holders[0].number == "41" or holders[0].uncertain
    assert frag in holders[0].fields.get("content", "") or holders[0].uncertain


# ============================================================ metadata inference (no manifest)


def test_metadata_inferred_for_plan26_without_manifest():
    info = parsed(PLAN26, with_manifest=False).info
    assert info.metadata_source == "inferred"
    assert info.number == "275/KH-UBND"
    assert info.date == "2025-12-31"
    assert "Chuyển đổi số tỉnh Thanh Hóa năm 2026" in info.title
    assert info.issuer and "UBND tỉnh" in info.issuer
    assert info.signer == "Nguyễn Hoài Anh"


def test_metadata_inferred_for_kh266_without_manifest():
    info = parsed(KH266, with_manifest=False).info
    assert info.number == "266-KH/TU"
    assert info.date == "2025-04-26"
    assert info.signer == "Nguyễn Doãn Anh"
    assert "57-NQ/TW" in info.title


def test_metadata_manifest_values_win():
    info = parsed(PLAN25).info
    assert info.metadata_source == "manifest"
    assert info.signer == "Đỗ Minh Tuấn" and info.date == "2024-12-31" and info.number is None
    assert info.n_rows == len(parsed(PLAN25).rows) and info.n_sections == len(parsed(PLAN25).sections)


def test_metadata_signer_found_past_blank_lines():
    assert parsed(PLAN25, with_manifest=False).info.signer == "Đỗ Minh Tuấn"


# ============================================================ a new plan, not in the corpus

SYNTHETIC = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
    "Số: 42/KH-UBND",
    "Ninh Bình, ngày 15 tháng 3 năm 2027",
    "",
    "KẾ HOẠCH",
    "Ứng dụng trí tuệ nhân tạo tỉnh Ninh Bình năm 2027",
    "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Đẩy mạnh ứng dụng trí tuệ nhân tạo trong hoạt động của cơ quan nhà nước.",
    "2. Yêu cầu",
    "Bảo đảm an toàn thông tin khi triển khai các hệ thống.",
    "II. NHIỆM VỤ",
    "Các nhiệm vụ cụ thể tại Phụ lục I kèm theo.",
    "",
    "Phụ lục I",
    "DANH MỤC NHIỆM VỤ NĂM 2027",
    "(Kèm theo Kế hoạch số 42/KH-UBND ngày 15/3/2027 của UBND tỉnh Ninh Bình)",
    "",
    "TT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn",
    "I\tNhiệm vụ về hạ tầng\t\t\t",
    "1\tXây dựng kho dữ liệu dùng chung của tỉnh\tSở Khoa học và Công nghệ\tCác sở, ngành\tTháng 6/2027",
    "2\tTriển khai trợ lý ảo cho cán bộ, công chức\tVăn phòng UBND tỉnh\tSở Nội vụ\tTháng 9/2027",
    "",
    "TT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn",
    "\tvà cho người dân tra cứu thủ tục hành chính\t\t\t",
    "II\tNhiệm vụ về an toàn thông tin\t\t\t",
    "3\tDiễn tập ứng cứu sự cố an toàn thông tin mạng\tCông an tỉnh\tSở Khoa học và Công nghệ\tTháng 11/2027",
    "",
    "Phụ lục II",
    "CÁC CHỈ TIÊU ĐẾN NĂM 2030",
    "(Kèm theo Kế hoạch số 42/KH-UBND ngày 15/3/2027 của UBND tỉnh Ninh Bình)",
    "",
    "STT\tTên chỉ tiêu\tĐơn vị tính\tCHỈ TIÊU\t\t\tCơ quan chủ trì",
    "\t\t\tHiện trạng (2026)\tNăm 2027\tNăm 2030\t",
    "1\tTỷ lệ cơ quan sử dụng trợ lý ảo\t%\t20%\t50%\t90%\tVăn phòng UBND tỉnh",
    "2\tSố mô hình trí tuệ nhân tạo được triển khai\tMô hình\t2\t5\t15\tSở Khoa học và Công nghệ",
    "3\tTỷ lệ hồ sơ được trợ lý ảo hỗ trợ\t%\t10%\t40%\tSở Nội vụ",
    "",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Trần Văn Minh",
])


def _synthetic() -> ParsedDocument:
    return parse_document(SYNTHETIC, doc_id="2027-plan_ai", file_name="2027-plan_ai.txt", manifest_entry=None)


def test_synthetic_task_table_rows_fields_groups():
    rows = [r for r in _synthetic().rows if r.appendix == "Phụ lục I"]
    assert [r.number for r in rows] == ["1", "2", "3"]  # repeated header and continuation are not rows
    assert {r.kind for r in rows} == {"task"}
    assert [r.group for r in rows] == [["I. Nhiệm vụ về hạ tầng"], ["I. Nhiệm vụ về hạ tầng"], ["II. Nhiệm vụ về an toàn thông tin"]]
    t1, t2, t3 = rows
    assert t1.fields["lead"] == "Sở Khoa học và Công nghệ"
    assert t1.fields["coordinating"] == "Các sở, ngành"
    assert t1.fields["deadline"] == "Tháng 6/2027"
    assert t2.fields["content"] == "Triển khai trợ lý ảo cho cán bộ, công chức và cho người dân tra cứu thủ tục hành chính"
    assert t2.fields["lead"] == "Văn phòng UBND tỉnh" and t2.fields["deadline"] == "Tháng 9/2027"
    assert "tra cứu thủ tục hành chính" in t2.text and "Nội dung nhiệm vụ" not in t2.text
    assert t2.line_end > t2.line_start
    assert t3.fields["lead"] == "Công an tỉnh" and t3.fields["coordinating"] == "Sở Khoa học và Công nghệ"
    assert t3.locator == "Phụ lục I, nhiệm vụ 3"
    assert not any(r.uncertain for r in rows)


def test_synthetic_two_line_header_maps_targets_by_year():
    rows = [r for r in _synthetic().rows if r.appendix == "Phụ lục II"]
    assert [r.number for r in rows] == ["1", "2", "3"]
    r1, r2, r3 = rows
    assert r1.kind == "indicator"
    assert r1.fields["status"] == "20%"
    assert r1.fields["targets"] == {"2027": "50%", "2030": "90%"}
    assert r1.fields["lead"] == "Văn phòng UBND tỉnh" and r1.fields["unit"] == "%"
    assert r2.fields["targets"] == {"2027": "5", "2030": "15"} and r2.fields["status"] == "2"
    assert r1.locator == "Phụ lục II, chỉ tiêu 1"
    # One value short: flagged, nothing assigned to a guessed year, the lead still found.
    assert r3.uncertain and "targets" not in r3.fields and "status" not in r3.fields
    assert r3.fields["unaligned_values"] == ["10%", "40%"] and r3.fields["lead"] == "Sở Nội vụ"


def test_synthetic_metadata_and_sections():
    doc = _synthetic()
    info = doc.info
    assert (info.number, info.date, info.signer) == ("42/KH-UBND", "2027-03-15", "Trần Văn Minh")
    assert "Ứng dụng trí tuệ nhân tạo tỉnh Ninh Bình năm 2027" in info.title
    assert info.issuer and "Ninh Bình" in info.issuer
    paths = [s.path for s in doc.sections]
    assert ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"] in paths and ["I. MỤC ĐÍCH, YÊU CẦU", "2. Yêu cầu"] in paths
    # Table lines are not narrative text.
    assert not any("\t" in s.text or "Tháng 6/2027" in s.text for s in doc.sections)


# ============================================================ chunking

SETTINGS = Settings(data_dir=PROJECT_ROOT / ".unused-test-data")  # never written: build_chunks only reads sizes


def test_row_chunks_one_per_row_standalone_text():
    doc = parsed(PLAN26)
    chunks = build_chunks(doc, SETTINGS)
    row_chunks = [c for c in chunks if c.kind == "row"]
    assert len(row_chunks) == len(doc.rows)
    by_row = {c.row_id: c for c in row_chunks}
    assert set(by_row) == {r.row_id for r in doc.rows}
    for r in doc.rows:
        c = by_row[r.row_id]
        assert c.source_text == r.text
        assert c.locator == r.locator and c.number == r.number and c.appendix == r.appendix
        assert doc.info.title in c.text and "275/KH-UBND" in c.text
        assert r.appendix in c.text
        for label, value in r.columns.items():
            assert f"{label}: {value}" in c.text
    c18 = by_row[one(rows_of(PLAN26, "Phụ lục I"), "18").row_id]
    assert "Giao chỉ tiêu 2026: 100%" in c18.text
    assert "Cơ quan, đơn vị chủ trì tham mưu; theo dõi, báo cáo: Công an tỉnh" in c18.text


def test_uncertain_row_chunk_carries_the_flag():
    doc = parsed(KH266)
    r1 = one(rows_of(KH266, "Phụ lục I"), "1")
    c = next(c for c in build_chunks(doc, SETTINGS) if c.row_id == r1.row_id)
    assert c.uncertain and "Lưu ý:" in c.text


@pytest.mark.parametrize("name", ALL_FILES)
def test_text_chunks_bounded_and_within_one_section(name):
    doc = parsed(name)
    text_chunks = [c for c in build_chunks(doc, SETTINGS) if c.kind == "text"]
    assert text_chunks
    sections = [(s.path, _squash(s.text)) for s in doc.sections]
    for c in text_chunks:
        assert len(c.source_text) <= SETTINGS.chunk_size + SETTINGS.chunk_overlap, (c.locator, len(c.source_text))
        body = _squash(c.source_text)
        assert any(path == c.section_path and body in text for path, text in sections), (
            f"chunk at {c.locator!r} is not inside one section with path {c.section_path}"
        )
    assert len({c.chunk_id for c in build_chunks(doc, SETTINGS)}) == len(build_chunks(doc, SETTINGS))


def test_small_chunks_never_mix_two_sections():
    settings = Settings(data_dir=PROJECT_ROOT / ".unused-test-data", chunk_size=120, chunk_overlap=30)
    text = "\n".join([
        "I. PHẦN MỘT",
        *[f"Câu thứ {i} của phần một nói về hạ tầng số và dữ liệu dùng chung của tỉnh." for i in range(12)],
        "II. PHẦN HAI",
        *[f"Câu thứ {i} của phần hai nói về kinh tế số và thương mại điện tử." for i in range(12)],
    ])
    doc = parse_document(text, doc_id="two-sections", file_name="two-sections.txt", manifest_entry=None)
    chunks = [c for c in build_chunks(doc, settings) if c.kind == "text"]
    one_chunks = [c for c in chunks if c.section_path == ["I. PHẦN MỘT"]]
    two_chunks = [c for c in chunks if c.section_path == ["II. PHẦN HAI"]]
    assert len(one_chunks) > 3 and len(two_chunks) > 3 and len(one_chunks) + len(two_chunks) == len(chunks)
    for c in one_chunks:
        assert "phần hai" not in c.source_text and len(c.source_text) <= 150
    for c in two_chunks:
        assert "phần một" not in c.source_text and len(c.source_text) <= 150


def test_chunk_ids_stable_and_content_addressed():
    text = source(PLAN26)
    first = build_chunks(parsed(PLAN26), SETTINGS)
    again = build_chunks(
        parse_document(text, doc_id="2026-plan_kh-275-ubnd", file_name=PLAN26, sha256="other", manifest_entry=_manifest()[PLAN26]),
        SETTINGS,
    )
    assert [c.chunk_id for c in first] == [c.chunk_id for c in again]

    line18 = next(line for line in text.split("\n") if line.startswith("18\t") and "quản trị dữ liệu" in line)
    assert "\t100%\t" in line18
    changed_text = text.replace(line18, line18.replace("\t100%\t", "\t90%\t"))
    changed = build_chunks(
        parse_document(changed_text, doc_id="2026-plan_kh-275-ubnd", file_name=PLAN26, manifest_entry=_manifest()[PLAN26]),
        SETTINGS,
    )
    old = {c.locator: c.chunk_id for c in first if c.kind == "row"}
    new = {c.locator: c.chunk_id for c in changed if c.kind == "row"}
    assert new["Phụ lục I, chỉ tiêu 18"] != old["Phụ lục I, chỉ tiêu 18"]
    assert new["Phụ lục I, chỉ tiêu 1"] == old["Phụ lục I, chỉ tiêu 1"]
    assert {c.chunk_id for c in first if c.kind == "text"} == {c.chunk_id for c in changed if c.kind == "text"}


def test_an_appendix_mentioned_at_the_end_of_a_wrapped_sentence_is_not_an_appendix():
    # A PDF wraps prose at any word: "… chi tiết tại" / "Phụ lục II." must not open Phụ lục II
    text = "\n".join([
        "KẾ HOẠCH",
        "Chuyển đổi số ngành Y tế năm 2027",
        "III. NHIỆM VỤ, GIẢI PHÁP",
        "Các nhiệm vụ, giải pháp được chia thành 02 nhóm với 2 nhiệm vụ cụ thể, chi tiết tại",
        "Phụ lục II.",
        "1. Hoàn thiện thể chế",
        "Rà soát, sửa đổi các văn bản quy phạm pháp luật về hồ sơ bệnh án điện tử.",
        "",
        "PHỤ LỤC II",
        "DANH MỤC NHIỆM VỤ",
        "",
        "STT\tNhiệm vụ\tĐơn vị chủ trì\tThời hạn hoàn thành",
        "1\tXây dựng Thông tư về hồ sơ bệnh án điện tử\tCục Quản lý Khám, chữa bệnh\tQuý II/2027",
        "2\tNâng cấp Nền tảng hồ sơ sức khỏe\tCục CNTT\tQuý IV/2027",
    ])
    doc = parse_document(text, doc_id="byt", file_name="byt.pdf", manifest_entry=None)
    assert {r.appendix for r in doc.rows} == {"Phụ lục II"} and len(doc.rows) == 2
    # the narrative after the mention stays in the body, not under an appendix
    assert all(not any("Phụ lục" in p for p in s.path) for s in doc.sections if "Rà soát" in s.text)


def test_title_and_issuer_read_off_a_letterhead_and_a_mixed_case_title_line():
    from ingest.parsing.metadata import infer_metadata

    md = "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n\nSố: 412/KH-UBND\n\n# KẾ HOẠCH Chuyển đổi số tỉnh Quảng Trị năm 2027\n\nCăn cứ …"
    info = infer_metadata(md, doc_id="qt", file_name="qt.md")
    assert (info.title, info.issuer, info.number) == ("Kế hoạch Chuyển đổi số tỉnh Quảng Trị năm 2027", "UBND tỉnh Quảng Trị", "412/KH-UBND")
    pdf = "BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1520/KH-BYT Hà Nội\nKẾ HOẠCH\nChuyển đổi số ngành Y tế\nCăn cứ …"
    info = infer_metadata(pdf, doc_id="byt", file_name="byt.pdf")
    assert (info.title, info.issuer) == ("Kế hoạch Chuyển đổi số ngành Y tế", "Bộ Y tế")


def test_a_party_caucus_plan_numbered_with_its_term_and_signed_above_a_stray_mark():
    from ingest.parsing.metadata import infer_metadata

    text = ("ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG ĐOÀN QUỐC HỘI\nSố 3260-KH/ĐĐQH15\n"
            "Hà Nội, ngày 10 tháng 01 năm 2025\nKẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 57-NQ/TW\n"
            "I. MỤC ĐÍCH, YÊU CẦU\nNội dung.\nT/M ĐẢNG ĐOÀN QUỐC HỘI\nBÍ THƯ\nTrần Thanh Mẫn ```\n")
    info = infer_metadata(text, doc_id="kh", file_name="kh.docx")
    assert info.number == "3260-KH/ĐĐQH15"  # the code's "15" (the 15th National Assembly) is part of it
    assert info.issuer == "Đảng đoàn Quốc hội"  # the caucus, not the Central Committee above it
    assert info.signer == "Trần Thanh Mẫn"


def test_a_glyph_the_font_does_not_map_leaves_no_mark_in_the_text(monkeypatch):
    # pdfplumber writes a glyph without a character as "(cid:5)": it is no text of the plan
    from ingest import loaders

    monkeypatch.setattr(loaders, "_pdfplumber_page_lines", lambda page: ["ĐẢ(cid:5)NG CỘNG SẢ(cid:5)N", "Số\t(cid:12)3"])
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "page")
    c.save()
    assert loaders._pdfplumber_pages(buf.getvalue(), 1) == [[["ĐẢNG CỘNG SẢN", "Số\t3"]]]


# ============================================================ a signer who signs in their own office's name

OWN_OFFICE_HEAD = ["THỦ TƯỚNG CHÍNH PHỦ", "Hồ Chí Minh", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Số: 512/QĐ-TTg", "Hà Nội, ngày 10 tháng 4 năm 2019", "", "QUYẾT ĐỊNH",
                   "Ban hành Kế hoạch về công tác bảo trợ xã hội", "", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.", ""]


@pytest.mark.parametrize("block", [
    # the recipients and the block beside them as one row of a table (Markdown, Word): the name after the office
    ["Nơi nhận: - Ban Bí thư Trung ương Đảng; - Lưu: VT, KGVX.\tTHỦ TƯỚNG Nguyễn Văn Bình"],
    # the block on lines of its own
    ["Nơi nhận:", "- Ban Bí thư Trung ương Đảng;", "- Lưu: VT, KGVX.", "BỘ TRƯỞNG", "", "Nguyễn Văn Bình"],
    # a PDF interleaving the two columns: the office beside "Nơi nhận:", the name run onto a recipient's line
    ["Nơi nhận: THỦ TƯỚNG", "- Ban Bí thư Trung ương Đảng;", "- Các Bộ, cơ quan ngang Bộ; Nguyễn Văn Bình", "- Lưu: VT, KGVX."],
])
def test_an_office_signing_in_its_own_name_opens_the_signature_block(block):
    """A minister, a chairman or the Prime Minister signs without "TM." or "KT.": the office in capitals alone
    ("THỦ TƯỚNG", "BỘ TRƯỞNG") opens the block, and the name after it is the signer's."""
    text = "\n".join([*OWN_OFFICE_HEAD, *block, "", "KẾ HOẠCH", "I. MỤC ĐÍCH", "Nâng cao nhận thức về bảo trợ xã hội."])
    info = parse_document(text, doc_id="qd-512", file_name="qd-512.md").info
    assert info.signer == "Nguyễn Văn Bình"


def test_a_letterheads_office_with_its_body_opens_no_signature_block():
    """"THỦ TƯỚNG CHÍNH PHỦ" heading a letterhead is the issuer, not the office signing: the three capitalised words
    below it ("Hồ Chí Minh", a place or a name) are no signer — also where it heads the plan attached after the
    decision's recipients."""
    text = "\n".join([*OWN_OFFICE_HEAD, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "- Lưu: VT.",
                      "", *OWN_OFFICE_HEAD[:2], "KẾ HOẠCH", "Thực hiện công tác bảo trợ xã hội"])
    assert parse_document(text, doc_id="qd-512", file_name="qd-512.md").info.signer is None


def test_an_office_in_the_text_or_a_members_table_yields_to_the_marked_block():
    """An office in capitals over a member ("TRƯỞNG BAN" / "Ông Nguyễn Văn An"), or a row of a members' table, is
    no signature block: the block marked "TM." at the foot names the signer."""
    text = "\n".join([*OWN_OFFICE_HEAD, "Điều 2. Thành lập Ban Chỉ đạo gồm:", "TRƯỞNG BAN", "Ông Nguyễn Văn An",
                      "1\tPHÓ CHỦ TỊCH UBND TỈNH\tNguyễn Văn Tâm\tPhó Trưởng ban", "", "Nơi nhận:", "- Như Điều 2;",
                      "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Sơn"])
    assert parse_document(text, doc_id="qd-512", file_name="qd-512.md").info.signer == "Trần Văn Sơn"


def test_an_appendix_title_over_two_lines_is_its_tables_caption_once():
    """A long appendix title wrapped over two lines: its second line, read as the table's own caption, is a piece
    of the title and is not repeated after it ("… CỦA BAN BÍ THƯ VỀ … MỚI – THƯ VỀ … MỚI")."""
    from ingest.parsing import parse_document

    title = ("DANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN CHỈ THỊ SỐ 52-CT/TW NGÀY 03 THÁNG 10 NĂM 2025 "
             "CỦA BAN BÍ", "THƯ VỀ THỰC HIỆN BẢO HIỂM Y TẾ TOÀN DÂN TRONG GIAI ĐOẠN MỚI")
    text = "\n".join(["KẾ HOẠCH HÀNH ĐỘNG", "Thực hiện bảo hiểm y tế toàn dân", "", "PHỤ LỤC", *title,
                      "(Kèm theo Quyết định số 844/QĐ-TTg ngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)", "",
                      "STT\tTên nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành",
                      "1.\tXây dựng Nghị định\tBộ Y tế\tQuý II/2027", "2.\tSửa đổi Thông tư\tBộ Tài chính\tQuý IV/2027", ""])
    parsed = parse_document(text, doc_id="d", file_name="d.txt", sha256="x", manifest_entry=None, line_pages=None)
    assert [t.caption for t in parsed.info.report.tables] == [f"Phụ lục: {' '.join(title)}"]


def test_a_table_of_stacked_records_reads_a_row_per_detail_line_under_its_key():
    """A table printing each task across the page over one line per product ("STT | Nhiệm vụ" over "| Sản
    phẩm | Thời hạn | Chủ trì | Phối hợp"), its header repeated on the next page: each product line is a row
    with its task's number and name; a group's title with no line under it heads the rows below."""
    text = "\n".join([
        "PHỤ LỤC",
        "PHÂN CÔNG NHIỆM VỤ NĂM 2026",
        "",
        "STT\tNhiệm vụ\t\t\t",
        "\tSản phẩm\tThời gian hoàn thành\tChủ trì thực hiện\tPhối hợp thực hiện",
        "I\tCải cách thể chế\t\t\t",
        "1\tRà soát văn bản quy phạm pháp luật\t\t\t",
        "\tDanh mục văn bản hết hiệu lực\tTrước ngày 31/01\tSở Tư pháp\tVăn phòng UBND tỉnh",
        "2\tKiểm tra công tác cải cách hành chính\t\t\t",
        "\tKế hoạch kiểm tra của tỉnh\tTháng 01/2026\tSở Nội vụ\t",
        "\tKế hoạch tự kiểm tra của cơ quan\tTháng 6/2026\tCác cơ quan, đơn vị\tSở Nội vụ",
        "",
        "STT\tNhiệm vụ\t\t\t",
        "\tSản phẩm\tThời gian hoàn thành\tChủ trì thực hiện\tPhối hợp thực hiện",
        "3\tCông bố chỉ số cải cách hành chính\t\t\t",
        "\tKết quả công bố hằng tháng\tTrước ngày 05 hằng tháng\tSở Nội vụ\tSở Tư pháp",
        "",
    ])
    doc = parse_document(text, doc_id="stacked", file_name="stacked.pdf", manifest_entry=None)
    got = [(r.number, r.group[-1] if r.group else "", r.fields.get("content"), r.fields.get("result"),
            r.fields.get("deadline"), r.fields.get("lead")) for r in doc.rows]
    assert got == [
        ("1", "I. Cải cách thể chế", "Rà soát văn bản quy phạm pháp luật", "Danh mục văn bản hết hiệu lực",
         "Trước ngày 31/01", "Sở Tư pháp"),
        ("2", "I. Cải cách thể chế", "Kiểm tra công tác cải cách hành chính", "Kế hoạch kiểm tra của tỉnh",
         "Tháng 01/2026", "Sở Nội vụ"),
        ("2", "I. Cải cách thể chế", "Kiểm tra công tác cải cách hành chính", "Kế hoạch tự kiểm tra của cơ quan",
         "Tháng 6/2026", "Các cơ quan, đơn vị"),
        ("3", "I. Cải cách thể chế", "Công bố chỉ số cải cách hành chính", "Kết quả công bố hằng tháng",
         "Trước ngày 05 hằng tháng", "Sở Nội vụ"),
    ]


def test_a_last_label_spanning_quarters_is_no_header_of_stacked_records():
    """"Tiến độ thực hiện" spanning quarters, over rows that fill every column: a row a task as printed, its
    lead and its product read (not a task's name over detail lines)."""
    text = "\n".join([
        "PHỤ LỤC 02",
        "",
        "TT\tNhiệm vụ\tBộ phận chủ trì\tSản phẩm đầu ra\tTiến độ thực hiện\t\t",
        "\t\t\t\tQuý I/2026\tQuý II/2026\tQuý III/2026",
        "1\tCông tác chỉ đạo, điều hành\t\t\t\t\t",
        "1.1\tKiện toàn Ban Chỉ đạo chuyển đổi số\tVăn phòng\tQuyết định kiện toàn\tx\t\t",
        "1.2\tXây dựng kế hoạch tuyên truyền\tPhòng VH-XH\tKế hoạch tuyên truyền\t\tx\tx",
        "",
    ])
    doc = parse_document(text, doc_id="quarters", file_name="quarters.md", manifest_entry=None)
    assert [(r.number, r.fields.get("lead"), r.fields.get("result")) for r in doc.rows] == [
        ("1.1", "Văn phòng", "Quyết định kiện toàn"), ("1.2", "Phòng VH-XH", "Kế hoạch tuyên truyền")]


def test_stacked_records_a_row_of_neither_kind_ends_the_key_above_it():
    """In a table of stacked records, a line that fills the key's cells and a detail's (a task printed on one
    line) is a row as it stands: the detail lines below it are not filed under the task above, and a group's
    title waiting above it comes before it."""
    text = "\n".join([
        "PHỤ LỤC",
        "",
        "STT\tNhiệm vụ\t\t\t",
        "\tSản phẩm\tThời gian hoàn thành\tChủ trì thực hiện\tPhối hợp thực hiện",
        "I\tNhóm một\t\t\t",
        "1\tRà soát văn bản\t\t\t",
        "\tDanh mục văn bản\tQuý I/2026\tSở Tư pháp\tVăn phòng UBND tỉnh",
        "II\tNhóm hai\t\t\t",
        "2\tKiểm tra cải cách hành chính\tBáo cáo kiểm tra\tQuý II/2026\tSở Nội vụ",
        "",
    ])
    doc = parse_document(text, doc_id="stacked2", file_name="stacked2.pdf", manifest_entry=None)
    got = [(r.number, r.group[-1] if r.group else "", r.fields.get("content")) for r in doc.rows]
    assert ("1", "I. Nhóm một", "Rà soát văn bản") in got
    assert not any(c == "Rà soát văn bản" and n != "1" for n, _, c in got)
    assert all(g != "I. Nhóm một" for n, g, c in got if n == "2"), got
