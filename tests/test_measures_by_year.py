"""A plan whose tables give each thing's figures by year, two ways a table may print them: a numbered row
naming the thing with its measures on bulleted rows below it ("2 | Xoài", "- | Diện tích | Ha | …"), and
one row per thing with two measures under each year ("Kế hoạch 2027 - Lượng (Tấn)", "Kế hoạch 2027 - Giá
trị (Nghìn USD)"). The measure asked is read from the column the question names (its unit too), the thing
from the numbered row above a bulleted one, a year of the plan's period said after "kế hoạch" is the year
asked, and a thing no plan lists is said to be missing. The real Assistant over small plans ingested for
real, and the parse of the same tables from Markdown and from tab-separated text as PDF pages give it."""

import pytest

from ingest.loaders import load_file
from ingest.parsing import parse_document
from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH LA

Số: 512/QĐ-UBND

QUYẾT ĐỊNH

Ban hành Kế hoạch phát triển vùng cây ăn quả tỉnh Bình La giai đoạn 2026 - 2030

## I. MỤC TIÊU

Phát triển vùng cây ăn quả tập trung gắn với chế biến và tiêu thụ.

## PHỤ LỤC 01. ĐỊNH HƯỚNG VÙNG NGUYÊN LIỆU

| TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2027 | Năm 2028 | Năm 2029 | Năm 2030 |
|---|---|---|---|---|---|---|---|
| **I** | **CÂY ĂN QUẢ** |  |  |  |  |  |  |
| **1** | **Nhãn** |  |  |  |  |  |  |
| - | Diện tích | Ha | 4.100 | 4.150 | 4.200 | 4.250 | 4.300 |
| - | Sản lượng | Tấn | 31.000 | 32.500 | 33.000 | 34.200 | 35.000 |
| **2** | **Xoài** |  |  |  |  |  |  |
| - | Diện tích | Ha | 2.600 | 2.700 | 2.750 | 2.800 | 2.900 |
| - | Sản lượng | Tấn | 18.000 | 18.900 | 19.400 | 20.100 | 21.000 |
| **II** | **CHĂN NUÔI** |  |  |  |  |  |  |
| - | Tổng đàn bò thịt | Con | 9.100 | 9.300 | 9.600 | 9.800 | 10.000 |

## PHỤ LỤC 02. DANH MỤC HÀNG HÓA TIÊU THỤ

| TT | Sản phẩm | Kế hoạch 2027 - Lượng (Tấn) | Kế hoạch 2027 - Giá trị (Nghìn USD) | Kế hoạch 2028 - Lượng (Tấn) | Kế hoạch 2028 - Giá trị (Nghìn USD) |
|---|---|---|---|---|---|
| 1 | Nhãn sấy | 1.250 | 4.310 | 1.400 | 4.880 |
| 2 | Xoài tươi | 2.060 | 1.170 | 2.240 | 1.290 |
| 3 | Mật ong hoa nhãn |  | 640 |  | 705 |
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return assistant_over(tmp_path_factory, {"qd-512-lac-son.md": PLAN})


def _rows(text: str, name: str, tmp_path):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    loaded = load_file(path)
    return parse_document(loaded if isinstance(loaded, str) else loaded.text, doc_id="p", file_name=name, manifest_entry=None).rows


def test_bulleted_rows_are_the_measures_of_the_numbered_row_above(tmp_path):
    rows = [r for r in _rows(PLAN, "plan.md", tmp_path) if r.appendix.endswith("01")]
    area = [r for r in rows if r.fields.get("content") == "Diện tích"]
    assert [r.group for r in area] == [["I. CÂY ĂN QUẢ", "1. Nhãn"], ["I. CÂY ĂN QUẢ", "2. Xoài"]], [r.group for r in area]
    assert not any(r.uncertain for r in area), [r.warnings for r in area]
    assert area[1].fields["targets"]["2029"] == "2.800"
    # the thing itself is no row of figures
    assert not [r for r in rows if r.fields.get("content") in ("Nhãn", "Xoài")]


def test_two_measures_a_year_keep_their_own_columns(tmp_path):
    rows = {r.fields.get("content"): r for r in _rows(PLAN, "plan.md", tmp_path) if r.appendix.endswith("02")}
    assert set(rows) == {"Nhãn sấy", "Xoài tươi", "Mật ong hoa nhãn"}, set(rows)  # ("Sản phẩm" names the rows)
    assert rows["Nhãn sấy"].fields["targets"] == {"2027": "1.250", "2028": "1.400"}
    # a row with no tonnage has no figure for the year from the value column beside it
    assert "targets" not in rows["Mật ong hoa nhãn"].fields, rows["Mật ong hoa nhãn"].fields
    assert rows["Mật ong hoa nhãn"].columns["Kế hoạch 2028 - Giá trị (Nghìn USD)"] == "705"


def test_the_same_tables_from_a_pdf_page_text(tmp_path):
    # what an unruled PDF gives: cells apart by tabs, the header printed again as plain lines on the next page
    text = "\n".join([
        "PHỤ LỤC 02. DANH MỤC HÀNG HÓA TIÊU THỤ", "",
        "TT\tSản phẩm\tKế hoạch 2027\tKế hoạch 2027\tKế hoạch 2028\tKế hoạch 2028",
        "\t\tLượng (Tấn)\tGiá trị (Nghìn USD)\tLượng (Tấn)\tGiá trị (Nghìn USD)",
        "1\tNhãn sấy\t1.250\t4.310\t1.400\t4.880",
        "2\tXoài tươi\t2.060\t1.170\t2.240\t1.290", "",
        "TT Sản phẩm Kế hoạch 2027 Kế hoạch 2028",
        "Lượng (Tấn) Giá trị (Nghìn USD)", "",
        "3\tMật ong hoa nhãn\t\t640\t\t705",
        "4\tChuối sấy\t300\t410\t320\t450",
    ])
    rows = {r.fields.get("content"): r for r in parse_document(text, doc_id="p", file_name="plan.pdf", manifest_entry=None).rows}
    assert set(rows) == {"Nhãn sấy", "Xoài tươi", "Mật ong hoa nhãn", "Chuối sấy"}, set(rows)
    assert rows["Chuối sấy"].fields["targets"] == {"2027": "300", "2028": "320"}
    assert "targets" not in rows["Mật ong hoa nhãn"].fields


@pytest.mark.parametrize("question, printed, first", [
    ("Giá trị xuất khẩu nhãn sấy năm 2028 là bao nhiêu nghìn USD?", "4.880", "Kế hoạch 2028 - Giá trị (Nghìn USD): 4.880"),
    ("Lượng xoài tươi theo kế hoạch năm 2028 là bao nhiêu tấn?", "2.240", "Kế hoạch 2028 - Lượng (Tấn): 2.240"),
])
def test_the_measure_asked_comes_from_its_column(plan, question, printed, first):
    answer = plan.answer(question)
    assert answer.found and printed in answer.answer, answer.answer
    assert first in answer.answer.split(";")[0], answer.answer


def test_a_measure_of_a_thing_is_named_with_the_thing(plan):
    answer = plan.answer("Diện tích xoài năm 2029 là bao nhiêu ha?")
    assert answer.found and "2.800" in answer.answer and "2. Xoài" in answer.answer, answer.answer
    assert "4.250" not in answer.answer, answer.answer  # (the longan's area that year)


def test_two_things_sharing_the_words_after_them(plan):
    for question in ("Compare mango and longan growing areas planned for 2030.", "Diện tích xoài và nhãn năm 2030 là bao nhiêu?"):
        answer = plan.answer(question)
        assert answer.found and "2.900" in answer.answer and "4.300" in answer.answer, (question, answer.answer)


def test_a_unit_said_filters_the_rows(plan):
    answer = plan.answer("Trong Phụ lục 01, chỉ tiêu nào được tính bằng đơn vị con?")
    assert answer.found and "Tổng đàn bò thịt" in answer.answer and "Diện tích" not in answer.answer, answer.answer


def test_a_thing_no_plan_lists_is_said_missing(plan):
    missing = plan.answer("What tonnage of durian is to be sold in 2028?")
    assert not missing.found and "durian" in missing.answer, missing.answer
    vietnamese = plan.answer("Diện tích sầu riêng năm 2028 là bao nhiêu ha?")
    assert not vietnamese.found and "sầu riêng" in vietnamese.answer, vietnamese.answer
    listed = plan.answer("How many hectares of mango are planned for 2027?")
    assert listed.found and "2.700" in listed.answer, listed.answer


def test_an_unruled_pdf_of_bulleted_measures_under_a_year_header(tmp_path):
    # LibreOffice prints a borderless Word table with padding between rows: the bullets ("-") mark rows as
    # numbers do, and the year labels under "Giai đoạn 2026 - 2030" are the header's, not the first group's
    import shutil
    import subprocess

    import docx
    from docx.shared import Cm, Pt

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("soffice (LibreOffice) is not on PATH")
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10)
    document.add_paragraph("PHỤ LỤC 01. ĐỊNH HƯỚNG VÙNG NGUYÊN LIỆU")
    body = [["I", "CÂY ĂN QUẢ", "", "", "", ""], ["1", "Nhãn", "", "", "", ""],
            ["-", "Diện tích", "Ha", "4.100", "4.150", "4.200"], ["-", "Sản lượng quả tươi", "Tấn", "31.000", "32.500", "33.000"],
            ["2", "Xoài", "", "", "", ""],
            ["-", "Diện tích", "Ha", "2.600", "2.700", "2.750"], ["-", "Sản lượng", "Tấn", "18.000", "18.900", "19.400"]]
    table = document.add_table(rows=2 + len(body), cols=6)  # default style: no borders
    table.cell(0, 3).merge(table.cell(0, 5))
    for c, text in enumerate(["TT", "Chỉ tiêu", "ĐVT", "Giai đoạn 2026 - 2030"]):
        table.cell(0, c).text = text
    for c, text in enumerate(["Năm 2026", "Năm 2027", "Năm 2028"]):
        table.cell(1, 3 + c).text = text
    for r, row in enumerate(body):
        for c, text in enumerate(row):
            table.cell(2 + r, c).text = text
    widths = [Cm(1.2), Cm(5.5), Cm(1.6), Cm(2.4), Cm(2.4), Cm(2.4)]
    for row in table.rows:
        for c, cell in enumerate(row.cells):
            cell.width = widths[c]
    source = tmp_path / "plan.docx"
    document.save(str(source))
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(source)],
                   check=True, capture_output=True, timeout=180)
    loaded = load_file(tmp_path / "out" / "plan.pdf")
    rows = parse_document(loaded.text, doc_id="p", file_name="plan.pdf", manifest_entry=None, line_pages=loaded.line_pages).rows
    area = [r for r in rows if r.fields.get("content") == "Diện tích"]
    assert [r.group[-1] for r in area] == ["1. Nhãn", "2. Xoài"], [(r.group, r.fields) for r in rows]
    assert area[1].fields["targets"] == {"2026": "2.600", "2027": "2.700", "2028": "2.750"}, area[1].fields
    assert not any(r.uncertain for r in area)


def test_the_single_word_side_takes_the_words_both_sides_share(plan):
    from assistant.understanding import parse_question

    for question, single in (("Compare mango and longan growing areas planned for 2030.", "xoai"),
                             ("So sánh diện tích xoài năm 2030 và nhãn", "nhan")):
        parts = dict(plan._part_terms(parse_question(question))[0])
        side = next(terms for text, terms in parts.items() if single in terms)
        other = next(terms for text, terms in parts.items() if single not in terms)
        # each side keeps its own thing and takes "diện tích" from the other, not the other's thing
        assert "dien_tich" in side and not {"xoai", "nhan"} - {single} & side, parts
        assert "dien_tich" in other and single not in other, parts


def test_a_vietnamese_place_in_an_english_question_is_one_name(plan):
    # "Bình La" read word by word left "La" a capitalised name no plan prints ("là" is a stop word; "Bình"
    # was skipped as not ASCII): the place is the plan's, its figures answer
    answer = plan.answer("How many hectares of mango does Bình La plan for 2027?")
    assert answer.found and "2.700" in answer.answer, answer.answer
    missing = plan.answer("What does the plan say about exports to France?")
    assert not missing.found and "France" in missing.answer, missing.answer


def test_the_unit_said_chooses_between_measures_sharing_the_other_words():
    from assistant.scoring import asked_column
    from ingest.records import TableRow

    def row(columns):
        return TableRow(row_id="r", doc_id="p", appendix="Phụ lục 02", kind="indicator", number="1",
                        fields={"content": "Nhãn sấy", "number": "1"}, columns={"TT": "1", "Sản phẩm": "Nhãn sấy", **columns},
                        text="", line_start=1, line_end=1)

    measures = row({"Kế hoạch 2028 - Lượng (Tấn)": "1.400", "Kế hoạch 2028 - Giá trị xuất khẩu (Nghìn USD)": "4.880",
                    "Kế hoạch 2027 - Lượng (Tấn)": "1.250"})
    # "lượng" names one label, "xuất khẩu" the other: "bao nhiêu tấn" says the unit of the first
    assert asked_column(measures, {"luong", "xuat_khau", "xuat", "khau", "nhan", "tan"}, ["2028"],
                        "Lượng xuất khẩu nhãn sấy năm 2028 là bao nhiêu tấn?") == ("Kế hoạch 2028 - Lượng (Tấn)", "1.400")
    # a folded word of a unit inside another word ("động" of "hoạt động" folds to the "đồng" of "(triệu đồng)") names no unit
    costs = row({"Kế hoạch 2028 - Lượng (Tấn)": "1.400", "Kinh phí 2028 (triệu đồng)": "950"})
    assert asked_column(costs, {"hoat", "dong", "hoat_dong", "nhan"}, ["2028"], "Hoạt động sấy nhãn năm 2028 gồm những gì?") is None
