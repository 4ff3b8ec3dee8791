"""The layouts of held-out set 19's document (a ministry's decision with a one-year plan, evals/heldout19/docs),
read alike in its three formats: in the .md a pipe table whose year labels sit in its first body row and an
HTML <table> with group rows spanning the columns; in the .docx merged header cells; in the .pdf (reportlab,
no line drawn at all) a header whose "Mục tiêu theo năm" is centred over the three year columns, above the
line of year labels. The three formats give the same rows, field for field."""

from pathlib import Path

import pytest

from ingest.loaders import load_file
from ingest.parsing import parse_document
from ingest.settings import PROJECT_ROOT

DOC = PROJECT_ROOT / "evals" / "heldout19" / "docs" / "qd-bct-cds-2027"


def _parse(ext: str):
    path = Path(f"{DOC}.{ext}")
    loaded = load_file(path)
    return parse_document(loaded.text, doc_id=path.stem, file_name=path.name, line_pages=loaded.line_pages)


@pytest.fixture(scope="module")
def parsed() -> dict:
    return {ext: _parse(ext) for ext in ("md", "docx", "pdf")}


def _rows(doc) -> list[tuple]:
    return [(r.appendix, tuple(r.group), r.number, r.kind, sorted((k, str(v)) for k, v in r.fields.items()))
            for r in doc.rows]


def test_each_format_reads_every_row(parsed):
    for ext, doc in parsed.items():
        counts: dict[str, int] = {}
        for r in doc.rows:
            counts[r.appendix] = counts.get(r.appendix, 0) + 1
        assert counts == {"Phụ lục I": 20, "Phụ lục II": 26}, ext


def test_the_three_formats_give_the_same_rows(parsed):
    assert _rows(parsed["docx"]) == _rows(parsed["md"])
    assert _rows(parsed["pdf"]) == _rows(parsed["md"])


@pytest.mark.parametrize("ext", ["md", "docx", "pdf"])
def test_year_columns_under_a_spanning_label_are_the_targets(parsed, ext):
    rows = {r.number: r for r in parsed[ext].rows if r.appendix == "Phụ lục I"}
    assert rows["8"].fields["targets"] == {"2027": "-", "2028": "≥ 20", "2029": "≥ 40"}
    assert rows["8"].fields["unit"] == "Cuộc" and rows["8"].fields["lead"] == "Thanh tra Bộ"
    assert rows["11"].fields["targets"] == {"2027": "≥ 98", "2028": "100", "2029": "Duy trì"}


@pytest.mark.parametrize("ext", ["md", "docx", "pdf"])
def test_hierarchically_numbered_tasks_keep_lead_partners_and_deadline(parsed, ext):
    task = next(r for r in parsed[ext].rows if r.appendix == "Phụ lục II" and r.number == "5.7")
    assert task.fields["lead"] == "Báo Công Thương"
    assert task.fields["coordinating"] == "Văn phòng Bộ; Trung tâm Thông tin"
    assert task.fields["deadline"] == "Thường xuyên"
