"""The ingest report travels: computed by parse_document, persisted with the document by the store,
returned by ingest_paths and printed by `plan-assistant ingest` / `docs`.

The store runs for real (SQLite catalog + embedded Chroma) with small deterministic vectors in
place of the sentence-transformers model: what is tested is persistence, not retrieval.
"""

from __future__ import annotations

import json

from ingest.parsing import parse_document
from ingest.pipeline import ingest_paths
from ingest.records import ColumnReport, DocumentReport, TableReport
from ingest.settings import Settings
from ingest.store import IndexStore
from ui.cli import report_lines

T = "\t"
PLAN = "\n".join([
    "KẾ HOẠCH",
    "Ứng dụng dữ liệu số năm 2027",
    "I. MỤC TIÊU",
    "Các chỉ tiêu tại Phụ lục I kèm theo.",
    "",
    "Phụ lục I: CÁC CHỈ TIÊU NĂM 2027",
    "",
    T.join(["STT", "Tên chỉ tiêu", "Đơn vị tính", "Kết quả", "Ghi nhận", "Cơ quan chủ trì"]),
    T.join(["", "Đến năm 2027", "", "", "", ""]),
    T.join(["1", "Tỷ lệ hồ sơ được số hóa", "%", "90%", "Đang làm", "Sở Nội vụ"]),
    T.join(["2", "Số cơ sở dữ liệu được kết nối", "Cơ sở dữ liệu", "12", "Mới", "Sở Tài chính"]),
    "",
    "Phụ lục II: CÁC VĂN BẢN",
    "",
    T.join(["Nghị quyết 57-NQ/TW", "22/12/2024", "Bộ Chính trị"]),
    T.join(["Quyết định 749/QĐ-TTg", "03/6/2020", "Thủ tướng"]),
    T.join(["Kế hoạch 101/KH-UBND", "25/5/2025", "UBND tỉnh"]),
    "",
])
EXPECTED_WARNINGS = [
    "text that looks like a table gave 0 rows (line 15): no header row recognised; its text is kept as a passage",
    "table 'Phụ lục I: CÁC CHỈ TIÊU NĂM 2027' (line 8): column 'Ghi nhận' kept under its own label "
    "(role unsure: neither header nor cells decide)",
]


class _FakeEmbeddings:
    """Deterministic 16-dim bag-of-letters vectors: the store's persistence is under test, not search."""

    model_name = "fake"
    passage_prefix = ""

    def _vec(self, text: str) -> list[float]:
        v = [0.0] * 16
        for ch in text:
            v[ord(ch) % 16] += 1.0
        norm = sum(x * x for x in v) ** 0.5 or 1.0
        return [x / norm for x in v]

    def embed_documents(self, texts):
        return [self._vec(t) for t in texts]

    def embed_query(self, text):
        return self._vec(text)


def test_report_of_a_parsed_document():
    report = parse_document(PLAN, doc_id="p", file_name="p.txt").info.report
    assert report.rows == 2 and report.uncertain_rows == 0
    assert report.warnings == EXPECTED_WARNINGS
    (table,) = report.tables
    assert [(c.label, c.role, c.year, c.unsure, c.basis) for c in table.columns] == [
        ("STT", "number", None, False, "header+cells"),
        ("Tên chỉ tiêu", "content", None, False, "header"),
        ("Đơn vị tính", "unit", None, False, "header"),
        ("Kết quả", "targets", "2027", False, "header+cells+group row"),
        ("Ghi nhận", "other", None, True, "neither header nor cells decide"),
        ("Cơ quan chủ trì", "lead", None, False, "header+cells"),
    ]


def test_report_is_persisted_returned_by_ingest_and_survives_reopening(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "plan-2027.txt").write_text(PLAN, encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=folder)
    store = IndexStore(settings, embeddings=_FakeEmbeddings())
    result = ingest_paths([folder], settings=settings, store=store)
    assert result.added == ["plan-2027"]
    returned = result.reports["plan-2027"]
    assert returned.warnings == EXPECTED_WARNINGS and returned.rows == 2
    assert store.document("plan-2027").report == returned
    store.close()

    reopened = IndexStore(settings, embeddings=_FakeEmbeddings())
    info = reopened.document("plan-2027")
    assert info.report == returned
    as_json = json.loads(info.model_dump_json())  # what `docs --json` prints for it
    assert as_json["report"]["tables"][0]["columns"][3] == {
        "label": "Kết quả", "role": "targets", "year": "2027", "unsure": False, "basis": "header+cells+group row"}
    # Unchanged re-ingest: nothing parsed again, the stored report is still returned.
    again = ingest_paths([folder], settings=settings, store=reopened)
    assert again.unchanged == ["plan-2027"] and again.reports["plan-2027"] == returned
    reopened.close()


def test_cli_report_lines():
    report = DocumentReport(
        tables=[TableReport(caption="Phụ lục I: CHỈ TIÊU", appendix="Phụ lục I", kind="indicator", rows=31,
                            uncertain_rows=1, line_start=12, page=3,
                            columns=[ColumnReport(label="Giao chỉ tiêu 2026", role="targets", year="2026", basis="header+cells"),
                                     ColumnReport(label="Ghi nhận", role="other", unsure=True, basis="neither header nor cells decide")])],
        rows=31, uncertain_rows=1, warnings=["w1", "w2", "w3", "w4"],
    )
    assert report_lines("kh-275", report) == [
        "kh-275: 1 tables, 31 rows (1 uncertain), 4 warnings",
        "  warning: w1", "  warning: w2", "  warning: w3", "  … 1 more (use --verbose)",
    ]
    assert report_lines("kh-275", report, verbose=True) == [
        "kh-275: 1 tables, 31 rows (1 uncertain), 4 warnings",
        "  table 'Phụ lục I: CHỈ TIÊU' (line 12, page 3): indicator, 31 rows, 1 uncertain",
        "    Giao chỉ tiêu 2026 → targets 2026 (header+cells)",
        "    Ghi nhận → other [unsure] (neither header nor cells decide)",
        "  warning: w1", "  warning: w2", "  warning: w3", "  warning: w4",
    ]
