"""Render plan_source.py into docs/bvdk-donglinh-2026.{md,docx,pdf} (deterministic) and check that every table
cell and every body line is found in all three formats under both normalisations of shared/evals/README.md.

  .md   Markdown whose tables are PANDOC GRID TABLES (+----+ borders, +====+ under the header row), one text
        line per table row; group rows carry the group label in the first two cells and leave the others
        empty; the two-level headers of the .docx are flattened into one header row ("Mục tiêu năm 2026",
        "Thời gian bắt đầu").
  .docx python-docx: A4 portrait body, Times New Roman 13 pt; appendix tables in "three-line" style (rule above
        the table, under the header and below the table; NO vertical rules and no rules between rows);
        Phụ lục I (lead unit before the indicator name, code column, merged parent "Mục tiêu phấn đấu" over
        Năm 2026/2027/2028), Phụ lục II (a department x indicator MATRIX), Phụ lục III (tasks with separate
        start/end columns under "Thời gian thực hiện") in a LANDSCAPE section; Phụ lục IV (years as ROWS,
        funding sources as columns) back in portrait.
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
ZIP_DATE = (2026, 1, 5, 0, 0, 0)


# ================================================================ Markdown with grid tables
def grid(header, rows):
    """pandoc grid table, every cell on one line"""
    ncol = len(header)
    w = [max(len(header[j]), *(len(r[j]) for r in rows)) for j in range(ncol)]

    def line(ch):
        return "+" + "+".join(ch * (x + 2) for x in w) + "+"

    def row(cells):
        return "|" + "|".join(f" {c.ljust(w[j])} " for j, c in enumerate(cells)) + "|"
    out = [line("-"), row(header), line("=")]
    for r in rows:
        out += [row(r), line("-")]
    return out


def group_row(g, lab, ncol):
    return (f"**{g}**", f"**{lab}**") + ("",) * (ncol - 2)


def md_ind():
    rows = []
    for g, lab, rs in P.IND_GROUPS:
        rows.append(group_row(g, lab, 10))
        rows += rs
    return grid(P.IND_HEAD_MD, rows)


def md_mat():
    rows = []
    for g, lab, rs in P.MAT_GROUPS:
        rows.append(group_row(g, lab, 8))
        rows += rs
    t = P.MAT_TOTAL
    rows.append(("", f"**{t[1]}**") + tuple(f"**{c}**" for c in t[2:]))
    return grid(P.MAT_HEAD, rows)


def md_tasks():
    rows = []
    for g, lab, ts in P.TASK_GROUPS:
        rows.append(group_row(g, lab, 7))
        rows += ts
    return grid(P.TASK_HEAD_MD, rows)


def md_bud():
    rows = [r if r[0] != "Tổng giai đoạn" else tuple(f"**{c}**" for c in r) for r in P.BUD_ROWS]
    return grid(P.BUD_HEAD, rows)


def make_md():
    L = [f"**{P.LETTERHEAD_LEFT[0]}**  ", f"**{P.LETTERHEAD_LEFT[1]}**  ", P.NUMBER_LINE, "",
         f"**{P.LETTERHEAD_RIGHT[0]}**  ", f"**{P.LETTERHEAD_RIGHT[1]}**", "", f"*{P.PLACE_DATE}*", "",
         f"# {P.TITLE}", "", f"**{P.SUBTITLE}**", ""]
    for kind, text in P.BODY:
        if kind == "h":
            L += [("## " if re.match(r"^[IVX]+\. ", text) else "### ") + text, ""]
        elif kind == "b":
            L += [f"- {text}", ""]
        elif kind == "abbr":
            L += [f"+ {text}", ""]
        else:
            L += [text, ""]
    L += [f"**{P.RECIPIENTS[0]}**", ""] + [r + "  " for r in P.RECIPIENTS[1:]] + [""]
    L += [f"**{P.SIGNER[0]}**", "", f"*{P.SIGNER[1]}*", "", f"**{P.SIGNER[2]}**", ""]
    L += ["---", "", f"## {P.APPX1_TITLE}", "", f"**{P.APPX1_SUB}**", "", f"*{P.APPX_NOTE}*", ""]
    L += md_ind() + [""]
    L += ["---", "", f"## {P.APPX2_TITLE}", "", f"**{P.APPX2_SUB}**", "", f"*{P.APPX_NOTE}*", "",
          f"*{P.APPX2_UNIT}*", ""]
    L += md_mat() + ["", f"*{P.MAT_NOTE}*", ""]
    L += ["---", "", f"## {P.APPX3_TITLE}", "", f"**{P.APPX3_SUB}**", "", f"*{P.APPX_NOTE}*", "",
          f"*{P.APPX3_NOTE2}*", ""]
    L += md_tasks() + [""]
    L += ["---", "", f"## {P.APPX4_TITLE}", "", f"**{P.APPX4_SUB}**", "", f"*{P.APPX_NOTE}*", "",
          f"*{P.APPX4_UNIT}*", ""]
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
    cp.author = "Bệnh viện Đa khoa tỉnh Đông Lĩnh"
    cp.title = f"{P.TITLE} {P.SUBTITLE}"
    cp.created = cp.modified = dt.datetime(2026, 1, 5, 8, 0, 0)
    cp.last_modified_by = "Phong CNTT"
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

    def cell_para(cell, text, bold=False, italic=False, align=None, size=10.5, first=True):
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

    def borders(table, spec):
        """spec: side -> size in eighths of a point, or None for nil"""
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x = OxmlElement(f"w:{side}")
            sz = spec.get(side)
            if sz:
                x.set(qn("w:val"), "single")
                x.set(qn("w:sz"), str(sz))
                x.set(qn("w:space"), "0")
                x.set(qn("w:color"), "000000")
            else:
                x.set(qn("w:val"), "nil")
            b.append(x)
        tblPr.append(b)

    def three_line(table, header_rows):
        borders(table, {"top": 12, "bottom": 12})
        last = table.rows[header_rows - 1]
        for tc in last._tr.findall(qn("w:tc")):
            tcPr = tc.get_or_add_tcPr()
            tb = OxmlElement("w:tcBorders")
            x = OxmlElement("w:bottom")
            x.set(qn("w:val"), "single")
            x.set(qn("w:sz"), "6")
            x.set(qn("w:space"), "0")
            x.set(qn("w:color"), "000000")
            tb.append(x)
            tcPr.append(tb)

    # letterhead
    lh = d.add_table(rows=1, cols=2)
    borders(lh, {})
    lh.alignment = WD_TABLE_ALIGNMENT.CENTER
    a, b = lh.rows[0].cells
    cell_para(a, P.LETTERHEAD_LEFT[0], align=C, size=12)
    cell_para(a, P.LETTERHEAD_LEFT[1], bold=True, align=C, size=12, first=False)
    cell_para(a, "", align=C, size=6, first=False)
    cell_para(a, P.NUMBER_LINE, align=C, size=13, first=False)
    cell_para(b, P.LETTERHEAD_RIGHT[0], bold=True, align=C, size=12)
    cell_para(b, P.LETTERHEAD_RIGHT[1], bold=True, align=C, size=13, first=False)
    cell_para(b, "", align=C, size=6, first=False)
    cell_para(b, P.PLACE_DATE, italic=True, align=C, size=13, first=False)
    set_widths(lh, [6.8, 9.7])

    para()
    para(P.TITLE, bold=True, align=C, size=14, space_after=0)
    para(P.SUBTITLE, bold=True, align=C, size=14, space_after=10)
    for kind, text in P.BODY:
        if kind == "h":
            para(text, bold=True, align=J, indent=1.0, keep_next=True)
        elif kind == "b":
            para(f"- {text}", align=J, indent=1.0)
        elif kind == "abbr":
            para(f"+ {text}", align=J, indent=1.5, space_after=0)
        else:
            para(text, align=J, indent=1.0)

    para()
    sg = d.add_table(rows=1, cols=2)
    borders(sg, {})
    a, b = sg.rows[0].cells
    cell_para(a, P.RECIPIENTS[0], bold=True, italic=True, size=12)
    for rcp in P.RECIPIENTS[1:]:
        cell_para(a, rcp, size=11, first=False)
    cell_para(b, P.SIGNER[0], bold=True, align=C, size=13)
    cell_para(b, P.SIGNER[1], italic=True, align=C, size=13, first=False)
    cell_para(b, P.SIGNER[2], bold=True, align=C, size=13, first=False)
    set_widths(sg, [8.0, 8.5])

    def new_section(landscape):
        s = d.add_section(WD_SECTION.NEW_PAGE)
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = Cm(29.7), Cm(21.0)
            s.left_margin, s.right_margin = Cm(1.5), Cm(1.5)
            s.top_margin, s.bottom_margin = Cm(1.8), Cm(1.5)
        else:
            s.orientation = WD_ORIENT.PORTRAIT
            s.page_width, s.page_height = Cm(21.0), Cm(29.7)
            s.left_margin, s.right_margin = Cm(3.0), Cm(1.5)
            s.top_margin, s.bottom_margin = Cm(2.0), Cm(2.0)

    def appendix_head(title, sub, notes=(), unit=None):
        para(title, bold=True, align=C, size=13, space_after=0)
        para(sub, bold=True, align=C, size=13, space_after=0)
        for n in notes:
            para(n, italic=True, align=C, size=12, space_after=0)
        if unit:
            para(unit, italic=True, align=R_, size=11, space_after=2)
        else:
            para(space_after=2)

    def group(t, g, lab, ncol):
        row = t.add_row()
        cant_split(row)
        cell_para(row.cells[0], g, bold=True, align=C)
        m = row.cells[1].merge(row.cells[ncol - 1])
        cell_para(m, lab, bold=True)

    # ---- Phụ lục I (landscape): STT | Mã số | Đơn vị chủ trì | Tên chỉ tiêu | Đơn vị đo | TH 2025 | {2026 2027 2028} | Nguồn
    new_section(True)
    appendix_head(P.APPX1_TITLE, P.APPX1_SUB, [P.APPX_NOTE])
    t = d.add_table(rows=2, cols=10)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = P.IND_HEAD_MD
    for j in [0, 1, 2, 3, 4, 5, 9]:
        m = t.cell(0, j).merge(t.cell(1, j))
        cell_para(m, top[j], bold=True, align=C)
        valign_center(m)
    m = t.cell(0, 6).merge(t.cell(0, 8))
    cell_para(m, P.IND_PARENT, bold=True, align=C)
    for k, lab in enumerate(P.IND_CHILD):
        cell_para(t.cell(1, 6 + k), lab, bold=True, align=C)
    for i in range(2):
        repeat_header(t.rows[i])
    aligns = [C, C, L_, J, C, C, C, C, C, L_]
    for g, lab, rows in P.IND_GROUPS:
        group(t, g, lab, 10)
        for r in rows:
            row = t.add_row()
            cant_split(row)
            for j, v in enumerate(r):
                cell_para(row.cells[j], v, align=aligns[j])
    set_widths(t, [1.3, 1.9, 3.4, 7.0, 2.0, 2.2, 1.7, 1.7, 1.7, 3.8])
    three_line(t, 2)

    # ---- Phụ lục II (landscape): matrix department x indicator
    d.add_page_break()
    appendix_head(P.APPX2_TITLE, P.APPX2_SUB, [P.APPX_NOTE], unit=P.APPX2_UNIT)
    t = d.add_table(rows=1, cols=8)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, lab in enumerate(P.MAT_HEAD):
        cell_para(t.rows[0].cells[j], lab, bold=True, align=C)
        valign_center(t.rows[0].cells[j])
    repeat_header(t.rows[0])
    aligns = [C, L_, C, C, C, C, C, C]
    for g, lab, rows in P.MAT_GROUPS:
        group(t, g, lab, 8)
        for r in rows:
            row = t.add_row()
            cant_split(row)
            for j, v in enumerate(r):
                cell_para(row.cells[j], v, align=aligns[j])
    row = t.add_row()
    for j, v in enumerate(P.MAT_TOTAL):
        if v:
            cell_para(row.cells[j], v, bold=True, align=aligns[j])
    set_widths(t, [1.1, 6.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.2])
    three_line(t, 1)
    para(P.MAT_NOTE, italic=True, size=11)

    # ---- Phụ lục III (landscape): tasks with start / end columns
    d.add_page_break()
    appendix_head(P.APPX3_TITLE, P.APPX3_SUB, [P.APPX_NOTE, P.APPX3_NOTE2])
    t = d.add_table(rows=2, cols=7)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, lab in [(0, "TT"), (1, "Nội dung công việc"), (2, "Sản phẩm đầu ra"), (5, "Khoa, phòng chủ trì"),
                   (6, "Khoa, phòng phối hợp")]:
        m = t.cell(0, j).merge(t.cell(1, j))
        cell_para(m, lab, bold=True, align=C)
        valign_center(m)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    cell_para(m, P.TASK_PARENT, bold=True, align=C)
    for k, lab in enumerate(P.TASK_CHILD):
        cell_para(t.cell(1, 3 + k), lab, bold=True, align=C)
    for i in range(2):
        repeat_header(t.rows[i])
    aligns = [C, J, L_, C, C, L_, L_]
    for g, lab, ts in P.TASK_GROUPS:
        group(t, g, lab, 7)
        for tk in ts:
            row = t.add_row()
            cant_split(row)
            for j, v in enumerate(tk):
                cell_para(row.cells[j], v, align=aligns[j])
    set_widths(t, [1.1, 7.5, 4.6, 1.9, 2.3, 3.4, 5.9])
    three_line(t, 2)

    # ---- Phụ lục IV (portrait): years as rows
    new_section(False)
    appendix_head(P.APPX4_TITLE, P.APPX4_SUB, [P.APPX_NOTE], unit=P.APPX4_UNIT)
    t = d.add_table(rows=1, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, lab in enumerate(P.BUD_HEAD):
        cell_para(t.rows[0].cells[j], lab, bold=True, align=C)
        valign_center(t.rows[0].cells[j])
    for r in P.BUD_ROWS:
        row = t.add_row()
        for j, v in enumerate(r):
            cell_para(row.cells[j], v, bold=(r[0] == "Tổng giai đoạn"), align=L_ if j == 0 else R_)
    set_widths(t, [3.4, 3.1, 3.6, 3.4, 3.0])
    three_line(t, 1)

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
        env = dict(os.environ, SOURCE_DATE_EPOCH="1767600000", TZ="UTC")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(outdir), str(docx_path)], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        data = (outdir / (Path(docx_path).stem + ".pdf")).read_bytes()

    def fix_date(m):
        return m.group(1) + b"D:20260105080000" + b" " * (len(m.group(2)) - 16) + b")"
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
                                                                 P.SUBTITLE]
    body += [t for k, t in P.BODY if t]
    body += P.RECIPIENTS + P.SIGNER + [P.APPX1_TITLE, P.APPX1_SUB, P.APPX2_TITLE, P.APPX2_SUB, P.APPX2_UNIT,
                                       P.MAT_NOTE, P.APPX3_TITLE, P.APPX3_SUB, P.APPX3_NOTE2, P.APPX4_TITLE,
                                       P.APPX4_SUB, P.APPX4_UNIT, P.APPX_NOTE]
    cells = set(P.IND_CHILD + P.TASK_CHILD + P.MAT_HEAD + P.BUD_HEAD)
    cells.update(h for h in P.IND_HEAD_MD if not h.startswith("Mục tiêu năm"))
    cells.update(h for h in P.TASK_HEAD_MD if not h.startswith("Thời gian"))
    for g, lab, rows in P.IND_GROUPS:
        cells.update([g, lab])
        for r in rows:
            cells.update(r)
    for g, lab, rows in P.MAT_GROUPS:
        cells.update([g, lab])
        for r in rows:
            cells.update(r)
    cells.update(P.MAT_TOTAL)
    for g, lab, ts in P.TASK_GROUPS:
        cells.update([g, lab])
        for t in ts:
            cells.update(t)
    for r in P.BUD_ROWS:
        cells.update(r)
    cells.discard("")
    return body, sorted(cells)


def row_order_check(texts):
    """the cells of every indicator, matrix, task and funding row appear in order in each format"""
    problems = []
    rows = [("indicator " + r[0], list(r)) for r in P.indicator_rows()]
    rows += [("matrix " + r[0], list(r)) for r in P.mat_rows()] + [("matrix total", list(P.MAT_TOTAL[1:]))]
    rows += [("task " + t[0], list(t)) for t in P.task_list()]
    rows += [("funding " + r[0], list(r)) for r in P.BUD_ROWS]
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
    for s in [P.IND_PARENT, P.TASK_PARENT]:
        for fmt in ("docx", "pdf"):
            if not T.contains_answer(texts[fmt], s):
                problems.append(f"{fmt}: parent header {s!r}")
    problems += row_order_check(texts)
    from pypdf import PdfReader
    rd = PdfReader(str(STEM.with_suffix(".pdf")))
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(cells)} distinct table cells and {len(body)} body lines checked in md/docx/pdf (answer and "
          f"citation normalisation); row cells in order; PDF {len(rd.pages)} pages; {len(problems)} problems")
    return not problems


def main():
    DOCS.mkdir(exist_ok=True)
    make_md()
    make_docx(STEM.with_suffix(".docx"))
    make_pdf(STEM.with_suffix(".docx"), STEM.with_suffix(".pdf"))
    return check()


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
