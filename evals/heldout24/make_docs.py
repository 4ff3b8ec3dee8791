"""Build docs/qd-419-ttg-2017.{md,docx,pdf} from the verbatim source text (source/*.txt, see SOURCES.md).

.md  : the source text with a blank line between source lines (each line its own paragraph), a blank line around each
       pipe table, ordered-list markers at a line start escaped ("1\\." so Markdown keeps the number as text); the
       three pipe tables (header block, "Nơi nhận"/signature block, the Phụ lục) exactly as in the source, including
       the Phụ lục's two-cell section rows ("| a) | Nhóm hoạt động … |") and the empty continuation cells.
.docx: python-docx, a layout different from set 21's: body in A4 portrait (Times New Roman 13, "- "/"+ " lines with a
       hanging indent, numbered and lettered headings bold); header block and signature block as borderless 2-column
       tables (the "Nơi nhận" list one paragraph per "- " item, the signature on separate lines); the Phụ lục in an A4
       LANDSCAPE section, a fully ruled 8-column table (10 pt) whose header row repeats on every page, rows not
       allowed to break across pages, each section row
       (a) / b) / c)) MERGED across columns 2-8, and the content-group column "Nhóm hoạt động" (and its "-" TT cell)
       VERTICALLY MERGED over all rows of the group, so the group text is printed once per group.
.pdf : LibreOffice (soffice --headless --convert-to pdf) from the .docx.
Run: .venv/bin/python evals/heldout24/make_docs.py
"""
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import doc_source as S  # noqa: E402

DOCS = HERE / "docs"
STEM = S.KEY
WIDTHS = [0.9, 3.4, 5.6, 2.6, 4.2, 5.2, 3.0, 1.8]   # cm, landscape A4 with 1.5 cm margins -> 26.7 cm
CENTER = {"QUYẾT ĐỊNH", "THỦ TƯỚNG CHÍNH PHỦ", "QUYẾT ĐỊNH:", "PHỤ LỤC",
          "NỘI DUNG CHƯƠNG TRÌNH QUỐC GIA VỀ REDD+ GIAI ĐOẠN 2017 - 2020"}


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
            if L and L[-1] != "":
                L.append("")
            L += x + [""]
        else:
            L += [re.sub(r"^(\d+)\. ", r"\1\\. ", x), ""]
    return "\n".join(L)


# ---------------------------------------------------------------- docx
def set_borders(table, on=True):
    pr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "000000")
        b.append(e)
    pr.append(b)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def add_runs(par, text, bold=False, size=None):
    """'*...*' spans italic"""
    for i, part in enumerate(text.split("*")):
        if not part:
            continue
        r = par.add_run(part)
        r.italic = bool(i % 2)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def cell_text(cell, paras, bold=False, center=False, size=10):
    cell.paragraphs[0].text = ""
    for i, t in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        add_runs(p, t, bold=bold, size=size)
        p.paragraph_format.space_after = Pt(0)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def body_par(d, x):
    p = d.add_paragraph()
    head = bool(re.match(r"^(\d\. |[a-gđ]\) |Điều \d\.)", x))
    add_runs(p, x, bold=x in CENTER or x.startswith("PHÊ DUYỆT") or head)
    pf = p.paragraph_format
    pf.space_after = Pt(4)
    if x in CENTER or x.startswith("PHÊ DUYỆT") or x.startswith("*(Kèm theo"):
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if x.startswith(("- ", "+ ")):
            pf.left_indent = Cm(1.0 if x.startswith("+ ") else 0.5)
            pf.first_line_indent = Cm(-0.5)
        else:
            pf.first_line_indent = Cm(1.0)


def appendix(d, lines):
    rows = [r for r in S.rows()]
    assert len(lines) == len(rows) + 2
    t = d.add_table(rows=len(rows) + 1, cols=8)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(t, True)
    t.autofit = False
    hdr = t.rows[0]
    repeat_header(hdr)
    for j, h in enumerate(S.HEAD):
        cell_text(hdr.cells[j], [h], bold=True, center=True)
    top = None          # (tt cell, group cell) of the current content group
    for i, (kind, c) in enumerate(rows, 1):
        tr = t.rows[i]
        cant_split(tr)
        if kind == "section":
            cell_text(tr.cells[0], [c[0]], bold=True, center=True)
            m = tr.cells[1].merge(tr.cells[7])
            cell_text(m, [c[1]], bold=True)
            top = None
            continue
        if c[0] == "-":
            cell_text(tr.cells[0], [c[0]], center=True)
            cell_text(tr.cells[1], [c[1]], bold=True)
            top = (tr.cells[0], tr.cells[1])
        else:
            top = (top[0].merge(tr.cells[0]), top[1].merge(tr.cells[1]))
        for j in range(2, 8):
            cell_text(tr.cells[j], [c[j]], center=(j == 7))
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(WIDTHS[j] * 567)))
    for row in t.rows:
        col = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tcW = tc.get_or_add_tcPr().get_or_add_tcW()
            tcW.type, tcW.w = "dxa", int(sum(WIDTHS[col:col + span]) * 567)
            col += span


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
                ns.left_margin = ns.right_margin = Cm(1.5)
                ns.top_margin = ns.bottom_margin = Cm(1.5)
            body_par(d, x)
            continue
        rows = [S.cells(r) for r in x if not re.fullmatch(r"\|( --- \|)+", r)]
        if x is tables[0]:          # header block
            t = d.add_table(rows=2, cols=2)
            set_borders(t, False)
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell_text(t.cell(i, j), [c], bold=(i == 0), center=True, size=12)
        elif x is tables[1]:        # signature block
            t = d.add_table(rows=1, cols=2)
            set_borders(t, False)
            nn, sg = rows[0]
            items = nn.split(" - ")
            cell_text(t.cell(0, 0), [items[0]] + ["- " + s for s in items[1:]], size=10)
            m = re.fullmatch(r"(KT\. THỦ TƯỚNG) (PHÓ THỦ TƯỚNG) +(.+)", sg)
            cell_text(t.cell(0, 1), [m.group(1), m.group(2), "", "", m.group(3)], bold=True, center=True, size=13)
        else:                       # the Phụ lục
            appendix(d, x)
    d.core_properties.title = "Quyết định 419/QĐ-TTg"
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
