"""Render plan_source.py into docs/cang-vanlang-cds-2030.{md,docx,pdf} (deterministic) and check that every table
cell and every body line is found in all three formats under both normalisations of shared/evals/README.md.

  .md   Markdown with pipe tables written WITHOUT leading and trailing pipes (`TT | Chỉ tiêu | ...`, delimiter
        `--- | --- | :---:`); a vertically merged lead cell keeps its text in the FIRST row of the block only, the
        rows below have an empty lead cell (as converters flatten rowspan); a two-line header cell is joined with a
        space ("Năm 2026 (%)", "Kinh phí dự kiến (tỷ đồng)"); group and sub-group rows carry their code in the first
        cell and their name in the second (bold), the other cells absent.
  .docx python-docx: decision + programme body on A4 portrait; Phụ lục I-III in ONE landscape section (Phụ lục III
        starts on a new page and continues the task codes of Phụ lục II); Phụ lục IV in a portrait section.
        Appendix tables have NO ruling lines at all (every border nil); header rows repeated, rows not split;
        two-line header cells ("Năm 2026" / "(%)"); the lead cell of consecutive tasks with the same lead is ONE
        vertically merged cell (vMerge), as is the lead cell of an indicator over its sub-rows a), b), c).
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
ZIP_DATE = (2026, 2, 12, 0, 0, 0)


# ================================================================ Markdown (pipe tables without outer pipes)
def pipe(header, rows, align):
    def row(cells):
        cells = list(cells)
        while len(cells) > 2 and cells[-1] == "":
            cells.pop()                       # trailing empty cells are left out (GFM pads short rows)
        return " | ".join(cells)
    sep = " | ".join({"l": "---", "c": ":---:", "r": "---:"}[a] for a in align)
    return [" | ".join(header), sep] + [row(r) for r in rows]


def b(s):
    return f"**{s}**" if s else ""


def ind_a_cells(r):
    tt, content, vals, lead = r
    return [tt, content] + (vals or [""] * 5) + [lead or ""]


def ind_b_cells(r):
    tt, content, unit, vals, lead = r
    return [tt, content, unit] + vals + [lead]


def task_cells(t):
    return [t[0], t[1], t[2], t[3], t[4] or "", t[5], t[6]]


def bud_cells(r):
    return [r[0], r[1]] + r[2] + [r[3]]


def bud_total_cells():
    return ["Tổng cộng", ""] + P.BUD_TOTAL_YEARS + [P.BUD_GRAND]


def md_tasks(groups):
    rows = []
    for g, lab, subs in groups:
        rows.append((b(g), b(lab)))
        for s, slab, ts in subs:
            rows.append((b(s), b(slab)))
            rows += [task_cells(t) for t in ts]
    head = P.TASK_HEAD[:-1] + [P.TASK_HEAD[-1] + " " + P.TASK_HEAD_UNIT]
    return pipe(head, rows, "llllllr")


def make_md():
    L = [f"**{P.LETTERHEAD_LEFT[0]}**  ", f"**{P.LETTERHEAD_LEFT[1]}**  ", P.NUMBER_LINE, "",
         f"**{P.LETTERHEAD_RIGHT[0]}**  ", f"**{P.LETTERHEAD_RIGHT[1]}**", "", f"*{P.PLACE_DATE}*", "",
         f"# {P.DEC_TITLE}", "", f"**{P.DEC_SUBTITLE}**", "", f"**{P.DEC_ISSUER}**", ""]
    for kind, text in P.DEC_BODY:
        L += [f"**{text}**" if kind == "c" else text, ""]
    L += [f"**{P.RECIPIENTS[0]}**", ""] + [r + "  " for r in P.RECIPIENTS[1:]] + [""]
    for s in P.SIGNER:
        L += [f"*{s}*" if s == "(Đã ký)" else f"**{s}**", ""]
    L += ["---", "", f"# {P.PROG_TITLE}", "", f"**{P.PROG_SUBTITLE}**", "", f"*{P.PROG_NOTE}*", ""]
    for kind, text in P.BODY:
        if kind == "h":
            L += [("## " if re.match(r"^[IVX]+\. ", text) else "### ") + text, ""]
        elif kind == "b":
            L += [f"- {text}", ""]
        else:
            L += [text, ""]
    for s in P.PROG_SIGNER:
        L += [f"*{s}*" if s == "(Đã ký)" else f"**{s}**", ""]
    # Phụ lục I
    L += ["---", "", f"## {P.APPX1_TITLE}", "", f"**{P.APPX1_SUB}**", "", f"*{P.APPX_NOTE}*", "",
          f"**{P.INDA_TITLE}**", ""]
    head = P.INDA_HEAD[:2] + [h + " " + P.INDA_UNIT_LINE for h in P.INDA_HEAD[2:7]] + P.INDA_HEAD[7:]
    L += pipe(head, [ind_a_cells(r) for r in P.INDA], "llcccccl") + [""]
    for i, n in enumerate(P.INDA_NOTES):
        L += [f"*{n}*" if i == 0 else n, ""]
    L += [f"**{P.INDB_TITLE}**", ""]
    L += pipe(P.INDB_HEAD, [ind_b_cells(r) for r in P.INDB], "lllccccccl"[:9]) + [""]
    # Phụ lục II, III
    L += ["---", "", f"## {P.APPX2_TITLE}", "", f"**{P.APPX2_SUB}**", "", f"*{P.APPX_NOTE}*", ""]
    L += md_tasks(P.TASKS2) + [""]
    L += ["---", "", f"## {P.APPX3_TITLE}", "", f"**{P.APPX3_SUB}**", "", f"*{P.APPX_NOTE}*", "",
          f"*{P.APPX3_NOTE2}*", ""]
    L += md_tasks(P.TASKS3) + [""]
    # Phụ lục IV
    L += ["---", "", f"## {P.APPX4_TITLE}", "", f"**{P.APPX4_SUB}**", "", f"*{P.APPX_NOTE}*", ""]
    head = P.BUD_HEAD[:2] + [h + " " + P.BUD_UNIT_LINE for h in P.BUD_HEAD[2:]]
    rows = [bud_cells(r) for r in P.BUD_ROWS]
    rows.append([b(c) for c in bud_total_cells()])
    L += pipe(head, rows, "lrrrrrrr") + [""]
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
    cp.author = "Tong cong ty Cang Van Lang"
    cp.title = P.PROG_SUBTITLE
    cp.created = cp.modified = dt.datetime(2026, 2, 12, 8, 0, 0)
    cp.last_modified_by = "Ban Cong nghe so"
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
        p.paragraph_format.space_after = Pt(1)
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

    def valign(cell, how="top"):
        tcPr = cell._tc.get_or_add_tcPr()
        v = OxmlElement("w:vAlign")
        v.set(qn("w:val"), how)
        tcPr.append(v)

    def no_borders(table):
        tblPr = table._tbl.tblPr
        bd = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x = OxmlElement(f"w:{side}")
            x.set(qn("w:val"), "nil")
            bd.append(x)
        tblPr.append(bd)

    def bare(rows, cols):
        t = d.add_table(rows=rows, cols=cols)
        no_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        return t

    def header_row(t, labels, second=None, size=10.5):
        """one header row; `second` maps a column index to a second line (unit)"""
        for j, lab in enumerate(labels):
            cell_para(t.rows[0].cells[j], lab, bold=True, align=C, size=size)
            if second and j in second:
                cell_para(t.rows[0].cells[j], second[j], bold=True, align=C, size=size, first=False)
            valign(t.rows[0].cells[j], "center")
        repeat_header(t.rows[0])

    # ---- letterhead, decision
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
    set_widths(lh, [7.0, 9.5])

    para()
    para(P.DEC_TITLE, bold=True, align=C, size=14, space_after=0)
    para(P.DEC_SUBTITLE, bold=True, align=C, size=14, space_after=8)
    para(P.DEC_ISSUER, bold=True, align=C, size=13, space_after=8)
    for kind, text in P.DEC_BODY:
        if kind == "c":
            para(text, bold=True, align=C)
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

    # ---- programme body (new page, same portrait section)
    d.add_page_break()
    para(P.PROG_TITLE, bold=True, align=C, size=14, space_after=0)
    para(P.PROG_SUBTITLE, bold=True, align=C, size=14, space_after=0)
    para(P.PROG_NOTE, italic=True, align=C, size=13, space_after=10)
    for kind, text in P.BODY:
        if kind == "h":
            para(text, bold=True, align=J, indent=1.0, keep_next=True)
        elif kind == "b":
            para(f"- {text}", align=J, indent=1.0)
        else:
            para(text, align=J, indent=1.0)
    sg = d.add_table(rows=1, cols=2)
    no_borders(sg)
    a, bb = sg.rows[0].cells
    cell_para(a, "", size=11)
    for k, s in enumerate(P.PROG_SIGNER):
        cell_para(bb, s, bold=(s != "(Đã ký)"), italic=(s == "(Đã ký)"), align=C, size=13, first=(k == 0))
    set_widths(sg, [8.0, 8.5])

    # ---- Phụ lục I-III: landscape section
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin, s.right_margin = Cm(1.5), Cm(1.5)
    s.top_margin, s.bottom_margin = Cm(1.8), Cm(1.5)

    def appendix_head(title, sub, notes=()):
        para(title, bold=True, align=C, size=13, space_after=0)
        para(sub, bold=True, align=C, size=13, space_after=0)
        for n in notes:
            para(n, italic=True, align=C, size=12, space_after=0)
        para(space_after=2)

    def vmerge(cells):
        if len(cells) > 1:
            cells[0].merge(cells[-1])

    appendix_head(P.APPX1_TITLE, P.APPX1_SUB, [P.APPX_NOTE])
    para(P.INDA_TITLE, bold=True, align=L_, size=12, space_after=2, keep_next=True)
    t = bare(1, 8)
    header_row(t, P.INDA_HEAD, {j: P.INDA_UNIT_LINE for j in range(2, 7)})
    aligns = [C, J, C, C, C, C, C, L_]
    start = None
    for r in P.INDA:
        row = t.add_row()
        cant_split(row)
        cells = ind_a_cells(r)
        for j, v in enumerate(cells):
            if v:
                cell_para(row.cells[j], v, align=aligns[j], bold=(j == 1 and r[2] is None))
        if r[3]:
            start = len(t.rows) - 1
        else:
            vmerge([t.rows[start].cells[7], row.cells[7]])
    set_widths(t, [1.2, 9.0, 2.0, 2.0, 2.0, 2.0, 2.0, 4.6])
    para(space_after=0)
    for k, n in enumerate(P.INDA_NOTES):
        para(n, italic=(k == 0), bold=(k == 0), size=11, space_after=0)
    para(space_after=4)
    para(P.INDB_TITLE, bold=True, align=L_, size=12, space_after=2, keep_next=True)
    t = bare(1, 9)
    header_row(t, P.INDB_HEAD)
    aligns = [C, J, C, C, C, C, C, C, L_]
    for r in P.INDB:
        row = t.add_row()
        cant_split(row)
        for j, v in enumerate(ind_b_cells(r)):
            cell_para(row.cells[j], v, align=aligns[j])
    set_widths(t, [1.2, 8.0, 2.7, 1.9, 1.9, 1.9, 1.9, 1.9, 4.6])

    def task_table(groups):
        t = bare(1, 7)
        header_row(t, P.TASK_HEAD, {6: P.TASK_HEAD_UNIT})
        aligns = [L_, J, L_, C, L_, L_, R_]
        for g, lab, subs in groups:
            row = t.add_row()
            cant_split(row)
            cell_para(row.cells[0], g, bold=True)
            m = row.cells[1].merge(row.cells[6])
            cell_para(m, lab, bold=True)
            for sc, slab, ts in subs:
                row = t.add_row()
                cant_split(row)
                cell_para(row.cells[0], sc, bold=True, italic=True)
                m = row.cells[1].merge(row.cells[6])
                cell_para(m, slab, bold=True, italic=True)
                for i0, n in P.lead_blocks(ts):
                    first = len(t.rows)
                    for tk in ts[i0:i0 + n]:
                        row = t.add_row()
                        cant_split(row)
                        for j, v in enumerate(task_cells(tk)):
                            if v:
                                cell_para(row.cells[j], v, align=aligns[j], size=10)
                    vmerge([t.rows[k].cells[4] for k in range(first, len(t.rows))])
                    valign(t.rows[first].cells[4], "center")
        set_widths(t, [1.5, 7.2, 4.2, 2.6, 3.6, 4.6, 2.3])

    d.add_page_break()
    appendix_head(P.APPX2_TITLE, P.APPX2_SUB, [P.APPX_NOTE])
    task_table(P.TASKS2)
    d.add_page_break()
    appendix_head(P.APPX3_TITLE, P.APPX3_SUB, [P.APPX_NOTE, P.APPX3_NOTE2])
    task_table(P.TASKS3)

    # ---- Phụ lục IV: portrait section
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin, s.right_margin = Cm(2.5), Cm(1.5)
    s.top_margin, s.bottom_margin = Cm(2.0), Cm(2.0)
    appendix_head(P.APPX4_TITLE, P.APPX4_SUB, [P.APPX_NOTE])
    t = bare(1, 8)
    header_row(t, P.BUD_HEAD, {j: P.BUD_UNIT_LINE for j in range(2, 8)}, size=10)
    aligns = [C, L_, R_, R_, R_, R_, R_, R_]
    for cells in [bud_cells(r) for r in P.BUD_ROWS] + [bud_total_cells()]:
        row = t.add_row()
        cant_split(row)
        total = cells[0] == "Tổng cộng"
        if total:
            row.cells[0].merge(row.cells[1])
        for j, v in enumerate(cells):
            if v:
                cell_para(row.cells[j], v, align=C if total and j == 0 else aligns[j], size=10, bold=total)
    set_widths(t, [0.9, 5.0, 1.6, 1.6, 1.6, 1.6, 1.6, 2.6])

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
        env = dict(os.environ, SOURCE_DATE_EPOCH="1770883200", TZ="UTC")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(outdir), str(docx_path)], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        data = (outdir / (Path(docx_path).stem + ".pdf")).read_bytes()

    def fix_date(m):
        return m.group(1) + b"D:20260212080000" + b" " * (len(m.group(2)) - 16) + b")"
    data = re.sub(rb"(/(?:CreationDate|ModDate)\()(D:[^)]*)\)", fix_date, data)

    def fix_id(m):
        return m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5)
    data, n = re.subn(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)", fix_id, data)
    assert n == 1, n
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    Path(pdf_path).write_bytes(data)


# ================================================================ cross-format check
def all_strings():
    body = list(P.LETTERHEAD_LEFT) + list(P.LETTERHEAD_RIGHT) + [P.NUMBER_LINE, P.PLACE_DATE, P.DEC_TITLE,
                                                                 P.DEC_SUBTITLE, P.DEC_ISSUER, P.PROG_TITLE,
                                                                 P.PROG_SUBTITLE, P.PROG_NOTE]
    body += [t for _, t in P.DEC_BODY] + [t for _, t in P.BODY]
    body += P.RECIPIENTS + P.SIGNER + P.PROG_SIGNER + P.INDA_NOTES
    body += [P.APPX1_TITLE, P.APPX1_SUB, P.APPX_NOTE, P.INDA_TITLE, P.INDB_TITLE, P.APPX2_TITLE, P.APPX2_SUB,
             P.APPX3_TITLE, P.APPX3_SUB, P.APPX3_NOTE2, P.APPX4_TITLE, P.APPX4_SUB]
    cells = set(P.INDA_HEAD + P.INDB_HEAD + P.TASK_HEAD + P.BUD_HEAD + [P.INDA_UNIT_LINE, P.TASK_HEAD_UNIT])
    for r in P.INDA:
        cells.update(ind_a_cells(r))
    for r in P.INDB:
        cells.update(ind_b_cells(r))
    for g, lab, subs in P.TASKS2 + P.TASKS3:
        cells.update([g, lab])
        for s, slab, ts in subs:
            cells.update([s, slab])
            for t in ts:
                cells.update(task_cells(t))
    for r in P.BUD_ROWS:
        cells.update(bud_cells(r))
    cells.update(bud_total_cells())
    cells.discard("")
    return body, sorted(cells)


def row_order_check(texts):
    """the cells of every indicator, task and funding row appear in order in each format"""
    problems = []
    rows = [("indicator A " + r[0] + " " + r[1][:20], [c for c in ind_a_cells(r) if c]) for r in P.INDA]
    rows += [("indicator B " + r[0], [c for c in ind_b_cells(r) if c]) for r in P.INDB]
    rows += [("task " + t[0], [c for c in task_cells(t) if c]) for t in P.task_list()]
    rows += [("funding " + r[0], bud_cells(r)) for r in P.BUD_ROWS]
    rows += [("funding total", [c for c in bud_total_cells() if c])]
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
    import pdfplumber
    with pdfplumber.open(str(STEM.with_suffix(".pdf"))) as pdf:
        lines = sum(len(p.lines) + len(p.rects) for p in pdf.pages)
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(cells)} distinct table cells and {len(body)} body lines checked in md/docx/pdf (answer and "
          f"citation normalisation); row cells in order; PDF {len(rd.pages)} pages ({land} landscape), "
          f"{lines} ruling lines/rects; {len(problems)} problems")
    return not problems


def main():
    DOCS.mkdir(exist_ok=True)
    make_md()
    make_docx(STEM.with_suffix(".docx"))
    make_pdf(STEM.with_suffix(".docx"), STEM.with_suffix(".pdf"))
    return check()


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
