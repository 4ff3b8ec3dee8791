"""Render plan_source.py into docs/ngoctuyen-cds-2026.{md,docx,pdf} (deterministic) and check that every table
cell and every body line is found in all three formats under both normalisations of shared/evals/README.md.

  .md   GitHub-flavoured Markdown with PIPE tables written the way a Word-to-Markdown converter flattens merged
        cells: a full-width merged group row keeps its text in the FIRST cell and leaves the others empty; a
        two-row header keeps only its first row as the pipe header (the merged parent label sits in the first
        spanned column, the spanned columns are empty) and the second header row ("Quý I/2026" ...; "Ngân sách
        tỉnh hỗ trợ" ...) becomes the first body row, empty under vertically merged cells.
  .docx python-docx: A4 portrait body (with the body table "Bảng 1"), Times New Roman 13 pt; every table fully
        ruled (single lines, style "Table Grid"), header rows repeated, rows not split; the three appendices in
        ONE landscape section: Phụ lục 01 (indicators, group rows merged over the full width, values with their
        unit inside the cell, a notes column and numbered notes under the table), Phụ lục 02 (tasks 1.1 ... 5.6
        under numbered group rows, a quarter TIMELINE: "Tiến độ thực hiện" over Quý I/2026 ... Quý IV/2026 and
        Năm 2027, cells marked "x"), Phụ lục 03 (funding with the SOURCES AS COLUMNS under a merged "Trong đó",
        a period column "2026" / "2026-2027" / "Hằng năm", total row last). Letterhead and signer in borderless
        tables.
  .pdf  LibreOffice (soffice --headless --convert-to pdf) from the .docx with a fresh profile; creation dates,
        /ID and /DocChecksum overwritten with fixed values of the same length.
"""
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import plan_source as P  # noqa: E402
import textsrc as T  # noqa: E402

DOCS = HERE / "docs"
STEM = DOCS / P.KEY
ZIP_DATE = (2026, 1, 16, 0, 0, 0)


# ================================================================ Markdown (GFM pipe tables)
def pipe(header, rows, align):
    def row(cells):
        return "| " + " | ".join(cells) + " |"
    sep = "|" + "|".join({"l": "---", "c": ":---:", "r": "---:"}[a] for a in align) + "|"
    return [row(header), sep] + [row(r) for r in rows]


def b(s):
    return f"**{s}**" if s else ""


def md_body_table():
    return pipe(P.BT_HEAD, P.BT_ROWS, "clrrrr")


def md_ind():
    rows = []
    for lab, rs in P.IND_GROUPS:
        rows.append((b(lab),) + ("",) * 6)
        rows += rs
    return pipe(P.IND_HEAD, rows, "clcccll")


def md_tasks():
    head = P.TASK_HEAD + [P.TASK_PARENT, "", "", "", ""]
    rows = [("",) * 5 + tuple(P.TASK_CHILD)]
    for g, lab, ts in P.TASK_GROUPS:
        rows.append((b(g), b(lab)) + ("",) * 8)
        rows += [tuple(P.task_row_cells(t)) for t in ts]
    return pipe(head, rows, "cllllccccc")


def md_bud():
    head = P.BUD_HEAD[:4] + [P.BUD_PARENT, "", ""] + P.BUD_HEAD[7:]
    rows = [("",) * 4 + tuple(P.BUD_HEAD[4:7]) + ("",)]
    rows += P.BUD_ROWS
    rows.append(tuple(b(c) for c in P.BUD_TOTAL))
    return pipe(head, rows, "clcrrrrl")


def make_md():
    L = [f"**{P.LETTERHEAD_LEFT[0]}**  ", f"**{P.LETTERHEAD_LEFT[1]}**  ", P.NUMBER_LINE, "",
         f"**{P.LETTERHEAD_RIGHT[0]}**  ", f"**{P.LETTERHEAD_RIGHT[1]}**", "", f"*{P.PLACE_DATE}*", "",
         f"# {P.TITLE}", "", f"**{P.SUBTITLE}**", ""]
    for kind, text in P.BODY:
        if kind == "h":
            L += [("## " if re.match(r"^[IVX]+\. ", text) else "### ") + text, ""]
        elif kind == "b":
            L += [f"- {text}", ""]
        elif kind == "table":
            L += [f"**{P.BT_TITLE}**", ""] + md_body_table() + [""]
        else:
            L += [text, ""]
    L += [f"**{P.RECIPIENTS[0]}**", ""] + [r + "  " for r in P.RECIPIENTS[1:]] + [""]
    for s in P.SIGNER:
        L += [f"*{s}*" if s == "(Đã ký)" else f"**{s}**", ""]
    L += ["---", "", f"## {P.APPX1_TITLE}", "", f"**{P.APPX1_SUB}**", "", f"*{P.APPX_NOTE}*", ""]
    L += md_ind() + [""]
    for i, n in enumerate(P.IND_NOTES):
        L += [f"**{n}**" if i == 0 else n, ""]
    L += ["---", "", f"## {P.APPX2_TITLE}", "", f"**{P.APPX2_SUB}**", "", f"*{P.APPX_NOTE}*", "",
          f"*{P.APPX2_NOTE2}*", ""]
    L += md_tasks() + [""]
    L += ["---", "", f"## {P.APPX3_TITLE}", "", f"**{P.APPX3_SUB}**", "", f"*{P.APPX_NOTE}*", "",
          f"*{P.APPX3_UNIT}*", ""]
    L += md_bud() + [""]
    STEM.with_suffix(".md").write_text("\n".join(L), encoding="utf-8")


# ================================================================ DOCX
def make_docx(path):
    import datetime as dt
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.paragraph_format.space_after = Pt(4)
    st.paragraph_format.space_before = Pt(0)
    cp = d.core_properties
    cp.author = "UBND phuong Ngoc Tuyen"
    cp.title = f"{P.TITLE} {P.SUBTITLE}"
    cp.created = cp.modified = dt.datetime(2026, 1, 16, 8, 0, 0)
    cp.last_modified_by = "Van phong"
    cp.revision = 1

    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(1.5)
    C, J, L_, R_ = (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT,
                    WD_ALIGN_PARAGRAPH.RIGHT)

    def para(text="", bold=False, italic=False, align=None, size=None, indent=None, space_after=None,
             keep_next=False):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if indent is not None:
            p.paragraph_format.first_line_indent = Cm(indent)
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        if keep_next:
            p.paragraph_format.keep_with_next = True
        return p

    def cell_para(cell, text, bold=False, italic=False, align=None, size=11, first=True):
        p = cell.paragraphs[0] if first and not cell.paragraphs[0].text else cell.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        return p

    def set_widths(table, widths_cm):
        table.autofit = False
        grid_ = table._tbl.tblGrid
        for gc, w in zip(grid_.findall(qn("w:gridCol")), widths_cm):
            gc.set(qn("w:w"), str(int(w * 567)))
        for row in table.rows:
            col = 0
            for tc in row._tr.findall(qn("w:tc")):
                tcPr = tc.get_or_add_tcPr()
                span = tcPr.find(qn("w:gridSpan"))
                n = int(span.get(qn("w:val"))) if span is not None else 1
                w = sum(widths_cm[col:col + n])
                col += n
                tcW = tcPr.find(qn("w:tcW"))
                if tcW is None:
                    tcW = OxmlElement("w:tcW")
                    tcPr.insert(0, tcW)
                tcW.set(qn("w:w"), str(int(w * 567)))
                tcW.set(qn("w:type"), "dxa")

    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        trPr.append(h)

    def cant_split(row):
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))

    def valign_center(cell):
        tcPr = cell._tc.get_or_add_tcPr()
        v = OxmlElement("w:vAlign")
        v.set(qn("w:val"), "center")
        tcPr.append(v)

    def no_borders(table):
        tblPr = table._tbl.tblPr
        bd = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x = OxmlElement(f"w:{side}")
            x.set(qn("w:val"), "nil")
            bd.append(x)
        tblPr.append(bd)

    def ruled(rows, cols):
        t = d.add_table(rows=rows, cols=cols)
        t.style = d.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        return t

    # letterhead
    lh = d.add_table(rows=1, cols=2)
    no_borders(lh)
    lh.alignment = WD_TABLE_ALIGNMENT.CENTER
    a, bb = lh.rows[0].cells
    cell_para(a, P.LETTERHEAD_LEFT[0], bold=True, align=C, size=12)
    cell_para(a, P.LETTERHEAD_LEFT[1], bold=True, align=C, size=12, first=False)
    cell_para(a, "", align=C, size=6, first=False)
    cell_para(a, P.NUMBER_LINE, align=C, size=13, first=False)
    cell_para(bb, P.LETTERHEAD_RIGHT[0], bold=True, align=C, size=12)
    cell_para(bb, P.LETTERHEAD_RIGHT[1], bold=True, align=C, size=13, first=False)
    cell_para(bb, "", align=C, size=6, first=False)
    cell_para(bb, P.PLACE_DATE, italic=True, align=C, size=13, first=False)
    set_widths(lh, [6.5, 10.0])

    para()
    para(P.TITLE, bold=True, align=C, size=14, space_after=0)
    para(P.SUBTITLE, bold=True, align=C, size=14, space_after=10)
    for kind, text in P.BODY:
        if kind == "h":
            para(text, bold=True, align=J, indent=1.0, keep_next=True)
        elif kind == "b":
            para(f"- {text}", align=J, indent=1.0)
        elif kind == "table":
            para(P.BT_TITLE, bold=True, italic=True, align=C, size=12, space_after=2, keep_next=True)
            t = ruled(1, 6)
            for j, lab in enumerate(P.BT_HEAD):
                cell_para(t.rows[0].cells[j], lab, bold=True, align=C)
                valign_center(t.rows[0].cells[j])
            repeat_header(t.rows[0])
            for r in P.BT_ROWS:
                row = t.add_row()
                cant_split(row)
                for j, v in enumerate(r):
                    cell_para(row.cells[j], v, align=[C, L_, R_, R_, R_, R_][j])
            set_widths(t, [1.0, 6.1, 2.5, 2.4, 2.4, 2.1])
            para(space_after=2)
        else:
            para(text, align=J, indent=1.0)

    para()
    sg = d.add_table(rows=1, cols=2)
    no_borders(sg)
    a, bb = sg.rows[0].cells
    cell_para(a, P.RECIPIENTS[0], bold=True, italic=True, size=12)
    for rcp in P.RECIPIENTS[1:]:
        cell_para(a, rcp, size=11, first=False)
    for k, s in enumerate(P.SIGNER):
        cell_para(bb, s, bold=(s != "(Đã ký)"), italic=(s == "(Đã ký)"), align=C, size=13, first=(k == 0))
    set_widths(sg, [8.0, 8.5])

    # ---- appendices: one landscape section
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin, s.right_margin = Cm(1.5), Cm(1.5)
    s.top_margin, s.bottom_margin = Cm(1.8), Cm(1.5)

    def appendix_head(title, sub, notes=(), unit=None):
        para(title, bold=True, align=C, size=13, space_after=0)
        para(sub, bold=True, align=C, size=13, space_after=0)
        for n in notes:
            para(n, italic=True, align=C, size=12, space_after=0)
        if unit:
            para(unit, italic=True, align=R_, size=11, space_after=2)
        else:
            para(space_after=2)

    # Phụ lục 01
    appendix_head(P.APPX1_TITLE, P.APPX1_SUB, [P.APPX_NOTE])
    t = ruled(1, 7)
    for j, lab in enumerate(P.IND_HEAD):
        cell_para(t.rows[0].cells[j], lab, bold=True, align=C)
        valign_center(t.rows[0].cells[j])
    repeat_header(t.rows[0])
    aligns = [C, J, C, C, C, L_, L_]
    for lab, rows in P.IND_GROUPS:
        row = t.add_row()
        cant_split(row)
        m = row.cells[0].merge(row.cells[6])
        cell_para(m, lab, bold=True)
        for r in rows:
            row = t.add_row()
            cant_split(row)
            for j, v in enumerate(r):
                if v:
                    cell_para(row.cells[j], v, align=aligns[j])
    set_widths(t, [1.3, 8.4, 2.7, 3.3, 3.3, 3.9, 3.8])
    para(space_after=0)
    for k, n in enumerate(P.IND_NOTES):
        para(n, italic=(k == 0), bold=(k == 0), size=11, space_after=0)

    # Phụ lục 02: timeline
    d.add_page_break()
    appendix_head(P.APPX2_TITLE, P.APPX2_SUB, [P.APPX_NOTE, P.APPX2_NOTE2])
    t = ruled(2, 10)
    for j, lab in enumerate(P.TASK_HEAD):
        m = t.cell(0, j).merge(t.cell(1, j))
        cell_para(m, lab, bold=True, align=C)
        valign_center(m)
    m = t.cell(0, 5).merge(t.cell(0, 9))
    cell_para(m, P.TASK_PARENT, bold=True, align=C)
    for k, lab in enumerate(P.TASK_CHILD):
        cell_para(t.cell(1, 5 + k), lab, bold=True, align=C, size=10)
        valign_center(t.cell(1, 5 + k))
    for i in range(2):
        repeat_header(t.rows[i])
    aligns = [C, J, L_, L_, L_, C, C, C, C, C]
    for g, lab, ts in P.TASK_GROUPS:
        row = t.add_row()
        cant_split(row)
        cell_para(row.cells[0], g, bold=True, align=C)
        m = row.cells[1].merge(row.cells[9])
        cell_para(m, lab, bold=True)
        for tk in ts:
            row = t.add_row()
            cant_split(row)
            for j, v in enumerate(P.task_row_cells(tk)):
                if v:
                    cell_para(row.cells[j], v, align=aligns[j], size=10.5)
    set_widths(t, [1.0, 5.8, 3.5, 3.3, 3.6, 1.9, 1.9, 1.9, 1.9, 1.9])

    # Phụ lục 03: funding, sources as columns
    d.add_page_break()
    appendix_head(P.APPX3_TITLE, P.APPX3_SUB, [P.APPX_NOTE], unit=P.APPX3_UNIT)
    t = ruled(2, 8)
    for j in [0, 1, 2, 3, 7]:
        m = t.cell(0, j).merge(t.cell(1, j))
        cell_para(m, P.BUD_HEAD[j], bold=True, align=C)
        valign_center(m)
    m = t.cell(0, 4).merge(t.cell(0, 6))
    cell_para(m, P.BUD_PARENT, bold=True, align=C)
    for k in range(3):
        cell_para(t.cell(1, 4 + k), P.BUD_HEAD[4 + k], bold=True, align=C)
        valign_center(t.cell(1, 4 + k))
    for i in range(2):
        repeat_header(t.rows[i])
    aligns = [C, L_, C, R_, R_, R_, R_, L_]
    for r in P.BUD_ROWS + [P.BUD_TOTAL]:
        row = t.add_row()
        cant_split(row)
        for j, v in enumerate(r):
            if v:
                cell_para(row.cells[j], v, bold=(r is P.BUD_TOTAL), align=aligns[j])
    set_widths(t, [1.1, 8.2, 2.7, 2.6, 2.7, 2.6, 2.4, 4.4])

    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    Path(path).write_bytes(out.getvalue())


# ================================================================ PDF (LibreOffice)
def make_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        env = dict(os.environ, SOURCE_DATE_EPOCH="1768521600", TZ="UTC")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(outdir), str(docx_path)], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        data = (outdir / (Path(docx_path).stem + ".pdf")).read_bytes()

    def fix_date(m):
        return m.group(1) + b"D:20260116080000" + b" " * (len(m.group(2)) - 16) + b")"
    data = re.sub(rb"(/(?:CreationDate|ModDate)\()(D:[^)]*)\)", fix_date, data)

    def fix_id(m):
        return m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5)
    data, n = re.subn(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)", fix_id, data)
    assert n == 1, n
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    Path(pdf_path).write_bytes(data)


# ================================================================ cross-format check
def all_strings():
    body = list(P.LETTERHEAD_LEFT) + list(P.LETTERHEAD_RIGHT) + [P.NUMBER_LINE, P.PLACE_DATE, P.TITLE,
                                                                 P.SUBTITLE, P.BT_TITLE]
    body += [t for k, t in P.BODY if t]
    body += P.RECIPIENTS + P.SIGNER + P.IND_NOTES + [P.APPX1_TITLE, P.APPX1_SUB, P.APPX2_TITLE, P.APPX2_SUB,
                                                     P.APPX2_NOTE2, P.APPX3_TITLE, P.APPX3_SUB, P.APPX3_UNIT,
                                                     P.APPX_NOTE]
    cells = set(P.BT_HEAD + P.IND_HEAD + P.TASK_HEAD + P.TASK_CHILD + P.BUD_HEAD + [P.TASK_PARENT, P.BUD_PARENT])
    for r in P.BT_ROWS:
        cells.update(r)
    for lab, rows in P.IND_GROUPS:
        cells.add(lab)
        for r in rows:
            cells.update(r)
    for g, lab, ts in P.TASK_GROUPS:
        cells.update([g, lab])
        for t in ts:
            cells.update(P.task_row_cells(t))
    for r in P.BUD_ROWS + [P.BUD_TOTAL]:
        cells.update(r)
    cells.discard("")
    return body, sorted(cells)


def row_order_check(texts):
    """the cells of every body-table, indicator, task and funding row appear in order in each format"""
    problems = []
    rows = [("table1 " + r[0], list(r)) for r in P.BT_ROWS]
    rows += [("indicator " + r[0], [c for c in r if c]) for r in P.indicator_rows()]
    rows += [("task " + t[0], [c for c in P.task_row_cells(t) if c]) for t in P.task_list()]
    rows += [("funding " + r[0], [c for c in r if c]) for r in P.BUD_ROWS]
    rows += [("funding total", [c for c in P.BUD_TOTAL if c])]
    for fmt in ("md", "docx", "pdf"):
        tx = T.norm_answer(texts[fmt][0])
        for name, seq in rows:
            pos = tx.find(T.norm_answer(seq[1]))
            if pos < 0:
                problems.append(f"{fmt}: {name} anchor {seq[1]!r} missing")
                continue
            pos = max(0, pos - 30)
            for c in seq[1:]:
                i = tx.find(T.norm_answer(c), pos)
                if i < 0:
                    problems.append(f"{fmt}: {name} cells not in order at {c!r}")
                    break
                pos = i + len(T.norm_answer(c))
    return problems


def check():
    texts = T.format_texts()
    body, cells = all_strings()
    problems = []
    for s in body + cells:
        for fmt, ts in texts.items():
            ok = T.contains_answer(ts, s) and (not T.norm_cite(s) or T.contains_cite(ts, s))
            if not ok:
                problems.append(f"{fmt}: {s!r}")
    problems += row_order_check(texts)
    from pypdf import PdfReader
    rd = PdfReader(str(STEM.with_suffix(".pdf")))
    land = sum(1 for p in rd.pages if float(p.mediabox.width) > float(p.mediabox.height))
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(cells)} distinct table cells and {len(body)} body lines checked in md/docx/pdf (answer and "
          f"citation normalisation); row cells in order; PDF {len(rd.pages)} pages ({land} landscape); "
          f"{len(problems)} problems")
    return not problems


def main():
    DOCS.mkdir(exist_ok=True)
    make_md()
    make_docx(STEM.with_suffix(".docx"))
    make_pdf(STEM.with_suffix(".docx"), STEM.with_suffix(".pdf"))
    return check()


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
