"""Unit tests of retriever.lookup.RowLookup over hand-made TableRow records (no model, no index)."""

from __future__ import annotations

import pytest

from ingest.records import DocumentInfo, TableRow
from retriever.errors import InvalidFilterError, UnknownDocumentError
from retriever.lookup import RowLookup, appendix_key, deadline_keys, normalize_number

PLAN26 = "2026-plan_kh-275-ubnd"
CTR06 = "2022-program_qd-176-ubnd_nq-06"
KH285 = "2025-plan_kh-285-tu_kh-02"


def row(doc_id, appendix, number, content, *, kind="indicator", group=(), lead="", coordinating="",
        targets=None, deadline=None, row_id=None):
    fields = {"content": content, "lead": lead}
    if coordinating:
        fields["coordinating"] = coordinating
    if targets is not None:
        fields["targets"] = targets
    if deadline is not None:
        fields["deadline"] = deadline
    text = "\t".join(x for x in (number or "", content, lead, coordinating, deadline or "") if x)
    return TableRow(
        row_id=row_id or f"{doc_id}/{appendix}/{'-'.join(group)}/{number}",
        doc_id=doc_id,
        appendix=appendix,
        kind=kind,
        group=list(group),
        number=number,
        fields=fields,
        text=text,
    )


G26_1 = "I. Phát triển Hạ tầng số"
G26_2 = "II. Phát triển chính quyền số, nâng cao hiệu quả, hiệu lực hoạt động"
T26_1 = "I. Nhiệm vụ thường xuyên"
T26_2 = "II. Nhiệm vụ có thời hạn"

ROWS = [
    # 2026 plan, Phụ lục I: indicators in groups
    row(PLAN26, "Phụ lục I", "1", "Tỉ lệ phủ sóng 5G trên địa bàn", group=[G26_1], lead="Sở Khoa học và Công nghệ",
        targets={"2026": "60%"}),
    row(PLAN26, "Phụ lục I", "18", "Tỉ lệ các sở, ngành, địa phương đạt cấp độ 3 mức độ trưởng thành về quản trị dữ liệu.",
        group=[G26_2], lead="Công an tỉnh", targets={"2026": "100%"}),
    row(PLAN26, "Phụ lục I", "19", "Tỉ lệ cán bộ, công chức cấp tỉnh, cấp xã được bồi dưỡng kỹ năng số căn bản",
        group=[G26_2], lead="Sở Nội vụ", targets={"2026": "100%"}),
    # 2026 plan, Phụ lục II: tasks, numbering restarts in group II
    row(PLAN26, "Phụ lục II", "3", "Duy trì vận hành Trung tâm điều hành thông minh (IOC)", kind="task", group=[T26_1],
        lead="Sở Khoa học và Công nghệ", deadline="Thường xuyên"),
    row(PLAN26, "Phụ lục II", "3", "Xây dựng Bộ chỉ số đánh giá mức độ trưởng thành về quản trị dữ liệu", kind="task",
        group=[T26_2], lead="Sở Nội vụ", coordinating="Công an tỉnh; các sở, ngành liên quan", deadline="Tháng 6/2026"),
    row(PLAN26, "Phụ lục II", "4", "Nâng cấp Cổng Dịch vụ công của tỉnh", kind="task", group=[T26_2],
        lead="Trung tâm Phục vụ hành chính công tỉnh", deadline="Quý IV/2026"),
    # 2022 programme, Phụ lục 01: dotted numbers
    row(CTR06, "Phụ lục 01", "1.1", "Tỉ lệ hồ sơ giải quyết trực tuyến", group=["Chỉ tiêu đến năm 2025"],
        lead="Văn phòng UBND tỉnh", targets={"2025": "50%"}),
    row(CTR06, "Phụ lục 01", "1.8", "Tỉ lệ cơ quan nhà nước kết nối mạng truyền số liệu", group=["Chỉ tiêu đến năm 2025"],
        lead="Sở Thông tin và Truyền thông", targets={"2025": "100%"}),
    row(CTR06, "Phụ lục 01", "180", "Hệ thống hoạt động 180 ngày liên tục", group=["Chỉ tiêu đến năm 2030"],
        lead="Sở Thông tin và Truyền thông", targets={"2030": "100%"}),
    row(CTR06, "Phụ lục 02", "1.", "Xây dựng kho dữ liệu dùng chung", kind="task", lead="Sở Thông tin và Truyền thông",
        deadline="2022-2025"),
    # 02-KH/BCĐTW plan: a single "Phụ lục" without numeral
    row(KH285, "Phụ lục", "1", "Rà soát hạ tầng số phục vụ sắp xếp bộ máy", kind="task", group=["I. Hạ tầng số"],
        lead="Sở Khoa học và Công nghệ", coordinating="Công an tỉnh", deadline="31/12/2025"),
    row(KH285, "Phụ lục", "2", "Số hóa hồ sơ lưu trữ", kind="task", group=["I. Hạ tầng số"],
        lead="Văn phòng Tỉnh ủy", deadline="tháng 09/2025"),
]


class FakeStore:
    def __init__(self, rows, docs=(PLAN26, CTR06, KH285)):
        self._rows = list(rows)
        self._docs = list(docs)
        self.generation = 1
        self.rows_calls = 0

    def documents(self):
        return [DocumentInfo(doc_id=d, file=f"{d}.txt", title=d) for d in self._docs]

    def rows(self, doc_id=None, appendix=None):
        self.rows_calls += 1
        return [r for r in self._rows if (doc_id is None or r.doc_id == doc_id) and (appendix is None or r.appendix == appendix)]

    def chunks(self, doc_id=None):
        return []


@pytest.fixture()
def lookup():
    return RowLookup(FakeStore(ROWS))


def numbers(rows):
    return [(r.doc_id, r.appendix, r.number) for r in rows]


# ---- number ------------------------------------------------------------------------------------


def test_number_is_exact(lookup):
    assert numbers(lookup.find(number="18")) == [(PLAN26, "Phụ lục I", "18")]
    assert numbers(lookup.find(number="1.8")) == [(CTR06, "Phụ lục 01", "1.8")]
    assert numbers(lookup.find(number="180")) == [(CTR06, "Phụ lục 01", "180")]
    assert numbers(lookup.find(number="1.1")) == [(CTR06, "Phụ lục 01", "1.1")]
    assert numbers(lookup.find(number=18)) == [(PLAN26, "Phụ lục I", "18")]


def test_number_trailing_dot_and_leading_zero(lookup):
    one = numbers(lookup.find(number="1"))
    assert (CTR06, "Phụ lục 02", "1.") in one  # printed "1." == "1"
    assert (PLAN26, "Phụ lục I", "1") in one and (KH285, "Phụ lục", "1") in one
    assert numbers(lookup.find(number="1.")) == one
    assert numbers(lookup.find(number="01")) == one
    assert (CTR06, "Phụ lục 01", "1.1") not in one
    assert normalize_number("1.") == "1" and normalize_number("01.1") == "1.1" and normalize_number("180") == "180"


# ---- appendix ----------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["I", "Phụ lục I", "phụ lục 01", "01", "1", "PHỤ LỤC I:", "phu luc 1"])
def test_appendix_roman_arabic_equivalence(lookup, query):
    got = numbers(lookup.find(appendix=query))
    assert {(d, a) for d, a, _ in got} == {(PLAN26, "Phụ lục I"), (CTR06, "Phụ lục 01")}


def test_appendix_two_and_bare_label(lookup):
    assert {a for _, a, _ in numbers(lookup.find(appendix="II"))} == {"Phụ lục II", "Phụ lục 02"}
    assert {a for _, a, _ in numbers(lookup.find(appendix="phụ lục 02", doc_ids=[PLAN26]))} == {"Phụ lục II"}
    assert {d for d, _, _ in numbers(lookup.find(appendix="Phụ lục"))} == {KH285}
    assert lookup.find(appendix="IV") == []
    assert appendix_key("Phụ lục IV - Danh mục nhiệm vụ") == "4"


def test_appendices_listing(lookup):
    assert lookup.appendices(PLAN26) == ["Phụ lục I", "Phụ lục II"]
    assert lookup.appendices(CTR06) == ["Phụ lục 01", "Phụ lục 02"]
    with pytest.raises(UnknownDocumentError):
        lookup.appendices("no-such-plan")


# ---- group: restarted numbering ----------------------------------------------------------------


def test_restarted_numbering_kept_apart_by_group(lookup):
    both = lookup.find(doc_ids=[PLAN26], appendix="II", number="3")
    assert len(both) == 2
    (in_ii,) = lookup.find(doc_ids=[PLAN26], appendix="II", number="3", group="II")
    assert in_ii.group == [T26_2] and in_ii.fields["lead"] == "Sở Nội vụ"
    (in_i,) = lookup.find(doc_ids=[PLAN26], appendix="II", number="3", group="I")
    assert in_i.group == [T26_1] and in_i.fields["lead"] == "Sở Khoa học và Công nghệ"
    assert lookup.find(doc_ids=[PLAN26], appendix="II", number="3", group="II.") == [in_ii]
    assert lookup.find(doc_ids=[PLAN26], appendix="II", number="3", group="ii") == [in_ii]


def test_group_substring_accent_insensitive(lookup):
    got = lookup.find(group="nhiem vu co thoi han")
    assert {r.number for r in got} == {"3", "4"} and all(r.group == [T26_2] for r in got)
    assert {r.number for r in lookup.find(group="Chỉ tiêu đến năm 2030")} == {"180"}
    assert lookup.find(group="III") == []


# ---- agency --------------------------------------------------------------------------------------


def test_agency_accent_and_case_insensitive(lookup):
    lead = numbers(lookup.find(agency="cong an tinh"))
    assert lead == [(PLAN26, "Phụ lục I", "18")]
    assert numbers(lookup.find(agency="CÔNG AN TỈNH")) == lead
    assert numbers(lookup.find(agency="Công an")) == lead
    coord = numbers(lookup.find(agency="Công an tỉnh", role="coordinating"))
    assert coord == [(PLAN26, "Phụ lục II", "3"), (KH285, "Phụ lục", "1")]
    assert set(numbers(lookup.find(agency="công an tỉnh", role="any"))) == set(lead) | set(coord)
    # whole words only: "an" is not "an ninh" or "Công an" inside another word
    assert numbers(lookup.find(agency="so noi vu")) == [(PLAN26, "Phụ lục I", "19"), (PLAN26, "Phụ lục II", "3")]
    with pytest.raises(InvalidFilterError):
        lookup.find(agency="Công an", role="boss")


# ---- year and deadline -------------------------------------------------------------------------


def test_year_from_targets_or_deadline(lookup):
    got = set(numbers(lookup.find(year=2026)))
    assert (PLAN26, "Phụ lục I", "18") in got  # target key
    assert (PLAN26, "Phụ lục II", "4") in got  # deadline "Quý IV/2026"
    assert (PLAN26, "Phụ lục II", "3") in got  # deadline "Tháng 6/2026"
    assert all(d == PLAN26 for d, _, _ in got)
    y2025 = set(numbers(lookup.find(year="2025")))
    assert {(CTR06, "Phụ lục 01", "1.1"), (KH285, "Phụ lục", "1"), (CTR06, "Phụ lục 02", "1.")} <= y2025
    assert (CTR06, "Phụ lục 01", "180") not in y2025
    assert (CTR06, "Phụ lục 02", "1.") in set(numbers(lookup.find(year=2023)))  # inside "2022-2025"
    with pytest.raises(InvalidFilterError):
        lookup.find(year="next year")


@pytest.mark.parametrize("query", ["6/2026", "06/2026", "Tháng 6/2026", "tháng 06/2026", "thang 6 / 2026"])
def test_deadline_month_normalisation(lookup, query):
    assert numbers(lookup.find(deadline=query)) == [(PLAN26, "Phụ lục II", "3")]


def test_deadline_year_quarter_and_date(lookup):
    assert {n for _, _, n in numbers(lookup.find(deadline="2026"))} == {"3", "4"}
    assert numbers(lookup.find(deadline="11/2026")) == [(PLAN26, "Phụ lục II", "4")]  # Quý IV
    assert numbers(lookup.find(deadline="12/2025")) == [(KH285, "Phụ lục", "1")]  # 31/12/2025
    assert numbers(lookup.find(deadline="9/2025")) == [(KH285, "Phụ lục", "2")]  # "tháng 09/2025"
    assert lookup.find(deadline="7/2026") == []
    with pytest.raises(InvalidFilterError):
        lookup.find(deadline="soon")


# ---- kind, docs, text ----------------------------------------------------------------------------


def test_kind_and_doc_filters(lookup):
    assert {r.kind for r in lookup.find(kind="task")} == {"task"}
    assert {r.doc_id for r in lookup.find(doc_ids=[CTR06])} == {CTR06}
    assert {r.doc_id for r in lookup.find(doc_ids=CTR06)} == {CTR06}
    with pytest.raises(UnknownDocumentError):
        lookup.find(doc_ids=["no-such-plan"])
    with pytest.raises(InvalidFilterError):
        lookup.find(kind="chunk")


def test_text_ranks_rows_by_overlap(lookup):
    got = lookup.find(text="quan tri du lieu muc do truong thanh")
    assert {got[0].number, got[1].number} == {"18", "3"}  # the two rows about data-governance maturity
    assert lookup.find(text="phủ sóng 5G")[0].number == "1"
    scored = lookup.find_scored(text="phủ sóng 5G trên địa bàn, hạ tầng số")
    assert [(r.doc_id, r.number) for r, _ in scored[:2]] == [(PLAN26, "1"), (KH285, "1")]
    assert scored[0][1] > scored[1][1] > 0
    assert lookup.find(text="xyzzy") == []
    # combined with structured filters
    tasks = lookup.find(text="quản trị dữ liệu", kind="task")
    assert all(r.kind == "task" for r in tasks)
    assert (tasks[0].number, tasks[0].group) == ("3", [T26_2])
    assert len(lookup.find(text="tỉ lệ", limit=2)) == 2


def test_row_by_id_and_generation_cache():
    store = FakeStore(ROWS)
    lookup = RowLookup(store)
    first = ROWS[0]
    assert lookup.row(first.row_id) == first
    assert lookup.row("nope") is None
    lookup.find(number="18")
    lookup.find(number="19")
    assert store.rows_calls == 1
    new = row(PLAN26, "Phụ lục I", "32", "Chỉ tiêu mới về trí tuệ nhân tạo", group=[G26_2], lead="Sở Nội vụ")
    store._rows.append(new)
    assert lookup.find(number="32") == []  # same generation: cached
    store.generation += 1
    assert lookup.find(number="32") == [new]
    assert store.rows_calls == 2


@pytest.mark.parametrize("cell, months", [
    ("Quý 4/2027", {(10, 2027), (11, 2027), (12, 2027)}),  # the fourth quarter, not April
    ("Quý IV/2027", {(10, 2027), (11, 2027), (12, 2027)}),
    ("Quý II/2027", {(4, 2027), (5, 2027), (6, 2027)}),
    ("Tháng 4/2027", {(4, 2027)}),
    ("Trước 30/6/2028", {(6, 2028)}),
])
def test_deadline_months(cell, months):
    assert deadline_keys(cell)[0] == months
