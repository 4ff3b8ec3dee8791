"""Build docs/kh-ta06-vinhlan-2027.{md,docx,pdf} from plan_source.py (deterministic apart from the PDF's metadata).

.md  : hand-written Markdown, pipe tables (quarter ticks "x", empty cells for unticked quarters), bold group rows.
.docx: python-docx; header and signature blocks as borderless 2-column tables; appendices in a landscape section;
       Phụ lục I ruled on all sides, header row repeated on every page, group rows merged over columns 2-9;
       Phụ lục II WITHOUT vertical rules (horizontal lines only), header not repeated, a "Tổng cộng" row.
.pdf : LibreOffice (soffice --headless --convert-to pdf) from the .docx.
Run: .venv/bin/python evals/heldout20/make_docs.py
"""
import os
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
import plan_source as P  # noqa: E402

DOCS = HERE / "docs"
STEM = P.KEY
PL1_W = [1.0, 7.2, 3.2, 4.4, 4.2, 1.2, 1.2, 1.2, 1.2]       # cm, landscape A4 usable width ~25.7
PL2_W = [1.3, 10.0, 4.6, 2.8, 3.6, 3.4]
LAND_LEFT = 2.0


def pdf_columns(widths=None):
    """x-ranges (pt) of the appendix table columns on landscape pages, for cropping in textsrc.py"""
    out = []
    for ws in (widths or [PL1_W, PL2_W]):
        x = LAND_LEFT / 2.54 * 72 - 6
        cols = []
        for w in ws:
            x1 = x + w / 2.54 * 72
            cols.append((x + 1, x1 - 1))
            x = x1
        out.append(cols)
    return out


# ---------------------------------------------------------------- markdown
def md():
    L = []
    L += [f"**{P.HEADER_LEFT[0]}**  ", f"**{P.HEADER_LEFT[1]}**  ", P.HEADER_LEFT[2], ""]
    L += [f"**{P.HEADER_RIGHT[0]}**  ", f"**{P.HEADER_RIGHT[1]}**  ", f"*{P.HEADER_RIGHT[2]}*", ""]
    for style, text in P.body():
        if style == "title":
            L += [f"# {text}", ""]
        elif style == "center":
            L += [f"**{text}**", ""]
        elif style == "h1":
            L += [f"## {text}", ""]
        elif style == "h2":
            L += [f"### {text}", ""]
        else:
            L += [text, ""]
    L += [f"**{P.NOI_NHAN[0]}**"] + [x + "  " for x in P.NOI_NHAN[1:-1]] + [P.NOI_NHAN[-1], ""]
    L += [f"**{P.SIGN[0]}**  ", f"**{P.SIGN[1]}**", "", "*(Đã ký)*", "", f"**{P.SIGN[2]}**", "", "---", ""]
    L += [f"**{P.PL1_CAPTION[0]}**", "", f"**{P.PL1_CAPTION[1]}**", "", f"*{P.PL1_CAPTION[2]}*", ""]
    L.append("| " + " | ".join(P.TASK_HEAD) + " |")
    L.append("|" + "|".join([":---:", ":---", ":---", ":---", ":---"] + [":---:"] * 4) + "|")
    for g, name, rows in P.TASKS:
        L.append(f"| **{g}** | **{name}** |" + " |" * 7)
        for n, content, lead, partners, product, ticks in rows:
            q = ["x" if c == "x" else "" for c in ticks]
            L.append("| " + " | ".join([n, content, lead, partners, product] + q) + " |")
    L += ["", "---", ""]
    L += [f"**{P.PL2_CAPTION[0]}**", "", f"**{P.PL2_CAPTION[1]}**", "", f"*{P.PL2_CAPTION[2]}*", ""]
    L.append("| " + " | ".join(P.PROJ_HEAD) + " |")
    L.append("|:---:|:---|:---|---:|:---|:---|")
    for g, name, rows in P.PROJECTS:
        L.append(f"| **{g}** | **{name}** |" + " |" * 4)
        for n, nm, lead, amt, src, road in rows:
            L.append("| " + " | ".join([n, nm, lead, P.money(amt), src, road]) + " |")
    L.append(f"| | **Tổng cộng** | | **{P.money(P.total())}** | | |")
    L.append("")
    return "\n".join(L)


# ---------------------------------------------------------------- docx helpers
def set_cell_borders(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for edge in ("top", "left", "bottom", "right"):
        val = kw.get(edge)
        if val is None:
            continue
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), "6")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)


def table_borders(table, inside_v=True, outer_v=True, any_border=True):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        on = any_border and not ((edge == "insideV" and not inside_v) or (edge in ("left", "right") and not outer_v))
        el.set(qn("w:val"), "single" if on else "nil")
        if on:
            el.set(qn("w:sz"), "6")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def fixed_layout(table, widths):
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] / 2.54 * 1440)))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def para(container, text, bold=False, italic=False, align=None, size=13, indent=False, after=4):
    p = container.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Cm(1)
    return p


def cell_text(cell, text, bold=False, italic=False, align=None, size=10.5):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)


def docx():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.font.size = Pt(13)
    s0 = d.sections[0]
    s0.page_width, s0.page_height = Cm(21), Cm(29.7)
    s0.top_margin, s0.bottom_margin, s0.left_margin, s0.right_margin = Cm(2), Cm(2), Cm(3), Cm(2)
    C, J = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
    # header block
    t = d.add_table(rows=3, cols=2)
    table_borders(t, any_border=False)
    fixed_layout(t, [6.5, 9.5])
    for i in range(3):
        cell_text(t.rows[i].cells[0], P.HEADER_LEFT[i], bold=i < 2, align=C, size=12 if i < 2 else 13)
        cell_text(t.rows[i].cells[1], P.HEADER_RIGHT[i], bold=i < 2, italic=i == 2, align=C, size=12 if i < 2 else 13)
    para(d, "")
    for style, text in P.body():
        if style == "title":
            para(d, text, bold=True, align=C, size=14, after=0)
        elif style == "center":
            para(d, text, bold=True, align=C, after=12)
        elif style in ("h1", "h2"):
            para(d, text, bold=True, align=J)
        else:
            para(d, text, align=J, indent=True)
    para(d, "")
    t = d.add_table(rows=1, cols=2)
    table_borders(t, any_border=False)
    fixed_layout(t, [8.5, 7.5])
    left, right = t.rows[0].cells
    cell_text(left, P.NOI_NHAN[0], bold=True, italic=True, size=12)
    for x in P.NOI_NHAN[1:]:
        pp = left.add_paragraph()
        rr = pp.add_run(x)
        rr.font.size = Pt(11)
        pp.paragraph_format.space_after = Pt(0)
    cell_text(right, P.SIGN[0], bold=True, align=C, size=13)
    for x, b in [(P.SIGN[1], True), ("", False), ("(Đã ký)", False), ("", False), (P.SIGN[2], True)]:
        pp = right.add_paragraph()
        rr = pp.add_run(x)
        rr.bold = b
        rr.italic = x.startswith("(")
        pp.alignment = C
        pp.paragraph_format.space_after = Pt(0)
    # appendices: landscape
    s1 = d.add_section()
    s1.orientation = WD_ORIENT.LANDSCAPE
    s1.page_width, s1.page_height = Cm(29.7), Cm(21)
    s1.top_margin, s1.bottom_margin, s1.left_margin, s1.right_margin = Cm(2), Cm(1.5), Cm(LAND_LEFT), Cm(2)
    para(d, P.PL1_CAPTION[0], bold=True, align=C, after=0)
    para(d, P.PL1_CAPTION[1], bold=True, align=C, after=0)
    para(d, P.PL1_CAPTION[2], italic=True, align=C, size=12, after=8)
    rows = sum(len(r) + 1 for _, _, r in P.TASKS) + 1
    t = d.add_table(rows=rows, cols=9)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    table_borders(t)
    fixed_layout(t, PL1_W)
    for i, h in enumerate(P.TASK_HEAD):
        cell_text(t.rows[0].cells[i], h, bold=True, align=C)
    repeat_header(t.rows[0])
    ri = 1
    for g, name, rs in P.TASKS:
        row = t.rows[ri]
        cell_text(row.cells[0], g, bold=True, align=C)
        m = row.cells[1].merge(row.cells[8])
        cell_text(m, name, bold=True)
        ri += 1
        for n, content, lead, partners, product, ticks in rs:
            row = t.rows[ri]
            vals = [n, content, lead, partners, product] + ["x" if c == "x" else "" for c in ticks]
            for i, v in enumerate(vals):
                cell_text(row.cells[i], v, align=C if i == 0 or i >= 5 else None)
            ri += 1
    # Phụ lục II: no vertical rules, header not repeated
    d.add_page_break()
    para(d, P.PL2_CAPTION[0], bold=True, align=C, after=0)
    para(d, P.PL2_CAPTION[1], bold=True, align=C, after=0)
    para(d, P.PL2_CAPTION[2], italic=True, align=C, size=12, after=8)
    rows = sum(len(r) + 1 for _, _, r in P.PROJECTS) + 2
    t = d.add_table(rows=rows, cols=6)
    table_borders(t, inside_v=False, outer_v=False)
    fixed_layout(t, PL2_W)
    R = WD_ALIGN_PARAGRAPH.RIGHT
    for i, h in enumerate(P.PROJ_HEAD):
        cell_text(t.rows[0].cells[i], h, bold=True, align=C)
    ri = 1
    for g, name, rs in P.PROJECTS:
        row = t.rows[ri]
        cell_text(row.cells[0], g, bold=True, align=C)
        cell_text(row.cells[1], name, bold=True)
        ri += 1
        for n, nm, lead, amt, src, road in rs:
            vals = [n, nm, lead, P.money(amt), src, road]
            for i, v in enumerate(vals):
                cell_text(t.rows[ri].cells[i], v, align=C if i == 0 else (R if i == 3 else None))
            ri += 1
    cell_text(t.rows[ri].cells[1], "Tổng cộng", bold=True)
    cell_text(t.rows[ri].cells[3], P.money(P.total()), bold=True, align=R)
    return d


def main():
    DOCS.mkdir(exist_ok=True)
    (DOCS / f"{STEM}.md").write_text(md(), encoding="utf-8")
    docx().save(str(DOCS / f"{STEM}.docx"))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(DOCS / f"{STEM}.docx")], check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, f"{STEM}.pdf"), DOCS / f"{STEM}.pdf")
    print("wrote", *(p.name for p in sorted(DOCS.iterdir())))


if __name__ == "__main__":
    main()
