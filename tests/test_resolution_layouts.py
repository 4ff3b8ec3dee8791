"""The layouts of held-out set 18's document (a provincial council's resolution, evals/heldout18/docs),
read alike in its three formats: pandoc's multiline tables in the .md, a header of two lines whose first
touches the rule drawn above it in the .pdf (its "Mục tiêu" spans the two milestone columns), and the
appendices' rows, milestone targets and short-form leads."""

from pathlib import Path

import pytest

from ingest.loaders import load_file
from ingest.parsing import parse_document
from ingest.settings import PROJECT_ROOT

DOC = PROJECT_ROOT / "evals" / "heldout18" / "docs" / "nq-hdnd-nhangiang-cds-2030"


@pytest.fixture(scope="module", params=["md", "docx", "pdf"])
def parsed(request):
    path = Path(f"{DOC}.{request.param}")
    return parse_document(load_file(path).text, doc_id=path.stem, file_name=path.name)


def test_every_appendix_row_is_read(parsed):
    counts = {}
    for r in parsed.rows:
        counts[r.appendix] = counts.get(r.appendix, 0) + 1
    assert counts == {"Phụ lục I": 22, "Phụ lục II": 32, "Phụ lục III": 8}


def test_milestone_columns_are_the_indicators_targets(parsed):
    first = next(r for r in parsed.rows if r.appendix == "Phụ lục I" and r.number == "1")
    assert first.fields["targets"] == {"2027": "80 - 85", "2030": "Trên 90"}
    assert first.fields["lead"] == "TTPVHCC"
    assert first.fields["unit"] == "%"


def test_task_rows_keep_result_lead_partners_and_deadline(parsed):
    task = next(r for r in parsed.rows if r.appendix == "Phụ lục II" and r.number == "1")
    assert task.fields["lead"] == "SKHCN" and task.fields["coordinating"] == "STP; CAT"
    assert task.fields["deadline"] == "Quý III/2026" and task.fields["result"] == "Quyết định của UBND tỉnh"


def test_the_short_forms_table_is_read_as_definitions(parsed):
    """Its "BẢNG CHỮ VIẾT TẮT" (two columns; in the .pdf without any line, under a justified paragraph and
    continued on the next page) gives every short form with its full name."""
    defined = "\n".join(s.text for s in parsed.sections if s.path and "VIẾT TẮT" in s.path[-1].upper())
    for short, full in [("SKHCN", "Sở Khoa học và Công nghệ"), ("STC", "Sở Tài chính"), ("CAT", "Công an tỉnh"),
                        ("TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh"),
                        ("DNVT", "Các doanh nghiệp viễn thông trên địa bàn tỉnh")]:
        assert f"{short}: {full}" in defined, defined
