"""Render plan_source.py into docs/dhvx-dcbs-2027.{md,docx,pdf} (deterministic) and check that every table
cell and every body line is found in all three formats.

  .md   Markdown whose TABLES ARE HTML (<table> with rowspan/colspan, <br> for line breaks inside a cell), as
        editors and Word-to-Markdown converters write tables that a pipe table cannot hold: the abbreviation
        table, Phụ lục I with a THREE-ROW header (Mục tiêu > Năm 2027/Năm 2028 > Theo KH 41/Sau điều chỉnh),
        Phụ lục II as TWO tables (the second under "Phụ lục II (tiếp theo)" with the header repeated), and
        Phụ lục III. Headings are Markdown headings (#) for the sections.
  .docx python-docx: A4 portrait body, Times New Roman 13 pt; abbreviation table in the body; Phụ lục I and II
        in a LANDSCAPE section; Phụ lục I three-row merged header (vMerge + gridSpan); group rows merged across;
        Phụ lục II split into two Word tables on consecutive pages (page break + "Phụ lục II (tiếp theo)");
        the "Đơn vị chủ trì / phối hợp" cell holds one paragraph per unit (lead first); Phụ lục III back in a
        portrait section.
  .pdf  LibreOffice (soffice --headless --convert-to pdf) from the .docx; creation dates, /ID and /DocChecksum
        overwritten with fixed values of the same length.
"""
import html
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
ZIP_DATE = (2027, 6, 12, 0, 0, 0)


# ================================================================ Markdown with HTML tables
def e(s):
    return html.escape(s, quote=False)


def td(s, tag="td", **attrs):
    a = "".join(f' {k}="{v}"' for k, v in attrs.items())
    return f"<{tag}{a}>{s}</{tag}>"


def md_abbr():
    L = ["<table>", "<thead>", "<tr>" + "".join(td(e(h), "th") for h in P.ABBR_HEAD) + "</tr>", "</thead>",
         "<tbody>"]
    for r in P.ABBR:
        L.append("<tr>" + "".join(td(e(c)) for c in r) + "</tr>")
    L += ["</tbody>", "</table>"]
    return L


def md_ind():
    h1 = P.IND_H1
    L = ["<table>", "<thead>",
         "<tr>" + "".join(td(e(x), "th", rowspan=3) for x in h1[:5]) + td(e(h1[5]), "th", colspan=4)
         + "".join(td(e(x), "th", rowspan=3) for x in h1[6:]) + "</tr>",
         "<tr>" + "".join(td(e(x), "th", colspan=2) for x in P.IND_H2) + "</tr>",
         "<tr>" + "".join(td(e(x), "th") for x in P.IND_H3) + "</tr>",
         "</thead>", "<tbody>"]
    for g, lab, rows in P.IND_GROUPS:
        L.append("<tr>" + td(f"<strong>{g}</strong>") + td(f"<strong>{e(lab)}</strong>", colspan=10) + "</tr>")
        for r in rows:
            L.append("<tr>" + "".join(td(e(c)) for c in r) + "</tr>")
    L += ["</tbody>", "</table>"]
    return L


def md_tasks(groups):
    L = ["<table>", "<thead>", "<tr>" + "".join(td(e(h), "th") for h in P.TASK_HEAD) + "</tr>", "</thead>",
         "<tbody>"]
    for g, lab, ts in groups:
        L.append("<tr>" + td(f"<strong>{g}</strong>") + td(f"<strong>{e(lab)}</strong>", colspan=6) + "</tr>")
        for t in ts:
            cells = [e(t[0]), e(t[1]), "<br>".join(e(u) for u in t[2])] + [e(c) for c in t[3:]]
            L.append("<tr>" + "".join(td(c) for c in cells) + "</tr>")
    L += ["</tbody>", "</table>"]
    return L


def md_budget():
    L = ["<table>", "<thead>", "<tr>" + "".join(td(e(h), "th") for h in P.BUD_HEAD) + "</tr>", "</thead>",
         "<tbody>"]
    for r in P.BUD_ROWS:
        cells = [e(c) for c in r]
        if not r[0]:
            cells = [f"<strong>{c}</strong>" if c else "" for c in cells]
        L.append("<tr>" + "".join(td(c) for c in cells) + "</tr>")
    L += ["</tbody>", "</table>"]
    return L


def task_parts():
    first = [g for g in P.TASK_GROUPS if int(g[0]) <= int(P.TASK_SPLIT_AFTER_GROUP)]
    rest = [g for g in P.TASK_GROUPS if int(g[0]) > int(P.TASK_SPLIT_AFTER_GROUP)]
    return first, rest


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
            L += md_abbr() + [""]
        else:
            L += [text, ""]
    L += [f"**{P.RECIPIENTS[0]}**", ""] + [r + "  " for r in P.RECIPIENTS[1:]] + [""]
    L += [f"**{P.SIGNER[0]}**  ", f"**{P.SIGNER[1]}**", "", "*(Đã ký)*", "", f"**{P.SIGNER[2]}**", ""]
    first, rest = task_parts()
    L += ["---", "", f"## {P.APPX1_TITLE}", "", f"**{P.APPX1_SUB}**", "", f"*{P.APPX_NOTE}*", ""]
    L += md_ind() + [""]
    L += ["---", "", f"## {P.APPX2_TITLE}", "", f"**{P.APPX2_SUB}**", "", f"*{P.APPX_NOTE}*", "",
          f"*{P.APPX2_NOTE2}*", ""]
    L += md_tasks(first) + [""]
    L += ["---", "", f"## {P.APPX2_CONT}", ""]
    L += md_tasks(rest) + [""]
    L += ["---", "", f"## {P.APPX3_TITLE}", "", f"**{P.APPX3_SUB}**", "", f"*{P.APPX_NOTE}*", "",
          f"*{P.APPX3_UNIT}*", ""]
    L += md_budget() + [""]
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
    cp.author = "Trường Đại học Vân Xuyên"
    cp.title = f"{P.TITLE} {P.SUBTITLE}"
    cp.created = cp.modified = dt.datetime(2027, 6, 12, 8, 0, 0)
    cp.last_modified_by = "TTCDS"
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
        grid = table._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
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
        trPr = row._tr.get_or_add_trPr()
        trPr.append(OxmlElement("w:cantSplit"))

    def valign_center(cell):
        tcPr = cell._tc.get_or_add_tcPr()
        v = OxmlElement("w:vAlign")
        v.set(qn("w:val"), "center")
        tcPr.append(v)

    def no_borders(table):
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            x = OxmlElement(f"w:{side}")
            x.set(qn("w:val"), "nil")
            b.append(x)
        tblPr.append(b)

    # letterhead
    lh = d.add_table(rows=1, cols=2)
    no_borders(lh)
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
            t = d.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, lab in enumerate(P.ABBR_HEAD):
                cell_para(t.rows[0].cells[j], lab, bold=True, align=C)
            repeat_header(t.rows[0])
            for r in P.ABBR:
                row = t.add_row()
                cant_split(row)
                for j, v in enumerate(r):
                    cell_para(row.cells[j], v, align=[C, L_, J][j])
            set_widths(t, [1.2, 3.3, 11.5])
            para(space_after=2)
        else:
            para(text, align=J, indent=1.0)

    para()
    sg = d.add_table(rows=1, cols=2)
    no_borders(sg)
    a, b = sg.rows[0].cells
    cell_para(a, P.RECIPIENTS[0], bold=True, italic=True, size=12)
    for rcp in P.RECIPIENTS[1:]:
        cell_para(a, rcp, size=11, first=False)
    cell_para(b, P.SIGNER[0], bold=True, align=C, size=13)
    cell_para(b, P.SIGNER[1], bold=True, align=C, size=13, first=False)
    cell_para(b, "(Đã ký)", italic=True, align=C, size=13, first=False)
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

    def appendix_head(title, sub=None, notes=(), unit=None):
        para(title, bold=True, align=C, size=13, space_after=0)
        if sub:
            para(sub, bold=True, align=C, size=13, space_after=0)
        for n in notes:
            para(n, italic=True, align=C, size=12, space_after=0)
        if unit:
            para(unit, italic=True, align=R_, size=11, space_after=2)
        else:
            para(space_after=2)

    # ---- Phụ lục I (landscape): three-row header
    new_section(True)
    appendix_head(P.APPX1_TITLE, P.APPX1_SUB, [P.APPX_NOTE])
    t = d.add_table(rows=3, cols=11)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, lab in zip([0, 1, 2, 3, 4], P.IND_H1[:5]):
        m = t.cell(0, j).merge(t.cell(2, j))
        cell_para(m, lab, bold=True, align=C)
        valign_center(m)
    for j, lab in zip([9, 10], P.IND_H1[6:]):
        m = t.cell(0, j).merge(t.cell(2, j))
        cell_para(m, lab, bold=True, align=C)
        valign_center(m)
    m = t.cell(0, 5).merge(t.cell(0, 8))
    cell_para(m, P.IND_H1[5], bold=True, align=C)
    for k, lab in enumerate(P.IND_H2):
        m = t.cell(1, 5 + 2 * k).merge(t.cell(1, 6 + 2 * k))
        cell_para(m, lab, bold=True, align=C)
    for k, lab in enumerate(P.IND_H3):
        cell_para(t.cell(2, 5 + k), lab, bold=True, align=C)
    for i in range(3):
        repeat_header(t.rows[i])
    aligns = [C, J, C, C, C, C, C, C, C, C, L_]
    for g, lab, rows in P.IND_GROUPS:
        row = t.add_row()
        cant_split(row)
        cell_para(row.cells[0], g, bold=True, align=C)
        m = row.cells[1].merge(row.cells[10])
        cell_para(m, lab, bold=True)
        for r in rows:
            row = t.add_row()
            cant_split(row)
            for j, v in enumerate(r):
                cell_para(row.cells[j], v, align=aligns[j])
    set_widths(t, [1.3, 6.8, 1.9, 1.7, 1.9, 1.6, 1.8, 1.6, 1.8, 3.0, 3.3])

    # ---- Phụ lục II (landscape): two tables on consecutive pages
    def task_table(groups):
        t = d.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, lab in enumerate(P.TASK_HEAD):
            cell_para(t.rows[0].cells[j], lab, bold=True, align=C)
            valign_center(t.rows[0].cells[j])
        repeat_header(t.rows[0])
        aligns = [C, J, L_, C, C, J, L_]
        for g, lab, ts in groups:
            row = t.add_row()
            cant_split(row)
            cell_para(row.cells[0], g, bold=True, align=C)
            m = row.cells[1].merge(row.cells[6])
            cell_para(m, lab, bold=True)
            for tk in ts:
                row = t.add_row()
                cant_split(row)
                for j, v in enumerate(tk):
                    if j == 2:
                        for k, u in enumerate(v):
                            cell_para(row.cells[2], u, bold=(k == 0), align=L_, first=(k == 0))
                    else:
                        cell_para(row.cells[j], v, align=aligns[j])
        set_widths(t, [1.1, 7.2, 3.6, 2.4, 2.6, 5.3, 4.5])

    first, rest = task_parts()
    d.add_page_break()
    appendix_head(P.APPX2_TITLE, P.APPX2_SUB, [P.APPX_NOTE, P.APPX2_NOTE2])
    task_table(first)
    d.add_page_break()
    appendix_head(P.APPX2_CONT)
    task_table(rest)

    # ---- Phụ lục III (portrait)
    new_section(False)
    appendix_head(P.APPX3_TITLE, P.APPX3_SUB, [P.APPX_NOTE], unit=P.APPX3_UNIT)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, lab in enumerate(P.BUD_HEAD):
        cell_para(t.rows[0].cells[j], lab, bold=True, align=C)
    aligns = [C, L_, R_, R_, R_]
    for r in P.BUD_ROWS:
        row = t.add_row()
        for j, v in enumerate(r):
            if v:
                cell_para(row.cells[j], v, bold=not r[0], align=aligns[j])
    set_widths(t, [1.1, 6.9, 2.6, 2.8, 3.1])

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
        env = dict(os.environ, SOURCE_DATE_EPOCH="1812960000", TZ="UTC")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(outdir), str(docx_path)], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        data = (outdir / (Path(docx_path).stem + ".pdf")).read_bytes()

    def fix_date(m):
        return m.group(1) + b"D:20270612080000" + b" " * (len(m.group(2)) - 16) + b")"
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
    body += P.RECIPIENTS + P.SIGNER + [P.APPX1_TITLE, P.APPX1_SUB, P.APPX2_TITLE, P.APPX2_SUB, P.APPX2_NOTE2,
                                       P.APPX2_CONT, P.APPX3_TITLE, P.APPX3_SUB, P.APPX3_UNIT, P.APPX_NOTE]
    cells = set(P.ABBR_HEAD + P.IND_H1 + P.IND_H2 + P.IND_H3 + P.TASK_HEAD + P.BUD_HEAD)
    for r in P.ABBR:
        cells.update(r)
    for g, lab, rows in P.IND_GROUPS:
        cells.update([g, lab])
        for r in rows:
            cells.update(r)
    for g, lab, ts in P.TASK_GROUPS:
        cells.update([g, lab])
        for t in ts:
            cells.update([t[0], t[1], *t[2], *t[3:]])
    for r in P.BUD_ROWS:
        cells.update(r)
    cells.discard("")
    return body, sorted(cells)


def row_order_check(texts):
    """the cells of every indicator, task and budget row appear in order in each format"""
    problems = []
    rows = [("indicator " + r[0], list(r)) for _, _, rs in P.IND_GROUPS for r in rs]
    rows += [("task " + t[0], [t[0], t[1], *t[2], *t[3:]]) for _, _, ts in P.TASK_GROUPS for t in ts]
    rows += [("budget " + (r[0] or "T"), [c for c in r if c]) for r in P.BUD_ROWS]
    for fmt in ("md", "docx", "pdf"):
        tx = T.norm_answer(texts[fmt][0])
        for name, seq in rows:
            pos = tx.find(T.norm_answer(seq[1]))
            pos = max(0, pos - 20)
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
