"""Build docs/qd-232-ttg-2025.{md,docx,pdf} from the verbatim source text (source/*.txt, see SOURCES.md).

.md  : the source text with a blank line between source lines (so each line is its own paragraph), a blank line
       around each pipe table, and ordered-list markers at a line start escaped ("1\\." so Markdown keeps the number as
       text); nothing else changed -- every cell and sentence is byte-identical to the source.
.docx: python-docx. Header block and signature block as borderless 2-column tables (cell text as in the source,
       the "Nơi nhận" list split into one paragraph per "- " item, the signature into its lines); body lines as
       paragraphs (titles bold and centred, italic lines italic); the Phụ lục in a landscape section, a ruled table
       with the header row repeated on every page and each Roman group row MERGED over columns 2-5.
.pdf : LibreOffice (soffice --headless --convert-to pdf) from the .docx.
Run: .venv/bin/python evals/heldout21/make_docs.py
"""
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

DOCS = HERE / "docs"
STEM = S.KEY
WIDTHS = [1.2, 11.0, 5.3, 4.4, 3.8]   # cm, landscape A4, 2 cm margins -> 25.7 cm
TITLES = {"QUYẾT ĐỊNH", "PHÊ DUYỆT ĐỀ ÁN THÀNH LẬP VÀ PHÁT TRIỂN THỊ TRƯỜNG CÁC-BON TẠI VIỆT NAM",
          "THỦ TƯỚNG CHÍNH PHỦ", "QUYẾT ĐỊNH:", "PHỤ LỤC", "DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRIỂN KHAI ĐỀ ÁN"}


def blocks():
    """source lines grouped into ('table', [lines]) and ('line', text)"""
    out = []
    for ln in S.lines():
        if ln.startswith("| "):
            if out and out[-1][0] == "table":
                out[-1][1].append(ln)
            else:
                out.append(("table", [ln]))
        else:
            out.append(("line", ln))
    return out


# ---------------------------------------------------------------- markdown
def md():
    L = []
    for kind, x in blocks():
        if kind == "table":
            L += x + [""]
        else:
            L += [re.sub(r"^(\d+)\. ", r"\1\\. ", x), ""]
    return "\n".join(L)


# ---------------------------------------------------------------- docx
def set_cell_borders(table, on=True):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "000000")
        b.append(e)
    pr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def add_runs(par, text, bold=False, size=None):
    """'*...*' spans italic"""
    for i, part in enumerate(re.split(r"\*", text)):
        if not part:
            continue
        r = par.add_run(part)
        r.italic = bool(i % 2)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def cell_text(cell, paras, bold=False, center=True, size=12):
    cell.paragraphs[0].text = ""
    for i, t in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        add_runs(p, t, bold=bold, size=size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def docx(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    bl = blocks()
    tables = [x for k, x in bl if k == "table"]
    assert len(tables) == 3
    for kind, x in bl:
        if kind == "line":
            if x == "PHỤ LỤC":
                ns = d.add_section()
                ns.orientation = WD_ORIENT.LANDSCAPE
                ns.page_width, ns.page_height = Cm(29.7), Cm(21)
                ns.left_margin = ns.right_margin = Cm(2)
                ns.top_margin = ns.bottom_margin = Cm(1.8)
            p = d.add_paragraph()
            title = x in TITLES
            add_runs(p, x, bold=title or bool(re.match(r"^(I|II|III|IV|V|VI)\. |^Điều \d\.", x)))
            if title or x.startswith("*(Kèm theo"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            continue
        rows = [S.cells(r) for r in x if not re.fullmatch(r"\|( --- \|)+", r)]
        if x is tables[0]:          # header block
            t = d.add_table(rows=2, cols=2)
            set_cell_borders(t, False)
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell_text(t.cell(i, j), [c], bold=(i == 0), size=12)
        elif x is tables[1]:        # signature block
            t = d.add_table(rows=1, cols=2)
            set_cell_borders(t, False)
            nn, sg = rows[0]
            items = nn.split(" - ")
            cell_text(t.cell(0, 0), [items[0]] + ["- " + s for s in items[1:]], center=False, size=10)
            m = re.fullmatch(r"(KT\. THỦ TƯỚNG) (PHÓ THỦ TƯỚNG) +(.+)", sg)
            cell_text(t.cell(0, 1), [m.group(1), m.group(2), "", "", m.group(3)], bold=True)
        else:                       # the Phụ lục
            t = d.add_table(rows=len(rows), cols=5)
            set_cell_borders(t, True)
            t.autofit = False
            for i, r in enumerate(rows):
                tr = t.rows[i]
                if i == 0:
                    repeat_header(tr)
                if r[0] in S.ROMAN:
                    m = tr.cells[1].merge(tr.cells[4])
                    cell_text(tr.cells[0], [r[0]], bold=True, size=11)
                    cell_text(m, [r[1]], bold=True, center=False, size=11)
                    continue
                for j, c in enumerate(r):
                    cell_text(tr.cells[j], [c], bold=(i == 0), center=(i == 0 or j == 0), size=11)
            for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(WIDTHS[j] * 567)))
            for row in t.rows:
                for j, tc in enumerate(row._tr.tc_lst):
                    span = tc.grid_span
                    tcW = tc.get_or_add_tcPr().get_or_add_tcW()
                    tcW.type, tcW.w = "dxa", int(sum(WIDTHS[j:j + span]) * 567) if span == 1 else int(sum(WIDTHS[1:]) * 567)
    d.core_properties.title = "Quyết định 232/QĐ-TTg"
    d.save(str(path))


def pdf(docx_path, out_dir):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(docx_path)], check=True, capture_output=True)
        shutil.copy(Path(tmp) / (docx_path.stem + ".pdf"), out_dir / (docx_path.stem + ".pdf"))


def main():
    DOCS.mkdir(exist_ok=True)
    (DOCS / f"{STEM}.md").write_text(md(), encoding="utf-8")
    docx(DOCS / f"{STEM}.docx")
    pdf(DOCS / f"{STEM}.docx", DOCS)
    print("written", sorted(p.name for p in DOCS.iterdir()))


if __name__ == "__main__":
    main()
